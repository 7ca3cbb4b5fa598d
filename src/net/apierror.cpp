// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apierror.h"

using namespace Qt::StringLiterals;

namespace AgentDesk::Net {

ApiError ApiError::network(QNetworkReply::NetworkError error)
{
    ApiError result(Kind::Network);
    result.m_networkError = error;
    return result;
}

ApiError ApiError::timeout()
{
    ApiError result(Kind::Timeout);
    result.m_networkError = QNetworkReply::TimeoutError;
    return result;
}

ApiError ApiError::http(int status, ServiceError service)
{
    ApiError result(Kind::Http);
    result.m_httpStatus = status;
    result.m_service = std::move(service);
    return result;
}

ApiError ApiError::unauthorized(int status, ServiceError service)
{
    ApiError result = http(status, std::move(service));
    result.m_kind = Kind::Unauthorized;
    return result;
}

ApiError ApiError::malformedJson(const QString &detail)
{
    ApiError result(Kind::MalformedJson);
    result.m_detail = detail;
    return result;
}

ApiError ApiError::unexpectedShape(const QString &detail)
{
    ApiError result(Kind::UnexpectedShape);
    result.m_detail = detail;
    return result;
}

ApiError ApiError::cancelled()
{
    return ApiError(Kind::Cancelled);
}

QString ApiError::message() const
{
    switch (m_kind) {
    case Kind::Network:
        return tr("The server could not be reached. Check your network connection.");
    case Kind::Timeout:
        return tr("The server took too long to answer.");
    case Kind::Unauthorized:
        return tr("Your sign-in has expired or was refused. Please sign in again.");
    case Kind::MalformedJson:
        return tr("The service sent a reply that could not be read.");
    case Kind::UnexpectedShape:
        return tr("The service sent a reply in a form AgentDesk does not understand.");
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    case Kind::Http:
        break;
    }
    if (m_httpStatus == 429 || m_httpStatus == 503) {
        return tr("The service is busy. Please try again in a moment.");
    }
    const QString said = m_service.message.isEmpty() ? m_service.code : m_service.message;
    if (said.isEmpty()) {
        return tr("The service answered with an error (%1).").arg(m_httpStatus);
    }
    return tr("The service answered with an error (%1): %2")
            .arg(QString::number(m_httpStatus), said);
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Network:
        return u"Network"_s;
    case Kind::Timeout:
        return u"Timeout"_s;
    case Kind::Http:
        return u"Http"_s;
    case Kind::Unauthorized:
        return u"Unauthorized"_s;
    case Kind::MalformedJson:
        return u"MalformedJson"_s;
    case Kind::UnexpectedShape:
        return u"UnexpectedShape"_s;
    case Kind::Cancelled:
        return u"Cancelled"_s;
    }
    return {};
}

} // namespace AgentDesk::Net
