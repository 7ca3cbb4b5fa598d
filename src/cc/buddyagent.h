// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace AgentDesk::Cc {

// Another logged-in agent and their state, one entry of the contact center's buddy list (the
// BuddyAgents event's agentList, SDK BuddyDetails): whom the Agents tab offers for a consult or
// transfer with destinationType "agent".
struct BuddyAgent
{
    QString agentId;
    QString name;     // agentName
    QString state;    // "Available", "Idle", or another state the server names, as sent
    QString teamId;   // the team the agent is logged in with
    QString teamName; // empty when the server does not send it
    QString dn;       // the agent's dial number or extension, empty for digital-only agents
    QString siteId;

    bool isAvailable() const
    {
        return state.compare(QLatin1String("Available"), Qt::CaseInsensitive) == 0;
    }
    friend bool operator==(const BuddyAgent &, const BuddyAgent &) = default;
};

} // namespace AgentDesk::Cc
