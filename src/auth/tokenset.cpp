// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenset.h"

using namespace Qt::StringLiterals;

namespace AgentDesk::Auth {

namespace {

// expires_in is a number in the RFC, but some servers send it as a string.
std::optional<qint64> seconds(const QJsonValue &value)
{
    if (value.isDouble()) {
        return value.toInteger();
    }
    bool ok = false;
    const qint64 parsed = value.toString().toLongLong(&ok);
    return ok ? std::optional<qint64>(parsed) : std::nullopt;
}

} // namespace

std::optional<TokenSet> TokenSet::fromJson(const QJsonObject &json, const QDateTime &issuedAt,
                                           const QString &requestedScope, QString *problem)
{
    const auto fail = [problem](const QString &why) {
        if (problem) {
            *problem = why;
        }
        return std::nullopt;
    };
    TokenSet tokens;
    tokens.accessToken = json.value(u"access_token"_s).toString();
    if (tokens.accessToken.isEmpty()) {
        return fail(u"no access_token"_s);
    }
    const QString type = json.value(u"token_type"_s).toString();
    if (!type.isEmpty() && type.compare(u"Bearer"_s, Qt::CaseInsensitive) != 0) {
        return fail(u"token_type is not Bearer"_s);
    }
    tokens.refreshToken = json.value(u"refresh_token"_s).toString();
    if (const auto lifetime = seconds(json.value(u"expires_in"_s)); lifetime && *lifetime > 0) {
        tokens.expiresAt = issuedAt.addSecs(*lifetime);
    }
    if (const auto lifetime = seconds(json.value(u"refresh_token_expires_in"_s));
        lifetime && *lifetime > 0) {
        tokens.refreshExpiresAt = issuedAt.addSecs(*lifetime);
    }
    tokens.scope = json.contains(u"scope"_s) ? json.value(u"scope"_s).toString() : requestedScope;
    const QString idToken = json.value(u"id_token"_s).toString();
    if (!idToken.isEmpty()) {
        tokens.claims = IdTokenClaims::fromJwt(idToken);
    }
    return tokens;
}

} // namespace AgentDesk::Auth
