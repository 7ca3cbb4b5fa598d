// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QProcess>
#include <QTimer>
#include <QUrl>

namespace AgentDesk::Session {

// Runs agentdesk-sim as a child process for `agentdesk --demo`: starts it on a free loopback
// port, reports its origin once it prints "listening on …", and stops it when destroyed, so
// the simulator never outlives the desktop.
//   DemoSimulator demo(DemoSimulator::locateExecutable());
//   connect(&demo, &DemoSimulator::ready, this, [](const QUrl &origin) { ... });
//   demo.start({u"--auto-signin"_s, u"ana.souza@contoso.example"_s});
class DemoSimulator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoSimulator)

public:
    explicit DemoSimulator(QString executable, QObject *parent = nullptr);
    ~DemoSimulator() override;

    // agentdesk-sim next to the running executable (build tree and installed layout alike).
    static QString locateExecutable();

    void start(const QStringList &extraArguments = {});
    void stop();
    QUrl origin() const { return m_origin; }
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

    void setStartTimeout(int msecs) { m_startTimeout.setInterval(msecs); }

Q_SIGNALS:
    void ready(const QUrl &origin);
    // The simulator could not start, or stopped on its own; untranslated detail for the log,
    // the UI shows its own sentence.
    void failed(const QString &detail);

private:
    void readOutput();
    void fail(const QString &detail);

    QString m_executable;
    QProcess m_process;
    QTimer m_startTimeout;
    QByteArray m_pending;
    QUrl m_origin;
    bool m_stopping = false;
};

} // namespace AgentDesk::Session
