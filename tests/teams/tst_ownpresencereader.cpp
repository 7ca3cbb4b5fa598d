// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Teams::OwnPresenceReader against the simulator's Graph over loopback, with a ManualClock shared
// by the reader, the HTTP layer and the simulator: GET /me/presence at once and every interval,
// the agent's Graph id, change reports, the delay from a Teams change to the report, its own
// request budget, 429 with Retry-After (injected and from Graph's own limiter), backoff on
// failures, a token renewed in the middle, malformed answers, stop and readSoon. The simulator's
// request log is the witness.
#include <core/clock.h>
#include <net/httpclient.h>
#include <sim/simdirectory.h>
#include <teams/ownpresencereader.h>

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
using Core::Presence;
using Teams::OwnPresenceReader;

namespace {

const QString kMePresence = u"^/v1\\.0/me/presence$"_s;
const QString Kenji = u"kenji.tanaka@contoso.example"_s;

int statusOf(const QJsonValue &logEntry)
{
    return logEntry.toObject().value(u"status"_s).toInt();
}

QDateTime timeOf(const QJsonValue &logEntry)
{
    return QDateTime::fromString(logEntry.toObject().value(u"time"_s).toString(),
                                 Qt::ISODateWithMs);
}

} // namespace

class TestOwnPresenceReader final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Core::ManualClock> m_clock;
    std::unique_ptr<Test::SimFixture> m_sim;
    std::unique_ptr<Test::FakeTokenProvider> m_token;
    QNetworkAccessManager m_network;
    std::unique_ptr<Net::HttpClient> m_http;
    QString m_me;

    void startSim(Sim::Scenario scenario = Sim::Scenario::defaults())
    {
        m_sim = std::make_unique<Test::SimFixture>(std::move(scenario), m_clock.get());
        m_token = std::make_unique<Test::FakeTokenProvider>(
                QString::fromLatin1(m_sim->token(u"graph"_s, Kenji)));
        m_me = m_sim->simulator().directory().findByEmail(Kenji)->id;
        setTeams(u"Available"_s, u"Available"_s);
    }

    // Ticks every few milliseconds of real time so that moving the ManualClock takes effect at
    // once; everything else as shipped.
    static OwnPresenceReader::Options testOptions()
    {
        OwnPresenceReader::Options options;
        options.checkInterval = 5ms;
        return options;
    }

    std::unique_ptr<OwnPresenceReader>
    makeReader(OwnPresenceReader::Options options = testOptions())
    {
        return std::make_unique<OwnPresenceReader>(m_http.get(), m_token.get(),
                                                   m_sim->url(u"/v1.0"_s), m_clock.get(), options);
    }

    QJsonArray reads() { return m_sim->requestsTo(kMePresence); }

    void setTeams(const QString &availability, const QString &activity)
    {
        QCOMPARE(m_sim->wire()
                         .postJson(m_sim->url(u"/_sim/presence"_s),
                                   QJsonDocument(QJsonObject{{u"id"_s, m_me},
                                                             {u"availability"_s, availability},
                                                             {u"activity"_s, activity}}))
                         .status,
                 200);
    }

    // Lets the reader's timer run a few rounds without moving the clock.
    static void letItRun() { QTest::qWait(40); }

private Q_SLOTS:
    void init()
    {
        m_clock = std::make_unique<Core::ManualClock>();
        Net::RetryPolicy policy{.baseDelay = 1000ms, .maxDelay = 8000ms};
        policy.jitter = [] { return 1.0; };
        m_http = std::make_unique<Net::HttpClient>(&m_network, m_clock.get(), policy);
        startSim();
    }
    void cleanup()
    {
        m_http.reset();
        m_token.reset();
        m_sim.reset();
        m_clock.reset();
    }

    void start_readsAtOnce_reportsPresenceAndTheAgentsId()
    {
        auto reader = makeReader();
        QSignalSpy read(reader.get(), &OwnPresenceReader::presenceRead);
        QSignalSpy changed(reader.get(), &OwnPresenceReader::presenceChanged);
        QSignalSpy userId(reader.get(), &OwnPresenceReader::userIdChanged);
        QVERIFY(!reader->readAt().isValid());
        reader->start();
        QTRY_COMPARE(read.size(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(userId.size(), 1);
        QCOMPARE(userId.first().first().toString(), m_me);
        QCOMPARE(reader->userId(), m_me);
        QCOMPARE(reader->presence().status(), Presence::Status::Available);
        QCOMPARE(reader->readAt(), m_clock->now());
        QCOMPARE(read.first().at(1).toDateTime(), m_clock->now());
        QCOMPARE(reads().size(), 1);
        QCOMPARE(statusOf(reads().first()), 200);
    }

    void interval_readsEveryThreeSeconds_changesReportedOnce()
    {
        auto reader = makeReader();
        QSignalSpy read(reader.get(), &OwnPresenceReader::presenceRead);
        QSignalSpy changed(reader.get(), &OwnPresenceReader::presenceChanged);
        reader->start();
        QTRY_COMPARE(read.size(), 1);
        m_clock->advance(2'999);
        letItRun();
        QCOMPARE(reads().size(), 1);
        m_clock->advance(1);
        QTRY_COMPARE(read.size(), 2);
        QCOMPARE(changed.size(), 1); // the same presence again is no change

        setTeams(u"DoNotDisturb"_s, u"Presenting"_s);
        m_clock->advance(3'000);
        QTRY_COMPARE(read.size(), 3);
        QCOMPARE(changed.size(), 2);
        const auto presence = changed.last().first().value<Presence>();
        QCOMPARE(presence.status(), Presence::Status::Presenting);
        QCOMPARE(presence.activity(), Presence::Value::Presenting);
        QCOMPARE(reads().size(), 3);
    }

    void delay_teamsChangeToReport_atMostOneInterval_data()
    {
        QTest::addColumn<int>("changeAfterMs"); // after the last read
        QTest::newRow("just after a read") << 1;
        QTest::newRow("mid-interval") << 1'500;
        QTest::newRow("just before the next read") << 2'999;
    }
    void delay_teamsChangeToReport_atMostOneInterval()
    {
        QFETCH(int, changeAfterMs);
        auto reader = makeReader();
        QSignalSpy changed(reader.get(), &OwnPresenceReader::presenceChanged);
        reader->start();
        QTRY_COMPARE(changed.size(), 1);
        m_clock->advance(changeAfterMs);
        setTeams(u"Busy"_s, u"InACall"_s);
        const QDateTime changedAt = m_clock->now();
        // Clock time moves in 100 ms steps until the reader reports the change.
        qint64 delay = 0;
        while (changed.size() < 2 && delay < 10'000) {
            m_clock->advance(100);
            delay += 100;
            QTest::qWait(15);
        }
        QTRY_COMPARE(changed.size(), 2);
        const qint64 measured = changedAt.msecsTo(reader->readAt());
        QVERIFY2(measured <= 3'000, qPrintable(QString::number(measured)));
        qInfo("Teams change reported %lld ms (clock) after it happened", measured);
    }

    void budget_shortInterval_neverMoreThanTheBudgetPerWindow()
    {
        OwnPresenceReader::Options options = testOptions();
        options.interval = 500ms;
        options.budgetRequests = 3;
        options.budgetWindow = 10s;
        auto reader = makeReader(options);
        reader->start();
        for (int step = 0; step < 60; ++step) {
            m_clock->advance(500);
            QTest::qWait(10);
            QTRY_VERIFY(!reader->isRequestRunning());
            QVERIFY(reader->requestsInWindow() <= 3);
        }
        const QJsonArray wire = reads();
        QVERIFY2(wire.size() >= 9, qPrintable(QString::number(wire.size())));
        for (const QJsonValue &end : wire) {
            const auto inWindow = std::count_if(wire.begin(), wire.end(), [&](const auto &e) {
                return timeOf(e) > timeOf(end).addMSecs(-10'000) && timeOf(e) <= timeOf(end);
            });
            QVERIFY(inWindow <= 3);
        }
    }

    void throttled_injectedRetryAfter_nothingSentUntilItPassed()
    {
        QVERIFY(m_sim->injectFault({{u"kind"_s, u"throttle"_s},
                                    {u"path"_s, kMePresence},
                                    {u"retryAfter"_s, 7},
                                    {u"count"_s, 1}}) > 0);
        auto reader = makeReader();
        QSignalSpy read(reader.get(), &OwnPresenceReader::presenceRead);
        reader->start();
        QTRY_COMPARE(reads().size(), 1);
        QTRY_VERIFY(!reader->isRequestRunning());
        QCOMPARE(statusOf(reads().first()), 429);
        QCOMPARE(reader->holdingUntil(), m_clock->now().addSecs(7));
        // Two intervals pass, Retry-After has not: nothing.
        m_clock->advance(6'999);
        letItRun();
        QCOMPARE(reads().size(), 1);
        m_clock->advance(1);
        QTRY_COMPARE(read.size(), 1);
        QCOMPARE(reads().size(), 2);
        // One attempt per request: HttpClient did not retry on its own as well.
        QVERIFY(reads().at(0).toObject().value(u"clientRequestId"_s) !=
                reads().at(1).toObject().value(u"clientRequestId"_s));
    }

    void throttled_byGraphsOwnLimit_waitsItsRetryAfter()
    {
        Sim::Scenario scenario = Sim::Scenario::defaults();
        scenario.merge({{u"graph"_s, QJsonObject{{u"presenceRateLimit"_s,
                                                  QJsonObject{{u"requests"_s, 2},
                                                              {u"windowSeconds"_s, 30}}}}}});
        startSim(std::move(scenario));
        auto reader = makeReader();
        reader->start();
        QTRY_COMPARE(reads().size(), 1);
        m_clock->advance(3'000);
        QTRY_COMPARE(reads().size(), 2);
        m_clock->advance(3'000);
        QTRY_COMPARE(reads().size(), 3);
        QTRY_VERIFY(!reader->isRequestRunning());
        QCOMPARE(statusOf(reads().at(2)), 429);
        // The tenant's window admits one more 24 s later.
        QCOMPARE(reader->holdingUntil(), m_clock->now().addSecs(24));
        m_clock->advance(23'000);
        letItRun();
        QCOMPARE(reads().size(), 3);
        m_clock->advance(1'000);
        QTRY_COMPARE(reads().size(), 4);
        QTRY_VERIFY(!reader->isRequestRunning());
        QCOMPARE(statusOf(reads().at(3)), 200);
    }

    void tokenExpired_inTheMiddle_renewedOnceAndReadingGoesOn()
    {
        Test::LogCapture log;
        auto reader = makeReader();
        QSignalSpy read(reader.get(), &OwnPresenceReader::presenceRead);
        reader->start();
        QTRY_COMPARE(read.size(), 1);
        const QString oldToken = m_token->accessToken();
        // Graph says the token expired (as after an hour); the provider gets a new one.
        const QString fresh = QString::fromLatin1(m_sim->token(u"graph"_s, Kenji));
        m_token->setNextToken(fresh);
        QVERIFY(m_sim->injectFault({{u"kind"_s, u"expiredToken"_s},
                                    {u"path"_s, kMePresence},
                                    {u"count"_s, 1}}) > 0);
        m_clock->advance(3'000);
        QTRY_COMPARE(read.size(), 2);
        QCOMPARE(m_token->refreshCount(), 1);
        QCOMPARE(m_token->accessToken(), fresh);
        const QJsonArray wire = reads();
        QCOMPARE(wire.size(), 3);
        QCOMPARE(statusOf(wire.at(1)), 401);
        QCOMPARE(statusOf(wire.at(2)), 200);
        QVERIFY(!reader->holdingUntil().isValid());
        m_clock->advance(3'000);
        QTRY_COMPARE(read.size(), 3);
        for (const QString &line : log.lines()) {
            QVERIFY2(!line.contains(oldToken) && !line.contains(fresh), qPrintable(line));
        }
    }

    void failures_serverOrNetwork_backOffAndRecover_data()
    {
        QTest::addColumn<QJsonObject>("fault");
        QTest::newRow("500") << QJsonObject{{u"kind"_s, u"status"_s}, {u"status"_s, 500}};
        QTest::newRow("503 without Retry-After")
                << QJsonObject{{u"kind"_s, u"status"_s}, {u"status"_s, 503}};
        QTest::newRow("malformed JSON") << QJsonObject{{u"kind"_s, u"malformed"_s}};
        QTest::newRow("no presence in the answer") << QJsonObject{
                {u"kind"_s, u"status"_s}, {u"status"_s, 200}, {u"body"_s, u"{\"id\":\"x\"}"_s}};
    }
    void failures_serverOrNetwork_backOffAndRecover()
    {
        QFETCH(QJsonObject, fault);
        auto reader = makeReader();
        QSignalSpy read(reader.get(), &OwnPresenceReader::presenceRead);
        reader->start();
        QTRY_COMPARE(read.size(), 1);
        fault.insert(u"path"_s, kMePresence);
        fault.insert(u"count"_s, 2);
        QVERIFY(m_sim->injectFault(fault) > 0);
        m_clock->advance(3'000);
        QTRY_COMPARE(reads().size(), 2);
        QTRY_VERIFY(!reader->isRequestRunning());
        // First failure: again after 1 s, not a whole interval later; then 2 s (the pinned
        // backoff). The presence read before stays.
        QCOMPARE(reader->holdingUntil(), m_clock->now().addMSecs(1'000));
        QCOMPARE(reader->presence().status(), Presence::Status::Available);
        m_clock->advance(999);
        letItRun();
        QCOMPARE(reads().size(), 2);
        m_clock->advance(1);
        QTRY_COMPARE(reads().size(), 3);
        QTRY_VERIFY(!reader->isRequestRunning());
        QCOMPARE(reader->holdingUntil(), m_clock->now().addMSecs(2'000));
        m_clock->advance(2'000);
        QTRY_COMPARE(read.size(), 2);
        QVERIFY(!reader->holdingUntil().isValid());
        QCOMPARE(reads().size(), 4);
    }

    void failures_droppedConnection_neverCrashesAndRecovers()
    {
        auto reader = makeReader();
        QSignalSpy read(reader.get(), &OwnPresenceReader::presenceRead);
        reader->start();
        QTRY_COMPARE(read.size(), 1);
        // Two drops: Qt may send a GET again by itself once on a dropped keep-alive connection.
        QVERIFY(m_sim->injectFault(
                        {{u"kind"_s, u"drop"_s}, {u"path"_s, kMePresence}, {u"count"_s, 2}}) > 0);
        m_clock->advance(3'000);
        QTRY_VERIFY(reader->holdingUntil().isValid() || read.size() == 2);
        QTRY_VERIFY(!reader->isRequestRunning());
        if (read.size() < 2) {
            QCOMPARE(reader->holdingUntil(), m_clock->now().addMSecs(1'000));
            m_clock->advance(1'000);
        }
        QTRY_COMPARE(read.size(), 2);
        QVERIFY(!reader->holdingUntil().isValid());
    }

    void stop_nothingMoreIsSent_readSoon_skipsTheInterval()
    {
        auto reader = makeReader();
        QSignalSpy read(reader.get(), &OwnPresenceReader::presenceRead);
        reader->start();
        QTRY_COMPARE(read.size(), 1);
        m_clock->advance(500);
        reader->readSoon();
        QTRY_COMPARE(read.size(), 2);
        QCOMPARE(reader->readAt(), m_clock->now());

        reader->stop();
        QVERIFY(!reader->isRunning());
        m_clock->advance(30'000);
        letItRun();
        QCOMPARE(reads().size(), 2);
        reader->start();
        QTRY_COMPARE(read.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestOwnPresenceReader)
#include "tst_ownpresencereader.moc"
