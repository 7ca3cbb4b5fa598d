// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "browsersignindialog.h"
#include "interactionpreferencesdialog.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace AgentDesk::Session {
class LoginController;
class TeamsConnection;
} // namespace AgentDesk::Session

namespace AgentDesk::Ui {

// Answers the login sequence's requests with the real dialogs: the embedded browser for the
// identity provider, the interaction-preferences form, and the station-login failures shown
// in that form. Dialogs are window-modal and non-blocking, so the event loop (and tests) keep
// running while they are open.
class SignInFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInFlow)

public:
    SignInFlow(Session::LoginController *login, QWidget *window);
    ~SignInFlow() override;

    // Also answers the Teams connection's sign-in (embedded or system browser).
    void attachTeams(Session::TeamsConnection *teams);

    BrowserSignInDialog *browserDialog() const { return m_browser; }
    BrowserSignInDialog *teamsBrowserDialog() const { return m_teamsBrowser; }
    InteractionPreferencesDialog *preferencesDialog() const { return m_preferences; }

Q_SIGNALS:
    // The agent left the form with Cancel: back to the start page.
    void preferencesCancelled();

private:
    void closeDialogs();

    Session::LoginController *m_login;
    QWidget *m_window;
    QPointer<BrowserSignInDialog> m_browser;
    QPointer<BrowserSignInDialog> m_teamsBrowser;
    QPointer<InteractionPreferencesDialog> m_preferences;
};

} // namespace AgentDesk::Ui
