// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "serviceendpoints.h"

using namespace Qt::StringLiterals;

namespace AgentDesk::Core {

namespace {
const QStringList kRegions = {u"us1"_s, u"eu1"_s, u"eu2"_s, u"anz1"_s,
                              u"ca1"_s, u"jp1"_s, u"sg1"_s};
} // namespace

std::optional<ServiceEndpoints> ServiceEndpoints::preset(const QString &name)
{
    ServiceEndpoints endpoints;
    endpoints.ccIdentity = QUrl(u"https://webexapis.com/v1"_s);
    endpoints.msAuthority = QUrl(u"https://login.microsoftonline.com"_s);
    endpoints.graphApi = QUrl(u"https://graph.microsoft.com/v1.0"_s);
    endpoints.clientId = u"agentdesk"_s;
    endpoints.tenant = u"organizations"_s;
    QString region = name;
    if (name == u"usgov"_s) {
        region = u"us1"_s;
        endpoints.msAuthority = QUrl(u"https://login.microsoftonline.us"_s);
        endpoints.graphApi = QUrl(u"https://graph.microsoft.us/v1.0"_s);
    }
    if (!kRegions.contains(region)) {
        return std::nullopt;
    }
    endpoints.ccApi = QUrl(u"https://api.wxcc-%1.cisco.com"_s.arg(region));
    return endpoints;
}

QStringList ServiceEndpoints::presetNames()
{
    return kRegions + QStringList{u"usgov"_s};
}

ServiceEndpoints ServiceEndpoints::onOneOrigin(const QUrl &origin)
{
    ServiceEndpoints endpoints;
    endpoints.ccApi = origin;
    endpoints.ccIdentity = origin.resolved(QUrl(u"/v1"_s));
    endpoints.msAuthority = origin;
    endpoints.graphApi = origin.resolved(QUrl(u"/v1.0"_s));
    endpoints.clientId = u"agentdesk"_s;
    endpoints.tenant = u"organizations"_s;
    return endpoints;
}

QStringList ServiceEndpoints::problems() const
{
    QStringList problems;
    const auto checkUrl = [&problems](const QUrl &url, const QString &key) {
        if (!url.isValid() || url.host().isEmpty()) {
            problems.append(u"%1 is not a valid URL: '%2'"_s.arg(key, url.toString()));
        } else if (url.scheme() != u"https"_s &&
                   !(url.scheme() == u"http"_s &&
                     (url.host() == u"127.0.0.1"_s || url.host() == u"localhost"_s ||
                      url.host() == u"::1"_s))) {
            // Tokens travel to these hosts: plain http only to this machine.
            problems.append(
                    u"%1 must use https (http only on loopback): '%2'"_s.arg(key, url.toString()));
        }
    };
    checkUrl(ccApi, u"cc-api"_s);
    checkUrl(ccIdentity, u"cc-identity"_s);
    checkUrl(msAuthority, u"ms-authority"_s);
    checkUrl(graphApi, u"graph-api"_s);
    if (clientId.trimmed().isEmpty()) {
        problems.append(u"client-id is empty"_s);
    }
    if (tenant.trimmed().isEmpty() || tenant.contains(u'/')) {
        problems.append(u"tenant must be common, organizations, a tenant id or a domain"_s);
    }
    return problems;
}

} // namespace AgentDesk::Core
