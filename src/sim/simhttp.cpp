// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "simhttp.h"

using namespace Qt::StringLiterals;

namespace AgentDesk::Sim {

QByteArray SimRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

QString SimRequest::bearerToken() const
{
    const QByteArray value = header("Authorization");
    static const QByteArray prefix = "Bearer ";
    if (!value.startsWith(prefix)) {
        return {};
    }
    return QString::fromLatin1(value.mid(prefix.size()).trimmed());
}

QJsonObject SimRequest::jsonBody() const
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    return document.isObject() ? document.object() : QJsonObject{};
}

std::optional<QJsonObject> SimRequest::jsonObjectBody() const
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return std::nullopt;
    }
    return document.object();
}

QUrlQuery SimRequest::formBody() const
{
    // '+' means space in form bodies; QUrlQuery leaves it alone, so convert first.
    QByteArray copy = body;
    copy.replace('+', ' ');
    return QUrlQuery(QString::fromUtf8(copy));
}

QByteArray SimResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

SimResponse SimResponse::json(int status, const QJsonObject &object)
{
    return bytes(status, "application/json; charset=utf-8",
                 QJsonDocument(object).toJson(QJsonDocument::Compact));
}

SimResponse SimResponse::json(int status, const QJsonArray &array)
{
    return bytes(status, "application/json; charset=utf-8",
                 QJsonDocument(array).toJson(QJsonDocument::Compact));
}

SimResponse SimResponse::html(int status, const QString &html)
{
    return bytes(status, "text/html; charset=utf-8", html.toUtf8());
}

SimResponse SimResponse::bytes(int status, const QByteArray &contentType, const QByteArray &body)
{
    SimResponse response;
    response.status = status;
    response.body = body;
    response.headers.append({"Content-Type", contentType});
    return response;
}

SimResponse SimResponse::empty(int status)
{
    SimResponse response;
    response.status = status;
    return response;
}

SimResponse SimResponse::redirect(const QUrl &location)
{
    SimResponse response;
    response.status = 302;
    response.headers.append({"Location", location.toEncoded()});
    return response;
}

} // namespace AgentDesk::Sim
