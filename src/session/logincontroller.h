// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <auth/authorizationattempt.h>
#include <cc/agentstateevent.h>
#include <cc/ccperson.h>
#include <core/desktopprofile.h>
#include <core/dialplan.h>
#include <core/interactionpreferences.h>
#include <core/loginformcheck.h>
#include <core/loginformrules.h>

#include <QObject>

#include <functional>
#include <optional>

class QSettings;

namespace AgentDesk::Session {

class ContactCenterServices;

// Recognises the navigation back to the redirect URI (moc needs a name for it in a signal).
using RedirectMatcher = std::function<bool(const QUrl &)>;

// The agent's way in, as ARCHITECTURE.md's first data flow: contact-center OAuth (silently from
// the keychain when it can, else in the embedded browser) → /people/me → desktop profile and
// dial plan → the notification socket → interaction preferences (the saved ones when the agent
// chose "Don't show this again", else the form) → station login. Every failure goes back to
// the step that can fix it with the agent's input kept. The UI answers the requests:
//   connect(&login, &LoginController::browserSignInRequested, ... show BrowserSignInDialog,
//           then login.completeBrowserSignIn(redirectUrl) or login.cancelBrowserSignIn());
//   connect(&login, &LoginController::preferencesRequested, ... show the form; on Save:
//           login.submitPreferences(form));
//   connect(&login, &LoginController::stationLoginFailed, dialog, &Dialog::showFailure);
//   connect(&login, &LoginController::signedIn, ... show the desktop);
//   login.start();
class LoginController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginController)

public:
    enum class Step
    {
        Idle,
        Restoring,      // silent sign-in from the keychain
        Browser,        // waiting for the embedded browser
        Redeeming,      // exchanging the code
        LoadingProfile, // /people/me, desktop profile, dial plan
        Connecting,     // notification socket
        Preferences,    // waiting for the form
        StationLogin,   // station login in flight
        SignedIn,
    };
    Q_ENUM(Step)

    // `settings` keeps the last account and the interaction preferences; never a secret.
    LoginController(ContactCenterServices *services, QSettings *settings,
                    QObject *parent = nullptr);
    ~LoginController() override;

    Step step() const { return m_step; }
    const Cc::CcPerson &person() const { return m_person; }
    const Core::DesktopProfile &profile() const { return m_profile; }
    // The tenant's dial plan, fetched with the profile (empty: no client-side check).
    const Core::DialPlan &dialPlan() const { return m_dialPlan; }
    // What the station login used (valid once signed in).
    const Core::InteractionPreferences &preferences() const { return m_preferences; }
    // What the station-login success event said (state, idle code, device), once signed in.
    const std::optional<Cc::AgentStateEvent> &stationLoginEvent() const { return m_loginEvent; }
    // The rules of the form, for the profile settings too (valid from Preferences on).
    const std::optional<Core::LoginFormRules> &rules() const { return m_rules; }

    void start();
    // The browser reached the redirect URI (from BrowserSignInDialog::redirectReached).
    void completeBrowserSignIn(const QUrl &redirectUrl);
    // The agent closed the sign-in window.
    void cancelBrowserSignIn();
    // "Save & Continue" with the form's checked preferences.
    void submitPreferences(const Core::InteractionPreferences &preferences);
    // Back to the start: forgets the session (the stored refresh token too).
    void reset();
    // Back to the start after a station logout; the OAuth session stays, so start() signs in
    // again without a browser.
    void restart();

Q_SIGNALS:
    void stepChanged(AgentDesk::Session::LoginController::Step step);
    // Show the provider's sign-in pages; `isRedirect` recognises the way back.
    void browserSignInRequested(const QUrl &url,
                                const AgentDesk::Session::RedirectMatcher &isRedirect);
    // The form, prefilled; `problem` says why it is shown again (empty the first time).
    void preferencesRequested(const Core::LoginFormRules &rules,
                              const Core::InteractionPreferences &form,
                              const Core::FieldProblem &problem);
    // The station login of the open form failed; the form stays open with the input kept.
    void stationLoginFailed(const Core::FieldProblem &problem);
    void signedIn();
    // Sign-in stopped (cancelled, refused, a service failed): a sentence for the agent, who
    // can start again.
    void failed(const QString &message);
    // The keychain could not be used; sign-in goes on, but the agent must know (e.g. they will
    // have to sign in again next time).
    void keychainProblem(const QString &message);

private:
    void setStep(Step step);
    void openBrowser();
    void onSessionSignedIn();
    void loadProfile();
    void onProfileLoaded();
    void connectChannel();
    void choosePreferences();
    void sendStationLogin(const Core::InteractionPreferences &preferences, bool automatic);
    void fail(const QString &message);

    ContactCenterServices *m_services;
    QSettings *m_settings;
    Step m_step = Step::Idle;
    std::optional<Auth::AuthorizationAttempt> m_attempt;
    Cc::CcPerson m_person;
    Core::DesktopProfile m_profile;
    Core::DialPlan m_dialPlan;
    std::optional<Core::LoginFormRules> m_rules;
    Core::InteractionPreferences m_preferences;
    std::optional<Cc::AgentStateEvent> m_loginEvent;
    int m_pendingLookups = 0;
    QString m_lookupError;
};

} // namespace AgentDesk::Session
