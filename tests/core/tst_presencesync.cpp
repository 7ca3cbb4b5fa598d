// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Core::PresenceSync: the decision table over every (trigger × last-change origin × agent state
// × Teams presence × call state × login inheritance) case, checked against the rules of issue 7
// written out one by one below; named rows that spell single cases out; and sequences through
// the running session (enter/leave, the chain ending and resuming, customer calls, login
// inheritance, our own call presence echoing back).
#include <core/presencesync.h>

#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace AgentDesk::Core;

using Sync = PresenceSync;
using Origin = PresenceSync::Origin;
using Trigger = PresenceSync::Trigger;
using TeamsState = PresenceSync::TeamsState;
using CallActivity = PresenceSync::CallActivity;
using Action = PresenceSync::Decision::Action;
using Inheritance = PresenceSync::LoginInheritance;

Q_DECLARE_METATYPE(AgentDesk::Core::PresenceSync::Origin)
Q_DECLARE_METATYPE(AgentDesk::Core::PresenceSync::Trigger)
Q_DECLARE_METATYPE(AgentDesk::Core::PresenceSync::TeamsState)
Q_DECLARE_METATYPE(AgentDesk::Core::PresenceSync::CallActivity)
Q_DECLARE_METATYPE(AgentDesk::Core::PresenceSync::Decision::Action)
Q_DECLARE_METATYPE(AgentDesk::Core::PresenceSync::LoginInheritance)
Q_DECLARE_METATYPE(AgentDesk::Core::CallState)
Q_DECLARE_METATYPE(AgentDesk::Core::Presence)
Q_DECLARE_METATYPE(AgentDesk::Core::PresenceSync::AgentState)

namespace {

const QString Dnd = u"code-dnd"_s;
const QString InCall = u"code-call"_s;
const QString Present = u"code-presenting"_s;
const QString Lunch = u"code-lunch"_s;

Sync::Settings settings(Inheritance inheritance = Inheritance::None)
{
    Sync::Settings s;
    s.enabled = true;
    s.doNotDisturbIdleCodeId = Dnd;
    s.inACallIdleCodeId = InCall;
    s.presentingIdleCodeId = Present;
    s.loginInheritance = inheritance;
    return s;
}

Presence teams(const QString &availability, const QString &activity)
{
    return Presence::fromGraph(availability, activity);
}

// The Teams presences of the table, each with the idle code it maps to under the full mapping
// (empty: unmapped) and whether it is readable at all.
struct TeamsRow
{
    QString name;
    Presence presence;
    bool known;
    QString code;
};

const QList<TeamsRow> &teamsRows()
{
    static const QList<TeamsRow> rows{
            {u"nothing read"_s, Presence(), false, {}},
            {u"PresenceUnknown"_s, teams(u"PresenceUnknown"_s, u"PresenceUnknown"_s), false, {}},
            {u"Available"_s, teams(u"Available"_s, u"Available"_s), true, {}},
            {u"Busy"_s, teams(u"Busy"_s, u"Busy"_s), true, {}},
            {u"InAMeeting"_s, teams(u"Busy"_s, u"InAMeeting"_s), true, {}},
            {u"Away"_s, teams(u"Away"_s, u"Away"_s), true, {}},
            {u"Offline"_s, teams(u"Offline"_s, u"OffWork"_s), true, {}},
            {u"DoNotDisturb"_s, teams(u"DoNotDisturb"_s, u"DoNotDisturb"_s), true, Dnd},
            {u"Focusing"_s, teams(u"DoNotDisturb"_s, u"Focusing"_s), true, Dnd},
            {u"InACall"_s, teams(u"Busy"_s, u"InACall"_s), true, InCall},
            {u"InAConferenceCall"_s, teams(u"Busy"_s, u"InAConferenceCall"_s), true, InCall},
            {u"Presenting"_s, teams(u"DoNotDisturb"_s, u"Presenting"_s), true, Present},
            {u"camelCase inACall"_s, teams(u"inACall"_s, u"inACall"_s), true, InCall},
    };
    return rows;
}

struct AgentRow
{
    QString name;
    bool available;
    QString code;
};

const QList<AgentRow> agentRows{{u"Available"_s, true, {}},
                                {u"idle DND code"_s, false, Dnd},
                                {u"idle Presenting code"_s, false, Present},
                                {u"idle Lunch"_s, false, Lunch}};

const QList<Origin> allOrigins{Origin::Login,      Origin::Sync, Origin::Agent,
                               Origin::Supervisor, Origin::Rona, Origin::Other};
const QList<Inheritance> allInheritances{Inheritance::None, Inheritance::ApplyAtLogin,
                                         Inheritance::AlwaysOverride};
const QList<Trigger> allTriggers{Trigger::TeamsChanged, Trigger::StateChanged};

QString inheritanceName(Inheritance inheritance)
{
    switch (inheritance) {
    case Inheritance::None:
        return u"none"_s;
    case Inheritance::ApplyAtLogin:
        return u"applyAtLogin"_s;
    case Inheritance::AlwaysOverride:
        return u"alwaysOverride"_s;
    }
    return {};
}

struct Expected
{
    Action action = Action::None;
    QString code;
};

// The issue's rules, one at a time, the first that speaks wins.
Expected expectedDecision(Trigger trigger, Origin origin, const AgentRow &agent,
                          const TeamsRow &row, CallState call, Inheritance inheritance)
{
    // Never while a customer call is offered, on, or being wrapped up.
    const bool callGoing = call != CallState::Idle && call != CallState::Closed;
    if (callGoing) {
        return {};
    }
    // Nothing known of Teams: nothing to follow.
    if (!row.known) {
        return {};
    }
    const bool mapped = !row.code.isEmpty();
    // Already in the idle code Teams asks for.
    if (mapped && !agent.available && agent.code == row.code) {
        return {};
    }
    // The sync's own state, and every Teams change, follow Teams as it is now.
    const bool followsTeams = trigger == Trigger::TeamsChanged || origin == Origin::Sync;
    if (followsTeams) {
        // Entering a mapped state: within the chain (the sync's own state, or Available), from
        // the untouched login state when the login inherits, or always with alwaysOverride.
        const bool chain = origin == Origin::Sync || agent.available;
        const bool loginYields = origin == Origin::Login && inheritance != Inheritance::None;
        if (mapped && (chain || loginYields || inheritance == Inheritance::AlwaysOverride)) {
            return {Action::SetIdleCode, row.code};
        }
        // Leaving: back to Available, only from an idle code the sync set.
        if (!mapped && origin == Origin::Sync && !agent.available) {
            return {Action::SetAvailable, {}};
        }
        return {};
    }
    // A state change by someone else: the login state yields to a mapped Teams state when the
    // profile inherits; any other change only with alwaysOverride.
    if (mapped && origin == Origin::Login && inheritance != Inheritance::None) {
        return {Action::SetIdleCode, row.code};
    }
    if (mapped && origin != Origin::Login && inheritance == Inheritance::AlwaysOverride) {
        return {Action::SetIdleCode, row.code};
    }
    return {};
}

Sync::AgentState agent(bool available, const QString &code, Origin origin)
{
    return {available, available ? QString() : code, origin};
}

Sync::AgentState availableBy(Origin origin)
{
    return agent(true, {}, origin);
}

Sync::AgentState idleBy(const QString &code, Origin origin)
{
    return agent(false, code, origin);
}

// A translator that marks every string with its context, to see that reasons are translated
// in PresenceSync's context.
class MarkingTranslator final : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char * = nullptr,
                      int = -1) const override
    {
        return u"[%1] %2"_s.arg(QLatin1StringView(context), QLatin1StringView(sourceText));
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestPresenceSync final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // --- the table ----------------------------------------------------------------------------

    void decide_everyCase_followsTheIssueRules_data()
    {
        QTest::addColumn<Trigger>("trigger");
        QTest::addColumn<Origin>("origin");
        QTest::addColumn<bool>("available");
        QTest::addColumn<QString>("agentCode");
        QTest::addColumn<Presence>("presence");
        QTest::addColumn<CallState>("call");
        QTest::addColumn<Inheritance>("inheritance");
        QTest::addColumn<Action>("action");
        QTest::addColumn<QString>("code");

        int rows = 0;
        for (const Trigger trigger : allTriggers) {
            for (const Origin origin : allOrigins) {
                for (const AgentRow &agentRow : agentRows) {
                    for (const TeamsRow &teamsRow : teamsRows()) {
                        for (const CallState call : AllCallStates) {
                            for (const Inheritance inheritance : allInheritances) {
                                const Expected expected = expectedDecision(
                                        trigger, origin, agentRow, teamsRow, call, inheritance);
                                const QString name = u"%1|by %2|%3|teams %4|call %5|%6"_s.arg(
                                        trigger == Trigger::TeamsChanged ? u"teams changed"_s
                                                                         : u"state changed"_s,
                                        Sync::originName(origin), agentRow.name, teamsRow.name,
                                        callStateName(call), inheritanceName(inheritance));
                                QTest::newRow(qPrintable(name))
                                        << trigger << origin << agentRow.available << agentRow.code
                                        << teamsRow.presence << call << inheritance
                                        << expected.action << expected.code;
                                ++rows;
                            }
                        }
                    }
                }
            }
        }
        QCOMPARE(rows, 2 * 6 * 4 * 13 * 11 * 3);
    }
    void decide_everyCase_followsTheIssueRules()
    {
        QFETCH(Trigger, trigger);
        QFETCH(Origin, origin);
        QFETCH(bool, available);
        QFETCH(QString, agentCode);
        QFETCH(Presence, presence);
        QFETCH(CallState, call);
        QFETCH(Inheritance, inheritance);
        QFETCH(Action, action);
        QFETCH(QString, code);

        const Sync::Situation situation{trigger, presence, agent(available, agentCode, origin),
                                        Sync::callActivity(call)};
        const Sync::Decision decision = Sync::decide(settings(inheritance), situation);
        QCOMPARE(Sync::actionName(decision.action), Sync::actionName(action));
        QCOMPARE(decision.idleCodeId, code);
    }

    void decide_syncDisabled_neverActs()
    {
        Sync::Settings off = settings(Inheritance::AlwaysOverride);
        off.enabled = false;
        int cases = 0;
        for (const Trigger trigger : allTriggers) {
            for (const Origin origin : allOrigins) {
                for (const AgentRow &agentRow : agentRows) {
                    for (const TeamsRow &teamsRow : teamsRows()) {
                        const Sync::Situation situation{
                                trigger, teamsRow.presence,
                                agent(agentRow.available, agentRow.code, origin),
                                CallActivity::None};
                        QVERIFY(Sync::decide(off, situation).isNone());
                        ++cases;
                    }
                }
            }
        }
        QCOMPARE(cases, 2 * 6 * 4 * 13);
    }

    // The issue's sentences as single cases, independent of the generated table.
    void decide_namedCases_data()
    {
        QTest::addColumn<Inheritance>("inheritance");
        QTest::addColumn<Trigger>("trigger");
        QTest::addColumn<Sync::AgentState>("state");
        QTest::addColumn<Presence>("presence");
        QTest::addColumn<CallActivity>("call");
        QTest::addColumn<Action>("action");
        QTest::addColumn<QString>("code");

        const Presence dnd = teams(u"DoNotDisturb"_s, u"DoNotDisturb"_s);
        const Presence presenting = teams(u"DoNotDisturb"_s, u"Presenting"_s);
        const Presence inCall = teams(u"Busy"_s, u"InACall"_s);
        const Presence avail = teams(u"Available"_s, u"Available"_s);
        const Presence busy = teams(u"Busy"_s, u"Busy"_s);
        const auto I = Inheritance::None;
        const auto T = Trigger::TeamsChanged;
        const auto S = Trigger::StateChanged;
        const auto none = CallActivity::None;

        QTest::newRow("Available, Teams enters DND: DND code")
                << I << T << availableBy(Origin::Agent) << dnd << none << Action::SetIdleCode
                << Dnd;
        QTest::newRow("sync's DND code, Teams leaves to Available: Available")
                << I << T << idleBy(Dnd, Origin::Sync) << avail << none << Action::SetAvailable
                << QString();
        QTest::newRow("sync's DND code, Teams leaves to Busy: Available")
                << I << T << idleBy(Dnd, Origin::Sync) << busy << none << Action::SetAvailable
                << QString();
        QTest::newRow("sync's DND code, Teams starts presenting: Presenting code")
                << I << T << idleBy(Dnd, Origin::Sync) << presenting << none << Action::SetIdleCode
                << Present;
        QTest::newRow("agent's Lunch, Teams enters DND: chain ended")
                << I << T << idleBy(Lunch, Origin::Agent) << dnd << none << Action::None
                << QString();
        QTest::newRow("supervisor's DND code, Teams leaves: not the sync's to undo")
                << I << T << idleBy(Dnd, Origin::Supervisor) << avail << none << Action::None
                << QString();
        QTest::newRow("RONA's code, Teams enters a call: chain ended")
                << I << T << idleBy(Lunch, Origin::Rona) << inCall << none << Action::None
                << QString();
        QTest::newRow("made Available by the supervisor, Teams enters a call: chain runs")
                << I << T << availableBy(Origin::Supervisor) << inCall << none
                << Action::SetIdleCode << InCall;
        QTest::newRow("agent makes themselves Available while Teams is DND: stays Available")
                << I << S << availableBy(Origin::Agent) << dnd << none << Action::None << QString();
        QTest::newRow("customer call: nothing")
                << I << T << availableBy(Origin::Agent) << dnd << CallActivity::Active
                << Action::None << QString();
        QTest::newRow("wrap-up: nothing") << I << T << idleBy(Dnd, Origin::Sync) << avail
                                          << CallActivity::WrappingUp << Action::None << QString();
        QTest::newRow("none: login state with Teams DND stays")
                << I << S << idleBy(Lunch, Origin::Login) << dnd << none << Action::None
                << QString();
        QTest::newRow("applyAtLogin: login state yields to Teams DND")
                << Inheritance::ApplyAtLogin << S << idleBy(Lunch, Origin::Login) << dnd << none
                << Action::SetIdleCode << Dnd;
        QTest::newRow("applyAtLogin: Teams Available at login leaves the login state")
                << Inheritance::ApplyAtLogin << S << idleBy(Lunch, Origin::Login) << avail << none
                << Action::None << QString();
        QTest::newRow("applyAtLogin: a later change by the agent is not overridden")
                << Inheritance::ApplyAtLogin << S << availableBy(Origin::Agent) << dnd << none
                << Action::None << QString();
        QTest::newRow("alwaysOverride: the agent's Available is overridden by Teams DND")
                << Inheritance::AlwaysOverride << S << availableBy(Origin::Agent) << dnd << none
                << Action::SetIdleCode << Dnd;
        QTest::newRow("alwaysOverride: RONA's code is overridden by a Teams call")
                << Inheritance::AlwaysOverride << S << idleBy(Lunch, Origin::Rona) << inCall << none
                << Action::SetIdleCode << InCall;
        QTest::newRow("alwaysOverride: leaving never undoes the supervisor's code")
                << Inheritance::AlwaysOverride << T << idleBy(Lunch, Origin::Supervisor) << avail
                << none << Action::None << QString();
        QTest::newRow("alwaysOverride: not during a call")
                << Inheritance::AlwaysOverride << S << availableBy(Origin::Agent) << dnd
                << CallActivity::Active << Action::None << QString();
    }
    void decide_namedCases()
    {
        QFETCH(Inheritance, inheritance);
        QFETCH(Trigger, trigger);
        QFETCH(Sync::AgentState, state);
        QFETCH(Presence, presence);
        QFETCH(CallActivity, call);
        QFETCH(Action, action);
        QFETCH(QString, code);

        const Sync::Decision decision =
                Sync::decide(settings(inheritance), {trigger, presence, state, call});
        QCOMPARE(Sync::actionName(decision.action), Sync::actionName(action));
        QCOMPARE(decision.idleCodeId, code);
    }

    // --- reading Teams ------------------------------------------------------------------------

    void teamsState_graphValues_mostSpecificFirst_data()
    {
        QTest::addColumn<QString>("availability");
        QTest::addColumn<QString>("activity");
        QTest::addColumn<TeamsState>("state");

        QTest::newRow("nothing") << QString() << QString() << TeamsState::Unknown;
        QTest::newRow("PresenceUnknown")
                << u"PresenceUnknown"_s << u"PresenceUnknown"_s << TeamsState::Unknown;
        QTest::newRow("Available") << u"Available"_s << u"Available"_s << TeamsState::Unmapped;
        QTest::newRow("Busy") << u"Busy"_s << u"Busy"_s << TeamsState::Unmapped;
        QTest::newRow("InAMeeting") << u"Busy"_s << u"InAMeeting"_s << TeamsState::Unmapped;
        QTest::newRow("Offline") << u"Offline"_s << u"Offline"_s << TeamsState::Unmapped;
        QTest::newRow("DND") << u"DoNotDisturb"_s << u"DoNotDisturb"_s << TeamsState::DoNotDisturb;
        QTest::newRow("Focusing") << u"DoNotDisturb"_s << u"Focusing"_s << TeamsState::DoNotDisturb;
        QTest::newRow("urgent only")
                << u"DoNotDisturb"_s << u"UrgentInterruptionsOnly"_s << TeamsState::DoNotDisturb;
        QTest::newRow("InACall") << u"Busy"_s << u"InACall"_s << TeamsState::InACall;
        QTest::newRow("InAConferenceCall")
                << u"Busy"_s << u"InAConferenceCall"_s << TeamsState::InAConferenceCall;
        QTest::newRow("Presenting (as Teams shows it)")
                << u"DoNotDisturb"_s << u"Presenting"_s << TeamsState::Presenting;
        QTest::newRow("camelCase presenting availability")
                << u"presenting"_s << u"presenting"_s << TeamsState::Presenting;
        QTest::newRow("camelCase inACall availability")
                << u"inACall"_s << u"inACall"_s << TeamsState::InACall;
        QTest::newRow("upper case")
                << u"DONOTDISTURB"_s << u"DONOTDISTURB"_s << TeamsState::DoNotDisturb;
        QTest::newRow("DND out of office")
                << u"DoNotDisturb"_s << u"OutOfOffice"_s << TeamsState::DoNotDisturb;
    }
    void teamsState_graphValues_mostSpecificFirst()
    {
        QFETCH(QString, availability);
        QFETCH(QString, activity);
        QFETCH(TeamsState, state);
        QCOMPARE(Sync::teamsStateName(Sync::teamsState(teams(availability, activity))),
                 Sync::teamsStateName(state));
    }

    void mappedTeamsState_specificStateWithoutCode_fallsBackToTheNextOne()
    {
        Sync::Settings s = settings();
        s.presentingIdleCodeId.clear();
        const Presence presenting = teams(u"DoNotDisturb"_s, u"Presenting"_s);
        QCOMPARE(Sync::mappedTeamsState(presenting, s), TeamsState::DoNotDisturb);
        const Sync::Decision decision = Sync::decide(
                s, {Trigger::TeamsChanged, presenting, availableBy(Origin::Agent), {}});
        QCOMPARE(decision.action, Action::SetIdleCode);
        QCOMPARE(decision.idleCodeId, Dnd);

        s.doNotDisturbIdleCodeId.clear();
        QCOMPARE(Sync::mappedTeamsState(presenting, s), TeamsState::Unmapped);
        QVERIFY(Sync::decide(s, {Trigger::TeamsChanged, presenting, availableBy(Origin::Agent), {}})
                        .isNone());
        // An unmapped state is a leave: the sync's own code goes back to Available.
        QCOMPARE(Sync::decide(s, {Trigger::TeamsChanged, presenting, idleBy(Dnd, Origin::Sync), {}})
                         .action,
                 Action::SetAvailable);
    }

    void callActivity_everyCallState_blocksUntilClosed_data()
    {
        QTest::addColumn<CallState>("state");
        QTest::addColumn<CallActivity>("activity");
        QTest::newRow("Idle") << CallState::Idle << CallActivity::None;
        QTest::newRow("Offered") << CallState::Offered << CallActivity::Active;
        QTest::newRow("Connected") << CallState::Connected << CallActivity::Active;
        QTest::newRow("Held") << CallState::Held << CallActivity::Active;
        QTest::newRow("Consulting") << CallState::Consulting << CallActivity::Active;
        QTest::newRow("ConsultHeld") << CallState::ConsultHeld << CallActivity::Active;
        QTest::newRow("Conferenced") << CallState::Conferenced << CallActivity::Active;
        QTest::newRow("Transferred") << CallState::Transferred << CallActivity::WrappingUp;
        QTest::newRow("Ended") << CallState::Ended << CallActivity::WrappingUp;
        QTest::newRow("WrapUp") << CallState::WrapUp << CallActivity::WrappingUp;
        QTest::newRow("Closed") << CallState::Closed << CallActivity::None;
    }
    void callActivity_everyCallState_blocksUntilClosed()
    {
        QFETCH(CallState, state);
        QFETCH(CallActivity, activity);
        QCOMPARE(Sync::callActivityName(Sync::callActivity(state)),
                 Sync::callActivityName(activity));
    }

    // --- settings and words -------------------------------------------------------------------

    void settings_fromProfile_needsBothFlagsAndKnownCodes()
    {
        DesktopProfile profile;
        profile.idleCodes = {{Dnd, u"Do not disturb"_s}, {Present, u"Presenting"_s}};
        profile.microsoftTeams.enabled = true;
        profile.microsoftTeams.stateSynchronization = true;
        profile.microsoftTeams.doNotDisturbIdleCodeId = Dnd;
        profile.microsoftTeams.inACallIdleCodeId = u"not-in-the-profile"_s;
        profile.microsoftTeams.presentingIdleCodeId = Present;
        profile.microsoftTeams.loginInheritance = Inheritance::AlwaysOverride;

        // The unknown code is said once per reading of the profile.
        const QRegularExpression unknownCode(u"maps a Teams state to an idle code"_s);
        for (int i = 0; i < 3; ++i) {
            QTest::ignoreMessage(QtWarningMsg, unknownCode);
        }
        Sync::Settings s = Sync::Settings::fromProfile(profile);
        QVERIFY(s.enabled);
        QCOMPARE(s.doNotDisturbIdleCodeId, Dnd);
        QCOMPARE(s.inACallIdleCodeId, QString());
        QCOMPARE(s.presentingIdleCodeId, Present);
        QCOMPARE(s.loginInheritance, Inheritance::AlwaysOverride);
        QCOMPARE(s.idleCodeFor(TeamsState::InAConferenceCall), QString());

        profile.microsoftTeams.stateSynchronization = false;
        QVERIFY(!Sync::Settings::fromProfile(profile).enabled);
        profile.microsoftTeams.stateSynchronization = true;
        profile.microsoftTeams.enabled = false;
        QVERIFY(!Sync::Settings::fromProfile(profile).enabled);
    }

    void reason_namesTheTeamsPresence_translatedInItsContext()
    {
        Sync::Decision decision;
        decision.action = Action::SetIdleCode;
        decision.teams = teams(u"DoNotDisturb"_s, u"Presenting"_s);
        QCOMPARE(decision.reason(), u"from Teams: Presenting"_s);
        QCOMPARE(decision.wireReason(), u"Teams presence: Presenting"_s);
        decision.teams = teams(u"Busy"_s, u"InAConferenceCall"_s);
        QCOMPARE(decision.reason(), u"from Teams: In a call"_s);
        decision.teams = teams(u"DoNotDisturb"_s, u"DoNotDisturb"_s);
        QCOMPARE(decision.wireReason(), u"Teams presence: DoNotDisturb"_s);

        MarkingTranslator translator;
        QCoreApplication::installTranslator(&translator);
        const QString marked = decision.reason();
        QCoreApplication::removeTranslator(&translator);
        QVERIFY2(marked.startsWith(u"[AgentDesk::Core::PresenceSync] from Teams: "_s),
                 qPrintable(marked));
    }

    // --- sequences through the running session ------------------------------------------------

    void sequence_enterAndLeave_followsTeams()
    {
        Sync sync(settings());
        QVERIFY(sync.agentStateChanged(availableBy(Origin::Login)).isNone());
        QVERIFY(sync.teamsPresenceRead(teams(u"Available"_s, u"Available"_s)).isNone());

        Sync::Decision d = sync.teamsPresenceRead(teams(u"DoNotDisturb"_s, u"DoNotDisturb"_s));
        QCOMPARE(d.action, Action::SetIdleCode);
        QCOMPARE(d.idleCodeId, Dnd);
        QCOMPARE(d.reason(), u"from Teams: Do not disturb"_s);
        // The same state read again is no change.
        QVERIFY(sync.teamsPresenceRead(teams(u"doNotDisturb"_s, u"doNotDisturb"_s)).isNone());
        QVERIFY(sync.agentStateChanged(idleBy(Dnd, Origin::Sync)).isNone());

        // Another mapped state: the code follows.
        d = sync.teamsPresenceRead(teams(u"DoNotDisturb"_s, u"Presenting"_s));
        QCOMPARE(d.idleCodeId, Present);
        QVERIFY(sync.agentStateChanged(idleBy(Present, Origin::Sync)).isNone());

        // Leaves (Busy is unmapped): back to Available.
        d = sync.teamsPresenceRead(teams(u"Busy"_s, u"Busy"_s));
        QCOMPARE(d.action, Action::SetAvailable);
        QCOMPARE(d.reason(), u"from Teams: Busy"_s);
        QVERIFY(sync.agentStateChanged(availableBy(Origin::Sync)).isNone());
        // Busy to Available is no change of mapped state.
        QVERIFY(sync.teamsPresenceRead(teams(u"Available"_s, u"Available"_s)).isNone());
    }

    void sequence_agentChangesState_chainEndsUntilAvailable()
    {
        Sync sync(settings());
        sync.agentStateChanged(availableBy(Origin::Login));
        sync.teamsPresenceRead(teams(u"Available"_s, u"Available"_s));
        QCOMPARE(sync.teamsPresenceRead(teams(u"DoNotDisturb"_s, u"DoNotDisturb"_s)).idleCodeId,
                 Dnd);
        sync.agentStateChanged(idleBy(Dnd, Origin::Sync));

        // The agent picks Lunch: from now on Teams does not move them.
        QVERIFY(sync.agentStateChanged(idleBy(Lunch, Origin::Agent)).isNone());
        QVERIFY(sync.teamsPresenceRead(teams(u"Available"_s, u"Available"_s)).isNone());
        QVERIFY(sync.teamsPresenceRead(teams(u"Busy"_s, u"InACall"_s)).isNone());
        // Back to Available by hand: nothing imposed at once (Teams has not changed)...
        QVERIFY(sync.agentStateChanged(availableBy(Origin::Agent)).isNone());
        // ...but the chain runs again with the next Teams change.
        const Sync::Decision d = sync.teamsPresenceRead(teams(u"DoNotDisturb"_s, u"Presenting"_s));
        QCOMPARE(d.action, Action::SetIdleCode);
        QCOMPARE(d.idleCodeId, Present);
    }

    void sequence_supervisorOrRona_endTheChainToo_data()
    {
        QTest::addColumn<Origin>("origin");
        QTest::newRow("supervisor") << Origin::Supervisor;
        QTest::newRow("RONA") << Origin::Rona;
        QTest::newRow("other") << Origin::Other;
        QTest::newRow("agent") << Origin::Agent;
    }
    void sequence_supervisorOrRona_endTheChainToo()
    {
        QFETCH(Origin, origin);
        Sync sync(settings());
        sync.agentStateChanged(availableBy(Origin::Login));
        sync.teamsPresenceRead(teams(u"DoNotDisturb"_s, u"DoNotDisturb"_s));
        sync.agentStateChanged(idleBy(Dnd, Origin::Sync));
        // Someone else moves the agent to another code, then Teams leaves DND.
        QVERIFY(sync.agentStateChanged(idleBy(Lunch, origin)).isNone());
        QVERIFY(sync.teamsPresenceRead(teams(u"Available"_s, u"Available"_s)).isNone());
        // Someone else leaves them on the DND code itself: still not the sync's to undo.
        sync.agentStateChanged(idleBy(Dnd, origin));
        QVERIFY(sync.teamsPresenceRead(teams(u"Busy"_s, u"InACall"_s)).isNone());
        QVERIFY(sync.teamsPresenceRead(teams(u"Available"_s, u"Available"_s)).isNone());
    }

    void sequence_teamsChangesDuringCall_appliedWhenTheCallIsClosed()
    {
        Sync sync(settings());
        sync.agentStateChanged(availableBy(Origin::Login));
        sync.teamsPresenceRead(teams(u"Available"_s, u"Available"_s));

        QVERIFY(sync.callActivityChanged(CallActivity::Active).isNone());
        QVERIFY(sync.teamsPresenceRead(teams(u"DoNotDisturb"_s, u"DoNotDisturb"_s)).isNone());
        QVERIFY(sync.hasKeptChange());
        // Only the latest counts.
        QVERIFY(sync.teamsPresenceRead(teams(u"DoNotDisturb"_s, u"Presenting"_s)).isNone());
        QVERIFY(sync.callActivityChanged(CallActivity::WrappingUp).isNone());
        QVERIFY(sync.agentStateChanged(availableBy(Origin::Other)).isNone());

        const Sync::Decision d = sync.callActivityChanged(CallActivity::None);
        QCOMPARE(d.action, Action::SetIdleCode);
        QCOMPARE(d.idleCodeId, Present);
        QVERIFY(!sync.hasKeptChange());
    }

    void sequence_teamsChangesDuringCall_droppedWhenTheWrapUpChoseAnIdleCode()
    {
        Sync sync(settings());
        sync.agentStateChanged(availableBy(Origin::Login));
        sync.teamsPresenceRead(teams(u"Available"_s, u"Available"_s));
        sync.callActivityChanged(CallActivity::Active);
        sync.teamsPresenceRead(teams(u"DoNotDisturb"_s, u"DoNotDisturb"_s));
        sync.callActivityChanged(CallActivity::WrappingUp);
        // The wrap-up put the agent on Lunch.
        QVERIFY(sync.agentStateChanged(idleBy(Lunch, Origin::Agent)).isNone());
        QVERIFY(sync.callActivityChanged(CallActivity::None).isNone());
        QVERIFY(!sync.hasKeptChange());
        // Later Available again: the old Teams change is not brought back.
        QVERIFY(sync.agentStateChanged(availableBy(Origin::Agent)).isNone());
    }

    void sequence_teamsLeavesDuringCall_sync_codeReturnsToAvailableAfterIt()
    {
        // An outdial from the sync's DND code: Teams leaves DND meanwhile.
        Sync sync(settings());
        sync.agentStateChanged(availableBy(Origin::Login));
        sync.teamsPresenceRead(teams(u"DoNotDisturb"_s, u"DoNotDisturb"_s));
        sync.agentStateChanged(idleBy(Dnd, Origin::Sync));
        sync.callActivityChanged(CallActivity::Active);
        QVERIFY(sync.teamsPresenceRead(teams(u"Available"_s, u"Available"_s)).isNone());
        QCOMPARE(sync.callActivityChanged(CallActivity::None).action, Action::SetAvailable);
    }

    void sequence_ownCallPresence_isNotTakenForATeamsCall()
    {
        Sync sync(settings());
        sync.agentStateChanged(availableBy(Origin::Login));
        sync.teamsPresenceRead(teams(u"Available"_s, u"Available"_s));
        sync.callActivityChanged(CallActivity::Active);
        sync.setOwnCallPresencePublished(true);
        // Our Busy/InACall shows in /me/presence during the call and just after it.
        QVERIFY(sync.teamsPresenceRead(teams(u"Busy"_s, u"InACall"_s)).isNone());
        QVERIFY(!sync.hasKeptChange());
        QVERIFY(sync.callActivityChanged(CallActivity::None).isNone());
        QVERIFY(sync.teamsPresenceRead(teams(u"Busy"_s, u"InACall"_s)).isNone());
        QCOMPARE(Sync::teamsState(sync.teamsPresence()), TeamsState::Unmapped);
        // Cleared: a Teams call now is a Teams call.
        sync.setOwnCallPresencePublished(false);
        const Sync::Decision d = sync.teamsPresenceRead(teams(u"Busy"_s, u"InACall"_s));
        QCOMPARE(d.action, Action::SetIdleCode);
        QCOMPARE(d.idleCodeId, InCall);
    }

    void sequence_readSentBeforeTheClear_isStillTakenForOurOwn()
    {
        const QDateTime t0 = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
        Sync sync(settings());
        sync.agentStateChanged(availableBy(Origin::Login));
        sync.teamsPresenceRead(teams(u"Available"_s, u"Available"_s), t0);
        sync.setOwnCallPresencePublished(true, t0.addSecs(1));
        sync.callActivityChanged(CallActivity::Active);
        sync.callActivityChanged(CallActivity::None);
        // clearPresence succeeded at +60 s; a read sent at +59 s answers after that.
        sync.setOwnCallPresencePublished(false, t0.addSecs(60));
        QVERIFY(sync.teamsPresenceRead(teams(u"Busy"_s, u"InACall"_s), t0.addSecs(59)).isNone());
        QCOMPARE(Sync::teamsState(sync.teamsPresence()), TeamsState::Unmapped);
        // A read sent after it is the agent's own Teams.
        QCOMPARE(sync.teamsPresenceRead(teams(u"Busy"_s, u"InACall"_s), t0.addSecs(61)).idleCodeId,
                 InCall);
    }

    void sequence_loginInheritance_data()
    {
        QTest::addColumn<Inheritance>("inheritance");
        QTest::addColumn<bool>("teamsReadFirst");
        QTest::addColumn<bool>("appliedAtLogin");
        QTest::addColumn<bool>("overridesAgentsAvailable");
        for (const bool first : {true, false}) {
            const QString when = first ? u", Teams read before login"_s : u""_s;
            QTest::newRow(qPrintable(u"none"_s + when))
                    << Inheritance::None << first << false << false;
            QTest::newRow(qPrintable(u"applyAtLogin"_s + when))
                    << Inheritance::ApplyAtLogin << first << true << false;
            QTest::newRow(qPrintable(u"alwaysOverride"_s + when))
                    << Inheritance::AlwaysOverride << first << true << true;
        }
    }
    void sequence_loginInheritance()
    {
        QFETCH(Inheritance, inheritance);
        QFETCH(bool, teamsReadFirst);
        QFETCH(bool, appliedAtLogin);
        QFETCH(bool, overridesAgentsAvailable);

        Sync sync(settings(inheritance));
        const Presence dnd = teams(u"DoNotDisturb"_s, u"DoNotDisturb"_s);
        Sync::Decision atLogin;
        if (teamsReadFirst) {
            QVERIFY(sync.teamsPresenceRead(dnd).isNone()); // no agent state yet
            atLogin = sync.agentStateChanged(idleBy(Lunch, Origin::Login));
        } else {
            QVERIFY(sync.agentStateChanged(idleBy(Lunch, Origin::Login)).isNone());
            atLogin = sync.teamsPresenceRead(dnd);
        }
        QCOMPARE(atLogin.action, appliedAtLogin ? Action::SetIdleCode : Action::None);
        if (appliedAtLogin) {
            QCOMPARE(atLogin.idleCodeId, Dnd);
            QVERIFY(sync.agentStateChanged(idleBy(Dnd, Origin::Sync)).isNone());
        }
        // The agent makes themselves Available while Teams still says DND.
        const Sync::Decision after = sync.agentStateChanged(availableBy(Origin::Agent));
        QCOMPARE(after.action, overridesAgentsAvailable ? Action::SetIdleCode : Action::None);
    }

    void sequence_applyAtLogin_unmappedAtLogin_laterTeamsChangeStillYieldsTheLoginState()
    {
        Sync sync(settings(Inheritance::ApplyAtLogin));
        QVERIFY(sync.agentStateChanged(idleBy(Lunch, Origin::Login)).isNone());
        QVERIFY(sync.teamsPresenceRead(teams(u"Available"_s, u"Available"_s)).isNone());
        QCOMPARE(sync.teamsPresenceRead(teams(u"Busy"_s, u"InACall"_s)).idleCodeId, InCall);
        // Once the agent changed their state, it does not.
        Sync other(settings(Inheritance::ApplyAtLogin));
        other.agentStateChanged(idleBy(Lunch, Origin::Login));
        other.teamsPresenceRead(teams(u"Available"_s, u"Available"_s));
        other.agentStateChanged(idleBy(Lunch, Origin::Agent));
        QVERIFY(other.teamsPresenceRead(teams(u"Busy"_s, u"InACall"_s)).isNone());
    }

    void sequence_teamsChangesWhileTheSyncsRequestIsOnItsWay_caughtUpOnConfirmation()
    {
        Sync sync(settings());
        sync.agentStateChanged(availableBy(Origin::Login));
        sync.teamsPresenceRead(teams(u"Available"_s, u"Available"_s));
        QCOMPARE(sync.teamsPresenceRead(teams(u"DoNotDisturb"_s, u"DoNotDisturb"_s)).action,
                 Action::SetIdleCode);
        // Teams leaves before the contact center confirmed: the agent is still Available, so
        // there is nothing to do yet...
        QVERIFY(sync.teamsPresenceRead(teams(u"Available"_s, u"Available"_s)).isNone());
        // ...and when the DND code is confirmed, the sync takes it back.
        QCOMPARE(sync.agentStateChanged(idleBy(Dnd, Origin::Sync)).action, Action::SetAvailable);
    }

    void sequence_alwaysOverride_callClosedAfterAStateChangeDuringIt_overrides()
    {
        Sync sync(settings(Inheritance::AlwaysOverride));
        sync.agentStateChanged(availableBy(Origin::Login));
        sync.teamsPresenceRead(teams(u"DoNotDisturb"_s, u"DoNotDisturb"_s));
        sync.agentStateChanged(idleBy(Dnd, Origin::Sync));
        sync.callActivityChanged(CallActivity::Active);
        // The agent is made Available during the call's wrap-up; Teams still says DND.
        QVERIFY(sync.agentStateChanged(availableBy(Origin::Other)).isNone());
        QCOMPARE(sync.callActivityChanged(CallActivity::None).idleCodeId, Dnd);
    }

    void sequence_disabled_neverActs()
    {
        Sync::Settings off = settings(Inheritance::AlwaysOverride);
        off.enabled = false;
        Sync sync(off);
        QVERIFY(sync.agentStateChanged(idleBy(Lunch, Origin::Login)).isNone());
        QVERIFY(sync.teamsPresenceRead(teams(u"DoNotDisturb"_s, u"DoNotDisturb"_s)).isNone());
        QVERIFY(sync.agentStateChanged(availableBy(Origin::Agent)).isNone());
        QVERIFY(sync.teamsPresenceRead(teams(u"Busy"_s, u"InACall"_s)).isNone());
        // Switched on (the agent's toggle): the next change acts.
        sync.setSettings(settings());
        QCOMPARE(sync.teamsPresenceRead(teams(u"DoNotDisturb"_s, u"Presenting"_s)).idleCodeId,
                 Present);
    }
};

QTEST_GUILESS_MAIN(TestPresenceSync)
#include "tst_presencesync.moc"
