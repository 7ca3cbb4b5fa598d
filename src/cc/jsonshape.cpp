// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonshape.h"

#include <net/jsontypename.h>

using namespace Qt::StringLiterals;

namespace AgentDesk::Cc {

JsonShape::JsonShape(QString subject)
    : m_subject(std::move(subject))
{}

void JsonShape::fail(const QString &what)
{
    if (!m_problem.isEmpty()) {
        return;
    }
    const QString where = m_path.join(QString());
    m_problem = where.isEmpty() ? QString(m_subject + u": "_s + what)
                                : QString(m_subject + u": "_s + where + u": "_s + what);
}

void JsonShape::failAt(const QString &key, const QString &what)
{
    m_path.append(m_path.isEmpty() ? key : QString(u'.' + key));
    fail(what);
    m_path.removeLast();
}

QJsonValue JsonShape::take(const QJsonObject &object, const QString &key, int rules)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (!(rules & Optional)) {
            failAt(key, u"missing"_s);
        }
        return QJsonValue(QJsonValue::Undefined);
    }
    return value;
}

QString JsonShape::text(const QJsonObject &object, const QString &key, int rules,
                        const QString &fallback)
{
    const QJsonValue value = take(object, key, rules);
    if (value.isUndefined()) {
        return fallback;
    }
    if (!value.isString()) {
        failAt(key, QString(u"expected a string, got "_s + Net::jsonTypeName(value)));
        return fallback;
    }
    if ((rules & NonEmpty) && value.toString().trimmed().isEmpty()) {
        failAt(key, u"must not be empty"_s);
        return fallback;
    }
    return value.toString();
}

bool JsonShape::boolean(const QJsonObject &object, const QString &key, int rules, bool fallback)
{
    const QJsonValue value = take(object, key, rules);
    if (value.isUndefined()) {
        return fallback;
    }
    if (!value.isBool()) {
        failAt(key, QString(u"expected a boolean, got "_s + Net::jsonTypeName(value)));
        return fallback;
    }
    return value.toBool();
}

double JsonShape::number(const QJsonObject &object, const QString &key, int rules, double fallback)
{
    const QJsonValue value = take(object, key, rules);
    if (value.isUndefined()) {
        return fallback;
    }
    if (!value.isDouble()) {
        failAt(key, QString(u"expected a number, got "_s + Net::jsonTypeName(value)));
        return fallback;
    }
    return value.toDouble();
}

QJsonObject JsonShape::object(const QJsonObject &object, const QString &key, int rules)
{
    const QJsonValue value = take(object, key, rules);
    if (value.isUndefined()) {
        return {};
    }
    if (!value.isObject()) {
        failAt(key, QString(u"expected an object, got "_s + Net::jsonTypeName(value)));
        return {};
    }
    return value.toObject();
}

QJsonArray JsonShape::array(const QJsonObject &object, const QString &key, int rules)
{
    const QJsonValue value = take(object, key, rules);
    if (value.isUndefined()) {
        return {};
    }
    if (!value.isArray()) {
        failAt(key, QString(u"expected an array, got "_s + Net::jsonTypeName(value)));
        return {};
    }
    return value.toArray();
}

QStringList JsonShape::texts(const QJsonObject &object, const QString &key, int rules)
{
    const QJsonArray items = array(object, key, rules);
    QStringList result;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonValue item = items.at(i);
        const QString where = u"%1[%2]"_s.arg(key).arg(i);
        if (!item.isString()) {
            failAt(where, QString(u"expected a string, got "_s + Net::jsonTypeName(item)));
            continue;
        }
        if ((rules & NonEmpty) && item.toString().trimmed().isEmpty()) {
            failAt(where, u"must not be empty"_s);
            continue;
        }
        result.append(item.toString());
    }
    return result;
}

QJsonObject JsonShape::object(const QJsonValue &value)
{
    if (!value.isObject()) {
        fail(QString(u"expected an object, got "_s + Net::jsonTypeName(value)));
        return {};
    }
    return value.toObject();
}

JsonShape::Scope::Scope(JsonShape &shape, const QString &key)
    : m_shape(shape)
{
    m_shape.m_path.append(m_shape.m_path.isEmpty() ? key : QString(u'.' + key));
}

JsonShape::Scope::Scope(JsonShape &shape, const QString &key, qsizetype index)
    : m_shape(shape)
{
    const QString segment = u"%1[%2]"_s.arg(key).arg(index);
    m_shape.m_path.append(m_shape.m_path.isEmpty() ? segment : QString(u'.' + segment));
}

JsonShape::Scope::~Scope()
{
    m_shape.m_path.removeLast();
}

} // namespace AgentDesk::Cc
