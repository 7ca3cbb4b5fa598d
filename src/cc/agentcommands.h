// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cccommand.h"

#include <core/interactionpreferences.h>

#include <QUrl>

namespace AgentDesk::Net {
class TokenProvider;
}

namespace AgentDesk::Cc {

// Builds the agent commands of the contact-center API (API-CONTRACT.md), each with the events
// that end it. Pure: nothing is sent here (CommandTracker sends).
//   CcCommand login = AgentCommands(endpoints.ccApi, &tokens).stationLogin(choice);
class AgentCommands
{
public:
    AgentCommands(QUrl ccApi, Net::TokenProvider *tokens);

    // Keys: one command of each kind in flight (a second click does nothing).
    static QString loginKey() { return QStringLiteral("agent/login"); }
    static QString stateKey() { return QStringLiteral("agent/state"); }
    static QString logoutKey() { return QStringLiteral("agent/logout"); }
    static QString reloadKey() { return QStringLiteral("agent/reload"); }
    static QString buddyListKey() { return QStringLiteral("agent/buddyList"); }

    // The SDK's AGENT_STATE_AVAILABLE_ID: the pseudo idle code sent with Available.
    static QString availableCodeId() { return QStringLiteral("0"); }

    // POST /v1/agents/login with the body Core::StationLoginRequest builds from the validated
    // preferences → AgentStationLoginSuccess | AgentStationLoginFailed
    CcCommand stationLogin(const Core::InteractionPreferences &preferences,
                           const QString &agentId) const;
    // PUT /v1/agents/session/state {state: "Available"|"Idle", auxCodeId, lastStateChangeReason}
    //   → AgentStateChangeSuccess | AgentStateChangeFailed. An empty auxCodeId means Available.
    CcCommand setState(const QString &auxCodeId, const QString &reason = {}) const;
    // PUT /v1/agents/logout {logoutReason} → AgentLogoutSuccess | AgentLogoutFailed
    CcCommand logout(const QString &reason = QStringLiteral("User requested logout")) const;
    // POST /v1/agents/reload → AgentReloginSuccess | AgentChannelReloginSuccess |
    //   AgentReloginFailed
    CcCommand reload() const;
    // POST /v1/agents/buddyList {agentProfileId, mediaType, state?} → BuddyAgents |
    //   BuddyAgentsRetrieveFailed (both of category BuddyAgents). mediaType: telephony, chat,
    //   email, social; state: Available or Idle, empty for every logged-in agent.
    CcCommand buddyList(const QString &agentProfileId,
                        const QString &mediaType = QStringLiteral("telephony"),
                        const QString &state = {}) const;

private:
    QUrl m_ccApi;
    Net::TokenProvider *m_tokens;
};

} // namespace AgentDesk::Cc
