// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QRegularExpression>
#include <QString>

#include <optional>
#include <vector>

namespace AgentDesk::Sim {

// The tenant's dial plan (scenario contactCenter.dialPlan[{id, name, regex, prefix,
// strippedChars}]): what GET /organization/{orgId}/dial-plan lists and what station login checks
// a dial number or extension against. An entry accepts a number when its regex matches the
// number with the entry's strippedChars removed, the check the newest SDK makes
// (SERVICES-REFERENCE.md §1.10); the number's canonical form is then prefix + stripped number,
// which is what "the same number" means for DUPLICATE_LOCATION and the busy list.
//   CcDialPlan plan(section.value(u"dialPlan"_s).toArray());
//   plan.canonical(u"+55 11 98765-4321"_s);   // "+5511987654321"
//   plan.canonical(u"12ab"_s);                // nullopt: INVALID_DIAL_NUMBER
class CcDialPlan
{
public:
    explicit CcDialPlan(const QJsonArray &entries);

    // The entries in the wire shape {id, name, regex, regularExpression, prefix, strippedChars,
    // active} (regularExpression is the name the config API's entity uses, regex the SDK's).
    const QJsonArray &entries() const { return m_wire; }
    bool isEmpty() const { return m_entries.empty(); }

    // The canonical form by the first matching entry; nullopt when none matches. With no
    // entries at all every non-empty number is accepted (the SDK then defers to the server,
    // and the tenant has no rule to apply), canonicalised by locationKey().
    std::optional<QString> canonical(const QString &number) const;
    // A format-free key for a number no entry needs to accept (the busy list): a leading '+'
    // and the digits.
    static QString locationKey(const QString &number);

private:
    struct Entry
    {
        QString id;
        QRegularExpression regex;
        QString prefix;
        QString strippedChars;
    };
    std::vector<Entry> m_entries;
    QJsonArray m_wire;
};

} // namespace AgentDesk::Sim
