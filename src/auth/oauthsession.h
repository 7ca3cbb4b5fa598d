// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "oautherror.h"
#include "oauthprovider.h"
#include "tokenclient.h"
#include "tokenset.h"
#include "tokenstoreerror.h"

#include <net/requesthandle.h>
#include <net/tokenprovider.h>

#include <QDateTime>
#include <QTimer>

#include <chrono>

namespace AgentDesk::Net {
class HttpClient;
}

namespace AgentDesk::Auth {

class AuthorizationAttempt;
class TokenStore;

// The signed-in state at one provider, and the bearer token of every request to its services.
// It redeems the code of a sign-in, refreshes the access token ahead of its expiry (and once
// after a 401, as Net::TokenProvider), keeps each new refresh token in the TokenStore at once,
// and signs in silently at the next start from the stored refresh token.
//   OAuthSession session(OAuthProvider::microsoft(endpoints), &http, &keychain);
//   connect(&session, &OAuthSession::signedIn, this, &Login::continueWithProfile);
//   connect(&session, &OAuthSession::expired, this, &Login::askToSignInAgain);
//   connect(&session, &OAuthSession::storeFailed, this, &Login::warnAboutKeychain);
//   session.restore(savedAccount);       // no browser: signedIn(), or expired()/storeFailed()
//   ... or, after the browser: session.completeSignIn(attempt, outcome.code());
//   http.send(ApiRequest::get(meUrl).withAuth(&session), ...);
//   session.signOut();                   // forgets the tokens and deletes the stored one
// The keychain entry is provider.storeKey(account). The account comes from the id token's
// preferred_username when there is one (Microsoft), else from completeSignIn() or a later
// setAccount() (the contact center, once /people/me named the agent); until then nothing is
// stored. A refused refresh token (invalid_grant) ends in Expired with one signal and no
// retry; a network failure keeps the tokens and tries again after retryDelay.
class OAuthSession final : public Net::TokenProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OAuthSession)

public:
    enum class State
    {
        SignedOut, // no tokens
        SigningIn, // redeeming an authorization code
        Restoring, // reading the stored refresh token and redeeming it
        SignedIn,  // an access token is there (a refresh may be running)
        Expired    // the refresh token was refused: an interactive sign-in is needed
    };
    Q_ENUM(State)

    static constexpr std::chrono::seconds DefaultRefreshMargin{300};
    static constexpr std::chrono::milliseconds DefaultCheckInterval{60'000};
    static constexpr std::chrono::milliseconds DefaultRetryDelay{30'000};

    // `http` and `store` must outlive the session; times come from http->clock().
    OAuthSession(OAuthProvider provider, Net::HttpClient *http, TokenStore *store,
                 QObject *parent = nullptr);
    ~OAuthSession() override;

    QString accessToken() const override;

    State state() const { return m_state; }
    bool isSignedIn() const { return m_state == State::SignedIn; }
    const OAuthProvider &provider() const { return m_client.provider(); }
    const QString &account() const { return m_account; }
    const IdTokenClaims &claims() const { return m_tokens.claims; }
    QString scope() const { return m_tokens.scope; }
    QDateTime expiresAt() const { return m_tokens.expiresAt; }
    // When the next refresh ahead of expiry is due; invalid when none is planned.
    QDateTime nextRefreshAt() const { return m_refreshAt; }

    // How long before expiry to refresh; at most half the token's lifetime is used.
    void setRefreshMargin(std::chrono::seconds margin) { m_margin = margin; }
    // The longest the timer sleeps before it looks at the clock again: wall-clock time moves
    // on while a laptop sleeps, a QTimer does not.
    void setCheckInterval(std::chrono::milliseconds interval) { m_checkInterval = interval; }
    // The wait before trying again after a refresh failed for a passing reason.
    void setRetryDelay(std::chrono::milliseconds delay) { m_retryDelay = delay; }

    // Redeems the code the browser brought back for `attempt`. `account` names the keychain
    // entry; empty = the id token's preferred_username, if any. Ends in signedIn() or
    // signInFailed().
    void completeSignIn(const AuthorizationAttempt &attempt, const QString &code,
                        const QString &account = {});
    // Names the account once known; stores the current refresh token under its key.
    void setAccount(const QString &account);
    // Signs in without a browser from the refresh token stored for `account`. Ends in
    // signedIn(), expired() (the stored token was refused; it is deleted), signInFailed()
    // (e.g. offline) or storeFailed() (NotFound when nothing was stored).
    void restore(const QString &account);
    // Forgets the tokens and deletes the stored refresh token.
    void signOut();

Q_SIGNALS:
    void stateChanged(AgentDesk::Auth::OAuthSession::State state);
    void signedIn();
    void signInFailed(const AgentDesk::Auth::OAuthError &error);
    // The refresh token was refused: sign in again. Emitted once; no refresh follows.
    void expired(const AgentDesk::Auth::OAuthError &reason);
    void tokensRefreshed();
    // The keychain failed; the message is for the agent.
    void storeFailed(const AgentDesk::Auth::TokenStoreError &error);

protected:
    void startRefresh() override;

private:
    void reset(State next);
    void setState(State state);
    void onRefreshed(const TokenSet &tokens);
    void onRefreshFailed(const OAuthError &error);
    void persistRefreshToken();
    void removeStoredToken(const QString &account);
    void scheduleRefresh();
    void armTimer();
    void onTimer();
    QDateTime now() const;

    TokenClient m_client;
    Net::HttpClient *m_http;
    TokenStore *m_store;
    State m_state = State::SignedOut;
    QString m_account;
    TokenSet m_tokens;
    QString m_storedRefreshToken; // the value last written to (or read from) the store
    Net::RequestHandle m_request;
    // Bumped by every reset: answers to requests of an earlier sign-in are ignored.
    quint64 m_generation = 0;
    QTimer m_timer;
    QDateTime m_refreshAt;
    std::chrono::seconds m_margin = DefaultRefreshMargin;
    std::chrono::milliseconds m_checkInterval = DefaultCheckInterval;
    std::chrono::milliseconds m_retryDelay = DefaultRetryDelay;
};

} // namespace AgentDesk::Auth
