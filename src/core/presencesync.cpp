// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "presencesync.h"

#include "corelogging.h"

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace AgentDesk::Core {

namespace {

using Value = Presence::Value;
using TeamsState = PresenceSync::TeamsState;

bool either(const Presence &presence, Value value)
{
    return presence.availability() == value || presence.activity() == value;
}

bool isDoNotDisturb(const Presence &presence)
{
    return either(presence, Value::DoNotDisturb) || either(presence, Value::Focusing) ||
           either(presence, Value::UrgentInterruptionsOnly);
}

// The mapped states the presence shows, the most specific first.
QList<TeamsState> candidates(const Presence &presence)
{
    QList<TeamsState> states;
    if (either(presence, Value::Presenting)) {
        states.append(TeamsState::Presenting);
    }
    if (either(presence, Value::InAConferenceCall)) {
        states.append(TeamsState::InAConferenceCall);
    }
    if (either(presence, Value::InACall)) {
        states.append(TeamsState::InACall);
    }
    if (isDoNotDisturb(presence)) {
        states.append(TeamsState::DoNotDisturb);
    }
    return states;
}

// What CallPresencePublisher publishes; read back from /me/presence it says nothing about Teams.
bool isOwnCallPresence(const Presence &presence)
{
    return presence.availability() == Value::Busy &&
           (presence.activity() == Value::InACall ||
            presence.activity() == Value::InAConferenceCall);
}

} // namespace

// --- settings ----------------------------------------------------------------------------------

PresenceSync::Settings PresenceSync::Settings::fromProfile(const DesktopProfile &profile)
{
    const auto &teams = profile.microsoftTeams;
    const auto usable = [&profile](const QString &id) {
        const bool known = std::any_of(profile.idleCodes.cbegin(), profile.idleCodes.cend(),
                                       [&id](const NamedCode &code) { return code.id == id; });
        if (!id.isEmpty() && !known) {
            qCWarning(lcCore) << "presence sync: the profile maps a Teams state to an idle code "
                                 "it does not list; that mapping is ignored";
        }
        return known ? id : QString();
    };
    Settings settings;
    settings.enabled = teams.enabled && teams.stateSynchronization;
    settings.doNotDisturbIdleCodeId = usable(teams.doNotDisturbIdleCodeId);
    settings.inACallIdleCodeId = usable(teams.inACallIdleCodeId);
    settings.presentingIdleCodeId = usable(teams.presentingIdleCodeId);
    settings.loginInheritance = teams.loginInheritance;
    return settings;
}

QString PresenceSync::Settings::idleCodeFor(TeamsState state) const
{
    switch (state) {
    case TeamsState::DoNotDisturb:
        return doNotDisturbIdleCodeId;
    case TeamsState::InACall:
    case TeamsState::InAConferenceCall:
        return inACallIdleCodeId;
    case TeamsState::Presenting:
        return presentingIdleCodeId;
    case TeamsState::Unknown:
    case TeamsState::Unmapped:
        break;
    }
    return {};
}

// --- decisions ---------------------------------------------------------------------------------

QString PresenceSync::Decision::reason() const
{
    return tr("from Teams: %1").arg(teams.label());
}

QString PresenceSync::Decision::wireReason() const
{
    return u"Teams presence: "_s + Presence::statusName(teams.status());
}

PresenceSync::TeamsState PresenceSync::teamsState(const Presence &presence)
{
    const QList<TeamsState> states = candidates(presence);
    if (!states.isEmpty()) {
        return states.first();
    }
    return presence.isKnown() ? TeamsState::Unmapped : TeamsState::Unknown;
}

PresenceSync::TeamsState PresenceSync::mappedTeamsState(const Presence &presence,
                                                        const Settings &settings)
{
    for (const TeamsState state : candidates(presence)) {
        if (!settings.idleCodeFor(state).isEmpty()) {
            return state;
        }
    }
    return presence.isKnown() ? TeamsState::Unmapped : TeamsState::Unknown;
}

PresenceSync::CallActivity PresenceSync::callActivity(CallState state)
{
    switch (state) {
    case CallState::Offered:
    case CallState::Connected:
    case CallState::Held:
    case CallState::Consulting:
    case CallState::ConsultHeld:
    case CallState::Conferenced:
        return CallActivity::Active;
    case CallState::Transferred:
    case CallState::Ended:
    case CallState::WrapUp:
        return CallActivity::WrappingUp;
    case CallState::Idle:
    case CallState::Closed:
        break;
    }
    return CallActivity::None;
}

PresenceSync::Decision PresenceSync::decide(const Settings &settings, const Situation &situation)
{
    if (!settings.enabled || situation.call != CallActivity::None) {
        return {};
    }
    const TeamsState mapped = mappedTeamsState(situation.teams, settings);
    if (mapped == TeamsState::Unknown) {
        return {};
    }
    const AgentState &agent = situation.agent;
    const QString target = settings.idleCodeFor(mapped);
    const bool alreadyThere = !agent.available && !target.isEmpty() && agent.idleCodeId == target;
    const LoginInheritance inheritance = settings.loginInheritance;

    Decision decision;
    decision.teams = situation.teams;
    const auto setIdle = [&decision, &target] {
        decision.action = Decision::Action::SetIdleCode;
        decision.idleCodeId = target;
        return decision;
    };

    // The sync's own state is held to Teams as it is now (a change that crossed the request
    // is caught up when the confirmation arrives).
    const bool followTeams =
            situation.trigger == Trigger::TeamsChanged ||
            (situation.trigger == Trigger::StateChanged && agent.origin == Origin::Sync);
    if (followTeams) {
        if (!target.isEmpty()) {
            if (alreadyThere) {
                return {};
            }
            const bool chain =
                    agent.available || agent.origin == Origin::Sync ||
                    (agent.origin == Origin::Login && inheritance != LoginInheritance::None) ||
                    inheritance == LoginInheritance::AlwaysOverride;
            return chain ? setIdle() : Decision{};
        }
        // Left the mapped states: only undo what the sync itself did.
        if (!agent.available && agent.origin == Origin::Sync) {
            decision.action = Decision::Action::SetAvailable;
            return decision;
        }
        return {};
    }

    // A state change made by someone else (or the login): Teams speaks only through the login
    // inheritance.
    if (target.isEmpty() || alreadyThere) {
        return {};
    }
    if (agent.origin == Origin::Login) {
        return inheritance != LoginInheritance::None ? setIdle() : Decision{};
    }
    return inheritance == LoginInheritance::AlwaysOverride ? setIdle() : Decision{};
}

// --- the running session -----------------------------------------------------------------------

PresenceSync::PresenceSync(Settings settings)
    : m_settings(std::move(settings))
{}

PresenceSync::Decision PresenceSync::decideNow(Trigger trigger) const
{
    if (!m_agentKnown) {
        return {};
    }
    const Decision decision = decide(m_settings, {trigger, m_teams, m_agent, m_call});
    if (!decision.isNone()) {
        qCInfo(lcCore).noquote() << u"presence sync: %1 (%2; last change by %3)"_s.arg(
                actionName(decision.action), decision.wireReason(), originName(m_agent.origin));
    }
    return decision;
}

void PresenceSync::setOwnCallPresencePublished(bool published, const QDateTime &at)
{
    if (m_ownPublished && !published) {
        m_ownEndedAt = at;
    }
    m_ownPublished = published;
}

PresenceSync::Decision PresenceSync::teamsPresenceRead(const Presence &presence,
                                                       const QDateTime &sentAt)
{
    const bool sentWhilePublished =
            sentAt.isValid() && m_ownEndedAt.isValid() && sentAt < m_ownEndedAt;
    if ((m_ownPublished || sentWhilePublished) && isOwnCallPresence(presence)) {
        // Our own customer-call session showing through, not the agent's Teams.
        return {};
    }
    const TeamsState before = mappedTeamsState(m_teams, m_settings);
    m_teams = presence;
    const TeamsState after = mappedTeamsState(presence, m_settings);
    if (after == before) {
        return {};
    }
    if (m_call != CallActivity::None) {
        m_kept = m_kept || after != TeamsState::Unknown;
        return {};
    }
    return decideNow(Trigger::TeamsChanged);
}

PresenceSync::Decision PresenceSync::agentStateChanged(const AgentState &state)
{
    m_agent = state;
    m_agentKnown = true;
    if (state.origin == Origin::Login) {
        m_kept = false; // a new station session
    }
    if (m_call != CallActivity::None) {
        return {}; // looked at again when the call is closed
    }
    return decideNow(Trigger::StateChanged);
}

PresenceSync::Decision PresenceSync::callActivityChanged(CallActivity activity)
{
    const CallActivity before = std::exchange(m_call, activity);
    if (activity != CallActivity::None || before == CallActivity::None) {
        return {};
    }
    // The call is closed: the Teams state of now if Teams changed meanwhile, else whatever the
    // state changes recorded during the call call for.
    const Trigger trigger = m_kept ? Trigger::TeamsChanged : Trigger::StateChanged;
    m_kept = false;
    return decideNow(trigger);
}

// --- names -------------------------------------------------------------------------------------

QString PresenceSync::teamsStateName(TeamsState state)
{
    switch (state) {
    case TeamsState::Unknown:
        return u"Unknown"_s;
    case TeamsState::Unmapped:
        return u"Unmapped"_s;
    case TeamsState::DoNotDisturb:
        return u"DoNotDisturb"_s;
    case TeamsState::InACall:
        return u"InACall"_s;
    case TeamsState::InAConferenceCall:
        return u"InAConferenceCall"_s;
    case TeamsState::Presenting:
        return u"Presenting"_s;
    }
    return {};
}

QString PresenceSync::originName(Origin origin)
{
    switch (origin) {
    case Origin::Login:
        return u"Login"_s;
    case Origin::Sync:
        return u"Sync"_s;
    case Origin::Agent:
        return u"Agent"_s;
    case Origin::Supervisor:
        return u"Supervisor"_s;
    case Origin::Rona:
        return u"Rona"_s;
    case Origin::Other:
        return u"Other"_s;
    }
    return {};
}

QString PresenceSync::callActivityName(CallActivity activity)
{
    switch (activity) {
    case CallActivity::None:
        return u"None"_s;
    case CallActivity::Active:
        return u"Active"_s;
    case CallActivity::WrappingUp:
        return u"WrappingUp"_s;
    }
    return {};
}

QString PresenceSync::actionName(Decision::Action action)
{
    switch (action) {
    case Decision::Action::None:
        return u"None"_s;
    case Decision::Action::SetIdleCode:
        return u"SetIdleCode"_s;
    case Decision::Action::SetAvailable:
        return u"SetAvailable"_s;
    }
    return {};
}

} // namespace AgentDesk::Core
