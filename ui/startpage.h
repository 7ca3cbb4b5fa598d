// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/serviceendpoints.h>

#include <QWidget>

#include <functional>

class QLabel;
class QFormLayout;
class QPushButton;

namespace AgentDesk::Ui {

// What the main window shows before the agent signs in: where AgentDesk will connect and,
// in demo mode, whether the simulated services are up.
class StartPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartPage)

public:
    explicit StartPage(QWidget *parent = nullptr);

    void showStarting();
    void showEndpoints(const Core::ServiceEndpoints &endpoints, bool demo);
    void showProblem(const QString &message);
    // Offers the "Sign in" button, which calls `signIn`.
    void enableSignIn(std::function<void()> signIn);
    void showSigningIn();
    // Signed out (or sign-in stopped): the reason, if any, and the button again.
    void showSignedOut(const QString &message);

private:
    QLabel *m_status;
    QPushButton *m_signIn;
    QWidget *m_servicesBox;
    QFormLayout *m_services;
    QLabel *m_ccApi;
    QLabel *m_ccIdentity;
    QLabel *m_msAuthority;
    QLabel *m_graphApi;
};

} // namespace AgentDesk::Ui
