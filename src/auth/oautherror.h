// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <net/apierror.h>

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace AgentDesk::Auth {

// Why a token request (code exchange or refresh) failed, read from either identity's answer:
//   Microsoft  {"error": "invalid_grant", "error_description": "AADSTS70008: ...",
//               "error_codes": [70008], "correlation_id": ...}
//   Webex      {"message": "...", "errors": [{"description": "..."}], "trackingId": ...}
// kind() is what the session acts on (InvalidGrant: sign in again; transient kinds: try later),
// message() the translated sentence for the agent.
//   if (error.kind() == OAuthError::Kind::InvalidGrant) { showSignIn(error.message()); }
class OAuthError
{
    Q_DECLARE_TR_FUNCTIONS(AgentDesk::Auth::OAuthError)

public:
    enum class Kind
    {
        InvalidGrant,      // code or refresh token expired, revoked, used, or a wrong verifier
        InvalidClient,     // invalid_client / unauthorized_client: our registration is refused
        ConsentRequired,   // consent_required / interaction_required
        Rejected,          // any other OAuth error the service named
        Unavailable,       // temporarily_unavailable, server_error, 5xx, 429
        Network,           // no answer: unreachable, dropped, timed out
        MalformedResponse, // an answer we cannot read, or a success without an access token
        Cancelled          // the request was cancelled
    };

    // From a failed token request as HttpClient reports it.
    static OAuthError fromApiError(const Net::ApiError &error);
    // A success status whose body is not a usable token answer.
    static OAuthError malformedResponse(const QString &detail);

    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }
    // The OAuth error code ("invalid_grant"), also when only recognised in Webex's text.
    const QString &code() const { return m_code; }
    // The service's own first line, e.g. "AADSTS70008: The provided authorization code ...".
    const QString &description() const { return m_description; }
    // Microsoft's AADSTS numbers.
    const QList<int> &errorCodes() const { return m_errorCodes; }
    // correlation_id (Microsoft) or trackingId (Webex): what the service's support asks for.
    const QString &trackingId() const { return m_trackingId; }
    // For logs: what was wrong with a malformed answer.
    const QString &detail() const { return m_detail; }
    // Network and Unavailable: the same request may work later.
    bool isTransient() const { return m_kind == Kind::Network || m_kind == Kind::Unavailable; }

    // One translated sentence for the agent.
    QString message() const;
    // For log lines: kind, status, code, AADSTS numbers, tracking id; never the description
    // (services quote what was sent in it).
    QString logSummary() const;
    static QString kindName(Kind kind);

private:
    explicit OAuthError(Kind kind)
        : m_kind(kind)
    {}

    Kind m_kind;
    int m_httpStatus = 0;
    QString m_code;
    QString m_description;
    QList<int> m_errorCodes;
    QString m_trackingId;
    QString m_detail;
    std::optional<Net::ApiError> m_transport; // for the Network kind's message
};

} // namespace AgentDesk::Auth
