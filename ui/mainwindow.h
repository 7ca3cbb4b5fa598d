// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/serviceendpoints.h>

#include <QMainWindow>

class QLabel;

namespace AgentDesk::Ui {

class StartPage;

// The desktop's one main window: menus, the current page, and a status bar that says which
// environment AgentDesk is connected to.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);

    static constexpr QSize minimumWindowSize() { return {500, 500}; }

    void showDemoStarting();
    void showEndpoints(const Core::ServiceEndpoints &endpoints, bool demo);
    void showStartupProblem(const QString &message);

public Q_SLOTS:
    void showAbout();

private:
    void createMenus();

    StartPage *m_startPage;
    QLabel *m_environment;
};

} // namespace AgentDesk::Ui
