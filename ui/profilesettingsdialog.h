// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSettings;
class QTabWidget;

namespace AgentDesk::Session {
class LoginController;
class TeamsConnection;
} // namespace AgentDesk::Session

namespace AgentDesk::Ui {

// Profile settings: how the agent is signed in (read-only details), whether the next start
// signs in with these preferences without asking ("Don't show this again" turned off or on
// again), the language of the desktop (used from the next start), and Collaboration tools →
// Microsoft Teams.
class ProfileSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileSettingsDialog)

public:
    // `teams` may be null (no Collaboration tools tab then).
    ProfileSettingsDialog(const Session::LoginController &login, QSettings *settings,
                          Session::TeamsConnection *teams, QWidget *parent = nullptr);
    // Opens on the Collaboration tools tab (from the Teams warning).
    void showCollaborationTools();

private:
    void save();

    QSettings *m_settings;
    QString m_account;
    QCheckBox *m_autoSignIn;
    QComboBox *m_language;
    QTabWidget *m_tabs;
    QWidget *m_collaboration = nullptr;
};

} // namespace AgentDesk::Ui
