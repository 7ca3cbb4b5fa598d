// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ccdialplan.h"

#include "ccnotifier.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace AgentDesk::Sim {

CcDialPlan::CcDialPlan(const QJsonArray &entries)
{
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        const QString pattern = entry.value(u"regex"_s).toString();
        Entry parsed{entry.value(u"id"_s).toString(), QRegularExpression(pattern),
                     entry.value(u"prefix"_s).toString(),
                     entry.value(u"strippedChars"_s).toString()};
        if (pattern.isEmpty() || !parsed.regex.isValid()) {
            qCWarning(lcSimCc) << "dial-plan entry" << parsed.id
                               << "has no valid regex; it is left out:"
                               << parsed.regex.errorString();
            continue;
        }
        m_entries.push_back(parsed);
        m_wire.append(QJsonObject{{u"id"_s, parsed.id},
                                  {u"name"_s, entry.value(u"name"_s).toString()},
                                  {u"regex"_s, pattern},
                                  {u"regularExpression"_s, pattern},
                                  {u"prefix"_s, parsed.prefix},
                                  {u"strippedChars"_s, parsed.strippedChars},
                                  {u"active"_s, entry.value(u"active"_s).toBool(true)}});
    }
}

std::optional<QString> CcDialPlan::canonical(const QString &number) const
{
    const QString trimmed = number.trimmed();
    if (trimmed.isEmpty()) {
        return std::nullopt;
    }
    if (m_entries.empty()) {
        return locationKey(trimmed);
    }
    for (const Entry &entry : m_entries) {
        QString stripped = trimmed;
        for (const QChar c : entry.strippedChars) {
            stripped.remove(c);
        }
        if (entry.regex.match(stripped).hasMatch()) {
            return QString(entry.prefix + stripped);
        }
    }
    return std::nullopt;
}

QString CcDialPlan::locationKey(const QString &number)
{
    const QString trimmed = number.trimmed();
    QString key;
    if (trimmed.startsWith(u'+')) {
        key.append(u'+');
    }
    for (const QChar c : trimmed) {
        if (c >= u'0' && c <= u'9') {
            key.append(c);
        }
    }
    return key;
}

} // namespace AgentDesk::Sim
