// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiresult.h"

namespace AgentDesk::Net {

ApiResult ApiResult::success(Reply reply)
{
    ApiResult result;
    result.m_reply = std::move(reply);
    return result;
}

ApiResult ApiResult::failure(ApiError error)
{
    return failure(std::move(error), Reply());
}

ApiResult ApiResult::failure(ApiError error, Reply reply)
{
    ApiResult result;
    result.m_reply = std::move(reply);
    result.m_error = std::move(error);
    return result;
}

const ApiError &ApiResult::error() const
{
    Q_ASSERT_X(m_error, "ApiResult::error", "the request succeeded; check ok() first");
    static const ApiError none = ApiError::unexpectedShape({});
    return m_error ? *m_error : none;
}

const QJsonDocument &ApiResult::json() const
{
    Q_ASSERT_X(ok(), "ApiResult::json", "the request failed; check ok() first");
    static const QJsonDocument empty;
    return ok() ? m_reply.json : empty;
}

QJsonObject ApiResult::object() const
{
    return json().object();
}

QJsonArray ApiResult::array() const
{
    return json().array();
}

const QByteArray &ApiResult::bytes() const
{
    Q_ASSERT_X(ok(), "ApiResult::bytes", "the request failed; check ok() first");
    static const QByteArray empty;
    return ok() ? m_reply.body : empty;
}

QByteArray ApiResult::header(const QByteArray &name) const
{
    for (const auto &[key, value] : m_reply.headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

void ApiResult::setCorrelationId(const QString &id)
{
    m_correlationId = id;
    if (m_error) {
        m_error->setCorrelationId(id);
    }
}

} // namespace AgentDesk::Net
