// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "oauthprovider.h"

#include <core/serviceendpoints.h>

using namespace Qt::StringLiterals;

namespace AgentDesk::Auth {

namespace {

// The base URL with more path segments; a base with or without a trailing slash works alike.
QUrl below(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString basePath = base.path();
    while (basePath.endsWith(u'/')) {
        basePath.chop(1);
    }
    url.setPath(QString(basePath + u'/' + path));
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

bool isLoopback(const QUrl &url)
{
    const QString host = url.host().toLower();
    return url.scheme() == u"http"_s && (host == u"localhost"_s || host == u"127.0.0.1"_s);
}

QString normalisedPath(const QUrl &url)
{
    const QString path = url.path(QUrl::FullyEncoded);
    return path.isEmpty() ? u"/"_s : path;
}

} // namespace

OAuthProvider OAuthProvider::contactCenter(const Core::ServiceEndpoints &endpoints)
{
    OAuthProvider provider;
    provider.id = u"cc"_s;
    provider.displayName = u"Webex"_s;
    provider.authorizeUrl = below(endpoints.ccIdentity, u"authorize"_s);
    provider.tokenUrl = below(endpoints.ccIdentity, u"access_token"_s);
    provider.clientId = endpoints.clientId;
    provider.redirectUri = u"http://localhost/agentdesk/callback"_s;
    // cjp:user for the agent APIs (login, state, tasks), cjp:config_read for the desktop
    // profile, teams, idle codes and dial plan, spark:people_read for /people/me.
    provider.scopes = {u"cjp:config_read"_s, u"cjp:user"_s, u"spark:people_read"_s};
    return provider;
}

OAuthProvider OAuthProvider::microsoft(const Core::ServiceEndpoints &endpoints)
{
    OAuthProvider provider;
    provider.id = u"microsoft"_s;
    provider.displayName = u"Microsoft"_s;
    const QString base = QString(endpoints.tenant + u"/oauth2/v2.0/"_s);
    provider.authorizeUrl = below(endpoints.msAuthority, QString(base + u"authorize"_s));
    provider.tokenUrl = below(endpoints.msAuthority, QString(base + u"token"_s));
    provider.clientId = endpoints.clientId;
    provider.redirectUri = u"https://login.microsoftonline.com/common/oauth2/nativeclient"_s;
    // openid + profile give the id token with the account's name, offline_access the refresh
    // token; the Graph scopes cover the directory and presence (read all, write our own).
    provider.scopes = {
            u"openid"_s,        u"profile"_s,           u"offline_access"_s,    u"User.Read"_s,
            u"User.Read.All"_s, u"Presence.Read.All"_s, u"Presence.ReadWrite"_s};
    // The code in the query string, where the embedded browser's navigation shows it (the
    // default for the code flow, said explicitly so a changed default cannot move it).
    provider.extraAuthorizeParameters = {{u"response_mode"_s, u"query"_s}};
    return provider;
}

OAuthProvider OAuthProvider::microsoftSystemBrowser(const Core::ServiceEndpoints &endpoints,
                                                    quint16 port)
{
    OAuthProvider provider = microsoft(endpoints);
    // Entra registers "http://localhost" and accepts any port on it; the token request repeats
    // this exact text.
    provider.redirectUri = u"http://localhost:%1"_s.arg(port);
    return provider;
}

QString OAuthProvider::storeKey(const QString &account) const
{
    // E-mail addresses are case-insensitive: one entry per account whatever the spelling.
    return QString(id + u':' + account.trimmed().toLower());
}

bool OAuthProvider::isRedirect(const QUrl &url) const
{
    const QUrl registered(redirectUri, QUrl::StrictMode);
    if (!url.isValid() || !registered.isValid() || !url.userInfo().isEmpty()) {
        return false;
    }
    if (url.scheme().compare(registered.scheme(), Qt::CaseInsensitive) != 0 ||
        url.host().compare(registered.host(), Qt::CaseInsensitive) != 0 ||
        normalisedPath(url) != normalisedPath(registered)) {
        return false;
    }
    if (isLoopback(registered)) {
        return true;
    }
    const int defaultPort = registered.scheme() == u"https"_s ? 443 : 80;
    return url.port(defaultPort) == registered.port(defaultPort);
}

} // namespace AgentDesk::Auth
