// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialplan.h"

#include "corelogging.h"

namespace AgentDesk::Core {

DialPlan::DialPlan(QList<DialPlanEntry> entries)
    : m_entries(std::move(entries))
{
    m_patterns.reserve(m_entries.size());
    for (const DialPlanEntry &entry : std::as_const(m_entries)) {
        QRegularExpression pattern(entry.regex);
        if (!pattern.isValid()) {
            qCWarning(lcCore) << "dial plan entry" << entry.name
                              << "has a regex that does not compile:" << pattern.errorString();
        }
        m_patterns.append(pattern);
    }
}

bool DialPlan::accepts(const QString &number) const
{
    if (m_entries.isEmpty()) {
        return !number.trimmed().isEmpty();
    }
    return match(number).has_value();
}

std::optional<DialPlanEntry> DialPlan::match(const QString &number) const
{
    const QString trimmed = number.trimmed();
    if (trimmed.isEmpty()) {
        return std::nullopt;
    }
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const QRegularExpression &pattern = m_patterns.at(i);
        if (!pattern.isValid()) {
            continue;
        }
        QString stripped = trimmed;
        for (const QChar c : m_entries.at(i).strippedChars) {
            stripped.remove(c);
        }
        if (!stripped.isEmpty() && pattern.match(stripped).hasMatch()) {
            return m_entries.at(i);
        }
    }
    return std::nullopt;
}

} // namespace AgentDesk::Core
