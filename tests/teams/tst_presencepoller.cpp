// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Teams::PresencePoller against the simulator's Graph over loopback, with a ManualClock shared
// by the poller, the HTTP layer and the simulator (its rate limiter and request log): batching
// (651 visible people → 2 requests, never more than 650 ids), priority before the rest and the
// rest in rotation, change detection, the request budget, 429 with Retry-After (injected and from
// Graph's own limiter), stale marking, pause, fast mode, and answers read case-insensitively
// with malformed parts ignored. The simulator's request log is the witness.
#include <core/clock.h>
#include <net/httpclient.h>
#include <sim/simdirectory.h>
#include <teams/presencepoller.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSet>
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
using Teams::PresencePoller;

namespace {

const QString kPresencePath = u"/v1\\.0/communications/getPresencesByUserId$"_s;
constexpr int kDirectorySize = 1400;

QStringList idsOf(const QJsonValue &logEntry)
{
    const QJsonObject body =
            QJsonDocument::fromJson(logEntry.toObject().value(u"body"_s).toString().toUtf8())
                    .object();
    QStringList ids;
    for (const QJsonValue &id : body.value(u"ids"_s).toArray()) {
        ids.append(id.toString());
    }
    return ids;
}

int statusOf(const QJsonValue &logEntry)
{
    return logEntry.toObject().value(u"status"_s).toInt();
}

QDateTime timeOf(const QJsonValue &logEntry)
{
    return QDateTime::fromString(logEntry.toObject().value(u"time"_s).toString(),
                                 Qt::ISODateWithMs);
}

QJsonObject presenceJson(const QString &id, const QString &availability, const QString &activity)
{
    return {{u"@odata.type"_s, u"#microsoft.graph.presence"_s},
            {u"id"_s, id},
            {u"availability"_s, availability},
            {u"activity"_s, activity}};
}

QSet<QString> toSet(const QStringList &ids)
{
    return QSet<QString>(ids.cbegin(), ids.cend());
}

QStringList flatten(const QSignalSpy &spy)
{
    QStringList ids;
    for (const QList<QVariant> &emission : spy) {
        ids += emission.at(0).toStringList();
    }
    return ids;
}

} // namespace

class TestPresencePoller final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Core::ManualClock> m_clock;
    std::unique_ptr<Test::SimFixture> m_sim;
    std::unique_ptr<Test::FakeTokenProvider> m_token;
    QNetworkAccessManager m_network;
    std::unique_ptr<Net::HttpClient> m_http;
    QStringList m_ids; // the directory's ids, in creation order

    void startSim(Sim::Scenario scenario)
    {
        scenario.setDirectorySize(kDirectorySize);
        m_sim = std::make_unique<Test::SimFixture>(std::move(scenario), m_clock.get());
        m_token = std::make_unique<Test::FakeTokenProvider>(
                QString::fromLatin1(m_sim->token(u"graph"_s, u"ana.souza@contoso.example"_s)));
        m_ids.clear();
        for (const Sim::SimUser &user : m_sim->simulator().directory().users()) {
            m_ids.append(user.id);
        }
    }

    // Ticks every few milliseconds of real time so that moving the ManualClock takes effect
    // at once; everything else as shipped.
    static PresencePoller::Options testOptions()
    {
        PresencePoller::Options options;
        options.checkInterval = 5ms;
        return options;
    }

    std::unique_ptr<PresencePoller> makePoller(PresencePoller::Options options = testOptions())
    {
        return std::make_unique<PresencePoller>(m_http.get(), m_token.get(), m_sim->url(u"/v1.0"_s),
                                                m_clock.get(), options);
    }

    QJsonArray presenceRequests() { return m_sim->requestsTo(kPresencePath); }

    int injectAnswer(const QJsonArray &value)
    {
        return m_sim->injectFault(
                {{u"kind"_s, u"status"_s},
                 {u"path"_s, kPresencePath},
                 {u"status"_s, 200},
                 {u"body"_s, QString::fromUtf8(QJsonDocument(QJsonObject{{u"value"_s, value}})
                                                       .toJson(QJsonDocument::Compact))},
                 {u"count"_s, 1}});
    }

    int setSimPresence(const QString &id, const QString &availability, const QString &activity)
    {
        return m_sim->wire()
                .postJson(m_sim->url(u"/_sim/presence"_s),
                          QJsonDocument(QJsonObject{{u"id"_s, id},
                                                    {u"availability"_s, availability},
                                                    {u"activity"_s, activity}}))
                .status;
    }

    static bool allRead(const PresencePoller &poller, const QStringList &ids)
    {
        return std::all_of(ids.cbegin(), ids.cend(),
                           [&poller](const QString &id) { return poller.readAt(id).isValid(); });
    }

    // Lets the poller's timer run a few rounds without moving the clock, to show that nothing
    // more goes out.
    static void letItRun() { QTest::qWait(40); }

private Q_SLOTS:
    void init()
    {
        m_clock = std::make_unique<Core::ManualClock>();
        // Failures other than 429-with-Retry-After back off 1 s, 2 s, 4 s...: pinned jitter.
        Net::RetryPolicy policy{.baseDelay = 1000ms, .maxDelay = 8000ms};
        policy.jitter = [] { return 1.0; };
        m_http = std::make_unique<Net::HttpClient>(&m_network, m_clock.get(), policy);
        startSim(Sim::Scenario::defaults());
    }
    void cleanup()
    {
        // Whatever a test did: never more than 650 ids, never a 400.
        if (m_sim) {
            for (const QJsonValue &entry : presenceRequests()) {
                QVERIFY(idsOf(entry).size() <= PresencePoller::MaxIdsPerRequest);
                QVERIFY(statusOf(entry) != 400);
            }
        }
        m_http.reset();
        m_token.reset();
        m_sim.reset();
        m_clock.reset();
    }

    // --- batching and order -------------------------------------------------------------------

    void batching_651VisiblePeople_exactlyTwoRequests()
    {
        auto poller = makePoller();
        const QStringList visible = m_ids.mid(0, 651);
        poller->setPriority(visible);
        QTRY_VERIFY(allRead(*poller, visible));
        QTRY_VERIFY(!poller->isRequestRunning());

        const QJsonArray wire = presenceRequests();
        QCOMPARE(wire.size(), 2);
        QCOMPARE(idsOf(wire.at(0)), visible.mid(0, 650));
        QCOMPARE(idsOf(wire.at(1)), visible.mid(650));
        QCOMPARE(statusOf(wire.at(0)), 200);
        QCOMPARE(statusOf(wire.at(1)), 200);
        letItRun();
        QCOMPARE(presenceRequests().size(), 2);

        // The next round comes after the priority interval, again as 650 + 1.
        m_clock->advance(5'000);
        QTRY_COMPARE(presenceRequests().size(), 4);
        QTRY_VERIFY(!poller->isRequestRunning());
        QCOMPARE(idsOf(presenceRequests().at(2)).size(), 650);
        QCOMPARE(idsOf(presenceRequests().at(3)).size(), 1);
    }

    void batching_smallerBatchSize_splitsAccordingly()
    {
        PresencePoller::Options options = testOptions();
        options.batchSize = 100;
        auto poller = makePoller(options);
        poller->setPriority(m_ids.mid(0, 250));
        QTRY_VERIFY(allRead(*poller, m_ids.mid(0, 250)));
        QTRY_VERIFY(!poller->isRequestRunning());
        QList<int> sizes;
        for (const QJsonValue &entry : presenceRequests()) {
            sizes.append(int(idsOf(entry).size()));
        }
        QCOMPARE(sizes, (QList<int>{100, 100, 50}));
    }

    void batching_oversizedBatchSizeOption_isClampedTo650()
    {
        PresencePoller::Options options = testOptions();
        options.batchSize = 5'000;
        auto poller = makePoller(options);
        poller->setPriority(m_ids.mid(0, 1'000));
        QTRY_VERIFY(allRead(*poller, m_ids.mid(0, 1'000)));
        QTRY_VERIFY(!poller->isRequestRunning());
        QCOMPARE(presenceRequests().size(), 2);
        QCOMPARE(idsOf(presenceRequests().at(0)).size(), 650);
    }

    void priority_withTheRest_isPolledFirstAndTheRestRotates()
    {
        auto poller = makePoller();
        // The visible rows at the end of the directory, so that the rest's first batch cannot
        // contain them by accident.
        const QStringList visible = m_ids.mid(kDirectorySize - 40);
        const QStringList rest = m_ids.mid(0, kDirectorySize - 40);
        poller->setPeople(m_ids);
        poller->setPriority(visible);
        QTRY_COMPARE(presenceRequests().size(), 2);
        QTRY_VERIFY(!poller->isRequestRunning());
        QCOMPARE(idsOf(presenceRequests().at(0)), visible);
        QCOMPARE(idsOf(presenceRequests().at(1)), rest.mid(0, 650));
        // One rest batch per restSpacing (10 s).
        letItRun();
        QCOMPARE(presenceRequests().size(), 2);

        m_clock->advance(10'000);
        QTRY_COMPARE(presenceRequests().size(), 4);
        QTRY_VERIFY(!poller->isRequestRunning());
        QCOMPARE(idsOf(presenceRequests().at(2)), visible);
        QCOMPARE(idsOf(presenceRequests().at(3)), rest.mid(650, 650));

        // The last 60 of the rest; those read 20 s ago are not due again (restInterval 60 s).
        m_clock->advance(10'000);
        QTRY_COMPARE(presenceRequests().size(), 6);
        QTRY_VERIFY(!poller->isRequestRunning());
        QCOMPARE(idsOf(presenceRequests().at(4)), visible);
        QCOMPARE(idsOf(presenceRequests().at(5)), rest.mid(1300));
        QVERIFY(allRead(*poller, m_ids));

        // A minute after the first rest batch, the rotation starts over.
        m_clock->advance(40'000);
        QTRY_COMPARE(presenceRequests().size(), 8);
        QTRY_VERIFY(!poller->isRequestRunning());
        QCOMPARE(idsOf(presenceRequests().at(7)), rest.mid(0, 650));
    }

    void rest_smallDirectory_isReadAgainEveryRestInterval()
    {
        auto poller = makePoller();
        const QStringList people = m_ids.mid(0, 100);
        poller->setPeople(people);
        QTRY_COMPARE(presenceRequests().size(), 1);
        QTRY_VERIFY(!poller->isRequestRunning());
        QCOMPARE(idsOf(presenceRequests().at(0)), people);
        m_clock->advance(59'999);
        letItRun();
        QCOMPARE(presenceRequests().size(), 1);
        m_clock->advance(1);
        QTRY_COMPARE(presenceRequests().size(), 2);
        QCOMPARE(idsOf(presenceRequests().at(1)), people);
        m_clock->advance(60'000);
        QTRY_COMPARE(presenceRequests().size(), 3);
    }

    void priority_changed_newVisibleRowsPolledAtOnce()
    {
        auto poller = makePoller();
        poller->setPeople(m_ids);
        poller->setPriority(m_ids.mid(0, 10));
        QTRY_COMPARE(presenceRequests().size(), 2); // priority, then the first rest batch
        QTRY_VERIFY(!poller->isRequestRunning());
        // Scrolled: rows never read before go out at once, without waiting for any interval.
        const QStringList scrolled = m_ids.mid(1'000, 10);
        poller->setPriority(scrolled);
        QTRY_COMPARE(presenceRequests().size(), 3);
        QCOMPARE(idsOf(presenceRequests().at(2)), scrolled);
    }

    // --- what changed -------------------------------------------------------------------------

    void changes_onePersonChanges_onlyThatIdIsReported()
    {
        auto poller = makePoller();
        QSignalSpy changed(poller.get(), &PresencePoller::presencesChanged);
        const QStringList visible = m_ids.mid(0, 20);
        poller->setPriority(visible);
        QTRY_VERIFY(allRead(*poller, visible));
        // The first read reports everyone whose presence is known.
        QStringList known;
        for (const QString &id : visible) {
            if (poller->presence(id) != Presence()) {
                known.append(id);
            }
        }
        QVERIFY(!known.isEmpty());
        QCOMPARE(toSet(flatten(changed)), toSet(known));
        changed.clear();

        const QString who = visible.at(3);
        const bool inCall = poller->presence(who).status() == Presence::Status::InACall;
        QCOMPARE(setSimPresence(who, inCall ? u"Available"_s : u"Busy"_s,
                                inCall ? u"Available"_s : u"InACall"_s),
                 200);
        m_clock->advance(5'000);
        QTRY_COMPARE(presenceRequests().size(), 2);
        QTRY_VERIFY(!poller->isRequestRunning());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toStringList(), QStringList{who});
        QCOMPARE(poller->presence(who).status(),
                 inCall ? Presence::Status::Available : Presence::Status::InACall);

        // A round where nothing changed says nothing.
        m_clock->advance(5'000);
        QTRY_COMPARE(presenceRequests().size(), 3);
        QTRY_VERIFY(!poller->isRequestRunning());
        QCOMPARE(changed.size(), 1);
    }

    void parsing_caseInsensitive_andSpellingChangesAreNoChange()
    {
        auto poller = makePoller();
        QSignalSpy changed(poller.get(), &PresencePoller::presencesChanged);
        const QString a = m_ids.at(0);
        const QString b = m_ids.at(1);
        const QString c = m_ids.at(2);
        QVERIFY(injectAnswer({presenceJson(a, u"BUSY"_s, u"inACall"_s),
                              presenceJson(b, u"doNotDisturb"_s, u"presenting"_s),
                              presenceJson(c, u"away"_s, u"Away"_s)}) > 0);
        poller->setPriority({a, b, c});
        QTRY_VERIFY(allRead(*poller, {a, b, c}));
        QCOMPARE(poller->presence(a).status(), Presence::Status::InACall);
        QCOMPARE(poller->presence(b).status(), Presence::Status::Presenting);
        QCOMPARE(poller->presence(c).status(), Presence::Status::Away);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toStringList(), (QStringList{a, b, c}));

        // Same presences, other spelling: not a change.
        QVERIFY(injectAnswer({presenceJson(a, u"Busy"_s, u"InACall"_s),
                              presenceJson(b, u"DoNotDisturb"_s, u"Presenting"_s),
                              presenceJson(c, u"AWAY"_s, u"away"_s)}) > 0);
        const QDateTime before = poller->readAt(a);
        m_clock->advance(5'000);
        QTRY_VERIFY(poller->readAt(a) > before);
        QCOMPARE(changed.size(), 1);
        // Kept as first read: a spelling change is not applied as a change.
        QCOMPARE(poller->presence(b).rawActivity(), u"presenting"_s);
        QCOMPARE(poller->presence(a).status(), Presence::Status::InACall);
    }

    void parsing_malformedEntries_areIgnored()
    {
        auto poller = makePoller();
        const QString a = m_ids.at(0);
        const QString b = m_ids.at(1);
        const QString c = m_ids.at(2);
        QVERIFY(injectAnswer({presenceJson(a, u"Available"_s, u"Available"_s), 42,
                              QJsonObject{{u"availability"_s, u"Busy"_s}},
                              presenceJson(u"not-asked"_s, u"Busy"_s, u"Busy"_s),
                              QJsonObject{{u"id"_s, b},
                                          {u"availability"_s, 7},
                                          {u"activity"_s, QJsonValue::Null}},
                              u"text"_s, presenceJson(a, u"Offline"_s, u"Offline"_s)}) > 0);
        poller->setPriority({a, b, c});
        QTRY_VERIFY(allRead(*poller, {a, b, c}));
        QTRY_VERIFY(!poller->isRequestRunning());
        // The first entry for an id counts; a second one is ignored.
        QCOMPARE(poller->presence(a).status(), Presence::Status::Available);
        QCOMPARE(poller->presence(b).status(), Presence::Status::Unknown);
        // Left out of the answer: read, nothing known.
        QCOMPARE(poller->presence(c).status(), Presence::Status::Unknown);
        QVERIFY(!poller->readAt(u"not-asked"_s).isValid());
        QVERIFY(!poller->holdingUntil().isValid());
    }

    void parsing_malformedAnswer_isIgnoredAndRetriedLater_data()
    {
        QTest::addColumn<QJsonObject>("fault");
        const auto answer = [](const QByteArray &body) {
            return QJsonObject{{u"kind"_s, u"status"_s},
                               {u"path"_s, kPresencePath},
                               {u"status"_s, 200},
                               {u"body"_s, QString::fromUtf8(body)},
                               {u"count"_s, 1}};
        };
        QTest::newRow("cut short") << QJsonObject{
                {u"kind"_s, u"malformed"_s}, {u"path"_s, kPresencePath}, {u"count"_s, 1}};
        QTest::newRow("value not an array") << answer(R"({"value":5})");
        QTest::newRow("no value") << answer(R"({"error":"?"})");
        QTest::newRow("array, not object") << answer(R"([{"id":"x"}])");
        QTest::newRow("not JSON") << answer("<html>oops</html>");
    }
    void parsing_malformedAnswer_isIgnoredAndRetriedLater()
    {
        QFETCH(QJsonObject, fault);
        auto poller = makePoller();
        QSignalSpy changed(poller.get(), &PresencePoller::presencesChanged);
        const QStringList visible = m_ids.mid(0, 5);
        poller->setPriority(visible);
        QTRY_VERIFY(allRead(*poller, visible));
        QTRY_VERIFY(!poller->isRequestRunning());
        const Presence first = poller->presence(visible.at(0));
        const QDateTime readAt = poller->readAt(visible.at(0));
        changed.clear();

        QVERIFY(m_sim->injectFault(fault) > 0);
        m_clock->advance(5'000);
        QTRY_COMPARE(presenceRequests().size(), 2);
        QTRY_VERIFY(!poller->isRequestRunning());
        QCOMPARE(poller->presence(visible.at(0)), first);
        QCOMPARE(poller->readAt(visible.at(0)), readAt);
        QCOMPARE(changed.size(), 0);
        // Backed off (1 s, the pinned policy), then read again.
        QCOMPARE(poller->holdingUntil(), m_clock->now().addMSecs(1'000));
        m_clock->advance(1'000);
        QTRY_COMPARE(presenceRequests().size(), 3);
        QTRY_VERIFY(poller->readAt(visible.at(0)) > readAt);
        QVERIFY(!poller->holdingUntil().isValid());
    }

    // --- throttling ---------------------------------------------------------------------------

    void throttled_retryAfter_nothingSentUntilItPassed()
    {
        Test::LogCapture log;
        QVERIFY(m_sim->injectFault({{u"kind"_s, u"throttle"_s},
                                    {u"path"_s, kPresencePath},
                                    {u"retryAfter"_s, 7},
                                    {u"count"_s, 1}}) > 0);
        auto poller = makePoller();
        const QStringList visible = m_ids.mid(0, 10);
        poller->setPriority(visible);
        QTRY_COMPARE(presenceRequests().size(), 1);
        QTRY_VERIFY(!poller->isRequestRunning());
        QCOMPARE(statusOf(presenceRequests().at(0)), 429);
        QCOMPARE(poller->holdingUntil(), m_clock->now().addSecs(7));

        // Past the priority interval but not past Retry-After: still nothing.
        m_clock->advance(6'000);
        letItRun();
        QCOMPARE(presenceRequests().size(), 1);

        m_clock->advance(1'000);
        QTRY_COMPARE(presenceRequests().size(), 2);
        QTRY_VERIFY(allRead(*poller, visible));
        const QJsonArray wire = presenceRequests();
        QCOMPARE(statusOf(wire.at(1)), 200);
        QVERIFY(timeOf(wire.at(0)).msecsTo(timeOf(wire.at(1))) >= 7'000);
        // Two requests of one attempt each: HttpClient did not retry on its own as well.
        QVERIFY(wire.at(0).toObject().value(u"clientRequestId"_s) !=
                wire.at(1).toObject().value(u"clientRequestId"_s));
        // The log names counts and waits, never the token or whom it asked about.
        for (const QString &line : log.lines()) {
            QVERIFY2(!line.contains(m_token->accessToken()), qPrintable(line));
            for (const QString &id : visible) {
                QVERIFY2(!line.contains(id), qPrintable(line));
            }
        }
    }

    void throttled_byGraphsOwnLimit_waitsItsRetryAfter()
    {
        // A tenant allowed 2 presence requests per 30 s (the real one: 1500).
        Sim::Scenario scenario = Sim::Scenario::defaults();
        scenario.merge({{u"graph"_s, QJsonObject{{u"presenceRateLimit"_s,
                                                  QJsonObject{{u"requests"_s, 2},
                                                              {u"windowSeconds"_s, 30}}}}}});
        startSim(std::move(scenario));
        auto poller = makePoller();
        const QStringList visible = m_ids.mid(0, 10);
        poller->setPriority(visible);
        QTRY_COMPARE(presenceRequests().size(), 1);
        m_clock->advance(5'000);
        QTRY_COMPARE(presenceRequests().size(), 2);
        m_clock->advance(5'000);
        QTRY_COMPARE(presenceRequests().size(), 3);
        QTRY_VERIFY(!poller->isRequestRunning());
        QCOMPARE(statusOf(presenceRequests().at(2)), 429);
        // The window admits one more 20 s later.
        QCOMPARE(poller->holdingUntil(), m_clock->now().addSecs(20));
        m_clock->advance(15'000);
        letItRun();
        QCOMPARE(presenceRequests().size(), 3);
        m_clock->advance(5'000);
        QTRY_COMPARE(presenceRequests().size(), 4);
        QTRY_VERIFY(!poller->isRequestRunning());
        QCOMPARE(statusOf(presenceRequests().at(3)), 200);
    }

    void budget_heavyDemand_neverExceededInAnyWindow()
    {
        PresencePoller::Options options = testOptions();
        options.budgetRequests = 4;
        options.budgetWindow = 10s;
        options.priorityInterval = 500ms;
        options.restSpacing = 500ms;
        options.restInterval = 1s;
        auto poller = makePoller(options);
        // Two priority batches every 500 ms plus the rest: far more than 4 per 10 s.
        poller->setPeople(m_ids);
        poller->setPriority(m_ids.mid(0, 1'300));
        QTRY_VERIFY(poller->requestsInWindow() >= 2);
        QTRY_VERIFY(!poller->isRequestRunning());
        for (int step = 1; step <= 60; ++step) {
            m_clock->advance(500);
            // Whenever a slot frees, it is used at once; never more.
            QTRY_COMPARE(poller->requestsInWindow(), 4);
            QTRY_VERIFY(!poller->isRequestRunning());
        }

        const QJsonArray wire = presenceRequests();
        QList<QDateTime> times;
        for (const QJsonValue &entry : wire) {
            QCOMPARE(statusOf(entry), 200);
            times.append(timeOf(entry));
        }
        for (const QDateTime &end : times) {
            const auto inWindow = std::count_if(times.cbegin(), times.cend(), [&](const auto &t) {
                return t > end.addMSecs(-10'000) && t <= end;
            });
            QVERIFY2(inWindow <= 4,
                     qPrintable(u"%1 requests in the 10 s up to %2"_s.arg(inWindow).arg(
                             end.toString(Qt::ISODateWithMs))));
        }
        // 30 s of simulated time: the budget was used, not left idle (4 per window).
        QVERIFY2(wire.size() >= 12, qPrintable(QString::number(wire.size())));
    }

    // --- staleness ----------------------------------------------------------------------------

    void stale_noAnswerForLongerThanTheInterval_markedThenFreshAgain()
    {
        auto poller = makePoller();
        QSignalSpy stale(poller.get(), &PresencePoller::staleChanged);
        const QStringList visible = m_ids.mid(0, 5);
        poller->setPriority(visible);
        QTRY_VERIFY(allRead(*poller, visible));
        QTRY_VERIFY(!poller->isRequestRunning());
        const Presence known = poller->presence(visible.at(0));
        QVERIFY(!poller->isStale(visible.at(0)));
        QCOMPARE(poller->refreshInterval(visible.at(0)), 5'000ms);

        // Graph fails from now on.
        QVERIFY(m_sim->injectFault({{u"kind"_s, u"status"_s},
                                    {u"path"_s, kPresencePath},
                                    {u"status"_s, 500}}) > 0);
        m_clock->advance(5'000);
        QTRY_COMPARE(presenceRequests().size(), 2);
        QTRY_VERIFY(!poller->isRequestRunning());
        // Interval (5 s) plus grace (3 s) not over yet.
        m_clock->advance(3'000);
        letItRun();
        QVERIFY(!poller->isStale(visible.at(0)));
        QCOMPARE(stale.size(), 0);

        m_clock->advance(1);
        QTRY_COMPARE(stale.size(), 1);
        QCOMPARE(toSet(stale.at(0).at(0).toStringList()), toSet(visible));
        for (const QString &id : visible) {
            QVERIFY(poller->isStale(id));
        }
        // Stale presence is still shown, only marked.
        QCOMPARE(poller->presence(visible.at(0)), known);

        // Graph is back: fresh again, and said so.
        m_sim->simulator().faults().clear();
        m_clock->advance(10'000);
        QTRY_COMPARE(stale.size(), 2);
        QCOMPARE(toSet(stale.at(1).at(0).toStringList()), toSet(visible));
        for (const QString &id : visible) {
            QVERIFY(!poller->isStale(id));
        }
    }

    void refreshInterval_restOfALargeDirectory_coversAFullRotation_data()
    {
        QTest::addColumn<int>("batchSize");
        QTest::addColumn<qint64>("expectedMs");
        // 1390 others: 3 batches of 650, 10 s apart, fit in restInterval (60 s).
        QTest::newRow("650 per batch") << 650 << qint64(60'000);
        // 14 batches of 100 take 140 s to go round.
        QTest::newRow("100 per batch") << 100 << qint64(140'000);
    }
    void refreshInterval_restOfALargeDirectory_coversAFullRotation()
    {
        QFETCH(int, batchSize);
        QFETCH(qint64, expectedMs);
        PresencePoller::Options options = testOptions();
        options.batchSize = batchSize;
        auto poller = makePoller(options);
        poller->setPaused(true);
        poller->setPeople(m_ids);
        poller->setPriority(m_ids.mid(0, 10));
        QCOMPARE(poller->refreshInterval(m_ids.at(100)).count(), expectedMs);
        QCOMPARE(poller->refreshInterval(m_ids.at(0)), 5'000ms);
        poller->setFastMode(true);
        QCOMPARE(poller->refreshInterval(m_ids.at(0)), 2'000ms);
        QCOMPARE(poller->refreshInterval(u"not-tracked"_s), 0ms);
    }

    // --- pause and fast mode ------------------------------------------------------------------

    void paused_nothingIsSent_thenPriorityFirstOnResume()
    {
        auto poller = makePoller();
        poller->setPaused(true);
        poller->setPeople(m_ids);
        poller->setPriority(m_ids.mid(100, 10));
        m_clock->advance(120'000);
        letItRun();
        QCOMPARE(presenceRequests().size(), 0);

        poller->setPaused(false);
        QTRY_COMPARE(presenceRequests().size(), 2);
        QCOMPARE(idsOf(presenceRequests().at(0)), m_ids.mid(100, 10));
        QTRY_VERIFY(!poller->isRequestRunning());

        // Minimised again: a minute passes without a request.
        poller->setPaused(true);
        m_clock->advance(60'000);
        letItRun();
        QCOMPARE(presenceRequests().size(), 2);
        // Time went on: what was read is stale now (the panel shows it so when restored).
        QVERIFY(poller->isStale(m_ids.at(100)));
    }

    void fastMode_priorityPolledEveryFastInterval()
    {
        auto poller = makePoller();
        const QStringList visible = m_ids.mid(0, 5);
        poller->setPriority(visible);
        QTRY_COMPARE(presenceRequests().size(), 1);
        QTRY_VERIFY(!poller->isRequestRunning());

        poller->setFastMode(true);
        QVERIFY(poller->isFastMode());
        m_clock->advance(2'000);
        QTRY_COMPARE(presenceRequests().size(), 2);
        QTRY_VERIFY(!poller->isRequestRunning());

        poller->setFastMode(false);
        m_clock->advance(2'000);
        letItRun();
        QCOMPARE(presenceRequests().size(), 2);
        m_clock->advance(3'000);
        QTRY_COMPARE(presenceRequests().size(), 3);
    }

    void people_removed_areForgotten()
    {
        auto poller = makePoller();
        const QStringList three = m_ids.mid(0, 3);
        poller->setPeople(three);
        QTRY_VERIFY(allRead(*poller, three));
        poller->setPeople({three.at(0)});
        QVERIFY(poller->readAt(three.at(0)).isValid());
        QVERIFY(!poller->readAt(three.at(1)).isValid());
        QCOMPARE(poller->presence(three.at(1)), Presence());
        // A priority id outside the people list stays until it leaves the priority list.
        poller->setPriority({three.at(2)});
        QTRY_VERIFY(poller->readAt(three.at(2)).isValid());
        poller->setPriority({});
        QVERIFY(!poller->readAt(three.at(2)).isValid());
    }

    void failures_networkOrServer_neverCrash_backOffAndRecover_data()
    {
        QTest::addColumn<QJsonObject>("fault");
        QTest::newRow("500") << QJsonObject{{u"kind"_s, u"status"_s}, {u"status"_s, 500}};
        QTest::newRow("503 without Retry-After")
                << QJsonObject{{u"kind"_s, u"status"_s}, {u"status"_s, 503}};
        QTest::newRow("dropped connection") << QJsonObject{{u"kind"_s, u"drop"_s}};
        QTest::newRow("expired token") << QJsonObject{{u"kind"_s, u"expiredToken"_s}};
    }
    void failures_networkOrServer_neverCrash_backOffAndRecover()
    {
        QFETCH(QJsonObject, fault);
        fault.insert(u"path"_s, kPresencePath);
        fault.insert(u"count"_s, 1);
        QVERIFY(m_sim->injectFault(fault) > 0);
        auto poller = makePoller();
        const QStringList visible = m_ids.mid(0, 5);
        poller->setPriority(visible);
        QTRY_VERIFY(poller->holdingUntil().isValid() || allRead(*poller, visible));
        QTRY_VERIFY(!poller->isRequestRunning());
        if (!allRead(*poller, visible)) {
            QCOMPARE(poller->holdingUntil(), m_clock->now().addMSecs(1'000));
            m_clock->advance(1'000);
        }
        QTRY_VERIFY(allRead(*poller, visible));
        QVERIFY(!poller->holdingUntil().isValid());
    }
};

QTEST_GUILESS_MAIN(TestPresencePoller)
#include "tst_presencepoller.moc"
