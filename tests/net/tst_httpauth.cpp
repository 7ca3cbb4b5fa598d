// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Bearer tokens and 401 handling over real loopback: one refresh, one retry, never a loop, and
// one refresh for requests that fail together. The simulator's /_sim/echo checks the token.
#include "nettesthelpers.h"

#include <net/httpclient.h>

#include <QNetworkAccessManager>

#include <support/faketokenprovider.h>
#include <support/simfixture.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace AgentDesk;
using Net::ApiError;
using Net::ApiRequest;

class TestHttpAuth final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_sim = std::make_unique<Test::SimFixture>();
        m_client = std::make_unique<Net::HttpClient>(
                &m_network, nullptr, Net::RetryPolicy{.baseDelay = 10ms, .maxDelay = 50ms});
        m_validToken = QString::fromLatin1(m_sim->token(u"graph"_s, kUser));
        QVERIFY(!m_validToken.isEmpty());
    }
    void cleanup()
    {
        m_client.reset();
        m_sim.reset();
    }

    void validToken_isSentAsBearer()
    {
        Test::FakeTokenProvider tokens(m_validToken);
        const auto result = Test::await(*m_client, guarded(tokens));
        QVERIFY(result);
        QVERIFY(result->ok());
        QCOMPARE(result->object().value(u"authorization"_s).toString(), u"present"_s);
        QCOMPARE(tokens.refreshCount(), 0);
        const QJsonArray wire = m_sim->requestsTo(u"^/_sim/echo$"_s);
        QCOMPARE(wire.size(), 1);
        QCOMPARE(wire.at(0).toObject().value(u"auth"_s).toString(), u"Bearer"_s);
    }

    void unauthorized_refreshSucceeds_retriesOnceAndSucceeds()
    {
        Test::FakeTokenProvider tokens(u"stale-token"_s);
        tokens.setNextToken(m_validToken);
        const auto result = Test::await(*m_client, guarded(tokens));
        QVERIFY(result);
        QVERIFY(result->ok());
        QCOMPARE(tokens.refreshCount(), 1);
        QCOMPARE(result->attempts(), 2);
        const QJsonArray wire = m_sim->requestsTo(u"^/_sim/echo$"_s);
        QCOMPARE(wire.size(), 2);
        QCOMPARE(wire.at(0).toObject().value(u"status"_s).toInt(), 401);
        QCOMPARE(wire.at(1).toObject().value(u"status"_s).toInt(), 200);
        QCOMPARE(wire.at(1).toObject().value(u"clientRequestId"_s).toString(),
                 result->correlationId());
    }

    void unauthorizedTwice_reportsUnauthorizedAfterOneRefresh()
    {
        Test::FakeTokenProvider tokens(u"stale-token"_s);
        tokens.setNextToken(u"also-not-valid"_s);
        const auto result = Test::await(*m_client, guarded(tokens));
        QVERIFY(result);
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind(), ApiError::Kind::Unauthorized);
        QCOMPARE(result->error().httpStatus(), 401);
        QCOMPARE(result->error().service().code, u"InvalidAuthenticationToken"_s);
        QCOMPARE(result->error().message(),
                 u"Your sign-in has expired or was refused. Please sign in again."_s);
        QCOMPARE(tokens.refreshCount(), 1);
        QTest::qWait(100); // no loop: nothing more goes out
        QCOMPARE(m_sim->requestsTo(u"^/_sim/echo$"_s).size(), 2);
        QCOMPARE(tokens.refreshCount(), 1);
    }

    void unauthorized_refreshFails_reportsWithoutRetry()
    {
        Test::FakeTokenProvider tokens(u"stale-token"_s);
        tokens.setNextToken(QString()); // the refresh token was revoked, say
        const auto result = Test::await(*m_client, guarded(tokens));
        QVERIFY(result);
        QCOMPARE(result->error().kind(), ApiError::Kind::Unauthorized);
        QCOMPARE(tokens.refreshCount(), 1);
        QCOMPARE(m_sim->requestsTo(u"^/_sim/echo$"_s).size(), 1);
    }

    void unauthorized_withoutProvider_reportsWithoutRefresh()
    {
        const auto result = Test::await(
                *m_client, ApiRequest::get(echoUrl()).withHeader("X-Sim-Require-Token", "graph"));
        QVERIFY(result);
        QCOMPARE(result->error().kind(), ApiError::Kind::Unauthorized);
        QCOMPARE(result->attempts(), 1);
    }

    void expiredTokenFault_validTokenRejectedOnce_refreshCuresIt()
    {
        // The simulator treats the (valid) token as expired once, as after a long sleep.
        m_sim->injectFault(
                {{u"kind"_s, u"expiredToken"_s}, {u"path"_s, u"^/_sim/echo$"_s}, {u"count"_s, 1}});
        Test::FakeTokenProvider tokens(m_validToken);
        tokens.setNextToken(QString::fromLatin1(m_sim->token(u"graph"_s, kUser)));
        const auto result = Test::await(*m_client, guarded(tokens));
        QVERIFY(result);
        QVERIFY(result->ok());
        QCOMPARE(tokens.refreshCount(), 1);
        QCOMPARE(m_sim->requestsTo(u"^/_sim/echo$"_s).size(), 2);
    }

    void concurrentUnauthorized_shareOneRefresh()
    {
        Test::FakeTokenProvider tokens(u"stale-token"_s);
        tokens.setNextToken(m_validToken, 200);
        constexpr int count = 3;
        QList<Net::ApiResult> results;
        QObject context;
        for (int i = 0; i < count; ++i) {
            m_client->send(guarded(tokens), &context,
                           [&results](const Net::ApiResult &r) { results.append(r); });
        }
        QTRY_COMPARE(results.size(), count);
        for (const Net::ApiResult &result : std::as_const(results)) {
            QVERIFY(result.ok());
            QCOMPARE(result.attempts(), 2);
        }
        QCOMPARE(tokens.refreshCount(), 1);
        const QJsonArray wire = m_sim->requestsTo(u"^/_sim/echo$"_s);
        QCOMPARE(wire.size(), 2 * count);
        int unauthorized = 0;
        for (const QJsonValue &entry : wire) {
            unauthorized += entry.toObject().value(u"status"_s).toInt() == 401 ? 1 : 0;
        }
        QCOMPARE(unauthorized, count);
    }

    void unauthorizedAfterAnotherRefresh_retriesWithNewTokenWithoutRefreshing()
    {
        // The first request refreshes; the second, sent with the old token, fails after the
        // refresh is over and must simply pick up the new token.
        Test::FakeTokenProvider tokens(u"stale-token"_s);
        tokens.setNextToken(m_validToken, 10);
        m_sim->injectFault({{u"kind"_s, u"latency"_s},
                            {u"path"_s, u"^/_sim/echo$"_s},
                            {u"latencyMs"_s, 400},
                            {u"count"_s, 1}});
        std::optional<Net::ApiResult> slow;
        QObject context;
        m_client->send(guarded(tokens), &context, [&slow](const Net::ApiResult &r) { slow = r; });
        QTRY_COMPARE(m_sim->requestsTo(u"^/_sim/echo$"_s).size(), 1); // the slow one is out
        const auto fast = Test::await(*m_client, guarded(tokens));
        QVERIFY(fast);
        QVERIFY(fast->ok());
        QCOMPARE(tokens.refreshCount(), 1);
        QTRY_VERIFY(slow.has_value());
        QVERIFY(slow->ok());
        QCOMPARE(slow->attempts(), 2);
        QCOMPARE(tokens.refreshCount(), 1);
    }

private:
    inline static const QString kUser = u"ana.souza@contoso.example"_s;

    QUrl echoUrl() const { return m_sim->url(u"/_sim/echo"_s); }
    ApiRequest guarded(Net::TokenProvider &tokens) const
    {
        return ApiRequest::get(echoUrl())
                .withHeader("X-Sim-Require-Token", "graph")
                .withAuth(&tokens);
    }

    QNetworkAccessManager m_network;
    std::unique_ptr<Test::SimFixture> m_sim;
    std::unique_ptr<Net::HttpClient> m_client;
    QString m_validToken;
};

QTEST_GUILESS_MAIN(TestHttpAuth)
#include "tst_httpauth.moc"
