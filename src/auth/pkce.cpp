// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pkce.h"

#include "securerandom.h"

#include <QCryptographicHash>

namespace AgentDesk::Auth {

Pkce::Pkce(QString verifier, QString challenge)
    : m_verifier(std::move(verifier))
    , m_challenge(std::move(challenge))
{}

Pkce Pkce::generate(qsizetype octets)
{
    return generate(&secureRandomBytes, octets);
}

Pkce Pkce::generate(const ByteSource &source, qsizetype octets)
{
    Q_ASSERT(source);
    Q_ASSERT(octets >= MinOctets && octets <= MaxOctets);
    const QByteArray bytes = source(octets);
    Q_ASSERT(bytes.size() == octets);
    return fromVerifier(base64UrlNoPadding(bytes));
}

Pkce Pkce::fromVerifier(const QString &verifier)
{
    Q_ASSERT_X(isValidVerifier(verifier), "Pkce::fromVerifier", "not an RFC 7636 verifier");
    return Pkce(verifier, s256Challenge(verifier));
}

QString Pkce::s256Challenge(const QString &verifier)
{
    return base64UrlNoPadding(
            QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256));
}

bool Pkce::isValidVerifier(const QString &verifier)
{
    if (verifier.size() < 43 || verifier.size() > 128) {
        return false;
    }
    for (const QChar c : verifier) {
        const char16_t u = c.unicode();
        const bool unreserved = (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') ||
                                (u >= u'0' && u <= u'9') || u == u'-' || u == u'.' || u == u'_' ||
                                u == u'~';
        if (!unreserved) {
            return false;
        }
    }
    return true;
}

} // namespace AgentDesk::Auth
