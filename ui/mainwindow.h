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
class QVBoxLayout;

namespace AgentDesk::Session {
class ConsultActions;
class SessionContext;
} // namespace AgentDesk::Session

namespace AgentDesk::Ui {

class CallNotification;
class CallView;
class ColleaguesPanel;
class ConsultPanel;
class IncomingCallBar;
class SignInFlow;
class StartPage;

// The desktop's one main window: menus, a banner for what the agent must know now (connection
// lost, a refused change, a call command that failed), the agent's state in the toolbar once
// signed in, the start page before, and a status bar that says which environment AgentDesk is
// connected to. Once signed in: the call view on the desk page, a bar while a call rings (and
// a desktop notification), and during a call the consult/transfer side panel, into which the
// colleagues panel moves from its dock until the call is over (one panel: one search, one
// selection, one set of shortcuts, one list of people on screen for the presence poller).
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
    CallView *callView() const { return m_callView; }
    ConsultPanel *consultPanel() const { return m_consultPanel; }

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
    void createCallUi();
    void createConsultDock();
    void onCallStateChanged();
    void onIncomingCall(const QString &caller, const QString &queue);
    void openConsultPanel();
    void closeConsultPanel();
    void updateColleagueActions();
    bool teamsUsed() const;

    Session::SessionContext *m_session = nullptr;
    SignInFlow *m_signInFlow = nullptr;
    QStackedWidget *m_pages;
    StartPage *m_startPage;
    QWidget *m_deskPage;
    QLabel *m_deskSummary;
    QVBoxLayout *m_deskLayout;
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
    Session::ConsultActions *m_consultActions = nullptr;
    IncomingCallBar *m_incomingBar = nullptr;
    CallNotification *m_notification = nullptr;
    CallView *m_callView = nullptr;
    QDockWidget *m_consultDock = nullptr;
    ConsultPanel *m_consultPanel = nullptr;
    bool m_consultOpen = false;              // the colleagues panel is in the side panel
    bool m_colleaguesDockWasVisible = false; // before the call took it
};

} // namespace AgentDesk::Ui
