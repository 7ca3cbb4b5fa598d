// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "idtokenclaims.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace AgentDesk::Auth {

// What a token endpoint gave: the tokens, when the access token expires and what it may do.
// Secrets inside: never log a TokenSet, never write it anywhere but the TokenStore.
//   auto tokens = TokenSet::fromJson(reply, sentAt, provider.scope(), &problem);
struct TokenSet
{
    QString accessToken;
    QString refreshToken;       // empty when the answer had none (keep the previous one)
    QDateTime expiresAt;        // invalid when the answer did not say
    QDateTime refreshExpiresAt; // Webex's refresh_token_expires_in; invalid when not said
    QString scope;
    IdTokenClaims claims; // from the id token, when there was one

    // Reads a successful token answer (RFC 6749 §5.1). Lifetimes count from `issuedAt`: the
    // moment the request left, so that the expiry is never later than the server's.
    // `requestedScope` stands in when the answer has no scope (§5.1: then it is the same).
    static std::optional<TokenSet> fromJson(const QJsonObject &json, const QDateTime &issuedAt,
                                            const QString &requestedScope, QString *problem);

    bool hasRefreshToken() const { return !refreshToken.isEmpty(); }
    // Whether the access token has expired at `now` (never when the expiry is unknown).
    bool isExpired(const QDateTime &now) const { return expiresAt.isValid() && expiresAt <= now; }
};

} // namespace AgentDesk::Auth
