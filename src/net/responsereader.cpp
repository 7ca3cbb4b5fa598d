// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "responsereader.h"

#include "retrypolicy.h"

#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace AgentDesk::Net {

static QByteArray headerValue(const ApiResult::Reply &reply, const QByteArray &name)
{
    for (const auto &[key, value] : reply.headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

static QString shapeName(const QJsonDocument &document)
{
    if (document.isObject()) {
        return u"an object"_s;
    }
    if (document.isArray()) {
        return u"an array"_s;
    }
    return u"no document"_s;
}

ApiResult ResponseReader::read(Raw raw, ApiRequest::Expect expect, const QDateTime &now)
{
    ApiResult::Reply &reply = raw.reply;
    if (raw.timedOut) {
        return ApiResult::failure(ApiError::timeout(), std::move(reply));
    }
    const int status = reply.status;
    const bool success = status >= 200 && status < 300;
    // A success status with a transport error means the body was cut off on the way.
    if (status == 0 || (success && raw.networkError != QNetworkReply::NoError)) {
        return ApiResult::failure(ApiError::network(raw.networkError), std::move(reply));
    }
    if (!success) {
        ServiceError service = ServiceError::parse(reply.body);
        ApiError error = status == 401 ? ApiError::unauthorized(status, std::move(service))
                                       : ApiError::http(status, std::move(service));
        error.setRetryAfter(RetryPolicy::parseRetryAfter(headerValue(reply, "Retry-After"), now));
        return ApiResult::failure(std::move(error), std::move(reply));
    }

    if (expect == ApiRequest::Expect::Raw) {
        return ApiResult::success(std::move(reply));
    }
    if (reply.body.trimmed().isEmpty()) {
        if (expect == ApiRequest::Expect::AnyJson) {
            return ApiResult::success(std::move(reply));
        }
        return ApiResult::failure(ApiError::unexpectedShape(u"empty body"_s), std::move(reply));
    }
    QJsonParseError parseError{};
    QJsonDocument document = QJsonDocument::fromJson(reply.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return ApiResult::failure(
                ApiError::malformedJson(
                        u"%1 at offset %2"_s.arg(parseError.errorString()).arg(parseError.offset)),
                std::move(reply));
    }
    const bool shapeOk = expect == ApiRequest::Expect::AnyJson ||
                         (expect == ApiRequest::Expect::Object && document.isObject()) ||
                         (expect == ApiRequest::Expect::Array && document.isArray());
    if (!shapeOk) {
        const QString wanted =
                expect == ApiRequest::Expect::Object ? u"an object"_s : u"an array"_s;
        return ApiResult::failure(ApiError::unexpectedShape(u"expected %1, got %2"_s.arg(
                                          wanted, shapeName(document))),
                                  std::move(reply));
    }
    reply.json = std::move(document);
    return ApiResult::success(std::move(reply));
}

} // namespace AgentDesk::Net
