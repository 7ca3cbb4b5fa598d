// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Teams::RequestBudget, the piece every Graph poller shares: a sliding window of sends, and the
// hold after a 429/503 (Retry-After) or a failure (exponential backoff). Pure: clock numbers in,
// answers out.
#include <net/apierror.h>
#include <net/retrypolicy.h>
#include <teams/requestbudget.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace AgentDesk;
using Teams::RequestBudget;

namespace {

Net::RetryPolicy pinnedPolicy()
{
    Net::RetryPolicy policy{.baseDelay = 1000ms, .maxDelay = 8000ms};
    policy.jitter = [] { return 1.0; };
    return policy;
}

Net::ApiError httpError(int status, std::optional<std::chrono::milliseconds> retryAfter = {})
{
    Net::ApiError error = Net::ApiError::http(status, {});
    error.setRetryAfter(retryAfter);
    return error;
}

} // namespace

class TestRequestBudget final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void window_fullBudget_freesWhenTheOldestSendLeaves()
    {
        RequestBudget budget(3, 10s);
        QVERIFY(budget.canSend(0));
        QCOMPARE(budget.nextRelease(0), 0);
        budget.recordSend(0);
        budget.recordSend(1'000);
        budget.recordSend(2'000);
        QCOMPARE(budget.requestsInWindow(2'000), 3);
        QCOMPARE(budget.freeSlots(2'000), 0);
        QVERIFY(!budget.canSend(2'000));
        // The send at 0 leaves the window (10 s) at 10 000; freeAt() says a millisecond later,
        // so a timer set for it never wakes a hair too early.
        QCOMPARE(budget.freeAt(5'000), 10'001);
        QCOMPARE(budget.nextSendAt(5'000), 10'001);
        QCOMPARE(budget.freeSlots(9'999), 0);
        QCOMPARE(budget.freeSlots(10'000), 1);
        QVERIFY(budget.canSend(10'001));
        QCOMPARE(budget.freeAt(10'001), 10'001);
        QCOMPARE(budget.requestsInWindow(30'000), 0);
    }

    void failed_throttledWithRetryAfter_holdsExactlyThatLong_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("429") << 429;
        QTest::newRow("503") << 503;
    }
    void failed_throttledWithRetryAfter_holdsExactlyThatLong()
    {
        QFETCH(int, status);
        RequestBudget budget(20, 30s);
        const auto hold = budget.failed(50'000, httpError(status, 7000ms), pinnedPolicy());
        QCOMPARE(hold.wait, 7000ms);
        QVERIFY(hold.why.contains(u"Retry-After"_s));
        QVERIFY(budget.isHolding(56'999));
        QVERIFY(!budget.canSend(56'999));
        QVERIFY(!budget.isHolding(57'000));
        QCOMPARE(budget.nextSendAt(51'000), 57'000);
    }

    void failed_otherFailures_backOffExponentiallyUntilASuccess()
    {
        RequestBudget budget(20, 30s);
        const Net::RetryPolicy policy = pinnedPolicy();
        QCOMPARE(budget.failed(0, httpError(500), policy).wait, 1000ms);
        QCOMPARE(budget.failed(0, httpError(429), policy).wait, 2000ms); // 429 without the header
        QCOMPARE(budget.failed(0, Net::ApiError::timeout(), policy).wait, 4000ms);
        QCOMPARE(budget.failed(0, u"malformed answer"_s, policy).wait, 8000ms);
        QCOMPARE(budget.failed(0, httpError(500), policy).wait, 8000ms); // maxDelay
        QCOMPARE(budget.consecutiveFailures(), 5);
        budget.succeeded();
        QCOMPARE(budget.consecutiveFailures(), 0);
        QCOMPARE(budget.failed(0, httpError(500), policy).wait, 1000ms);
    }

    void holdOff_shorterHold_keepsTheLongerOne()
    {
        RequestBudget budget(20, 30s);
        budget.holdOff(0, 10s);
        budget.holdOff(1'000, 2s);
        QCOMPARE(budget.holdUntil(), 10'000);
        budget.holdOff(9'000, 5s);
        QCOMPARE(budget.holdUntil(), 14'000);
    }
};

QTEST_GUILESS_MAIN(TestRequestBudget)
#include "tst_requestbudget.moc"
