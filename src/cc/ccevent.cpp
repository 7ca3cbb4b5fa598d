// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ccevent.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace AgentDesk::Cc {

static void setProblem(QString *problem, const QString &text)
{
    if (problem) {
        *problem = text;
    }
}

std::optional<CcEvent> CcEvent::fromFrame(const QByteArray &frame, QString *problem)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(frame, &error);
    if (error.error != QJsonParseError::NoError) {
        setProblem(problem, QString(u"not JSON: "_s + error.errorString()));
        return std::nullopt;
    }
    if (!document.isObject()) {
        setProblem(problem, u"not a JSON object"_s);
        return std::nullopt;
    }
    return fromEnvelope(document.object(), problem);
}

std::optional<CcEvent> CcEvent::fromEnvelope(const QJsonObject &envelope, QString *problem)
{
    const QJsonValue type = envelope.value(u"type"_s);
    if (!type.isString() || type.toString().isEmpty()) {
        setProblem(problem, u"no type"_s);
        return std::nullopt;
    }
    const QJsonValue data = envelope.value(u"data"_s);
    if (!data.isUndefined() && !data.isNull() && !data.isObject()) {
        setProblem(problem, u"data is not an object"_s);
        return std::nullopt;
    }
    CcEvent event;
    event.category = type.toString();
    event.data = data.toObject();
    const QJsonValue name = event.data.value(u"type"_s);
    if (!name.isUndefined() && !name.isString()) {
        setProblem(problem, u"data.type is not a string"_s);
        return std::nullopt;
    }
    event.name = name.toString().isEmpty() ? event.category : name.toString();
    event.trackingId = event.data.value(u"trackingId"_s).toString();
    event.agentId = event.data.value(u"agentId"_s).toString();
    return event;
}

} // namespace AgentDesk::Cc
