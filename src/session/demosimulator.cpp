// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demosimulator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDemo, "agentdesk.session.demo", QtInfoMsg)

namespace AgentDesk::Session {

static const QByteArray kReadyPrefix = "listening on ";

DemoSimulator::DemoSimulator(QString executable, QObject *parent)
    : QObject(parent)
    , m_executable(std::move(executable))
{
    m_startTimeout.setSingleShot(true);
    m_startTimeout.setInterval(30'000);
    connect(&m_startTimeout, &QTimer::timeout, this,
            [this] { fail(u"agentdesk-sim did not report a listening address in time"_s); });
    // Its log goes to our stderr; only stdout carries the ready line.
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &DemoSimulator::readOutput);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            fail(u"cannot start %1: %2"_s.arg(m_executable, m_process.errorString()));
        }
    });
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        if (!m_stopping) {
            fail(u"agentdesk-sim stopped (exit code %1, %2)"_s.arg(code).arg(
                    status == QProcess::CrashExit ? u"crashed"_s : u"exited"_s));
        }
    });
}

DemoSimulator::~DemoSimulator()
{
    stop();
}

QString DemoSimulator::locateExecutable()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(u"agentdesk-sim"_s);
}

void DemoSimulator::start(const QStringList &extraArguments)
{
    m_stopping = false;
    m_origin.clear();
    m_pending.clear();
    if (!QFileInfo(m_executable).isExecutable()) {
        // Queued so that callers connected after start() still hear about it.
        QMetaObject::invokeMethod(
                this, [this] { fail(u"%1 is missing or not executable"_s.arg(m_executable)); },
                Qt::QueuedConnection);
        return;
    }
    // Loopback only, port chosen by the system: nothing outside this machine can reach it.
    const QStringList arguments = QStringList{u"--listen"_s, u"127.0.0.1:0"_s} + extraArguments;
    qCInfo(lcDemo) << "starting" << m_executable << arguments;
    m_startTimeout.start();
    m_process.start(m_executable, arguments, QIODevice::ReadOnly);
}

void DemoSimulator::stop()
{
    m_startTimeout.stop();
    if (m_process.state() == QProcess::NotRunning) {
        return;
    }
    m_stopping = true;
    m_process.terminate();
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(1000);
    }
    qCInfo(lcDemo) << "simulator stopped";
}

void DemoSimulator::readOutput()
{
    m_pending += m_process.readAllStandardOutput();
    qsizetype newline = -1;
    while ((newline = m_pending.indexOf('\n')) >= 0) {
        const QByteArray line = m_pending.left(newline).trimmed();
        m_pending.remove(0, newline + 1);
        if (!m_origin.isEmpty() || !line.startsWith(kReadyPrefix)) {
            continue;
        }
        const QUrl origin(QString::fromUtf8(line.mid(kReadyPrefix.size())), QUrl::StrictMode);
        if (!origin.isValid() || origin.scheme() != u"http"_s) {
            fail(u"unexpected ready line from agentdesk-sim: %1"_s.arg(QString::fromUtf8(line)));
            return;
        }
        m_startTimeout.stop();
        m_origin = origin;
        qCInfo(lcDemo) << "simulator ready at" << origin.toString();
        Q_EMIT ready(origin);
    }
}

void DemoSimulator::fail(const QString &detail)
{
    qCWarning(lcDemo).noquote() << detail;
    stop();
    Q_EMIT failed(detail);
}

} // namespace AgentDesk::Session
