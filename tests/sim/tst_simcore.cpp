// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The simulator's shared machinery over real loopback: routing, the request log and its
// redaction, injected faults, the control API.
#include <QElapsedTimer>
#include <QJsonObject>
#include <QTest>

#include <support/simfixture.h>

using namespace Qt::StringLiterals;
using namespace AgentDesk;

class TestSimCore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_sim = std::make_unique<Test::SimFixture>(); }
    void cleanup() { m_sim.reset(); }

    void health_get_answersOk()
    {
        const auto reply = m_sim->wire().get(m_sim->url(u"/_sim/health"_s));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().object().value(u"status"_s).toString(), u"ok"_s);
    }

    void unknownPath_get_answers404InGraphShape()
    {
        const auto reply = m_sim->wire().get(m_sim->url(u"/nowhere"_s));
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.json().object().value(u"error"_s).toObject().value(u"code"_s).toString(),
                 u"NotFound"_s);
    }

    void requestLog_secretFields_areRedacted()
    {
        m_sim->wire().postForm(m_sim->url(u"/anything/token"_s),
                               {{u"grant_type"_s, u"authorization_code"_s},
                                {u"code"_s, u"SECRET-CODE-1"_s},
                                {u"code_verifier"_s, u"SECRET-VERIFIER-2"_s}});
        m_sim->wire().send("GET", m_sim->url(u"/anything?code=SECRET-CODE-3&state=s1"_s), {},
                           {{"Authorization", "Bearer SECRET-TOKEN-4"}});
        const QByteArray log = QJsonDocument(m_sim->requests()).toJson();
        QVERIFY(!log.contains("SECRET-"));
        QVERIFY(log.contains("grant_type=authorization_code"));
        QVERIFY(log.contains("state=s1"));
        const QJsonArray second = m_sim->requestsTo(u"^/anything$"_s);
        QCOMPARE(second.size(), 1);
        QCOMPARE(second.at(0).toObject().value(u"auth"_s).toString(), u"Bearer"_s);
    }

    void throttleFault_once_answers429WithRetryAfterThenClears()
    {
        QVERIFY(m_sim->injectFault({{u"kind"_s, u"throttle"_s},
                                    {u"path"_s, u"^/_sim/health$"_s},
                                    {u"retryAfter"_s, 7},
                                    {u"count"_s, 1}}) > 0);
        const auto throttled = m_sim->wire().get(m_sim->url(u"/_sim/health"_s));
        QCOMPARE(throttled.status, 429);
        QCOMPARE(throttled.header("Retry-After"), QByteArray("7"));
        QCOMPARE(m_sim->wire().get(m_sim->url(u"/_sim/health"_s)).status, 200);
    }

    void latencyFault_delaysTheAnswer()
    {
        m_sim->injectFault({{u"kind"_s, u"latency"_s},
                            {u"path"_s, u"^/_sim/health$"_s},
                            {u"latencyMs"_s, 300},
                            {u"count"_s, 1}});
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(m_sim->wire().get(m_sim->url(u"/_sim/health"_s)).status, 200);
        QVERIFY2(timer.elapsed() >= 290, qPrintable(QString::number(timer.elapsed())));
    }

    void malformedFault_answersTruncatedJson()
    {
        m_sim->injectFault({{u"kind"_s, u"malformed"_s}, {u"path"_s, u"^/_sim/health$"_s}});
        const auto reply = m_sim->wire().get(m_sim->url(u"/_sim/health"_s));
        QCOMPARE(reply.status, 200);
        QJsonParseError error{};
        QJsonDocument::fromJson(reply.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
    }

    void dropFault_closesWithoutAnswer()
    {
        m_sim->injectFault({{u"kind"_s, u"drop"_s}, {u"path"_s, u"^/_sim/health$"_s}});
        QCOMPARE(m_sim->wire().get(m_sim->url(u"/_sim/health"_s)).status, 0);
    }

    void faults_deleteAll_restoresNormalAnswers()
    {
        m_sim->injectFault(
                {{u"kind"_s, u"status"_s}, {u"status"_s, 503}, {u"path"_s, u"^/_sim/health"_s}});
        QCOMPARE(m_sim->wire().get(m_sim->url(u"/_sim/health"_s)).status, 503);
        QCOMPARE(m_sim->wire().send("DELETE", m_sim->url(u"/_sim/faults"_s)).status, 204);
        QCOMPARE(m_sim->wire().get(m_sim->url(u"/_sim/health"_s)).status, 200);
    }

    void badFault_isRejectedWithReason()
    {
        const auto reply =
                m_sim->wire().postJson(m_sim->url(u"/_sim/faults"_s),
                                       QJsonDocument(QJsonObject{{u"kind"_s, u"meteor"_s}}));
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.json().object().value(u"error"_s).toString().contains(u"meteor"_s));
    }

    void simToken_issuesAudienceScopedToken()
    {
        const QByteArray token = m_sim->token(u"graph"_s, u"ana.souza@contoso.example"_s);
        QVERIFY(!token.isEmpty());
        QVERIFY(m_sim->simulator().tokens().validate(QString::fromLatin1(token),
                                                     Sim::Audience::Graph));
        QVERIFY(!m_sim->simulator().tokens().validate(QString::fromLatin1(token),
                                                      Sim::Audience::ContactCenter));
    }

private:
    std::unique_ptr<Test::SimFixture> m_sim;
};

QTEST_GUILESS_MAIN(TestSimCore)
#include "tst_simcore.moc"
