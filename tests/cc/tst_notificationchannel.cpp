// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The notification WebSocket against the simulator over loopback with a real QWebSocket:
// subscribe → Welcome, keepalive, reconnect with backoff after a drop, AGENT_MULTI_LOGIN, frames
// that cannot be read; and against a bare local WebSocket server where the simulator cannot
// misbehave enough (no Welcome, counting keepalive frames).
#include "cctestkit.h"

#include <cc/ccevent.h>
#include <cc/notificationchannel.h>
#include <sim/ccnotifier.h>
#include <sim/contactcenterservice.h>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

#include <support/logcapture.h>

using namespace Qt::StringLiterals;
using namespace AgentDesk;
using Cc::NotificationChannel;
using std::chrono::milliseconds;

namespace {

const QString kAna = u"ana.souza@contoso.example"_s;
const QString kAnaAgentId = u"8e9d9554-3372-4692-bc10-1594b1e29d39"_s;

// Fast, deterministic reconnects for tests: 100 ms, 200 ms, 400 ms... with the jitter pinned
// to its low end (half of each).
NotificationChannel::Options fastOptions()
{
    NotificationChannel::Options options;
    options.backoff =
            Cc::ReconnectBackoff{milliseconds(100), milliseconds(2'000), [] { return 0.0; }};
    return options;
}

// A WebSocket server of our own on loopback, for what the simulator never does: stay silent
// (no Welcome), or count each frame the client sends.
class LocalSocketServer final : public QObject
{
public:
    explicit LocalSocketServer(bool welcome)
        : m_server(u"local"_s, QWebSocketServer::NonSecureMode)
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QWebSocketServer::newConnection, this, [this, welcome] {
            QWebSocket *socket = m_server.nextPendingConnection();
            socket->setParent(this);
            m_age.start();
            connect(socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
                frames.append({m_age.elapsed(), text});
            });
            connect(socket, &QWebSocket::disconnected, this, [this] { closed = true; });
            if (welcome) {
                socket->sendTextMessage(
                        uR"({"type":"Welcome","data":{"agentId":"local-agent"}})"_s);
            }
            connected = true;
        });
    }

    QUrl url() const
    {
        return QUrl(u"ws://127.0.0.1:%1/v1/notification/subscription/local"_s.arg(
                m_server.serverPort()));
    }

    struct Frame
    {
        qint64 atMs;
        QString text;
    };
    QList<Frame> frames;
    bool connected = false;
    bool closed = false;

private:
    QWebSocketServer m_server;
    QElapsedTimer m_age;
};

} // namespace

class TestNotificationChannel final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::CcTestKit> m_kit;

    std::unique_ptr<NotificationChannel>
    channelFor(Net::TokenProvider *tokens, NotificationChannel::Options options,
               const Core::Clock *clock = Core::Clock::system())
    {
        return std::make_unique<NotificationChannel>(&m_kit->http(), m_kit->ccApi(), tokens, clock,
                                                     std::move(options));
    }

    // Makes the next subscribe answer 200 with a socket address of our choosing.
    void redirectSubscribe(const QUrl &socketUrl)
    {
        const QJsonObject body{{u"webSocketUrl"_s, socketUrl.toString()},
                               {u"subscriptionId"_s, u"local"_s}};
        QVERIFY(m_kit->sim().injectFault(
                        {{u"path"_s, u"^/v1/notification/subscribe$"_s},
                         {u"kind"_s, u"status"_s},
                         {u"status"_s, 200},
                         {u"body"_s, QString::fromUtf8(QJsonDocument(body).toJson())},
                         {u"count"_s, 1}}) > 0);
    }

    int subscribeCount()
    {
        return int(m_kit->sim().requestsTo(u"^/v1/notification/subscribe$"_s).size());
    }

private Q_SLOTS:
    void init() { m_kit = std::make_unique<Test::CcTestKit>(); }
    void cleanup() { m_kit.reset(); }

    void open_ccToken_subscribesAndIsWelcomed()
    {
        auto tokens = m_kit->tokensFor(kAna);
        auto channel = channelFor(tokens.get(), {});
        QSignalSpy opened(channel.get(), &NotificationChannel::opened);
        QSignalSpy events(channel.get(), &NotificationChannel::eventReceived);
        QCOMPARE(channel->state(), NotificationChannel::State::Closed);

        channel->open();
        QCOMPARE(channel->state(), NotificationChannel::State::Connecting);
        QTRY_COMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0).at(0).toString(), kAnaAgentId);
        QCOMPARE(channel->state(), NotificationChannel::State::Open);
        QCOMPARE(channel->agentId(), kAnaAgentId);
        // Welcome is an event too, for whoever wants to see it.
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.at(0).at(0).value<Cc::CcEvent>().category, u"Welcome"_s);

        // The subscribe body, as the simulator received it.
        const QJsonArray calls = m_kit->sim().requestsTo(u"^/v1/notification/subscribe$"_s);
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls.at(0).toObject().value(u"method"_s).toString(), u"POST"_s);
        QCOMPARE(calls.at(0).toObject().value(u"auth"_s).toString(), u"Bearer"_s);
        const QJsonObject body = Test::CcTestKit::loggedBody(calls.at(0));
        QCOMPARE(body.value(u"isKeepAliveEnabled"_s), QJsonValue(true));
        QCOMPARE(body.value(u"clientType"_s), QJsonValue(u"AgentDesk"_s));
        QCOMPARE(body.value(u"allowMultiLogin"_s), QJsonValue(false));
        QCOMPARE(body.value(u"force"_s), QJsonValue(true));
        QCOMPARE(m_kit->agent(kAna).value(u"sockets"_s).toInt(), 1);
    }

    void open_subscribeFails_reportsOpenFailedAndDoesNotRetry_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("500") << 500;
        QTest::newRow("403") << 403;
    }
    void open_subscribeFails_reportsOpenFailedAndDoesNotRetry()
    {
        QFETCH(int, status);
        QVERIFY(m_kit->sim().injectFault({{u"path"_s, u"^/v1/notification/subscribe$"_s},
                                          {u"kind"_s, u"status"_s},
                                          {u"status"_s, status},
                                          {u"count"_s, 1}}) > 0);
        auto tokens = m_kit->tokensFor(kAna);
        auto channel = channelFor(tokens.get(), fastOptions());
        QSignalSpy failed(channel.get(), &NotificationChannel::openFailed);
        channel->open();
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(!failed.at(0).at(0).toString().isEmpty());
        QCOMPARE(channel->state(), NotificationChannel::State::Closed);
        QTest::qWait(400); // several backoff steps: nothing more may happen
        QCOMPARE(subscribeCount(), 1);

        // The caller may try again.
        QSignalSpy opened(channel.get(), &NotificationChannel::opened);
        channel->open();
        QTRY_COMPARE(opened.size(), 1);
    }

    void open_socketAddressNotWebSocket_isRefused()
    {
        redirectSubscribe(QUrl(u"http://127.0.0.1:1/v1/notification/subscription/x"_s));
        auto tokens = m_kit->tokensFor(kAna);
        auto channel = channelFor(tokens.get(), fastOptions());
        QSignalSpy failed(channel.get(), &NotificationChannel::openFailed);
        channel->open();
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(channel->state(), NotificationChannel::State::Closed);
    }

    void open_noWelcome_failsAfterTheWelcomeTimeout()
    {
        LocalSocketServer silent(false);
        redirectSubscribe(silent.url());
        auto tokens = m_kit->tokensFor(kAna);
        NotificationChannel::Options options = fastOptions();
        options.welcomeTimeout = milliseconds(400);
        auto channel = channelFor(tokens.get(), options);
        QSignalSpy failed(channel.get(), &NotificationChannel::openFailed);
        QElapsedTimer elapsed;
        elapsed.start();
        channel->open();
        QTRY_VERIFY(silent.connected);
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY2(elapsed.elapsed() >= 400, qPrintable(QString::number(elapsed.elapsed())));
        QCOMPARE(channel->state(), NotificationChannel::State::Closed);
        QTRY_VERIFY(silent.closed); // the channel does not leave the socket open
    }

    void keepalive_onOpenAndEveryInterval_sendsTheKeepaliveFrame()
    {
        LocalSocketServer server(true);
        redirectSubscribe(server.url());
        auto tokens = m_kit->tokensFor(kAna);
        NotificationChannel::Options options = fastOptions();
        options.keepaliveInterval = milliseconds(500);
        auto channel = channelFor(tokens.get(), options);
        QSignalSpy opened(channel.get(), &NotificationChannel::opened);
        channel->open();
        QTRY_COMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0).at(0).toString(), u"local-agent"_s);
        QTRY_VERIFY_WITH_TIMEOUT(server.frames.size() >= 4, 5'000);
        // The first on open (well before one interval), then one per interval; each exactly
        // the SDK's keepalive text. The bounds leave room for a busy machine.
        QVERIFY2(server.frames.first().atMs < 300,
                 qPrintable(QString::number(server.frames.first().atMs)));
        for (qsizetype i = 0; i < server.frames.size(); ++i) {
            QCOMPARE(server.frames.at(i).text, u"{\"keepalive\":\"true\"}"_s);
            if (i > 0) {
                const qint64 gap = server.frames.at(i).atMs - server.frames.at(i - 1).atMs;
                QVERIFY2(gap >= 400 && gap <= 1'000, qPrintable(QString::number(gap)));
            }
        }
    }

    void keepalive_defaultInterval_isTheSdks4Seconds()
    {
        const NotificationChannel::Options options;
        QCOMPARE(options.keepaliveInterval, milliseconds(4'000));
        QCOMPARE(options.welcomeTimeout, milliseconds(30'000));
    }

    void keepalive_default4s_socketOutlivesTheServersSilenceTimeout()
    {
        // The server drops a socket silent for 5 s here (16 s in the real service); with the
        // default 4 s keepalive the socket lives through two such windows.
        Sim::Scenario scenario = Sim::Scenario::defaults();
        scenario.merge({{u"contactCenter"_s, QJsonObject{{u"keepaliveTimeoutMs"_s, 5'000}}}});
        m_kit = std::make_unique<Test::CcTestKit>(std::move(scenario));
        auto tokens = m_kit->tokensFor(kAna);
        auto channel = channelFor(tokens.get(), fastOptions());
        QSignalSpy opened(channel.get(), &NotificationChannel::opened);
        QSignalSpy lost(channel.get(), &NotificationChannel::connectionLost);
        channel->open();
        QTRY_COMPARE(opened.size(), 1);
        QTest::qWait(10'500);
        QCOMPARE(lost.size(), 0);
        QCOMPARE(channel->state(), NotificationChannel::State::Open);
        QCOMPARE(m_kit->agent(kAna).value(u"sockets"_s).toInt(), 1);
        QCOMPARE(subscribeCount(), 1);
    }

    void keepalive_slowerThanTheServerTimeout_socketIsDroppedAndReconnected()
    {
        // The counter-test: the same server with a keepalive too slow for it closes the socket,
        // which proves the previous test's socket lived thanks to the keepalive.
        Sim::Scenario scenario = Sim::Scenario::defaults();
        scenario.merge({{u"contactCenter"_s, QJsonObject{{u"keepaliveTimeoutMs"_s, 800}}}});
        m_kit = std::make_unique<Test::CcTestKit>(std::move(scenario));
        auto tokens = m_kit->tokensFor(kAna);
        NotificationChannel::Options options = fastOptions();
        options.keepaliveInterval = milliseconds(60'000);
        auto channel = channelFor(tokens.get(), options);
        QSignalSpy opened(channel.get(), &NotificationChannel::opened);
        QSignalSpy lost(channel.get(), &NotificationChannel::connectionLost);
        QSignalSpy restored(channel.get(), &NotificationChannel::connectionRestored);
        channel->open();
        QTRY_COMPARE(opened.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(lost.size(), 1, 5'000);
        QTRY_COMPARE(restored.size(), 1);
    }

    void drop_afterOpen_reportsLostThenRestoredAndResubscribes()
    {
        auto tokens = m_kit->tokensFor(kAna);
        Core::ManualClock clock;
        auto channel = channelFor(tokens.get(), fastOptions(), &clock);
        QSignalSpy opened(channel.get(), &NotificationChannel::opened);
        QSignalSpy states(channel.get(), &NotificationChannel::stateChanged);
        QStringList order;
        connect(channel.get(), &NotificationChannel::connectionLost, this, [&order, &clock] {
            order << u"lost"_s;
            clock.advance(7'000); // the outage, as the injected clock sees it
        });
        qint64 downtime = -1;
        connect(channel.get(), &NotificationChannel::connectionRestored, this,
                [&order, &downtime](qint64 ms) {
                    order << u"restored"_s;
                    downtime = ms;
                });
        channel->open();
        QTRY_COMPARE(opened.size(), 1);
        states.clear();

        QCOMPARE(m_kit->control(u"/_sim/cc/drop-sockets"_s, {{u"email"_s, kAna}}), 200);
        QTRY_COMPARE(order, (QStringList{u"lost"_s, u"restored"_s}));
        QCOMPARE(downtime, 7'000);
        QCOMPARE(opened.size(), 1); // restored, not opened again
        QCOMPARE(channel->state(), NotificationChannel::State::Open);
        QCOMPARE(channel->reconnectAttempts(), 0);
        QCOMPARE(states.size(), 2);
        QCOMPARE(states.at(0).at(0).value<NotificationChannel::State>(),
                 NotificationChannel::State::Reconnecting);
        QCOMPARE(states.at(1).at(0).value<NotificationChannel::State>(),
                 NotificationChannel::State::Open);
        // A new subscription, and one live socket again.
        QCOMPARE(subscribeCount(), 2);
        QCOMPARE(m_kit->agent(kAna).value(u"sockets"_s).toInt(), 1);
    }

    void drop_serviceDownForAWhile_retriesWithGrowingBackoff()
    {
        auto tokens = m_kit->tokensFor(kAna);
        auto channel = channelFor(tokens.get(), fastOptions());
        QSignalSpy opened(channel.get(), &NotificationChannel::opened);
        QSignalSpy lost(channel.get(), &NotificationChannel::connectionLost);
        QSignalSpy restored(channel.get(), &NotificationChannel::connectionRestored);
        channel->open();
        QTRY_COMPARE(opened.size(), 1);
        const qint64 since =
                m_kit->sim().requests().last().toObject().value(u"sequence"_s).toInteger();

        // The next three subscribes fail; the fourth gets through.
        QVERIFY(m_kit->sim().injectFault({{u"path"_s, u"^/v1/notification/subscribe$"_s},
                                          {u"kind"_s, u"status"_s},
                                          {u"status"_s, 503},
                                          {u"count"_s, 3}}) > 0);
        QCOMPARE(m_kit->control(u"/_sim/cc/drop-sockets"_s, {{u"email"_s, kAna}}), 200);
        QTRY_COMPARE_WITH_TIMEOUT(restored.size(), 1, 10'000);
        QCOMPARE(lost.size(), 1); // one outage, one banner, however many attempts

        const QJsonArray attempts =
                m_kit->sim().requestsTo(u"^/v1/notification/subscribe$"_s, since);
        QCOMPARE(attempts.size(), 4);
        // After the first retry (50 ms after the drop) the waits are 100, 200, 400 ms (jitter
        // pinned low): each gap at least its wait, and growing.
        const auto at = [&attempts](int i) {
            return QDateTime::fromString(attempts.at(i).toObject().value(u"time"_s).toString(),
                                         Qt::ISODateWithMs);
        };
        const qint64 gap1 = at(0).msecsTo(at(1));
        const qint64 gap2 = at(1).msecsTo(at(2));
        const qint64 gap3 = at(2).msecsTo(at(3));
        QVERIFY2(gap1 >= 95 && gap2 >= 195 && gap3 >= 395,
                 qPrintable(u"%1 %2 %3"_s.arg(gap1).arg(gap2).arg(gap3)));
    }

    void multiLogin_otherSessionOpens_takesOverWithoutReconnect()
    {
        auto tokens = m_kit->tokensFor(kAna);
        auto first = channelFor(tokens.get(), fastOptions());
        QSignalSpy firstOpened(first.get(), &NotificationChannel::opened);
        QSignalSpy takenOver(first.get(), &NotificationChannel::sessionTakenOver);
        QSignalSpy lost(first.get(), &NotificationChannel::connectionLost);
        QSignalSpy firstEvents(first.get(), &NotificationChannel::eventReceived);
        first->open();
        QTRY_COMPARE(firstOpened.size(), 1);

        // The same agent signs in from another desktop.
        auto otherTokens = m_kit->tokensFor(kAna);
        auto second = channelFor(otherTokens.get(), fastOptions());
        QSignalSpy secondOpened(second.get(), &NotificationChannel::opened);
        second->open();
        QTRY_COMPARE(secondOpened.size(), 1);
        QTRY_COMPARE(takenOver.size(), 1);
        QVERIFY(!takenOver.at(0).at(0).toString().isEmpty());
        QCOMPARE(first->state(), NotificationChannel::State::TakenOver);

        QTest::qWait(600); // well past several backoff steps
        QCOMPARE(lost.size(), 0);
        QCOMPARE(firstEvents.size(), 1); // Welcome only: AGENT_MULTI_LOGIN is not an event
        QCOMPARE(first->state(), NotificationChannel::State::TakenOver);
        QCOMPARE(subscribeCount(), 2);
        QCOMPARE(second->state(), NotificationChannel::State::Open);
        QCOMPARE(m_kit->agent(kAna).value(u"sockets"_s).toInt(), 1);

        // Signing in again here is allowed, and takes the session back.
        QSignalSpy secondTakenOver(second.get(), &NotificationChannel::sessionTakenOver);
        first->open();
        QTRY_COMPARE(firstOpened.size(), 2);
        QTRY_COMPARE(secondTakenOver.size(), 1);
    }

    void frames_unreadable_areLoggedAndIgnored()
    {
        Test::LogCapture log;
        auto tokens = m_kit->tokensFor(kAna);
        auto channel = channelFor(tokens.get(), fastOptions());
        QSignalSpy opened(channel.get(), &NotificationChannel::opened);
        QSignalSpy events(channel.get(), &NotificationChannel::eventReceived);
        QSignalSpy lost(channel.get(), &NotificationChannel::connectionLost);
        channel->open();
        QTRY_COMPARE(opened.size(), 1);
        events.clear();

        // Envelopes that are JSON but not events: no type, a number as type, data not an object.
        auto &notifier = m_kit->sim().simulator().contactCenter().notifier();
        QCOMPARE(
                notifier.sendEnvelope(kAnaAgentId, {{u"data"_s, QJsonObject{{u"type"_s, u"X"_s}}}}),
                1);
        QCOMPARE(notifier.sendEnvelope(kAnaAgentId, {{u"type"_s, 42}}), 1);
        QCOMPARE(notifier.sendEnvelope(
                         kAnaAgentId, {{u"type"_s, u"AgentStateChange"_s}, {u"data"_s, u"text"_s}}),
                 1);
        // Then a real event through the control API: it still arrives, on the same socket.
        QCOMPARE(m_kit->control(u"/_sim/cc/events"_s,
                                {{u"email"_s, kAna},
                                 {u"category"_s, u"AgentStateChange"_s},
                                 {u"data"_s, QJsonObject{{u"type"_s, u"AgentStateChangeSuccess"_s},
                                                         {u"subStatus"_s, u"Available"_s}}}}),
                 200);
        QTRY_COMPARE(events.size(), 1);
        const auto event = events.at(0).at(0).value<Cc::CcEvent>();
        QCOMPARE(event.category, u"AgentStateChange"_s);
        QCOMPARE(event.name, u"AgentStateChangeSuccess"_s);
        QCOMPARE(event.agentId, kAnaAgentId);
        QVERIFY(!event.trackingId.isEmpty());
        QCOMPARE(lost.size(), 0);
        QCOMPARE(channel->state(), NotificationChannel::State::Open);
        QCOMPARE(log.lines().filter(u"unreadable notification frame"_s).size(), 3);
    }

    void close_whileOpen_endsWithoutReconnect()
    {
        auto tokens = m_kit->tokensFor(kAna);
        auto channel = channelFor(tokens.get(), fastOptions());
        QSignalSpy opened(channel.get(), &NotificationChannel::opened);
        QSignalSpy lost(channel.get(), &NotificationChannel::connectionLost);
        channel->open();
        QTRY_COMPARE(opened.size(), 1);
        channel->close();
        QCOMPARE(channel->state(), NotificationChannel::State::Closed);
        QTRY_COMPARE(m_kit->agent(kAna).value(u"sockets"_s).toInt(), 0);
        QTest::qWait(400);
        QCOMPARE(lost.size(), 0);
        QCOMPARE(subscribeCount(), 1);
    }

    void log_wholeSession_containsNoTokenNorSocketAddress()
    {
        Test::LogCapture log;
        auto tokens = m_kit->tokensFor(kAna);
        auto channel = channelFor(tokens.get(), fastOptions());
        QSignalSpy opened(channel.get(), &NotificationChannel::opened);
        QSignalSpy restored(channel.get(), &NotificationChannel::connectionRestored);
        channel->open();
        QTRY_COMPARE(opened.size(), 1);
        QCOMPARE(m_kit->control(u"/_sim/cc/drop-sockets"_s, {{u"email"_s, kAna}}), 200);
        QTRY_COMPARE(restored.size(), 1);
        QVERIFY(!log.lines().isEmpty());
        QVERIFY(!log.contains(tokens->accessToken()));
        // The subscription ids are capabilities: the client never logs them.
        const QString clientLog = log.lines().filter(u"agentdesk.cc"_s).join(u'\n');
        QVERIFY(clientLog.contains(u"notification channel restored"_s));
        const QJsonArray sockets = m_kit->sim().requestsTo(u"^/v1/notification/subscription/"_s);
        QCOMPARE(sockets.size(), 2);
        for (const QJsonValue &entry : sockets) {
            const QString id = entry.toObject().value(u"path"_s).toString().section(u'/', -1);
            QVERIFY(id.size() >= 16);
            QVERIFY(!clientLog.contains(id));
        }
    }
};

QTEST_GUILESS_MAIN(TestNotificationChannel)
#include "tst_notificationchannel.moc"
