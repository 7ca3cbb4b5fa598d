// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "runninginstanceprompt.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace AgentDesk::Ui {

RunningInstancePrompt::Answer RunningInstancePrompt::ask(QWidget *parent)
{
    QMessageBox box(parent);
    box.setObjectName(u"runningInstancePrompt"_s);
    box.setIcon(QMessageBox::Information);
    box.setWindowTitle(QCoreApplication::translate("AgentDesk::Ui::RunningInstancePrompt",
                                                   "AgentDesk is already open"));
    box.setText(QCoreApplication::translate(
            "AgentDesk::Ui::RunningInstancePrompt",
            "AgentDesk is already open on this computer. Only one session can run at a time."));
    box.setInformativeText(QCoreApplication::translate(
            "AgentDesk::Ui::RunningInstancePrompt",
            "Bring the open window forward, or continue here: the other session then signs "
            "out and closes."));
    QPushButton *forward =
            box.addButton(QCoreApplication::translate("AgentDesk::Ui::RunningInstancePrompt",
                                                      "&Bring it forward"),
                          QMessageBox::AcceptRole);
    QPushButton *here = box.addButton(
            QCoreApplication::translate("AgentDesk::Ui::RunningInstancePrompt", "&Continue here"),
            QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(forward);
    box.exec();
    if (box.clickedButton() == forward) {
        return Answer::BringForward;
    }
    if (box.clickedButton() == here) {
        return Answer::ContinueHere;
    }
    return Answer::Cancel;
}

QString RunningInstancePrompt::handOverFailedMessage()
{
    return QCoreApplication::translate("AgentDesk::Ui::RunningInstancePrompt",
                                       "The other AgentDesk did not close. Close it, then "
                                       "start AgentDesk again.");
}

} // namespace AgentDesk::Ui
