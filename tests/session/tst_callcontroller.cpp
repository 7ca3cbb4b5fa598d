// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The agent's customer call against the simulator over loopback (real HTTP, real WebSocket):
// offer, accept, hold and resume, consults answered after a delay and then transferred,
// conferenced or ended, blind transfers to a number, an agent and a queue, the wrap-up (also
// on its own after the profile's seconds), each command's failure event, a refused request, a
// second click, a lost event (timeout), RONA, the phone answered on the device, click-to-call,
// and a socket drop in the middle of a consult repaired by the reload.
#include <auth/memorytokenstore.h>
#include <core/callsession.h>
#include <core/clock.h>
#include <session/agentstatecontroller.h>
#include <session/callcontroller.h>
#include <session/contactcenterservices.h>
#include <session/logincontroller.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include <support/simfixture.h>

using namespace Qt::StringLiterals;
using namespace AgentDesk;
using Core::CallCommand;
using Core::CallSession;
using Core::CallState;
using Session::CallController;
using Command = Core::CallCommand::Kind;

Q_DECLARE_METATYPE(AgentDesk::Core::CallState)
Q_DECLARE_METATYPE(AgentDesk::Core::CallCommand::Kind)

namespace {

const QString kAna = u"ana.souza@contoso.example"_s;
const QString kKenji = u"kenji.tanaka@contoso.example"_s;
const QString kKenjiNumber = u"+81312345678"_s;
const QString kKenjiTeam = u"2607ed8b-186a-5594-9753-4e9c7d42bbe2"_s;
const QString kCustomer = u"+14155550123"_s;
const QString kExpert = u"+14155550199"_s; // a colleague's business phone
const QString kBilling = u"9d6c3f0e-2a41-4b7e-8c55-1e0f4a7b2d90"_s;
const QString kResolved = u"b08f96e5-89cb-4639-9461-838bfc2e9562"_s; // the default wrap-up code
const QString kEscalated = u"5a879477-b3c6-4eb1-ad43-daa20d7af038"_s;

// The default tenant with a telephony queue of its own and quick events.
Sim::Scenario callScenario()
{
    Sim::Scenario scenario = Sim::Scenario::defaults();
    scenario.merge(QJsonObject{
            {u"contactCenter"_s,
             QJsonObject{{u"queues"_s, QJsonArray{QJsonObject{{u"id"_s, kBilling},
                                                              {u"name"_s, u"Billing"_s},
                                                              {u"channelType"_s, u"telephony"_s}}}},
                         {u"eventDelayMs"_s, 5},
                         {u"consultAnswerDelayMs"_s, 200}}}});
    scenario.setAutoSignIn(kAna);
    return scenario;
}

} // namespace

class TestCallController final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::SimFixture> m_sim;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    Auth::MemoryTokenStore m_store;
    // Commands and the auto wrap-up are timed by this clock; the network by the real one.
    Core::ManualClock m_clock;
    std::unique_ptr<Session::ContactCenterServices> m_services;
    std::unique_ptr<Session::LoginController> m_login;
    std::unique_ptr<Session::AgentStateController> m_state;
    std::unique_ptr<CallController> m_calls;
    QString m_interactionId;

    // --- the simulator's side ---

    Test::WireClient::Reply control(const QString &path, const QJsonObject &body = {})
    {
        return m_sim->wire().postJson(m_sim->url(path), QJsonDocument(body));
    }
    // The task commands of one action the desktop sent, e.g. "hold", "consult/end".
    QJsonArray sent(const QString &action)
    {
        return m_sim->requestsTo(u"^/v1/tasks/[^/]+/%1$"_s.arg(action));
    }
    QJsonObject lastBody(const QString &action)
    {
        const QJsonArray requests = sent(action);
        return requests.isEmpty()
                       ? QJsonObject()
                       : QJsonDocument::fromJson(
                                 requests.last().toObject().value(u"body"_s).toString().toUtf8())
                                 .object();
    }
    void failNext(const QString &action, const QJsonObject &extra = {})
    {
        QJsonObject body = extra;
        body.insert(u"action"_s, action);
        QCOMPARE(control(u"/_sim/cc/task-failures"_s, body).status, 200);
    }
    void consultOutcome(const QString &to, const QString &outcome, int delayMs)
    {
        QCOMPARE(control(u"/_sim/cc/consult-outcomes"_s,
                         {{u"to"_s, to}, {u"outcome"_s, outcome}, {u"delayMs"_s, delayMs}})
                         .status,
                 200);
    }

    // --- driving the call ---

    // Offers a call to Ana; it rings at the controller.
    void offer(const QJsonObject &extra = {})
    {
        QJsonObject body = extra;
        body.insert(u"email"_s, kAna);
        body.insert(u"ani"_s, kCustomer);
        body.insert(u"queue"_s, u"Billing"_s);
        const auto reply = control(u"/_sim/cc/calls"_s, body);
        QCOMPARE(reply.status, 201);
        m_interactionId = reply.json().object().value(u"interactionId"_s).toString();
        QTRY_COMPARE(m_calls->state(), CallState::Offered);
        QCOMPARE(m_calls->call()->interactionId(), m_interactionId);
    }
    void connectCall()
    {
        offer();
        QVERIFY(m_calls->accept());
        QTRY_COMPARE(m_calls->state(), CallState::Connected);
    }
    // Consults the expert, who answers after `delayMs`.
    void consultAnswered(int delayMs = 50)
    {
        consultOutcome(kExpert, u"answer"_s, delayMs);
        QVERIFY(m_calls->consult(kExpert, u"dialNumber"_s));
        QTRY_COMPARE(m_calls->state(), CallState::Consulting);
        QTRY_VERIFY(m_calls->call()->consultAnswered());
    }
    void driveTo(CallState state)
    {
        switch (state) {
        case CallState::Offered:
            offer();
            break;
        case CallState::Connected:
            connectCall();
            break;
        case CallState::Held:
            connectCall();
            QVERIFY(m_calls->hold());
            QTRY_COMPARE(m_calls->state(), CallState::Held);
            break;
        case CallState::Consulting:
            connectCall();
            consultAnswered();
            break;
        case CallState::WrapUp:
            connectCall();
            QVERIFY(m_calls->end());
            QTRY_COMPARE(m_calls->state(), CallState::WrapUp);
            break;
        default:
            QFAIL("no path to this state");
        }
        QVERIFY(!m_calls->call()->pendingCommand());
    }

    // Another agent signed in on a phone and Available, with a socket of its own.
    std::unique_ptr<QWebSocket> signInOther(const QString &email, const QString &number,
                                            const QString &teamId)
    {
        const QByteArray token = m_sim->token(u"cc"_s, email);
        const auto subscribed = m_sim->wire().postJson(
                m_sim->url(u"/v1/notification/subscribe"_s),
                QJsonDocument(QJsonObject{{u"force"_s, true}, {u"allowMultiLogin"_s, true}}),
                token);
        auto socket = std::make_unique<QWebSocket>();
        socket->open(QUrl(subscribed.json().object().value(u"webSocketUrl"_s).toString()));
        if (!QTest::qWaitFor([&socket] { return socket->isValid(); }, 5'000)) {
            return nullptr;
        }
        const auto login = m_sim->wire().postJson(
                m_sim->url(u"/v1/agents/login"_s),
                QJsonDocument(QJsonObject{{u"dialNumber"_s, number},
                                          {u"teamId"_s, teamId},
                                          {u"roles"_s, QJsonArray{u"agent"_s}},
                                          {u"deviceType"_s, u"AGENT_DN"_s},
                                          {u"deviceId"_s, number},
                                          {u"isExtension"_s, false}}),
                token);
        if (login.status != 202 ||
            !QTest::qWaitFor([&] { return m_sim->ccAgent(email).value(u"loggedIn"_s).toBool(); },
                             5'000)) {
            return nullptr;
        }
        control(u"/_sim/cc/agents/state"_s, {{u"email"_s, email}, {u"state"_s, u"Available"_s}});
        if (!QTest::qWaitFor(
                    [&] {
                        return m_sim->ccAgent(email).value(u"state"_s).toString() == u"Available"_s;
                    },
                    5'000)) {
            return nullptr;
        }
        return socket;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<CallState>();
        QStandardPaths::setTestModeEnabled(true);
    }

    // Each test starts signed in as Ana (Desktop device) through the real login, Available.
    void init()
    {
        m_sim = std::make_unique<Test::SimFixture>(callScenario());
        m_settings = std::make_unique<QSettings>(m_dir.filePath(u"s.conf"_s), QSettings::IniFormat);
        m_settings->clear();
        m_services = std::make_unique<Session::ContactCenterServices>(
                Core::ServiceEndpoints::onOneOrigin(m_sim->baseUrl()), &m_store,
                Core::Clock::system());
        m_login = std::make_unique<Session::LoginController>(m_services.get(), m_settings.get());
        m_state = std::make_unique<Session::AgentStateController>(m_services.get());
        m_calls = std::make_unique<CallController>(m_services.get(), m_state.get(), &m_clock);
        connect(m_login.get(), &Session::LoginController::browserSignInRequested, this,
                [this](const QUrl &url) {
                    m_login->completeBrowserSignIn(
                            QUrl(QString::fromUtf8(m_sim->wire().get(url).header("Location"))));
                });
        connect(m_login.get(), &Session::LoginController::preferencesRequested, this,
                [this](const Core::LoginFormRules &rules, Core::InteractionPreferences form) {
                    form = rules.withDevice(form, Core::VoiceDevice::Desktop);
                    form.teamId = rules.profile().teams.first().id;
                    m_login->submitPreferences(rules.validate(form).preferences);
                });
        QSignalSpy signedIn(m_login.get(), &Session::LoginController::signedIn);
        m_login->start();
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 15'000);
        m_state->begin(m_login->profile(), m_login->stationLoginEvent());
        m_calls->begin(m_login->profile());
        QVERIFY(m_state->requestState({}));
        QTRY_VERIFY(m_state->current().available);
    }
    void cleanup()
    {
        m_calls.reset();
        m_state.reset();
        m_login.reset();
        m_services.reset();
        m_sim.reset();
        m_interactionId.clear();
    }

    void offer_announcesCallerAndQueue_andBlocksSignOut()
    {
        QCOMPARE(m_calls->state(), CallState::Idle);
        QVERIFY(!m_calls->call());
        QSignalSpy incoming(m_calls.get(), &CallController::incomingCall);
        offer();
        QCOMPARE(incoming.size(), 1);
        QCOMPARE(incoming.first().at(0).toString(), kCustomer);
        QCOMPARE(incoming.first().at(1).toString(), u"Billing"_s);
        QVERIFY(m_calls->canRequest(Command::Accept));
        QVERIFY(!m_calls->canRequest(Command::Hold));
        // A conversation is on: signing out is refused with a reason.
        QVERIFY(!m_state->signOut().isEmpty());
    }

    void flow_accept_holdResume_consultAnsweredLater_transfer_wrapUp()
    {
        offer();
        QSignalSpy states(m_calls.get(), &CallController::stateChanged);
        QVERIFY(m_calls->accept());
        QVERIFY(!m_calls->accept()); // a second click while the first is on its way
        QVERIFY(m_calls->call()->pendingCommand());
        QVERIFY(!m_calls->canRequest(Command::Accept));
        QTRY_COMPARE(m_calls->state(), CallState::Connected);
        QCOMPARE(sent(u"accept"_s).size(), 1);
        QCOMPARE(states.first().at(0).value<CallState>(), CallState::Connected);
        QCOMPARE(m_calls->call()->callSince(), m_clock.now());

        // Each body is checked once the event shows the request arrived.
        QVERIFY(m_calls->hold());
        QTRY_COMPARE(m_calls->state(), CallState::Held);
        QCOMPARE(lastBody(u"hold"_s), (QJsonObject{{u"mediaResourceId"_s, m_interactionId}}));
        QVERIFY(m_calls->resume());
        QTRY_COMPARE(m_calls->state(), CallState::Connected);
        QCOMPARE(lastBody(u"unhold"_s), (QJsonObject{{u"mediaResourceId"_s, m_interactionId}}));

        // The expert answers after a while: until then, no transfer to a ringing phone.
        consultOutcome(kExpert, u"answer"_s, 600);
        QVERIFY(m_calls->consult(kExpert, u"dialNumber"_s));
        QTRY_COMPARE(m_calls->state(), CallState::Consulting);
        QCOMPARE(lastBody(u"consult"_s), (QJsonObject{{u"to"_s, kExpert},
                                                      {u"destinationType"_s, u"dialNumber"_s},
                                                      {u"holdParticipants"_s, true}}));
        QCOMPARE(m_calls->consultedDestination(), kExpert);
        QCOMPARE(m_calls->consultedDestinationType(), u"dialNumber"_s);
        QVERIFY(!m_calls->call()->consultAnswered());
        QVERIFY(!m_calls->canRequest(Command::ConsultTransfer));
        QVERIFY(!m_calls->consultTransfer());
        QTRY_VERIFY(m_calls->call()->consultAnswered());

        QVERIFY(m_calls->consultTransfer());
        QTRY_COMPARE(m_calls->state(), CallState::WrapUp);
        QCOMPARE(lastBody(u"consult/transfer"_s),
                 (QJsonObject{{u"to"_s, kExpert}, {u"destinationType"_s, u"dialNumber"_s}}));
        QCOMPARE(m_calls->call()->transferDestination(), kExpert);
        QCOMPARE(m_calls->consultedDestination(), kExpert); // for Recent experts
        QVERIFY(!m_state->signOut().isEmpty());             // the wrap-up is still to do

        QVERIFY(!m_calls->wrapUp(u"not-a-wrap-up-code"_s));
        QVERIFY(m_calls->wrapUp(kEscalated));
        QTRY_COMPARE(m_calls->state(), CallState::Closed);
        QCOMPARE(lastBody(u"wrapup"_s),
                 (QJsonObject{{u"wrapUpReason"_s, u"Escalated"_s}, {u"auxCodeId"_s, kEscalated}}));
        QVERIFY(m_calls->call()->lastError().isEmpty());
        QCOMPARE(m_calls->call()->mismatchCount(), 0);
        QVERIFY(m_sim->requestsTo(u"^/v1/agents/reload$"_s).isEmpty());
        // Over: the agent may sign out again.
        QVERIFY(m_state->signOut().isEmpty());
    }

    void consult_thenConference_thenEnd()
    {
        connectCall();
        consultAnswered();
        QVERIFY(m_calls->conference());
        QTRY_COMPARE(m_calls->state(), CallState::Conferenced);
        QCOMPARE(lastBody(u"consult/conference"_s),
                 (QJsonObject{{u"to"_s, kExpert}, {u"destinationType"_s, u"dialNumber"_s}}));
        QCOMPARE(m_calls->consultedDestination(), kExpert);
        QVERIFY(m_calls->canRequest(Command::End));
        QVERIFY(m_calls->end());
        QTRY_COMPARE(m_calls->state(), CallState::WrapUp);
        QVERIFY(m_calls->call()->wrapUpRequired());
        QVERIFY(m_calls->wrapUp(kResolved));
        QTRY_COMPARE(m_calls->state(), CallState::Closed);
    }

    void consult_thenEndConsult_backToTheCustomerOnHold()
    {
        connectCall();
        consultAnswered();
        QVERIFY(m_calls->endConsult());
        // The customer stays on hold until the agent takes them back.
        QTRY_COMPARE(m_calls->state(), CallState::Held);
        QVERIFY(m_calls->consultedDestination().isEmpty());
        QVERIFY(m_calls->resume());
        QTRY_COMPARE(m_calls->state(), CallState::Connected);
        QCOMPARE(sent(u"consult/end"_s).size(), 1);
    }

    void consult_notAnswered_backToTheCustomerWithAMessage()
    {
        connectCall();
        consultOutcome(kExpert, u"busy"_s, 100);
        QSignalSpy errors(m_calls.get(), &CallController::errorOccurred);
        QVERIFY(m_calls->consult(kExpert, u"dialNumber"_s));
        QTRY_COMPARE(m_calls->state(), CallState::Consulting);
        QTRY_COMPARE(m_calls->state(), CallState::Held);
        QCOMPARE(errors.size(), 1);
        QVERIFY(!errors.first().first().toString().isEmpty());
    }

    void blindTransfer_eachDestination_transfers_data()
    {
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("type");
        QTest::newRow("colleague's number") << kExpert << u"dialNumber"_s;
        QTest::newRow("agent") << u"kenji"_s << u"agent"_s;
        QTest::newRow("queue") << kBilling << u"queue"_s;
    }
    void blindTransfer_eachDestination_transfers()
    {
        QFETCH(QString, to);
        QFETCH(QString, type);
        std::unique_ptr<QWebSocket> kenji;
        if (type == u"agent"_s) {
            kenji = signInOther(kKenji, kKenjiNumber, kKenjiTeam);
            QVERIFY(kenji);
            to = m_sim->ccAgent(kKenji).value(u"agentId"_s).toString();
        }
        connectCall();
        QVERIFY(!m_calls->blindTransfer({}, type)); // nowhere to go: nothing sent
        QVERIFY(m_calls->blindTransfer(to, type));
        QVERIFY(!m_calls->blindTransfer(to, type));
        QTRY_COMPARE(m_calls->state(), CallState::WrapUp);
        QCOMPARE(sent(u"transfer"_s).size(), 1);
        QCOMPARE(lastBody(u"transfer"_s),
                 (QJsonObject{{u"to"_s, to}, {u"destinationType"_s, type}}));
        QCOMPARE(m_calls->call()->transferDestination(), to);
        if (kenji) {
            // The call now rings at the agent it went to.
            QTRY_COMPARE(m_sim->ccAgent(kKenji).value(u"task"_s)[u"state"_s].toString(),
                         u"offered"_s);
        }
        QVERIFY(m_calls->wrapUp(kResolved));
        QTRY_COMPARE(m_calls->state(), CallState::Closed);
    }

    void failure_eachCommand_showsTheMessageAndKeepsTheState_data()
    {
        QTest::addColumn<CallState>("state");
        QTest::addColumn<Command>("command");
        QTest::addColumn<QString>("action");
        QTest::addColumn<CallState>("after");

        QTest::newRow("accept") << CallState::Offered << Command::Accept << u"accept"_s
                                << CallState::Closed; // the contact center withdraws the offer
        QTest::newRow("hold") << CallState::Connected << Command::Hold << u"hold"_s
                              << CallState::Connected;
        QTest::newRow("resume") << CallState::Held << Command::Resume << u"unhold"_s
                                << CallState::Held;
        QTest::newRow("consult") << CallState::Connected << Command::Consult << u"consult"_s
                                 << CallState::Connected;
        QTest::newRow("end consult") << CallState::Consulting << Command::EndConsult
                                     << u"consult/end"_s << CallState::Consulting;
        QTest::newRow("consult transfer") << CallState::Consulting << Command::ConsultTransfer
                                          << u"consult/transfer"_s << CallState::Consulting;
        QTest::newRow("conference") << CallState::Consulting << Command::Conference
                                    << u"consult/conference"_s << CallState::Consulting;
        QTest::newRow("blind transfer") << CallState::Connected << Command::BlindTransfer
                                        << u"transfer"_s << CallState::Connected;
        QTest::newRow("end") << CallState::Connected << Command::End << u"end"_s
                             << CallState::Connected;
        QTest::newRow("wrap-up") << CallState::WrapUp << Command::WrapUp << u"wrapup"_s
                                 << CallState::WrapUp;
    }
    void failure_eachCommand_showsTheMessageAndKeepsTheState()
    {
        QFETCH(CallState, state);
        QFETCH(Command, command);
        QFETCH(QString, action);
        QFETCH(CallState, after);

        driveTo(state);
        failNext(action);
        QSignalSpy errors(m_calls.get(), &CallController::errorOccurred);
        QSignalSpy states(m_calls.get(), &CallController::stateChanged);
        const auto ask = [this](Command kind) {
            switch (kind) {
            case Command::Accept:
                return m_calls->accept();
            case Command::Hold:
                return m_calls->hold();
            case Command::Resume:
                return m_calls->resume();
            case Command::Consult:
                return m_calls->consult(kExpert, u"dialNumber"_s);
            case Command::EndConsult:
                return m_calls->endConsult();
            case Command::ConsultTransfer:
                return m_calls->consultTransfer();
            case Command::Conference:
                return m_calls->conference();
            case Command::BlindTransfer:
                return m_calls->blindTransfer(kBilling, u"queue"_s);
            case Command::End:
                return m_calls->end();
            case Command::WrapUp:
                return m_calls->wrapUp(kResolved);
            }
            return false;
        };
        QVERIFY(ask(command));
        QVERIFY(!ask(command)); // the second click sends nothing
        QTRY_COMPARE(errors.size(), 1);
        QCOMPARE(errors.first().first().toString(), CallSession::failureMessage(command));
        QCOMPARE(m_calls->call()->lastError(), CallSession::failureMessage(command));
        QCOMPARE(m_calls->state(), after);
        QCOMPARE(states.size(), after == state ? 0 : 1);
        QCOMPARE(sent(action).size(), 1);
        QVERIFY(!m_calls->call()->pendingCommand());
        QVERIFY(!m_calls->call()->needsReload()); // the contact center said so: nothing to repair
        if (after == state) {
            // The agent can try again, and this time it works.
            QVERIFY(m_calls->canRequest(command));
            QVERIFY(ask(command));
            QTRY_VERIFY(m_calls->state() != state || !m_calls->call()->pendingCommand());
            QCOMPARE(errors.size(), 1);
        }
    }

    void refusedRequest_showsTheMessageAndKeepsTheState_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("withDetail");
        QTest::newRow("400: the contact center refuses") << 400 << false;
        QTest::newRow("500: the service failed") << 500 << true;
    }
    void refusedRequest_showsTheMessageAndKeepsTheState()
    {
        QFETCH(int, status);
        QFETCH(bool, withDetail);
        connectCall();
        QVERIFY(m_sim->injectFault({{u"kind"_s, u"status"_s},
                                    {u"status"_s, status},
                                    {u"path"_s, u"^/v1/tasks/[^/]+/hold$"_s},
                                    {u"count"_s, 1}}) > 0);
        QSignalSpy errors(m_calls.get(), &CallController::errorOccurred);
        QVERIFY(m_calls->hold());
        QTRY_COMPARE(errors.size(), 1);
        const QString message = errors.first().first().toString();
        QVERIFY(message.startsWith(CallSession::failureMessage(Command::Hold)));
        QCOMPARE(message != CallSession::failureMessage(Command::Hold), withDetail);
        QCOMPARE(m_calls->state(), CallState::Connected);
        QVERIFY(!m_calls->call()->pendingCommand());
        QVERIFY(m_calls->hold());
        QTRY_COMPARE(m_calls->state(), CallState::Held);
    }

    void doubleRequest_eachControl_sendsOneHttpRequest_data()
    {
        QTest::addColumn<CallState>("state");
        QTest::addColumn<QString>("action");
        QTest::addColumn<CallState>("after");
        QTest::newRow("hold") << CallState::Connected << u"hold"_s << CallState::Held;
        QTest::newRow("resume") << CallState::Held << u"unhold"_s << CallState::Connected;
        QTest::newRow("end consult")
                << CallState::Consulting << u"consult/end"_s << CallState::Held;
        QTest::newRow("end") << CallState::Connected << u"end"_s << CallState::WrapUp;
    }
    void doubleRequest_eachControl_sendsOneHttpRequest()
    {
        QFETCH(CallState, state);
        QFETCH(QString, action);
        QFETCH(CallState, after);
        driveTo(state);
        const auto click = [this, &action] {
            if (action == u"hold"_s) {
                return m_calls->hold();
            }
            if (action == u"unhold"_s) {
                return m_calls->resume();
            }
            if (action == u"consult/end"_s) {
                return m_calls->endConsult();
            }
            return m_calls->end();
        };
        QVERIFY(click());
        QVERIFY(!click());
        QVERIFY(!click());
        QTRY_COMPARE(m_calls->state(), after);
        QCOMPARE(sent(action).size(), 1);
    }

    void eventLost_timesOutAfter20Seconds_keepsTheStateAndReloads()
    {
        connectCall();
        failNext(u"hold"_s, {{u"lost"_s, true}});
        QSignalSpy errors(m_calls.get(), &CallController::errorOccurred);
        QVERIFY(m_calls->hold());
        QCOMPARE(m_calls->call()->commandDeadline(), m_clock.now().addSecs(20));
        QTRY_COMPARE(sent(u"hold"_s).size(), 1);

        m_clock.advance(19'999);
        m_calls->checkTimeouts();
        QVERIFY(m_calls->call()->pendingCommand());
        QCOMPARE(errors.size(), 0);

        m_clock.advance(1);
        m_calls->checkTimeouts();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().first().toString(), CallSession::failureMessage(Command::Hold));
        QCOMPARE(m_calls->state(), CallState::Connected);
        QVERIFY(!m_calls->call()->pendingCommand());
        // The hold may have happened after all: the reload tells, and it did not.
        QTRY_COMPARE(m_sim->requestsTo(u"^/v1/agents/reload$"_s).size(), 1);
        QTRY_VERIFY(!m_calls->call()->needsReload());
        QCOMPARE(m_calls->state(), CallState::Connected);
        QVERIFY(m_calls->hold());
        QTRY_COMPARE(m_calls->state(), CallState::Held);
    }

    void rona_offerNotAnswered_closesAsMissed()
    {
        offer({{u"ronaSeconds"_s, 0.3}});
        QTRY_COMPARE(m_calls->state(), CallState::Closed);
        QVERIFY(m_calls->call()->ronaHappened());
        QVERIFY(!m_calls->canRequest(Command::Accept));
        QVERIFY(!m_calls->accept());
        QVERIFY(sent(u"accept"_s).isEmpty());
        // The contact center put the agent on the RONA idle code.
        QTRY_VERIFY(!m_state->current().available);
        QVERIFY(m_state->current().changedByOther);
    }

    void answeredOnThePhone_connectsWithoutAccept()
    {
        offer();
        QCOMPARE(control(u"/_sim/cc/calls/%1/answer"_s.arg(m_interactionId)).status, 200);
        QTRY_COMPARE(m_calls->state(), CallState::Connected);
        QVERIFY(sent(u"accept"_s).isEmpty());
    }

    void nextCall_afterTheLastOne_startsAFreshSession()
    {
        connectCall();
        QVERIFY(m_calls->end());
        QTRY_COMPARE(m_calls->state(), CallState::WrapUp);
        QVERIFY(m_calls->wrapUp(kResolved));
        QTRY_COMPARE(m_calls->state(), CallState::Closed);
        const QString first = m_interactionId;
        QSignalSpy changed(m_calls.get(), &CallController::callChanged);
        offer();
        QVERIFY(m_interactionId != first);
        QVERIFY(changed.size() >= 1);
        QCOMPARE(m_calls->call()->callerNumber(), kCustomer);
        QVERIFY(!m_calls->call()->wrapUpRequired());
    }

    void outdial_placesACallThatConnects_withoutAnIncomingBanner()
    {
        const QString entryPoint = m_login->profile().outdialEntryPointId;
        QVERIFY(!entryPoint.isEmpty());
        QVERIFY(m_calls->canOutdial());
        QSignalSpy incoming(m_calls.get(), &CallController::incomingCall);
        QVERIFY(!m_calls->outdial(u"  "_s));
        QVERIFY(m_calls->outdial(kExpert));
        QVERIFY(m_calls->isOutdialPending());
        QVERIFY(!m_calls->outdial(kExpert)); // a second click
        QTRY_COMPARE(m_calls->state(), CallState::Connected);
        QVERIFY(!m_calls->isOutdialPending());
        QVERIFY(m_calls->isOutdial());
        QCOMPARE(m_calls->call()->callerNumber(), kExpert);
        QCOMPARE(incoming.size(), 0);
        const QJsonArray placed = m_sim->requestsTo(u"^/v1/tasks$"_s);
        QCOMPARE(placed.size(), 1);
        QCOMPARE(QJsonDocument::fromJson(placed.first()[u"body"_s].toString().toUtf8()).object(),
                 (QJsonObject{{u"entryPointId"_s, entryPoint},
                              {u"destination"_s, kExpert},
                              {u"direction"_s, u"OUTBOUND"_s},
                              {u"attributes"_s, QJsonObject{}},
                              {u"mediaType"_s, u"telephony"_s},
                              {u"outboundType"_s, u"OUTDIAL"_s}}));
        // A call like any other; none other can be placed meanwhile.
        QVERIFY(!m_calls->canOutdial());
        QVERIFY(!m_calls->outdial(kCustomer));
        QVERIFY(m_calls->end());
        QTRY_COMPARE(m_calls->state(), CallState::WrapUp);
        QVERIFY(m_calls->wrapUp(kResolved));
        QTRY_COMPARE(m_calls->state(), CallState::Closed);
        QVERIFY(m_calls->canOutdial());
    }

    void outdial_numberThatCannotBeCalled_saysSo()
    {
        QSignalSpy errors(m_calls.get(), &CallController::errorOccurred);
        QVERIFY(m_calls->outdial(u"12"_s));
        QTRY_COMPARE(errors.size(), 1);
        QVERIFY(errors.first().first().toString().contains(u"12"_s));
        QVERIFY(!m_calls->isOutdialPending());
        QVERIFY(!m_calls->call());
        QVERIFY(m_calls->canOutdial());
    }

    void outdial_withoutAnEntryPoint_sendsNothing()
    {
        Core::DesktopProfile profile = m_login->profile();
        profile.outdialEntryPointId.clear();
        m_calls->begin(profile);
        QVERIFY(!m_calls->canOutdial());
        QVERIFY(!m_calls->outdial(kExpert));
        QVERIFY(m_sim->requestsTo(u"^/v1/tasks$"_s).isEmpty());
    }

    void autoWrapUp_profileSeconds_savesTheDefaultCode()
    {
        Core::DesktopProfile profile = m_login->profile();
        profile.autoWrapUpSeconds = 30;
        m_calls->begin(profile);
        connectCall();
        QVERIFY(!m_calls->autoWrapUpAt());
        QVERIFY(m_calls->end());
        QTRY_COMPARE(m_calls->state(), CallState::WrapUp);
        QCOMPARE(m_calls->autoWrapUpAt(), m_clock.now().addSecs(30));

        m_clock.advance(29'000);
        m_calls->checkTimeouts();
        QVERIFY(sent(u"wrapup"_s).isEmpty());
        m_clock.advance(1'000);
        m_calls->checkTimeouts();
        QVERIFY(!m_calls->autoWrapUpAt());
        QTRY_COMPARE(m_calls->state(), CallState::Closed);
        QCOMPARE(lastBody(u"wrapup"_s),
                 (QJsonObject{{u"wrapUpReason"_s, u"Resolved"_s}, {u"auxCodeId"_s, kResolved}}));
    }

    void socketDrop_midConsult_reconnectsReloadsAndRepairs_data()
    {
        QTest::addColumn<bool>("hangUpWhileAway");
        QTest::addColumn<CallState>("repaired");
        QTest::newRow("the expert answered meanwhile") << false << CallState::Consulting;
        QTest::newRow("the customer hung up meanwhile") << true << CallState::WrapUp;
    }
    void socketDrop_midConsult_reconnectsReloadsAndRepairs()
    {
        QFETCH(bool, hangUpWhileAway);
        QFETCH(CallState, repaired);
        connectCall();
        consultOutcome(kExpert, u"answer"_s, 300);
        QVERIFY(m_calls->consult(kExpert, u"dialNumber"_s));
        QTRY_COMPARE(m_calls->state(), CallState::Consulting);
        QVERIFY(!m_calls->call()->consultAnswered());

        QSignalSpy restored(m_state.get(), &Session::AgentStateController::connectionRestored);
        QCOMPARE(control(u"/_sim/cc/drop-sockets"_s, {{u"email"_s, kAna}}).status, 200);
        if (hangUpWhileAway) {
            QCOMPARE(control(u"/_sim/cc/calls/%1/hangup"_s.arg(m_interactionId)).status, 200);
        }
        QTRY_COMPARE_WITH_TIMEOUT(restored.size(), 1, 20'000);
        QTRY_COMPARE_WITH_TIMEOUT(m_calls->state(), repaired, 10'000);
        // One reload for the agent state and the call alike.
        QTRY_COMPARE(m_sim->requestsTo(u"^/v1/agents/reload$"_s).size(), 1);
        if (repaired == CallState::Consulting) {
            QTRY_VERIFY(m_calls->call()->consultAnswered());
            QCOMPARE(m_calls->consultedDestination(), kExpert);
            QVERIFY(m_calls->consultTransfer());
            QTRY_COMPARE(m_calls->state(), CallState::WrapUp);
        }
        QVERIFY(m_calls->wrapUp(kResolved));
        QTRY_COMPARE(m_calls->state(), CallState::Closed);
    }

    void socketDrop_whileRinging_callGoneMeanwhile_closesIt()
    {
        offer();
        QSignalSpy restored(m_state.get(), &Session::AgentStateController::connectionRestored);
        QCOMPARE(control(u"/_sim/cc/drop-sockets"_s, {{u"email"_s, kAna}}).status, 200);
        // The customer gives up while the desktop is away: the reload no longer lists the call.
        QCOMPARE(control(u"/_sim/cc/calls/%1/hangup"_s.arg(m_interactionId)).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(restored.size(), 1, 20'000);
        QTRY_COMPARE_WITH_TIMEOUT(m_calls->state(), CallState::Closed, 10'000);
        QVERIFY(!m_calls->accept());
        QVERIFY(m_state->signOut().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCallController)
#include "tst_callcontroller.moc"
