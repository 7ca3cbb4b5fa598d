// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ccrsqlfilter.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace AgentDesk::Sim {

std::optional<CcRsqlFilter> CcRsqlFilter::parse(const QString &text, const QStringList &fields,
                                                QString *error)
{
    static const QRegularExpression termPattern(QRegularExpression::anchoredPattern(
            uR"(([A-Za-z][A-Za-z0-9]*)(==|!=|=in=|=out=)(.+))"_s));
    static const QRegularExpression listPattern(
            QRegularExpression::anchoredPattern(uR"(\(([^()]*)\))"_s));
    CcRsqlFilter filter;
    const QStringList terms = text.split(u';', Qt::SkipEmptyParts);
    for (const QString &termText : terms) {
        const QRegularExpressionMatch term = termPattern.match(termText.trimmed());
        if (!term.hasMatch()) {
            *error = u"Unsupported filter expression: %1"_s.arg(termText);
            return std::nullopt;
        }
        Term parsed;
        parsed.field = term.captured(1);
        if (!fields.contains(parsed.field)) {
            *error = u"Unknown filter attribute: %1"_s.arg(parsed.field);
            return std::nullopt;
        }
        const QString op = term.captured(2);
        parsed.negated = op == u"!="_s || op == u"=out="_s;
        if (op == u"=in="_s || op == u"=out="_s) {
            const QRegularExpressionMatch list = listPattern.match(term.captured(3));
            if (!list.hasMatch()) {
                *error = u"Expected a (list) after %1 in: %2"_s.arg(op, termText);
                return std::nullopt;
            }
            const QStringList values = list.captured(1).split(u',', Qt::SkipEmptyParts);
            for (const QString &value : values) {
                parsed.values.append(value.trimmed());
            }
        } else {
            if (term.captured(3).contains(u',')) {
                // A top-level `,` is RSQL's "or", which no client of ours sends.
                *error = u"Unsupported filter expression: %1"_s.arg(termText);
                return std::nullopt;
            }
            parsed.values.append(term.captured(3).trimmed());
        }
        for (const QString &value : std::as_const(parsed.values)) {
            if (value.startsWith(u'"') || value.startsWith(u'\'')) {
                *error = u"Filter values must not be quoted: %1"_s.arg(termText);
                return std::nullopt;
            }
        }
        filter.m_terms.append(parsed);
    }
    return filter;
}

static QString asText(const QJsonValue &value)
{
    if (value.isBool()) {
        return value.toBool() ? u"true"_s : u"false"_s;
    }
    if (value.isDouble()) {
        return QString::number(value.toDouble());
    }
    return value.toString();
}

bool CcRsqlFilter::matches(const QJsonObject &item) const
{
    for (const Term &term : m_terms) {
        bool listed = false;
        const auto arrayKey = m_arrayFields.constFind(term.field);
        if (arrayKey != m_arrayFields.constEnd()) {
            for (const QJsonValue &element : item.value(*arrayKey).toArray()) {
                listed = listed || term.values.contains(asText(element));
            }
        } else {
            listed = term.values.contains(asText(item.value(term.field)));
        }
        if (listed == term.negated) {
            return false;
        }
    }
    return true;
}

QJsonArray CcRsqlFilter::apply(const QJsonArray &items) const
{
    QJsonArray kept;
    for (const QJsonValue &item : items) {
        if (matches(item.toObject())) {
            kept.append(item);
        }
    }
    return kept;
}

} // namespace AgentDesk::Sim
