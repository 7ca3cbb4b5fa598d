// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ccagentdirectory.h"
#include "simhttp.h"
#include "simrouter.h"
#include "simservice.h"

#include <QHash>
#include <QJsonArray>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace AgentDesk::Sim {

class CcAgentSessions;
class CcDesktopProfiles;
class CcDialPlan;
class CcNotifier;
class CcTasks;
class CcRoster;

// The Webex Contact Center agent API (SERVICES-REFERENCE.md §1): the notification channel, the
// 202-then-event agent commands (CcAgentSessions) and the organization look-ups. Every /v1 and
// /organization call needs a contact-center Bearer token and answers with a TrackingID header.
//   POST /v1/notification/subscribe {force, isKeepAliveEnabled, clientType, allowMultiLogin}
//        → 200 {webSocketUrl, subscriptionId}; the socket is /v1/notification/subscription/{id}
//   POST /v1/agents/login, PUT /v1/agents/session/state, PUT /v1/agents/logout,
//   POST /v1/agents/reload            → see CcAgentSessions
//   GET  /organization/{orgId}/v2/auxiliary-code?page&pageSize&filter&attributes
//   GET  /organization/{orgId}/v2/team?agentView=true&page&pageSize&filter=userId=={agentId}
//   GET  /organization/{orgId}/dial-plan?agentView=true&page&pageSize
//   GET  /organization/{orgId}/v2/user/by-ci-user-id/{ciUserId}/desktop-login (our own shape,
//        documented at desktopLogin() in the .cpp)
//   GET  /organization/{orgId}/v2/user, /v2/contact-service-queue, POST /v1/agents/buddyList
//                                     → see CcRoster
// Control (no token): GET /_sim/cc/agents, POST /_sim/cc/events {agentId|email, category,
// data}, POST /_sim/cc/drop-sockets {email|agentId?}, POST /_sim/cc/agents/state,
// GET|POST|DELETE /_sim/cc/busy-numbers (CcAgentSessions).
// Calls (CcTasks): POST /v1/tasks/{interactionId}/accept|hold|unhold|consult|consult/accept|
// consult/end|consult/transfer|consult/conference|transfer|end|wrapup; control POST|GET
// /_sim/cc/calls, POST /_sim/cc/calls/{interactionId}/answer|hangup, GET|POST|DELETE
// /_sim/cc/consult-outcomes and /_sim/cc/task-failures. GET /_sim/cc/agents shows each agent's
// call as `task`.
// Scenario section "contactCenter": keepaliveTimeoutMs, eventDelayMs, supervisor, sites[],
// teams[], dialPlan[], agents[] (with profiles, CcDesktopProfiles), idleCodes[], wrapUpCodes[],
// directoryAgents, queues[] (CcRoster).
class ContactCenterService final : public SimService
{
public:
    explicit ContactCenterService(SimContext &context);
    ~ContactCenterService() override;
    Q_DISABLE_COPY_MOVE(ContactCenterService)

    void registerRoutes(SimRouter &router) override;

    CcAgentDirectory &agents() { return m_agents; }
    CcNotifier &notifier() { return *m_notifier; }
    const CcDesktopProfiles &profiles() const { return *m_profiles; }
    const CcDialPlan &dialPlan() const { return *m_dialPlan; }
    CcAgentSessions &sessions() { return *m_sessions; }
    CcTasks &tasks() { return *m_tasks; }
    CcRoster &roster() { return *m_roster; }
    QString orgId() const { return m_orgId; }
    // The idle and wrap-up codes in the wire shape {id, name, active, defaultCode, isSystemCode,
    // description, workTypeCode}.
    const QJsonArray &auxiliaryCodes() const { return m_auxiliaryCodes; }

    // The contact-center API's error body, the one place its shape lives (CC OpenAPI examples):
    // {"trackingId", "error": {"key": "401", "reason", "message": [{"description"}]}}.
    static SimResponse error(int status, const QString &trackingId, const QString &description);

    // A handler of an authenticated call, given the caller's agent and the call's tracking id.
    using AgentHandler =
            std::function<SimResponse(const SimRequest &, CcAgent &, const QString &trackingId)>;
    // Adds the token check (contact-center audience, honouring an injected expiry) and the
    // TrackingID header around a handler. Later contact-center routes register through it.
    SimRouter::Handler authorized(AgentHandler handler);
    // Pages a list the way the organization endpoints do: page (from 0), pageSize (1..1000,
    // default 100), an RSQL filter over filterFields and attributes= to pick fields.
    // arrayFields maps a filter field to an array of the items it matches any element of
    // (teams: userId → userIds).
    SimResponse pagedList(const SimRequest &request, const QJsonArray &items,
                          const QStringList &filterFields, const QString &trackingId,
                          const QHash<QString, QString> &arrayFields = {}) const;
    // 403 in the contact center's shape when the path's orgId is not the tenant's, else nullopt.
    std::optional<SimResponse> checkOrg(const SimRequest &request, const QString &trackingId) const;

private:
    SimResponse subscribe(const SimRequest &request, CcAgent &agent, const QString &trackingId);
    SimResponse listAuxiliaryCodes(const SimRequest &request, const QString &trackingId) const;
    SimResponse listTeams(const SimRequest &request, const QString &trackingId) const;
    SimResponse listDialPlan(const SimRequest &request, const QString &trackingId) const;
    SimResponse desktopLogin(const SimRequest &request, const QString &trackingId) const;
    SimResponse pushEvent(const SimRequest &request);
    SimResponse dropSockets(const SimRequest &request);
    SimResponse listAgents() const;

    CcAgentDirectory m_agents;
    std::unique_ptr<CcNotifier> m_notifier;
    QString m_orgId;
    QJsonArray m_auxiliaryCodes;
    std::unique_ptr<CcDialPlan> m_dialPlan;
    std::unique_ptr<CcDesktopProfiles> m_profiles;
    std::unique_ptr<CcAgentSessions> m_sessions;
    std::unique_ptr<CcTasks> m_tasks;
    std::unique_ptr<CcRoster> m_roster;
};

} // namespace AgentDesk::Sim
