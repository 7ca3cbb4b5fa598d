// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "serviceerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace AgentDesk::Net {

// Microsoft identity appends "\r\nTrace ID: ...\r\nTimestamp: ..." to its descriptions: the
// first line is the sentence meant for people.
static QString firstLine(const QString &text)
{
    const qsizetype end = text.indexOf(QRegularExpression(u"[\\r\\n]"_s));
    return (end < 0 ? text : text.left(end)).trimmed();
}

// [{"description": "a"}, {"description": "b"}] → "a b"
static QString descriptions(const QJsonValue &value)
{
    QStringList parts;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &entry : array) {
        const QString description = entry.toObject().value(u"description"_s).toString().trimmed();
        if (!description.isEmpty()) {
            parts.append(description);
        }
    }
    return parts.join(u' ');
}

static QString scalarText(const QJsonValue &value)
{
    if (value.isDouble()) {
        return QString::number(value.toInteger());
    }
    return value.toString();
}

ServiceError ServiceError::parse(const QByteArray &body)
{
    ServiceError parsed;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject()) {
        return parsed;
    }
    const QJsonObject root = document.object();
    const QJsonValue error = root.value(u"error"_s);

    if (error.isObject() && error.toObject().contains(u"code"_s)) {
        // Microsoft Graph
        const QJsonObject graph = error.toObject();
        parsed.code = graph.value(u"code"_s).toString();
        parsed.message = firstLine(graph.value(u"message"_s).toString());
        const QJsonObject inner = graph.value(u"innerError"_s).toObject();
        parsed.trackingId = inner.value(u"request-id"_s).toString();
        return parsed;
    }
    if (error.isObject()) {
        // Webex Contact Center
        const QJsonObject cc = error.toObject();
        parsed.code = scalarText(cc.value(u"key"_s));
        const QJsonValue message = cc.value(u"message"_s);
        parsed.message = message.isArray() ? descriptions(message) : message.toString();
        if (parsed.message.isEmpty()) {
            parsed.message = cc.value(u"reason"_s).toString();
        }
        parsed.message = firstLine(parsed.message);
        parsed.trackingId = root.value(u"trackingId"_s).toString();
        return parsed;
    }
    if (error.isString()) {
        // Microsoft identity (OAuth 2.0 error response)
        parsed.code = error.toString();
        parsed.message = firstLine(root.value(u"error_description"_s).toString());
        parsed.trackingId = root.value(u"correlation_id"_s).toString();
        return parsed;
    }
    if (root.contains(u"message"_s) || root.contains(u"errors"_s)) {
        // Webex identity and the other webexapis.com APIs
        parsed.message = firstLine(root.value(u"message"_s).toString());
        if (parsed.message.isEmpty()) {
            parsed.message = firstLine(descriptions(root.value(u"errors"_s)));
        }
        parsed.trackingId = root.value(u"trackingId"_s).toString();
        return parsed;
    }
    return parsed;
}

} // namespace AgentDesk::Net
