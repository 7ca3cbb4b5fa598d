// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serviceerror.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QString>

#include <chrono>
#include <optional>

namespace AgentDesk::Net {

// Why a request failed, in a form code can act on (kind(), httpStatus(), service().code) and a
// sentence the agent can read (message(), translated). Built by HttpClient; services build
// UnexpectedShape errors themselves when a reply lacks a field they need:
//   if (!object.contains(u"value"_s)) return ApiError::unexpectedShape(u"no value array"_s);
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(AgentDesk::Net::ApiError)

public:
    enum class Kind
    {
        Network,         // no HTTP answer: refused, dropped, DNS, TLS...
        Timeout,         // no answer within the request's timeout
        Http,            // an HTTP error status; service() holds what the body said
        Unauthorized,    // 401 that a token refresh did not cure (or no way to refresh)
        MalformedJson,   // a success status whose body is not JSON
        UnexpectedShape, // JSON, but not the shape asked for
        Cancelled        // cancelled through RequestHandle::cancel()
    };

    static ApiError network(QNetworkReply::NetworkError error);
    static ApiError timeout();
    static ApiError http(int status, ServiceError service);
    static ApiError unauthorized(int status, ServiceError service);
    static ApiError malformedJson(const QString &detail);
    static ApiError unexpectedShape(const QString &detail);
    static ApiError cancelled();

    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; } // 0 when there was no HTTP answer
    const ServiceError &service() const { return m_service; }
    QNetworkReply::NetworkError networkError() const { return m_networkError; }
    // For developers and logs (never shown as is): which shape was expected, where JSON broke.
    const QString &detail() const { return m_detail; }
    // The wait the server asked for (429/503), when it said so.
    std::optional<std::chrono::milliseconds> retryAfter() const { return m_retryAfter; }
    const QString &correlationId() const { return m_correlationId; }

    void setRetryAfter(std::optional<std::chrono::milliseconds> wait) { m_retryAfter = wait; }
    void setCorrelationId(const QString &id) { m_correlationId = id; }

    // One translated sentence for the agent, e.g. "The server took too long to answer."
    QString message() const;
    // The kind's name for log lines ("Timeout", "Http"...).
    static QString kindName(Kind kind);

private:
    explicit ApiError(Kind kind)
        : m_kind(kind)
    {}

    Kind m_kind;
    int m_httpStatus = 0;
    ServiceError m_service;
    QNetworkReply::NetworkError m_networkError = QNetworkReply::NoError;
    QString m_detail;
    std::optional<std::chrono::milliseconds> m_retryAfter;
    QString m_correlationId;
};

} // namespace AgentDesk::Net
