// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The simulated Graph presence writes over real loopback (SERVICES-REFERENCE.md §2.6):
// setPresence/clearPresence validation in Graph's error shape, who may write whose presence,
// what reads answer with an app session (user-configured > app; DoNotDisturb > Busy >
// Available > Away), expiry and refresh on the simulator's clock, and the shared presence
// rate limit.
#include <core/clock.h>
#include <sim/scenario.h>

#include <QTest>

#include <support/simfixture.h>

using namespace Qt::StringLiterals;
using namespace AgentDesk;

namespace {

const QString Kenji = u"kenji.tanaka@contoso.example"_s;
const QString Ana = u"ana.souza@contoso.example"_s;
const QString ClientId = u"agentdesk"_s; // what /_sim/token issues tokens to

QString errorCode(const Test::WireClient::Reply &reply)
{
    return reply.json().object().value(u"error"_s).toObject().value(u"code"_s).toString();
}

QJsonObject setBody(const QString &availability, const QString &activity,
                    const QString &expiration = u"PT5M"_s, const QString &sessionId = ClientId)
{
    QJsonObject body{{u"sessionId"_s, sessionId},
                     {u"availability"_s, availability},
                     {u"activity"_s, activity}};
    if (!expiration.isEmpty()) {
        body.insert(u"expirationDuration"_s, expiration);
    }
    return body;
}

} // namespace

class TestSimPresenceWrite final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Core::ManualClock> m_clock;
    std::unique_ptr<Test::SimFixture> m_sim;
    QByteArray m_token;
    QString m_me;

    void start(Sim::Scenario scenario = Sim::Scenario::defaults())
    {
        m_sim = std::make_unique<Test::SimFixture>(std::move(scenario), m_clock.get());
        m_token = m_sim->token(u"graph"_s, Kenji);
        m_me = m_sim->wire()
                       .get(m_sim->url(u"/v1.0/me"_s), m_token)
                       .json()
                       .object()
                       .value(u"id"_s)
                       .toString();
        QVERIFY(!m_me.isEmpty());
        setOwn(u"Available"_s, u"Available"_s);
    }

    Test::WireClient::Reply post(const QString &path, const QJsonObject &body,
                                 const QByteArray &token)
    {
        return m_sim->wire().postJson(m_sim->url(path), QJsonDocument(body), token);
    }
    Test::WireClient::Reply setPresence(const QJsonObject &body, const QString &user = {},
                                        const QByteArray &token = {})
    {
        return post(u"/v1.0/users/%1/presence/setPresence"_s.arg(user.isEmpty() ? m_me : user),
                    body, token.isEmpty() ? m_token : token);
    }
    Test::WireClient::Reply clearPresence(const QString &sessionId = ClientId)
    {
        return post(u"/v1.0/users/%1/presence/clearPresence"_s.arg(m_me),
                    {{u"sessionId"_s, sessionId}}, m_token);
    }
    void setOwn(const QString &availability, const QString &activity)
    {
        QCOMPARE(m_sim->wire()
                         .postJson(m_sim->url(u"/_sim/presence"_s),
                                   QJsonDocument(QJsonObject{{u"id"_s, m_me},
                                                             {u"availability"_s, availability},
                                                             {u"activity"_s, activity}}))
                         .status,
                 200);
    }
    // What /me/presence, /users/{id}/presence and getPresencesByUserId say; fails the test when
    // they disagree.
    QString shown()
    {
        const QJsonObject me =
                m_sim->wire().get(m_sim->url(u"/v1.0/me/presence"_s), m_token).json().object();
        const QJsonObject byId =
                m_sim->wire()
                        .get(m_sim->url(u"/v1.0/users/%1/presence"_s.arg(m_me)), m_token)
                        .json()
                        .object();
        const QJsonObject batch = post(u"/v1.0/communications/getPresencesByUserId"_s,
                                       {{u"ids"_s, QJsonArray{m_me}}}, m_token)
                                          .json()
                                          .object()
                                          .value(u"value"_s)
                                          .toArray()
                                          .first()
                                          .toObject();
        const auto pair = [](const QJsonObject &o) -> QString {
            return o.value(u"availability"_s).toString() + u'/' + o.value(u"activity"_s).toString();
        };
        if (pair(me) != pair(byId) || pair(me) != pair(batch)) {
            return u"disagree: %1 %2 %3"_s.arg(pair(me), pair(byId), pair(batch));
        }
        return pair(me);
    }

private Q_SLOTS:
    void init()
    {
        m_clock = std::make_unique<Core::ManualClock>();
        start();
    }
    void cleanup()
    {
        m_sim.reset();
        m_clock.reset();
    }

    void setPresence_busyInACall_answers200AndReadsShowIt()
    {
        const auto reply = setPresence(setBody(u"Busy"_s, u"InACall"_s));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.body.isEmpty());
        QVERIFY(!reply.header("request-id").isEmpty());
        QCOMPARE(shown(), u"Busy/InACall"_s);
        // The log holds what was sent, for client tests to assert on.
        const QJsonArray wire = m_sim->requestsTo(u"/presence/setPresence$"_s);
        QCOMPARE(wire.size(), 1);
        QCOMPARE(wire.first().toObject().value(u"status"_s).toInt(), 200);
    }

    void setPresence_byUserPrincipalNameAndCaseInsensitive_accepted()
    {
        QCOMPARE(setPresence(setBody(u"busy"_s, u"inaconferencecall"_s), Kenji).status, 200);
        QCOMPARE(shown(), u"Busy/InAConferenceCall"_s);
    }

    void setPresence_invalid_answers400InGraphShape_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::newRow("no sessionId") << QJsonObject{{u"availability"_s, u"Busy"_s},
                                                     {u"activity"_s, u"InACall"_s},
                                                     {u"expirationDuration"_s, u"PT5M"_s}};
        QTest::newRow("empty sessionId") << setBody(u"Busy"_s, u"InACall"_s, u"PT5M"_s, QString());
        QTest::newRow("another app's id")
                << setBody(u"Busy"_s, u"InACall"_s, u"PT5M"_s, u"someone-else"_s);
        QTest::newRow("DoNotDisturb is not settable")
                << setBody(u"DoNotDisturb"_s, u"DoNotDisturb"_s);
        QTest::newRow("Busy/Busy") << setBody(u"Busy"_s, u"Busy"_s);
        QTest::newRow("Available/InACall") << setBody(u"Available"_s, u"InACall"_s);
        QTest::newRow("no activity") << setBody(u"Busy"_s, QString());
        QTest::newRow("4 minutes") << setBody(u"Busy"_s, u"InACall"_s, u"PT4M59S"_s);
        QTest::newRow("more than 4 hours") << setBody(u"Busy"_s, u"InACall"_s, u"PT4H1M"_s);
        QTest::newRow("a day") << setBody(u"Busy"_s, u"InACall"_s, u"P1D"_s);
        QTest::newRow("not ISO 8601") << setBody(u"Busy"_s, u"InACall"_s, u"5 minutes"_s);
        QTest::newRow("only P") << setBody(u"Busy"_s, u"InACall"_s, u"P"_s);
        QJsonObject number = setBody(u"Busy"_s, u"InACall"_s);
        number.insert(u"expirationDuration"_s, 300);
        QTest::newRow("a number") << number;
    }
    void setPresence_invalid_answers400InGraphShape()
    {
        QFETCH(QJsonObject, body);
        const auto reply = setPresence(body);
        QCOMPARE(reply.status, 400);
        QCOMPARE(errorCode(reply), u"BadRequest"_s);
        QVERIFY(!reply.json()
                         .object()
                         .value(u"error"_s)
                         .toObject()
                         .value(u"message"_s)
                         .toString()
                         .isEmpty());
        QCOMPARE(shown(), u"Available/Available"_s);
    }

    void setPresence_validDurations_accepted_data()
    {
        QTest::addColumn<QString>("duration");
        QTest::addColumn<int>("seconds");
        QTest::newRow("absent: PT5M") << QString() << 300;
        QTest::newRow("PT5M") << u"PT5M"_s << 300;
        QTest::newRow("PT300S") << u"PT300S"_s << 300;
        QTest::newRow("PT1H30M") << u"PT1H30M"_s << 5400;
        QTest::newRow("PT4H") << u"PT4H"_s << 14400;
        QTest::newRow("P0DT4H") << u"P0DT4H"_s << 14400;
    }
    void setPresence_validDurations_accepted()
    {
        QFETCH(QString, duration);
        QFETCH(int, seconds);
        QCOMPARE(setPresence(setBody(u"Busy"_s, u"InACall"_s, duration)).status, 200);
        m_clock->advance(qint64(seconds) * 1000 - 1);
        m_token = m_sim->token(u"graph"_s, Kenji); // access tokens live an hour
        QCOMPARE(shown(), u"Busy/InACall"_s);
        m_clock->advance(1);
        QCOMPARE(shown(), u"Available/Available"_s);
    }

    void setPresence_notAnObject_answers400()
    {
        const auto reply = m_sim->wire().send(
                "POST", m_sim->url(u"/v1.0/users/%1/presence/setPresence"_s.arg(m_me)), "[1,2]",
                {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + m_token}});
        QCOMPARE(reply.status, 400);
        QCOMPARE(errorCode(reply), u"BadRequest"_s);
    }

    void setPresence_someoneElsesPresence_answers403()
    {
        const QString other = m_sim->wire()
                                      .get(m_sim->url(u"/v1.0/me"_s), m_sim->token(u"graph"_s, Ana))
                                      .json()
                                      .object()
                                      .value(u"id"_s)
                                      .toString();
        QVERIFY(!other.isEmpty() && other != m_me);
        const auto reply = setPresence(setBody(u"Busy"_s, u"InACall"_s), other);
        QCOMPARE(reply.status, 403);
        QCOMPARE(errorCode(reply), u"Forbidden"_s);
    }

    void setPresence_unknownUserOrNoToken_answers404Or401()
    {
        const auto unknown = setPresence(setBody(u"Busy"_s, u"InACall"_s),
                                         u"00000000-0000-0000-0000-000000000000"_s);
        QCOMPARE(unknown.status, 404);
        QCOMPARE(errorCode(unknown), u"Request_ResourceNotFound"_s);
        const auto anonymous = m_sim->wire().postJson(
                m_sim->url(u"/v1.0/users/%1/presence/setPresence"_s.arg(m_me)),
                QJsonDocument(setBody(u"Busy"_s, u"InACall"_s)));
        QCOMPARE(anonymous.status, 401);
        QCOMPARE(errorCode(anonymous), u"InvalidAuthenticationToken"_s);
    }

    void setPresence_tokenOfAnotherClient_sessionIdMustBeThatClient()
    {
        const QByteArray other =
                m_sim->wire()
                        .postJson(m_sim->url(u"/_sim/token"_s),
                                  QJsonDocument(QJsonObject{{u"audience"_s, u"graph"_s},
                                                            {u"user"_s, Kenji},
                                                            {u"clientId"_s, u"other-app"_s}}))
                        .json()
                        .object()
                        .value(u"access_token"_s)
                        .toString()
                        .toLatin1();
        QVERIFY(!other.isEmpty());
        QCOMPARE(setPresence(setBody(u"Busy"_s, u"InACall"_s), {}, other).status, 400);
        QCOMPARE(setPresence(setBody(u"Busy"_s, u"InACall"_s, u"PT5M"_s, u"other-app"_s), {}, other)
                         .status,
                 200);
        // Two apps, two sessions: clearing ours leaves the other's.
        QCOMPARE(setPresence(setBody(u"Available"_s, u"Available"_s)).status, 200);
        QCOMPARE(clearPresence().status, 200);
        QCOMPARE(shown(), u"Busy/InACall"_s);
    }

    void precedence_ownPresenceAndAppSession_data()
    {
        QTest::addColumn<QString>("own");
        QTest::addColumn<QStringList>("sessions"); // availability/activity, one per app
        QTest::addColumn<QString>("shown");

        QTest::newRow("own Available, app call")
                << u"Available/Available"_s << QStringList{u"Busy/InACall"_s} << u"Busy/InACall"_s;
        QTest::newRow("own AvailableIdle, app call")
                << u"AvailableIdle/Inactive"_s << QStringList{u"Busy/InACall"_s}
                << u"Busy/InACall"_s;
        QTest::newRow("own Available, app Away: Available beats Away")
                << u"Available/Available"_s << QStringList{u"Away/Away"_s}
                << u"Available/Available"_s;
        QTest::newRow("own Available, app Available")
                << u"Available/Available"_s << QStringList{u"Available/Available"_s}
                << u"Available/Available"_s;
        QTest::newRow("own Offline (Teams closed), app Away")
                << u"Offline/Offline"_s << QStringList{u"Away/Away"_s} << u"Away/Away"_s;
        QTest::newRow("own DoNotDisturb is user-configured")
                << u"DoNotDisturb/DoNotDisturb"_s << QStringList{u"Busy/InACall"_s}
                << u"DoNotDisturb/DoNotDisturb"_s;
        QTest::newRow("own Presenting wins")
                << u"DoNotDisturb/Presenting"_s << QStringList{u"Busy/InACall"_s}
                << u"DoNotDisturb/Presenting"_s;
        QTest::newRow("own Away is user-configured")
                << u"Away/Away"_s << QStringList{u"Busy/InACall"_s} << u"Away/Away"_s;
        QTest::newRow("own Busy in a meeting wins")
                << u"Busy/InAMeeting"_s << QStringList{u"Busy/InAConferenceCall"_s}
                << u"Busy/InAMeeting"_s;
        QTest::newRow("two apps: Busy beats Available")
                << u"Offline/Offline"_s << QStringList{u"Busy/InACall"_s, u"Available/Available"_s}
                << u"Busy/InACall"_s;
        QTest::newRow("two apps: Available beats Away")
                << u"Offline/Offline"_s << QStringList{u"Away/Away"_s, u"Available/Available"_s}
                << u"Available/Available"_s;
    }
    void precedence_ownPresenceAndAppSession()
    {
        QFETCH(QString, own);
        QFETCH(QStringList, sessions);
        QFETCH(QString, shown);
        setOwn(own.section(u'/', 0, 0), own.section(u'/', 1));
        for (qsizetype i = 0; i < sessions.size(); ++i) {
            const QString app = i == 0 ? ClientId : u"app-%1"_s.arg(i);
            const QByteArray token =
                    i == 0 ? m_token
                           : m_sim->wire()
                                     .postJson(
                                             m_sim->url(u"/_sim/token"_s),
                                             QJsonDocument(QJsonObject{{u"audience"_s, u"graph"_s},
                                                                       {u"user"_s, Kenji},
                                                                       {u"clientId"_s, app}}))
                                     .json()
                                     .object()
                                     .value(u"access_token"_s)
                                     .toString()
                                     .toLatin1();
            const QString pair = sessions.at(i);
            QCOMPARE(setPresence(setBody(pair.section(u'/', 0, 0), pair.section(u'/', 1), u"PT5M"_s,
                                         app),
                                 {}, token)
                             .status,
                     200);
            m_clock->advance(1000);
        }
        QCOMPARE(this->shown(), shown);
    }

    void refresh_setAgain_extendsTheSession()
    {
        QCOMPARE(setPresence(setBody(u"Busy"_s, u"InACall"_s)).status, 200);
        m_clock->advance(240'000);
        QCOMPARE(setPresence(setBody(u"Busy"_s, u"InACall"_s)).status, 200);
        m_clock->advance(200'000); // 440 s after the first set, 200 s after the refresh
        QCOMPARE(shown(), u"Busy/InACall"_s);
        const QJsonObject view = m_sim->wire()
                                         .get(m_sim->url(u"/_sim/presence/%1/sessions"_s.arg(m_me)))
                                         .json()
                                         .object();
        const QJsonArray sessions = view.value(u"sessions"_s).toArray();
        QCOMPARE(sessions.size(), 1);
        QCOMPARE(sessions.first().toObject().value(u"sessionId"_s).toString(), ClientId);
        QCOMPARE(view.value(u"own"_s).toObject().value(u"availability"_s).toString(),
                 u"Available"_s);
        QCOMPARE(view.value(u"shown"_s).toObject().value(u"activity"_s).toString(), u"InACall"_s);
        m_clock->advance(100'000);
        QCOMPARE(shown(), u"Available/Available"_s);
        QVERIFY(m_sim->wire()
                        .get(m_sim->url(u"/_sim/presence/%1/sessions"_s.arg(m_me)))
                        .json()
                        .object()
                        .value(u"sessions"_s)
                        .toArray()
                        .isEmpty());
    }

    void clearPresence_session_answers200ThenNothingToClear404()
    {
        QCOMPARE(setPresence(setBody(u"Busy"_s, u"InACall"_s)).status, 200);
        const auto cleared = clearPresence();
        QCOMPARE(cleared.status, 200);
        QVERIFY(cleared.body.isEmpty());
        QCOMPARE(shown(), u"Available/Available"_s);
        const auto again = clearPresence();
        QCOMPARE(again.status, 404);
        QCOMPARE(errorCode(again), u"NotFound"_s);
    }

    void clearPresence_expiredSession_answers404()
    {
        QCOMPARE(setPresence(setBody(u"Busy"_s, u"InACall"_s)).status, 200);
        m_clock->advance(300'000);
        QCOMPARE(clearPresence().status, 404);
    }

    void clearPresence_badSessionId_answers400()
    {
        QCOMPARE(setPresence(setBody(u"Busy"_s, u"InACall"_s)).status, 200);
        QCOMPARE(clearPresence(QString()).status, 400);
        QCOMPARE(clearPresence(u"someone-else"_s).status, 400);
        QCOMPARE(shown(), u"Busy/InACall"_s);
    }

    void rateLimit_writesCountWithReads()
    {
        Sim::Scenario scenario = Sim::Scenario::defaults();
        scenario.merge({{u"graph"_s, QJsonObject{{u"presenceRateLimit"_s,
                                                  QJsonObject{{u"requests"_s, 3},
                                                              {u"windowSeconds"_s, 30}}}}}});
        start(std::move(scenario));
        QCOMPARE(setPresence(setBody(u"Busy"_s, u"InACall"_s)).status, 200);
        QCOMPARE(m_sim->wire().get(m_sim->url(u"/v1.0/me/presence"_s), m_token).status, 200);
        QCOMPARE(clearPresence().status, 200);
        const auto throttled = setPresence(setBody(u"Busy"_s, u"InACall"_s));
        QCOMPARE(throttled.status, 429);
        QCOMPARE(errorCode(throttled), u"TooManyRequests"_s);
        QCOMPARE(throttled.header("Retry-After"), QByteArray("30"));
        m_clock->advance(30'001);
        QCOMPARE(setPresence(setBody(u"Busy"_s, u"InACall"_s)).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSimPresenceWrite)
#include "tst_simpresencewrite.moc"
