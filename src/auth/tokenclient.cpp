// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenclient.h"

#include "authlogging.h"
#include "authorizationattempt.h"

#include <core/clock.h>
#include <net/apirequest.h>
#include <net/apiresult.h>
#include <net/httpclient.h>

using namespace Qt::StringLiterals;

namespace AgentDesk::Auth {

TokenClient::TokenClient(OAuthProvider provider, Net::HttpClient *http)
    : m_provider(std::move(provider))
    , m_http(http)
{
    Q_ASSERT(m_http);
}

Net::RequestHandle TokenClient::exchangeCode(const AuthorizationAttempt &attempt,
                                             const QString &code, QObject *context,
                                             Callback done) const
{
    // The code belongs to the attempt's authorize request: the same client and token endpoint.
    // The redirect URI may differ (the system browser's loopback port); the token request
    // repeats the attempt's own.
    Q_ASSERT_X(attempt.provider().clientId == m_provider.clientId &&
                       attempt.provider().tokenUrl == m_provider.tokenUrl,
               "TokenClient::exchangeCode", "the attempt was made for another provider");
    return post(u"authorization_code"_s,
                {{u"grant_type"_s, u"authorization_code"_s},
                 {u"client_id"_s, m_provider.clientId},
                 {u"code"_s, code},
                 {u"redirect_uri"_s, attempt.provider().redirectUri},
                 {u"code_verifier"_s, attempt.pkce().verifier()}},
                context, std::move(done));
}

Net::RequestHandle TokenClient::refresh(const QString &refreshToken, QObject *context,
                                        Callback done) const
{
    // No scope: the refreshed grant keeps the consented scopes (Entra would take only one
    // resource's scopes on a refresh anyway).
    return post(u"refresh_token"_s,
                {{u"grant_type"_s, u"refresh_token"_s},
                 {u"client_id"_s, m_provider.clientId},
                 {u"refresh_token"_s, refreshToken}},
                context, std::move(done));
}

Net::RequestHandle TokenClient::post(const QString &grant,
                                     const QList<QPair<QString, QString>> &form, QObject *context,
                                     Callback done) const
{
    const QDateTime sentAt = m_http->clock()->now();
    const QString providerId = m_provider.id;
    const QString requestedScope = m_provider.scope();
    qCDebug(lcAuth).noquote() << providerId << grant << u"request sent"_s;
    return m_http->send(Net::ApiRequest::post(m_provider.tokenUrl).withForm(form), context,
                        [done = std::move(done), sentAt, providerId, grant,
                         requestedScope](const Net::ApiResult &result) {
                            if (!result.ok()) {
                                const OAuthError error = OAuthError::fromApiError(result.error());
                                qCInfo(lcAuth).noquote() << providerId << grant << u"refused:"_s
                                                         << error.logSummary();
                                done(error);
                                return;
                            }
                            QString problem;
                            const std::optional<TokenSet> tokens = TokenSet::fromJson(
                                    result.object(), sentAt, requestedScope, &problem);
                            if (!tokens) {
                                const OAuthError error = OAuthError::malformedResponse(problem);
                                qCWarning(lcAuth).noquote()
                                        << providerId << grant << u"answer unusable:"_s << problem;
                                done(error);
                                return;
                            }
                            qCInfo(lcAuth).noquote()
                                    << providerId << grant << u"tokens received, valid for"_s
                                    << (tokens->expiresAt.isValid()
                                                ? u"%1 s"_s.arg(sentAt.secsTo(tokens->expiresAt))
                                                : u"an unknown time"_s)
                                    << (tokens->hasRefreshToken() ? u"with a refresh token"_s
                                                                  : u"without a refresh token"_s);
                            done(*tokens);
                        });
}

} // namespace AgentDesk::Auth
