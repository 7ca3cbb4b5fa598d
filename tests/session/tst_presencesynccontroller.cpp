// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Presence sync in the running session against the simulator over loopback (real HTTP, real
// WebSocket, real time), both directions, through SessionContext as the app wires it: Ana signs
// in to the contact center and to Teams; the simulator changes her own Teams presence and her
// contact-center state follows with the reason; a change by a supervisor, RONA, the system or
// herself ends the chain until she is Available again; a customer call is never interrupted while
// Teams shows Busy/InACall for it (cleared afterwards); Graph throttling and an expired token on
// the way change nothing but the delay; the profile's login inheritance (applyAtLogin for Ana);
// sign-out and Teams disconnection stop the sync.
#include <auth/memorytokenstore.h>
#include <core/clock.h>
#include <session/sessioncontext.h>

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
using Origin = Core::PresenceSync::Origin;
using Session::TeamsConnection;

namespace {

const QString kAna = u"ana.souza@contoso.example"_s;
const QString kCustomer = u"+14155550123"_s;
const QString kBilling = u"9d6c3f0e-2a41-4b7e-8c55-1e0f4a7b2d90"_s;
const QString kResolved = u"b08f96e5-89cb-4639-9461-838bfc2e9562"_s;
// Ana's profile maps these (scenarios/default.json); Lunch is not mapped.
const QString kDndCode = u"76caa3a8-00cc-495f-af67-e7aa42be36a7"_s;
const QString kInACallCode = u"71460caa-1d4e-44f7-93b4-d001124bec55"_s;
const QString kPresentingCode = u"9cc05044-fb75-4e69-af6b-556a55296c40"_s;
const QString kLunchCode = u"f6ceff3e-a573-4346-b52a-1e977fb11d68"_s;
const QString kStatePath = u"^/v1/agents/session/state$"_s;
const QString kSetPresence = u"/presence/setPresence$"_s;
const QString kClearPresence = u"/presence/clearPresence$"_s;
// A Teams change reaches the state within one 3 s read, Retry-After and a round trip or two.
constexpr int kFollowMs = 15'000;

// The default tenant with a telephony queue of its own and quick events.
Sim::Scenario scenario()
{
    Sim::Scenario tenant = Sim::Scenario::defaults();
    tenant.merge(QJsonObject{
            {u"contactCenter"_s,
             QJsonObject{{u"queues"_s, QJsonArray{QJsonObject{{u"id"_s, kBilling},
                                                              {u"name"_s, u"Billing"_s},
                                                              {u"channelType"_s, u"telephony"_s}}}},
                         {u"eventDelayMs"_s, 5}}}});
    tenant.setAutoSignIn(kAna);
    return tenant;
}

QJsonObject bodyOf(const QJsonValue &request)
{
    return QJsonDocument::fromJson(request.toObject().value(u"body"_s).toString().toUtf8())
            .object();
}

} // namespace

class TestPresenceSyncController final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::SimFixture> m_sim;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Auth::MemoryTokenStore> m_store;
    std::unique_ptr<Session::SessionContext> m_session;

    Session::PresenceSyncController &sync() { return m_session->presenceSync(); }
    Session::AgentStateController &state() { return m_session->state(); }

    Test::WireClient::Reply control(const QString &path, const QJsonObject &body)
    {
        return m_sim->wire().postJson(m_sim->url(path), QJsonDocument(body));
    }
    bool setTeams(const QString &availability, const QString &activity)
    {
        return control(u"/_sim/presence"_s, {{u"email"_s, kAna},
                                             {u"availability"_s, availability},
                                             {u"activity"_s, activity}})
                       .status == 200;
    }
    // The sync has read this Teams presence (what it does with it is then decided).
    bool teamsRead(Core::Presence::Status status)
    {
        return QTest::qWaitFor(
                [this, status] {
                    return sync().reader() && sync().reader()->presence().status() == status;
                },
                kFollowMs);
    }
    QString ccState() { return m_sim->ccAgent(kAna).value(u"state"_s).toString(); }
    QString ccCode() { return m_sim->ccAgent(kAna).value(u"auxCodeId"_s).toString(); }
    QString ccReason() { return m_sim->ccAgent(kAna).value(u"lastStateChangeReason"_s).toString(); }
    qint64 lastSequence()
    {
        const QJsonArray all = m_sim->requests();
        return all.isEmpty() ? 0 : all.last().toObject().value(u"sequence"_s).toInteger();
    }

    // The real login (Desktop device, first team), then Teams in the "embedded browser" (the
    // simulator's automatic sign-in); true once the sync has read Ana's presence.
    bool signIn()
    {
        QSignalSpy signedIn(&m_session->login(), &Session::LoginController::signedIn);
        m_session->login().start();
        return QTest::qWaitFor([&signedIn] { return signedIn.size() == 1; }, 20'000) &&
               QTest::qWaitFor(
                       [this] {
                           return m_session->teams().state() == TeamsConnection::State::Connected;
                       },
                       20'000) &&
               QTest::qWaitFor(
                       [this] {
                           return sync().isRunning() && !sync().reader()->userId().isEmpty() &&
                                  !sync().reader()->isRequestRunning();
                       },
                       10'000);
    }
    // The agent's own choice in the selector.
    bool choose(const QString &idleCodeId)
    {
        return state().requestState(idleCodeId) &&
               QTest::qWaitFor(
                       [this, idleCodeId] {
                           return !state().isChangePending() &&
                                  state().current().idleCodeId == idleCodeId &&
                                  state().current().available == idleCodeId.isEmpty();
                       },
                       10'000);
    }
    bool ccIs(const QString &expectedState, const QString &code = {})
    {
        return QTest::qWaitFor(
                [&] {
                    return ccState() == expectedState &&
                           (expectedState == u"Available"_s || ccCode() == code) &&
                           !state().isChangePending();
                },
                kFollowMs);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_sim = std::make_unique<Test::SimFixture>(scenario());
        QVERIFY(setTeams(u"Available"_s, u"Available"_s));
        m_settings = std::make_unique<QSettings>(m_dir.filePath(u"s.conf"_s), QSettings::IniFormat);
        m_settings->clear();
        m_store = std::make_unique<Auth::MemoryTokenStore>();
        m_session = std::make_unique<Session::SessionContext>(
                Core::ServiceEndpoints::onOneOrigin(m_sim->baseUrl()), m_store.get(),
                m_settings.get(), Core::Clock::system());
        Session::LoginController &login = m_session->login();
        connect(&login, &Session::LoginController::browserSignInRequested, this,
                [this](const QUrl &url) {
                    m_session->login().completeBrowserSignIn(
                            QUrl(QString::fromUtf8(m_sim->wire().get(url).header("Location"))));
                });
        connect(&login, &Session::LoginController::preferencesRequested, this,
                [this](const Core::LoginFormRules &rules, Core::InteractionPreferences form) {
                    form = rules.withDevice(form, Core::VoiceDevice::Desktop);
                    form.teamId = rules.profile().teams.first().id;
                    m_session->login().submitPreferences(rules.validate(form).preferences);
                });
        connect(&m_session->teams(), &TeamsConnection::browserSignInRequested, this,
                [this](const QUrl &url, const Session::RedirectMatcher &) {
                    m_session->teams().completeBrowserSignIn(
                            QUrl::fromEncoded(m_sim->wire().get(url).header("Location")));
                });
    }
    void cleanup()
    {
        m_session.reset();
        m_store.reset();
        m_sim.reset();
    }

    void teamsToContactCenter_doNotDisturbThenAvailable_followsWithReason()
    {
        QVERIFY(signIn());
        QVERIFY(sync().isEnabled());
        QVERIFY(choose({}));
        QCOMPARE(sync().lastOrigin(), Origin::Agent);
        QVERIFY(sync().reason().isEmpty());

        QSignalSpy reasons(&sync(), &Session::PresenceSyncController::reasonChanged);
        QVERIFY(setTeams(u"DoNotDisturb"_s, u"DoNotDisturb"_s));
        QVERIFY(ccIs(u"Idle"_s, kDndCode));
        QCOMPARE(ccReason(), u"Teams presence: DoNotDisturb"_s);
        QTRY_COMPARE(state().current().idleCodeId, kDndCode);
        QCOMPARE(state().current().cause, Session::AgentStateController::Cause::Request);
        QCOMPARE(state().current().reason, u"Teams presence: DoNotDisturb"_s);
        QCOMPARE(sync().lastOrigin(), Origin::Sync);
        QCOMPARE(sync().reason(), u"from Teams: Do not disturb"_s);
        QVERIFY(!reasons.isEmpty());
        const QJsonArray sent = m_sim->requestsTo(kStatePath);
        QCOMPARE(bodyOf(sent.last()).value(u"lastStateChangeReason"_s).toString(),
                 u"Teams presence: DoNotDisturb"_s);

        // Presenting (shown as DoNotDisturb/Presenting) moves to its own code.
        QVERIFY(setTeams(u"DoNotDisturb"_s, u"Presenting"_s));
        QVERIFY(ccIs(u"Idle"_s, kPresentingCode));
        QTRY_COMPARE(sync().reason(), u"from Teams: Presenting"_s);

        QVERIFY(setTeams(u"Available"_s, u"Available"_s));
        QVERIFY(ccIs(u"Available"_s));
        QCOMPARE(ccReason(), u"Teams presence: Available"_s);
        QTRY_VERIFY(state().current().available);
        QCOMPARE(sync().lastOrigin(), Origin::Sync);
        QCOMPARE(sync().reason(), u"from Teams: Available"_s);
        // One request per change: nothing repeated on the reads in between.
        QCOMPARE(m_sim->requestsTo(kStatePath).size(), sent.size() + 2);
    }

    void otherChange_endsTheChainUntilAvailable_data()
    {
        QTest::addColumn<QString>("changedBy");
        QTest::addColumn<QString>("auxCodeId"); // empty: the contact center picks it
        QTest::addColumn<int>("origin");
        QTest::newRow("supervisor") << u"supervisor"_s << kLunchCode << int(Origin::Supervisor);
        QTest::newRow("rona") << u"rona"_s << QString() << int(Origin::Rona);
        QTest::newRow("system") << u"system"_s << kLunchCode << int(Origin::Other);
    }
    void otherChange_endsTheChainUntilAvailable()
    {
        QFETCH(QString, changedBy);
        QFETCH(QString, auxCodeId);
        QFETCH(int, origin);
        QVERIFY(signIn());
        QVERIFY(choose({}));
        QVERIFY(setTeams(u"DoNotDisturb"_s, u"DoNotDisturb"_s));
        QVERIFY(ccIs(u"Idle"_s, kDndCode));
        QCOMPARE(sync().reason(), u"from Teams: Do not disturb"_s);

        // Someone else moves Ana (a supervisor to lunch, RONA to its system code...).
        QJsonObject change{
                {u"email"_s, kAna}, {u"state"_s, u"Idle"_s}, {u"changedBy"_s, changedBy}};
        if (!auxCodeId.isEmpty()) {
            change.insert(u"auxCodeId"_s, auxCodeId);
        }
        const auto reply = control(u"/_sim/cc/agents/state"_s, change);
        QCOMPARE(reply.status, 200);
        const QString code = reply.json().object().value(u"auxCodeId"_s).toString();
        QVERIFY(code != kDndCode);
        QTRY_COMPARE(state().current().idleCodeId, code);
        QCOMPARE(int(sync().lastOrigin()), origin);
        QVERIFY(sync().reason().isEmpty()); // the selector says "Set by" them
        QVERIFY(state().current().changedByOther);
        const qsizetype requests = m_sim->requestsTo(kStatePath).size();

        // Teams leaves and re-enters Do not disturb: their change stands.
        QVERIFY(setTeams(u"Available"_s, u"Available"_s));
        QVERIFY(teamsRead(Core::Presence::Status::Available));
        QVERIFY(setTeams(u"DoNotDisturb"_s, u"DoNotDisturb"_s));
        QVERIFY(teamsRead(Core::Presence::Status::DoNotDisturb));
        QCOMPARE(m_sim->requestsTo(kStatePath).size(), requests);
        QCOMPARE(ccCode(), code);

        // Available again (the agent's own choice): Teams' next change is followed.
        QVERIFY(choose({}));
        QCOMPARE(sync().lastOrigin(), Origin::Agent);
        QVERIFY(setTeams(u"DoNotDisturb"_s, u"Presenting"_s));
        QVERIFY(ccIs(u"Idle"_s, kPresentingCode));
        QCOMPARE(sync().lastOrigin(), Origin::Sync);
    }

    void agentsOwnChange_endsTheChain()
    {
        QVERIFY(signIn());
        QVERIFY(choose({}));
        QVERIFY(setTeams(u"Busy"_s, u"InACall"_s)); // a Teams call
        QVERIFY(ccIs(u"Idle"_s, kInACallCode));
        QCOMPARE(sync().reason(), u"from Teams: In a call"_s);

        QVERIFY(choose(kLunchCode));
        QCOMPARE(sync().lastOrigin(), Origin::Agent);
        QVERIFY(sync().reason().isEmpty());
        const qsizetype requests = m_sim->requestsTo(kStatePath).size();
        QVERIFY(setTeams(u"Available"_s, u"Available"_s));
        QVERIFY(teamsRead(Core::Presence::Status::Available));
        QCOMPARE(m_sim->requestsTo(kStatePath).size(), requests);
        QCOMPARE(ccCode(), kLunchCode);
    }

    void agentsChangeInFlight_winsOverTeams()
    {
        QVERIFY(signIn());
        QVERIFY(choose({}));
        // The agent's own change takes 6 s to reach the contact center; meanwhile Teams goes
        // Do not disturb and the sync reads it.
        QVERIFY(m_sim->injectFault({{u"kind"_s, u"latency"_s},
                                    {u"path"_s, kStatePath},
                                    {u"latencyMs"_s, 6000},
                                    {u"count"_s, 1}}) > 0);
        const qsizetype requests = m_sim->requestsTo(kStatePath).size();
        QVERIFY(state().requestState(kLunchCode));
        QVERIFY(setTeams(u"DoNotDisturb"_s, u"DoNotDisturb"_s));
        QVERIFY(teamsRead(Core::Presence::Status::DoNotDisturb));
        QVERIFY(state().isChangePending());

        // The agent's lunch arrives; it is newer than what Teams said, and it ends the chain.
        QVERIFY(ccIs(u"Idle"_s, kLunchCode));
        QTRY_COMPARE(state().current().idleCodeId, kLunchCode);
        QCOMPARE(sync().lastOrigin(), Origin::Agent);
        QVERIFY(sync().reason().isEmpty());
        // Another read later (long after a deferred decision would have gone), still nothing.
        QSignalSpy reads(sync().reader(), &Teams::OwnPresenceReader::presenceRead);
        QTRY_VERIFY_WITH_TIMEOUT(reads.size() >= 1, kFollowMs);
        QCOMPARE(m_sim->requestsTo(kStatePath).size(), requests + 1);
        QCOMPARE(ccCode(), kLunchCode);
    }

    void customerCall_nothingMoves_teamsShowsInACall_clearedAfter()
    {
        QVERIFY(signIn());
        QVERIFY(choose({}));
        const QString clientId = Core::ServiceEndpoints::onOneOrigin(m_sim->baseUrl()).clientId;

        // Graph throttles the first setPresence: it goes again after Retry-After.
        QVERIFY(m_sim->injectFault({{u"kind"_s, u"throttle"_s},
                                    {u"path"_s, kSetPresence},
                                    {u"retryAfter"_s, 1},
                                    {u"count"_s, 1}}) > 0);
        const auto offered =
                control(u"/_sim/cc/calls"_s,
                        {{u"email"_s, kAna}, {u"ani"_s, kCustomer}, {u"queue"_s, u"Billing"_s}});
        QCOMPARE(offered.status, 201);
        QTRY_COMPARE(m_session->calls().state(), Core::CallState::Offered);
        // Ringing is not yet "in a call" for Teams.
        QVERIFY(m_sim->requestsTo(kSetPresence).isEmpty());
        QVERIFY(m_session->calls().accept());
        QTRY_COMPARE(m_session->calls().state(), Core::CallState::Connected);
        const qsizetype stateRequests = m_sim->requestsTo(kStatePath).size();

        QTRY_COMPARE_WITH_TIMEOUT(sync().publisher()->publishedActivity(), u"InACall"_s, kFollowMs);
        const QJsonArray sets = m_sim->requestsTo(kSetPresence);
        QVERIFY(sets.size() >= 2); // the throttled one, then the one Graph took
        const QJsonObject set = bodyOf(sets.last());
        QCOMPARE(set.value(u"sessionId"_s).toString(), clientId);
        QCOMPARE(set.value(u"availability"_s).toString(), u"Busy"_s);
        QCOMPARE(set.value(u"activity"_s).toString(), u"InACall"_s);
        QCOMPARE(set.value(u"expirationDuration"_s).toString(), u"PT5M"_s);
        // Our own Busy/InACall comes back in /me/presence and is not a Teams call.
        QVERIFY(teamsRead(Core::Presence::Status::InACall));

        // Teams itself goes Do not disturb during the call: nothing moves.
        QVERIFY(setTeams(u"DoNotDisturb"_s, u"DoNotDisturb"_s));
        QVERIFY(teamsRead(Core::Presence::Status::DoNotDisturb));
        QVERIFY(setTeams(u"DoNotDisturb"_s, u"Presenting"_s));
        QVERIFY(teamsRead(Core::Presence::Status::Presenting));
        QCOMPARE(m_sim->requestsTo(kStatePath).size(), stateRequests);
        QCOMPARE(m_session->calls().state(), Core::CallState::Connected);
        QCOMPARE(ccState(), u"Available"_s);

        // The call ends and is wrapped up: Teams' "in a call" is cleared; then the Teams state
        // kept from the call (Presenting) is applied.
        QVERIFY(m_session->calls().end());
        QTRY_COMPARE(m_session->calls().state(), Core::CallState::WrapUp);
        QCOMPARE(m_sim->requestsTo(kStatePath).size(), stateRequests);
        QVERIFY(m_session->calls().wrapUp(kResolved));
        QTRY_COMPARE(m_session->calls().state(), Core::CallState::Closed);
        QTRY_VERIFY_WITH_TIMEOUT(!m_sim->requestsTo(kClearPresence).isEmpty(), kFollowMs);
        QCOMPARE(bodyOf(m_sim->requestsTo(kClearPresence).last()).value(u"sessionId"_s).toString(),
                 clientId);
        QTRY_VERIFY(!sync().publisher()->isInEffect());
        QVERIFY(ccIs(u"Idle"_s, kPresentingCode));
        QCOMPARE(sync().reason(), u"from Teams: Presenting"_s);
        // The Busy/InACall session never became the "in a call" idle code.
        for (const QJsonValue &request : m_sim->requestsTo(kStatePath)) {
            QVERIFY(bodyOf(request).value(u"auxCodeId"_s).toString() != kInACallCode);
        }
    }

    void throttledAndTokenRenewed_stillConverges()
    {
        QVERIFY(signIn());
        QVERIFY(choose({}));

        // Graph throttles the next two reads of /me/presence for 2 s each.
        QVERIFY(m_sim->injectFault({{u"kind"_s, u"throttle"_s},
                                    {u"path"_s, u"^/v1\\.0/me/presence$"_s},
                                    {u"retryAfter"_s, 2},
                                    {u"count"_s, 2}}) > 0);
        QVERIFY(setTeams(u"DoNotDisturb"_s, u"DoNotDisturb"_s));
        QVERIFY(ccIs(u"Idle"_s, kDndCode));
        int throttled = 0;
        for (const QJsonValue &request : m_sim->requestsTo(u"^/v1\\.0/me/presence$"_s)) {
            throttled += request.toObject().value(u"status"_s).toInt() == 429 ? 1 : 0;
        }
        QCOMPARE(throttled, 2);

        // Every access token of Ana's expires (Graph's and the contact center's): the next read
        // is refused, the Teams token renewed with the refresh token, and the change follows.
        const qint64 since = lastSequence();
        QCOMPARE(control(u"/_sim/tokens/expire"_s, {{u"user"_s, kAna}, {u"kind"_s, u"access"_s}})
                         .status,
                 204);
        QVERIFY(setTeams(u"Available"_s, u"Available"_s));
        QVERIFY(ccIs(u"Available"_s));
        QCOMPARE(sync().lastOrigin(), Origin::Sync);
        bool graphRefreshed = false;
        for (const QJsonValue &request : m_sim->requestsTo(u"/oauth2/v2\\.0/token$"_s, since)) {
            graphRefreshed =
                    graphRefreshed || request.toObject().value(u"body"_s).toString().contains(
                                              u"grant_type=refresh_token"_s);
        }
        QVERIFY(graphRefreshed);
        bool refused = false;
        for (const QJsonValue &request : m_sim->requestsTo(u"^/v1\\.0/me/presence$"_s, since)) {
            refused = refused || request.toObject().value(u"status"_s).toInt() == 401;
        }
        QVERIFY(refused);
    }

    void login_applyAtLogin_teamsOverridesTheLoginState()
    {
        // Ana's profile: loginInheritance applyAtLogin. Teams shows Do not disturb at sign-in.
        QVERIFY(setTeams(u"DoNotDisturb"_s, u"DoNotDisturb"_s));
        QVERIFY(signIn());
        QVERIFY(ccIs(u"Idle"_s, kDndCode));
        QCOMPARE(sync().lastOrigin(), Origin::Sync);
        QCOMPARE(sync().reason(), u"from Teams: Do not disturb"_s);
    }

    void login_teamsUnmapped_leavesTheLoginState()
    {
        QVERIFY(signIn());
        const QString loginCode = state().current().idleCodeId;
        QVERIFY(!loginCode.isEmpty());
        QCOMPARE(sync().lastOrigin(), Origin::Login);
        QVERIFY(setTeams(u"Away"_s, u"Away"_s));
        QVERIFY(teamsRead(Core::Presence::Status::Away));
        QVERIFY(m_sim->requestsTo(kStatePath).isEmpty());
        QCOMPARE(ccCode(), loginCode);
    }

    void teamsDisconnectAndSignOut_stopTheSync()
    {
        QVERIFY(signIn());
        QSignalSpy running(&sync(), &Session::PresenceSyncController::runningChanged);
        m_session->teams().disconnect();
        QTRY_VERIFY(!sync().isRunning());
        QCOMPARE(running.size(), 1);
        QVERIFY(!sync().reader());

        // Teams again (Retry): the sync runs again; signing out stops it.
        m_session->teams().retry();
        QTRY_VERIFY_WITH_TIMEOUT(sync().isRunning(), 20'000);
        QSignalSpy signedOut(&state(), &Session::AgentStateController::signedOut);
        QVERIFY(state().signOut().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(signedOut.size(), 1, 10'000);
        QVERIFY(!sync().isRunning());
        QVERIFY(sync().reason().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPresenceSyncController)
#include "tst_presencesynccontroller.moc"
