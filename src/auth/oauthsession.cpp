// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "oauthsession.h"

#include "authlogging.h"
#include "authorizationattempt.h"
#include "tokenstore.h"

#include <core/clock.h>
#include <net/httpclient.h>

#include <QMetaEnum>

#include <algorithm>

using namespace Qt::StringLiterals;
using std::chrono::milliseconds;

namespace AgentDesk::Auth {

namespace {

QString stateName(OAuthSession::State state)
{
    return QString::fromLatin1(QMetaEnum::fromType<OAuthSession::State>().valueToKey(int(state)));
}

} // namespace

OAuthSession::OAuthSession(OAuthProvider provider, Net::HttpClient *http, TokenStore *store,
                           QObject *parent)
    : Net::TokenProvider(parent)
    , m_client(std::move(provider), http)
    , m_http(http)
    , m_store(store)
{
    Q_ASSERT(m_store);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &OAuthSession::onTimer);
}

OAuthSession::~OAuthSession()
{
    // Requests still running are abandoned by HttpClient when their context (this) goes.
    m_timer.stop();
}

QString OAuthSession::accessToken() const
{
    return m_tokens.accessToken;
}

QDateTime OAuthSession::now() const
{
    return m_http->clock()->now();
}

// --- sign-in, restore, sign-out --------------------------------------------------------------

void OAuthSession::completeSignIn(const AuthorizationAttempt &attempt, const QString &code,
                                  const QString &account)
{
    reset(State::SigningIn);
    m_account = account.trimmed();
    const quint64 generation = m_generation;
    m_request = m_client.exchangeCode(
            attempt, code, this, [this, generation](const TokenClient::Result &result) {
                if (generation != m_generation) {
                    return;
                }
                m_request = {};
                if (const auto *error = std::get_if<OAuthError>(&result)) {
                    qCInfo(lcAuth).noquote()
                            << provider().id << u"sign-in failed:"_s << error->logSummary();
                    m_account.clear();
                    setState(State::SignedOut);
                    Q_EMIT signInFailed(*error);
                    return;
                }
                m_tokens = std::get<TokenSet>(result);
                if (m_account.isEmpty()) {
                    m_account = m_tokens.claims.preferredUsername.trimmed();
                }
                persistRefreshToken();
                scheduleRefresh();
                setState(State::SignedIn);
                Q_EMIT signedIn();
            });
}

void OAuthSession::setAccount(const QString &account)
{
    const QString trimmed = account.trimmed();
    if (trimmed.compare(m_account, Qt::CaseInsensitive) == 0 && !trimmed.isEmpty()) {
        return;
    }
    m_account = trimmed;
    // A new key: whatever was stored belongs to the old one.
    m_storedRefreshToken.clear();
    persistRefreshToken();
}

void OAuthSession::restore(const QString &account)
{
    reset(State::Restoring);
    m_account = account.trimmed();
    const quint64 generation = m_generation;
    qCInfo(lcAuth).noquote() << provider().id << u"restoring the stored sign-in"_s;
    m_store->read(provider().storeKey(m_account), this,
                  [this, generation](const TokenStoreResult &result) {
                      if (generation != m_generation) {
                          return;
                      }
                      if (!result.ok() || result.value().isEmpty()) {
                          const TokenStoreError error =
                                  result.ok() ? TokenStoreError(TokenStoreError::Operation::Read,
                                                                TokenStoreError::Kind::NotFound)
                                              : result.error();
                          m_account.clear();
                          setState(State::SignedOut);
                          Q_EMIT storeFailed(error);
                          return;
                      }
                      m_tokens.refreshToken = result.value();
                      m_storedRefreshToken = result.value();
                      refresh(this, [](bool) {});
                  });
}

void OAuthSession::signOut()
{
    const QString account = m_account;
    reset(State::SignedOut);
    m_account.clear();
    qCInfo(lcAuth).noquote() << provider().id << u"signed out"_s;
    if (!account.isEmpty()) {
        removeStoredToken(account);
    }
}

void OAuthSession::reset(State next)
{
    ++m_generation;
    m_request.cancel();
    m_request = {};
    m_timer.stop();
    m_refreshAt = {};
    m_tokens = {};
    m_storedRefreshToken.clear();
    setState(next);
    // Whoever waits for a refresh of the tokens just forgotten learns that it failed.
    if (isRefreshing()) {
        finishRefresh(false);
    }
}

void OAuthSession::setState(State state)
{
    if (m_state == state) {
        return;
    }
    m_state = state;
    qCDebug(lcAuth).noquote() << provider().id << u"session"_s << stateName(state);
    Q_EMIT stateChanged(state);
}

// --- refresh ---------------------------------------------------------------------------------

void OAuthSession::startRefresh()
{
    if (m_tokens.refreshToken.isEmpty()) {
        // Signed out or expired: nothing to refresh with, and never a request for it.
        qCDebug(lcAuth).noquote() << provider().id << u"no refresh token to refresh with"_s;
        finishRefresh(false);
        return;
    }
    m_timer.stop();
    const quint64 generation = m_generation;
    m_request = m_client.refresh(m_tokens.refreshToken, this,
                                 [this, generation](const TokenClient::Result &result) {
                                     if (generation != m_generation) {
                                         return;
                                     }
                                     m_request = {};
                                     if (const auto *error = std::get_if<OAuthError>(&result)) {
                                         onRefreshFailed(*error);
                                     } else {
                                         onRefreshed(std::get<TokenSet>(result));
                                     }
                                 });
}

void OAuthSession::onRefreshed(const TokenSet &tokens)
{
    const bool restoring = m_state == State::Restoring;
    TokenSet next = tokens;
    // RFC 6749 §6: a new refresh token is optional; without one the old one stays good.
    if (next.refreshToken.isEmpty()) {
        next.refreshToken = m_tokens.refreshToken;
    }
    if (next.claims.isEmpty()) {
        next.claims = m_tokens.claims;
    }
    m_tokens = std::move(next);
    persistRefreshToken();
    scheduleRefresh();
    setState(State::SignedIn);
    if (restoring) {
        qCInfo(lcAuth).noquote() << provider().id << u"signed in from the stored token"_s;
        Q_EMIT signedIn();
    }
    Q_EMIT tokensRefreshed();
    finishRefresh(true);
}

void OAuthSession::onRefreshFailed(const OAuthError &error)
{
    if (error.kind() == OAuthError::Kind::Cancelled) {
        finishRefresh(false);
        return;
    }
    if (error.isTransient() || error.kind() == OAuthError::Kind::MalformedResponse) {
        if (m_state == State::Restoring) {
            qCInfo(lcAuth).noquote() << provider().id << u"restore failed:"_s << error.logSummary();
            const quint64 generation = m_generation;
            reset(State::SignedOut);
            if (generation + 1 == m_generation) {
                m_account.clear();
                Q_EMIT signInFailed(error);
            }
            return;
        }
        // The access token may well be good for a while yet: keep it and try again later.
        m_refreshAt = now().addMSecs(m_retryDelay.count());
        qCInfo(lcAuth).noquote() << provider().id << u"refresh failed, retrying in"_s
                                 << m_retryDelay.count() << u"ms:"_s << error.logSummary();
        armTimer();
        finishRefresh(false);
        return;
    }
    // The refresh token is refused (invalid_grant) or cannot be used by this client: asking
    // again would only be refused again. Forget it and say so, once.
    qCInfo(lcAuth).noquote() << provider().id << u"refresh refused, sign-in needed:"_s
                             << error.logSummary();
    const QString account = m_account;
    const quint64 generation = m_generation;
    reset(State::Expired);
    if (generation + 1 != m_generation) {
        return; // a listener started something new meanwhile
    }
    if (error.kind() == OAuthError::Kind::InvalidGrant && !account.isEmpty()) {
        removeStoredToken(account);
    }
    Q_EMIT expired(error);
}

// --- storage ---------------------------------------------------------------------------------

void OAuthSession::persistRefreshToken()
{
    const QString token = m_tokens.refreshToken;
    if (m_account.isEmpty() || token.isEmpty() || token == m_storedRefreshToken) {
        return;
    }
    // Marked stored at once, so that two answers in a row do not write twice.
    m_storedRefreshToken = token;
    m_store->write(provider().storeKey(m_account), token, this,
                   [this, token](const TokenStoreResult &result) {
                       if (result.ok()) {
                           qCDebug(lcAuth).noquote() << provider().id << u"refresh token stored"_s;
                           return;
                       }
                       if (m_storedRefreshToken == token) {
                           m_storedRefreshToken.clear(); // written again on the next chance
                       }
                       Q_EMIT storeFailed(result.error());
                   });
}

void OAuthSession::removeStoredToken(const QString &account)
{
    m_store->remove(provider().storeKey(account), this, [this](const TokenStoreResult &result) {
        if (result.ok()) {
            qCDebug(lcAuth).noquote() << provider().id << u"stored refresh token deleted"_s;
            return;
        }
        Q_EMIT storeFailed(result.error());
    });
}

// --- schedule --------------------------------------------------------------------------------

void OAuthSession::scheduleRefresh()
{
    m_timer.stop();
    m_refreshAt = {};
    if (!m_tokens.expiresAt.isValid() || m_tokens.refreshToken.isEmpty()) {
        return;
    }
    const qint64 lifetime = std::max<qint64>(0, now().msecsTo(m_tokens.expiresAt));
    // Short-lived tokens are refreshed half-way through, long-lived ones `margin` ahead.
    const qint64 lead = std::min<qint64>(milliseconds(m_margin).count(), lifetime / 2);
    m_refreshAt = m_tokens.expiresAt.addMSecs(-lead);
    qCDebug(lcAuth).noquote() << provider().id << u"next refresh in"_s << now().secsTo(m_refreshAt)
                              << u"s"_s;
    armTimer();
}

void OAuthSession::armTimer()
{
    if (!m_refreshAt.isValid()) {
        return;
    }
    const qint64 wait = std::clamp<qint64>(now().msecsTo(m_refreshAt), 0, m_checkInterval.count());
    m_timer.start(milliseconds(wait));
}

void OAuthSession::onTimer()
{
    if (!m_refreshAt.isValid() || isRefreshing()) {
        return;
    }
    if (now() < m_refreshAt) {
        armTimer();
        return;
    }
    qCInfo(lcAuth).noquote() << provider().id << u"refreshing ahead of expiry"_s;
    refresh(this, [](bool) {});
}

} // namespace AgentDesk::Auth
