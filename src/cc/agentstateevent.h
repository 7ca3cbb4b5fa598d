// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace AgentDesk::Cc {

// What an agent event of the notification socket says about the agent's session and state,
// read by AgentStateEvents from StationLogin, AgentStateChange, Logout and relogin events.
struct AgentStateEvent
{
    enum class Kind
    {
        StationLoggedIn,    // AgentStationLoginSuccess
        StationLoginFailed, // AgentStationLoginFailed: reason
        StateChanged,       // AgentStateChangeSuccess (asked for here, or made elsewhere)
        StateChangeFailed,  // AgentStateChangeFailed: reason
        LoggedOut,          // AgentLogoutSuccess: reason = logoutReason
        LogoutFailed,       // AgentLogoutFailed: reason
        Relogged,           // AgentReloginSuccess / AgentChannelReloginSuccess: current state
        ReloginFailed,      // AgentReloginFailed: reason
    };
    enum class Availability
    {
        Unknown, // the event does not say (failures, logout)
        Available,
        Idle
    };

    Kind kind = Kind::StateChanged;
    QString eventName;
    QString trackingId;
    QString agentId;

    Availability availability = Availability::Unknown;
    QString auxCodeId; // the idle code when Idle ("0" or empty when Available)
    // Who made the change: changedBy as sent, with the person's id and name when a supervisor
    // (or the system, e.g. RONA) made it.
    QString changedBy;
    QString changedById;
    QString changedByName;
    // lastStateChangeReason for changes, the failure reason ("DUPLICATE_LOCATION"), or the
    // logoutReason.
    QString reason;
    QDateTime stateChangedAt;    // lastStateChangeTimestamp
    QDateTime idleCodeChangedAt; // lastIdleCodeChangeTimestamp

    // The session, on station login and relogin.
    QString agentSessionId;
    QString teamId;
    QString dialNumber;
    QString deviceType; // AGENT_DN, EXTENSION, BROWSER

    bool isFailure() const
    {
        return kind == Kind::StationLoginFailed || kind == Kind::StateChangeFailed ||
               kind == Kind::LogoutFailed || kind == Kind::ReloginFailed;
    }
    // The change was made by someone else (a supervisor, the system) rather than this agent.
    bool madeByOther() const
    {
        if (!changedById.isEmpty()) {
            return changedById != agentId;
        }
        return !changedBy.isEmpty() &&
               changedBy.compare(QLatin1String("self"), Qt::CaseInsensitive) != 0;
    }
};

} // namespace AgentDesk::Cc

Q_DECLARE_METATYPE(AgentDesk::Cc::AgentStateEvent)
