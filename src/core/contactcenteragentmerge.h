// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "colleague.h"
#include "contactcenteragent.h"

#include <QHash>
#include <QList>
#include <QString>

namespace AgentDesk::Core {

// Joins the contact center's agents to the Teams directory by e-mail, so a person who is both
// appears once, as a colleague carrying their agent id (Colleague::ccAgentId): the panel shows
// their Teams presence and, through the id, their agent state. E-mails compare trimmed and
// case-insensitively (Graph keeps the case people typed, the contact center often lowercases).
// An agent is attached to one colleague at most: the first with that e-mail. Pure.
//   const ContactCenterAgentMerge merge(agents);
//   merge.apply(colleagues);                          // sets or clears ccAgentId on every row
//   const auto onlyAgents = merge.unmatched(colleagues); // agents with no Teams account
class ContactCenterAgentMerge final
{
public:
    ContactCenterAgentMerge() = default;
    // Agents without an e-mail are ignored; of two agents with the same e-mail the first wins.
    explicit ContactCenterAgentMerge(const QList<ContactCenterAgent> &agents);

    // The agent id behind this e-mail, or empty.
    QString agentIdFor(const QString &email) const;
    // Sets ccAgentId on the colleagues whose mail names an agent and clears it on every other
    // one (an agent removed since the last merge). Returns how many colleagues carry an id.
    qsizetype apply(QList<Colleague> &colleagues) const;
    // The agents no colleague's mail names, in the order given.
    QList<ContactCenterAgent> unmatched(const QList<Colleague> &colleagues) const;

    qsizetype agentCount() const { return m_agents.size(); }

    // The form e-mails are compared in: trimmed and case-folded.
    static QString emailKey(const QString &email);

private:
    QList<ContactCenterAgent> m_agents;  // distinct e-mails, in the order given
    QHash<QString, qsizetype> m_byEmail; // emailKey → index in m_agents
};

} // namespace AgentDesk::Core
