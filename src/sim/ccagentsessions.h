// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simhttp.h"

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace AgentDesk::Sim {

class ContactCenterService;
class SimRouter;
struct CcAgent;
struct CcEvent;
struct SimContext;

// The agent's session on the contact center: station login, state, logout and reload, each a
// 202-then-event command (SERVICES-REFERENCE.md §1.3-1.5), plus the control calls that change
// an agent's state from elsewhere and make numbers busy. Owned by ContactCenterService, which
// registers these routes with its own.
//   POST /v1/agents/login {dialNumber, teamId, isExtension, roles, deviceType, deviceId, teamName?,
//        siteId?, usesOtherDN?, auxCodeId?} → 202, then StationLogin: AgentStationLoginSuccess
//        | AgentStationLoginFailed {reason, reasonCode}
//   PUT  /v1/agents/session/state {state: Available|Idle, auxCodeId, lastStateChangeReason?,
//        agentId?} → 202, then AgentStateChange: AgentStateChangeSuccess | Failed
//   PUT  /v1/agents/logout {logoutReason, agentId?} → 202, then Logout: AgentLogoutSuccess | Failed
//   POST /v1/agents/reload → 202, then AgentReloginSuccess (current session) | AgentReloginFailed,
//        then AgentContact for each call the agent is part of (CcTasks)
// Control (no token):
//   POST /_sim/cc/agents/state {email|agentId, state, auxCodeId?, changedBy?, changedById?,
//        changedByName?, reason?} → pushes an unasked AgentStateChangeSuccess ("a supervisor
//        changed the agent's state", or RONA with changedBy "rona")
//   GET|POST|DELETE /_sim/cc/busy-numbers {"numbers": [...]} → numbers a station login finds
//        in use (DUPLICATE_LOCATION); DELETE without numbers clears the list
// Body checks answer 400 in the contact center's error shape before any 202; everything the
// outcome depends on (profile, dial plan, who else is logged in) is judged when the event is
// sent. Failure reasons: see CcAgentEvents.
//
// Digital-only logins: a profile with no loginVoiceOptions logs in without deviceType (send
// dialNumber = agentId, as the SDK does for BROWSER); any voice deviceType is refused with
// DEVICE_TYPE_NOT_ALLOWED. For voice profiles a missing deviceType means EXTENSION when
// isExtension is true, else AGENT_DN (the CC OpenAPI defaults).
class CcAgentSessions final
{
public:
    CcAgentSessions(ContactCenterService &service, SimContext &context);
    Q_DISABLE_COPY_MOVE(CcAgentSessions)

    void registerRoutes(SimRouter &router);

    // Canonical numbers on the busy list.
    const QSet<QString> &busyNumbers() const { return m_busy; }

    // A missed offer (RONA): the contact center moves the agent to Idle on the RONA system
    // code, changedBy "rona", and tells the agent's sockets (AgentStateChangeSuccess).
    void applyRona(const QString &agentId);

private:
    struct LoginRequest
    {
        QString dialNumber;
        QString teamId;
        QString deviceType; // after defaults; empty = none given
        bool deviceTypeGiven = false;
        QString deviceId;
        bool isExtension = false;
        QStringList roles;
    };

    SimResponse stationLogin(const SimRequest &request, CcAgent &agent, const QString &trackingId);
    SimResponse changeState(const SimRequest &request, CcAgent &agent, const QString &trackingId);
    SimResponse logout(const SimRequest &request, CcAgent &agent, const QString &trackingId);
    SimResponse reload(CcAgent &agent, const QString &trackingId);
    SimResponse controlState(const SimRequest &request);
    SimResponse busyNumbers(const SimRequest &request);

    // The outcomes, run after the event delay.
    void completeStationLogin(const QString &agentId, const LoginRequest &login,
                              const QByteArray &callerKey, const QString &trackingId);
    void completeStateChange(const QString &agentId, const QString &state, const QString &auxCodeId,
                             const QString &reason, const QString &trackingId);
    // Why the login cannot happen, or empty. Fills the canonical location when it can.
    QString refuseLogin(const CcAgent &agent, const LoginRequest &login, QString *location) const;
    // Why the agent may not go to this state with this code, or empty (agent's own change when
    // byAgent, else a remote one which may use system codes).
    QString refuseState(const CcAgent &agent, const QString &state, const QString &auxCodeId,
                        bool byAgent) const;
    void applyState(CcAgent &agent, const QString &state, const QString &auxCodeId,
                    const QString &reason, const QString &changedBy, const QString &changedById,
                    const QString &changedByName);
    QString canonicalBusy(const QString &number) const;
    // The id of the system idle code named RONA, or empty.
    QString ronaCodeId() const;
    void publish(const QString &agentId, const CcEvent &event, const QString &trackingId);

    ContactCenterService &m_service;
    SimContext &m_context;
    QSet<QString> m_busy;
};

} // namespace AgentDesk::Sim
