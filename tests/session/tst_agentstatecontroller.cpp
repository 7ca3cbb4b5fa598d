// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The signed-in agent's state against the simulator: a change is shown once confirmed, a
// second click while one is in flight does nothing, a supervisor's change arrives with who
// made it, a dropped socket is reported and the state reloaded, a session taken over
// elsewhere ends this one, and signing out goes Idle then logs out.
#include <auth/memorytokenstore.h>
#include <core/clock.h>
#include <session/agentstatecontroller.h>
#include <session/contactcenterservices.h>
#include <session/logincontroller.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include <support/simfixture.h>

using namespace Qt::StringLiterals;
using namespace AgentDesk;
using Session::AgentStateController;

namespace {
const QString kAna = u"ana.souza@contoso.example"_s;
}

class TestAgentStateController final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::SimFixture> m_sim;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    Auth::MemoryTokenStore m_store;
    std::unique_ptr<Session::ContactCenterServices> m_services;
    std::unique_ptr<Session::LoginController> m_login;
    std::unique_ptr<AgentStateController> m_state;

private Q_SLOTS:
    // Each test starts signed in as Ana (Desktop device, first team) through the real login.
    void init()
    {
        Sim::Scenario scenario = Sim::Scenario::defaults();
        scenario.setAutoSignIn(kAna);
        m_sim = std::make_unique<Test::SimFixture>(std::move(scenario));
        m_settings = std::make_unique<QSettings>(m_dir.filePath(u"s.conf"_s), QSettings::IniFormat);
        m_settings->clear();
        m_services = std::make_unique<Session::ContactCenterServices>(
                Core::ServiceEndpoints::onOneOrigin(m_sim->baseUrl()), &m_store,
                Core::Clock::system());
        m_login = std::make_unique<Session::LoginController>(m_services.get(), m_settings.get());
        m_state = std::make_unique<AgentStateController>(m_services.get());
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
    }
    void cleanup()
    {
        m_state.reset();
        m_login.reset();
        m_services.reset();
        m_sim.reset();
    }

    void begin_showsStateFromStationLogin()
    {
        QVERIFY(m_state->current().known);
        QVERIFY(!m_state->current().available); // the contact center starts agents Idle
        QVERIFY(!m_state->current().idleCodeId.isEmpty());
        QVERIFY(m_state->model()->rowCount() > 1);
        QCOMPARE(m_state->model()->index(0).data().toString(), u"Available"_s);
    }

    void requestState_confirmedByEvent_thenSecondClickWhilePendingDoesNothing()
    {
        QSignalSpy changed(m_state.get(), &AgentStateController::stateChanged);
        QVERIFY(m_state->requestState({}));
        QVERIFY(m_state->isChangePending());
        QVERIFY(!m_state->requestState({})); // a second click while in flight
        QTRY_VERIFY(m_state->current().available);
        QVERIFY(!m_state->isChangePending());
        QCOMPARE(m_sim->requestsTo(u"^/v1/agents/session/state$"_s).size(), 1);
        QCOMPARE(m_sim->ccAgent(kAna).value(u"state"_s).toString(), u"Available"_s);

        const QString lunch =
                m_state->model()->index(2).data(Session::AgentStateModel::CodeIdRole).toString();
        QVERIFY(m_state->requestState(lunch));
        QTRY_COMPARE(m_state->current().idleCodeId, lunch);
        QVERIFY(!m_state->current().changedByOther);
    }

    void requestState_unknownCode_isRefusedWithoutRequest()
    {
        QVERIFY(!m_state->requestState(u"not-an-idle-code"_s));
        QVERIFY(m_sim->requestsTo(u"^/v1/agents/session/state$"_s).isEmpty());
    }

    void requestState_serverRefuses_reportsAndKeepsState()
    {
        m_sim->injectFault({{u"kind"_s, u"status"_s},
                            {u"status"_s, 500},
                            {u"path"_s, u"^/v1/agents/session/state$"_s},
                            {u"count"_s, 1}});
        const AgentStateController::State before = m_state->current();
        QSignalSpy failed(m_state.get(), &AgentStateController::changeFailed);
        QVERIFY(m_state->requestState({}));
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(!failed.first().first().toString().isEmpty());
        QCOMPARE(m_state->current().available, before.available);
        QCOMPARE(m_state->current().idleCodeId, before.idleCodeId);
    }

    void supervisorChange_arrivesWithWhoMadeIt()
    {
        const auto reply = m_sim->wire().postJson(
                m_sim->url(u"/_sim/cc/agents/state"_s),
                QJsonDocument(QJsonObject{{u"email"_s, kAna},
                                          {u"state"_s, u"Available"_s},
                                          {u"changedBy"_s, u"supervisor"_s}}));
        QCOMPARE(reply.status, 200);
        QTRY_VERIFY(m_state->current().available);
        QVERIFY(m_state->current().changedByOther);
        QVERIFY(!m_state->current().changedByName.isEmpty());
    }

    void droppedSocket_reportsLostThenRestoredAndReloads()
    {
        QSignalSpy lost(m_state.get(), &AgentStateController::connectionLost);
        QSignalSpy restored(m_state.get(), &AgentStateController::connectionRestored);
        m_sim->wire().postJson(m_sim->url(u"/_sim/cc/drop-sockets"_s),
                               QJsonDocument(QJsonObject{{u"email"_s, kAna}}));
        QTRY_COMPARE_WITH_TIMEOUT(lost.size(), 1, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(restored.size(), 1, 20'000);
        QTRY_COMPARE_WITH_TIMEOUT(m_sim->requestsTo(u"^/v1/agents/reload$"_s).size(), 1, 10'000);
    }

    void signedInElsewhere_endsThisSession()
    {
        QSignalSpy ended(m_state.get(), &AgentStateController::sessionEndedElsewhere);
        // Another desktop subscribes for the same agent without multi-login.
        const QByteArray token = m_sim->token(u"cc"_s, kAna);
        const auto subscribed =
                m_sim->wire().postJson(m_sim->url(u"/v1/notification/subscribe"_s),
                                       QJsonDocument(QJsonObject{{u"force"_s, true},
                                                                 {u"isKeepAliveEnabled"_s, false},
                                                                 {u"clientType"_s, u"OtherDesk"_s},
                                                                 {u"allowMultiLogin"_s, false}}),
                                       token);
        QCOMPARE(subscribed.status, 200);
        QWebSocket other;
        other.open(QUrl(subscribed.json().object().value(u"webSocketUrl"_s).toString()));
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 10'000);
    }

    void signOut_goesIdleThenLogsOut()
    {
        QVERIFY(m_state->requestState({}));
        QTRY_VERIFY(m_state->current().available);
        const qint64 before = m_sim->requests().last().toObject().value(u"sequence"_s).toInteger();
        QSignalSpy signedOut(m_state.get(), &AgentStateController::signedOut);
        QVERIFY(m_state->signOut().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(signedOut.size(), 1, 10'000);
        const QJsonArray wire = m_sim->requestsTo(u"^/v1/agents/(session/state|logout)$"_s, before);
        QCOMPARE(wire.size(), 2);
        QCOMPARE(wire.at(0).toObject().value(u"path"_s).toString(), u"/v1/agents/session/state"_s);
        QVERIFY(wire.at(0).toObject().value(u"body"_s).toString().contains(u"Idle"_s));
        QCOMPARE(wire.at(1).toObject().value(u"path"_s).toString(), u"/v1/agents/logout"_s);
        QVERIFY(!m_sim->ccAgent(kAna).value(u"loggedIn"_s).toBool());
    }

    void signOut_duringConversation_isRefusedWithReason()
    {
        m_state->setConversationActive(true);
        const QString refusal = m_state->signOut();
        QVERIFY(!refusal.isEmpty());
        QTest::qWait(200);
        QVERIFY(m_sim->requestsTo(u"^/v1/agents/logout$"_s).isEmpty());
        QVERIFY(m_sim->ccAgent(kAna).value(u"loggedIn"_s).toBool());
    }
};

QTEST_GUILESS_MAIN(TestAgentStateController)
#include "tst_agentstatecontroller.moc"
