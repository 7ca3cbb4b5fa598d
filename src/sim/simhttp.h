// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QRegularExpressionMatch>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

namespace AgentDesk::Sim {

// One HTTP request as the simulator's services see it: a plain copy of what came off the wire
// (QHttpServerRequest is neither copyable nor alive after the handler returns, and responses
// may be delayed by an injected latency).
struct SimRequest
{
    QByteArray method; // "GET", "POST", ...
    QUrl url;          // path and query as sent
    QString path;      // decoded path, e.g. "/v1.0/users"
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QRegularExpressionMatch match; // captures of the route pattern
    // Set by an "expiredToken" fault: the service must treat the caller's token as expired.
    bool forceTokenExpired = false;

    QByteArray header(const QByteArray &name) const;
    QString bearerToken() const;  // the token after "Bearer ", or empty
    QJsonObject jsonBody() const; // empty when the body is not a JSON object
    // The body when it is a JSON object; nothing when it is not (services answer 400 then).
    std::optional<QJsonObject> jsonObjectBody() const;
    QUrlQuery formBody() const; // application/x-www-form-urlencoded body
    QString capture(const QString &name) const { return match.captured(name); }
    QString capture(int index) const { return match.captured(index); }
};

// A response to write: status, headers and a body. Helpers build the common shapes.
struct SimResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    SimResponse &withHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
        return *this;
    }
    QByteArray header(const QByteArray &name) const;

    static SimResponse json(int status, const QJsonObject &object);
    static SimResponse json(int status, const QJsonArray &array);
    static SimResponse html(int status, const QString &html);
    static SimResponse bytes(int status, const QByteArray &contentType, const QByteArray &body);
    static SimResponse empty(int status);
    // 302 to the given location (used by the identity providers' redirects).
    static SimResponse redirect(const QUrl &location);
};

} // namespace AgentDesk::Sim
