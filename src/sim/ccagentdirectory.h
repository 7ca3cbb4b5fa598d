// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QString>

#include <memory>
#include <vector>

namespace AgentDesk::Sim {

class Scenario;

// One contact-center agent as the simulator knows it. Later pieces (station login, agent
// state, calls) add their session fields here; `loggedIn` is the station-login flag.
struct CcAgent
{
    QString id; // agent id (a GUID), the one Welcome and every event carry
    QString email;
    QString name;
    bool loggedIn = false;
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

    // [{agentId, email, name, loggedIn}] for the control API.
    QJsonArray toJson() const;

    // The id an unlisted e-mail gets.
    static QString derivedAgentId(const QString &email);

private:
    CcAgent &add(const QString &email, const QString &id, const QString &name);

    const Scenario &m_scenario;
    std::vector<std::unique_ptr<CcAgent>> m_agents;
};

} // namespace AgentDesk::Sim
