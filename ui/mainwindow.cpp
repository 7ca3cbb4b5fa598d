// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "aboutdialog.h"
#include "callnotification.h"
#include "callview.h"
#include "colleaguespanel.h"
#include "consultpanel.h"
#include "incomingcallbar.h"
#include "profilesettingsdialog.h"
#include "signinflow.h"
#include "startpage.h"

#include <core/loginformrules.h>
#include <session/consultactions.h>
#include <session/sessioncontext.h>

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace AgentDesk::Ui {

namespace {

// The desk scrolls up and down but is never narrower than its content needs (the call's
// buttons in the longest language): next to the consult side panel at the minimum window
// size, the side panel gives way instead of the call controls being cut off.
class DeskScrollArea final : public QScrollArea
{
public:
    using QScrollArea::QScrollArea;

    QSize minimumSizeHint() const override
    {
        QSize size = QScrollArea::minimumSizeHint();
        if (widget()) {
            size.setWidth(std::max(size.width(), widget()->minimumSizeHint().width() +
                                                         verticalScrollBar()->sizeHint().width() +
                                                         2 * frameWidth()));
        }
        return size;
    }
    // As narrow as it may be: the side panels take the width they would like, the desk the
    // rest.
    QSize sizeHint() const override
    {
        return {minimumSizeHint().width(), QScrollArea::sizeHint().height()};
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == widget() && event->type() == QEvent::LayoutRequest) {
            updateGeometry(); // the call view changed: the window's layout asks again
        }
        return QScrollArea::eventFilter(watched, event);
    }
};

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_pages(new QStackedWidget(this))
    , m_startPage(new StartPage(m_pages))
    , m_deskPage(new QWidget(m_pages))
    , m_deskSummary(new QLabel(m_deskPage))
    , m_deskLayout(new QVBoxLayout)
    , m_banner(new QLabel(this))
    , m_bannerTimer(new QTimer(this))
    , m_environment(new QLabel(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("AgentDesk"));
    setWindowIcon(QIcon(u":/agentdesk/icons/agentdesk.svg"_s));
    setMinimumSize(minimumWindowSize());
    resize(1024, 720);

    m_deskSummary->setObjectName(u"deskSummary"_s);
    m_deskSummary->setWordWrap(true);
    m_deskSummary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    // The desk scrolls rather than squeezes: at the minimum size a consult in a long language
    // is taller than the window.
    auto *deskContent = new QWidget;
    deskContent->setObjectName(u"deskContent"_s);
    deskContent->setLayout(m_deskLayout);
    m_deskLayout->setContentsMargins(24, 24, 24, 24);
    m_deskLayout->addWidget(m_deskSummary);
    m_deskLayout->addStretch(1);
    auto *deskScroll = new DeskScrollArea(m_deskPage);
    deskScroll->setObjectName(u"deskScroll"_s);
    deskScroll->setWidgetResizable(true);
    deskScroll->setFrameShape(QFrame::NoFrame);
    deskScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    deskScroll->setWidget(deskContent);
    auto *deskPageLayout = new QVBoxLayout(m_deskPage);
    deskPageLayout->setContentsMargins(0, 0, 0, 0);
    deskPageLayout->addWidget(deskScroll);

    m_pages->addWidget(m_startPage);
    m_pages->addWidget(m_deskPage);

    m_banner->setObjectName(u"banner"_s);
    m_banner->setWordWrap(true);
    m_banner->setMargin(8);
    m_banner->hide();
    m_bannerTimer->setSingleShot(true);
    connect(m_bannerTimer, &QTimer::timeout, m_banner, &QWidget::hide);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_environment->setObjectName(u"environmentLabel"_s);
    statusBar()->addPermanentWidget(m_environment);
    createMenus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(u"fileMenu"_s);
    m_profileAction =
            file->addAction(tr("&Profile settings…"), this, &MainWindow::showProfileSettings);
    m_profileAction->setObjectName(u"profileSettingsAction"_s);
    m_profileAction->setShortcut(QKeySequence::Preferences);
    m_profileAction->setEnabled(false);
    m_signOutAction = file->addAction(tr("Sign &out"), this, &MainWindow::signOut);
    m_signOutAction->setObjectName(u"signOutAction"_s);
    m_signOutAction->setEnabled(false);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setObjectName(u"quitAction"_s);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(u"viewMenu"_s);
    m_findColleagueAction =
            m_viewMenu->addAction(tr("&Find a colleague"), this, &MainWindow::findColleague);
    m_findColleagueAction->setObjectName(u"findColleagueAction"_s);
    m_findColleagueAction->setShortcut(QKeySequence::Find);
    m_findColleagueAction->setEnabled(false);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(u"helpMenu"_s);
    QAction *about = help->addAction(tr("&About AgentDesk"), this, &MainWindow::showAbout);
    about->setObjectName(u"aboutAction"_s);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(u"aboutQtAction"_s);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createStateToolBar()
{
    m_stateBar = addToolBar(tr("State"));
    m_stateBar->setObjectName(u"stateToolBar"_s);
    m_stateBar->setMovable(false);
    auto *label = new QLabel(tr("&State:"), m_stateBar);
    m_stateSelector = new QComboBox(m_stateBar);
    m_stateSelector->setObjectName(u"stateSelector"_s);
    m_stateSelector->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_stateSelector->setModel(m_session->state().model());
    label->setBuddy(m_stateSelector);
    m_stateOrigin = new QLabel(m_stateBar);
    m_stateOrigin->setObjectName(u"stateOrigin"_s);
    m_stateBar->addWidget(label);
    m_stateBar->addWidget(m_stateSelector);
    m_stateBar->addWidget(m_stateOrigin);
    m_stateBar->hide();

    connect(m_stateSelector, &QComboBox::activated, this, [this](int row) {
        const QString code =
                m_stateSelector->itemData(row, Session::AgentStateModel::CodeIdRole).toString();
        if (!m_session->state().requestState(code)) {
            showState(); // in flight already, or refused: show what the server has
        }
    });
    connect(&m_session->state(), &Session::AgentStateController::stateChanged, this,
            &MainWindow::showState);
    connect(&m_session->presenceSync(), &Session::PresenceSyncController::reasonChanged, this,
            &MainWindow::showState);
}

void MainWindow::showDemoStarting()
{
    m_environment->setText(tr("Demo"));
    m_startPage->showStarting();
}

void MainWindow::showEndpoints(const Core::ServiceEndpoints &endpoints, bool demo)
{
    m_environment->setText(demo ? tr("Demo: simulated services") : endpoints.ccApi.host());
    m_startPage->showEndpoints(endpoints, demo);
}

void MainWindow::showStartupProblem(const QString &message)
{
    m_startPage->showProblem(message);
    statusBar()->showMessage(message);
}

void MainWindow::attachSession(Session::SessionContext *session)
{
    m_session = session;
    m_signInFlow = new SignInFlow(&session->login(), this);
    createStateToolBar();

    Session::LoginController &login = session->login();
    m_startPage->enableSignIn([&login] { login.start(); });
    connect(&login, &Session::LoginController::stepChanged, this,
            [this](Session::LoginController::Step step) {
                if (step != Session::LoginController::Step::Idle &&
                    step != Session::LoginController::Step::SignedIn) {
                    m_startPage->showSigningIn();
                }
            });
    connect(&login, &Session::LoginController::failed, this,
            [this](const QString &message) { showSignedOut(message); });
    connect(&login, &Session::LoginController::keychainProblem, this,
            [this](const QString &message) { showBanner(message, true); });
    connect(&login, &Session::LoginController::signedIn, this, &MainWindow::showSignedIn);
    connect(m_signInFlow, &SignInFlow::preferencesCancelled, this, [this] { showSignedOut({}); });

    m_signInFlow->attachTeams(&session->teams());
    createColleaguesDock();
    createCallUi();
    m_teamsIndicator = new QToolButton(this);
    m_teamsIndicator->setObjectName(u"teamsIndicator"_s);
    m_teamsIndicator->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_teamsIndicator->setAutoRaise(true);
    m_teamsIndicator->hide();
    statusBar()->addWidget(m_teamsIndicator);
    connect(m_teamsIndicator, &QToolButton::clicked, this, [this] { showProfileSettings(true); });
    connect(&session->teams(), &Session::TeamsConnection::stateChanged, this,
            &MainWindow::showTeamsState);
    connect(&session->teams(), &Session::TeamsConnection::keychainProblem, this,
            [this](const QString &message) { showBanner(message, true); });

    Session::AgentStateController &state = session->state();
    connect(&state, &Session::AgentStateController::changeFailed, this,
            [this](const QString &message) { showBanner(message, true, 8000); });
    connect(&state, &Session::AgentStateController::connectionLost, this, [this] {
        showBanner(tr("The connection to the contact center was lost. Reconnecting…"), true);
    });
    connect(&state, &Session::AgentStateController::connectionRestored, this, [this] {
        showBanner(tr("The connection to the contact center is back."), false, 5000);
    });
    connect(&state, &Session::AgentStateController::sessionEndedElsewhere, this, [this] {
        showSignedOut(tr("You signed in to the contact center somewhere else, so this session "
                         "ended. Sign in again to continue here."));
    });
    connect(&state, &Session::AgentStateController::signedOut, this,
            [this] { showSignedOut(tr("You are signed out.")); });
}

void MainWindow::createColleaguesDock()
{
    m_colleaguesDock = new QDockWidget(tr("Colleagues"), this);
    m_colleaguesDock->setObjectName(u"colleaguesDock"_s);
    m_colleaguesDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable |
                                  QDockWidget::DockWidgetFloatable);
    m_colleaguesPanel = new ColleaguesPanel(&m_session->colleagues(), m_colleaguesDock);
    m_colleaguesDock->setWidget(m_colleaguesPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_colleaguesDock);
    m_colleaguesDock->hide();
    QAction *toggle = m_colleaguesDock->toggleViewAction();
    toggle->setObjectName(u"colleaguesToggleAction"_s);
    toggle->setText(tr("&Colleagues"));
    toggle->setEnabled(false);
    m_viewMenu->insertAction(m_findColleagueAction, toggle);
    // Half the window at most, so the desk stays usable at the minimum size.
    resizeDocks({m_colleaguesDock}, {width() / 2}, Qt::Horizontal);
}

void MainWindow::findColleague()
{
    if (!m_colleaguesDock) {
        return;
    }
    if (m_consultOpen) {
        // During a call the colleagues panel lives in the side panel.
        m_consultDock->show();
        m_consultDock->raise();
        m_consultPanel->setCurrentIndex(ConsultPanel::ColleaguesTab);
        m_colleaguesPanel->focusSearch();
        return;
    }
    m_colleaguesDock->show();
    m_colleaguesDock->raise();
    m_colleaguesPanel->focusSearch();
}

void MainWindow::createCallUi()
{
    Session::CallController &calls = m_session->calls();
    m_consultActions = new Session::ConsultActions(&calls, &m_session->colleagues(), this);
    connect(m_consultActions, &Session::ConsultActions::refused, this,
            [this](const QString &message) { showBanner(message, true, 8000); });

    m_incomingBar = new IncomingCallBar(&calls, this);
    static_cast<QVBoxLayout *>(centralWidget()->layout())->insertWidget(1, m_incomingBar);
    m_notification = new CallNotification(windowIcon(), this);
    connect(m_notification, &CallNotification::activated, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });

    m_callView = new CallView(&calls, m_consultActions, m_deskPage);
    m_deskLayout->insertWidget(1, m_callView);
    m_callView->hide(); // until signed in
    createConsultDock();

    connect(&calls, &Session::CallController::incomingCall, this, &MainWindow::onIncomingCall);
    connect(&calls, &Session::CallController::stateChanged, this, &MainWindow::onCallStateChanged);
    connect(&calls, &Session::CallController::pendingChanged, this,
            &MainWindow::updateColleagueActions);
    connect(&calls, &Session::CallController::callChanged, this,
            &MainWindow::updateColleagueActions);
    // The control that failed is enabled again by then; the banner says why.
    connect(&calls, &Session::CallController::errorOccurred, this,
            [this](const QString &message) { showBanner(message, true, 10000); });

    connect(m_colleaguesPanel, &ColleaguesPanel::consultRequested, m_consultPanel,
            &ConsultPanel::consultColleague);
    connect(m_colleaguesPanel, &ColleaguesPanel::transferRequested, m_consultPanel,
            &ConsultPanel::transferToColleague);
    connect(m_colleaguesPanel, &ColleaguesPanel::callRequested, this,
            [this](const Core::Colleague &colleague) {
                m_consultActions->callColleague(colleague);
            });
}

void MainWindow::createConsultDock()
{
    m_consultDock = new QDockWidget(tr("Consult or transfer"), this);
    m_consultDock->setObjectName(u"consultDock"_s);
    m_consultDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable |
                               QDockWidget::DockWidgetFloatable);
    m_consultPanel = new ConsultPanel(m_session, m_consultActions, m_consultDock);
    m_consultDock->setWidget(m_consultPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_consultDock);
    m_consultDock->hide();
    QAction *toggle = m_consultDock->toggleViewAction();
    toggle->setObjectName(u"consultToggleAction"_s);
    toggle->setText(tr("Consult or &transfer"));
    toggle->setEnabled(false);
    m_viewMenu->insertAction(m_findColleagueAction, toggle);
    // Presence is asked for often while someone looks at it for a consult.
    connect(m_consultDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        m_session->colleagues().setFastPresence(m_consultOpen && visible);
    });
}

void MainWindow::onIncomingCall(const QString &caller, const QString &queue)
{
    const std::optional<Core::VoiceDevice> device = m_session->login().preferences().device;
    const bool phone = device && (*device == Core::VoiceDevice::DialNumber ||
                                  *device == Core::VoiceDevice::Extension);
    m_incomingBar->showCall(caller, queue, phone);
    m_notification->show(caller, queue);
}

void MainWindow::onCallStateChanged()
{
    using Core::CallState;
    const CallState state = m_session->calls().state();
    if (state != CallState::Offered) {
        m_notification->clear();
    }
    const bool talking = state == CallState::Connected || state == CallState::Held ||
                         state == CallState::Consulting || state == CallState::ConsultHeld ||
                         state == CallState::Conferenced;
    const bool signedIn = m_session->login().step() == Session::LoginController::Step::SignedIn;
    m_callView->setVisible(signedIn);
    if (talking && signedIn) {
        openConsultPanel();
    } else {
        closeConsultPanel();
    }
    updateColleagueActions();
}

void MainWindow::openConsultPanel()
{
    if (m_consultOpen) {
        return;
    }
    m_consultOpen = true;
    m_colleaguesDockWasVisible = m_colleaguesDock->isVisible();
    // At least as wide as the colleagues panel was, so that it does not shrink; the desk keeps
    // what the call view needs (DeskScrollArea).
    const int wanted =
            std::max(m_colleaguesDockWasVisible ? m_colleaguesDock->width() : 0, width() * 2 / 5);
    m_consultPanel->hostColleagues(m_colleaguesPanel);
    m_consultPanel->setTabVisible(ConsultPanel::ColleaguesTab, teamsUsed());
    m_colleaguesDock->hide();
    m_colleaguesDock->toggleViewAction()->setEnabled(false);
    m_consultDock->toggleViewAction()->setEnabled(true);
    m_consultDock->show();
    m_consultDock->raise();
    resizeDocks({m_consultDock}, {wanted}, Qt::Horizontal);
    m_session->colleagues().setFastPresence(m_consultDock->isVisible());
}

void MainWindow::closeConsultPanel()
{
    if (!m_consultOpen) {
        return;
    }
    m_consultOpen = false;
    m_session->colleagues().setFastPresence(false);
    m_colleaguesDock->setWidget(m_colleaguesPanel);
    m_colleaguesPanel->show();
    m_consultDock->hide();
    m_consultDock->toggleViewAction()->setEnabled(false);
    const bool signedIn = m_session->login().step() == Session::LoginController::Step::SignedIn;
    m_colleaguesDock->toggleViewAction()->setEnabled(signedIn && teamsUsed());
    m_colleaguesDock->setVisible(signedIn && m_colleaguesDockWasVisible);
}

void MainWindow::updateColleagueActions()
{
    // Consult and Transfer only while the call can take one now (not during a consult, not
    // while a command is on its way); Call only with no customer call.
    m_colleaguesPanel->setCallActive(m_consultActions->canConsult() ||
                                     m_consultActions->canTransfer());
    m_colleaguesPanel->setCallingAvailable(m_consultActions->canCall());
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::WindowStateChange && m_session) {
        // Nobody looks at presence in a minimised window: ask Graph nothing meanwhile.
        m_session->colleagues().setPaused(isMinimized());
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::showSignedIn()
{
    const Session::LoginController &login = m_session->login();
    m_consultActions->setDialPlan(login.dialPlan());
    const Core::InteractionPreferences &preferences = login.preferences();
    QString device = Core::LoginFormRules::deviceLabel(preferences.device);
    if (preferences.device && *preferences.device != Core::VoiceDevice::Desktop) {
        device += u" · "_s + preferences.normalizedDialNumber;
    }
    const QString team = login.profile().teamName(preferences.teamId);
    m_deskSummary->setText(u"<h2>%1</h2><p>%2</p><p>%3</p>"_s.arg(
            tr("Signed in as %1").arg(login.person().displayName).toHtmlEscaped(),
            tr("Handling calls with: %1").arg(device).toHtmlEscaped(),
            tr("Team: %1").arg(team).toHtmlEscaped()));
    m_pages->setCurrentWidget(m_deskPage);
    m_stateBar->show();
    m_profileAction->setEnabled(true);
    m_signOutAction->setEnabled(true);
    const bool used = teamsUsed();
    m_colleaguesDock->setVisible(used);
    m_colleaguesDock->toggleViewAction()->setEnabled(used);
    m_findColleagueAction->setEnabled(used);
    showState();
    showTeamsState();
    m_callView->refresh();
    onCallStateChanged();
}

bool MainWindow::teamsUsed() const
{
    return m_session->teams().state() != Session::TeamsConnection::State::NotUsed;
}

void MainWindow::showSignedOut(const QString &message)
{
    closeConsultPanel();
    if (m_incomingBar) {
        m_incomingBar->hide();
    }
    m_pages->setCurrentWidget(m_startPage);
    if (m_stateBar) {
        m_stateBar->hide();
    }
    m_profileAction->setEnabled(false);
    m_signOutAction->setEnabled(false);
    if (m_colleaguesDock) {
        m_colleaguesDock->hide();
        m_colleaguesDock->toggleViewAction()->setEnabled(false);
        m_findColleagueAction->setEnabled(false);
    }
    if (m_teamsIndicator) {
        m_teamsIndicator->hide();
    }
    m_startPage->showSignedOut(message);
}

void MainWindow::showState()
{
    Session::AgentStateController &state = m_session->state();
    const Session::AgentStateController::State &current = state.current();
    const int row = state.model()->rowOf(current.available ? QString() : current.idleCodeId);
    m_stateSelector->setCurrentIndex(row);
    // Why the state changed: the presence sync says so itself ("from Teams: Presenting"); a
    // supervisor or the system by name.
    const QString syncReason = m_session->presenceSync().reason();
    if (!syncReason.isEmpty()) {
        m_stateOrigin->setText(syncReason);
    } else {
        m_stateOrigin->setText(current.changedByOther && !current.changedByName.isEmpty()
                                       ? tr("Set by %1").arg(current.changedByName)
                                       : QString());
    }
}

void MainWindow::signOut()
{
    const QString refusal = m_session->state().signOut();
    if (!refusal.isEmpty()) {
        showBanner(refusal, true, 8000);
    }
}

void MainWindow::showProfileSettings(bool collaborationTools)
{
    ProfileSettingsDialog dialog(m_session->login(), m_session->settings(), &m_session->teams(),
                                 this);
    if (collaborationTools) {
        dialog.showCollaborationTools();
    }
    dialog.exec();
}

void MainWindow::showTeamsState()
{
    using State = Session::TeamsConnection::State;
    using Reason = Session::TeamsConnection::Reason;
    const Session::TeamsConnection &teams = m_session->teams();
    const State state = teams.state();
    const bool signedIn = m_session->login().step() == Session::LoginController::Step::SignedIn;
    m_teamsIndicator->setVisible(signedIn && state != State::NotUsed);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    switch (state) {
    case State::Connected:
        m_teamsIndicator->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
        m_teamsIndicator->setText(tr("Teams connected"));
        m_teamsIndicator->setToolTip(tr("Microsoft Teams: signed in as %1.").arg(teams.account()));
        break;
    case State::Connecting:
        m_teamsIndicator->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
        m_teamsIndicator->setText(tr("Connecting to Teams…"));
        m_teamsIndicator->setToolTip({});
        break;
    case State::NotConnected:
    case State::NotUsed:
        m_teamsIndicator->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
        m_teamsIndicator->setText(tr("Teams not connected"));
        m_teamsIndicator->setToolTip(teams.message());
        break;
    }
    m_teamsIndicator->setIconSize({size, size});
    // A failure the agent did not ask for is said once, in words, where they look.
    if (state == State::NotConnected && teams.reason() != Reason::NotStarted &&
        teams.reason() != Reason::Disconnected) {
        showBanner(tr("%1 You can retry in Profile settings → Collaboration tools.")
                           .arg(teams.message()),
                   true, 15000);
    }
}

void MainWindow::showBanner(const QString &message, bool warning, int hideAfterMs)
{
    m_banner->setText(message);
    m_banner->setStyleSheet(warning ? u"background: #fde7c2; color: #4a2c00;"_s
                                    : u"background: #dff3e4; color: #0f3d1e;"_s);
    m_banner->show();
    if (hideAfterMs > 0) {
        m_bannerTimer->start(hideAfterMs);
    } else {
        m_bannerTimer->stop();
    }
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

} // namespace AgentDesk::Ui
