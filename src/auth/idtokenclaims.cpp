// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "idtokenclaims.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace AgentDesk::Auth {

IdTokenClaims IdTokenClaims::fromJwt(const QString &idToken)
{
    const QStringList parts = idToken.split(u'.');
    if (parts.size() != 3) {
        return {};
    }
    const auto decoded = QByteArray::fromBase64Encoding(
            parts.at(1).toLatin1(),
            QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return {};
    }
    const QJsonObject payload = QJsonDocument::fromJson(*decoded).object();
    IdTokenClaims claims;
    claims.preferredUsername = payload.value(u"preferred_username"_s).toString();
    if (claims.preferredUsername.isEmpty()) {
        claims.preferredUsername = payload.value(u"email"_s).toString();
    }
    claims.name = payload.value(u"name"_s).toString();
    claims.objectId = payload.value(u"oid"_s).toString();
    claims.tenantId = payload.value(u"tid"_s).toString();
    return claims;
}

} // namespace AgentDesk::Auth
