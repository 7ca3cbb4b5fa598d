// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

namespace AgentDesk::Auth {

// A PKCE pair (RFC 7636): the secret verifier the token request proves, and the S256 challenge
// the authorize request announces. The verifier is base64url of random octets, as RFC 7636
// §4.1 recommends (32 octets → 43 characters of the unreserved set).
//   const Pkce pkce = Pkce::generate();            // QRandomGenerator::system()
//   url.addQueryItem("code_challenge", pkce.challenge()); ... "code_verifier", pkce.verifier()
class Pkce
{
public:
    // Gives `count` random octets; tests inject the RFC 7636 appendix B octets.
    using ByteSource = std::function<QByteArray(qsizetype count)>;
    static constexpr qsizetype DefaultOctets = 32;
    // 32..96 octets keep the verifier within RFC 7636's 43..128 characters.
    static constexpr qsizetype MinOctets = 32;
    static constexpr qsizetype MaxOctets = 96;

    static Pkce generate(qsizetype octets = DefaultOctets);
    static Pkce generate(const ByteSource &source, qsizetype octets = DefaultOctets);
    // A pair around a known verifier (which must be valid).
    static Pkce fromVerifier(const QString &verifier);

    // BASE64URL(SHA256(ASCII(verifier))) without padding.
    static QString s256Challenge(const QString &verifier);
    // 43..128 characters of [A-Z a-z 0-9 - . _ ~].
    static bool isValidVerifier(const QString &verifier);
    static QString method() { return QStringLiteral("S256"); }

    const QString &verifier() const { return m_verifier; }
    const QString &challenge() const { return m_challenge; }

private:
    Pkce(QString verifier, QString challenge);

    QString m_verifier;
    QString m_challenge;
};

} // namespace AgentDesk::Auth
