// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing secret reaches any log: bearer tokens, token-endpoint form fields (code, verifier,
// refresh token, password, client secret) and secret query values, on success, on errors, on
// retries and on a refresh, with every agentdesk.* category at debug level.
#include "nettesthelpers.h"

#include <net/httpclient.h>

#include <QNetworkAccessManager>
#include <QTcpServer>

#include <support/faketokenprovider.h>
#include <support/logcapture.h>
#include <support/simfixture.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace AgentDesk;
using Net::ApiRequest;

class TestNetLogging final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requests_withSecrets_logNoSecret()
    {
        Test::SimFixture sim;
        const QString realToken =
                QString::fromLatin1(sim.token(u"graph"_s, u"ana@contoso.example"_s));
        QVERIFY(!realToken.isEmpty());
        QNetworkAccessManager network;
        Net::HttpClient client(&network, nullptr,
                               Net::RetryPolicy{.baseDelay = 5ms, .maxDelay = 20ms});
        const QUrl echo = sim.url(u"/_sim/echo"_s);

        Test::LogCapture capture;
        QStringList ids;

        // 1. A stale token, a 401, one refresh to the real token, a retry.
        Test::FakeTokenProvider tokens(u"SECRET-STALE-ACCESS-TOKEN"_s);
        tokens.setNextToken(realToken);
        auto result = Test::await(
                client,
                ApiRequest::get(echo).withHeader("X-Sim-Require-Token", "graph").withAuth(&tokens));
        QVERIFY(result && result->ok());
        ids << result->correlationId();

        // 2. A token request: form body full of secrets, answered with an identity error.
        sim.injectFault({{u"kind"_s, u"status"_s},
                         {u"path"_s, u"^/_sim/echo$"_s},
                         {u"status"_s, 400},
                         {u"body"_s, uR"({"error":"invalid_grant","error_description":"bad"})"_s},
                         {u"count"_s, 1}});
        result = Test::await(client, ApiRequest::post(echo).withForm(
                                             {{u"grant_type"_s, u"authorization_code"_s},
                                              {u"code"_s, u"SECRET-AUTH-CODE"_s},
                                              {u"code_verifier"_s, u"SECRET-CODE-VERIFIER"_s},
                                              {u"refresh_token"_s, u"SECRET-REFRESH-TOKEN"_s},
                                              {u"password"_s, u"SECRET-PASSWORD"_s},
                                              {u"client_secret"_s, u"SECRET-CLIENT-SECRET"_s}}));
        QVERIFY(result && !result->ok());
        ids << result->correlationId();

        // 3. A secret in the query, with a throttled first attempt (a retry line).
        sim.injectFault({{u"kind"_s, u"throttle"_s},
                         {u"path"_s, u"^/_sim/echo$"_s},
                         {u"retryAfter"_s, 0},
                         {u"count"_s, 1}});
        QUrl withCode = echo;
        withCode.setQuery(u"code=SECRET-QUERY-CODE&state=SECRET-STATE&scope=visible-scope"_s);
        result = Test::await(client, ApiRequest::get(withCode).withHeader(
                                             "Authorization", "Bearer SECRET-RAW-HEADER"));
        QVERIFY(result && result->ok());
        QCOMPARE(result->attempts(), 2);
        ids << result->correlationId();

        // 4. The same URL to a closed port: Qt's own error text would carry the URL.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        withCode.setPort(probe.serverPort());
        probe.close();
        result = Test::await(client, ApiRequest::get(withCode).withMaxAttempts(2));
        QVERIFY(result && !result->ok());
        ids << result->correlationId();

        const QStringList lines = capture.lines();
        // The log did record these requests...
        for (const QString &id : std::as_const(ids)) {
            QVERIFY2(capture.contains(id), qPrintable(id));
        }
        QVERIFY(capture.contains(u"scope=visible-scope"_s));
        QVERIFY(capture.contains(u"state=[redacted]"_s));
        QVERIFY(capture.contains(u"code=[redacted]"_s));
        QVERIFY(capture.contains(u"invalid_grant"_s));
        // ...and nothing secret.
        for (const QString &line : lines) {
            QVERIFY2(!line.contains(u"SECRET"_s), qPrintable(line));
            QVERIFY2(!line.contains(realToken), qPrintable(line));
            QVERIFY2(!line.contains(u"Bearer "_s), qPrintable(line));
            QVERIFY2(!line.contains(u"Authorization"_s, Qt::CaseInsensitive), qPrintable(line));
        }
    }
};

QTEST_GUILESS_MAIN(TestNetLogging)
#include "tst_netlogging.moc"
