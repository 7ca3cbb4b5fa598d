// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "identityservice.h"

#include "scenario.h"
#include "simrouter.h"
#include "stableids.h"
#include "tokenissuer.h"

#include <core/clock.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcIdentity, "agentdesk.sim.identity", QtInfoMsg)

namespace AgentDesk::Sim {

namespace {

// A sign-in left half-way (form shown, never submitted) is forgotten after this long.
constexpr int kSessionLifetimeSeconds = 1800;

// Any UUID works as the namespace; it only has to stay the same between runs so that accounts
// without explicit ids get the same derived ids every time.

QString param(const QUrlQuery &query, const QString &name)
{
    return query.queryItemValue(name, QUrl::FullyDecoded);
}

// The authorize query, decoded the way servers decode forms: '+' is a space.
QUrlQuery authorizeQuery(const SimRequest &request)
{
    QString encoded = request.url.query(QUrl::FullyEncoded);
    encoded.replace(u'+', u"%20"_s);
    return QUrlQuery(encoded);
}

QUrl withParameters(const QString &uri, const QList<QPair<QString, QString>> &parameters)
{
    QUrl url(uri, QUrl::StrictMode);
    // Entra answers a path-less redirect URI such as http://localhost:5000 on ".../".
    if (url.path().isEmpty()) {
        url.setPath(u"/"_s);
    }
    QUrlQuery query(url);
    for (const auto &[name, value] : parameters) {
        // Encoded here so that '&', '=', '+' and '#' in a state survive the trip.
        query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    }
    url.setQuery(query);
    return url;
}

QStringList scopeList(const QString &scope)
{
    return scope.split(u' ', Qt::SkipEmptyParts);
}

bool hasScope(const QString &scope, const QString &wanted)
{
    return scopeList(scope).contains(wanted, Qt::CaseInsensitive);
}

// Entra and RFC 8252 §7.3: a loopback redirect URI matches whatever port the app listens on;
// everything else must match exactly. A registered "http://localhost" has the path "/".
bool redirectMatches(const QString &registered, const QString &requested)
{
    if (registered == requested) {
        return true;
    }
    const QUrl want(registered, QUrl::StrictMode);
    const QUrl got(requested, QUrl::StrictMode);
    const bool loopback = want.scheme() == u"http"_s &&
                          (want.host() == u"localhost"_s || want.host() == u"127.0.0.1"_s);
    if (!loopback || !got.isValid() || got.isRelative() || got.hasFragment() ||
        !got.userInfo().isEmpty()) {
        return false;
    }
    const auto path = [](const QUrl &url) {
        const QString value = url.path(QUrl::FullyEncoded);
        return value.isEmpty() ? u"/"_s : value;
    };
    return got.scheme() == want.scheme() && got.host() == want.host() && path(got) == path(want) &&
           got.query(QUrl::FullyEncoded) == want.query(QUrl::FullyEncoded);
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString base64Json(const QJsonObject &object)
{
    return QString::fromLatin1(
            QJsonDocument(object)
                    .toJson(QJsonDocument::Compact)
                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// Webex ids are unpadded base64 of a "ciscospark://" URI naming the object.
QString webexId(const QString &type, const QString &uuid)
{
    const QString uri = QString(u"ciscospark://us/"_s + type + u'/' + uuid);
    return QString::fromLatin1(uri.toUtf8().toBase64(QByteArray::OmitTrailingEquals));
}

SimResponse webexError(int status, const QString &message)
{
    const QString trackingId = QString(u"ROUTER_"_s + newUuid().toUpper());
    return SimResponse::json(
                   status,
                   QJsonObject{{u"message"_s, message},
                               {u"errors"_s, QJsonArray{QJsonObject{{u"description"_s, message}}}},
                               {u"trackingId"_s, trackingId}})
            .withHeader("TrackingID", trackingId.toLatin1());
}

QString scopeDescription(const QString &scope)
{
    static const QHash<QString, QString> descriptions = {
            {u"openid"_s, u"Sign you in"_s},
            {u"profile"_s, u"View your basic profile"_s},
            {u"email"_s, u"View your email address"_s},
            {u"offline_access"_s, u"Maintain access to data you have given it access to"_s},
            {u"user.read"_s, u"Sign you in and read your profile"_s},
            {u"user.read.all"_s, u"Read all users' full profiles"_s},
            {u"user.readbasic.all"_s, u"Read all users' basic profiles"_s},
            {u"presence.read.all"_s,
             u"Read presence information of all users in your organization"_s},
            {u"presence.readwrite"_s, u"Read and write your presence information"_s},
            {u"cjp:user"_s, u"Work as an agent in the contact center"_s},
            {u"cjp:config_read"_s, u"Read the contact-center configuration"_s},
            {u"spark:people_read"_s, u"Read your company directory"_s},
            {u"spark:kms"_s, u"Use encrypted content on your behalf"_s},
    };
    return descriptions.value(scope.toLower(), u"Use the permission"_s);
}

QString htmlPage(IdentityService::Flavour flavour, const QString &title, const QString &content)
{
    const bool microsoft = flavour == IdentityService::Flavour::Microsoft;
    const QString brand = microsoft ? u"Microsoft"_s : u"Webex"_s;
    const QString accent = microsoft ? u"#0067b8"_s : u"#007aa3"_s;
    return u"<!DOCTYPE html>\n"
           "<html lang=\"en\">\n"
           "<head>\n"
           "<meta charset=\"utf-8\">\n"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
           "<title>%1</title>\n"
           "<style>\n"
           "body { margin: 0; background: #f2f2f2; color: #1b1b1b;"
           " font: 15px/1.5 \"Segoe UI\", system-ui, sans-serif; }\n"
           "main { box-sizing: border-box; max-width: 440px; margin: 8vh auto; padding: 40px;"
           " background: #fff; box-shadow: 0 2px 6px rgba(0, 0, 0, 0.2); }\n"
           ".brand { margin: 0 0 16px; font-weight: 600; color: #5e5e5e; }\n"
           "h1 { margin: 0 0 8px; font-size: 24px; font-weight: 600; }\n"
           "label { display: block; margin-top: 16px; font-weight: 600; }\n"
           "input[type=email], input[type=password] { box-sizing: border-box; width: 100%;"
           " padding: 6px 2px; border: 0; border-bottom: 1px solid #666; font: inherit; }\n"
           "input:focus { outline: none; border-bottom: 2px solid %3; }\n"
           ".buttons { display: flex; justify-content: flex-end; gap: 8px; margin-top: 24px; }\n"
           "button { min-width: 108px; padding: 6px 12px; border: 1px solid %3; background: %3;"
           " color: #fff; font: inherit; cursor: pointer; }\n"
           "button.secondary { background: #ccc; border-color: #ccc; color: #1b1b1b; }\n"
           ".error { color: #e81123; }\n"
           "ul { padding-left: 20px; }\n"
           "code { color: #5e5e5e; font-size: 13px; }\n"
           ".note { margin-top: 32px; font-size: 12px; color: #5e5e5e; }\n"
           "</style>\n"
           "</head>\n"
           "<body>\n"
           "<main>\n"
           "<p class=\"brand\">%2</p>\n"
           "%4"
           "<p class=\"note\">Simulated by agentdesk-sim for development and tests.</p>\n"
           "</main>\n"
           "</body>\n"
           "</html>\n"_s.arg(title.toHtmlEscaped(), brand, accent, content);
}

} // namespace

IdentityService::IdentityService(SimContext &context)
    : SimService(context)
    , m_codes(context.clock)
{
    const QJsonObject identity = m_context.scenario->section(u"identity"_s);
    m_codeLifetimeSeconds = identity.value(u"codeLifetimeSeconds"_s).toInt(600);
    // Refresh lifetimes belong to the identities, so they are read here: Entra's 90 days and
    // the 60 days quoted for Webex unless the scenario says otherwise.
    m_context.tokens->setRefreshLifetime(
            Audience::Graph, identity.value(u"graphRefreshTokenSeconds"_s).toInt(90 * 86400));
    m_ccRefreshLifetimeSeconds = identity.value(u"ccRefreshTokenSeconds"_s).toInt(60 * 86400);
    m_context.tokens->setRefreshLifetime(Audience::ContactCenter, m_ccRefreshLifetimeSeconds);
    for (const QJsonValue &email : identity.value(u"ssoSessions"_s).toArray()) {
        const QJsonObject account = findAccount(email.toString());
        if (account.isEmpty()) {
            qCWarning(lcIdentity) << "SSO session of" << email.toString()
                                  << "ignored: not a scenario account";
            continue;
        }
        m_ssoSessions.append(account.value(u"email"_s).toString());
    }
}

void IdentityService::registerRoutes(SimRouter &router)
{
    const QString microsoft = u"/(?<tenant>[^/]+)/oauth2/v2\\.0/"_s;
    router.get(QString(microsoft + u"authorize"_s),
               [this](const SimRequest &r) { return authorize(r, Flavour::Microsoft); });
    router.post(QString(microsoft + u"authorize"_s),
                [this](const SimRequest &r) { return continueSignIn(r, Flavour::Microsoft); });
    router.post(QString(microsoft + u"token"_s),
                [this](const SimRequest &r) { return token(r, Flavour::Microsoft); });

    router.get(u"/v1/authorize"_s,
               [this](const SimRequest &r) { return authorize(r, Flavour::Webex); });
    router.post(u"/v1/authorize"_s,
                [this](const SimRequest &r) { return continueSignIn(r, Flavour::Webex); });
    router.post(u"/v1/access_token"_s,
                [this](const SimRequest &r) { return token(r, Flavour::Webex); });
    router.get(u"/v1/people/me"_s, [this](const SimRequest &r) { return peopleMe(r); });

    router.post(u"/_sim/identity/sso-sessions"_s,
                [this](const SimRequest &r) { return addSsoSession(r); });
    router.del(u"/_sim/identity/sso-sessions"_s, [this](const SimRequest &) {
        m_ssoSessions.clear();
        return SimResponse::empty(204);
    });
}

// --- authorize -------------------------------------------------------------------------------

SimResponse IdentityService::authorize(const SimRequest &request, Flavour flavour)
{
    const bool microsoft = flavour == Flavour::Microsoft;
    const QUrlQuery query = authorizeQuery(request);
    const QString tenant = request.capture(u"tenant"_s);
    if (microsoft && !isKnownTenant(tenant)) {
        return errorPage(flavour, 90002,
                         u"Tenant '%1' not found. Check to make sure you have the correct tenant "
                         "ID and are signing into the correct cloud."_s.arg(tenant));
    }

    // Until the client and its redirect URI are known good, errors stay on this page: redirecting
    // to an unregistered URI would hand the answer to whoever wrote the link.
    const QString clientId = param(query, u"client_id"_s);
    if (clientId.isEmpty()) {
        return errorPage(flavour, 900144,
                         u"The request body must contain the following parameter: 'client_id'."_s);
    }
    const std::optional<Client> client = findClient(clientId);
    if (!client) {
        const QString tenantName =
                m_context.scenario->section(u"tenant"_s).value(u"name"_s).toString();
        return errorPage(flavour, 700016,
                         u"Application with identifier '%1' was not found in the directory "
                         "'%2'. This can happen if the application has not been installed by "
                         "the administrator of the tenant or consented to by any user in the "
                         "tenant. You may have sent your authentication request to the wrong "
                         "tenant."_s.arg(clientId, tenantName));
    }
    const QString redirectUri = param(query, u"redirect_uri"_s);
    if (redirectUri.isEmpty()) {
        return errorPage(flavour, 900971, u"No reply address provided."_s);
    }
    const bool registered =
            std::any_of(client->redirectUris.cbegin(), client->redirectUris.cend(),
                        [&](const QString &uri) { return redirectMatches(uri, redirectUri); });
    if (!registered) {
        return errorPage(flavour, 50011,
                         u"The redirect URI '%1' specified in the request does not match the "
                         "redirect URIs configured for the application '%2'. Make sure the "
                         "redirect URI sent in the request matches one added to your "
                         "application."_s.arg(redirectUri, clientId));
    }

    Pending pending;
    pending.flavour = flavour;
    pending.formAction =
            microsoft ? QString(u'/' + tenant + u"/oauth2/v2.0/authorize"_s) : u"/v1/authorize"_s;
    pending.clientId = clientId;
    pending.clientName = client->name;
    pending.redirectUri = redirectUri;
    pending.state = param(query, u"state"_s);
    pending.scope = param(query, u"scope"_s);
    pending.codeChallenge = param(query, u"code_challenge"_s);
    pending.codeChallengeMethod = param(query, u"code_challenge_method"_s);
    pending.nonce = param(query, u"nonce"_s);

    const QString responseType = param(query, u"response_type"_s);
    if (responseType.isEmpty()) {
        return redirectWithError(
                pending, u"invalid_request"_s, 900144,
                u"The request body must contain the following parameter: 'response_type'."_s);
    }
    if (responseType != u"code"_s) {
        return redirectWithError(
                pending, u"unsupported_response_type"_s, 70005,
                u"response_type '%1' is not enabled for the application."_s.arg(responseType));
    }
    const QString responseMode = param(query, u"response_mode"_s);
    if (!responseMode.isEmpty() && responseMode != u"query"_s) {
        return redirectWithError(pending, u"invalid_request"_s, 70007,
                                 u"The response_mode '%1' is not supported here; agentdesk-sim "
                                 "answers in the query string only."_s.arg(responseMode));
    }
    if (pending.scope.trimmed().isEmpty()) {
        return redirectWithError(
                pending, u"invalid_request"_s, 900144,
                u"The request body must contain the following parameter: 'scope'."_s);
    }
    // PKCE is optional for some real clients; AgentDesk must always send it, so it is required.
    if (pending.codeChallenge.isEmpty()) {
        return redirectWithError(pending, u"invalid_request"_s, 50147,
                                 u"The code_challenge parameter is missing: this application "
                                 "must use PKCE (RFC 7636)."_s);
    }
    if (pending.codeChallengeMethod.isEmpty()) {
        pending.codeChallengeMethod = u"plain"_s; // RFC 7636 §4.3
    }
    if (pending.codeChallengeMethod != u"S256"_s && pending.codeChallengeMethod != u"plain"_s) {
        return redirectWithError(
                pending, u"invalid_request"_s, 90100,
                u"The code_challenge_method '%1' is not supported; use S256."_s.arg(
                        pending.codeChallengeMethod));
    }
    if (!AuthorizationCodes::isWellFormedChallenge(pending.codeChallenge,
                                                   pending.codeChallengeMethod)) {
        return redirectWithError(pending, u"invalid_request"_s, 501491,
                                 u"Invalid size of Code_Challenge parameter."_s);
    }

    const QString autoUser = m_context.scenario->autoSignIn();
    if (!autoUser.isEmpty()) {
        const QJsonObject account = findAccount(autoUser);
        if (!account.isEmpty()) {
            const QString email = account.value(u"email"_s).toString();
            qCInfo(lcIdentity) << "automatic sign-in of" << email << "for client" << clientId;
            return grantCode(pending, email);
        }
        qCWarning(lcIdentity) << "auto sign-in user" << autoUser
                              << "is not a scenario account; showing the sign-in page";
    }
    if (param(query, u"prompt"_s) == u"none"_s) {
        const QString ssoAccount = ssoUser(param(query, u"login_hint"_s));
        if (!ssoAccount.isEmpty()) {
            qCInfo(lcIdentity) << "silent sign-in of" << ssoAccount << "from an SSO session";
            return grantCode(pending, ssoAccount);
        }
        return redirectWithError(pending, u"login_required"_s, 50058,
                                 u"A silent sign-in request was sent but no user is signed in."_s);
    }

    pruneSessions();
    pending.expiresAt = m_context.clock->now().addSecs(kSessionLifetimeSeconds);
    const QString sessionId = TokenIssuer::randomToken(24);
    m_sessions.insert(sessionId, pending);
    return signInPage(sessionId, pending, param(query, u"login_hint"_s), {});
}

SimResponse IdentityService::continueSignIn(const SimRequest &request, Flavour flavour)
{
    const QUrlQuery form = request.formBody();
    const QString sessionId = param(form, u"session"_s);
    const auto it = m_sessions.find(sessionId);
    if (it == m_sessions.end() || it->flavour != flavour ||
        it->expiresAt <= m_context.clock->now()) {
        if (it != m_sessions.end()) {
            m_sessions.erase(it);
        }
        return errorPage(flavour, 50089,
                         u"Authentication failed due to flow token expired. Go back to the "
                         "application and sign in again."_s);
    }

    if (it->user.isEmpty()) {
        const QString email = param(form, u"email"_s).trimmed();
        const QJsonObject account = findAccount(email);
        if (account.isEmpty() ||
            param(form, u"password"_s) != account.value(u"password"_s).toString()) {
            qCInfo(lcIdentity) << "sign-in failed for" << email;
            return signInPage(sessionId, *it, email,
                              u"Your account or password is incorrect. Check the e-mail address "
                              "and the password and try again."_s);
        }
        it->user = account.value(u"email"_s).toString();
        qCInfo(lcIdentity) << "signed in" << it->user << "for client" << it->clientId;
        return consentPage(sessionId, *it);
    }

    const QString consent = param(form, u"consent"_s);
    if (consent != u"accept"_s && consent != u"cancel"_s) {
        return consentPage(sessionId, *it);
    }
    const Pending pending = *it;
    m_sessions.erase(it);
    if (consent == u"cancel"_s) {
        qCInfo(lcIdentity) << pending.user << "declined consent for client" << pending.clientId;
        return redirectWithError(pending, u"access_denied"_s, 65004,
                                 flavour == Flavour::Microsoft
                                         ? u"User declined to consent to access the app."_s
                                         : u"The user denied the authorization request."_s);
    }
    qCInfo(lcIdentity) << pending.user << "consented for client" << pending.clientId;
    return grantCode(pending, pending.user);
}

SimResponse IdentityService::grantCode(const Pending &pending, const QString &user)
{
    AuthorizationCodes::Grant grant;
    grant.audience =
            pending.flavour == Flavour::Microsoft ? Audience::Graph : Audience::ContactCenter;
    grant.clientId = pending.clientId;
    grant.redirectUri = pending.redirectUri;
    grant.user = user;
    grant.scope = pending.scope;
    grant.codeChallenge = pending.codeChallenge;
    grant.codeChallengeMethod = pending.codeChallengeMethod;
    grant.nonce = pending.nonce;
    const QString code = m_codes.issue(std::move(grant), m_codeLifetimeSeconds);
    qCInfo(lcIdentity) << "authorization code issued to client" << pending.clientId << "for"
                       << user;
    QList<QPair<QString, QString>> parameters{{u"code"_s, code}};
    if (!pending.state.isEmpty()) {
        parameters.append({u"state"_s, pending.state});
    }
    return SimResponse::redirect(withParameters(pending.redirectUri, parameters))
            .withHeader("Cache-Control", "no-store");
}

SimResponse IdentityService::redirectWithError(const Pending &pending, const QString &error,
                                               int aadsts, const QString &description)
{
    QString text = description;
    if (pending.flavour == Flavour::Microsoft) {
        const QString timestamp =
                m_context.clock->now().toUTC().toString(u"yyyy-MM-dd HH:mm:ss'Z'"_s);
        text = u"AADSTS%1: %2\r\nTrace ID: %3\r\nCorrelation ID: %4\r\nTimestamp: %5"_s.arg(
                QString::number(aadsts), description, newUuid(), newUuid(), timestamp);
    }
    qCInfo(lcIdentity) << "authorize error" << error << "for client" << pending.clientId;
    QList<QPair<QString, QString>> parameters{{u"error"_s, error}, {u"error_description"_s, text}};
    if (!pending.state.isEmpty()) {
        parameters.append({u"state"_s, pending.state});
    }
    return SimResponse::redirect(withParameters(pending.redirectUri, parameters))
            .withHeader("Cache-Control", "no-store");
}

// --- pages -----------------------------------------------------------------------------------

static SimResponse pageResponse(int status, const QString &html)
{
    // The pages run in the client's embedded browser: no caching, no framing, no scripts.
    return SimResponse::html(status, html)
            .withHeader("Cache-Control", "no-store")
            .withHeader("X-Frame-Options", "DENY")
            .withHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
}

SimResponse IdentityService::signInPage(const QString &sessionId, const Pending &pending,
                                        const QString &email, const QString &error) const
{
    const QString errorLine =
            error.isEmpty() ? QString()
                            : u"<p class=\"error\" id=\"error\" role=\"alert\">%1</p>\n"_s.arg(
                                      error.toHtmlEscaped());
    const QString content =
            u"<h1>Sign in</h1>\n"
            "<p>to continue to <strong>%1</strong></p>\n"
            "%2"
            "<form method=\"post\" action=\"%3\">\n"
            "<input type=\"hidden\" name=\"session\" value=\"%4\">\n"
            "<label for=\"email\">E-mail</label>\n"
            "<input type=\"email\" id=\"email\" name=\"email\" value=\"%5\""
            " autocomplete=\"username\" required autofocus>\n"
            "<label for=\"password\">Password</label>\n"
            "<input type=\"password\" id=\"password\" name=\"password\""
            " autocomplete=\"current-password\" required>\n"
            "<div class=\"buttons\"><button type=\"submit\" id=\"signin\">Sign in</button></div>\n"
            "</form>\n"_s.arg(pending.clientName.toHtmlEscaped(), errorLine,
                              pending.formAction.toHtmlEscaped(), sessionId, email.toHtmlEscaped());
    return pageResponse(200, htmlPage(pending.flavour, u"Sign in to your account"_s, content));
}

SimResponse IdentityService::consentPage(const QString &sessionId, const Pending &pending) const
{
    QString items;
    for (const QString &scope : scopeList(pending.scope)) {
        items += u"<li>%1 <code>%2</code></li>\n"_s.arg(scopeDescription(scope).toHtmlEscaped(),
                                                        scope.toHtmlEscaped());
    }
    const QString content =
            u"<h1>Permissions requested</h1>\n"
            "<p><strong>%1</strong> would like to:</p>\n"
            "<ul id=\"scopes\">\n%2</ul>\n"
            "<p>Signed in as <strong id=\"user\">%3</strong>. Accepting allows this app to use "
            "your data as described above.</p>\n"
            "<form method=\"post\" action=\"%4\">\n"
            "<input type=\"hidden\" name=\"session\" value=\"%5\">\n"
            "<div class=\"buttons\">"
            "<button type=\"submit\" id=\"cancel\" name=\"consent\" value=\"cancel\""
            " class=\"secondary\">Cancel</button>"
            "<button type=\"submit\" id=\"accept\" name=\"consent\" "
            "value=\"accept\">Accept</button>"
            "</div>\n"
            "</form>\n"_s.arg(pending.clientName.toHtmlEscaped(), items,
                              pending.user.toHtmlEscaped(), pending.formAction.toHtmlEscaped(),
                              sessionId);
    return pageResponse(200, htmlPage(pending.flavour, u"Permissions requested"_s, content));
}

SimResponse IdentityService::errorPage(Flavour flavour, int aadsts, const QString &message) const
{
    const QString text = flavour == Flavour::Microsoft
                                 ? u"AADSTS%1: %2"_s.arg(QString::number(aadsts), message)
                                 : message;
    qCInfo(lcIdentity) << "authorize refused:" << text;
    const QString content =
            u"<h1>Sorry, we can't sign you in</h1>\n"
            "<p class=\"error\" id=\"error\" role=\"alert\">%1</p>\n"_s.arg(text.toHtmlEscaped());
    return pageResponse(400, htmlPage(flavour, u"Sign-in error"_s, content));
}

// --- token -----------------------------------------------------------------------------------

SimResponse IdentityService::failure(const SimRequest &request, Flavour flavour,
                                     const Failure &failure) const
{
    qCInfo(lcIdentity) << "token request refused:" << failure.error << failure.aadsts;
    if (flavour == Flavour::Webex) {
        return webexError(failure.status, failure.webexMessage.isEmpty() ? failure.description
                                                                         : failure.webexMessage)
                .withHeader("Cache-Control", "no-store");
    }
    const QString traceId = newUuid();
    // Entra echoes the caller's client-request-id as the correlation id.
    const QString sent = QString::fromLatin1(request.header("client-request-id"));
    const QString correlationId = QUuid::fromString(sent).isNull() ? newUuid() : sent;
    const QString timestamp = m_context.clock->now().toUTC().toString(u"yyyy-MM-dd HH:mm:ss'Z'"_s);
    const QString description =
            u"AADSTS%1: %2\r\nTrace ID: %3\r\nCorrelation ID: %4\r\nTimestamp: %5"_s.arg(
                    QString::number(failure.aadsts), failure.description, traceId, correlationId,
                    timestamp);
    return SimResponse::json(failure.status,
                             QJsonObject{
                                     {u"error"_s, failure.error},
                                     {u"error_description"_s, description},
                                     {u"error_codes"_s, QJsonArray{failure.aadsts}},
                                     {u"timestamp"_s, timestamp},
                                     {u"trace_id"_s, traceId},
                                     {u"correlation_id"_s, correlationId},
                                     {u"error_uri"_s,
                                      u"https://login.microsoftonline.com/error?code=%1"_s.arg(
                                              failure.aadsts)},
                             })
            .withHeader("Cache-Control", "no-store")
            .withHeader("x-ms-request-id", traceId.toLatin1())
            .withHeader("client-request-id", correlationId.toLatin1());
}

static QString missing(const QString &name)
{
    return u"The request body must contain the following parameter: '%1'."_s.arg(name);
}

SimResponse IdentityService::token(const SimRequest &request, Flavour flavour)
{
    const QUrlQuery form = request.formBody();
    const QString tenant = request.capture(u"tenant"_s);
    if (flavour == Flavour::Microsoft && !isKnownTenant(tenant)) {
        return failure(request, flavour,
                       {400, u"invalid_request"_s, 90002,
                        u"Tenant '%1' not found. Check to make sure you have the correct tenant "
                        "ID and are signing into the correct cloud."_s.arg(tenant)});
    }
    const QString grantType = param(form, u"grant_type"_s);
    if (grantType.isEmpty()) {
        return failure(request, flavour,
                       {400, u"invalid_request"_s, 900144, missing(u"grant_type"_s)});
    }
    const QString clientId = param(form, u"client_id"_s);
    if (clientId.isEmpty()) {
        return failure(request, flavour,
                       {400, u"invalid_request"_s, 900144, missing(u"client_id"_s)});
    }
    const std::optional<Client> client = findClient(clientId);
    if (!client) {
        return failure(request, flavour,
                       {400, u"unauthorized_client"_s, 700016,
                        u"Application with identifier '%1' was not found in the directory."_s.arg(
                                clientId),
                        u"The client_id '%1' is not a registered integration."_s.arg(clientId)});
    }
    // Webex integrations normally send a secret; a Microsoft public client must not.
    if (flavour == Flavour::Microsoft && client->isPublic &&
        !param(form, u"client_secret"_s).isEmpty()) {
        return failure(request, flavour,
                       {401, u"invalid_client"_s, 700025,
                        u"Client is public so neither 'client_assertion' nor 'client_secret' "
                        "should be presented."_s});
    }
    if (grantType == u"authorization_code"_s) {
        return redeemCode(request, form, flavour, *client);
    }
    if (grantType == u"refresh_token"_s) {
        return refresh(request, form, flavour);
    }
    return failure(request, flavour,
                   {400, u"unsupported_grant_type"_s, 70003,
                    u"The app requested an unsupported grant type '%1'."_s.arg(grantType)});
}

SimResponse IdentityService::redeemCode(const SimRequest &request, const QUrlQuery &form,
                                        Flavour flavour, const Client &client)
{
    const QString code = param(form, u"code"_s);
    if (code.isEmpty()) {
        return failure(request, flavour, {400, u"invalid_request"_s, 900144, missing(u"code"_s)});
    }
    const QString redirectUri = param(form, u"redirect_uri"_s);
    if (redirectUri.isEmpty()) {
        return failure(request, flavour,
                       {400, u"invalid_request"_s, 900144, missing(u"redirect_uri"_s)});
    }
    const Audience audience =
            flavour == Flavour::Microsoft ? Audience::Graph : Audience::ContactCenter;
    const auto redeemed = m_codes.redeem(code, audience);
    if (const auto *error = std::get_if<AuthorizationCodes::Error>(&redeemed)) {
        switch (*error) {
        case AuthorizationCodes::Error::Unknown:
            return failure(request, flavour,
                           {400, u"invalid_grant"_s, 70000,
                            u"The provided value for the 'code' parameter is not valid."_s,
                            u"The authorization code is invalid."_s});
        case AuthorizationCodes::Error::Redeemed:
            return failure(request, flavour,
                           {400, u"invalid_grant"_s, 54005,
                            u"OAuth2 Authorization code was already redeemed, please retry with "
                            "a new valid code or use an existing refresh token."_s,
                            u"The authorization code has already been used."_s});
        case AuthorizationCodes::Error::Expired:
            return failure(request, flavour,
                           {400, u"invalid_grant"_s, 70008,
                            u"The provided authorization code or refresh token has expired due "
                            "to inactivity. Send a new interactive authorization request for "
                            "this user and resource."_s,
                            u"The authorization code has expired."_s});
        }
    }
    const auto &grant = std::get<AuthorizationCodes::Grant>(redeemed);
    if (grant.clientId != client.id) {
        return failure(request, flavour,
                       {400, u"invalid_grant"_s, 70000,
                        u"The provided value for the 'code' parameter is not valid: it was "
                        "issued to another application."_s,
                        u"The authorization code was issued to another client."_s});
    }
    if (redirectUri != grant.redirectUri) {
        const bool registered =
                std::any_of(client.redirectUris.cbegin(), client.redirectUris.cend(),
                            [&](const QString &uri) { return redirectMatches(uri, redirectUri); });
        if (!registered) {
            return failure(request, flavour,
                           {400, u"invalid_request"_s, 50011,
                            u"The redirect URI '%1' specified in the request does not match the "
                            "redirect URIs configured for the application '%2'."_s.arg(redirectUri,
                                                                                       client.id)});
        }
        return failure(request, flavour,
                       {400, u"invalid_grant"_s, 500112,
                        u"The reply address '%1' does not match the reply address '%2' provided "
                        "when requesting Authorization code."_s.arg(redirectUri, grant.redirectUri),
                        u"The redirect_uri does not match the one of the authorization "
                        "request."_s});
    }
    if (!AuthorizationCodes::verifierMatches(param(form, u"code_verifier"_s), grant.codeChallenge,
                                             grant.codeChallengeMethod)) {
        return failure(request, flavour,
                       {400, u"invalid_grant"_s, 501481,
                        u"The Code_Verifier does not match the code_challenge supplied in the "
                        "authorization request."_s,
                        u"The code_verifier does not match the code_challenge of the "
                        "authorization request."_s});
    }
    const bool withRefresh =
            flavour == Flavour::Webex || hasScope(grant.scope, u"offline_access"_s);
    const TokenIssuer::Tokens tokens =
            m_context.tokens->issue(audience, grant.user, client.id, grant.scope, withRefresh);
    qCInfo(lcIdentity) << "tokens issued to client" << client.id << "for" << grant.user
                       << "(authorization_code)";
    return tokenAnswer(flavour, tokens, grant.user, client.id, grant.nonce);
}

SimResponse IdentityService::refresh(const SimRequest &request, const QUrlQuery &form,
                                     Flavour flavour)
{
    const QString refreshToken = param(form, u"refresh_token"_s);
    if (refreshToken.isEmpty()) {
        return failure(request, flavour,
                       {400, u"invalid_request"_s, 900144, missing(u"refresh_token"_s)});
    }
    const QString clientId = param(form, u"client_id"_s);
    const Audience audience =
            flavour == Flavour::Microsoft ? Audience::Graph : Audience::ContactCenter;
    // Webex answers every refresh failure with the same sentence.
    const QString webexMessage =
            u"The refresh token provided is expired, revoked, malformed, or invalid."_s;
    const auto refreshed = m_context.tokens->refresh(audience, refreshToken, clientId);
    if (const auto *error = std::get_if<TokenIssuer::RefreshError>(&refreshed)) {
        switch (*error) {
        case TokenIssuer::RefreshError::Unknown:
            return failure(request, flavour,
                           {400, u"invalid_grant"_s, 9002313,
                            u"Invalid request. Request is malformed or invalid."_s, webexMessage});
        case TokenIssuer::RefreshError::Expired:
            return failure(request, flavour,
                           {400, u"invalid_grant"_s, 700082,
                            u"The refresh token has expired due to inactivity. Send a new "
                            "interactive authorization request for this user and resource."_s,
                            webexMessage});
        case TokenIssuer::RefreshError::Revoked:
            // The simulator revokes a refresh token once used: a client that keeps the old one
            // is caught here.
            return failure(request, flavour,
                           {400, u"invalid_grant"_s, 50173,
                            u"The provided grant has expired due to it being revoked, a fresh "
                            "auth token is needed. The refresh token was already used; store "
                            "the one returned with it."_s,
                            webexMessage});
        case TokenIssuer::RefreshError::WrongClient:
            return failure(request, flavour,
                           {400, u"invalid_grant"_s, 70000,
                            u"The provided value for the 'refresh_token' parameter is not valid: "
                            "it was issued to another application."_s,
                            webexMessage});
        }
    }
    const auto &tokens = std::get<TokenIssuer::Tokens>(refreshed);
    const std::optional<TokenIssuer::Grant> grant =
            m_context.tokens->validate(tokens.accessToken, audience);
    const QString user = grant ? grant->user : QString();
    qCInfo(lcIdentity) << "tokens issued to client" << clientId << "for" << user
                       << "(refresh_token)";
    return tokenAnswer(flavour, tokens, user, clientId, {});
}

SimResponse IdentityService::tokenAnswer(Flavour flavour, const TokenIssuer::Tokens &tokens,
                                         const QString &user, const QString &clientId,
                                         const QString &nonce) const
{
    QJsonObject answer;
    if (flavour == Flavour::Webex) {
        answer = {
                {u"access_token"_s, tokens.accessToken},
                {u"expires_in"_s, tokens.expiresInSeconds},
                {u"refresh_token"_s, tokens.refreshToken},
                {u"refresh_token_expires_in"_s, m_ccRefreshLifetimeSeconds},
                {u"token_type"_s, u"Bearer"_s},
        };
    } else {
        // Entra lists the granted scopes without offline_access, which only asks for the
        // refresh token.
        QStringList granted = scopeList(tokens.scope);
        granted.removeIf([](const QString &s) {
            return s.compare(u"offline_access"_s, Qt::CaseInsensitive) == 0;
        });
        answer = {
                {u"token_type"_s, u"Bearer"_s},
                {u"scope"_s, granted.join(u' ')},
                {u"expires_in"_s, tokens.expiresInSeconds},
                {u"ext_expires_in"_s, tokens.expiresInSeconds},
                {u"access_token"_s, tokens.accessToken},
        };
        if (!tokens.refreshToken.isEmpty()) {
            answer.insert(u"refresh_token"_s, tokens.refreshToken);
        }
        if (hasScope(tokens.scope, u"openid"_s)) {
            answer.insert(u"id_token"_s, idToken(user, clientId, nonce));
        }
    }
    return SimResponse::json(200, answer)
            .withHeader("Cache-Control", "no-store")
            .withHeader("Pragma", "no-cache");
}

QString IdentityService::idToken(const QString &user, const QString &clientId,
                                 const QString &nonce) const
{
    // Unsigned ("alg": "none"), JWT-shaped only: the simulator has no keys, and clients must
    // only read display claims from it, never trust it for authorization.
    const QJsonObject account = findAccount(user);
    const QJsonObject tenant = m_context.scenario->section(u"tenant"_s);
    const QString tenantId = tenant.value(u"id"_s).toString();
    const qint64 now = m_context.clock->now().toSecsSinceEpoch();
    const QString objectId = accountUuid(account, u"objectId"_s, user);
    QJsonObject claims{
            {u"aud"_s, clientId},
            {u"iss"_s, QString(m_context.baseUrl.toString() + u'/' + tenantId + u"/v2.0"_s)},
            {u"iat"_s, now},
            {u"nbf"_s, now},
            {u"exp"_s, now + 3600},
            {u"name"_s, account.value(u"displayName"_s).toString(user)},
            {u"preferred_username"_s, user},
            {u"oid"_s, objectId},
            {u"sub"_s, objectId},
            {u"tid"_s, tenantId},
            {u"ver"_s, u"2.0"_s},
    };
    if (!nonce.isEmpty()) {
        claims.insert(u"nonce"_s, nonce);
    }
    return QString(base64Json({{u"typ"_s, u"JWT"_s}, {u"alg"_s, u"none"_s}}) + u'.' +
                   base64Json(claims) + u'.');
}

// --- people/me -------------------------------------------------------------------------------

SimResponse IdentityService::peopleMe(const SimRequest &request)
{
    const std::optional<TokenIssuer::Grant> grant =
            m_context.tokens->validate(request.bearerToken(), Audience::ContactCenter);
    if (!grant || request.forceTokenExpired) {
        return webexError(401, u"The request requires a valid access token set in the "
                               "Authorization request header."_s);
    }
    const QJsonObject account = findAccount(grant->user);
    const QString orgId = m_context.scenario->section(u"tenant"_s).value(u"orgId"_s).toString();
    QJsonObject person{
            {u"id"_s, webexId(u"PEOPLE"_s, accountUuid(account, u"ciUserId"_s, grant->user))},
            {u"emails"_s, QJsonArray{grant->user}},
            {u"phoneNumbers"_s, QJsonArray{}},
            {u"displayName"_s, account.value(u"displayName"_s).toString(grant->user)},
            {u"orgId"_s, webexId(u"ORGANIZATION"_s, orgId)},
            {u"created"_s, u"2024-01-15T09:00:00.000Z"_s},
            {u"status"_s, u"active"_s},
            {u"type"_s, u"person"_s},
    };
    for (const QString &key : {u"firstName"_s, u"lastName"_s, u"nickName"_s}) {
        if (account.contains(key)) {
            person.insert(key, account.value(key));
        }
    }
    return SimResponse::json(200, person);
}

// --- scenario look-ups -----------------------------------------------------------------------

bool IdentityService::isKnownTenant(const QString &tenant) const
{
    const QJsonObject section = m_context.scenario->section(u"tenant"_s);
    for (const QString &known : {u"common"_s, u"organizations"_s, section.value(u"id"_s).toString(),
                                 section.value(u"domain"_s).toString()}) {
        if (!known.isEmpty() && tenant.compare(known, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

std::optional<IdentityService::Client> IdentityService::findClient(const QString &clientId) const
{
    const QJsonArray clients = m_context.scenario->root().value(u"clients"_s).toArray();
    for (const QJsonValue &value : clients) {
        const QJsonObject object = value.toObject();
        if (object.value(u"clientId"_s).toString() != clientId) {
            continue;
        }
        Client client;
        client.id = clientId;
        client.name = object.value(u"name"_s).toString(clientId);
        client.isPublic = object.value(u"public"_s).toBool(true);
        for (const QJsonValue &uri : object.value(u"redirectUris"_s).toArray()) {
            client.redirectUris.append(uri.toString());
        }
        return client;
    }
    return std::nullopt;
}

QString IdentityService::ssoUser(const QString &loginHint) const
{
    if (loginHint.trimmed().isEmpty()) {
        return m_ssoSessions.size() == 1 ? m_ssoSessions.first() : QString();
    }
    for (const QString &email : m_ssoSessions) {
        if (email.compare(loginHint.trimmed(), Qt::CaseInsensitive) == 0) {
            return email;
        }
    }
    return {};
}

SimResponse IdentityService::addSsoSession(const SimRequest &request)
{
    const QJsonObject account = findAccount(request.jsonBody().value(u"email"_s).toString());
    if (account.isEmpty()) {
        return SimResponse::json(
                404, QJsonObject{{u"error"_s, u"expected {\"email\": a scenario account}"_s}});
    }
    const QString email = account.value(u"email"_s).toString();
    if (!m_ssoSessions.contains(email)) {
        m_ssoSessions.append(email);
    }
    qCInfo(lcIdentity) << "SSO session of" << email;
    return SimResponse::json(
            200, QJsonObject{{u"email"_s, email},
                             {u"ssoSessions"_s, QJsonArray::fromStringList(m_ssoSessions)}});
}

QJsonObject IdentityService::findAccount(const QString &email) const
{
    if (email.isEmpty()) {
        return {};
    }
    const QJsonArray accounts = m_context.scenario->root().value(u"accounts"_s).toArray();
    for (const QJsonValue &value : accounts) {
        const QJsonObject account = value.toObject();
        if (account.value(u"email"_s).toString().compare(email, Qt::CaseInsensitive) == 0) {
            return account;
        }
    }
    return {};
}

QString IdentityService::accountUuid(const QJsonObject &account, const QString &key,
                                     const QString &email) const
{
    const QString explicitId = account.value(key).toString();
    if (!explicitId.isEmpty()) {
        return explicitId;
    }
    // Stable per e-mail, so a token minted for any address (e.g. by /_sim/token) has ids too.
    return stableUuid(key, email);
}

void IdentityService::pruneSessions()
{
    const QDateTime now = m_context.clock->now();
    m_sessions.removeIf([&now](const auto &item) { return item.value().expiresAt <= now; });
}

} // namespace AgentDesk::Sim
