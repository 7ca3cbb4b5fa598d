// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// HttpClient's retries over real loopback: Retry-After is waited out for real, 503 without it
// backs off exponentially, attempts are bounded, and only idempotent requests are sent again
// after a broken connection. The simulator's request log is the witness (times, ids, count).
#include "nettesthelpers.h"

#include <net/httpclient.h>
#include <sim/simdirectory.h>

#include <QElapsedTimer>
#include <QNetworkAccessManager>

#include <support/faketokenprovider.h>
#include <support/simfixture.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace AgentDesk;
using Net::ApiError;
using Net::ApiRequest;

class TestHttpRetry final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_sim = std::make_unique<Test::SimFixture>();
        // Fast, deterministic backoff: the full window every time.
        Net::RetryPolicy policy{.baseDelay = 100ms, .maxDelay = 1000ms};
        policy.jitter = [] { return 1.0; };
        m_client = std::make_unique<Net::HttpClient>(&m_network, nullptr, policy);
    }
    void cleanup()
    {
        m_client.reset();
        m_sim.reset();
    }

    void throttled_withRetryAfter_waitsItOutThenSucceeds()
    {
        QVERIFY(m_sim->injectFault({{u"kind"_s, u"throttle"_s},
                                    {u"path"_s, u"^/_sim/echo$"_s},
                                    {u"retryAfter"_s, 2},
                                    {u"count"_s, 1}}) > 0);
        // A POST (like getPresencesByUserId): 429 means "not processed", so it may go again.
        const auto result = Test::await(*m_client, ApiRequest::post(echoUrl()).withJson(
                                                           QJsonObject{{u"ids"_s, QJsonArray{}}}));
        QVERIFY(result);
        QVERIFY(result->ok());
        QCOMPARE(result->attempts(), 2);

        const QJsonArray wire = m_sim->requestsTo(u"^/_sim/echo$"_s);
        QCOMPARE(wire.size(), 2);
        QCOMPARE(wire.at(0).toObject().value(u"status"_s).toInt(), 429);
        QCOMPARE(wire.at(1).toObject().value(u"status"_s).toInt(), 200);
        const qint64 gap = Test::loggedAt(wire.at(0)).msecsTo(Test::loggedAt(wire.at(1)));
        QVERIFY2(gap >= 2000, qPrintable(u"retried after %1 ms"_s.arg(gap)));
        QVERIFY2(gap < 4000, qPrintable(u"retried after %1 ms"_s.arg(gap)));
        for (const QJsonValue &entry : wire) {
            QCOMPARE(entry.toObject().value(u"clientRequestId"_s).toString(),
                     result->correlationId());
        }
    }

    void graphPresenceLimit_exceeded_clientWaitsRetryAfterThenSucceeds()
    {
        // Graph's own limiter, not an injected fault: a tenant allowed 3 presence reads per 2 s.
        Sim::Scenario scenario = Sim::Scenario::defaults();
        scenario.merge({{u"graph"_s,
                         QJsonObject{{u"presenceRateLimit"_s,
                                      QJsonObject{{u"requests"_s, 3}, {u"windowSeconds"_s, 2}}}}}});
        m_sim = std::make_unique<Test::SimFixture>(std::move(scenario));
        Test::FakeTokenProvider token(
                QString::fromLatin1(m_sim->token(u"graph"_s, u"ana.souza@contoso.example"_s)));
        const auto presenceRequest = [this, &token] {
            return ApiRequest::post(m_sim->url(u"/v1.0/communications/getPresencesByUserId"_s))
                    .withJson(QJsonObject{
                            {u"ids"_s,
                             QJsonArray{m_sim->simulator().directory().users().front().id}}})
                    .withAuth(&token);
        };
        for (int i = 0; i < 3; ++i) {
            const auto result = Test::await(*m_client, presenceRequest());
            QVERIFY(result && result->ok());
        }
        const auto result = Test::await(*m_client, presenceRequest());
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().message()));
        QCOMPARE(result->attempts(), 2);

        const QJsonArray wire = m_sim->requestsTo(u"getPresencesByUserId$"_s);
        QCOMPARE(wire.size(), 5);
        QCOMPARE(wire.at(3).toObject().value(u"status"_s).toInt(), 429);
        QCOMPARE(wire.at(4).toObject().value(u"status"_s).toInt(), 200);
        // The limiter's Retry-After is the time until the window admits one more: the retry
        // must come no earlier than the first request of the window leaves it.
        const qint64 sinceFirst = Test::loggedAt(wire.at(0)).msecsTo(Test::loggedAt(wire.at(4)));
        QVERIFY2(sinceFirst >= 2000,
                 qPrintable(u"retried %1 ms after the first"_s.arg(sinceFirst)));
    }

    void unavailable_withoutRetryAfter_backsOffExponentiallyThenSucceeds()
    {
        m_sim->injectFault({{u"kind"_s, u"status"_s},
                            {u"path"_s, u"^/_sim/echo$"_s},
                            {u"status"_s, 503},
                            {u"count"_s, 2}});
        const auto result = Test::await(*m_client, ApiRequest::get(echoUrl()));
        QVERIFY(result);
        QVERIFY(result->ok());
        QCOMPARE(result->attempts(), 3);
        const QJsonArray wire = m_sim->requestsTo(u"^/_sim/echo$"_s);
        QCOMPARE(wire.size(), 3);
        const qint64 first = Test::loggedAt(wire.at(0)).msecsTo(Test::loggedAt(wire.at(1)));
        const qint64 second = Test::loggedAt(wire.at(1)).msecsTo(Test::loggedAt(wire.at(2)));
        QVERIFY2(first >= 100 && second >= 200,
                 qPrintable(u"waited %1 ms, then %2 ms"_s.arg(first).arg(second)));
        QCOMPARE(wire.at(2).toObject().value(u"clientRequestId"_s).toString(),
                 wire.at(0).toObject().value(u"clientRequestId"_s).toString());
    }

    void alwaysUnavailable_reportsAfterMaxAttempts_data()
    {
        QTest::addColumn<int>("requestMax"); // 0 = the policy's default (4)
        QTest::addColumn<int>("expected");
        QTest::newRow("policy default") << 0 << 4;
        QTest::newRow("request override") << 2 << 2;
        QTest::newRow("no retry") << 1 << 1;
    }
    void alwaysUnavailable_reportsAfterMaxAttempts()
    {
        QFETCH(int, requestMax);
        QFETCH(int, expected);
        Net::RetryPolicy fast{.baseDelay = 5ms, .maxDelay = 20ms};
        Net::HttpClient client(&m_network, nullptr, fast);
        m_sim->injectFault(
                {{u"kind"_s, u"status"_s}, {u"path"_s, u"^/_sim/echo$"_s}, {u"status"_s, 503}});
        ApiRequest request = ApiRequest::get(echoUrl());
        if (requestMax > 0) {
            request.withMaxAttempts(requestMax);
        }
        const auto result = Test::await(client, request);
        QVERIFY(result);
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind(), ApiError::Kind::Http);
        QCOMPARE(result->error().httpStatus(), 503);
        QCOMPARE(result->error().message(),
                 u"The service is busy. Please try again in a moment."_s);
        QCOMPARE(result->attempts(), expected);
        QTest::qWait(100); // nothing more may come after the report
        QCOMPARE(m_sim->requestsTo(u"^/_sim/echo$"_s).size(), expected);
    }

    void retryAfter_longerThanPolicyAllows_isReportedWithTheWait()
    {
        m_sim->injectFault({{u"kind"_s, u"throttle"_s},
                            {u"path"_s, u"^/_sim/echo$"_s},
                            {u"retryAfter"_s, 600}});
        QElapsedTimer timer;
        timer.start();
        const auto result = Test::await(*m_client, ApiRequest::get(echoUrl()));
        QVERIFY(result);
        QVERIFY(!result->ok());
        QCOMPARE(result->error().httpStatus(), 429);
        QVERIFY(result->error().retryAfter().has_value());
        QCOMPARE(*result->error().retryAfter(), 600'000ms);
        QCOMPARE(result->attempts(), 1);
        QVERIFY(timer.elapsed() < 2000);
    }

    void droppedConnection_retriesIdempotentOnly_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("idempotent");
        QTest::newRow("GET") << QByteArray("GET") << QByteArray() << true;
        QTest::newRow("PUT") << QByteArray("PUT") << QByteArray(R"({"a":1})") << true;
        QTest::newRow("DELETE") << QByteArray("DELETE") << QByteArray() << true;
        QTest::newRow("POST") << QByteArray("POST") << QByteArray(R"({"a":1})") << false;
        QTest::newRow("POST, empty") << QByteArray("POST") << QByteArray() << false;
        QTest::newRow("PATCH") << QByteArray("PATCH") << QByteArray(R"({"a":1})") << false;
    }
    void droppedConnection_retriesIdempotentOnly()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, body);
        QFETCH(bool, idempotent);
        // Every connection to the echo closes before an answer.
        m_sim->injectFault({{u"kind"_s, u"drop"_s},
                            {u"path"_s, u"^/_sim/echo$"_s},
                            {u"method"_s, QString::fromLatin1(method)}});
        ApiRequest request(method, echoUrl());
        if (!body.isEmpty()) {
            request.withJson(QJsonDocument::fromJson(body).object());
        }
        const auto result = Test::await(*m_client, request.withMaxAttempts(2));
        QVERIFY(result);
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind(), ApiError::Kind::Network);
        const qsizetype wire = m_sim->requestsTo(u"^/_sim/echo$"_s).size();
        if (idempotent) {
            QCOMPARE(result->attempts(), 2);
            // Qt may add its own silent re-send of an idempotent request on top of ours.
            QVERIFY2(wire >= 2, qPrintable(QString::number(wire)));
        } else {
            // Not by us, and not by Qt's internal re-send either (see OneShotBody): once.
            QCOMPARE(result->attempts(), 1);
            QCOMPARE(wire, 1);
        }
    }

private:
    QUrl echoUrl() const { return m_sim->url(u"/_sim/echo"_s); }

    QNetworkAccessManager m_network;
    std::unique_ptr<Test::SimFixture> m_sim;
    std::unique_ptr<Net::HttpClient> m_client;
};

QTEST_GUILESS_MAIN(TestHttpRetry)
#include "tst_httpretry.moc"
