// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace AgentDesk::Auth {

// Who signed in, as the OpenID Connect id token says. The token came straight from the token
// endpoint over TLS, so its payload is only base64url-decoded, not verified: these claims name
// the account for display and for the keychain entry, and never decide any access.
struct IdTokenClaims
{
    QString preferredUsername; // usually the sign-in e-mail
    QString name;              // display name
    QString objectId;          // oid
    QString tenantId;          // tid

    bool isEmpty() const { return preferredUsername.isEmpty() && name.isEmpty(); }

    // Reads the payload of a JWT ("header.payload.signature"); empty claims when unreadable.
    static IdTokenClaims fromJwt(const QString &idToken);
};

} // namespace AgentDesk::Auth
