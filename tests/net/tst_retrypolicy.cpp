// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// RetryPolicy: exponential backoff with full jitter, and reading Retry-After.
#include <core/clock.h>
#include <net/retrypolicy.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace AgentDesk;

class TestRetryPolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backoff_fullJitter_doublesUpToTheCap()
    {
        Net::RetryPolicy policy{.baseDelay = 100ms, .maxDelay = 1000ms};
        policy.jitter = [] { return 1.0; };
        QCOMPARE(policy.backoff(1), 100ms);
        QCOMPARE(policy.backoff(2), 200ms);
        QCOMPARE(policy.backoff(3), 400ms);
        QCOMPARE(policy.backoff(4), 800ms);
        QCOMPARE(policy.backoff(5), 1000ms);
        QCOMPARE(policy.backoff(400), 1000ms);
        policy.jitter = [] { return 0.25; };
        QCOMPARE(policy.backoff(3), 100ms);
        policy.jitter = [] { return 0.0; };
        QCOMPARE(policy.backoff(3), 0ms);
    }

    void backoff_systemRandom_staysWithinTheWindow()
    {
        const Net::RetryPolicy policy{.baseDelay = 100ms, .maxDelay = 10'000ms};
        for (int i = 0; i < 200; ++i) {
            const auto wait = policy.backoff(3);
            QVERIFY(wait >= 0ms);
            QVERIFY(wait <= 400ms);
        }
    }

    void parseRetryAfter_values_giveTheWait_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expectedMs"); // -1 = no wait given
        QTest::newRow("seconds") << QByteArray("2") << qint64(2000);
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("spaces") << QByteArray(" 120 ") << qint64(120'000);
        QTest::newRow("http-date ahead")
                << QByteArray("Wed, 21 Oct 2026 07:28:30 GMT") << qint64(30'000);
        QTest::newRow("http-date past") << QByteArray("Wed, 21 Oct 2026 07:20:00 GMT") << qint64(0);
        QTest::newRow("empty") << QByteArray() << qint64(-1);
        QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
    }
    void parseRetryAfter_values_giveTheWait()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, expectedMs);
        const Core::ManualClock clock(QDateTime(QDate(2026, 10, 21), QTime(7, 28), Qt::UTC));
        const auto wait = Net::RetryPolicy::parseRetryAfter(value, clock.now());
        if (expectedMs < 0) {
            QVERIFY(!wait.has_value());
        } else {
            QVERIFY(wait.has_value());
            QCOMPARE(wait->count(), expectedMs);
        }
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
