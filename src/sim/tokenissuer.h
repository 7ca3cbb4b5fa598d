// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>
#include <variant>

namespace AgentDesk::Core {
class Clock;
}

namespace AgentDesk::Sim {

// Which service a token is good for. Graph tokens come from Microsoft identity, contact-center
// tokens from the contact-center identity; neither is accepted by the other service.
enum class Audience
{
    Graph,
    ContactCenter
};

// Issues opaque access and refresh tokens and answers whether one is valid. Refresh tokens
// rotate: using one returns a new pair and revokes the used one, so a client that forgets to
// store the new refresh token is caught on its next refresh.
class TokenIssuer
{
public:
    struct Grant
    {
        Audience audience = Audience::Graph;
        QString user; // e-mail
        QString clientId;
        QString scope;
        QDateTime expiresAt;
    };
    struct Tokens
    {
        QString accessToken;
        QString refreshToken; // empty when none was asked for
        int expiresInSeconds = 0;
        QString scope;
    };
    enum class RefreshError
    {
        Unknown,
        Expired,
        Revoked,
        WrongClient
    };

    explicit TokenIssuer(const Core::Clock *clock);

    void setAccessLifetime(Audience audience, int seconds);
    void setRefreshLifetime(Audience audience, int seconds);
    int accessLifetime(Audience audience) const;

    Tokens issue(Audience audience, const QString &user, const QString &clientId,
                 const QString &scope, bool withRefreshToken);
    // The grant behind a valid, unexpired access token of that audience.
    std::optional<Grant> validate(const QString &accessToken, Audience audience) const;
    std::variant<Tokens, RefreshError> refresh(Audience audience, const QString &refreshToken,
                                               const QString &clientId);

    // Control hooks: make every access token (of a user, or all) expire now; revoke refresh
    // tokens so that the next refresh answers invalid_grant.
    void expireAccessTokens(const QString &user = {});
    void expireRefreshTokens(const QString &user = {});

    static QString randomToken(int bytes = 32);

private:
    struct RefreshGrant
    {
        Grant grant;
        bool revoked = false;
    };
    const Core::Clock *m_clock;
    QHash<QString, Grant> m_access;
    QHash<QString, RefreshGrant> m_refresh;
    int m_accessLifetime[2] = {3600, 43200};
    int m_refreshLifetime[2] = {90 * 24 * 3600, 60 * 24 * 3600};
};

} // namespace AgentDesk::Sim
