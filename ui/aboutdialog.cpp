// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace AgentDesk::Ui {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About AgentDesk"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(u":/agentdesk/icons/agentdesk.svg"_s).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);

    auto *text = new QLabel(this);
    text->setObjectName(u"aboutText"_s);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setText(u"<h3>AgentDesk %1</h3><p>%2</p><p>%3</p><p>%4</p>"_s.arg(
            QApplication::applicationVersion().toHtmlEscaped(),
            tr("The desktop for contact-center agents: calls, colleagues in Microsoft Teams "
               "and their presence, in one window.")
                    .toHtmlEscaped(),
            tr("Built with Qt %1, running on Qt %2.")
                    .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()))
                    .toHtmlEscaped(),
            tr("Licensed under the GNU General Public License, version 3 or later.")
                    .toHtmlEscaped()));
    text->setMinimumWidth(320);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addWidget(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
}

} // namespace AgentDesk::Ui
