// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Teams::PresencePublisher against the simulator's Graph over loopback, with a ManualClock
// shared by the publisher, the HTTP layer and the simulator: Busy/InACall set during a customer
// call with the client id as session id, refreshed before its 5-min expiry through a long call,
// a conference, cleared after the call; 429 with Retry-After, server failures with backoff, a
// token renewed in the middle, a refusal not repeated, 404 on clear. The simulator's request log
// and its view of the sessions are the witnesses.
#include <core/clock.h>
#include <net/httpclient.h>
#include <sim/simdirectory.h>
#include <teams/presencepublisher.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <support/faketokenprovider.h>
#include <support/logcapture.h>
#include <support/simfixture.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace AgentDesk;
using Core::CallState;
using Teams::PresencePublisher;

namespace {

const QString kSet = u"/presence/setPresence$"_s;
const QString kClear = u"/presence/clearPresence$"_s;
const QString kWrites = u"/presence/(setPresence|clearPresence)$"_s;
const QString Kenji = u"kenji.tanaka@contoso.example"_s;
const QString ClientId = u"agentdesk"_s;

int statusOf(const QJsonValue &logEntry)
{
    return logEntry.toObject().value(u"status"_s).toInt();
}

QJsonObject bodyOf(const QJsonValue &logEntry)
{
    return QJsonDocument::fromJson(logEntry.toObject().value(u"body"_s).toString().toUtf8())
            .object();
}

QDateTime timeOf(const QJsonValue &logEntry)
{
    return QDateTime::fromString(logEntry.toObject().value(u"time"_s).toString(),
                                 Qt::ISODateWithMs);
}

} // namespace

class TestPresencePublisher final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Core::ManualClock> m_clock;
    std::unique_ptr<Test::SimFixture> m_sim;
    std::unique_ptr<Test::FakeTokenProvider> m_token;
    QNetworkAccessManager m_network;
    std::unique_ptr<Net::HttpClient> m_http;
    QString m_me;

    static PresencePublisher::Options testOptions()
    {
        PresencePublisher::Options options;
        options.checkInterval = 5ms;
        return options;
    }

    std::unique_ptr<PresencePublisher>
    makePublisher(const QString &clientId = ClientId,
                  PresencePublisher::Options options = testOptions())
    {
        auto publisher = std::make_unique<PresencePublisher>(m_http.get(), m_token.get(),
                                                             m_sim->url(u"/v1.0"_s), clientId,
                                                             m_clock.get(), options);
        publisher->setUserId(m_me);
        return publisher;
    }

    QJsonArray writes() { return m_sim->requestsTo(kWrites); }

    // The simulator's view: the app sessions of the agent and what reads show.
    QJsonObject simView()
    {
        return m_sim->wire()
                .get(m_sim->url(u"/_sim/presence/%1/sessions"_s.arg(m_me)))
                .json()
                .object();
    }
    QString shown()
    {
        const QJsonObject s = simView().value(u"shown"_s).toObject();
        return s.value(u"availability"_s).toString() + u'/' + s.value(u"activity"_s).toString();
    }

    static void letItRun() { QTest::qWait(40); }

private Q_SLOTS:
    void init()
    {
        m_clock = std::make_unique<Core::ManualClock>();
        Net::RetryPolicy policy{.baseDelay = 1000ms, .maxDelay = 8000ms};
        policy.jitter = [] { return 1.0; };
        m_http = std::make_unique<Net::HttpClient>(&m_network, m_clock.get(), policy);
        m_sim = std::make_unique<Test::SimFixture>(Sim::Scenario::defaults(), m_clock.get());
        m_token = std::make_unique<Test::FakeTokenProvider>(
                QString::fromLatin1(m_sim->token(u"graph"_s, Kenji)));
        m_me = m_sim->simulator().directory().findByEmail(Kenji)->id;
        QCOMPARE(m_sim->wire()
                         .postJson(m_sim->url(u"/_sim/presence"_s),
                                   QJsonDocument(QJsonObject{{u"id"_s, m_me},
                                                             {u"availability"_s, u"Available"_s},
                                                             {u"activity"_s, u"Available"_s}}))
                         .status,
                 200);
    }
    void cleanup()
    {
        m_http.reset();
        m_token.reset();
        m_sim.reset();
        m_clock.reset();
    }

    void call_connectedThenClosed_setsBusyInACallThenClears()
    {
        auto publisher = makePublisher();
        QSignalSpy inEffect(publisher.get(), &PresencePublisher::inEffectChanged);
        QSignalSpy published(publisher.get(), &PresencePublisher::published);
        QSignalSpy cleared(publisher.get(), &PresencePublisher::cleared);

        // Ringing is not a call yet.
        publisher->setCallState(CallState::Offered);
        letItRun();
        QCOMPARE(writes().size(), 0);

        publisher->setCallState(CallState::Connected);
        QTRY_COMPARE(published.size(), 1);
        QCOMPARE(published.first().first().toString(), u"InACall"_s);
        QCOMPARE(inEffect.size(), 1);
        QVERIFY(inEffect.first().first().toBool());
        const QJsonArray wire = writes();
        QCOMPARE(wire.size(), 1);
        QCOMPARE(wire.first().toObject().value(u"path"_s).toString(),
                 u"/v1.0/users/%1/presence/setPresence"_s.arg(m_me));
        QCOMPARE(statusOf(wire.first()), 200);
        QCOMPARE(bodyOf(wire.first()), (QJsonObject{{u"sessionId"_s, ClientId},
                                                    {u"availability"_s, u"Busy"_s},
                                                    {u"activity"_s, u"InACall"_s},
                                                    {u"expirationDuration"_s, u"PT5M"_s}}));
        QCOMPARE(shown(), u"Busy/InACall"_s);
        QVERIFY(publisher->isInEffect());
        QCOMPARE(publisher->publishedActivity(), u"InACall"_s);

        publisher->setCallState(CallState::Held);
        publisher->setCallState(CallState::Ended);
        QTRY_COMPARE(cleared.size(), 1);
        QCOMPARE(writes().size(), 2);
        QCOMPARE(bodyOf(writes().at(1)), (QJsonObject{{u"sessionId"_s, ClientId}}));
        QCOMPARE(statusOf(writes().at(1)), 200);
        QVERIFY(simView().value(u"sessions"_s).toArray().isEmpty());
        QCOMPARE(shown(), u"Available/Available"_s);
        QTRY_COMPARE(inEffect.size(), 2);
        QVERIFY(!inEffect.last().first().toBool());
        letItRun();
        QCOMPARE(writes().size(), 2);
    }

    void longCall_refreshedEveryFourMinutes_neverLapses()
    {
        auto publisher = makePublisher();
        publisher->setCallState(CallState::Connected);
        QTRY_COMPARE(writes().size(), 1);
        QTRY_VERIFY(!publisher->isRequestRunning());
        // 20 minutes in 20-second steps: a refresh every 4 minutes, none in between, and Teams
        // shows the call all along.
        qsizetype expected = 1;
        for (int step = 1; step <= 60; ++step) {
            m_clock->advance(20'000);
            if (step % 12 == 0) {
                ++expected;
                QTRY_COMPARE(writes().size(), expected);
            } else {
                QTest::qWait(10);
            }
            QTRY_VERIFY(!publisher->isRequestRunning());
            QCOMPARE(shown(), u"Busy/InACall"_s);
        }
        const QJsonArray wire = writes();
        QCOMPARE(wire.size(), 6); // at 0, 4, 8, 12, 16, 20 min
        for (qsizetype i = 1; i < wire.size(); ++i) {
            QCOMPARE(statusOf(wire.at(i)), 200);
            QCOMPARE(timeOf(wire.at(i - 1)).msecsTo(timeOf(wire.at(i))), 240'000);
        }
        publisher->setCallState(CallState::Closed);
        QTRY_COMPARE(writes().size(), 7);
        QCOMPARE(shown(), u"Available/Available"_s);
    }

    void conference_switchesToInAConferenceCall()
    {
        auto publisher = makePublisher();
        publisher->setCallState(CallState::Connected);
        QTRY_COMPARE(shown(), u"Busy/InACall"_s);
        publisher->setCallState(CallState::Conferenced);
        QTRY_COMPARE(shown(), u"Busy/InAConferenceCall"_s);
        QTRY_VERIFY(!publisher->isRequestRunning());
        QCOMPARE(writes().size(), 2);
    }

    void noUserId_nothingSentUntilItIsKnown()
    {
        auto publisher = makePublisher();
        publisher->setUserId({});
        publisher->setCallState(CallState::Connected);
        letItRun();
        QCOMPARE(writes().size(), 0);
        publisher->setUserId(m_me);
        QTRY_COMPARE(shown(), u"Busy/InACall"_s);
    }

    void throttled_retryAfter_setAgainExactlyThen()
    {
        QVERIFY(m_sim->injectFault({{u"kind"_s, u"throttle"_s},
                                    {u"path"_s, kSet},
                                    {u"retryAfter"_s, 5},
                                    {u"count"_s, 1}}) > 0);
        auto publisher = makePublisher();
        publisher->setCallState(CallState::Connected);
        QTRY_COMPARE(writes().size(), 1);
        QTRY_VERIFY(!publisher->isRequestRunning());
        QCOMPARE(statusOf(writes().first()), 429);
        QCOMPARE(publisher->holdingUntil(), m_clock->now().addSecs(5));
        // Graph answered: nothing was set.
        QVERIFY(!publisher->isInEffect());
        m_clock->advance(4'999);
        letItRun();
        QCOMPARE(writes().size(), 1);
        m_clock->advance(1);
        QTRY_COMPARE(writes().size(), 2);
        QTRY_COMPARE(shown(), u"Busy/InACall"_s);
        QCOMPARE(statusOf(writes().at(1)), 200);
    }

    void throttled_byGraphsOwnLimit_clearWaitsItsRetryAfter()
    {
        auto publisher = makePublisher();
        publisher->setCallState(CallState::Connected);
        QTRY_COMPARE(shown(), u"Busy/InACall"_s);
        // The rest of the tenant uses up the presence window meanwhile (1500 per 30 s).
        QVERIFY(m_sim->injectFault({{u"kind"_s, u"throttle"_s},
                                    {u"path"_s, kClear},
                                    {u"retryAfter"_s, 12},
                                    {u"count"_s, 1}}) > 0);
        publisher->setCallState(CallState::WrapUp);
        QTRY_COMPARE(writes().size(), 2);
        QTRY_VERIFY(!publisher->isRequestRunning());
        QCOMPARE(statusOf(writes().at(1)), 429);
        QCOMPARE(shown(), u"Busy/InACall"_s);
        m_clock->advance(12'000);
        QTRY_COMPARE(shown(), u"Available/Available"_s);
        QCOMPARE(writes().size(), 3);
    }

    void serverFailures_backOffThenSucceed()
    {
        QVERIFY(m_sim->injectFault({{u"kind"_s, u"status"_s},
                                    {u"status"_s, 500},
                                    {u"path"_s, kSet},
                                    {u"count"_s, 2}}) > 0);
        auto publisher = makePublisher();
        publisher->setCallState(CallState::Connected);
        QTRY_COMPARE(writes().size(), 1);
        QTRY_VERIFY(!publisher->isRequestRunning());
        QCOMPARE(publisher->holdingUntil(), m_clock->now().addMSecs(1'000));
        m_clock->advance(1'000);
        QTRY_COMPARE(writes().size(), 2);
        QTRY_VERIFY(!publisher->isRequestRunning());
        QCOMPARE(publisher->holdingUntil(), m_clock->now().addMSecs(2'000));
        m_clock->advance(2'000);
        QTRY_COMPARE(shown(), u"Busy/InACall"_s);
        QCOMPARE(writes().size(), 3);
    }

    void tokenExpired_inTheMiddle_renewedOnceAndTheRefreshGoesThrough()
    {
        Test::LogCapture log;
        auto publisher = makePublisher();
        QSignalSpy published(publisher.get(), &PresencePublisher::published);
        publisher->setCallState(CallState::Connected);
        QTRY_COMPARE(published.size(), 1);
        const QString fresh = QString::fromLatin1(m_sim->token(u"graph"_s, Kenji));
        m_token->setNextToken(fresh);
        QVERIFY(m_sim->injectFault(
                        {{u"kind"_s, u"expiredToken"_s}, {u"path"_s, kSet}, {u"count"_s, 1}}) > 0);
        m_clock->advance(240'000);
        QTRY_COMPARE(published.size(), 2);
        QCOMPARE(m_token->refreshCount(), 1);
        const QJsonArray wire = writes();
        QCOMPARE(wire.size(), 3);
        QCOMPARE(statusOf(wire.at(1)), 401);
        QCOMPARE(statusOf(wire.at(2)), 200);
        for (const QString &line : log.lines()) {
            QVERIFY2(!line.contains(fresh), qPrintable(line));
            QVERIFY2(!line.contains(Kenji), qPrintable(line));
        }
    }

    void refused_wrongClientId_notRepeatedUntilTheCallChanges()
    {
        Test::LogCapture log;
        auto publisher = makePublisher(u"not-our-client"_s);
        publisher->setCallState(CallState::Connected);
        QTRY_COMPARE(writes().size(), 1);
        QTRY_VERIFY(!publisher->isRequestRunning());
        QCOMPARE(statusOf(writes().first()), 400);
        QVERIFY(!publisher->isInEffect());
        m_clock->advance(60'000);
        letItRun();
        QCOMPARE(writes().size(), 1);
        QVERIFY(log.contains(u"Graph refused to set it (400 BadRequest)"_s));
        // A new call state is a new request.
        publisher->setCallState(CallState::Conferenced);
        QTRY_COMPARE(writes().size(), 2);
    }

    void clear_noSessionAnymore404_isDone()
    {
        auto publisher = makePublisher();
        QSignalSpy cleared(publisher.get(), &PresencePublisher::cleared);
        publisher->setCallState(CallState::Connected);
        QTRY_COMPARE(shown(), u"Busy/InACall"_s);
        QTRY_VERIFY(!publisher->isRequestRunning());
        // The session is gone on Graph's side (e.g. cleared by an admin tool).
        QVERIFY(m_sim->injectFault({{u"kind"_s, u"status"_s},
                                    {u"status"_s, 404},
                                    {u"path"_s, kClear},
                                    {u"count"_s, 1}}) > 0);
        publisher->setCallState(CallState::Closed);
        QTRY_COMPARE(cleared.size(), 1);
        QVERIFY(!publisher->isInEffect());
        letItRun();
        QCOMPARE(writes().size(), 2);
        QCOMPARE(statusOf(writes().at(1)), 404);
    }

    void disabled_midCall_clears()
    {
        auto publisher = makePublisher();
        publisher->setCallState(CallState::Connected);
        QTRY_COMPARE(shown(), u"Busy/InACall"_s);
        publisher->setEnabled(false);
        QTRY_COMPARE(shown(), u"Available/Available"_s);
        QTRY_VERIFY(!publisher->isRequestRunning());
        m_clock->advance(300'000);
        letItRun();
        QCOMPARE(writes().size(), 2);
    }

    void sessionExpires_whileUnrefreshable_inEffectTurnsFalse()
    {
        auto publisher = makePublisher();
        QSignalSpy inEffect(publisher.get(), &PresencePublisher::inEffectChanged);
        QSignalSpy published(publisher.get(), &PresencePublisher::published);
        publisher->setCallState(CallState::Connected);
        QTRY_COMPARE(published.size(), 1);
        QCOMPARE(inEffect.size(), 1);
        // Graph answers every refresh with 503 from now on.
        QVERIFY(m_sim->injectFault(
                        {{u"kind"_s, u"status"_s}, {u"status"_s, 503}, {u"path"_s, kSet}}) > 0);
        const QDateTime start = m_clock->now();
        for (int step = 0; step < 40 && publisher->isInEffect(); ++step) {
            m_clock->advance(10'000);
            QTest::qWait(10);
            QTRY_VERIFY(!publisher->isRequestRunning());
        }
        // Not before the session's 5 minutes are over (each retry on its way counts as "may be
        // in effect" again, and says so, until Graph answers it).
        QVERIFY(!publisher->isInEffect());
        QVERIFY(start.secsTo(m_clock->now()) >= 300);
        QVERIFY(start.secsTo(m_clock->now()) <= 310);
        QTRY_VERIFY(!inEffect.last().first().toBool());
        QCOMPARE(publisher->publishedActivity(), QString());
        // Never more requests than the budget allows, however long it keeps failing.
        QVERIFY(publisher->requestsInWindow() <= testOptions().budgetRequests);
    }

    void noAnswer_setMayHaveApplied_clearedAfterTheCallAnyway()
    {
        QVERIFY(m_sim->injectFault({{u"kind"_s, u"drop"_s}, {u"path"_s, kSet}, {u"count"_s, 1}}) >
                0);
        auto publisher = makePublisher();
        publisher->setCallState(CallState::Connected);
        QTRY_COMPARE(writes().size(), 1);
        QTRY_VERIFY(!publisher->isRequestRunning());
        QVERIFY(publisher->isInEffect());
        // The call ends before the retry: the set that may have reached Graph is cleared.
        publisher->setCallState(CallState::Ended);
        m_clock->advance(1'000);
        QTRY_COMPARE(writes().size(), 2);
        QTRY_VERIFY(!publisher->isRequestRunning());
        QCOMPARE(writes().at(1).toObject().value(u"path"_s).toString(),
                 u"/v1.0/users/%1/presence/clearPresence"_s.arg(m_me));
        QCOMPARE(statusOf(writes().at(1)), 404); // it had not, in fact
        QVERIFY(!publisher->isInEffect());
    }
};

QTEST_GUILESS_MAIN(TestPresencePublisher)
#include "tst_presencepublisher.moc"
