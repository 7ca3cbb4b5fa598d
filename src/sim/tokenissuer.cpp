// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenissuer.h"

#include <core/clock.h>

#include <QRandomGenerator>

namespace AgentDesk::Sim {

TokenIssuer::TokenIssuer(const Core::Clock *clock)
    : m_clock(clock)
{}

void TokenIssuer::setAccessLifetime(Audience audience, int seconds)
{
    m_accessLifetime[int(audience)] = seconds;
}

void TokenIssuer::setRefreshLifetime(Audience audience, int seconds)
{
    m_refreshLifetime[int(audience)] = seconds;
}

int TokenIssuer::accessLifetime(Audience audience) const
{
    return m_accessLifetime[int(audience)];
}

QString TokenIssuer::randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()),
                                          raw.size() / int(sizeof(quint32)));
    return QString::fromLatin1(
            raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

TokenIssuer::Tokens TokenIssuer::issue(Audience audience, const QString &user,
                                       const QString &clientId, const QString &scope,
                                       bool withRefreshToken)
{
    const QDateTime now = m_clock->now();
    Tokens tokens;
    // A recognisable prefix helps a human reading a request log; the rest is random.
    tokens.accessToken = (audience == Audience::Graph ? QStringLiteral("eyJ0.graph.")
                                                      : QStringLiteral("cc_at_")) +
                         randomToken();
    tokens.expiresInSeconds = m_accessLifetime[int(audience)];
    tokens.scope = scope;
    Grant grant{audience, user, clientId, scope, now.addSecs(tokens.expiresInSeconds)};
    m_access.insert(tokens.accessToken, grant);
    if (withRefreshToken) {
        tokens.refreshToken = (audience == Audience::Graph ? QStringLiteral("0.graph-rt.")
                                                           : QStringLiteral("cc_rt_")) +
                              randomToken(48);
        grant.expiresAt = now.addSecs(m_refreshLifetime[int(audience)]);
        m_refresh.insert(tokens.refreshToken, {grant, false});
    }
    return tokens;
}

std::optional<TokenIssuer::Grant> TokenIssuer::validate(const QString &accessToken,
                                                        Audience audience) const
{
    const auto it = m_access.constFind(accessToken);
    if (it == m_access.cend() || it->audience != audience || it->expiresAt <= m_clock->now()) {
        return std::nullopt;
    }
    return *it;
}

std::variant<TokenIssuer::Tokens, TokenIssuer::RefreshError>
TokenIssuer::refresh(Audience audience, const QString &refreshToken, const QString &clientId)
{
    const auto it = m_refresh.find(refreshToken);
    if (it == m_refresh.end() || it->grant.audience != audience) {
        return RefreshError::Unknown;
    }
    if (it->revoked) {
        return RefreshError::Revoked;
    }
    if (it->grant.expiresAt <= m_clock->now()) {
        return RefreshError::Expired;
    }
    if (it->grant.clientId != clientId) {
        return RefreshError::WrongClient;
    }
    it->revoked = true;
    const Grant grant = it->grant;
    return issue(audience, grant.user, grant.clientId, grant.scope, true);
}

void TokenIssuer::expireAccessTokens(const QString &user)
{
    const QDateTime past = m_clock->now().addSecs(-1);
    for (Grant &grant : m_access) {
        if (user.isEmpty() || grant.user.compare(user, Qt::CaseInsensitive) == 0) {
            grant.expiresAt = past;
        }
    }
}

void TokenIssuer::expireRefreshTokens(const QString &user)
{
    const QDateTime past = m_clock->now().addSecs(-1);
    for (RefreshGrant &refresh : m_refresh) {
        if (user.isEmpty() || refresh.grant.user.compare(user, Qt::CaseInsensitive) == 0) {
            refresh.grant.expiresAt = past;
        }
    }
}

} // namespace AgentDesk::Sim
