// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace AgentDesk::Sim {

// The subset of RSQL that the contact center's list endpoints take in `filter=` and that its
// clients send (SDK services/config/constants.ts): terms `field==value`, `field!=value`,
// `field=in=(a,b)`, `field=out=(a,b)` joined by `;` (and). Values stay unquoted, as the real
// API wants them (a quoted value is refused, as the team endpoint does); an item's JSON value
// is compared as text (booleans as true/false).
//   auto filter = CcRsqlFilter::parse(u"workTypeCode==IDLE_CODE;active==true"_s, fields, &error);
//   QJsonArray idle = filter->apply(codes);
class CcRsqlFilter
{
public:
    // Empty text = match everything. Fails on syntax it does not support or unknown fields.
    static std::optional<CcRsqlFilter> parse(const QString &text, const QStringList &fields,
                                             QString *error);

    // Makes `field` match an item when any element of the item's array `arrayKey` does, e.g.
    // a team matches userId==X when X is in its userIds.
    void matchInArray(const QString &field, const QString &arrayKey)
    {
        m_arrayFields.insert(field, arrayKey);
    }

    bool matches(const QJsonObject &item) const;
    QJsonArray apply(const QJsonArray &items) const;

private:
    struct Term
    {
        QString field;
        bool negated = false;
        QStringList values; // one for == and !=, the list for =in= and =out=
    };
    QList<Term> m_terms;
    QHash<QString, QString> m_arrayFields;
};

} // namespace AgentDesk::Sim
