// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactcenteragentmerge.h"

#include "corelogging.h"

#include <QSet>

namespace AgentDesk::Core {

ContactCenterAgentMerge::ContactCenterAgentMerge(const QList<ContactCenterAgent> &agents)
{
    m_agents.reserve(agents.size());
    qsizetype duplicates = 0;
    for (const ContactCenterAgent &agent : agents) {
        const QString key = emailKey(agent.email);
        if (key.isEmpty() || agent.agentId.isEmpty()) {
            continue;
        }
        if (m_byEmail.contains(key)) {
            ++duplicates;
            continue;
        }
        m_byEmail.insert(key, m_agents.size());
        m_agents.append(agent);
    }
    if (duplicates > 0) {
        // Counts only: e-mails are personal data.
        qCWarning(lcCore) << duplicates
                          << "contact-center agents share an e-mail with an earlier "
                             "one; the first is used";
    }
}

QString ContactCenterAgentMerge::emailKey(const QString &email)
{
    return email.trimmed().toCaseFolded();
}

QString ContactCenterAgentMerge::agentIdFor(const QString &email) const
{
    const auto found = m_byEmail.constFind(emailKey(email));
    return found == m_byEmail.constEnd() ? QString() : m_agents.at(found.value()).agentId;
}

qsizetype ContactCenterAgentMerge::apply(QList<Colleague> &colleagues) const
{
    QSet<qsizetype> attached; // agents already given to a colleague: each appears once
    qsizetype matched = 0;
    for (Colleague &colleague : colleagues) {
        QString agentId;
        const auto found = m_byEmail.constFind(emailKey(colleague.mail));
        if (found != m_byEmail.constEnd() && !attached.contains(found.value())) {
            attached.insert(found.value());
            agentId = m_agents.at(found.value()).agentId;
            ++matched;
        }
        colleague.ccAgentId = agentId;
    }
    return matched;
}

QList<ContactCenterAgent>
ContactCenterAgentMerge::unmatched(const QList<Colleague> &colleagues) const
{
    QSet<qsizetype> seen;
    for (const Colleague &colleague : colleagues) {
        const auto found = m_byEmail.constFind(emailKey(colleague.mail));
        if (found != m_byEmail.constEnd()) {
            seen.insert(found.value());
        }
    }
    QList<ContactCenterAgent> agents;
    for (qsizetype i = 0; i < m_agents.size(); ++i) {
        if (!seen.contains(i)) {
            agents.append(m_agents.at(i));
        }
    }
    return agents;
}

} // namespace AgentDesk::Core
