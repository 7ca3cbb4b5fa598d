// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `agentdesk --demo` runs the real agentdesk-sim executable as a child process.
#include <session/demosimulator.h>

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <support/wireclient.h>

using namespace Qt::StringLiterals;
using namespace AgentDesk;

class TestDemoSimulator final : public QObject
{
    Q_OBJECT

private:
    static QString simExecutable() { return qEnvironmentVariable("AGENTDESK_SIM"); }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(!simExecutable().isEmpty(), "AGENTDESK_SIM is not set"); }

    void start_realSimulator_reportsLoopbackOriginThatAnswers()
    {
        Session::DemoSimulator demo(simExecutable());
        QSignalSpy ready(&demo, &Session::DemoSimulator::ready);
        QSignalSpy failed(&demo, &Session::DemoSimulator::failed);
        demo.start();
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 15'000);
        QCOMPARE(failed.size(), 0);
        const QUrl origin = ready.first().first().toUrl();
        QCOMPARE(origin.host(), u"127.0.0.1"_s);
        QVERIFY(origin.port() > 0);
        Test::WireClient wire;
        QCOMPARE(wire.get(origin.resolved(QUrl(u"/_sim/health"_s))).status, 200);

        demo.stop();
        QVERIFY(!demo.isRunning());
        // Nothing listens there any more.
        QCOMPARE(wire.get(origin.resolved(QUrl(u"/_sim/health"_s))).status, 0);
        QCOMPARE(failed.size(), 0);
    }

    void start_missingExecutable_fails()
    {
        Session::DemoSimulator demo(u"/nonexistent/agentdesk-sim"_s);
        QSignalSpy failed(&demo, &Session::DemoSimulator::failed);
        demo.start();
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains(u"/nonexistent/agentdesk-sim"_s));
    }

    void start_processExitsBeforeReady_fails()
    {
        Session::DemoSimulator demo(u"/bin/false"_s);
        QSignalSpy ready(&demo, &Session::DemoSimulator::ready);
        QSignalSpy failed(&demo, &Session::DemoSimulator::failed);
        demo.start();
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(ready.size(), 0);
        QVERIFY(!demo.isRunning());
    }

    void start_silentProcess_timesOut()
    {
        // A stand-in that runs but never prints the ready line.
        QTemporaryDir dir;
        const QString script = dir.filePath(u"silent-sim"_s);
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("#!/bin/sh\nexec sleep 30\n");
        file.close();
        file.setPermissions(QFile::ReadOwner | QFile::ExeOwner);
        Session::DemoSimulator demo(script);
        demo.setStartTimeout(300);
        QSignalSpy failed(&demo, &Session::DemoSimulator::failed);
        demo.start();
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains(u"in time"_s));
        QVERIFY(!demo.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestDemoSimulator)
#include "tst_demosimulator.moc"
