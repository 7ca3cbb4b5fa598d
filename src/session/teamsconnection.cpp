// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamsconnection.h"

#include <auth/authorizationoutcome.h>
#include <auth/oautherror.h>
#include <auth/oauthprovider.h>
#include <auth/tokenstore.h>
#include <auth/tokenstoreerror.h>
#include <net/apirequest.h>
#include <net/apiresult.h>

#include <QLoggingCategory>
#include <QSettings>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTeams, "agentdesk.session.teams", QtInfoMsg)

namespace AgentDesk::Session {

TeamsConnection::TeamsConnection(const Core::ServiceEndpoints &endpoints, Auth::TokenStore *store,
                                 const Core::Clock *clock, QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_endpoints(endpoints)
    , m_store(store)
    , m_settings(settings)
    , m_http(&m_network, clock)
    , m_session(Auth::OAuthProvider::microsoft(endpoints), &m_http, store)
{
    // The silent SSO request must see the 302 to the redirect URI itself: following it would
    // load https://login.microsoftonline.com/common/oauth2/nativeclient with the code in it.
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);

    connect(&m_session, &Auth::OAuthSession::signedIn, this, &TeamsConnection::onSignedIn);
    connect(&m_session, &Auth::OAuthSession::signInFailed, this, &TeamsConnection::onSignInFailed);
    connect(&m_session, &Auth::OAuthSession::expired, this, &TeamsConnection::onExpired);
    connect(&m_session, &Auth::OAuthSession::storeFailed, this,
            [this](const Auth::TokenStoreError &error) {
                if (error.kind() != Auth::TokenStoreError::Kind::NotFound) {
                    Q_EMIT keychainProblem(error.message());
                }
                if (m_phase == Phase::Restoring) {
                    // Nothing usable stored: sign in the normal way.
                    runInteractive();
                }
            });
    connect(&m_listener, &Auth::LoopbackRedirectListener::redirectReceived, this,
            [this](const QUrl &url) {
                if (m_phase == Phase::SystemBrowser && m_attempt && m_attempt->isRedirect(url)) {
                    handleRedirect(url);
                }
            });
}

TeamsConnection::~TeamsConnection()
{
    m_ssoRequest.cancel();
}

// --- state -----------------------------------------------------------------------------------

void TeamsConnection::setState(State state, Reason reason, const QString &detail)
{
    const bool changed = m_state != state || m_reason != reason || m_detail != detail;
    m_state = state;
    m_reason = reason;
    m_detail = detail;
    if (changed) {
        qCInfo(lcTeams) << "Teams" << state << reason;
        Q_EMIT stateChanged(state);
    }
}

QString TeamsConnection::message() const
{
    switch (m_reason) {
    case Reason::None:
        return {};
    case Reason::NotStarted:
        return tr("Microsoft Teams is not connected yet.");
    case Reason::Cancelled:
        return tr("Microsoft Teams is not connected: the sign-in was cancelled.");
    case Reason::ConsentRequired:
        return tr("Microsoft Teams is not connected: your administrator must approve AgentDesk "
                  "for your organization first.");
    case Reason::SsoUnavailable:
        return tr("Microsoft Teams is not connected: single sign-on found no Microsoft session "
                  "for your account on this computer.");
    case Reason::Network:
        return tr("Microsoft Teams is not connected: Microsoft could not be reached. Check the "
                  "network connection.");
    case Reason::TokenError:
        return tr("Microsoft Teams is not connected: Microsoft refused the sign-in.");
    case Reason::SignInError:
        return tr("Microsoft Teams is not connected: the sign-in did not complete.");
    case Reason::Expired:
        return tr("Microsoft Teams is disconnected: your Microsoft sign-in has expired. Sign in "
                  "again.");
    case Reason::Disconnected:
        return tr("Microsoft Teams is disconnected.");
    case Reason::DisabledByProfile:
        return tr("Microsoft Teams is not used in your desktop profile.");
    }
    return {};
}

QString TeamsConnection::account() const
{
    return m_state == State::Connected ? m_session.account() : QString();
}

Net::TokenProvider *TeamsConnection::tokens()
{
    return &m_session;
}

bool TeamsConnection::useSystemBrowser() const
{
    return m_settings->value(SystemBrowserSettingsKey, false).toBool();
}

void TeamsConnection::setUseSystemBrowser(bool use)
{
    m_settings->setValue(SystemBrowserSettingsKey, use);
}

QString TeamsConnection::storedAccount() const
{
    return m_settings->value(AccountSettingsKey).toString();
}

// --- the flows -------------------------------------------------------------------------------

void TeamsConnection::start(const Core::DesktopProfile &profile, const QString &agentEmail)
{
    stopPending();
    m_agentEmail = agentEmail.trimmed();
    m_sso = profile.microsoftTeams.ssoEnabled;
    if (!profile.microsoftTeams.enabled) {
        setState(State::NotUsed, Reason::DisabledByProfile);
        return;
    }
    if (m_session.isSignedIn()) {
        setState(State::Connected, Reason::None);
        return;
    }
    setState(State::Connecting, Reason::None);
    const QString account = storedAccount();
    if (account.isEmpty()) {
        runInteractive();
        return;
    }
    m_phase = Phase::Restoring;
    m_session.restore(account);
}

void TeamsConnection::retry()
{
    if (m_state == State::NotUsed) {
        return;
    }
    stopPending();
    setState(State::Connecting, Reason::None);
    runInteractive();
}

void TeamsConnection::runInteractive()
{
    if (m_sso) {
        requestSso();
    } else if (useSystemBrowser()) {
        openSystemBrowser();
    } else {
        openEmbeddedBrowser();
    }
}

void TeamsConnection::openEmbeddedBrowser()
{
    // A new attempt every time: state and verifier are never reused.
    m_attempt.emplace(Auth::OAuthProvider::microsoft(m_endpoints));
    const QString hint = storedAccount().isEmpty() ? m_agentEmail : storedAccount();
    if (!hint.isEmpty()) {
        m_attempt->setLoginHint(hint);
    }
    m_phase = Phase::Browser;
    const Auth::AuthorizationAttempt attempt = *m_attempt;
    Q_EMIT browserSignInRequested(attempt.authorizeUrl(),
                                  [attempt](const QUrl &url) { return attempt.isRedirect(url); });
}

void TeamsConnection::openSystemBrowser()
{
    if (!m_listener.listen()) {
        fail(Reason::SignInError, tr("The answer of the system browser cannot be received."));
        return;
    }
    m_attempt.emplace(Auth::OAuthProvider::microsoftSystemBrowser(m_endpoints, m_listener.port()));
    const QString hint = storedAccount().isEmpty() ? m_agentEmail : storedAccount();
    if (!hint.isEmpty()) {
        m_attempt->setLoginHint(hint);
    }
    m_phase = Phase::SystemBrowser;
    Q_EMIT systemBrowserRequested(m_attempt->authorizeUrl());
}

void TeamsConnection::requestSso()
{
    // What a desktop with a Windows/Entra session does: the authorize request with
    // prompt=none, answered at once with a redirect carrying a code, or login_required.
    Auth::OAuthProvider provider = Auth::OAuthProvider::microsoft(m_endpoints);
    provider.extraAuthorizeParameters.append({u"prompt"_s, u"none"_s});
    m_attempt.emplace(provider);
    if (!m_agentEmail.isEmpty()) {
        m_attempt->setLoginHint(m_agentEmail);
    }
    m_phase = Phase::Sso;
    qCInfo(lcTeams) << "silent single sign-on";
    m_ssoRequest = m_http.send(
            Net::ApiRequest::get(m_attempt->authorizeUrl()).expecting(Net::ApiRequest::Expect::Raw),
            this, [this](const Net::ApiResult &result) {
                m_ssoRequest = {};
                const QUrl location = QUrl::fromEncoded(result.header("Location"));
                QString networkMessage;
                if (!result.ok() && result.status() == 0) {
                    networkMessage = result.error().message();
                }
                onSsoAnswer(location, result.status(), networkMessage);
            });
}

void TeamsConnection::onSsoAnswer(const QUrl &location, int status, const QString &networkMessage)
{
    if (m_phase != Phase::Sso || !m_attempt) {
        return;
    }
    if (status == 0) {
        fail(Reason::Network, networkMessage);
        return;
    }
    if (status < 300 || status >= 400 || !m_attempt->isRedirect(location)) {
        // A page instead of a redirect: the identity wants someone at a browser.
        qCInfo(lcTeams) << "single sign-on answered" << status << "without a redirect";
        fail(Reason::SsoUnavailable, {});
        return;
    }
    const Auth::AuthorizationOutcome outcome = m_attempt->handleRedirect(location);
    if (!outcome.hasCode() && outcome.kind() == Auth::AuthorizationOutcome::Kind::ProviderError &&
        outcome.error() == u"login_required"_s) {
        fail(Reason::SsoUnavailable, outcome.message());
        return;
    }
    redeem(outcome);
}

void TeamsConnection::completeBrowserSignIn(const QUrl &redirectUrl)
{
    if (m_phase != Phase::Browser || !m_attempt) {
        return;
    }
    handleRedirect(redirectUrl);
}

void TeamsConnection::handleRedirect(const QUrl &redirectUrl)
{
    m_listener.close();
    redeem(m_attempt->handleRedirect(redirectUrl));
}

void TeamsConnection::redeem(const Auth::AuthorizationOutcome &outcome)
{
    using Kind = Auth::AuthorizationOutcome::Kind;
    if (!outcome.hasCode()) {
        qCInfo(lcTeams) << "sign-in ended without a code:"
                        << Auth::AuthorizationOutcome::kindName(outcome.kind());
        const Reason reason = outcome.kind() == Kind::Cancelled         ? Reason::Cancelled
                              : outcome.kind() == Kind::ConsentRequired ? Reason::ConsentRequired
                              : m_phase == Phase::Sso                   ? Reason::SsoUnavailable
                                                                        : Reason::SignInError;
        fail(reason, outcome.message());
        return;
    }
    m_phase = Phase::Redeeming;
    // The account is the id token's preferred_username: the keychain entry microsoft:<it>.
    m_session.completeSignIn(*m_attempt, outcome.code());
}

void TeamsConnection::cancelBrowserSignIn()
{
    if (m_phase != Phase::Browser && m_phase != Phase::SystemBrowser) {
        return;
    }
    stopPending();
    fail(Reason::Cancelled, {});
}

void TeamsConnection::onSignedIn()
{
    if (m_phase != Phase::Restoring && m_phase != Phase::Redeeming) {
        return;
    }
    m_phase = Phase::Idle;
    m_attempt.reset();
    if (!m_session.account().isEmpty()) {
        m_settings->setValue(AccountSettingsKey, m_session.account().toLower());
    }
    setState(State::Connected, Reason::None);
}

void TeamsConnection::onSignInFailed(const Auth::OAuthError &error)
{
    if (m_phase == Phase::Restoring) {
        // Whatever stopped the silent sign-in (e.g. offline), the interactive flow may work.
        runInteractive();
    } else if (m_phase == Phase::Redeeming) {
        fail(reasonOf(error), error.message());
    }
}

void TeamsConnection::onExpired(const Auth::OAuthError &error)
{
    if (m_phase == Phase::Restoring) {
        // The stored token was refused (and deleted): a sign-in is needed now.
        runInteractive();
        return;
    }
    if (m_state == State::Connected) {
        // Once: the session asks for nothing more until the agent retries.
        fail(Reason::Expired, error.message());
    }
}

void TeamsConnection::fail(Reason reason, const QString &detail)
{
    m_phase = Phase::Idle;
    m_attempt.reset();
    m_listener.close();
    setState(State::NotConnected, reason, detail);
}

void TeamsConnection::stopPending()
{
    m_ssoRequest.cancel();
    m_ssoRequest = {};
    m_listener.close();
    m_attempt.reset();
    m_phase = Phase::Idle;
}

TeamsConnection::Reason TeamsConnection::reasonOf(const Auth::OAuthError &error)
{
    using Kind = Auth::OAuthError::Kind;
    switch (error.kind()) {
    case Kind::ConsentRequired:
        return Reason::ConsentRequired;
    case Kind::Network:
    case Kind::Unavailable:
        return Reason::Network;
    case Kind::Cancelled:
        return Reason::Cancelled;
    case Kind::InvalidGrant:
    case Kind::InvalidClient:
    case Kind::Rejected:
    case Kind::MalformedResponse:
        return Reason::TokenError;
    }
    return Reason::TokenError;
}

// --- disconnect and sign out -----------------------------------------------------------------

void TeamsConnection::deleteStoredTokens()
{
    const QString stored = storedAccount();
    const QString current = m_session.account();
    // Forgets the tokens and deletes the entry of the signed-in account.
    m_session.signOut();
    // The last account's entry too, when the session never got to it (e.g. not restored).
    if (!stored.isEmpty() && stored.compare(current, Qt::CaseInsensitive) != 0) {
        const QString key = m_session.provider().storeKey(stored);
        m_store->remove(key, this, [this](const Auth::TokenStoreResult &result) {
            if (!result.ok()) {
                Q_EMIT keychainProblem(result.error().message());
            }
        });
    }
    m_settings->remove(AccountSettingsKey);
}

void TeamsConnection::disconnect()
{
    stopPending();
    deleteStoredTokens();
    if (m_state == State::NotUsed) {
        return;
    }
    setState(State::NotConnected, Reason::Disconnected);
}

void TeamsConnection::signOutOfApp()
{
    stopPending();
    deleteStoredTokens();
    m_sso = false;
    setState(State::NotConnected, Reason::NotStarted);
}

} // namespace AgentDesk::Session
