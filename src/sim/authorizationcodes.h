// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tokenissuer.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <variant>

namespace AgentDesk::Core {
class Clock;
}

namespace AgentDesk::Sim {

// The authorization codes the identity pages hand out, and the PKCE check that redeems them.
// A code is random, lives `lifetime` seconds, is good for one redemption at the identity that
// issued it, and remembers everything the token endpoint must compare against.
//   AuthorizationCodes codes(clock);
//   QString code = codes.issue(grant, 600);
//   auto result = codes.redeem(code, Audience::Graph);   // Grant, or Error
class AuthorizationCodes
{
public:
    struct Grant
    {
        Audience audience = Audience::Graph;
        QString clientId;
        QString redirectUri;
        QString user; // e-mail
        QString scope;
        QString codeChallenge;
        QString codeChallengeMethod; // "S256" or "plain"
        QString nonce;
        QDateTime expiresAt;
    };
    enum class Error
    {
        Unknown,
        Expired,
        Redeemed
    };

    explicit AuthorizationCodes(const Core::Clock *clock);

    QString issue(Grant grant, int lifetimeSeconds);
    // Marks the code used whatever happens next, so that a failed PKCE check can't be retried
    // with another verifier.
    std::variant<Grant, Error> redeem(const QString &code, Audience audience);

    // RFC 7636 §4.1: 43 to 128 characters of [A-Z a-z 0-9 - . _ ~].
    static bool isWellFormedVerifier(const QString &verifier);
    // A challenge the authorize endpoint accepts for that method (S256: 43 base64url characters).
    static bool isWellFormedChallenge(const QString &challenge, const QString &method);
    // S256: BASE64URL(SHA256(verifier)) == challenge; plain: verifier == challenge.
    static bool verifierMatches(const QString &verifier, const QString &challenge,
                                const QString &method);

private:
    struct Entry
    {
        Grant grant;
        bool redeemed = false;
    };
    void prune();

    const Core::Clock *m_clock;
    QHash<QString, Entry> m_codes;
};

} // namespace AgentDesk::Sim
