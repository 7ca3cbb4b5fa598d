// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "consultconfirmation.h"

#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace AgentDesk::Ui {

bool ConsultConfirmation::ask(QWidget *parent, const QString &question, bool transfer)
{
    QMessageBox box(parent);
    box.setObjectName(u"consultConfirmation"_s);
    box.setIcon(QMessageBox::Question);
    box.setWindowTitle(transfer ? tr("Transfer the call?") : tr("Consult?"));
    box.setText(question);
    QPushButton *go = box.addButton(transfer ? tr("&Transfer anyway") : tr("C&onsult anyway"),
                                    QMessageBox::AcceptRole);
    go->setObjectName(u"consultConfirmGo"_s);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    cancel->setObjectName(u"consultConfirmCancel"_s);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == go;
}

} // namespace AgentDesk::Ui
