// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace AgentDesk::Ui {

// Asked before consulting (or transferring to) a colleague whom Teams shows as not wanting
// calls (Session::ConsultActions::confirmationFor). A modal box named "consultConfirmation"
// with the buttons "consultConfirmGo" and "consultConfirmCancel", so that a test finds it with
// QApplication::activeModalWidget() and answers it. Cancel is the default: Enter held down
// from the list does not call someone who asked not to be disturbed.
class ConsultConfirmation
{
    Q_DECLARE_TR_FUNCTIONS(AgentDesk::Ui::ConsultConfirmation)

public:
    // True when the agent goes ahead.
    static bool ask(QWidget *parent, const QString &question, bool transfer);
};

} // namespace AgentDesk::Ui
