// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace AgentDesk::Sim {

struct CcAgent;

// One notification: the envelope's category, data.type and the rest of data. CcNotifier adds
// eventType, agentId, trackingId and orgId when it publishes.
struct CcEvent
{
    QString category;
    QString name;
    QJsonObject data;
};

// The wire shape of every agent event, each built in one place (SDK services/agent/types.ts,
// SERVICES-REFERENCE.md §1.3-1.5); later pieces extend these rather than build their own.
//   notifier.publish(agent.id, e.category, e.name, e.data, trackingId)  with
//   CcEvent e = CcAgentEvents::stationLoginSuccess(agent);
//
// Failure reasons (data.reason, with the simulator's own data.reasonCode; clients map reason):
//   station login  DUPLICATE_LOCATION       the number/extension is in use by another logged-in
//                                           agent, or on the busy list (/_sim/cc/busy-numbers)
//                  INVALID_DIAL_NUMBER      no dial-plan entry accepts it; or the profile
//                                           restricts to its default number and it differs; or
//                                           free entry is off and it is not a listed one
//                  DEVICE_TYPE_NOT_ALLOWED  deviceType not in the profile's loginVoiceOptions
//                                           (any voice device for a digital-only profile)
//                  TEAM_NOT_ASSIGNED        teamId is not one of the profile's teams
//                  ROLE_NOT_ALLOWED         roles asks for supervisor (no scenario agent is one)
//                  AGENT_PROFILE_NOT_FOUND  the agent has no desktop profile
//   state change   AGENT_NOT_LOGGED_IN, INVALID_AUX_CODE (unknown/inactive idle code, or
//                  Available with an auxCodeId other than "0"), IDLE_CODE_NOT_ALLOWED (not in
//                  the profile, or a system code such as RONA)
//   logout/reload  AGENT_NOT_LOGGED_IN
//   buddy list     AGENT_NOT_LOGGED_IN, AGENT_PROFILE_NOT_FOUND (no profile has that id)
class CcAgentEvents final
{
public:
    // Categories (the envelope's type) of agent replies.
    static QString stationLoginCategory() { return QStringLiteral("StationLogin"); }
    static QString stateChangeCategory() { return QStringLiteral("AgentStateChange"); }
    static QString logoutCategory() { return QStringLiteral("Logout"); }

    // StationLogin / AgentStationLoginSuccess: agentSessionId, teamId, teamName, auxCodeId,
    // status "LoggedIn", subStatus, siteId, dialNumber, deviceType, deviceId, isExtension, roles,
    // interactionIds, profileType, channelsMap, mmProfile, the three timestamps/reason.
    static CcEvent stationLoginSuccess(const CcAgent &agent);
    static CcEvent stationLoginFailed(const QString &reason);
    // AgentStateChange / AgentStateChangeSuccess: agentSessionId, status, subStatus, auxCodeId,
    // changedBy, changedById, changedByName (null when nobody is named),
    // lastStateChangeReason, lastStateChangeTimestamp, lastIdleCodeChangeTimestamp. The same
    // event reports the agent's own change and a supervisor's or RONA's.
    static CcEvent stateChangeSuccess(const CcAgent &agent);
    static CcEvent stateChangeFailed(const QString &reason);
    // Logout / AgentLogoutSuccess for the session that just ended; loggedOutBy only when
    // someone else logged the agent out (SDK LogoutSuccess).
    static CcEvent logoutSuccess(const CcAgent &agent, const QString &logoutReason,
                                 const QString &loggedOutBy = {});
    static CcEvent logoutFailed(const QString &reason);
    // AgentReloginSuccess (category = event name, as the SDK binds it): the station login's
    // fields with the current state, plus dn.
    static CcEvent reloginSuccess(const CcAgent &agent);
    static CcEvent reloginFailed(const QString &reason);
    // BuddyAgents / BuddyAgents (category = event name, as the SDK binds it): the asking agent's
    // agentSessionId and agentList [{agentId, agentName, state, teamId, teamName, dn, siteId}]
    // (SDK BuddyDetails, plus teamName); state is the buddy's subStatus (Available | Idle).
    static CcEvent buddyAgents(const CcAgent &asking, const QList<const CcAgent *> &buddies);
    static CcEvent buddyAgentsFailed(const QString &reason);

    static int reasonCode(const QString &reason);

private:
    static QJsonObject sessionFields(const CcAgent &agent);
    static QJsonObject failure(const QString &reason);
};

} // namespace AgentDesk::Sim
