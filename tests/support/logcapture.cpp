// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logcapture.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace AgentDesk::Test {

namespace {
QMutex g_mutex;
QStringList g_lines;
QtMessageHandler g_previous = nullptr;
} // namespace

LogCapture::LogCapture()
{
    QMutexLocker lock(&g_mutex);
    g_lines.clear();
    // Debug output included: a secret must not hide in a line that is only off by default.
    QLoggingCategory::setFilterRules(u"*.debug=true\nqt.*.debug=false"_s);
    g_previous = qInstallMessageHandler(&LogCapture::handler);
    m_previous = g_previous;
}

LogCapture::~LogCapture()
{
    qInstallMessageHandler(m_previous);
    QLoggingCategory::setFilterRules(QString());
}

void LogCapture::handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_mutex);
        g_lines.append(QString::fromLatin1(context.category ? context.category : "default") +
                       u": "_s + message);
    }
    if (g_previous) {
        g_previous(type, context, message);
    }
}

QStringList LogCapture::lines() const
{
    QMutexLocker lock(&g_mutex);
    return g_lines;
}

bool LogCapture::contains(const QString &needle) const
{
    QMutexLocker lock(&g_mutex);
    for (const QString &line : std::as_const(g_lines)) {
        if (line.contains(needle)) {
            return true;
        }
    }
    return false;
}

} // namespace AgentDesk::Test
