// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QObject>

class QSystemTrayIcon;

namespace AgentDesk::Ui {

// The desktop notification of a ringing call: a message from a tray icon where the desktop
// has a system tray that shows messages, nothing where it has none (headless, some Wayland
// desktops). The icon is there only while a call rings.
class CallNotification final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallNotification)

public:
    explicit CallNotification(const QIcon &icon, QObject *parent = nullptr);

    // False where the desktop cannot show notifications: then show() does nothing.
    static bool isAvailable();
    void show(const QString &caller, const QString &queue);
    void clear();

Q_SIGNALS:
    // The agent clicked the notification or the icon: bring the window forward.
    void activated();

private:
    QIcon m_icon;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace AgentDesk::Ui
