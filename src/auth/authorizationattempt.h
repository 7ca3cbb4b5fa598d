// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "authorizationoutcome.h"
#include "oauthprovider.h"
#include "pkce.h"

#include <QString>
#include <QUrl>

namespace AgentDesk::Auth {

// One sign-in attempt at a provider: its own unguessable state and PKCE pair, the authorize URL
// to open in the browser, and the reading of what comes back to the redirect URI. Make a new
// attempt for every sign-in (a retry too): state and verifier must never be reused.
//   AuthorizationAttempt attempt(OAuthProvider::microsoft(endpoints));
//   browser.load(attempt.authorizeUrl());
//   // on each navigation:
//   if (attempt.isRedirect(url)) { block it; const auto outcome = attempt.handleRedirect(url); }
class AuthorizationAttempt
{
public:
    // A fresh state and PKCE pair from QRandomGenerator::system().
    explicit AuthorizationAttempt(OAuthProvider provider);
    // Chosen state and pair, for tests.
    AuthorizationAttempt(OAuthProvider provider, Pkce pkce, QString state);

    // 32 random octets, base64url: 43 characters, 256 bits.
    static QString newState();

    const OAuthProvider &provider() const { return m_provider; }
    // Secrets of this attempt: never log them.
    const Pkce &pkce() const { return m_pkce; }
    const QString &state() const { return m_state; }

    // Prefills the provider's sign-in form (login_hint), e.g. when signing in again.
    void setLoginHint(const QString &account) { m_loginHint = account; }
    const QString &loginHint() const { return m_loginHint; }

    // response_type=code, client_id, redirect_uri, scope, state, code_challenge (S256), the
    // provider's extra parameters and the login hint.
    QUrl authorizeUrl() const;
    bool isRedirect(const QUrl &url) const { return m_provider.isRedirect(url); }
    // Reads a URL for which isRedirect() holds (anything else gives MissingCode). The code is
    // only handed out together with exactly our state.
    AuthorizationOutcome handleRedirect(const QUrl &url) const;

private:
    OAuthProvider m_provider;
    Pkce m_pkce;
    QString m_state;
    QString m_loginHint;
};

} // namespace AgentDesk::Auth
