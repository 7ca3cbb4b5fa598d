// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ccagentdirectory.h"
#include "simhttp.h"
#include "simrouter.h"
#include "simservice.h"

#include <QJsonArray>
#include <QStringList>

#include <functional>
#include <memory>

namespace AgentDesk::Sim {

class CcNotifier;

// The Webex Contact Center agent API (SERVICES-REFERENCE.md §1): the notification channel, the
// 202-then-event commands and the organization look-ups. Every /v1 and /organization call needs
// a contact-center Bearer token and answers with a TrackingID header.
//   POST /v1/notification/subscribe {force, isKeepAliveEnabled, clientType, allowMultiLogin}
//        → 200 {webSocketUrl, subscriptionId}; the socket is /v1/notification/subscription/{id}
//   POST /v1/agents/reload            → 202, then AgentReloginSuccess | AgentReloginFailed
//   PUT  /v1/agents/logout {logoutReason} → 202, then Logout: AgentLogoutSuccess | Failed
//   GET  /organization/{orgId}/v2/auxiliary-code?page&pageSize&filter&attributes
// Control (no token): GET /_sim/cc/agents, POST /_sim/cc/events {agentId|email, category,
// data}, POST /_sim/cc/drop-sockets {email|agentId?}.
// Scenario section "contactCenter": keepaliveTimeoutMs, eventDelayMs, agents[], idleCodes[],
// wrapUpCodes[].
class ContactCenterService final : public SimService
{
public:
    explicit ContactCenterService(SimContext &context);
    ~ContactCenterService() override;
    Q_DISABLE_COPY_MOVE(ContactCenterService)

    void registerRoutes(SimRouter &router) override;

    CcAgentDirectory &agents() { return m_agents; }
    CcNotifier &notifier() { return *m_notifier; }
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
    SimResponse pagedList(const SimRequest &request, const QJsonArray &items,
                          const QStringList &filterFields, const QString &trackingId) const;

private:
    SimResponse subscribe(const SimRequest &request, CcAgent &agent, const QString &trackingId);
    SimResponse reload(CcAgent &agent, const QString &trackingId);
    SimResponse logout(const SimRequest &request, CcAgent &agent, const QString &trackingId);
    SimResponse listAuxiliaryCodes(const SimRequest &request, const QString &trackingId) const;
    SimResponse pushEvent(const SimRequest &request);
    SimResponse dropSockets(const SimRequest &request);
    SimResponse listAgents() const;

    CcAgentDirectory m_agents;
    std::unique_ptr<CcNotifier> m_notifier;
    QString m_orgId;
    QJsonArray m_auxiliaryCodes;
};

} // namespace AgentDesk::Sim
