// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "oautherror.h"
#include "oauthprovider.h"
#include "tokenset.h"

#include <net/requesthandle.h>

#include <QString>

#include <functional>
#include <variant>

class QObject;

namespace AgentDesk::Net {
class HttpClient;
}

namespace AgentDesk::Auth {

class AuthorizationAttempt;

// The token endpoint of one provider, over the one HTTP layer (form-encoded POSTs, as RFC 6749
// §4.1.3 and §6 want): redeems an authorization code with its PKCE verifier, and trades a
// refresh token for new tokens. No client secret: AgentDesk is a public client.
//   TokenClient client(provider, &http);
//   client.exchangeCode(attempt, code, this, [this](const TokenClient::Result &result) {
//       if (const auto *error = std::get_if<OAuthError>(&result)) { fail(*error); return; }
//       use(std::get<TokenSet>(result));
//   });
// Callbacks run as HttpClient's do: once, later, and not at all if `context` died first.
class TokenClient
{
public:
    using Result = std::variant<TokenSet, OAuthError>;
    using Callback = std::function<void(const Result &)>;

    TokenClient(OAuthProvider provider, Net::HttpClient *http);

    const OAuthProvider &provider() const { return m_provider; }

    // grant_type=authorization_code with the attempt's redirect URI and code verifier.
    Net::RequestHandle exchangeCode(const AuthorizationAttempt &attempt, const QString &code,
                                    QObject *context, Callback done) const;
    // grant_type=refresh_token. The answer usually holds a new refresh token: store it, the
    // old one may stop working (Entra and the simulator rotate them on every use).
    Net::RequestHandle refresh(const QString &refreshToken, QObject *context, Callback done) const;

private:
    Net::RequestHandle post(const QString &grant, const QList<QPair<QString, QString>> &form,
                            QObject *context, Callback done) const;

    OAuthProvider m_provider;
    Net::HttpClient *m_http;
};

} // namespace AgentDesk::Auth
