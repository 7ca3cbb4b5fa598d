// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/desktopprofile.h>

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;

namespace AgentDesk::Session {
class TeamsConnection;
}

namespace AgentDesk::Ui {

// Profile settings → Collaboration tools → Microsoft Teams: whether Teams is connected (and as
// whom), why not when it is not, Retry, Disconnect, and the system-browser option. Follows the
// connection live, so a Retry's result shows here. Below, read-only, whether the desktop
// profile turns state synchronization with Teams on, and which Teams states set which idle code.
class TeamsSettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamsSettingsPage)

public:
    // `profile`: the signed-in agent's desktop profile (the state synchronization it allows).
    TeamsSettingsPage(Session::TeamsConnection *teams, const Core::DesktopProfile &profile,
                      QWidget *parent = nullptr);

private:
    void showState();

    Session::TeamsConnection *m_teams;
    QLabel *m_icon;
    QLabel *m_status;
    QLabel *m_detail;
    QPushButton *m_retry;
    QPushButton *m_disconnect;
    QCheckBox *m_systemBrowser;
    QLabel *m_stateSync;
    QLabel *m_stateSyncDetail;
};

} // namespace AgentDesk::Ui
