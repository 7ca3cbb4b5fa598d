// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
// connection live, so a Retry's result shows here.
class TeamsSettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamsSettingsPage)

public:
    explicit TeamsSettingsPage(Session::TeamsConnection *teams, QWidget *parent = nullptr);

private:
    void showState();

    Session::TeamsConnection *m_teams;
    QLabel *m_icon;
    QLabel *m_status;
    QLabel *m_detail;
    QPushButton *m_retry;
    QPushButton *m_disconnect;
    QCheckBox *m_systemBrowser;
};

} // namespace AgentDesk::Ui
