// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "aboutdialog.h"
#include "startpage.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace AgentDesk::Ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_startPage(new StartPage(this))
    , m_environment(new QLabel(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("AgentDesk"));
    setWindowIcon(QIcon(u":/agentdesk/icons/agentdesk.svg"_s));
    setMinimumSize(minimumWindowSize());
    resize(1024, 720);

    setCentralWidget(m_startPage);
    m_environment->setObjectName(u"environmentLabel"_s);
    statusBar()->addPermanentWidget(m_environment);
    createMenus();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(u"fileMenu"_s);
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setObjectName(u"quitAction"_s);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(u"helpMenu"_s);
    QAction *about = help->addAction(tr("&About AgentDesk"), this, &MainWindow::showAbout);
    about->setObjectName(u"aboutAction"_s);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(u"aboutQtAction"_s);
    aboutQt->setMenuRole(QAction::AboutQtRole);
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

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

} // namespace AgentDesk::Ui
