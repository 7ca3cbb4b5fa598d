// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "callnotification.h"

#include <QSystemTrayIcon>

namespace AgentDesk::Ui {

CallNotification::CallNotification(const QIcon &icon, QObject *parent)
    : QObject(parent)
    , m_icon(icon)
{}

bool CallNotification::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages();
}

void CallNotification::show(const QString &caller, const QString &queue)
{
    if (!isAvailable()) {
        return;
    }
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(m_icon, this);
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &CallNotification::activated);
        connect(m_tray, &QSystemTrayIcon::activated, this, &CallNotification::activated);
    }
    m_tray->setToolTip(tr("Incoming call"));
    m_tray->show();
    m_tray->showMessage(tr("Incoming call"),
                        queue.isEmpty() ? caller : tr("%1 · Queue: %2").arg(caller, queue),
                        QSystemTrayIcon::Information);
}

void CallNotification::clear()
{
    if (m_tray) {
        m_tray->hide();
    }
}

} // namespace AgentDesk::Ui
