// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ccagentdirectory.h"

#include "scenario.h"
#include "stableids.h"

#include <QJsonObject>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace AgentDesk::Sim {

CcAgentDirectory::CcAgentDirectory(const Scenario &scenario)
    : m_scenario(scenario)
{
    const QJsonArray listed = scenario.section(u"contactCenter"_s).value(u"agents"_s).toArray();
    for (const QJsonValue &value : listed) {
        const QJsonObject agent = value.toObject();
        const QString email = agent.value(u"email"_s).toString();
        if (email.isEmpty() || byEmail(email)) {
            continue;
        }
        add(email, agent.value(u"agentId"_s).toString(), agent.value(u"name"_s).toString());
    }
    // Every identity account is an agent of the simulated tenant from the start, so the
    // control API can address it before it ever connects.
    const QJsonArray accounts = scenario.root().value(u"accounts"_s).toArray();
    for (const QJsonValue &value : accounts) {
        const QString email = value.toObject().value(u"email"_s).toString();
        if (!email.isEmpty() && !byEmail(email)) {
            add(email, {}, {});
        }
    }
}

QString CcAgentDirectory::derivedAgentId(const QString &email)
{
    // The same id the contact-center identity gives this person as ciUserId.
    return stableUuid(u"ciUserId"_s, email);
}

CcAgent &CcAgentDirectory::add(const QString &email, const QString &id, const QString &name)
{
    QJsonObject account;
    const QJsonArray accounts = m_scenario.root().value(u"accounts"_s).toArray();
    for (const QJsonValue &value : accounts) {
        if (value.toObject().value(u"email"_s).toString().compare(email, Qt::CaseInsensitive) ==
            0) {
            account = value.toObject();
            break;
        }
    }
    auto agent = std::make_unique<CcAgent>();
    agent->email = email.trimmed().toLower();
    // Webex CC names an agent by the user's Common Identity id, the ciUserId of the account
    // (people/me derives the same id when the account gives none).
    agent->ciUserId = account.value(u"ciUserId"_s).toString();
    if (agent->ciUserId.isEmpty()) {
        agent->ciUserId = derivedAgentId(email);
    }
    agent->id = !id.isEmpty() ? id : agent->ciUserId;
    agent->name = !name.isEmpty() ? name : account.value(u"displayName"_s).toString();
    if (agent->name.isEmpty()) {
        agent->name = agent->email.section(u'@', 0, 0);
    }
    m_agents.push_back(std::move(agent));
    return *m_agents.back();
}

CcAgent &CcAgentDirectory::forEmail(const QString &email)
{
    if (CcAgent *known = byEmail(email)) {
        return *known;
    }
    return add(email, {}, {});
}

CcAgent *CcAgentDirectory::byEmail(const QString &email) const
{
    const QString key = email.trimmed();
    for (const auto &agent : m_agents) {
        if (agent->email.compare(key, Qt::CaseInsensitive) == 0) {
            return agent.get();
        }
    }
    return nullptr;
}

CcAgent *CcAgentDirectory::byId(const QString &agentId) const
{
    for (const auto &agent : m_agents) {
        if (agent->id == agentId) {
            return agent.get();
        }
    }
    return nullptr;
}

CcAgent *CcAgentDirectory::byCiUserId(const QString &ciUserId) const
{
    for (const auto &agent : m_agents) {
        if (agent->ciUserId.compare(ciUserId, Qt::CaseInsensitive) == 0) {
            return agent.get();
        }
    }
    return nullptr;
}

QList<CcAgent *> CcAgentDirectory::all() const
{
    QList<CcAgent *> agents;
    agents.reserve(qsizetype(m_agents.size()));
    for (const auto &agent : m_agents) {
        agents.append(agent.get());
    }
    return agents;
}

QJsonArray CcAgentDirectory::toJson() const
{
    QJsonArray array;
    for (const auto &agent : m_agents) {
        QJsonObject entry{{u"agentId"_s, agent->id},
                          {u"ciUserId"_s, agent->ciUserId},
                          {u"email"_s, agent->email},
                          {u"name"_s, agent->name},
                          {u"loggedIn"_s, agent->loggedIn}};
        if (agent->loggedIn) {
            const CcAgentSession &session = agent->session;
            entry.insert(u"agentSessionId"_s, session.agentSessionId);
            entry.insert(u"deviceType"_s, session.deviceType);
            entry.insert(u"deviceId"_s, session.deviceId);
            entry.insert(u"dialNumber"_s, session.dialNumber);
            entry.insert(u"teamId"_s, session.teamId);
            entry.insert(u"teamName"_s, session.teamName);
            entry.insert(u"state"_s, session.subStatus);
            entry.insert(u"auxCodeId"_s, session.auxCodeId);
            entry.insert(u"lastStateChangeTimestamp"_s, session.lastStateChangeTimestamp);
            entry.insert(u"changedBy"_s, session.changedBy);
            entry.insert(u"lastStateChangeReason"_s, session.lastStateChangeReason);
        }
        array.append(entry);
    }
    return array;
}

} // namespace AgentDesk::Sim
