// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "oautherror.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace AgentDesk::Auth {

namespace {

using Kind = OAuthError::Kind;

Kind kindOfCode(const QString &code)
{
    if (code == u"invalid_grant"_s) {
        return Kind::InvalidGrant;
    }
    if (code == u"invalid_client"_s || code == u"unauthorized_client"_s) {
        return Kind::InvalidClient;
    }
    if (code == u"consent_required"_s || code == u"interaction_required"_s) {
        return Kind::ConsentRequired;
    }
    if (code == u"temporarily_unavailable"_s || code == u"server_error"_s) {
        return Kind::Unavailable;
    }
    return Kind::Rejected;
}

// Webex's identity broker quotes the OAuth code inside its message, as in
// "... error = '(invalid_grant) Authorization code has been used.'".
QString codeInText(const QString &text)
{
    static const QRegularExpression quoted(
            u"\\((invalid_grant|invalid_client|invalid_request|unauthorized_client|"
            "unsupported_grant_type|invalid_scope|consent_required|interaction_required|"
            "temporarily_unavailable|server_error)\\)"_s);
    return quoted.match(text).captured(1);
}

// Entra's descriptions start with the AADSTS number ("AADSTS70008: ..."); the body's
// error_codes array holds the same numbers, and only the description reaches us through
// Net::ServiceError.
QList<int> aadstsNumbers(const QString &text)
{
    static const QRegularExpression aadsts(u"\\bAADSTS(\\d+)\\b"_s);
    QList<int> numbers;
    auto it = aadsts.globalMatch(text);
    while (it.hasNext()) {
        const int number = it.next().captured(1).toInt();
        if (!numbers.contains(number)) {
            numbers.append(number);
        }
    }
    return numbers;
}

} // namespace

OAuthError OAuthError::fromApiError(const Net::ApiError &error)
{
    using ApiKind = Net::ApiError::Kind;
    switch (error.kind()) {
    case ApiKind::Network:
    case ApiKind::Timeout: {
        OAuthError result(Kind::Network);
        result.m_transport = error;
        return result;
    }
    case ApiKind::Cancelled:
        return OAuthError(Kind::Cancelled);
    case ApiKind::MalformedJson:
    case ApiKind::UnexpectedShape:
        return malformedResponse(error.detail());
    case ApiKind::Http:
    case ApiKind::Unauthorized:
        break;
    }

    const Net::ServiceError &service = error.service();
    const int status = error.httpStatus();
    QString code = service.code;
    if (code.isEmpty()) {
        code = codeInText(service.message);
    }
    Kind kind = kindOfCode(code);
    if (code.isEmpty()) {
        // Webex's own format names no OAuth code. RFC 6749 §5.2 answers 400 for a refused
        // grant and 401 for a refused client; our requests are always complete, so a bare 400
        // means the code, verifier or refresh token was not accepted.
        if (status >= 500 || status == 429) {
            kind = Kind::Unavailable;
        } else if (status == 401) {
            kind = Kind::InvalidClient;
            code = u"invalid_client"_s;
        } else if (status == 400) {
            kind = Kind::InvalidGrant;
            code = u"invalid_grant"_s;
        } else {
            kind = Kind::Rejected;
        }
    } else if (kind == Kind::Rejected && (status >= 500 || status == 429)) {
        kind = Kind::Unavailable;
    }

    OAuthError result(kind);
    result.m_httpStatus = status;
    result.m_code = code;
    result.m_description = service.message;
    result.m_errorCodes = aadstsNumbers(service.message);
    result.m_trackingId = service.trackingId;
    return result;
}

OAuthError OAuthError::malformedResponse(const QString &detail)
{
    OAuthError result(Kind::MalformedResponse);
    result.m_detail = detail;
    return result;
}

QString OAuthError::message() const
{
    switch (m_kind) {
    case Kind::InvalidGrant:
        return tr("Your sign-in is no longer valid: it has expired or was revoked. Please sign "
                  "in again.");
    case Kind::InvalidClient:
        return tr("The sign-in service does not accept AgentDesk's registration (client id). "
                  "Please contact your administrator.");
    case Kind::ConsentRequired:
        return tr("AgentDesk needs permissions that must be approved first. Sign in again, or "
                  "ask your administrator to grant consent.");
    case Kind::Rejected:
        if (!m_description.isEmpty()) {
            return tr("The sign-in service refused the request: %1").arg(m_description);
        }
        return tr("The sign-in service refused the request (%1).")
                .arg(m_code.isEmpty() ? QString::number(m_httpStatus) : m_code);
    case Kind::Unavailable:
        return tr("The sign-in service is unavailable right now. Please try again in a moment.");
    case Kind::Network:
        return m_transport ? m_transport->message()
                           : tr("The sign-in service could not be reached. Check your network "
                                "connection.");
    case Kind::MalformedResponse:
        return tr("The sign-in service sent an answer that AgentDesk could not read.");
    case Kind::Cancelled:
        return tr("Sign-in was cancelled.");
    }
    return {};
}

QString OAuthError::logSummary() const
{
    QStringList parts{kindName(m_kind)};
    if (m_httpStatus != 0) {
        parts.append(QString::number(m_httpStatus));
    }
    if (!m_code.isEmpty()) {
        parts.append(m_code);
    }
    for (const int number : m_errorCodes) {
        parts.append(u"AADSTS%1"_s.arg(number));
    }
    if (!m_trackingId.isEmpty()) {
        parts.append(u"tracking id %1"_s.arg(m_trackingId));
    }
    if (m_transport) {
        parts.append(Net::ApiError::kindName(m_transport->kind()));
    }
    if (!m_detail.isEmpty()) {
        parts.append(m_detail);
    }
    return parts.join(u' ');
}

QString OAuthError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::InvalidGrant:
        return u"InvalidGrant"_s;
    case Kind::InvalidClient:
        return u"InvalidClient"_s;
    case Kind::ConsentRequired:
        return u"ConsentRequired"_s;
    case Kind::Rejected:
        return u"Rejected"_s;
    case Kind::Unavailable:
        return u"Unavailable"_s;
    case Kind::Network:
        return u"Network"_s;
    case Kind::MalformedResponse:
        return u"MalformedResponse"_s;
    case Kind::Cancelled:
        return u"Cancelled"_s;
    }
    return {};
}

} // namespace AgentDesk::Auth
