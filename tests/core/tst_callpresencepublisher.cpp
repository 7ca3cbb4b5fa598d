// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Core::CallPresencePublisher: which Graph presence session to keep during a customer call, in
// every call state; refresh before expiry; clear after the call (also after a set whose outcome
// is unknown); no repeat of a request Graph refused for good; ISO 8601 durations.
#include <core/callpresencepublisher.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace AgentDesk::Core;

using Publisher = CallPresencePublisher;
using Action = CallPresencePublisher::Action;
using Failure = CallPresencePublisher::Failure;

Q_DECLARE_METATYPE(AgentDesk::Core::CallState)

namespace {

const QDateTime T0 = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);

QDateTime at(qint64 seconds)
{
    return T0.addSecs(seconds);
}

// Sends what next() asks for at `when` and reports success; returns the request.
Publisher::Request sendOk(Publisher &publisher, const QDateTime &when)
{
    const Publisher::Request request = publisher.next(when);
    if (request.action != Action::None) {
        publisher.sent(request, when);
        publisher.succeeded();
    }
    return request;
}

} // namespace

class TestCallPresencePublisher final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void activityFor_everyCallState_data()
    {
        QTest::addColumn<CallState>("state");
        QTest::addColumn<QString>("activity");
        QTest::newRow("Idle") << CallState::Idle << QString();
        QTest::newRow("Offered: ringing is not a call yet") << CallState::Offered << QString();
        QTest::newRow("Connected") << CallState::Connected << u"InACall"_s;
        QTest::newRow("Held") << CallState::Held << u"InACall"_s;
        QTest::newRow("Consulting") << CallState::Consulting << u"InACall"_s;
        QTest::newRow("ConsultHeld") << CallState::ConsultHeld << u"InACall"_s;
        QTest::newRow("Conferenced") << CallState::Conferenced << u"InAConferenceCall"_s;
        QTest::newRow("Transferred") << CallState::Transferred << QString();
        QTest::newRow("Ended") << CallState::Ended << QString();
        QTest::newRow("WrapUp") << CallState::WrapUp << QString();
        QTest::newRow("Closed") << CallState::Closed << QString();
    }
    void activityFor_everyCallState()
    {
        QFETCH(CallState, state);
        QFETCH(QString, activity);
        QCOMPARE(Publisher::activityFor(state), activity);
        Publisher publisher;
        publisher.setCallState(state);
        const Publisher::Request request = publisher.next(T0);
        QCOMPARE(request.action, activity.isEmpty() ? Action::None : Action::Set);
        if (!activity.isEmpty()) {
            QCOMPARE(request.availability, u"Busy"_s);
            QCOMPARE(request.activity, activity);
            QCOMPARE(request.expirationDuration(), u"PT5M"_s);
        }
    }

    void call_connectedThenClosed_setsRefreshesEveryFourMinutesAndClears()
    {
        Publisher publisher;
        publisher.setCallState(CallState::Connected);
        QCOMPARE(sendOk(publisher, at(0)).action, Action::Set);
        QCOMPARE(publisher.publishedActivity(at(1)), u"InACall"_s);
        QVERIFY(publisher.mayBeInEffect(at(1)));
        QCOMPARE(publisher.nextRefreshAt(), at(240));
        QCOMPARE(publisher.next(at(1)).action, Action::None);
        QCOMPARE(publisher.next(at(239)).action, Action::None);
        // Held is still InACall: nothing new.
        publisher.setCallState(CallState::Held);
        QCOMPARE(publisher.next(at(100)).action, Action::None);

        QCOMPARE(sendOk(publisher, at(240)).action, Action::Set);
        QCOMPARE(publisher.nextRefreshAt(), at(480));

        publisher.setCallState(CallState::Ended);
        QVERIFY(!publisher.nextRefreshAt().isValid());
        QCOMPARE(sendOk(publisher, at(300)).action, Action::Clear);
        QCOMPARE(publisher.next(at(301)).action, Action::None);
        QVERIFY(!publisher.mayBeInEffect(at(301)));
        QCOMPARE(publisher.publishedActivity(at(301)), QString());
    }

    void call_becomesAConference_setsTheConferenceActivityAtOnce()
    {
        Publisher publisher;
        publisher.setCallState(CallState::Connected);
        sendOk(publisher, at(0));
        publisher.setCallState(CallState::Conferenced);
        const Publisher::Request request = sendOk(publisher, at(10));
        QCOMPARE(request.action, Action::Set);
        QCOMPARE(request.activity, u"InAConferenceCall"_s);
        QCOMPARE(publisher.nextRefreshAt(), at(250));
    }

    void requestRunning_nothingElseIsAskedFor()
    {
        Publisher publisher;
        publisher.setCallState(CallState::Connected);
        const Publisher::Request request = publisher.next(at(0));
        publisher.sent(request, at(0));
        QVERIFY(publisher.isRequestRunning());
        // A set on its way may already show.
        QVERIFY(publisher.mayBeInEffect(at(1)));
        publisher.setCallState(CallState::Ended);
        QCOMPARE(publisher.next(at(1)).action, Action::None);
        publisher.succeeded();
        QCOMPARE(publisher.next(at(2)).action, Action::Clear);
    }

    void setUnanswered_isSentAgainAndClearedAfterTheCall()
    {
        Publisher publisher;
        publisher.setCallState(CallState::Connected);
        publisher.sent(publisher.next(at(0)), at(0));
        publisher.failed(Failure::NoAnswer);
        QCOMPARE(publisher.next(at(5)).action, Action::Set);
        QVERIFY(publisher.mayBeInEffect(at(5)));
        // The call ends before any set succeeded: the one that may have reached Graph is
        // cleared.
        publisher.setCallState(CallState::Closed);
        QCOMPARE(publisher.next(at(6)).action, Action::Clear);
        // Past its expiry there is nothing left to clear.
        QCOMPARE(publisher.next(at(300)).action, Action::None);
        QVERIFY(!publisher.mayBeInEffect(at(300)));
    }

    void setAnsweredWithAnError_isSentAgainButNothingToClearAfterTheCall()
    {
        Publisher publisher;
        publisher.setCallState(CallState::Connected);
        publisher.sent(publisher.next(at(0)), at(0));
        publisher.failed(Failure::Retryable); // e.g. 503: Graph did not apply it
        QVERIFY(!publisher.mayBeInEffect(at(1)));
        QCOMPARE(publisher.next(at(5)).action, Action::Set);
        publisher.setCallState(CallState::Closed);
        QCOMPARE(publisher.next(at(6)).action, Action::None);
    }

    void refreshAnsweredWithErrors_sessionLapsesAtItsExpiry()
    {
        Publisher publisher;
        publisher.setCallState(CallState::Connected);
        sendOk(publisher, at(0));
        for (qint64 t = 240; t < 300; t += 10) {
            QCOMPARE(publisher.next(at(t)).action, Action::Set);
            publisher.sent(publisher.next(at(t)), at(t));
            publisher.failed(Failure::Retryable);
            QVERIFY(publisher.mayBeInEffect(at(t)));
        }
        QVERIFY(!publisher.mayBeInEffect(at(300)));
        QCOMPARE(publisher.publishedActivity(at(300)), QString());
    }

    void setRefusedForGood_isNotRepeatedUntilTheWantedPresenceChanges()
    {
        Publisher publisher;
        publisher.setCallState(CallState::Connected);
        publisher.sent(publisher.next(at(0)), at(0));
        publisher.failed(Failure::Permanent);
        QCOMPARE(publisher.next(at(60)).action, Action::None);
        QVERIFY(!publisher.mayBeInEffect(at(60)));
        QVERIFY(!publisher.nextRefreshAt().isValid());
        publisher.setCallState(CallState::Conferenced);
        QCOMPARE(publisher.next(at(61)).activity, u"InAConferenceCall"_s);
    }

    void clear_answered404OrRefused_isDone_data()
    {
        QTest::addColumn<int>("failure");
        QTest::newRow("no session (404)") << int(Failure::NoSession);
        QTest::newRow("refused (400)") << int(Failure::Permanent);
    }
    void clear_answered404OrRefused_isDone()
    {
        QFETCH(int, failure);
        Publisher publisher;
        publisher.setCallState(CallState::Connected);
        sendOk(publisher, at(0));
        publisher.setCallState(CallState::WrapUp);
        publisher.sent(publisher.next(at(30)), at(30));
        publisher.failed(Failure(failure));
        QCOMPARE(publisher.next(at(31)).action, Action::None);
        QVERIFY(!publisher.mayBeInEffect(at(31)));
    }

    void clear_failedRetryably_isSentAgain_data()
    {
        QTest::addColumn<int>("failure");
        QTest::newRow("no answer") << int(Failure::NoAnswer);
        QTest::newRow("503") << int(Failure::Retryable);
    }
    void clear_failedRetryably_isSentAgain()
    {
        QFETCH(int, failure);
        Publisher publisher;
        publisher.setCallState(CallState::Connected);
        sendOk(publisher, at(0));
        publisher.setCallState(CallState::Closed);
        publisher.sent(publisher.next(at(30)), at(30));
        publisher.failed(Failure(failure));
        QCOMPARE(publisher.next(at(31)).action, Action::Clear);
    }

    void disabled_clearsWhatIsPublishedAndSetsNothing()
    {
        Publisher publisher;
        publisher.setCallState(CallState::Connected);
        sendOk(publisher, at(0));
        publisher.setEnabled(false);
        QCOMPARE(sendOk(publisher, at(1)).action, Action::Clear);
        QCOMPARE(publisher.next(at(2)).action, Action::None);
        publisher.setEnabled(true);
        QCOMPARE(publisher.next(at(3)).action, Action::Set);
    }

    void options_outOfGraphsBounds_areClamped()
    {
        const Publisher tooShort(Publisher::Options{60s, 30s});
        QCOMPARE(tooShort.options().expiration, 300s);
        QCOMPARE(tooShort.options().refreshAfter, 30s);
        const Publisher tooLong(Publisher::Options{std::chrono::hours(5), std::chrono::hours(6)});
        QCOMPARE(tooLong.options().expiration, 14400s);
        QCOMPARE(tooLong.options().refreshAfter, 11520s);
        Publisher hour(Publisher::Options{3600s, 3000s});
        hour.setCallState(CallState::Connected);
        QCOMPARE(hour.next(T0).expirationDuration(), u"PT1H"_s);
    }

    void isoDuration_data()
    {
        QTest::addColumn<int>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("5 min") << 300 << u"PT5M"_s;
        QTest::newRow("4 h") << 14400 << u"PT4H"_s;
        QTest::newRow("mixed") << 3661 << u"PT1H1M1S"_s;
        QTest::newRow("seconds") << 45 << u"PT45S"_s;
        QTest::newRow("zero") << 0 << u"PT0S"_s;
    }
    void isoDuration()
    {
        QFETCH(int, seconds);
        QFETCH(QString, text);
        QCOMPARE(Publisher::isoDuration(std::chrono::seconds(seconds)), text);
    }
};

QTEST_GUILESS_MAIN(TestCallPresencePublisher)
#include "tst_callpresencepublisher.moc"
