// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>

#include <optional>

namespace AgentDesk::Core {

// One entry of the tenant's dial plan (GET /organization/{orgId}/dial-plan?agentView=true).
struct DialPlanEntry
{
    QString name;          // "US", "International"…
    QString regex;         // the tenant's pattern, as configured
    QString prefix;        // what the contact center adds before dialling; not ours to apply
    QString strippedChars; // characters removed from the number before matching, e.g. "( )-"
    friend bool operator==(const DialPlanEntry &, const DialPlanEntry &) = default;
};

// The tenant's dial plan as a client-side check, the way the Webex SDK applies it
// (SERVICES-REFERENCE.md §1.10): a number is acceptable when any entry's regex matches it after
// that entry's strippedChars are removed; no entries means no client check (the server decides).
// The regex is searched, not anchored, like the SDK's RegExp.test: the client must never refuse
// what the contact center accepts. An entry whose regex does not compile is skipped with a
// warning (agentdesk.core).
//   DialPlan plan({{u"US"_s, u"1[0-9]{3}[2-9][0-9]{6}"_s, u"1"_s, u"( )-"_s}});
//   if (!plan.accepts(u"+14255550100"_s)) refuse();
class DialPlan
{
public:
    DialPlan() = default;
    explicit DialPlan(QList<DialPlanEntry> entries);

    const QList<DialPlanEntry> &entries() const { return m_entries; }
    bool isEmpty() const { return m_entries.isEmpty(); }

    // True when an entry matches, or when there are no entries (no client check) and number is
    // not empty.
    bool accepts(const QString &number) const;
    // The first entry that accepts number; nullopt when none does or the plan is empty.
    std::optional<DialPlanEntry> match(const QString &number) const;

private:
    QList<DialPlanEntry> m_entries;
    QList<QRegularExpression> m_patterns; // parallel to m_entries; invalid ones never match
};

} // namespace AgentDesk::Core
