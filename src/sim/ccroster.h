// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simhttp.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace AgentDesk::Sim {

class ContactCenterService;
class SimDirectory;
class SimRouter;
struct CcAgent;
struct SimContext;

// Who and where a call can go in the simulated contact center: the organization's users (the
// agent list a desktop merges with the Teams directory by e-mail), the buddy list of logged-in
// agents with their state, and the queues (SERVICES-REFERENCE.md §1.5, §1.6). Owned by
// ContactCenterService, which registers these routes with its own.
//   GET  /organization/{orgId}/v2/user?page&pageSize&filter&attributes
//        → {data: [{id, ciUserId, email, firstName, lastName, teamIds, contactCenterEnabled,
//          agentProfileId, siteId, active}], meta}; filter fields: id, ciUserId, email,
//          firstName, lastName, contactCenterEnabled, active, agentProfileId, teamId (any of
//          teamIds). id is the agent id, the one events and the buddy list carry.
//   POST /v1/agents/buddyList {agentProfileId, mediaType: telephony|chat|email|social,
//        state?: Available|Idle} → 202, then category BuddyAgents: BuddyAgents {agentList:
//        [{agentId, agentName, state, teamId, teamName, dn, siteId}]} with the other logged-in
//        agents (never the caller; for telephony only those with a voice device), or
//        BuddyAgentsRetrieveFailed {reason: AGENT_NOT_LOGGED_IN | AGENT_PROFILE_NOT_FOUND}
//   GET  /organization/{orgId}/v2/contact-service-queue?page&pageSize&filter&attributes
//        → {data: [{id, name, description, channelType, active, queueType, routingType,
//          serviceLevelThreshold, maxTimeInQueue, ...}], meta}; filter fields: id, name,
//          channelType, active, queueType
// Scenario, section "contactCenter":
//   agents[] without a profile: teams [id] for the user list, and session {teamId, state:
//        Available|Idle, auxCodeId?, extension}: the agent is logged in from the start on that
//        extension (people who never sign in through a desktop, so the Agents tab has someone
//        in it; agents with a profile sign in through the client and ignore both keys)
//   directoryAgents {count, plainUsers, firstExtension}: `count` people of the generated Teams
//        directory (enabled members, spread evenly over it) are agents too, three in four of
//        them logged in (Available, Idle on a rotating idle code, Available, logged out); then
//        `plainUsers` more are users of the organization who are not contact-center enabled
//   queues[{id, name, channelType, description?, active?}]
class CcRoster final
{
public:
    CcRoster(ContactCenterService &service, SimContext &context);
    Q_DISABLE_COPY_MOVE(CcRoster)

    void registerRoutes(SimRouter &router);

    // Adds the directory people the scenario's directoryAgents names (Simulator calls this once
    // the directory exists). Returns how many agents it added.
    int adoptDirectory(const SimDirectory &directory);

    // The wire lists, in the order the endpoints page them.
    QJsonArray users() const;
    const QJsonArray &queues() const { return m_queues; }
    // The desktop-profile id of agents the scenario gives no profile of their own.
    static QString defaultProfileId();

private:
    // What the user list says of a person beyond the agent record.
    struct UserRecord
    {
        QString firstName;
        QString lastName;
        QStringList teamIds;
    };
    struct PlainUser
    {
        QString id;
        QString ciUserId;
        QString email;
        UserRecord record;
    };

    SimResponse listUsers(const SimRequest &request, const QString &trackingId) const;
    SimResponse listQueues(const SimRequest &request, const QString &trackingId) const;
    SimResponse buddyList(const SimRequest &request, CcAgent &agent, const QString &trackingId);
    void completeBuddyList(const QString &agentId, const QString &agentProfileId,
                           const QString &mediaType, const QString &state,
                           const QString &trackingId);
    // Logs the agent in on an extension as if a desktop had, in the given state.
    void presetSession(CcAgent &agent, const QString &teamId, const QString &state,
                       const QString &auxCodeId, const QString &extension);
    QJsonObject userJson(const CcAgent &agent) const;
    bool isKnownProfile(const QString &agentProfileId) const;

    ContactCenterService &m_service;
    SimContext &m_context;
    QHash<QString, UserRecord> m_records; // by agent id, for agents the scenario describes
    QList<PlainUser> m_plainUsers;
    QJsonArray m_queues;
};

} // namespace AgentDesk::Sim
