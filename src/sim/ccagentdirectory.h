// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace AgentDesk::Sim {

class Scenario;

// The station session of a logged-in agent (POST /v1/agents/login), what the agent events and
// GET /_sim/cc/agents report. Later pieces (calls) add their fields here.
struct CcAgentSession
{
    QString agentSessionId;
    QString teamId;
    QString teamName;
    QString siteId;
    QString deviceType; // AGENT_DN | EXTENSION | BROWSER; empty for a digital-only login
    QString deviceId;   // the number, or webrtc-<agentId> for BROWSER
    QString dialNumber; // as the agent entered it
    QString location;   // the number in canonical form, what DUPLICATE_LOCATION compares
    bool isExtension = false;
    QStringList roles;
    QString subStatus = QStringLiteral("Idle"); // Available | Idle
    QString auxCodeId;                          // "0" while Available
    QString lastStateChangeReason;
    qint64 loginTimestamp = 0; // ms since the epoch, as the events carry them
    qint64 lastStateChangeTimestamp = 0;
    qint64 lastIdleCodeChangeTimestamp = 0;
    // Who made the last state change: "self", "supervisor", "rona"...
    QString changedBy;
    QString changedById;
    QString changedByName;
    // The calls the agent is part of (kept by CcTasks), what the login and reload events list.
    QStringList interactionIds;
};

// One contact-center agent as the simulator knows it. `loggedIn` is the station-login flag;
// `session` is meaningful only while it is set.
struct CcAgent
{
    QString id;       // agent id (a GUID), the one Welcome and every event carry
    QString ciUserId; // the Common Identity id people/me names (equals id unless the scenario
                      // gives the agent its own agentId)
    QString email;
    QString name;
    bool loggedIn = false;
    CcAgentSession session;
};

// The agents of the simulated contact center, keyed by e-mail (the user behind a token).
// An agent's id is, in order: its agentId in the scenario's contactCenter.agents[], the
// ciUserId of its identity account, or a UUID v5 of the e-mail. The listed agents and the
// identity accounts exist from the start; anyone else holding a contact-center token becomes
// an agent on first use, with the same id in every run.
//   CcAgentDirectory agents(scenario);
//   CcAgent &agent = agents.forEmail(u"ana.souza@contoso.example"_s);
class CcAgentDirectory
{
public:
    explicit CcAgentDirectory(const Scenario &scenario);
    Q_DISABLE_COPY_MOVE(CcAgentDirectory)

    // The agent for this e-mail, created when unknown. The reference stays valid.
    CcAgent &forEmail(const QString &email);
    CcAgent *byEmail(const QString &email) const;
    CcAgent *byId(const QString &agentId) const;
    CcAgent *byCiUserId(const QString &ciUserId) const;
    // Every agent, in scenario order then first use.
    QList<CcAgent *> all() const;

    // [{agentId, ciUserId, email, name, loggedIn, deviceType, deviceId, dialNumber, teamId,
    // teamName, state, auxCodeId, agentSessionId, lastStateChangeTimestamp, changedBy}] for the
    // control API (the session fields only while logged in).
    QJsonArray toJson() const;

    // The id an unlisted e-mail gets.
    static QString derivedAgentId(const QString &email);

private:
    CcAgent &add(const QString &email, const QString &id, const QString &name);

    const Scenario &m_scenario;
    std::vector<std::unique_ptr<CcAgent>> m_agents;
};

} // namespace AgentDesk::Sim
