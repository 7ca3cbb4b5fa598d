// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// HttpClient over real loopback against the in-process simulator: what a reply becomes (value,
// or which kind of error with which translated sentence), request encoding, timeouts,
// cancellation. Retries and tokens have their own tests (tst_httpretry, tst_httpauth).
#include "nettesthelpers.h"

#include <net/httpclient.h>

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTcpServer>

#include <support/simfixture.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace AgentDesk;
using Net::ApiError;
using Net::ApiRequest;

class TestHttpClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_sim = std::make_unique<Test::SimFixture>();
        m_client = std::make_unique<Net::HttpClient>(
                &m_network, nullptr, Net::RetryPolicy{.baseDelay = 10ms, .maxDelay = 50ms});
    }
    void cleanup()
    {
        m_client.reset();
        m_sim.reset();
    }

    void send_jsonObject_returnsValueStatusAndCorrelationId()
    {
        const auto result = Test::await(
                *m_client, ApiRequest::post(echoUrl())
                                   .withQuery(u"$top"_s, u"5"_s)
                                   .withJson(QJsonObject{{u"ids"_s, QJsonArray{1, 2}}}));
        QVERIFY(result);
        QVERIFY(result->ok());
        QCOMPARE(result->status(), 200);
        QCOMPARE(result->attempts(), 1);
        const QJsonObject echoed = result->object();
        QCOMPARE(echoed.value(u"method"_s).toString(), u"POST"_s);
        QCOMPARE(echoed.value(u"query"_s).toObject().value(u"$top"_s).toString(), u"5"_s);
        QCOMPARE(echoed.value(u"body"_s).toObject().value(u"ids"_s).toArray(), (QJsonArray{1, 2}));
        QCOMPARE(echoed.value(u"authorization"_s).toString(), u"absent"_s);
        QVERIFY(result->header("Content-Type").startsWith("application/json"));
        // The same id went out as client-request-id.
        const QJsonArray wire = m_sim->requestsTo(u"^/_sim/echo$"_s);
        QCOMPARE(wire.size(), 1);
        QVERIFY(!result->correlationId().isEmpty());
        QCOMPARE(wire.at(0).toObject().value(u"clientRequestId"_s).toString(),
                 result->correlationId());
    }

    void send_postWithoutBody_succeeds()
    {
        const auto result = Test::await(*m_client, ApiRequest::post(echoUrl()));
        QVERIFY(result);
        QVERIFY(result->ok());
        QCOMPARE(result->object().value(u"method"_s).toString(), u"POST"_s);
        QVERIFY(result->object().value(u"body"_s).isNull());
    }

    void send_awkwardQueryAndFormValues_arriveUnchanged()
    {
        const QString filter = u"userType eq 'Member' and a+b & c=d #1 ü 日本"_s;
        const QString secretish = u"x+y/z=&%"_s;
        const auto result = Test::await(
                *m_client, ApiRequest::post(echoUrl())
                                   .withQuery(u"$filter"_s, filter)
                                   .withForm({{u"grant_type"_s, u"authorization_code"_s},
                                              {u"redirect_uri"_s, u"https://h/cb?x=1&y=2"_s},
                                              {u"code_verifier"_s, secretish}}));
        QVERIFY(result);
        QVERIFY(result->ok());
        const QJsonObject echoed = result->object();
        QCOMPARE(echoed.value(u"query"_s).toObject().value(u"$filter"_s).toString(), filter);
        const QJsonObject form = echoed.value(u"form"_s).toObject();
        QCOMPARE(form.value(u"grant_type"_s).toString(), u"authorization_code"_s);
        QCOMPARE(form.value(u"redirect_uri"_s).toString(), u"https://h/cb?x=1&y=2"_s);
        QCOMPARE(form.value(u"code_verifier"_s).toString(), secretish);
    }

    void send_expectRaw_returnsTheBytesUnparsed()
    {
        // The malformed fault's body is not JSON: as raw bytes it is a success.
        m_sim->injectFault({{u"kind"_s, u"malformed"_s}, {u"path"_s, u"^/_sim/echo$"_s}});
        const auto result = Test::await(
                *m_client, ApiRequest::get(echoUrl()).expecting(ApiRequest::Expect::Raw));
        QVERIFY(result);
        QVERIFY(result->ok());
        QVERIFY(result->bytes().startsWith(R"({"value":[{"id":"1")"));
        QVERIFY(result->json().isNull());
    }

    void send_expectAnyJsonAndEmpty204_succeeds()
    {
        const auto result =
                Test::await(*m_client, ApiRequest::deleteResource(m_sim->url(u"/_sim/requests"_s))
                                               .expecting(ApiRequest::Expect::AnyJson));
        QVERIFY(result);
        QVERIFY(result->ok());
        QCOMPARE(result->status(), 204);
        QVERIFY(result->json().isNull());
    }

    void send_malformedJson_reportsMalformedJson()
    {
        m_sim->injectFault({{u"kind"_s, u"malformed"_s}, {u"path"_s, u"^/_sim/echo$"_s}});
        const auto result = Test::await(*m_client, ApiRequest::get(echoUrl()));
        QVERIFY(result);
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind(), ApiError::Kind::MalformedJson);
        QCOMPARE(result->status(), 200);
        QVERIFY(!result->error().detail().isEmpty());
        QCOMPARE(result->error().message(), u"The service sent a reply that could not be read."_s);
        QCOMPARE(result->attempts(), 1);
    }

    void send_shapeMismatch_reportsUnexpectedShape_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("expect");
        QTest::addColumn<QString>("detail");
        QTest::newRow("array for object") << u"/_sim/requests"_s << int(ApiRequest::Expect::Object)
                                          << u"expected an object, got an array"_s;
        QTest::newRow("object for array") << u"/_sim/echo"_s << int(ApiRequest::Expect::Array)
                                          << u"expected an array, got an object"_s;
    }
    void send_shapeMismatch_reportsUnexpectedShape()
    {
        QFETCH(QString, path);
        QFETCH(int, expect);
        QFETCH(QString, detail);
        const auto result = Test::await(
                *m_client, ApiRequest::get(m_sim->url(path)).expecting(ApiRequest::Expect(expect)));
        QVERIFY(result);
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind(), ApiError::Kind::UnexpectedShape);
        QCOMPARE(result->error().detail(), detail);
        QVERIFY(!result->error().message().isEmpty());
    }

    void send_serviceErrorBody_isParsed_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("trackingId");
        QTest::newRow("graph")
                << 404
                << uR"({"error":{"code":"Request_ResourceNotFound","message":"Resource 'x' does not exist.","innerError":{"request-id":"r-1","date":"2026-01-01T00:00:00"}}})"_s
                << u"Request_ResourceNotFound"_s << u"Resource 'x' does not exist."_s << u"r-1"_s;
        QTest::newRow("microsoft identity")
                << 400
                << uR"({"error":"invalid_grant","error_description":"AADSTS70008: The refresh token has expired.\r\nTrace ID: t-1\r\nTimestamp: 2026-01-01","error_codes":[70008],"trace_id":"t-1","correlation_id":"c-1"})"_s
                << u"invalid_grant"_s << u"AADSTS70008: The refresh token has expired."_s
                << u"c-1"_s;
        QTest::newRow("webex identity")
                << 400
                << uR"({"message":"The refresh token provided is expired, revoked, malformed, or invalid.","errors":[{"description":"The refresh token provided is expired, revoked, malformed, or invalid."}],"trackingId":"ROUTER_1"})"_s
                << QString()
                << u"The refresh token provided is expired, revoked, malformed, or invalid."_s
                << u"ROUTER_1"_s;
        QTest::newRow("webex identity, errors only")
                << 403 << uR"({"errors":[{"description":"Not allowed."}],"trackingId":"T2"})"_s
                << QString() << u"Not allowed."_s << u"T2"_s;
        QTest::newRow("contact center")
                << 400
                << uR"({"trackingId":"cc-9","error":{"key":"400","reason":"Bad Request","message":[{"description":"dialNumber is invalid"}]}})"_s
                << u"400"_s << u"dialNumber is invalid"_s << u"cc-9"_s;
        QTest::newRow("contact center, numeric key")
                << 409 << uR"({"trackingId":"cc-10","error":{"key":409,"reason":"Conflict"}})"_s
                << u"409"_s << u"Conflict"_s << u"cc-10"_s;
        QTest::newRow("not json") << 502 << u"<html>Bad gateway</html>"_s << QString() << QString()
                                  << QString();
    }
    void send_serviceErrorBody_isParsed()
    {
        QFETCH(int, status);
        QFETCH(QString, body);
        QFETCH(QString, code);
        QFETCH(QString, message);
        QFETCH(QString, trackingId);
        QVERIFY(m_sim->injectFault({{u"kind"_s, u"status"_s},
                                    {u"path"_s, u"^/_sim/echo$"_s},
                                    {u"status"_s, status},
                                    {u"body"_s, body},
                                    {u"count"_s, 1}}) > 0);
        const auto result = Test::await(*m_client, ApiRequest::post(echoUrl()));
        QVERIFY(result);
        QVERIFY(!result->ok());
        const ApiError &error = result->error();
        QCOMPARE(error.kind(), ApiError::Kind::Http);
        QCOMPARE(error.httpStatus(), status);
        QCOMPARE(result->status(), status);
        QCOMPARE(error.service().code, code);
        QCOMPARE(error.service().message, message);
        QCOMPARE(error.service().trackingId, trackingId);
        QCOMPARE(error.correlationId(), result->correlationId());
        const QString said = message.isEmpty() ? code : message;
        QCOMPARE(error.message(),
                 said.isEmpty()
                         ? u"The service answered with an error (%1)."_s.arg(status)
                         : u"The service answered with an error (%1): %2"_s.arg(status).arg(said));
    }

    void send_closedPort_reportsNetworkError()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        QUrl url = m_sim->url(u"/v1.0/me"_s);
        url.setPort(probe.serverPort());
        probe.close();

        // POST: not retried after a network failure.
        const auto post = Test::await(*m_client, ApiRequest::post(url));
        QVERIFY(post);
        QVERIFY(!post->ok());
        QCOMPARE(post->error().kind(), ApiError::Kind::Network);
        QCOMPARE(post->error().networkError(), QNetworkReply::ConnectionRefusedError);
        QCOMPARE(post->error().httpStatus(), 0);
        QCOMPARE(post->attempts(), 1);
        QCOMPARE(post->error().message(),
                 u"The server could not be reached. Check your network connection."_s);

        // GET: idempotent, so retried up to the bound before the error is reported.
        const auto get = Test::await(*m_client, ApiRequest::get(url).withMaxAttempts(3));
        QVERIFY(get);
        QCOMPARE(get->error().kind(), ApiError::Kind::Network);
        QCOMPARE(get->attempts(), 3);
    }

    void send_slowerThanTimeout_reportsTimeoutWithoutRetry()
    {
        m_sim->injectFault({{u"kind"_s, u"latency"_s},
                            {u"path"_s, u"^/_sim/echo$"_s},
                            {u"latencyMs"_s, 3000}});
        QElapsedTimer timer;
        timer.start();
        const auto result = Test::await(*m_client, ApiRequest::get(echoUrl()).withTimeout(300ms));
        QVERIFY(result);
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind(), ApiError::Kind::Timeout);
        QCOMPARE(result->error().message(), u"The server took too long to answer."_s);
        QCOMPARE(result->attempts(), 1);
        QVERIFY2(timer.elapsed() >= 290 && timer.elapsed() < 2500,
                 qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(m_sim->requestsTo(u"^/_sim/echo$"_s).size(), 1);
    }

    void send_contextDestroyed_callbackNeverRuns()
    {
        m_sim->injectFault({{u"kind"_s, u"latency"_s},
                            {u"path"_s, u"^/_sim/echo$"_s},
                            {u"latencyMs"_s, 300},
                            {u"count"_s, 1}});
        int calls = 0;
        auto context = std::make_unique<QObject>();
        const Net::RequestHandle handle =
                m_client->send(ApiRequest::get(echoUrl()), context.get(),
                               [&calls](const Net::ApiResult &) { ++calls; });
        QVERIFY(handle.isRunning());
        QTRY_COMPARE(m_sim->requestsTo(u"^/_sim/echo$"_s).size(), 1);
        context.reset();
        QTRY_VERIFY(!handle.isRunning());
        // The simulator answers once its latency is over; by then nobody is listening.
        QTRY_COMPARE(echoStatus(0), 200);
        QTest::qWait(100);
        QCOMPARE(calls, 0);
    }

    void send_contextDestroyedDuringRetryWait_noFurtherAttempt()
    {
        m_sim->injectFault({{u"kind"_s, u"throttle"_s},
                            {u"path"_s, u"^/_sim/echo$"_s},
                            {u"retryAfter"_s, 1},
                            {u"count"_s, 1}});
        int calls = 0;
        auto context = std::make_unique<QObject>();
        const Net::RequestHandle handle =
                m_client->send(ApiRequest::get(echoUrl()), context.get(),
                               [&calls](const Net::ApiResult &) { ++calls; });
        QTRY_COMPARE(echoStatus(0), 429);
        context.reset();
        QTRY_VERIFY(!handle.isRunning());
        QTest::qWait(1300); // past the Retry-After: no second attempt may come
        QCOMPARE(m_sim->requestsTo(u"^/_sim/echo$"_s).size(), 1);
        QCOMPARE(calls, 0);
    }

    void cancel_runningRequest_reportsCancelledOnce()
    {
        m_sim->injectFault({{u"kind"_s, u"latency"_s},
                            {u"path"_s, u"^/_sim/echo$"_s},
                            {u"latencyMs"_s, 2000},
                            {u"count"_s, 1}});
        QList<Net::ApiResult> results;
        QObject context;
        Net::RequestHandle handle =
                m_client->send(ApiRequest::get(echoUrl()), &context,
                               [&results](const Net::ApiResult &r) { results.append(r); });
        QTRY_COMPARE(m_sim->requestsTo(u"^/_sim/echo$"_s).size(), 1);
        handle.cancel();
        QVERIFY(results.isEmpty()); // never from inside cancel()
        QTRY_COMPARE(results.size(), 1);
        QCOMPARE(results.at(0).error().kind(), ApiError::Kind::Cancelled);
        QCOMPARE(results.at(0).correlationId(), handle.correlationId());
        QVERIFY(!handle.isRunning());
        handle.cancel(); // harmless once finished
        QTest::qWait(50);
        QCOMPARE(results.size(), 1);
    }

    void send_callback_neverRunsInsideSend()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        QUrl url = m_sim->url(u"/"_s);
        url.setPort(probe.serverPort());
        probe.close();
        bool called = false;
        QObject context;
        m_client->send(ApiRequest::post(url), &context,
                       [&called](const Net::ApiResult &) { called = true; });
        QVERIFY(!called);
        QTRY_VERIFY(called);
    }

private:
    QUrl echoUrl() const { return m_sim->url(u"/_sim/echo"_s); }
    // The status the simulator answered the n-th echo request with; -1 before it arrived.
    int echoStatus(int index)
    {
        const QJsonArray wire = m_sim->requestsTo(u"^/_sim/echo$"_s);
        return index < wire.size() ? wire.at(index).toObject().value(u"status"_s).toInt() : -1;
    }

    QNetworkAccessManager m_network;
    std::unique_ptr<Test::SimFixture> m_sim;
    std::unique_ptr<Net::HttpClient> m_client;
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
