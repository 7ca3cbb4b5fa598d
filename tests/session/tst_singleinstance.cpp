// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// One running session per user: a second instance finds the first, can bring it forward or
// take the session over, and a socket left by a crashed instance does not block a new start.
#include <session/singleinstance.h>

#include <QDir>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using AgentDesk::Session::SingleInstance;

class TestSingleInstance final : public QObject
{
    Q_OBJECT

private:
    QString m_key;

private Q_SLOTS:
    void init() { m_key = u"agentdesk-test-"_s + QUuid::createUuid().toString(QUuid::Id128); }

    void claim_first_isPrimary_second_isSecondary()
    {
        SingleInstance first(m_key);
        QCOMPARE(first.claim(), SingleInstance::Role::Primary);
        SingleInstance second(m_key);
        QCOMPARE(second.claim(), SingleInstance::Role::Secondary);
    }

    void askToRaise_primaryRaisesItsWindow()
    {
        SingleInstance first(m_key);
        QCOMPARE(first.claim(), SingleInstance::Role::Primary);
        QSignalSpy raised(&first, &SingleInstance::raiseRequested);
        SingleInstance second(m_key);
        QCOMPARE(second.claim(), SingleInstance::Role::Secondary);
        std::optional<bool> answer;
        second.askToRaise([&answer](bool ok) { answer = ok; });
        QTRY_VERIFY(answer.has_value());
        QVERIFY(*answer);
        QCOMPARE(raised.size(), 1);
    }

    void askToHandOver_primaryConfirms_secondaryBecomesPrimary()
    {
        SingleInstance first(m_key);
        QCOMPARE(first.claim(), SingleInstance::Role::Primary);
        connect(&first, &SingleInstance::handOverRequested, &first,
                [&first] { first.confirmHandOver(); });
        SingleInstance second(m_key);
        QCOMPARE(second.claim(), SingleInstance::Role::Secondary);
        std::optional<bool> answer;
        second.askToHandOver([&answer](bool ok) { answer = ok; });
        QTRY_VERIFY(answer.has_value());
        QVERIFY(*answer);
        QCOMPARE(second.role(), SingleInstance::Role::Primary);
        QCOMPARE(first.role(), SingleInstance::Role::Secondary);
        // A third start now finds the second one.
        SingleInstance third(m_key);
        QCOMPARE(third.claim(), SingleInstance::Role::Secondary);
    }

    void askToHandOver_primaryNeverConfirms_failsAfterTimeout()
    {
        SingleInstance first(m_key);
        QCOMPARE(first.claim(), SingleInstance::Role::Primary);
        QSignalSpy asked(&first, &SingleInstance::handOverRequested);
        SingleInstance second(m_key);
        QCOMPARE(second.claim(), SingleInstance::Role::Secondary);
        std::optional<bool> answer;
        second.askToHandOver([&answer](bool ok) { answer = ok; }, 300);
        QTRY_VERIFY(answer.has_value());
        QVERIFY(!*answer);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(second.role(), SingleInstance::Role::Secondary);
    }

    void claim_afterCrashedInstance_replacesItsSocket()
    {
        // A bound Unix socket nobody accepts on: what a killed instance leaves behind.
        const QByteArray path = QDir::temp().filePath(m_key).toLocal8Bit();
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        qstrncpy(address.sun_path, path.constData(), sizeof(address.sun_path));
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
        ::close(fd);
        QVERIFY(QFile::exists(QString::fromLocal8Bit(path)));

        SingleInstance next(m_key);
        QCOMPARE(next.claim(), SingleInstance::Role::Primary);
    }

    void keyForCurrentUser_isStableAndSafe()
    {
        const QString key = SingleInstance::keyForCurrentUser();
        QCOMPARE(key, SingleInstance::keyForCurrentUser());
        QVERIFY(key.startsWith(u"agentdesk-"_s));
        QVERIFY(!key.contains(u'/'));
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
