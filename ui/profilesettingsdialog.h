// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSettings;

namespace AgentDesk::Session {
class LoginController;
}

namespace AgentDesk::Ui {

// Profile settings: how the agent is signed in (read-only details), whether the next start
// signs in with these preferences without asking ("Don't show this again" turned off or on
// again), and the language of the desktop (used from the next start).
class ProfileSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileSettingsDialog)

public:
    ProfileSettingsDialog(const Session::LoginController &login, QSettings *settings,
                          QWidget *parent = nullptr);

private:
    void save();

    QSettings *m_settings;
    QString m_account;
    QCheckBox *m_autoSignIn;
    QComboBox *m_language;
};

} // namespace AgentDesk::Ui
