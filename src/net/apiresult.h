// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>

#include <optional>

namespace AgentDesk::Net {

// The outcome of one logical request: a reply of the expected shape, or an ApiError.
//   if (!result.ok()) { showError(result.error().message()); return; }
//   const QJsonArray users = result.object().value(u"value"_s).toArray();
// The value accessors assert ok(), and error() asserts !ok(): check first.
class ApiResult
{
public:
    struct Reply
    {
        int status = 0;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QJsonDocument json; // null for Expect::Raw and for an empty body
    };

    static ApiResult success(Reply reply);
    static ApiResult failure(ApiError error);
    static ApiResult failure(ApiError error, Reply reply);

    bool ok() const { return !m_error.has_value(); }
    const ApiError &error() const;

    const QJsonDocument &json() const;
    QJsonObject object() const;
    QJsonArray array() const;
    // The body as it came: the image for Expect::Raw, the JSON text otherwise.
    const QByteArray &bytes() const;

    // Also meaningful on failure: the status and headers of the last answer, if any.
    int status() const { return m_reply.status; }
    QByteArray header(const QByteArray &name) const;
    const QString &correlationId() const { return m_correlationId; }
    int attempts() const { return m_attempts; }

    void setCorrelationId(const QString &id);
    void setAttempts(int attempts) { m_attempts = attempts; }

private:
    ApiResult() = default;

    Reply m_reply;
    std::optional<ApiError> m_error;
    QString m_correlationId;
    int m_attempts = 0;
};

} // namespace AgentDesk::Net
