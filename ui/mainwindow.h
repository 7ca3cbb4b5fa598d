// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/serviceendpoints.h>

#include <QMainWindow>

class QAction;
class QComboBox;
class QDockWidget;
class QLabel;
class QMenu;
class QStackedWidget;
class QTimer;
class QToolBar;
class QToolButton;

namespace AgentDesk::Session {
class SessionContext;
}

namespace AgentDesk::Ui {

class ColleaguesPanel;
class SignInFlow;
class StartPage;

// The desktop's one main window: menus, a banner for what the agent must know now (connection
// lost, a refused change), the agent's state in the toolbar once signed in, the start page
// before, and a status bar that says which environment AgentDesk is connected to.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    static constexpr QSize minimumWindowSize() { return {500, 500}; }

    void showDemoStarting();
    void showEndpoints(const Core::ServiceEndpoints &endpoints, bool demo);
    void showStartupProblem(const QString &message);
    // From now on the window drives and shows this session (sign-in, state, sign-out).
    void attachSession(Session::SessionContext *session);
    SignInFlow *signInFlow() const { return m_signInFlow; }
    ColleaguesPanel *colleaguesPanel() const { return m_colleaguesPanel; }

public Q_SLOTS:
    void showAbout();
    void showBanner(const QString &message, bool warning, int hideAfterMs = 0);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createMenus();
    void createColleaguesDock();
    void findColleague();
    void createStateToolBar();
    void showSignedIn();
    void showSignedOut(const QString &message);
    void showState();
    void signOut();
    void showProfileSettings(bool collaborationTools = false);
    void showTeamsState();

    Session::SessionContext *m_session = nullptr;
    SignInFlow *m_signInFlow = nullptr;
    QStackedWidget *m_pages;
    StartPage *m_startPage;
    QWidget *m_deskPage;
    QLabel *m_deskSummary;
    QLabel *m_banner;
    QTimer *m_bannerTimer;
    QToolBar *m_stateBar = nullptr;
    QComboBox *m_stateSelector = nullptr;
    QLabel *m_stateOrigin = nullptr;
    QLabel *m_environment;
    QToolButton *m_teamsIndicator = nullptr;
    QAction *m_profileAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_findColleagueAction = nullptr;
    QDockWidget *m_colleaguesDock = nullptr;
    ColleaguesPanel *m_colleaguesPanel = nullptr;
};

} // namespace AgentDesk::Ui
