// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "authorizationcodes.h"
#include "simhttp.h"
#include "simservice.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>

#include <optional>

namespace AgentDesk::Sim {

// The two identity providers, each on its real paths and in its own error format:
//   Microsoft identity   GET/POST /{tenant}/oauth2/v2.0/authorize   POST
//   /{tenant}/oauth2/v2.0/token contact center       GET/POST /v1/authorize   POST /v1/access_token
//   GET /v1/people/me
// Authorize checks the client and its registered redirect URI (loopback port ignored), asks
// for PKCE, shows an HTML sign-in form (ids email, password, signin) then a consent page
// (accept, cancel), and redirects with ?code=&state= or ?error=access_denied. The form posts
// back to the authorize path with only a random session id: the request's parameters, PKCE
// challenge included, stay on the server. The token endpoints redeem a code once (PKCE S256 or
// plain) or rotate a refresh token, and issue tokens through TokenIssuer: Graph audience for
// Microsoft, ContactCenter for the contact center. With scenario identity.autoSignIn
// (--auto-signin EMAIL) authorize skips the pages and redirects at once with a code.
// Silent sign-in (prompt=none, as a desktop with a Windows/Entra session does for SSO) succeeds
// only for a user with an "SSO session": scenario identity.ssoSessions [emails], or added at run
// time with POST /_sim/identity/sso-sessions {"email"} (DELETE clears them). The login_hint
// picks the session; without a hint the only one is used. Else ?error=login_required.
// people/me answers who holds a contact-center token: id and orgId are Webex ids, i.e.
// unpadded base64 of "ciscospark://us/PEOPLE/{ciUserId}" and ".../ORGANIZATION/{tenant.orgId}".
class IdentityService final : public SimService
{
public:
    explicit IdentityService(SimContext &context);
    void registerRoutes(SimRouter &router) override;

    enum class Flavour
    {
        Microsoft,
        Webex
    };

private:
    struct Client
    {
        QString id;
        QString name;
        bool isPublic = true;
        QStringList redirectUris;
    };
    // A validated authorize request, kept while the user signs in.
    struct Pending
    {
        Flavour flavour = Flavour::Microsoft;
        QString formAction; // the authorize path the pages post to
        QString clientId;
        QString clientName;
        QString redirectUri;
        QString state;
        QString scope;
        QString codeChallenge;
        QString codeChallengeMethod;
        QString nonce;
        QString user; // set once the password was right
        QDateTime expiresAt;
    };
    // A token endpoint refusal, rendered in the flavour's format.
    struct Failure
    {
        Failure(int status, QString error, int aadsts, QString description,
                QString webexMessage = {})
            : status(status)
            , error(std::move(error))
            , aadsts(aadsts)
            , description(std::move(description))
            , webexMessage(std::move(webexMessage))
        {}
        int status;
        QString error; // OAuth error code, e.g. invalid_grant
        int aadsts;
        QString description;  // Microsoft's text after "AADSTSnnnn: "
        QString webexMessage; // Webex's text, when it differs from the description
    };

    SimResponse authorize(const SimRequest &request, Flavour flavour);
    SimResponse continueSignIn(const SimRequest &request, Flavour flavour);
    SimResponse token(const SimRequest &request, Flavour flavour);
    SimResponse redeemCode(const SimRequest &request, const QUrlQuery &form, Flavour flavour,
                           const Client &client);
    SimResponse refresh(const SimRequest &request, const QUrlQuery &form, Flavour flavour);
    SimResponse peopleMe(const SimRequest &request);
    SimResponse addSsoSession(const SimRequest &request);
    // The account a prompt=none request signs in silently, or empty (login_required).
    QString ssoUser(const QString &loginHint) const;

    SimResponse grantCode(const Pending &pending, const QString &user);
    SimResponse redirectWithError(const Pending &pending, const QString &error, int aadsts,
                                  const QString &description);
    SimResponse signInPage(const QString &sessionId, const Pending &pending, const QString &email,
                           const QString &error) const;
    SimResponse consentPage(const QString &sessionId, const Pending &pending) const;
    SimResponse errorPage(Flavour flavour, int aadsts, const QString &message) const;
    SimResponse failure(const SimRequest &request, Flavour flavour, const Failure &failure) const;
    SimResponse tokenAnswer(Flavour flavour, const TokenIssuer::Tokens &tokens, const QString &user,
                            const QString &clientId, const QString &nonce) const;
    QString idToken(const QString &user, const QString &clientId, const QString &nonce) const;

    bool isKnownTenant(const QString &tenant) const;
    std::optional<Client> findClient(const QString &clientId) const;
    QJsonObject findAccount(const QString &email) const;
    QString accountUuid(const QJsonObject &account, const QString &key, const QString &email) const;
    void pruneSessions();

    AuthorizationCodes m_codes;
    QHash<QString, Pending> m_sessions;
    QStringList m_ssoSessions; // e-mails as the scenario's accounts spell them
    int m_codeLifetimeSeconds = 600;
    int m_ccRefreshLifetimeSeconds = 0;
};

} // namespace AgentDesk::Sim
