// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "authorizationcodes.h"

#include <core/clock.h>

#include <QCryptographicHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace AgentDesk::Sim {

// Used and expired codes are kept a while so that a late replay answers "already redeemed" or
// "expired" rather than "unknown", as the real services do.
static constexpr int kKeepAfterExpirySeconds = 3600;

AuthorizationCodes::AuthorizationCodes(const Core::Clock *clock)
    : m_clock(clock)
{}

QString AuthorizationCodes::issue(Grant grant, int lifetimeSeconds)
{
    prune();
    grant.expiresAt = m_clock->now().addSecs(lifetimeSeconds);
    const QString code = TokenIssuer::randomToken(32);
    m_codes.insert(code, {std::move(grant), false});
    return code;
}

std::variant<AuthorizationCodes::Grant, AuthorizationCodes::Error>
AuthorizationCodes::redeem(const QString &code, Audience audience)
{
    const auto it = m_codes.find(code);
    // A code of the other identity is simply not a code here.
    if (it == m_codes.end() || it->grant.audience != audience) {
        return Error::Unknown;
    }
    if (it->redeemed) {
        return Error::Redeemed;
    }
    it->redeemed = true;
    if (it->grant.expiresAt <= m_clock->now()) {
        return Error::Expired;
    }
    return it->grant;
}

void AuthorizationCodes::prune()
{
    const QDateTime cutoff = m_clock->now().addSecs(-kKeepAfterExpirySeconds);
    m_codes.removeIf([&cutoff](const auto &item) { return item.value().grant.expiresAt < cutoff; });
}

static bool isUnreserved(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') ||
           c == u'-' || c == u'.' || c == u'_' || c == u'~';
}

bool AuthorizationCodes::isWellFormedVerifier(const QString &verifier)
{
    return verifier.size() >= 43 && verifier.size() <= 128 &&
           std::all_of(verifier.begin(), verifier.end(), isUnreserved);
}

bool AuthorizationCodes::isWellFormedChallenge(const QString &challenge, const QString &method)
{
    if (method == u"S256"_s) {
        // 32 bytes of SHA-256 in unpadded base64url.
        return challenge.size() == 43 &&
               std::all_of(challenge.begin(), challenge.end(),
                           [](QChar c) { return isUnreserved(c) && c != u'.' && c != u'~'; });
    }
    if (method == u"plain"_s) {
        return isWellFormedVerifier(challenge);
    }
    return false;
}

bool AuthorizationCodes::verifierMatches(const QString &verifier, const QString &challenge,
                                         const QString &method)
{
    if (!isWellFormedVerifier(verifier)) {
        return false;
    }
    if (method == u"S256"_s) {
        const QByteArray digest =
                QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256);
        const QByteArray encoded =
                digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        return QString::fromLatin1(encoded) == challenge;
    }
    return method == u"plain"_s && verifier == challenge;
}

} // namespace AgentDesk::Sim
