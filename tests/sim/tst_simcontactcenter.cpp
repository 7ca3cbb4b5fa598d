// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The simulated contact center's core over real loopback: subscribe, the notification
// WebSocket (Welcome, keepalive timeout, multi-login), the 202-then-event commands, the control
// routes and the auxiliary-code list.
#include "notificationsocket.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QTimer>
#include <QUuid>
#include <QWebSocket>

#include <support/logcapture.h>
#include <support/simfixture.h>

using namespace Qt::StringLiterals;
using namespace AgentDesk;

namespace {

const QString kAna = u"ana.souza@contoso.example"_s;
const QString kKenji = u"kenji.tanaka@contoso.example"_s;

using Test::NotificationSocket;

} // namespace

class TestSimContactCenter final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::SimFixture> m_sim;

    QList<QPair<QByteArray, QByteArray>> auth(const QByteArray &token) const
    {
        return {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + token}};
    }

    Test::WireClient::Reply subscribe(const QByteArray &token, const QJsonObject &body)
    {
        return m_sim->wire().send("POST", m_sim->url(u"/v1/notification/subscribe"_s),
                                  QJsonDocument(body).toJson(QJsonDocument::Compact), auth(token));
    }

    // Subscribes as the user and opens the socket; returns it once Welcome arrived.
    std::unique_ptr<NotificationSocket> openSocket(const QString &user, const QJsonObject &body)
    {
        const auto reply = subscribe(m_sim->token(u"cc"_s, user), body);
        if (reply.status != 200) {
            qWarning() << "subscribe answered" << reply.status << reply.body;
            return nullptr;
        }
        auto socket = std::make_unique<NotificationSocket>(
                QUrl(reply.json().object().value(u"webSocketUrl"_s).toString()));
        if (!QTest::qWaitFor([&] { return !socket->messages.isEmpty() || socket->closed; }, 5000)) {
            qWarning() << "no Welcome within 5 s";
            return nullptr;
        }
        return socket;
    }

    QString scenarioAgentId(const QString &email) const
    {
        const QJsonArray accounts =
                m_sim->simulator().scenario().root().value(u"accounts"_s).toArray();
        for (const QJsonValue &account : accounts) {
            if (account.toObject().value(u"email"_s).toString() == email) {
                return account.toObject().value(u"ciUserId"_s).toString();
            }
        }
        return {};
    }

    QJsonObject agentEntry(const QString &email)
    {
        const auto reply = m_sim->wire().get(m_sim->url(u"/_sim/cc/agents"_s));
        for (const QJsonValue &agent : reply.json().object().value(u"agents"_s).toArray()) {
            if (agent.toObject().value(u"email"_s).toString() == email) {
                return agent.toObject();
            }
        }
        return {};
    }

    static QString description(const Test::WireClient::Reply &reply)
    {
        return reply.json()
                .object()
                .value(u"error"_s)
                .toObject()
                .value(u"message"_s)
                .toArray()
                .at(0)
                .toObject()
                .value(u"description"_s)
                .toString();
    }

private Q_SLOTS:
    void init() { m_sim = std::make_unique<Test::SimFixture>(); }
    void cleanup() { m_sim.reset(); }

    void subscribe_ccToken_answersSocketUrlOnSameOrigin()
    {
        const auto reply =
                subscribe(m_sim->token(u"cc"_s, kAna), {{u"force"_s, true},
                                                        {u"isKeepAliveEnabled"_s, true},
                                                        {u"clientType"_s, u"AgentDesk"_s},
                                                        {u"allowMultiLogin"_s, false}});
        QCOMPARE(reply.status, 200);
        const QJsonObject body = reply.json().object();
        const QString id = body.value(u"subscriptionId"_s).toString();
        QVERIFY(!id.isEmpty());
        QUrl expected = m_sim->baseUrl();
        expected.setScheme(u"ws"_s);
        expected.setPath(u"/v1/notification/subscription/"_s + id);
        QCOMPARE(body.value(u"webSocketUrl"_s).toString(), expected.toString());
        QVERIFY(!reply.header("TrackingID").isEmpty());
    }

    void socket_afterSubscribe_welcomesWithTheUsersAgentId()
    {
        auto socket = openSocket(kAna, {{u"isKeepAliveEnabled"_s, false}});
        QVERIFY(socket);
        QVERIFY(socket->connected);
        QCOMPARE(socket->messages.size(), 1);
        const QJsonObject welcome = socket->messages.first();
        QCOMPARE(welcome.value(u"type"_s).toString(), u"Welcome"_s);
        const QString agentId = welcome.value(u"data"_s).toObject().value(u"agentId"_s).toString();
        QCOMPARE(agentId, scenarioAgentId(kAna));
        QCOMPARE(agentEntry(kAna).value(u"agentId"_s).toString(), agentId);
        QCOMPARE(agentEntry(kAna).value(u"sockets"_s).toInt(), 1);
        // Every scenario account is an agent before it ever connects.
        const QJsonObject marie = agentEntry(u"marie.dubois@contoso.example"_s);
        QCOMPARE(marie.value(u"agentId"_s).toString(),
                 scenarioAgentId(u"marie.dubois@contoso.example"_s));
        QCOMPARE(marie.value(u"name"_s).toString(), u"Marie Dubois"_s);
        QCOMPARE(marie.value(u"sockets"_s).toInt(), 0);
    }

    void socket_userOutsideScenario_getsTheSameIdInEveryRun()
    {
        const QString guest = u"guest.agent@contoso.example"_s;
        auto first = openSocket(guest, {});
        QVERIFY(first);
        const QString firstId =
                first->messages.value(0).value(u"data"_s).toObject().value(u"agentId"_s).toString();
        QVERIFY(!QUuid::fromString(firstId).isNull());

        first.reset();
        m_sim = std::make_unique<Test::SimFixture>();
        auto second = openSocket(guest, {});
        QVERIFY(second);
        QCOMPARE(second->messages.value(0)
                         .value(u"data"_s)
                         .toObject()
                         .value(u"agentId"_s)
                         .toString(),
                 firstId);
        QVERIFY(firstId != scenarioAgentId(kAna));
    }

    void api_withoutContactCenterToken_answers401InCcShape_data()
    {
        QTest::addColumn<QString>("tokenKind");
        QTest::newRow("no token") << u"none"_s;
        QTest::newRow("graph token") << u"graph"_s;
        QTest::newRow("unknown token") << u"garbage"_s;
        QTest::newRow("expired (fault)") << u"expired"_s;
    }

    void api_withoutContactCenterToken_answers401InCcShape()
    {
        QFETCH(QString, tokenKind);
        QByteArray token;
        if (tokenKind == u"graph"_s) {
            token = m_sim->token(u"graph"_s, kAna);
        } else if (tokenKind == u"garbage"_s) {
            token = "not-a-token";
        } else if (tokenKind == u"expired"_s) {
            token = m_sim->token(u"cc"_s, kAna);
            QVERIFY(m_sim->injectFault(
                            {{u"kind"_s, u"expiredToken"_s},
                             {u"path"_s, u"^/(v1/notification/subscribe|organization/)"_s},
                             {u"count"_s, 2}}) > 0);
        }
        QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/json"}};
        if (!token.isEmpty()) {
            headers.append({"Authorization", "Bearer " + token});
        }
        const auto reply = m_sim->wire().send("POST", m_sim->url(u"/v1/notification/subscribe"_s),
                                              "{}", headers);
        QCOMPARE(reply.status, 401);
        const QJsonObject body = reply.json().object();
        const QString trackingId = body.value(u"trackingId"_s).toString();
        QVERIFY(!trackingId.isEmpty());
        QCOMPARE(QString::fromLatin1(reply.header("TrackingID")), trackingId);
        const QJsonObject error = body.value(u"error"_s).toObject();
        QCOMPARE(error.value(u"key"_s).toString(), u"401"_s);
        QVERIFY(!error.value(u"reason"_s).toString().isEmpty());
        QVERIFY(!description(reply).isEmpty());

        // The same guard stands in front of every contact-center route.
        const auto codes = m_sim->wire().get(
                m_sim->url(u"/organization/%1/v2/auxiliary-code"_s.arg(m_sim->simulator()
                                                                               .scenario()
                                                                               .section(u"tenant"_s)
                                                                               .value(u"orgId"_s)
                                                                               .toString())),
                token);
        QCOMPARE(codes.status, 401);
    }

    void subscribe_badBody_answers400_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not JSON") << QByteArray("force=true");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("keepalive as string") << QByteArray(R"({"isKeepAliveEnabled":"true"})");
        QTest::newRow("force as number") << QByteArray(R"({"force":1})");
        QTest::newRow("multi-login null") << QByteArray(R"({"allowMultiLogin":null})");
        QTest::newRow("clientType number") << QByteArray(R"({"clientType":42})");
        QTest::newRow("clientType too long")
                << QByteArray(R"({"clientType":"ABCDEFGHIJKLMNOPQRSTU"})");
    }

    void subscribe_badBody_answers400()
    {
        QFETCH(QByteArray, body);
        const auto reply = m_sim->wire().send("POST", m_sim->url(u"/v1/notification/subscribe"_s),
                                              body, auth(m_sim->token(u"cc"_s, kAna)));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json().object().value(u"error"_s).toObject().value(u"key"_s).toString(),
                 u"400"_s);
        QVERIFY(!description(reply).isEmpty());
    }

    void socket_unknownOrUsedSubscription_isClosedForPolicyViolation()
    {
        QUrl unknown = m_sim->baseUrl();
        unknown.setScheme(u"ws"_s);
        unknown.setPath(u"/v1/notification/subscription/0123456789abcdef"_s);
        NotificationSocket stranger(unknown);
        QTRY_VERIFY(stranger.closed);
        QCOMPARE(stranger.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
        QVERIFY(stranger.messages.isEmpty());

        const auto reply = subscribe(m_sim->token(u"cc"_s, kAna), {});
        const QUrl url(reply.json().object().value(u"webSocketUrl"_s).toString());
        NotificationSocket first(url);
        QTRY_COMPARE(first.messages.size(), 1);
        NotificationSocket reused(url);
        QTRY_VERIFY(reused.closed);
        QCOMPARE(reused.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
        QVERIFY(!first.closed);
    }

    void keepalive_silentSocket_isClosedAt16sWhileAKeptAliveOneStays()
    {
        const QJsonObject body{{u"isKeepAliveEnabled"_s, true}, {u"allowMultiLogin"_s, false}};
        auto silent = openSocket(kAna, body);
        auto busy = openSocket(kKenji, body);
        QVERIFY(silent && busy);
        QVERIFY(silent->connected && busy->connected);

        // What the SDK does: one keepalive on open, then one every 4 s.
        const QString keepalive = u"{\"keepalive\":\"true\"}"_s;
        busy->send(keepalive);
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, busy.get(), [&] { busy->send(keepalive); });
        ticker.start(4000);

        QTRY_VERIFY_WITH_TIMEOUT(silent->closed, 19'000);
        QVERIFY2(silent->closedAfterMs >= 15'000 && silent->closedAfterMs <= 18'000,
                 qPrintable(QString::number(silent->closedAfterMs)));
        QVERIFY(silent->closeReason().contains(u"keepalive"_s));

        QTRY_VERIFY_WITH_TIMEOUT(busy->closed || busy->age() >= 20'000, 8'000);
        QVERIFY2(!busy->closed, qPrintable(busy->closeReason()));
        QCOMPARE(agentEntry(kKenji).value(u"sockets"_s).toInt(), 1);
        QCOMPARE(agentEntry(kAna).value(u"sockets"_s).toInt(), 0);
    }

    void multiLogin_secondSubscriptionWithoutIt_closesTheOlderSocket()
    {
        const QJsonObject single{{u"allowMultiLogin"_s, false}};
        auto older = openSocket(kAna, single);
        QVERIFY(older);
        auto newer = openSocket(kAna, single);
        QVERIFY(newer);

        QTRY_VERIFY(older->closed);
        QCOMPARE(older->messages.size(), 2);
        const QJsonObject kicked = older->messages.at(1);
        QCOMPARE(kicked.value(u"type"_s).toString(), u"AGENT_MULTI_LOGIN"_s);
        QCOMPARE(kicked.value(u"data"_s).toObject().value(u"agentId"_s).toString(),
                 scenarioAgentId(kAna));

        QCOMPARE(newer->messages.size(), 1);
        QCOMPARE(newer->messages.first().value(u"type"_s).toString(), u"Welcome"_s);
        QVERIFY(!newer->closed);
        QCOMPARE(agentEntry(kAna).value(u"sockets"_s).toInt(), 1);
    }

    void multiLogin_allowed_keepsBothSockets()
    {
        const QJsonObject multi{{u"allowMultiLogin"_s, true}};
        auto first = openSocket(kAna, multi);
        auto second = openSocket(kAna, multi);
        QVERIFY(first && second);
        QCOMPARE(agentEntry(kAna).value(u"sockets"_s).toInt(), 2);
        // An event reaches both.
        const auto pushed = m_sim->wire().postJson(
                m_sim->url(u"/_sim/cc/events"_s),
                QJsonDocument(QJsonObject{{u"email"_s, kAna}, {u"category"_s, u"Ping"_s}}));
        QCOMPARE(pushed.json().object().value(u"delivered"_s).toInt(), 2);
        QTRY_COMPARE(first->messages.size(), 2);
        QTRY_COMPARE(second->messages.size(), 2);
        QVERIFY(!first->closed && !second->closed);
    }

    void reload_notLoggedIn_answers202ThenReloginFailedOnTheSocket()
    {
        auto socket = openSocket(kAna, {});
        QVERIFY(socket);
        const auto reply = m_sim->wire().send("POST", m_sim->url(u"/v1/agents/reload"_s), "{}",
                                              auth(m_sim->token(u"cc"_s, kAna)));
        // The event is still on its way when the 202 is in.
        QCOMPARE(socket->messages.size(), 1);
        QCOMPARE(reply.status, 202);
        const QString trackingId = reply.json().object().value(u"trackingId"_s).toString();
        QVERIFY(!trackingId.isEmpty());
        QCOMPARE(QString::fromLatin1(reply.header("TrackingID")), trackingId);

        QTRY_COMPARE(socket->messages.size(), 2);
        const QJsonObject event = socket->last();
        QCOMPARE(event.value(u"type"_s).toString(), u"AgentReloginFailed"_s);
        const QJsonObject data = event.value(u"data"_s).toObject();
        QCOMPARE(data.value(u"type"_s).toString(), u"AgentReloginFailed"_s);
        QCOMPARE(data.value(u"eventType"_s).toString(), u"AgentDesktopMessage"_s);
        QCOMPARE(data.value(u"reason"_s).toString(), u"AGENT_NOT_LOGGED_IN"_s);
        QCOMPARE(data.value(u"agentId"_s).toString(), scenarioAgentId(kAna));
        QCOMPARE(data.value(u"trackingId"_s).toString(), trackingId);
    }

    void command_clientTrackingId_isEchoedInAnswerAndEvent()
    {
        auto socket = openSocket(kAna, {});
        QVERIFY(socket);
        auto headers = auth(m_sim->token(u"cc"_s, kAna));
        headers.append(qMakePair(QByteArray("TrackingID"), QByteArray("AgentDesk_4f1d2c3b")));
        const auto reply =
                m_sim->wire().send("PUT", m_sim->url(u"/v1/agents/logout"_s),
                                   R"({"logoutReason":"User requested logout"})", headers);
        QCOMPARE(reply.status, 202);
        QCOMPARE(reply.header("TrackingID"), QByteArray("AgentDesk_4f1d2c3b"));
        QTRY_COMPARE(socket->messages.size(), 2);
        QCOMPARE(socket->last().value(u"data"_s).toObject().value(u"trackingId"_s).toString(),
                 u"AgentDesk_4f1d2c3b"_s);
    }

    void logout_badReason_answers400_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("no body") << QByteArray();
        QTest::newRow("no reason") << QByteArray("{}");
        QTest::newRow("empty reason") << QByteArray(R"({"logoutReason":""})");
        QTest::newRow("reason not a string") << QByteArray(R"({"logoutReason":7})");
        QTest::newRow("reason too long")
                << QByteArray(R"({"logoutReason":")" + QByteArray(129, 'x') + R"("})");
    }

    void logout_badReason_answers400()
    {
        QFETCH(QByteArray, body);
        auto socket = openSocket(kAna, {});
        QVERIFY(socket);
        const auto reply = m_sim->wire().send("PUT", m_sim->url(u"/v1/agents/logout"_s), body,
                                              auth(m_sim->token(u"cc"_s, kAna)));
        QCOMPARE(reply.status, 400);
        QVERIFY(description(reply).contains(u"logoutReason"_s));
        // A refused command sends no event: the next one on the socket is the next command's.
        QCOMPARE(m_sim->wire()
                         .send("POST", m_sim->url(u"/v1/agents/reload"_s), "{}",
                               auth(m_sim->token(u"cc"_s, kAna)))
                         .status,
                 202);
        QTRY_COMPARE(socket->messages.size(), 2);
        QCOMPARE(socket->last().value(u"type"_s).toString(), u"AgentReloginFailed"_s);
    }

    void logout_notLoggedIn_answers202ThenLogoutFailed()
    {
        auto socket = openSocket(kAna, {});
        QVERIFY(socket);
        const auto reply = m_sim->wire().send("PUT", m_sim->url(u"/v1/agents/logout"_s),
                                              R"({"logoutReason":"User requested logout"})",
                                              auth(m_sim->token(u"cc"_s, kAna)));
        QCOMPARE(reply.status, 202);
        QTRY_COMPARE(socket->messages.size(), 2);
        const QJsonObject event = socket->last();
        QCOMPARE(event.value(u"type"_s).toString(), u"Logout"_s);
        QCOMPARE(event.value(u"data"_s).toObject().value(u"type"_s).toString(),
                 u"AgentLogoutFailed"_s);
        QCOMPARE(event.value(u"data"_s).toObject().value(u"reason"_s).toString(),
                 u"AGENT_NOT_LOGGED_IN"_s);
    }

    void simEvents_pushedByEmailOrId_reachOnlyThatAgent()
    {
        auto ana = openSocket(kAna, {});
        auto kenji = openSocket(kKenji, {});
        QVERIFY(ana && kenji);
        const QJsonObject data{{u"type"_s, u"AgentStateChange"_s},
                               {u"auxCodeId"_s, u"13fc685d-1d65-4c94-96f3-aaf4e2269517"_s},
                               {u"changedBy"_s, u"supervisor"_s}};
        const auto byEmail = m_sim->wire().postJson(
                m_sim->url(u"/_sim/cc/events"_s),
                QJsonDocument(QJsonObject{{u"email"_s, kAna},
                                          {u"category"_s, u"AgentStateChange"_s},
                                          {u"data"_s, data}}));
        QCOMPARE(byEmail.status, 200);
        QCOMPARE(byEmail.json().object().value(u"delivered"_s).toInt(), 1);
        QTRY_COMPARE(ana->messages.size(), 2);
        const QJsonObject event = ana->last();
        QCOMPARE(event.value(u"type"_s).toString(), u"AgentStateChange"_s);
        const QJsonObject received = event.value(u"data"_s).toObject();
        QCOMPARE(received.value(u"type"_s).toString(), u"AgentStateChange"_s);
        QCOMPARE(received.value(u"changedBy"_s).toString(), u"supervisor"_s);
        QCOMPARE(received.value(u"agentId"_s).toString(), scenarioAgentId(kAna));
        QCOMPARE(received.value(u"eventType"_s).toString(), u"AgentDesktopMessage"_s);

        const auto byId = m_sim->wire().postJson(
                m_sim->url(u"/_sim/cc/events"_s),
                QJsonDocument(QJsonObject{
                        {u"agentId"_s, scenarioAgentId(kKenji)},
                        {u"category"_s, u"RoutingMessage"_s},
                        {u"data"_s, QJsonObject{{u"type"_s, u"AgentContactReserved"_s}}}}));
        QCOMPARE(byId.json().object().value(u"delivered"_s).toInt(), 1);
        QTRY_COMPARE(kenji->messages.size(), 2);
        QCOMPARE(kenji->last().value(u"data"_s).toObject().value(u"eventType"_s).toString(),
                 u"RoutingMessage"_s);
        QCOMPARE(ana->messages.size(), 2);

        const auto nobody = m_sim->wire().postJson(
                m_sim->url(u"/_sim/cc/events"_s),
                QJsonDocument(QJsonObject{{u"email"_s, u"nobody@contoso.example"_s},
                                          {u"category"_s, u"AgentStateChange"_s}}));
        QCOMPARE(nobody.status, 404);
    }

    void dropSockets_byEmailThenAll_closesWithoutCloseFrame()
    {
        auto ana = openSocket(kAna, {});
        auto kenji = openSocket(kKenji, {});
        QVERIFY(ana && kenji);
        const auto one = m_sim->wire().postJson(m_sim->url(u"/_sim/cc/drop-sockets"_s),
                                                QJsonDocument(QJsonObject{{u"email"_s, kAna}}));
        QCOMPARE(one.json().object().value(u"dropped"_s).toInt(), 1);
        QTRY_VERIFY(ana->closed);
        // No close frame: nothing tells the client why.
        QVERIFY(ana->closeReason().isEmpty());
        QVERIFY(!kenji->closed);

        const auto all = m_sim->wire().postJson(m_sim->url(u"/_sim/cc/drop-sockets"_s),
                                                QJsonDocument(QJsonObject{}));
        QCOMPARE(all.json().object().value(u"dropped"_s).toInt(), 1);
        QTRY_VERIFY(kenji->closed);
        QCOMPARE(agentEntry(kKenji).value(u"sockets"_s).toInt(), 0);
    }

    void dropFault_onSubscriptionPath_refusesTheUpgradeButKeepsTheSubscription()
    {
        const auto reply = subscribe(m_sim->token(u"cc"_s, kAna), {});
        const QUrl url(reply.json().object().value(u"webSocketUrl"_s).toString());
        QVERIFY(m_sim->injectFault({{u"kind"_s, u"drop"_s},
                                    {u"path"_s, u"^/v1/notification/subscription/"_s},
                                    {u"count"_s, 1}}) > 0);
        NotificationSocket refused(url);
        QTRY_VERIFY(refused.closed);
        QVERIFY(refused.messages.isEmpty());
        NotificationSocket retried(url);
        QTRY_COMPARE(retried.messages.size(), 1);
        QCOMPARE(retried.messages.first().value(u"type"_s).toString(), u"Welcome"_s);
    }

    void auxiliaryCodes_pages_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("page");
        QTest::addColumn<int>("totalPages");
        QTest::addColumn<int>("totalRecords");
        QTest::addColumn<QString>("firstName");
        // 17 idle codes (RONA, a system code, last) then 4 wrap-up codes.
        QTest::newRow("defaults") << QString() << 21 << 0 << 1 << 21 << u"Meeting"_s;
        QTest::newRow("first of five")
                << u"page=0&pageSize=5"_s << 5 << 0 << 5 << 21 << u"Meeting"_s;
        QTest::newRow("second of five")
                << u"page=1&pageSize=5"_s << 5 << 1 << 5 << 21 << u"Teams: Presenting"_s;
        QTest::newRow("last of five")
                << u"page=4&pageSize=5"_s << 1 << 4 << 5 << 21 << u"Wrong number"_s;
        QTest::newRow("past the end") << u"page=5&pageSize=5"_s << 0 << 5 << 5 << 21 << QString();
        QTest::newRow("system codes")
                << u"filter=isSystemCode==true"_s << 1 << 0 << 1 << 1 << u"RONA"_s;
        QTest::newRow("wrap-up only")
                << u"filter=workTypeCode==WRAP_UP_CODE"_s << 4 << 0 << 1 << 4 << u"Resolved"_s;
        QTest::newRow("ids in list (SDK query)")
                << u"page=0&pageSize=100&filter=id=in=(30abd35e-184a-4fd5-8150-e593e0ed2206,"
                   "b2b67dbd-86cb-40cf-957e-4593b897e70d)&attributes=id,isSystemCode,name,"
                   "defaultCode,workTypeCode,active&desktopProfileFilter=true"_s
                << 2 << 0 << 1 << 2 << u"Break"_s;
    }

    void auxiliaryCodes_pages()
    {
        QFETCH(QString, query);
        QFETCH(int, count);
        QFETCH(int, page);
        QFETCH(int, totalPages);
        QFETCH(int, totalRecords);
        QFETCH(QString, firstName);
        const QString orgId =
                m_sim->simulator().scenario().section(u"tenant"_s).value(u"orgId"_s).toString();
        QUrl url = m_sim->url(u"/organization/%1/v2/auxiliary-code"_s.arg(orgId));
        url.setQuery(query);
        const auto reply = m_sim->wire().get(url, m_sim->token(u"cc"_s, kAna));
        QCOMPARE(reply.status, 200);
        QVERIFY(!reply.header("TrackingID").isEmpty());
        const QJsonObject body = reply.json().object();
        const QJsonArray data = body.value(u"data"_s).toArray();
        QCOMPARE(data.size(), count);
        const QJsonObject meta = body.value(u"meta"_s).toObject();
        QCOMPARE(meta.value(u"page"_s).toInt(), page);
        QCOMPARE(meta.value(u"totalPages"_s).toInt(), totalPages);
        QCOMPARE(meta.value(u"totalRecords"_s).toInt(), totalRecords);
        if (count > 0) {
            const QJsonObject first = data.first().toObject();
            QCOMPARE(first.value(u"name"_s).toString(), firstName);
            for (const QString &field : {u"id"_s, u"name"_s, u"active"_s, u"defaultCode"_s,
                                         u"isSystemCode"_s, u"workTypeCode"_s}) {
                QVERIFY2(first.contains(field), qPrintable(field));
            }
        }
    }

    void auxiliaryCodes_badRequests_areRefused_data()
    {
        QTest::addColumn<QString>("orgId");
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("status");
        QTest::newRow("another org")
                << u"00000000-0000-0000-0000-000000000000"_s << QString() << 403;
        QTest::newRow("pageSize zero") << QString() << u"pageSize=0"_s << 400;
        QTest::newRow("pageSize text") << QString() << u"pageSize=ten"_s << 400;
        QTest::newRow("negative page") << QString() << u"page=-1"_s << 400;
        QTest::newRow("unknown filter field") << QString() << u"filter=colour==red"_s << 400;
        QTest::newRow("quoted in list") << QString() << u"filter=id=in=\"a\""_s << 400;
        QTest::newRow("quoted value") << QString() << u"filter=name==\"Lunch\""_s << 400;
    }

    void auxiliaryCodes_badRequests_areRefused()
    {
        QFETCH(QString, orgId);
        QFETCH(QString, query);
        QFETCH(int, status);
        if (orgId.isEmpty()) {
            orgId = m_sim->simulator().scenario().section(u"tenant"_s).value(u"orgId"_s).toString();
        }
        QUrl url = m_sim->url(u"/organization/%1/v2/auxiliary-code"_s.arg(orgId));
        url.setQuery(query);
        const auto reply = m_sim->wire().get(url, m_sim->token(u"cc"_s, kAna));
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.json().object().value(u"error"_s).toObject().value(u"key"_s).toString(),
                 QString::number(status));
    }

    void requestLog_showsTheCallsAndNoSecrets()
    {
        Test::LogCapture log;
        const QByteArray token = m_sim->token(u"cc"_s, kAna);
        const auto subscribed = subscribe(token, {{u"isKeepAliveEnabled"_s, true}});
        const QString subscriptionId =
                subscribed.json().object().value(u"subscriptionId"_s).toString();
        NotificationSocket socket(
                QUrl(subscribed.json().object().value(u"webSocketUrl"_s).toString()));
        QTRY_COMPARE(socket.messages.size(), 1);
        m_sim->wire().send("POST", m_sim->url(u"/v1/agents/reload"_s), "{}", auth(token));
        m_sim->wire().send("PUT", m_sim->url(u"/v1/agents/logout"_s), "{}", auth(token));
        QTRY_COMPARE(socket.messages.size(), 2);

        const QJsonArray calls = m_sim->requestsTo(u"^/v1/"_s);
        QCOMPARE(calls.size(), 4);
        const QList<QPair<QString, int>> expected{{u"/v1/notification/subscribe"_s, 200},
                                                  {u"/v1/notification/subscription/"_s, 101},
                                                  {u"/v1/agents/reload"_s, 202},
                                                  {u"/v1/agents/logout"_s, 400}};
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const QJsonObject call = calls.at(i).toObject();
            QVERIFY2(call.value(u"path"_s).toString().startsWith(expected.at(i).first),
                     qPrintable(call.value(u"path"_s).toString()));
            QCOMPARE(call.value(u"status"_s).toInt(), expected.at(i).second);
        }
        QCOMPARE(calls.at(0).toObject().value(u"auth"_s).toString(), u"Bearer"_s);
        QVERIFY(!QJsonDocument(m_sim->requests()).toJson().contains(token));

        // The service logs under its category, never the token or the whole subscription id.
        QVERIFY(log.contains(u"agentdesk.sim.cc: "_s));
        QVERIFY(!log.contains(QString::fromLatin1(token)));
        QVERIFY(!log.contains(subscriptionId));
    }
};

QTEST_GUILESS_MAIN(TestSimContactCenter)
#include "tst_simcontactcenter.moc"
