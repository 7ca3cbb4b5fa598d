// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "signinflow.h"

#include "browsersignindialog.h"
#include "interactionpreferencesdialog.h"

#include <session/logincontroller.h>
#include <session/teamsconnection.h>

#include <QDesktopServices>

namespace AgentDesk::Ui {

SignInFlow::SignInFlow(Session::LoginController *login, QWidget *window)
    : QObject(window)
    , m_login(login)
    , m_window(window)
{
    using Session::LoginController;
    connect(login, &LoginController::browserSignInRequested, this,
            [this](const QUrl &url, const Session::RedirectMatcher &isRedirect) {
                closeDialogs();
                m_browser = new BrowserSignInDialog(tr("Sign in to the contact center"), m_window);
                m_browser->setAttribute(Qt::WA_DeleteOnClose);
                m_browser->setWindowModality(Qt::WindowModal);
                BrowserSignInDialog *dialog = m_browser;
                connect(dialog, &BrowserSignInDialog::redirectReached, m_login,
                        &LoginController::completeBrowserSignIn);
                connect(dialog, &QDialog::rejected, m_login, &LoginController::cancelBrowserSignIn);
                dialog->start(url, isRedirect);
                dialog->open();
            });
    connect(login, &LoginController::preferencesRequested, this,
            [this](const Core::LoginFormRules &rules, const Core::InteractionPreferences &form,
                   const Core::FieldProblem &problem) {
                closeDialogs();
                m_preferences = new InteractionPreferencesDialog(rules, form, m_window);
                m_preferences->setAttribute(Qt::WA_DeleteOnClose);
                m_preferences->setWindowModality(Qt::WindowModal);
                InteractionPreferencesDialog *dialog = m_preferences;
                if (!problem.message.isEmpty()) {
                    dialog->showFailure(problem);
                }
                connect(dialog, &InteractionPreferencesDialog::saveAndContinueRequested, m_login,
                        [this, dialog](const Core::InteractionPreferences &preferences) {
                            dialog->setBusy(true);
                            m_login->submitPreferences(preferences);
                        });
                connect(dialog, &QDialog::rejected, this, [this] {
                    m_login->restart();
                    Q_EMIT preferencesCancelled();
                });
                dialog->open();
            });
    connect(login, &LoginController::stationLoginFailed, this,
            [this](const Core::FieldProblem &problem) {
                if (m_preferences) {
                    m_preferences->showFailure(problem);
                }
            });
    connect(login, &LoginController::signedIn, this, [this] {
        if (m_preferences) {
            m_preferences->accept();
        }
    });
    connect(login, &LoginController::failed, this, &SignInFlow::closeDialogs);
}

SignInFlow::~SignInFlow() = default;

void SignInFlow::attachTeams(Session::TeamsConnection *teams)
{
    using Session::TeamsConnection;
    connect(teams, &TeamsConnection::browserSignInRequested, this,
            [this, teams](const QUrl &url, const Session::RedirectMatcher &isRedirect) {
                if (m_teamsBrowser) {
                    m_teamsBrowser->disconnect(teams);
                    m_teamsBrowser->close();
                }
                m_teamsBrowser =
                        new BrowserSignInDialog(tr("Sign in to Microsoft Teams"), m_window);
                m_teamsBrowser->setAttribute(Qt::WA_DeleteOnClose);
                BrowserSignInDialog *dialog = m_teamsBrowser;
                connect(dialog, &BrowserSignInDialog::redirectReached, teams,
                        &TeamsConnection::completeBrowserSignIn);
                connect(dialog, &QDialog::rejected, teams, &TeamsConnection::cancelBrowserSignIn);
                dialog->start(url, isRedirect);
                dialog->open();
            });
    connect(teams, &TeamsConnection::systemBrowserRequested, this,
            [](const QUrl &url) { QDesktopServices::openUrl(url); });
}

void SignInFlow::closeDialogs()
{
    // Closing by code is not the agent's cancel: disconnect before closing.
    for (QDialog *dialog :
         {static_cast<QDialog *>(m_browser), static_cast<QDialog *>(m_preferences)}) {
        if (dialog) {
            dialog->disconnect(this);
            dialog->disconnect(m_login);
            dialog->close();
        }
    }
}

} // namespace AgentDesk::Ui
