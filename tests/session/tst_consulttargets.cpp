// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Whom a call can be consulted with or transferred to, against the simulator over loopback:
// the Agents tab's model (the buddy list: other signed-in agents, Available first; asked again
// when another request is on its way; a refusal said in words), the Queues tab's model (active
// telephony queues by name; a server error said in words), and ConsultActions (the question
// before calling someone on Do not disturb, Offline or Presenting; the number and type sent
// for a colleague, an agent and a queue; Recent experts; the names the call view shows).
#include <auth/memorytokenstore.h>
#include <cc/commandoutcome.h>
#include <core/clock.h>
#include <session/agentstatecontroller.h>
#include <session/buddyagentsmodel.h>
#include <session/callcontroller.h>
#include <session/colleaguesservice.h>
#include <session/consultactions.h>
#include <session/contactcenterservices.h>
#include <session/logincontroller.h>
#include <session/queuesmodel.h>

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <support/simfixture.h>

using namespace Qt::StringLiterals;
using namespace AgentDesk;
using Core::CallState;
using Session::BuddyAgentsModel;
using Session::QueuesModel;

namespace {

const QString kAna = u"ana.souza@contoso.example"_s;
const QString kCustomer = u"+14155550123"_s;
const QString kPriyaId = u"5d0c7a3e-8b1f-5e42-9c6d-2f4a8e1b7c90"_s;   // Available, extension
const QString kTomasId = u"9a2e4f61-3c7d-5b08-a1e9-6d5f0c3b8a27"_s;   // Idle, extension
const QString kBillingId = u"a84d2e07-5c19-5f6b-9e3a-1b7c0d8f2e64"_s; // telephony queue

Core::Colleague colleague(const QString &id, const QString &name, const QString &e164)
{
    Core::Colleague c;
    c.id = id;
    c.displayName = name;
    c.businessPhone = e164;
    c.businessPhoneE164 = e164;
    c.businessPhoneVerdict =
            e164.isEmpty() ? Core::DialNumber::Verdict::Empty : Core::DialNumber::Verdict::Valid;
    return c;
}

} // namespace

class TestConsultTargets final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::SimFixture> m_sim;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    Auth::MemoryTokenStore m_store;
    std::unique_ptr<Session::ContactCenterServices> m_services;
    std::unique_ptr<Session::LoginController> m_login;
    std::unique_ptr<Session::AgentStateController> m_state;
    std::unique_ptr<Session::CallController> m_calls;
    std::unique_ptr<Session::ColleaguesService> m_colleagues;
    std::unique_ptr<Session::ConsultActions> m_actions;

    Cc::ContactCenterClient &client() { return m_services->client(); }
    Test::WireClient::Reply control(const QString &path, const QJsonObject &body = {})
    {
        return m_sim->wire().postJson(m_sim->url(path), QJsonDocument(body));
    }
    QJsonObject lastBody(const QString &action)
    {
        const QJsonArray requests = m_sim->requestsTo(u"^/v1/tasks/[^/]+/%1$"_s.arg(action));
        return requests.isEmpty()
                       ? QJsonObject()
                       : QJsonDocument::fromJson(
                                 requests.last().toObject().value(u"body"_s).toString().toUtf8())
                                 .object();
    }
    void connectCall()
    {
        QCOMPARE(control(u"/_sim/cc/calls"_s,
                         {{u"email"_s, kAna}, {u"ani"_s, kCustomer}, {u"queue"_s, u"Billing"_s}})
                         .status,
                 201);
        QTRY_COMPARE(m_calls->state(), CallState::Offered);
        QVERIFY(m_calls->accept());
        QTRY_COMPARE(m_calls->state(), CallState::Connected);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Each test starts signed in as Ana (Desktop device) through the real login, Available.
    void init()
    {
        Sim::Scenario tenant = Sim::Scenario::defaults();
        tenant.merge(
                QJsonObject{{u"contactCenter"_s, QJsonObject{{u"eventDelayMs"_s, 5},
                                                             {u"consultAnswerDelayMs"_s, 100}}}});
        tenant.setAutoSignIn(kAna);
        m_sim = std::make_unique<Test::SimFixture>(std::move(tenant));
        m_settings = std::make_unique<QSettings>(m_dir.filePath(u"s.conf"_s), QSettings::IniFormat);
        m_settings->clear();
        m_services = std::make_unique<Session::ContactCenterServices>(
                Core::ServiceEndpoints::onOneOrigin(m_sim->baseUrl()), &m_store,
                Core::Clock::system());
        m_login = std::make_unique<Session::LoginController>(m_services.get(), m_settings.get());
        m_state = std::make_unique<Session::AgentStateController>(m_services.get());
        m_calls = std::make_unique<Session::CallController>(m_services.get(), m_state.get(),
                                                            Core::Clock::system());
        m_colleagues = std::make_unique<Session::ColleaguesService>(m_settings.get(),
                                                                    Core::Clock::system());
        m_actions = std::make_unique<Session::ConsultActions>(m_calls.get(), m_colleagues.get());
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
        m_actions.reset();
        m_colleagues.reset();
        m_calls.reset();
        m_state.reset();
        m_login.reset();
        m_services.reset();
        m_sim.reset();
    }

    // --- agents ---

    void agents_refresh_othersAvailableFirstByName()
    {
        BuddyAgentsModel agents(&client());
        QAbstractItemModelTester tester(&agents,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy status(&agents, &BuddyAgentsModel::statusChanged);
        agents.refresh(m_login->profile().agentProfileId);
        QVERIFY(agents.isLoading());
        QTRY_VERIFY(!agents.isLoading());
        QVERIFY(agents.message().isEmpty());
        QVERIFY(status.size() >= 2);
        QVERIFY(agents.rowCount() > 2);
        QCOMPARE(m_sim->requestsTo(u"^/v1/agents/buddyList$"_s).size(), 1);

        // Never the agent herself; the one Available agent on a phone and the Idle one listed.
        const QString self = m_login->profile().agentId;
        QCOMPARE(agents.rowOf(self), -1);
        const int priya = agents.rowOf(kPriyaId);
        const int tomas = agents.rowOf(kTomasId);
        QVERIFY(priya >= 0);
        QVERIFY(tomas >= 0);
        QVERIFY(priya < tomas);
        const QModelIndex priyaIndex = agents.index(priya);
        QCOMPARE(priyaIndex.data(BuddyAgentsModel::NameRole).toString(), u"Priya Nair"_s);
        QVERIFY(priyaIndex.data(BuddyAgentsModel::AvailableRole).toBool());
        QVERIFY(priyaIndex.data().toString().startsWith(u"Priya Nair · Available"_s));
        QVERIFY(priyaIndex.data(Qt::ToolTipRole).isNull());
        const QModelIndex tomasIndex = agents.index(tomas);
        QVERIFY(!tomasIndex.data(BuddyAgentsModel::AvailableRole).toBool());
        QCOMPARE(tomasIndex.data(BuddyAgentsModel::StateRole).toString(), u"Idle"_s);
        QVERIFY(tomasIndex.data().toString().contains(u" · Idle"_s));
        QVERIFY(!tomasIndex.data(Qt::ToolTipRole).toString().isEmpty());
        // Available ones first, then the others; by name within each.
        bool seenUnavailable = false;
        for (int row = 0; row < agents.rowCount(); ++row) {
            const bool available = agents.index(row).data(BuddyAgentsModel::AvailableRole).toBool();
            QVERIFY2(!(available && seenUnavailable), qPrintable(agents.agent(row).name));
            seenUnavailable = seenUnavailable || !available;
        }

        // The same answer again changes no row: the view keeps its selection.
        QSignalSpy reset(&agents, &QAbstractItemModel::modelReset);
        agents.refresh(m_login->profile().agentProfileId);
        QTRY_VERIFY(!agents.isLoading());
        QCOMPARE(m_sim->requestsTo(u"^/v1/agents/buddyList$"_s).size(), 2);
        QCOMPARE(reset.size(), 0);

        // A state changes: that row follows.
        QCOMPARE(control(u"/_sim/cc/agents/state"_s,
                         {{u"agentId"_s, kTomasId}, {u"state"_s, u"Available"_s}})
                         .status,
                 200);
        agents.refresh(m_login->profile().agentProfileId);
        QTRY_VERIFY(agents.index(agents.rowOf(kTomasId))
                            .data(BuddyAgentsModel::AvailableRole)
                            .toBool());
    }

    void agents_anotherRequestOnItsWay_askedAgainAfterIt()
    {
        // The session's own periodic request is out: one request at a time goes out.
        bool first = false;
        QVERIFY(client().requestBuddyAgents(
                m_login->profile().agentProfileId, u"telephony"_s, {}, this,
                [&first](const Cc::CommandOutcome &, const QList<Cc::BuddyAgent> &) {
                    first = true;
                }));
        BuddyAgentsModel agents(&client());
        agents.refresh(m_login->profile().agentProfileId);
        QTRY_VERIFY(first);
        QTRY_VERIFY(!agents.isLoading());
        QVERIFY(agents.message().isEmpty());
        QVERIFY(agents.rowOf(kPriyaId) >= 0);
        QCOMPARE(m_sim->requestsTo(u"^/v1/agents/buddyList$"_s).size(), 2);
    }

    void agents_unknownProfile_saysWhy()
    {
        BuddyAgentsModel agents(&client());
        agents.refresh(u"7d1c3b0e-1a2b-4c3d-9e8f-0a1b2c3d4e5f"_s);
        QTRY_VERIFY(!agents.isLoading());
        QCOMPARE(agents.message(), u"The list of agents could not be loaded. Try again later."_s);
        QCOMPARE(agents.rowCount(), 0);
    }

    // --- queues ---

    void queues_refresh_activeTelephonyByName()
    {
        QueuesModel queues(&client());
        QAbstractItemModelTester tester(&queues,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        queues.refresh(m_login->person().orgId);
        QVERIFY(queues.isLoading());
        QTRY_VERIFY(!queues.isLoading());
        QVERIFY(queues.message().isEmpty());
        QStringList names;
        for (int row = 0; row < queues.rowCount(); ++row) {
            names.append(queues.index(row).data().toString());
        }
        // Not the inactive one, nor other channels.
        QVERIFY(names.contains(u"Billing"_s));
        QVERIFY(!names.contains(u"Legacy Hotline"_s));
        QVERIFY(!names.contains(u"Web Chat"_s));
        QVERIFY(!names.contains(u"Email Support"_s));
        QCOMPARE(names.first(), u"Atendimento Geral"_s);
        const int billing = int(names.indexOf(u"Billing"_s));
        QCOMPARE(queues.index(billing).data(QueuesModel::QueueIdRole).toString(), kBillingId);
        QCOMPARE(queues.queue(billing).id, kBillingId);

        // The same list again: no reset.
        QSignalSpy reset(&queues, &QAbstractItemModel::modelReset);
        queues.refresh(m_login->person().orgId);
        QTRY_VERIFY(!queues.isLoading());
        QCOMPARE(reset.size(), 0);
    }

    void queues_serverError_saysWhyAndKeepsTheRows()
    {
        QueuesModel queues(&client());
        queues.refresh(m_login->person().orgId);
        QTRY_VERIFY(!queues.isLoading());
        const int rows = queues.rowCount();
        QVERIFY(rows > 0);
        QVERIFY(m_sim->injectFault({{u"kind"_s, u"status"_s},
                                    {u"status"_s, 500},
                                    {u"path"_s, u"contact-service-queue"_s},
                                    {u"count"_s, 10}}) > 0);
        queues.refresh(m_login->person().orgId);
        QTRY_VERIFY_WITH_TIMEOUT(!queues.isLoading(), 20'000);
        QVERIFY(queues.message().startsWith(u"The list of queues could not be loaded: "_s));
        QCOMPARE(queues.rowCount(), rows);
    }

    // --- consult and transfer ---

    void confirmation_presence_asksOnlyForNotNow_data()
    {
        QTest::addColumn<QString>("availability");
        QTest::addColumn<QString>("activity");
        QTest::addColumn<QString>("label"); // empty: nothing to ask
        QTest::newRow("available") << u"Available"_s << u"Available"_s << QString();
        QTest::newRow("busy") << u"Busy"_s << u"Busy"_s << QString();
        QTest::newRow("in a call") << u"Busy"_s << u"InACall"_s << QString();
        QTest::newRow("away") << u"Away"_s << u"Away"_s << QString();
        QTest::newRow("do not disturb")
                << u"DoNotDisturb"_s << u"DoNotDisturb"_s << u"Do not disturb"_s;
        QTest::newRow("focusing") << u"DoNotDisturb"_s << u"Focusing"_s << u"Do not disturb"_s;
        QTest::newRow("presenting") << u"DoNotDisturb"_s << u"Presenting"_s << u"Presenting"_s;
        QTest::newRow("offline") << u"Offline"_s << u"OffWork"_s << u"Offline"_s;
    }
    void confirmation_presence_asksOnlyForNotNow()
    {
        QFETCH(QString, availability);
        QFETCH(QString, activity);
        QFETCH(QString, label);
        const Core::Colleague priya = colleague(u"c-1"_s, u"Priya Nair"_s, u"+14155550199"_s);
        m_colleagues->model().setColleagues({priya});
        m_colleagues->model().setPresences(
                {{priya.id, Core::Presence::fromGraph(availability, activity)}});
        QCOMPARE(Session::ConsultActions::asksFirst(m_colleagues->model().presence(0).status()),
                 !label.isEmpty());
        if (label.isEmpty()) {
            QVERIFY(m_actions->confirmationFor(priya, false).isEmpty());
            QVERIFY(m_actions->confirmationFor(priya, true).isEmpty());
            return;
        }
        QCOMPARE(m_actions->confirmationFor(priya, false),
                 u"Teams shows Priya Nair as “%1”. Consult them anyway?"_s.arg(label));
        QCOMPARE(m_actions->confirmationFor(priya, true),
                 u"Teams shows Priya Nair as “%1”. Transfer the call to them anyway?"_s.arg(label));
        // Someone the directory does not list: nothing is known, nothing asked.
        QVERIFY(m_actions->confirmationFor(colleague(u"c-2"_s, u"X"_s, u"+14155550111"_s), false)
                        .isEmpty());
    }

    void actions_withoutCall_sendNothing_callPlacesAnOutdial()
    {
        const Core::Colleague expert = colleague(u"c-1"_s, u"Priya Nair"_s, u"+14155550199"_s);
        QVERIFY(!m_actions->canConsult());
        QVERIFY(!m_actions->canTransfer());
        QVERIFY(!m_actions->consultColleague(expert));
        QVERIFY(!m_actions->transferToColleague(expert));
        QVERIFY(!m_actions->consultAgent(kPriyaId, u"Priya Nair"_s));
        QVERIFY(!m_actions->transferToQueue(kBillingId, u"Billing"_s));
        QVERIFY(!m_colleagues->pins().isRecent(expert.id));
        QVERIFY(m_sim->requestsTo(u"^/v1/tasks/"_s).isEmpty());

        // No number: not even a call.
        QVERIFY(m_actions->canCall());
        QVERIFY(!m_actions->callColleague(colleague(u"c-2"_s, u"No Phone"_s, QString())));
        QVERIFY(m_actions->callColleague(expert));
        QVERIFY(!m_actions->canCall()); // on its way
        QTRY_COMPARE(m_calls->state(), CallState::Connected);
        QCOMPARE(m_calls->call()->callerNumber(), expert.businessDialString());
        QCOMPARE(m_actions->partyName(expert.businessDialString()), u"Priya Nair"_s);
    }

    void actions_consultColleague_dialNumberRecentAndName()
    {
        connectCall();
        const Core::Colleague expert = colleague(u"c-1"_s, u"Priya Nair"_s, u"+14155550199"_s);
        QVERIFY(m_actions->canConsult());
        QVERIFY(m_actions->consultColleague(expert));
        QTRY_VERIFY(!lastBody(u"consult"_s).isEmpty());
        QCOMPARE(lastBody(u"consult"_s).value(u"to"_s).toString(), u"+14155550199"_s);
        QCOMPARE(lastBody(u"consult"_s).value(u"destinationType"_s).toString(), u"dialNumber"_s);
        QVERIFY(m_colleagues->pins().isRecent(expert.id));
        // A second one while the first is on its way: nothing.
        QVERIFY(!m_actions->consultAgent(kPriyaId, u"Priya"_s));
        QTRY_COMPARE(m_calls->state(), CallState::Consulting);
        // The name, also for the number written otherwise.
        QCOMPARE(m_actions->partyName(m_calls->consultedDestination()), u"Priya Nair"_s);
        QCOMPARE(m_actions->partyName(u"+1 (415) 555-0199"_s), u"Priya Nair"_s);
        QVERIFY(m_actions->partyName(u"+14155550100"_s).isEmpty());
        QVERIFY(m_actions->partyName(kPriyaId).isEmpty());
    }

    void actions_dialPlanRefusesTheNumber_saysWhyAndSendsNothing()
    {
        connectCall();
        Core::Colleague expert = colleague(u"c-2"_s, u"Kenji Sato"_s, u"+14155550199"_s);
        expert.businessPhone = u"+1 415 555 0199 x12"_s;
        expert.businessPhoneExtension = u"12"_s;
        m_actions->setDialPlan(
                Core::DialPlan({{u"E.164"_s, u"^\\+[1-9]\\d{6,14}$"_s, QString(), u" -"_s}}));
        QSignalSpy refused(m_actions.get(), &Session::ConsultActions::refused);
        QVERIFY(!m_actions->consultColleague(expert));
        QCOMPARE(refused.size(), 1);
        QVERIFY(refused.first().first().toString().contains(u"Kenji Sato"_s));
        QVERIFY(!m_colleagues->pins().isRecent(expert.id));
        QVERIFY(lastBody(u"consult"_s).isEmpty());
        // Without an extension the same plan takes the number.
        expert.businessPhoneExtension.clear();
        QVERIFY(m_actions->consultColleague(expert));
        QTRY_COMPARE(lastBody(u"consult"_s).value(u"to"_s).toString(), u"+14155550199"_s);
    }

    void actions_agentAndQueue_typesAndNames_data()
    {
        QTest::addColumn<bool>("transfer");
        QTest::addColumn<QString>("destinationType");
        QTest::newRow("consult agent") << false << u"agent"_s;
        QTest::newRow("transfer to agent") << true << u"agent"_s;
        QTest::newRow("consult queue") << false << u"queue"_s;
        QTest::newRow("transfer to queue") << true << u"queue"_s;
    }
    void actions_agentAndQueue_typesAndNames()
    {
        QFETCH(bool, transfer);
        QFETCH(QString, destinationType);
        connectCall();
        const bool agent = destinationType == u"agent"_s;
        const QString id = agent ? kPriyaId : kBillingId;
        const QString name = agent ? u"Priya Nair"_s : u"Billing"_s;
        const bool sent = agent ? (transfer ? m_actions->transferToAgent(id, name)
                                            : m_actions->consultAgent(id, name))
                                : (transfer ? m_actions->transferToQueue(id, name)
                                            : m_actions->consultQueue(id, name));
        QVERIFY(sent);
        const QString action = transfer ? u"transfer"_s : u"consult"_s;
        QTRY_VERIFY(!lastBody(action).isEmpty());
        QCOMPARE(lastBody(action).value(u"to"_s).toString(), id);
        QCOMPARE(lastBody(action).value(u"destinationType"_s).toString(), destinationType);
        QCOMPARE(m_actions->partyName(id), name);
        QTRY_COMPARE(m_calls->state(), transfer ? CallState::WrapUp : CallState::Consulting);
    }
};

QTEST_GUILESS_MAIN(TestConsultTargets)
#include "tst_consulttargets.moc"
