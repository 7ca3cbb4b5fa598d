// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logincontroller.h"

#include <auth/authorizationattempt.h>
#include <auth/loopbackredirectlistener.h>
#include <auth/oauthsession.h>
#include <core/desktopprofile.h>
#include <core/serviceendpoints.h>
#include <net/httpclient.h>
#include <net/requesthandle.h>

#include <QNetworkAccessManager>
#include <QObject>

#include <optional>

class QSettings;

namespace AgentDesk::Auth {
class AuthorizationOutcome;
class OAuthError;
class TokenStore;
} // namespace AgentDesk::Auth

namespace AgentDesk::Net {
class TokenProvider;
}

namespace AgentDesk::Session {

// The agent's Microsoft Teams connection, started after the station login. It never stops the
// agent from working: every failure ends in NotConnected with a reason the UI shows (warning
// icon, notification, Profile settings → Collaboration tools), and Retry runs the flow again.
//   TeamsConnection teams(endpoints, &keychain, Core::Clock::system(), &settings);
//   connect(&teams, &TeamsConnection::browserSignInRequested, ... show BrowserSignInDialog,
//           then teams.completeBrowserSignIn(redirectUrl) or teams.cancelBrowserSignIn());
//   connect(&teams, &TeamsConnection::systemBrowserRequested, ... QDesktopServices::openUrl);
//   connect(&teams, &TeamsConnection::stateChanged, ... update the icon and the settings page);
//   teams.start(login.profile(), login.person().primaryEmail());
//   graph.send(ApiRequest::get(url).withAuth(teams.tokens()), ...);
// start(): Teams off in the profile → NotUsed. Else the refresh token stored for the last
// Microsoft account (keychain key microsoft:<account>, the account in the settings at
// teams/account) signs in without a window; failing that, with the profile's SSO flag a silent
// prompt=none authorize request over HTTP (no window at all, as with an existing Windows/Entra
// session), without it the embedded browser (or the system browser on a loopback redirect
// when teams/systemBrowser is set). An invalid_grant on a refresh later ends in
// NotConnected(Expired), once: no new sign-in starts by itself.
class TeamsConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamsConnection)

public:
    enum class State
    {
        NotConnected, // see reason()
        Connecting,   // silent attempt, SSO request, a browser open or the code being redeemed
        Connected,    // account() is signed in; tokens() gives Graph tokens
        NotUsed       // the desktop profile has Teams off
    };
    Q_ENUM(State)

    enum class Reason
    {
        None,              // Connecting or Connected
        NotStarted,        // before start(), and after signOutOfApp()
        Cancelled,         // the agent closed the sign-in window or declined (access_denied)
        ConsentRequired,   // consent_required / interaction_required: an admin must approve
        SsoUnavailable,    // SSO mode: no usable Windows/Entra session (login_required...)
        Network,           // no answer from Microsoft
        TokenError,        // the token endpoint refused (e.g. invalid_grant) or answered badly
        SignInError,       // any other error of the sign-in pages (state mismatch, no code...)
        Expired,           // the refresh token was refused later: sign in again
        Disconnected,      // "Disconnect" in the settings
        DisabledByProfile, // with State::NotUsed
    };
    Q_ENUM(Reason)

    static inline const QString AccountSettingsKey = QStringLiteral("teams/account");
    static inline const QString SystemBrowserSettingsKey = QStringLiteral("teams/systemBrowser");

    // `store` (the keychain) and `settings` (the last account, the system-browser option;
    // never a secret) must outlive this. Times come from `clock`.
    TeamsConnection(const Core::ServiceEndpoints &endpoints, Auth::TokenStore *store,
                    const Core::Clock *clock, QSettings *settings, QObject *parent = nullptr);
    ~TeamsConnection() override;

    State state() const { return m_state; }
    Reason reason() const { return m_reason; }
    // Why Teams is not connected, one translated sentence; empty unless NotConnected/NotUsed.
    QString message() const;
    // The underlying error in the service's or our words (translated), when there is one, e.g.
    // "AADSTS65001: ..." for a token error; empty otherwise. For a details line or tooltip.
    const QString &detail() const { return m_detail; }
    // The signed-in Microsoft account (id token's preferred_username); empty unless Connected.
    QString account() const;
    bool isSsoMode() const { return m_sso; }

    // The bearer tokens of Graph requests (refresh ahead of expiry, once after a 401).
    Net::TokenProvider *tokens();
    Auth::OAuthSession &session() { return m_session; }
    // The HTTP layer the connection uses (redirects are never followed on it).
    Net::HttpClient &http() { return m_http; }

    // The settings option: sign in in the system browser on a loopback redirect.
    bool useSystemBrowser() const;
    void setUseSystemBrowser(bool use);

    // After the station login, with the agent's desktop profile and e-mail (login hint).
    void start(const Core::DesktopProfile &profile, const QString &agentEmail);
    // Settings → Retry: the interactive flow again (the SSO request in SSO mode).
    void retry();
    // Settings → Disconnect: signs out of Microsoft and deletes the stored tokens. (Hides
    // QObject's member disconnect() overloads; QObject::disconnect(...) still works.)
    void disconnect();
    // The app's sign out: deletes the stored tokens; back to NotConnected(NotStarted).
    void signOutOfApp();

    // The embedded browser reached the redirect URI (BrowserSignInDialog::redirectReached).
    void completeBrowserSignIn(const QUrl &redirectUrl);
    // The agent closed the sign-in window (embedded, or gave up waiting for the system one).
    void cancelBrowserSignIn();

Q_SIGNALS:
    // Also when only reason() or detail() changed (e.g. Cancelled, then Retry failing offline).
    void stateChanged(AgentDesk::Session::TeamsConnection::State state);
    // Show Microsoft's sign-in pages in the embedded browser; `isRedirect` recognises the way
    // back, which is caught and never loaded.
    void browserSignInRequested(const QUrl &url,
                                const AgentDesk::Session::RedirectMatcher &isRedirect);
    // Open this URL in the system browser (QDesktopServices::openUrl); the answer comes back
    // on the loopback listener by itself.
    void systemBrowserRequested(const QUrl &url);
    // The keychain could not be used; Teams may still connect, but the agent should know.
    void keychainProblem(const QString &message);

private:
    enum class Phase
    {
        Idle,
        Restoring,
        Sso,
        Browser,
        SystemBrowser,
        Redeeming
    };

    void setState(State state, Reason reason, const QString &detail = {});
    void runInteractive();
    void openEmbeddedBrowser();
    void openSystemBrowser();
    void requestSso();
    void onSsoAnswer(const QUrl &location, int status, const QString &networkMessage);
    void handleRedirect(const QUrl &redirectUrl);
    void redeem(const Auth::AuthorizationOutcome &outcome);
    void fail(Reason reason, const QString &detail);
    void onSignedIn();
    void onSignInFailed(const Auth::OAuthError &error);
    void onExpired(const Auth::OAuthError &error);
    void stopPending();
    void deleteStoredTokens();
    QString storedAccount() const;
    static Reason reasonOf(const Auth::OAuthError &error);

    Core::ServiceEndpoints m_endpoints;
    Auth::TokenStore *m_store;
    QSettings *m_settings;
    QNetworkAccessManager m_network;
    Net::HttpClient m_http;
    Auth::OAuthSession m_session;
    Auth::LoopbackRedirectListener m_listener;
    std::optional<Auth::AuthorizationAttempt> m_attempt;
    Net::RequestHandle m_ssoRequest;
    State m_state = State::NotConnected;
    Reason m_reason = Reason::NotStarted;
    Phase m_phase = Phase::Idle;
    QString m_detail;
    QString m_agentEmail;
    bool m_sso = false;
};

} // namespace AgentDesk::Session
