// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMutex>
#include <QStringList>
#include <QtMessageHandler>

namespace AgentDesk::Test {

// Captures every log line written while it lives (all categories, debug included), so a test
// can assert that no token or secret ever reaches the log. Lines still go to stderr too.
class LogCapture
{
public:
    LogCapture();
    ~LogCapture();
    Q_DISABLE_COPY_MOVE(LogCapture)

    QStringList lines() const;
    bool contains(const QString &needle) const;

private:
    static void handler(QtMsgType type, const QMessageLogContext &context, const QString &message);
    QtMessageHandler m_previous = nullptr;
    QString m_previousRules;
};

} // namespace AgentDesk::Test
