// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The contact center's 202-then-event commands over loopback, through the real notification
// socket: station login with each device and each failure reason, state changes and their
// failures, a supervisor's change arriving unasked, logout and reload (also after a reconnect),
// and the tracker's own rules: one outcome per command, timeouts, REST failures, a second
// identical command refused while one is in flight.
#include "cctestkit.h"

#include <cc/agentstateevents.h>
#include <cc/commandtracker.h>
#include <cc/contactcenterclient.h>
#include <cc/notificationchannel.h>
#include <core/stationloginfailure.h>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace AgentDesk;
using Cc::CommandOutcome;
using Core::InteractionPreferences;
using Core::VoiceDevice;
using std::chrono::milliseconds;

namespace {

const QString kAna = u"ana.souza@contoso.example"_s;
const QString kKenji = u"kenji.tanaka@contoso.example"_s;
const QString kMarie = u"marie.dubois@contoso.example"_s;
const QString kLucia = u"lucia.garcia@contoso.example"_s;
const QString kAnaTeam = u"54c1d06a-d86a-5528-9fbd-6321c7f60289"_s;   // Atendimento Brasil
const QString kKenjiTeam = u"2607ed8b-186a-5594-9753-4e9c7d42bbe2"_s; // Tokyo support
const QString kMarieTeam = u"cdfd9e03-da4e-580c-a0f9-f57373675139"_s; // Service Client France
const QString kLuciaTeam = u"a170d005-9de1-5771-ba06-abefa48d4694"_s;
const QString kLunch = u"f6ceff3e-a573-4346-b52a-1e977fb11d68"_s;
const QString kMeeting = u"13fc685d-1d65-4c94-96f3-aaf4e2269517"_s;
const QString kCoaching = u"d9310981-e00f-408c-8f1c-419f59e805a9"_s; // not in Kenji's profile
const QString kRona = u"d8d90a70-0c49-593b-a67e-7ff70cebaead"_s;

InteractionPreferences preferences(std::optional<VoiceDevice> device, const QString &number,
                                   const QString &teamId)
{
    InteractionPreferences form;
    form.device = device;
    form.dialNumber = number;
    form.normalizedDialNumber = number;
    form.teamId = teamId;
    return form;
}

// One agent's desktop: token, notification channel, tracker and client, wired as the session
// wires them (every channel event goes to the tracker).
struct Desk
{
    Desk(Test::CcTestKit &kit, const QString &email)
        : tokens(kit.tokensFor(email))
        , channel(&kit.http(), kit.ccApi(), tokens.get(), Core::Clock::system(), options())
        , tracker(&kit.http())
        , client(&kit.http(), kit.ccApi(), tokens.get(), &tracker)
        , agentId(kit.agent(email).value(u"agentId"_s).toString())
    {
        QObject::connect(&channel, &Cc::NotificationChannel::eventReceived, &tracker,
                         &Cc::CommandTracker::handleEvent);
        QObject::connect(&channel, &Cc::NotificationChannel::eventReceived, &tracker,
                         [this](const Cc::CcEvent &event) { events.append(event); });
    }

    static Cc::NotificationChannel::Options options()
    {
        Cc::NotificationChannel::Options options;
        options.backoff =
                Cc::ReconnectBackoff{milliseconds(50), milliseconds(500), [] { return 0.0; }};
        return options;
    }

    bool open()
    {
        channel.open();
        return QTest::qWaitFor([this] { return channel.isOpen(); }, 10'000);
    }

    // Runs a command and waits for its outcome.
    template<typename Send>
    std::optional<CommandOutcome> run(Send send)
    {
        std::optional<CommandOutcome> outcome;
        QObject context;
        if (!send(&context, [&outcome](const CommandOutcome &o) { outcome = o; })) {
            return std::nullopt;
        }
        (void)QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 25'000);
        return outcome;
    }

    std::optional<CommandOutcome> login(const InteractionPreferences &form)
    {
        return run([&](QObject *context, auto done) {
            return client.stationLogin(form, agentId, context, done);
        });
    }
    std::optional<CommandOutcome> setState(const QString &auxCodeId)
    {
        return run([&](QObject *context, auto done) {
            return client.setState(auxCodeId, u"chosen by the agent"_s, context, done);
        });
    }

    std::unique_ptr<Test::FakeTokenProvider> tokens;
    Cc::NotificationChannel channel;
    Cc::CommandTracker tracker;
    Cc::ContactCenterClient client;
    QString agentId;
    QList<Cc::CcEvent> events;
};

QString describe(const std::optional<CommandOutcome> &outcome)
{
    if (!outcome) {
        return u"no outcome"_s;
    }
    return QString(CommandOutcome::kindName(outcome->kind()) + u' ' + outcome->reason() +
                   (outcome->error() ? QString(u' ' + outcome->error()->detail()) : QString()));
}

} // namespace

class TestCommandTracker final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::CcTestKit> m_kit;

    std::unique_ptr<Desk> openDesk(const QString &email)
    {
        auto desk = std::make_unique<Desk>(*m_kit, email);
        if (!desk->open()) {
            qWarning() << "the notification channel did not open for" << email;
            return nullptr;
        }
        return desk;
    }

    QJsonObject lastBody(const QString &pathPattern)
    {
        const QJsonArray calls = m_kit->sim().requestsTo(pathPattern);
        return calls.isEmpty() ? QJsonObject{} : Test::CcTestKit::loggedBody(calls.last());
    }

private Q_SLOTS:
    void init() { m_kit = std::make_unique<Test::CcTestKit>(); }
    void cleanup() { m_kit.reset(); }

    // --- station login ---------------------------------------------------------------------

    void stationLogin_eachDevice_succeedsWithTheSession_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<std::optional<VoiceDevice>>("device");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("teamId");
        QTest::addColumn<QString>("deviceType");
        QTest::addColumn<bool>("isExtension");
        QTest::newRow("desktop") << kAna << std::optional(VoiceDevice::Desktop) << QString()
                                 << kAnaTeam << u"BROWSER"_s << false;
        QTest::newRow("extension") << kAna << std::optional(VoiceDevice::Extension) << u"2101"_s
                                   << kAnaTeam << u"EXTENSION"_s << false;
        QTest::newRow("dial number") << kAna << std::optional(VoiceDevice::DialNumber)
                                     << u"+5511987654321"_s << kAnaTeam << u"AGENT_DN"_s << false;
        QTest::newRow("listed number only")
                << kKenji << std::optional(VoiceDevice::DialNumber) << u"+81312345678"_s
                << kKenjiTeam << u"AGENT_DN"_s << false;
        QTest::newRow("restricted default")
                << kLucia << std::optional(VoiceDevice::DialNumber) << u"+34912345678"_s
                << kLuciaTeam << u"AGENT_DN"_s << false;
        QTest::newRow("digital-only") << kMarie << std::optional<VoiceDevice>() << QString()
                                      << kMarieTeam << QString() << false;
    }
    void stationLogin_eachDevice_succeedsWithTheSession()
    {
        QFETCH(QString, email);
        QFETCH(std::optional<VoiceDevice>, device);
        QFETCH(QString, number);
        QFETCH(QString, teamId);
        QFETCH(QString, deviceType);

        auto desk = openDesk(email);
        QVERIFY(desk);
        const auto outcome = desk->login(preferences(device, number, teamId));
        QVERIFY2(outcome && outcome->kind() == CommandOutcome::Kind::Succeeded,
                 qPrintable(describe(outcome)));
        QCOMPARE(outcome->event()->name, u"AgentStationLoginSuccess"_s);
        QCOMPARE(outcome->event()->category, u"StationLogin"_s);
        // The event is ours: it carries the TrackingID the tracker sent.
        QVERIFY(outcome->event()->trackingId.startsWith(u"AgentDesk_"_s));

        const auto state = Cc::AgentStateEvents::read(*outcome->event());
        QVERIFY(state);
        QCOMPARE(state->kind, Cc::AgentStateEvent::Kind::StationLoggedIn);
        QCOMPARE(state->agentId, desk->agentId);
        QCOMPARE(state->teamId, teamId);
        QCOMPARE(state->deviceType, deviceType);
        QCOMPARE(state->availability, Cc::AgentStateEvent::Availability::Idle);
        QVERIFY(!state->auxCodeId.isEmpty());
        QVERIFY(!state->agentSessionId.isEmpty());
        QVERIFY(state->stateChangedAt.isValid());
        QVERIFY(!state->madeByOther());

        // What went over the wire, and what the contact center now believes.
        const QJsonObject body = lastBody(u"^/v1/agents/login$"_s);
        QCOMPARE(body.value(u"teamId"_s).toString(), teamId);
        QCOMPARE(body.value(u"roles"_s).toArray(), QJsonArray{u"agent"_s});
        QCOMPARE(body.value(u"deviceType"_s).toString(), deviceType);
        QCOMPARE(body.value(u"isExtension"_s).toBool(), device == VoiceDevice::Extension);
        const QJsonObject agent = m_kit->agent(email);
        QVERIFY(agent.value(u"loggedIn"_s).toBool());
        QCOMPARE(agent.value(u"teamId"_s).toString(), teamId);
        if (device == VoiceDevice::Desktop) {
            QCOMPARE(body.value(u"dialNumber"_s).toString(), desk->agentId);
            QCOMPARE(agent.value(u"deviceId"_s).toString(), u"webrtc-"_s + desk->agentId);
        } else if (device) {
            QCOMPARE(body.value(u"dialNumber"_s).toString(), number);
            QCOMPARE(agent.value(u"dialNumber"_s).toString(), number);
        }
    }

    void stationLogin_refused_failsWithTheServersReason_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<std::optional<VoiceDevice>>("device");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("teamId");
        QTest::addColumn<QString>("busy"); // a number made busy first
        QTest::addColumn<QString>("reason");
        QTest::newRow("number in use")
                << kAna << std::optional(VoiceDevice::DialNumber) << u"+5511987654321"_s << kAnaTeam
                << u"+55 11 98765-4321"_s << u"DUPLICATE_LOCATION"_s;
        QTest::newRow("extension in use")
                << kAna << std::optional(VoiceDevice::Extension) << u"2102"_s << kAnaTeam
                << u"2102"_s << u"DUPLICATE_LOCATION"_s;
        QTest::newRow("number no dial plan accepts")
                << kAna << std::optional(VoiceDevice::DialNumber) << u"12ab"_s << kAnaTeam
                << QString() << u"INVALID_DIAL_NUMBER"_s;
        QTest::newRow("not the restricted default")
                << kLucia << std::optional(VoiceDevice::DialNumber) << u"+34911111111"_s
                << kLuciaTeam << QString() << u"INVALID_DIAL_NUMBER"_s;
        QTest::newRow("unlisted number, no free entry")
                << kKenji << std::optional(VoiceDevice::DialNumber) << u"+81399999999"_s
                << kKenjiTeam << QString() << u"INVALID_DIAL_NUMBER"_s;
        QTest::newRow("device not in the profile")
                << kLucia << std::optional(VoiceDevice::Extension) << u"2101"_s << kLuciaTeam
                << QString() << u"DEVICE_TYPE_NOT_ALLOWED"_s;
        QTest::newRow("team not assigned")
                << kAna << std::optional(VoiceDevice::Desktop) << QString() << kMarieTeam
                << QString() << u"TEAM_NOT_ASSIGNED"_s;
    }
    void stationLogin_refused_failsWithTheServersReason()
    {
        QFETCH(QString, email);
        QFETCH(std::optional<VoiceDevice>, device);
        QFETCH(QString, number);
        QFETCH(QString, teamId);
        QFETCH(QString, busy);
        QFETCH(QString, reason);

        if (!busy.isEmpty()) {
            QCOMPARE(m_kit->control(u"/_sim/cc/busy-numbers"_s, {{u"numbers"_s, QJsonArray{busy}}}),
                     200);
        }
        auto desk = openDesk(email);
        QVERIFY(desk);
        const auto outcome = desk->login(preferences(device, number, teamId));
        QVERIFY2(outcome && outcome->kind() == CommandOutcome::Kind::Failed,
                 qPrintable(describe(outcome)));
        QCOMPARE(outcome->reason(), reason);
        QCOMPARE(outcome->event()->name, u"AgentStationLoginFailed"_s);
        const auto state = Cc::AgentStateEvents::read(*outcome->event());
        QVERIFY(state);
        QCOMPARE(state->kind, Cc::AgentStateEvent::Kind::StationLoginFailed);
        QCOMPARE(state->reason, reason);
        // Every reason the simulator sends has its own sentence for the agent.
        QVERIFY2(Core::StationLoginFailure::isKnown(reason), qPrintable(reason));
        QVERIFY(!m_kit->agent(email).value(u"loggedIn"_s).toBool());
    }

    void stationLogin_numberOfALoggedInColleague_isDuplicateLocation()
    {
        auto kenji = openDesk(kKenji);
        QVERIFY(kenji);
        const auto first =
                kenji->login(preferences(VoiceDevice::DialNumber, u"+81312345678"_s, kKenjiTeam));
        QVERIFY2(first && first->isSuccess(), qPrintable(describe(first)));

        auto ana = openDesk(kAna);
        QVERIFY(ana);
        const auto second =
                ana->login(preferences(VoiceDevice::DialNumber, u"+81 3 1234 5678"_s, kAnaTeam));
        QVERIFY2(second && second->kind() == CommandOutcome::Kind::Failed,
                 qPrintable(describe(second)));
        QCOMPARE(second->reason(), u"DUPLICATE_LOCATION"_s);
    }

    // --- agent state -----------------------------------------------------------------------

    void setState_idleCodeThenAvailable_succeedsAsTheAgentsOwnChange()
    {
        auto desk = openDesk(kAna);
        QVERIFY(desk);
        QVERIFY(desk->login(preferences(VoiceDevice::Desktop, {}, kAnaTeam))->isSuccess());

        const auto idle = desk->setState(kLunch);
        QVERIFY2(idle && idle->isSuccess(), qPrintable(describe(idle)));
        QCOMPARE(idle->event()->category, u"AgentStateChange"_s);
        const auto lunch = Cc::AgentStateEvents::read(*idle->event());
        QVERIFY(lunch);
        QCOMPARE(lunch->kind, Cc::AgentStateEvent::Kind::StateChanged);
        QCOMPARE(lunch->availability, Cc::AgentStateEvent::Availability::Idle);
        QCOMPARE(lunch->auxCodeId, kLunch);
        QCOMPARE(lunch->reason, u"chosen by the agent"_s);
        QVERIFY(!lunch->madeByOther());
        QCOMPARE(lastBody(u"^/v1/agents/session/state$"_s),
                 (QJsonObject{{u"state"_s, u"Idle"_s},
                              {u"auxCodeId"_s, kLunch},
                              {u"lastStateChangeReason"_s, u"chosen by the agent"_s}}));

        const auto available = desk->setState(QString());
        QVERIFY2(available && available->isSuccess(), qPrintable(describe(available)));
        const auto back = Cc::AgentStateEvents::read(*available->event());
        QVERIFY(back);
        QCOMPARE(back->availability, Cc::AgentStateEvent::Availability::Available);
        QVERIFY(back->auxCodeId.isEmpty());
        QCOMPARE(lastBody(u"^/v1/agents/session/state$"_s).value(u"auxCodeId"_s).toString(),
                 u"0"_s);
        QCOMPARE(m_kit->agent(kAna).value(u"state"_s).toString(), u"Available"_s);
    }

    void setState_refused_failsWithTheServersReason_data()
    {
        QTest::addColumn<bool>("loggedIn");
        QTest::addColumn<QString>("auxCodeId");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not logged in") << false << kLunch << u"AGENT_NOT_LOGGED_IN"_s;
        QTest::newRow("code not in the profile") << true << kCoaching << u"IDLE_CODE_NOT_ALLOWED"_s;
        QTest::newRow("system code") << true << kRona << u"IDLE_CODE_NOT_ALLOWED"_s;
        QTest::newRow("unknown code") << true << u"no-such-code"_s << u"INVALID_AUX_CODE"_s;
    }
    void setState_refused_failsWithTheServersReason()
    {
        QFETCH(bool, loggedIn);
        QFETCH(QString, auxCodeId);
        QFETCH(QString, reason);
        auto desk = openDesk(kKenji);
        QVERIFY(desk);
        if (loggedIn) {
            QVERIFY(desk->login(preferences(VoiceDevice::Extension, u"3105"_s, kKenjiTeam))
                            ->isSuccess());
        }
        const auto outcome = desk->setState(auxCodeId);
        QVERIFY2(outcome && outcome->kind() == CommandOutcome::Kind::Failed,
                 qPrintable(describe(outcome)));
        QCOMPARE(outcome->reason(), reason);
        const auto state = Cc::AgentStateEvents::read(*outcome->event());
        QVERIFY(state);
        QCOMPARE(state->kind, Cc::AgentStateEvent::Kind::StateChangeFailed);
        QCOMPARE(state->reason, reason);
    }

    void supervisorChange_arrivesUnasked_sayingWhoMadeIt_data()
    {
        QTest::addColumn<QJsonObject>("change");
        QTest::addColumn<QString>("auxCodeId");
        QTest::addColumn<QString>("changedBy");
        QTest::addColumn<QString>("changedByName");
        QTest::newRow("supervisor") << QJsonObject{{u"state"_s, u"Idle"_s},
                                                   {u"auxCodeId"_s, kMeeting},
                                                   {u"reason"_s, u"Team meeting"_s}}
                                    << kMeeting << u"supervisor"_s << u"Sofia Ribeiro"_s;
        QTest::newRow("RONA") << QJsonObject{{u"state"_s, u"Idle"_s}, {u"changedBy"_s, u"rona"_s}}
                              << kRona << u"rona"_s << QString();
    }
    void supervisorChange_arrivesUnasked_sayingWhoMadeIt()
    {
        QFETCH(QJsonObject, change);
        QFETCH(QString, auxCodeId);
        QFETCH(QString, changedBy);
        QFETCH(QString, changedByName);
        auto desk = openDesk(kAna);
        QVERIFY(desk);
        QVERIFY(desk->login(preferences(VoiceDevice::Desktop, {}, kAnaTeam))->isSuccess());
        QVERIFY(desk->setState(QString())->isSuccess());
        QSignalSpy finished(&desk->tracker, &Cc::CommandTracker::finished);
        desk->events.clear();

        change.insert(u"email"_s, kAna);
        QCOMPARE(m_kit->control(u"/_sim/cc/agents/state"_s, change), 200);
        QTRY_COMPARE(desk->events.size(), 1);
        const auto state = Cc::AgentStateEvents::read(desk->events.first());
        QVERIFY(state);
        QCOMPARE(state->kind, Cc::AgentStateEvent::Kind::StateChanged);
        QCOMPARE(state->availability, Cc::AgentStateEvent::Availability::Idle);
        QCOMPARE(state->auxCodeId, auxCodeId);
        QCOMPARE(state->changedBy, changedBy);
        QCOMPARE(state->changedByName, changedByName);
        QVERIFY(state->madeByOther());
        QCOMPARE(finished.size(), 0); // nobody asked: no command ends
    }

    void supervisorChange_whileOwnChangeInFlight_isNotTakenAsItsOutcome()
    {
        auto desk = openDesk(kAna);
        QVERIFY(desk);
        QVERIFY(desk->login(preferences(VoiceDevice::Desktop, {}, kAnaTeam))->isSuccess());
        // The agent's own change is slow to be accepted; a supervisor's lands meanwhile.
        QVERIFY(m_kit->sim().injectFault({{u"path"_s, u"^/v1/agents/session/state$"_s},
                                          {u"kind"_s, u"latency"_s},
                                          {u"latencyMs"_s, 400},
                                          {u"count"_s, 1}}) > 0);
        std::optional<CommandOutcome> outcome;
        QVERIFY(desk->client.setState(kLunch, u"lunch"_s, this,
                                      [&outcome](const CommandOutcome &o) { outcome = o; }));
        QCOMPARE(m_kit->control(
                         u"/_sim/cc/agents/state"_s,
                         {{u"email"_s, kAna}, {u"state"_s, u"Idle"_s}, {u"auxCodeId"_s, kMeeting}}),
                 200);
        QTRY_VERIFY(outcome.has_value());
        QVERIFY2(outcome->isSuccess(), qPrintable(describe(outcome)));
        // The outcome is the agent's own event, not the supervisor's that came first.
        QCOMPARE(Cc::AgentStateEvents::read(*outcome->event())->auxCodeId, kLunch);
        QCOMPARE(outcome->event()->data.value(u"changedBy"_s).toString(), u"self"_s);
        const auto supervisors = std::count_if(
                desk->events.cbegin(), desk->events.cend(), [](const Cc::CcEvent &event) {
                    return event.data.value(u"changedBy"_s).toString() == u"supervisor"_s;
                });
        QCOMPARE(supervisors, 1);
    }

    // --- logout and reload -----------------------------------------------------------------

    void logoutAndReload_notLoggedIn_failWithTheReason()
    {
        auto desk = openDesk(kAna);
        QVERIFY(desk);
        const auto reload =
                desk->run([&](QObject *c, auto done) { return desk->client.reload(c, done); });
        QVERIFY2(reload && reload->kind() == CommandOutcome::Kind::Failed,
                 qPrintable(describe(reload)));
        QCOMPARE(reload->event()->name, u"AgentReloginFailed"_s);
        QCOMPARE(reload->reason(), u"AGENT_NOT_LOGGED_IN"_s);
        const auto logout = desk->run([&](QObject *c, auto done) {
            return desk->client.logout(u"User requested logout"_s, c, done);
        });
        QVERIFY2(logout && logout->kind() == CommandOutcome::Kind::Failed,
                 qPrintable(describe(logout)));
        QCOMPARE(logout->event()->name, u"AgentLogoutFailed"_s);
        QCOMPARE(logout->reason(), u"AGENT_NOT_LOGGED_IN"_s);
        QCOMPARE(Cc::AgentStateEvents::read(*logout->event())->kind,
                 Cc::AgentStateEvent::Kind::LogoutFailed);
    }

    void reloadThenLogout_loggedIn_succeed()
    {
        auto desk = openDesk(kAna);
        QVERIFY(desk);
        QVERIFY(desk->login(preferences(VoiceDevice::Extension, u"2101"_s, kAnaTeam))->isSuccess());
        QVERIFY(desk->setState(kLunch)->isSuccess());

        const auto reload =
                desk->run([&](QObject *c, auto done) { return desk->client.reload(c, done); });
        QVERIFY2(reload && reload->isSuccess(), qPrintable(describe(reload)));
        const auto state = Cc::AgentStateEvents::read(*reload->event());
        QVERIFY(state);
        QCOMPARE(state->kind, Cc::AgentStateEvent::Kind::Relogged);
        QCOMPARE(state->auxCodeId, kLunch); // the state is restored as it was
        QCOMPARE(state->dialNumber, u"2101"_s);
        QCOMPARE(state->teamId, kAnaTeam);

        const auto logout = desk->run([&](QObject *c, auto done) {
            return desk->client.logout(u"User requested logout"_s, c, done);
        });
        QVERIFY2(logout && logout->isSuccess(), qPrintable(describe(logout)));
        const auto out = Cc::AgentStateEvents::read(*logout->event());
        QCOMPARE(out->kind, Cc::AgentStateEvent::Kind::LoggedOut);
        QCOMPARE(out->reason, u"User requested logout"_s);
        QCOMPARE(lastBody(u"^/v1/agents/logout$"_s),
                 (QJsonObject{{u"logoutReason"_s, u"User requested logout"_s}}));
        QVERIFY(!m_kit->agent(kAna).value(u"loggedIn"_s).toBool());
    }

    void reload_afterReconnect_restoresTheState()
    {
        auto desk = openDesk(kAna);
        QVERIFY(desk);
        QVERIFY(desk->login(preferences(VoiceDevice::Desktop, {}, kAnaTeam))->isSuccess());
        QVERIFY(desk->setState(kLunch)->isSuccess());
        // What the session does on connectionRestored: reload.
        std::optional<CommandOutcome> reloaded;
        connect(&desk->channel, &Cc::NotificationChannel::connectionRestored, this, [&] {
            desk->client.reload(this, [&reloaded](const CommandOutcome &o) { reloaded = o; });
        });
        QCOMPARE(m_kit->control(u"/_sim/cc/drop-sockets"_s, {{u"email"_s, kAna}}), 200);
        QTRY_VERIFY_WITH_TIMEOUT(reloaded.has_value(), 10'000);
        QVERIFY2(reloaded->isSuccess(), qPrintable(describe(reloaded)));
        const auto state = Cc::AgentStateEvents::read(*reloaded->event());
        QCOMPARE(state->availability, Cc::AgentStateEvent::Availability::Idle);
        QCOMPARE(state->auxCodeId, kLunch);
    }

    // --- the tracker's own rules -----------------------------------------------------------

    void command_noEventEver_timesOutOnce()
    {
        // No channel: the event goes nowhere, as when the socket is down.
        auto tokens = m_kit->tokensFor(kAna);
        Cc::CommandTracker tracker(&m_kit->http());
        tracker.setTimeout(milliseconds(300));
        Cc::ContactCenterClient client(&m_kit->http(), m_kit->ccApi(), tokens.get(), &tracker);
        QSignalSpy finished(&tracker, &Cc::CommandTracker::finished);
        int calls = 0;
        std::optional<CommandOutcome> outcome;
        QVERIFY(client.reload(this, [&](const CommandOutcome &o) {
            ++calls;
            outcome = o;
        }));
        QVERIFY(tracker.isPending(Cc::AgentCommands::reloadKey()));
        QTRY_COMPARE(calls, 1);
        QCOMPARE(outcome->kind(), CommandOutcome::Kind::TimedOut);
        QVERIFY(!outcome->event());
        QVERIFY(!tracker.isPending(Cc::AgentCommands::reloadKey()));
        QTest::qWait(300);
        QCOMPARE(calls, 1);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toString(), Cc::AgentCommands::reloadKey());
        // The 202 did come: the request was sent once.
        QCOMPARE(m_kit->sim().requestsTo(u"^/v1/agents/reload$"_s).size(), 1);
        QCOMPARE(m_kit->sim()
                         .requestsTo(u"^/v1/agents/reload$"_s)
                         .at(0)
                         .toObject()
                         .value(u"status"_s)
                         .toInt(),
                 202);
    }

    void command_eventAfterTimeout_isIgnored()
    {
        auto desk = openDesk(kAna);
        QVERIFY(desk);
        desk->tracker.setTimeout(milliseconds(150));
        QVERIFY(m_kit->sim().injectFault({{u"path"_s, u"^/v1/agents/reload$"_s},
                                          {u"kind"_s, u"latency"_s},
                                          {u"latencyMs"_s, 400},
                                          {u"count"_s, 1}}) > 0);
        QSignalSpy finished(&desk->tracker, &Cc::CommandTracker::finished);
        const auto outcome =
                desk->run([&](QObject *c, auto done) { return desk->client.reload(c, done); });
        QCOMPARE(outcome->kind(), CommandOutcome::Kind::TimedOut);
        // The late event arrives and changes nothing.
        QTRY_VERIFY(
                std::any_of(desk->events.cbegin(), desk->events.cend(), [](const Cc::CcEvent &e) {
                    return e.name == u"AgentReloginFailed"_s;
                }));
        QCOMPARE(finished.size(), 1);
    }

    void command_restCallFails_isRejectedAtOnce_data()
    {
        QTest::addColumn<bool>("badToken");
        QTest::addColumn<int>("faultStatus");
        QTest::addColumn<int>("status");
        QTest::addColumn<Net::ApiError::Kind>("kind");
        QTest::newRow("401") << true << 0 << 401 << Net::ApiError::Kind::Unauthorized;
        QTest::newRow("500") << false << 500 << 500 << Net::ApiError::Kind::Http;
        QTest::newRow("400") << false << 400 << 400 << Net::ApiError::Kind::Http;
    }
    void command_restCallFails_isRejectedAtOnce()
    {
        QFETCH(bool, badToken);
        QFETCH(int, faultStatus);
        QFETCH(int, status);
        QFETCH(Net::ApiError::Kind, kind);
        auto desk = openDesk(kAna);
        QVERIFY(desk);
        if (faultStatus != 0) {
            QVERIFY(m_kit->sim().injectFault({{u"path"_s, u"^/v1/agents/"_s},
                                              {u"kind"_s, u"status"_s},
                                              {u"status"_s, faultStatus},
                                              {u"count"_s, 1}}) > 0);
        }
        Test::FakeTokenProvider bad(u"expired-token"_s);
        Cc::ContactCenterClient client(&m_kit->http(), m_kit->ccApi(),
                                       badToken ? static_cast<Net::TokenProvider *>(&bad)
                                                : desk->tokens.get(),
                                       &desk->tracker);
        QElapsedTimer elapsed;
        elapsed.start();
        const auto outcome = desk->run(
                [&](QObject *c, auto done) { return client.setState(kLunch, {}, c, done); });
        QVERIFY2(outcome && outcome->kind() == CommandOutcome::Kind::Rejected,
                 qPrintable(describe(outcome)));
        QVERIFY(outcome->error());
        QCOMPARE(outcome->error()->kind(), kind);
        QCOMPARE(outcome->error()->httpStatus(), status);
        QVERIFY(elapsed.elapsed() < 5'000); // not the 20 s timeout
        QVERIFY(!desk->tracker.isPending(Cc::AgentCommands::stateKey()));
    }

    void command_secondIdenticalWhileInFlight_isRefused()
    {
        auto desk = openDesk(kAna);
        QVERIFY(desk);
        QVERIFY(m_kit->sim().injectFault({{u"path"_s, u"^/v1/agents/reload$"_s},
                                          {u"kind"_s, u"latency"_s},
                                          {u"latencyMs"_s, 300},
                                          {u"count"_s, 1}}) > 0);
        int firstCalls = 0;
        int secondCalls = 0;
        QVERIFY(desk->client.reload(this, [&firstCalls](const CommandOutcome &) { ++firstCalls; }));
        // The second click does nothing: not sent, nothing delivered.
        QVERIFY(!desk->client.reload(this,
                                     [&secondCalls](const CommandOutcome &) { ++secondCalls; }));
        // Another kind of command is not held up by it.
        std::optional<CommandOutcome> logout;
        QVERIFY(desk->client.logout(u"User requested logout"_s, this,
                                    [&logout](const CommandOutcome &o) { logout = o; }));
        QTRY_COMPARE(firstCalls, 1);
        QTRY_VERIFY(logout.has_value());
        QCOMPARE(logout->event()->name, u"AgentLogoutFailed"_s);
        QTest::qWait(200);
        QCOMPARE(secondCalls, 0);
        QCOMPARE(m_kit->sim().requestsTo(u"^/v1/agents/reload$"_s).size(), 1);
        // Once it has ended, the same command may be sent again.
        QVERIFY(desk->client.reload(this, [&firstCalls](const CommandOutcome &) { ++firstCalls; }));
        QTRY_COMPARE(firstCalls, 2);
    }

    void command_eventBeforeTheAccept_stillEndsIt()
    {
        auto desk = openDesk(kAna);
        QVERIFY(desk);
        QVERIFY(m_kit->sim().injectFault({{u"path"_s, u"^/v1/agents/reload$"_s},
                                          {u"kind"_s, u"latency"_s},
                                          {u"latencyMs"_s, 5'000},
                                          {u"count"_s, 1}}) > 0);
        std::optional<CommandOutcome> outcome;
        QVERIFY(desk->client.reload(this, [&outcome](const CommandOutcome &o) { outcome = o; }));
        const QString ours = desk->tracker.trackingId(Cc::AgentCommands::reloadKey());
        QVERIFY(ours.startsWith(u"AgentDesk_"_s));
        // The socket is faster than the HTTP answer.
        QCOMPARE(m_kit->control(u"/_sim/cc/events"_s,
                                {{u"email"_s, kAna},
                                 {u"category"_s, u"AgentReloginSuccess"_s},
                                 {u"data"_s, QJsonObject{{u"type"_s, u"AgentReloginSuccess"_s},
                                                         {u"trackingId"_s, ours},
                                                         {u"subStatus"_s, u"Available"_s}}}}),
                 200);
        // Well before the 202, which the simulator holds back for 5 s.
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 4'000);
        QVERIFY2(outcome->isSuccess(), qPrintable(describe(outcome)));
        QCOMPARE(outcome->event()->trackingId, ours);
    }

    void command_serverAnswersItsOwnTrackingId_eventsCarryingItEndIt()
    {
        auto desk = openDesk(kAna);
        QVERIFY(desk);
        QVERIFY(m_kit->sim().injectFault({{u"path"_s, u"^/v1/agents/reload$"_s},
                                          {u"kind"_s, u"status"_s},
                                          {u"status"_s, 202},
                                          {u"body"_s, u"{\"trackingId\":\"server-issued-1\"}"_s},
                                          {u"count"_s, 1}}) > 0);
        std::optional<CommandOutcome> outcome;
        QVERIFY(desk->client.reload(this, [&outcome](const CommandOutcome &o) { outcome = o; }));
        QTRY_COMPARE(m_kit->sim().requestsTo(u"^/v1/agents/reload$"_s).size(), 1);
        QTest::qWait(100); // the 202 is in
        // Someone else's event of the same name does not end it; the server's id does.
        for (const QString &id : {u"someone-else"_s, u"server-issued-1"_s}) {
            QCOMPARE(m_kit->control(u"/_sim/cc/events"_s,
                                    {{u"email"_s, kAna},
                                     {u"category"_s, u"AgentReloginFailed"_s},
                                     {u"data"_s, QJsonObject{{u"type"_s, u"AgentReloginFailed"_s},
                                                             {u"trackingId"_s, id},
                                                             {u"reason"_s, id}}}}),
                     200);
        }
        QTRY_VERIFY(outcome.has_value());
        QCOMPARE(outcome->kind(), CommandOutcome::Kind::Failed);
        QCOMPARE(outcome->reason(), u"server-issued-1"_s);
    }

    void command_contextGone_noCallbackButFinishedSignal()
    {
        auto desk = openDesk(kAna);
        QVERIFY(desk);
        QSignalSpy finished(&desk->tracker, &Cc::CommandTracker::finished);
        bool called = false;
        {
            QObject context;
            QVERIFY(desk->client.reload(&context,
                                        [&called](const CommandOutcome &) { called = true; }));
        }
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(!called);
        QCOMPARE(finished.at(0).at(1).value<CommandOutcome>().kind(), CommandOutcome::Kind::Failed);
    }
};

QTEST_GUILESS_MAIN(TestCommandTracker)
#include "tst_commandtracker.moc"
