// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "callstate.h"
#include "desktopprofile.h"
#include "presence.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace AgentDesk::Core {

// Teams → contact center: decides what the agent's own Teams presence does to their
// contact-center state (issue 7). Pure: no timer, no network, no signal. The session feeds it
// what happens and carries out what it answers:
//   PresenceSync sync(PresenceSync::Settings::fromProfile(profile));
//   act(sync.agentStateChanged({.available = false, .idleCodeId = code,
//                               .origin = PresenceSync::Origin::Login}));
//   act(sync.teamsPresenceRead(ownPresence));          // every /me/presence answer
//   act(sync.callActivityChanged(PresenceSync::callActivity(call.state())));
//   act(sync.agentStateChanged({available, code, originOfTheChange}));
//   // act(d): SetIdleCode → state.requestState(d.idleCodeId), selector shows d.reason();
//   //         SetAvailable → state.requestState({}); the confirmed change comes back with
//   //         Origin::Sync.
//
// The rules (decide() is the whole table; tests/core/tst_presencesync.cpp walks every case):
// - The profile maps Teams DoNotDisturb, InACall (InAConferenceCall too) and Presenting to idle
//   codes. The agent's Teams presence is read case-insensitively from both Graph fields, the
//   most specific first: Presenting, then a (conference) call, then do not disturb (with
//   Focusing and UrgentInterruptionsOnly). When the most specific one has no idle code the next
//   one present decides (Teams shows Presenting as DoNotDisturb/Presenting: with only
//   DoNotDisturb mapped, presenting still sets that code). Anything else is unmapped; an
//   unreadable or PresenceUnknown presence is Unknown and never acts.
// - Teams entering a mapped state sets its idle code; leaving it (to an unmapped state) returns
//   the agent to Available. Teams is followed on its changes (edges), not re-imposed on every
//   read: an agent who makes themselves Available while Teams says Do not disturb stays
//   Available until Teams changes again (unless the profile says alwaysOverride).
// - The chain: a Teams change is applied while the agent's last state change was made by the
//   sync, or while the agent is Available (whoever made them so: the chain starts from
//   Available). A change by the agent, a supervisor, RONA or anything else to an idle code ends
//   the chain until the agent is Available again. Returning to Available is only ever done
//   from an idle code the sync itself set.
// - Customer calls: nothing happens while a call is offered, connected, held, consulting,
//   conferenced, or being wrapped up (transferred, ended, wrap-up); state changes meanwhile are
//   only recorded. A Teams change during that time is kept (only the latest state counts) and,
//   once the call is closed, the Teams state of that moment is applied as a Teams change: if
//   the agent is Available then, or in an idle code the sync set (otherwise the chain rules drop
//   it, as they would have without the call). State changes recorded during the call are looked
//   at again at its end as well (login inheritance, alwaysOverride, the sync's own state).
// - Login inheritance (the state the contact center gives at station login, Origin::Login):
//   none           the Teams presence at login is not applied; the login state stands until it
//                  changes (from Available the chain runs at once).
//   applyAtLogin   a mapped Teams state overrides the login state, at login and on any Teams
//                  change until the agent's state first changes; an unmapped Teams state leaves
//                  the login state alone (the sync never makes an agent Available at login).
//   alwaysOverride as applyAtLogin, and Teams always overrides the next state: while Teams is in
//                  a mapped state, every state change made by anyone but the sync (agent,
//                  supervisor, RONA, system) is answered by setting the mapped idle code again,
//                  and entering a mapped state applies whoever made the last change. Leaving a
//                  mapped state still returns to Available only from the sync's own idle code.
// - Our own customer-call presence (CallPresencePublisher publishes Busy/InACall) echoes back
//   in /me/presence; while setOwnCallPresencePublished(true), and for reads sent before it was
//   set false (a read on its way while clearPresence ran), a Busy/InACall or
//   Busy/InAConferenceCall read is ignored, so that it never sets the "in a call" idle code
//   after a customer call.
class PresenceSync final
{
    Q_DECLARE_TR_FUNCTIONS(AgentDesk::Core::PresenceSync)

public:
    using LoginInheritance = DesktopProfile::MicrosoftTeams::LoginInheritance;

    // What the agent's own Teams presence is for the sync (before the profile's mapping).
    enum class TeamsState
    {
        Unknown,           // nothing read yet, PresenceUnknown or unreadable: never acts
        Unmapped,          // Available, Busy, Away, in a meeting, offline...
        DoNotDisturb,      // also Focusing, UrgentInterruptionsOnly
        InACall,           // a Teams call
        InAConferenceCall, // a Teams group call: the InACall idle code
        Presenting,
    };

    // Who made the agent's last (confirmed) state change.
    enum class Origin
    {
        Login,      // the state the station login gave, untouched since
        Sync,       // this class asked for it
        Agent,      // the agent, in this app or another client
        Supervisor, // a supervisor
        Rona,       // the system, after a call rang out unanswered
        Other       // anything else (another system change, an unknown changedBy)
    };

    // Where the agent's customer calls stand.
    enum class CallActivity
    {
        None,      // no call, or the last one is closed
        Active,    // offered, connected, held, consulting, conferenced
        WrappingUp // transferred, ended, in wrap-up
    };

    // What just happened, for decide().
    enum class Trigger
    {
        TeamsChanged, // the Teams state changed (or a kept change is applied after a call)
        StateChanged  // the agent's contact-center state changed (made by Situation::origin)
    };

    struct Settings
    {
        bool enabled = false; // Teams integration on and stateSynchronization on
        QString doNotDisturbIdleCodeId;
        QString inACallIdleCodeId;
        QString presentingIdleCodeId;
        LoginInheritance loginInheritance = LoginInheritance::None;

        // From the desktop profile; a mapping to an idle code the profile does not list is
        // dropped (the contact center would refuse it).
        static Settings fromProfile(const DesktopProfile &profile);
        // The idle code of a Teams state; empty when it has none.
        QString idleCodeFor(TeamsState state) const;
    };

    struct AgentState
    {
        bool available = false;
        QString idleCodeId; // when not available
        Origin origin = Origin::Login;
    };

    struct Situation
    {
        Trigger trigger = Trigger::TeamsChanged;
        Presence teams;
        AgentState agent;
        CallActivity call = CallActivity::None;
    };

    struct Decision
    {
        enum class Action
        {
            None,
            SetIdleCode, // requestState(idleCodeId)
            SetAvailable // requestState({})
        };
        Action action = Action::None;
        QString idleCodeId;
        Presence teams; // the Teams presence behind it

        bool isNone() const { return action == Action::None; }
        // Why the state changed, for the state selector: "from Teams: Presenting", translated.
        QString reason() const;
        // The same, untranslated, for lastStateChangeReason on the wire and the logs
        // ("Teams presence: Presenting").
        QString wireReason() const;
        friend bool operator==(const Decision &a, const Decision &b)
        {
            return a.action == b.action && a.idleCodeId == b.idleCodeId;
        }
    };

    explicit PresenceSync(Settings settings);

    // The whole rule table: what to do in this situation.
    static Decision decide(const Settings &settings, const Situation &situation);
    // The Teams state of a presence, the most specific first (see the class comment).
    static TeamsState teamsState(const Presence &presence);
    // The Teams state the mapping acts on: the most specific one with an idle code, else
    // Unmapped (Unknown stays Unknown).
    static TeamsState mappedTeamsState(const Presence &presence, const Settings &settings);
    static CallActivity callActivity(CallState state);
    // For logs and tests.
    static QString teamsStateName(TeamsState state);
    static QString originName(Origin origin);
    static QString callActivityName(CallActivity activity);
    static QString actionName(Decision::Action action);

    // --- the running session ------------------------------------------------------------------
    // Each returns what to do now (usually nothing).

    // A successful read of the agent's own presence (only a change of its mapped Teams state
    // acts). `sentAt`: when its request left (OwnPresenceReader::presenceRead), for the echo
    // filter; invalid = now.
    Decision teamsPresenceRead(const Presence &presence, const QDateTime &sentAt = {});
    // A confirmed state change (Origin::Login for the station login's state). A state change the
    // sync asked for must come back as Origin::Sync.
    Decision agentStateChanged(const AgentState &state);
    Decision callActivityChanged(CallActivity activity);
    // Whether our own Busy/InACall session (CallPresencePublisher) may be in effect; see the
    // class comment. `at`: when it changed (PresencePublisher::inEffectChanged); reads sent
    // before the moment it became false are still filtered.
    void setOwnCallPresencePublished(bool published, const QDateTime &at = {});
    void setSettings(const Settings &settings) { m_settings = settings; }

    const Settings &settings() const { return m_settings; }
    const Presence &teamsPresence() const { return m_teams; }
    // A Teams change that arrived during a customer call and waits for its end.
    bool hasKeptChange() const { return m_kept; }

private:
    Decision decideNow(Trigger trigger) const;

    Settings m_settings;
    Presence m_teams;
    AgentState m_agent;
    bool m_agentKnown = false;
    CallActivity m_call = CallActivity::None;
    bool m_kept = false;
    bool m_ownPublished = false;
    QDateTime m_ownEndedAt; // when m_ownPublished last became false
};

} // namespace AgentDesk::Core
