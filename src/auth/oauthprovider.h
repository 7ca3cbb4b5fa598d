// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace AgentDesk::Core {
struct ServiceEndpoints;
}

namespace AgentDesk::Auth {

// One identity provider as the OAuth code flow sees it: where to authorize and redeem, who we
// are, where the browser comes back to and what we ask for. Everything else in src/auth is the
// same for every provider.
//   const OAuthProvider cc = OAuthProvider::contactCenter(endpoints);
//   AuthorizationAttempt attempt(cc);
//   store.read(cc.storeKey(u"ana.souza@contoso.example"_s), ...);
struct OAuthProvider
{
    QString id;          // "cc" or "microsoft": names keychain entries and log lines
    QString displayName; // the provider's brand, e.g. for a window title
    QUrl authorizeUrl;
    QUrl tokenUrl;
    QString clientId;
    // Kept as text: the token request must repeat it exactly as the authorize request sent it.
    QString redirectUri;
    QStringList scopes;
    QList<QPair<QString, QString>> extraAuthorizeParameters;

    // The contact-center identity (Webex): <ccIdentity>/authorize and /access_token, caught on
    // the loopback redirect http://localhost/agentdesk/callback.
    static OAuthProvider contactCenter(const Core::ServiceEndpoints &endpoints);
    // Microsoft identity: <msAuthority>/<tenant>/oauth2/v2.0/authorize and /token, caught on the
    // native-client redirect inside the embedded browser.
    static OAuthProvider microsoft(const Core::ServiceEndpoints &endpoints);
    // The same Microsoft sign-in in the system browser (for organisations that block embedded
    // browsers): caught on the loopback redirect http://localhost:<port> by a
    // LoopbackRedirectListener (RFC 8252 §7.3).
    static OAuthProvider microsoftSystemBrowser(const Core::ServiceEndpoints &endpoints,
                                                quint16 port);

    // The scopes as the scope parameter wants them: space-separated.
    QString scope() const { return scopes.join(u' '); }
    // The token store key of an account at this provider, e.g. "cc:ana.souza@contoso.example".
    QString storeKey(const QString &account) const;
    // Whether a navigation goes to our redirect URI: same scheme, host and path; the port too,
    // except on loopback (http://localhost, http://127.0.0.1), where RFC 8252 §7.3 and Entra
    // let any port match. The query (code, state...) is not compared.
    bool isRedirect(const QUrl &url) const;

    friend bool operator==(const OAuthProvider &, const OAuthProvider &) = default;
};

} // namespace AgentDesk::Auth
