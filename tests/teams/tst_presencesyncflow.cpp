// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Presence sync end to end over loopback, both directions, as the session will wire it:
// Teams::OwnPresenceReader → Core::PresenceSync → (the contact-center state, confirmed at once
// here) and Core::CallState → Teams::PresencePublisher → Graph, with Graph throttling and a token
// renewed in the middle. Measures, on the shared ManualClock, the delay from a Teams change in
// the simulator to the sync's decision (goal: ≤ 5 s), and shows that our own Busy/InACall never
// comes back as a Teams call.
#include <core/clock.h>
#include <core/presencesync.h>
#include <net/httpclient.h>
#include <sim/simdirectory.h>
#include <teams/ownpresencereader.h>
#include <teams/presencepublisher.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

#include <memory>
#include <support/faketokenprovider.h>
#include <support/simfixture.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace AgentDesk;
using Core::PresenceSync;
using Action = Core::PresenceSync::Decision::Action;
using Origin = Core::PresenceSync::Origin;

namespace {

const QString Kenji = u"kenji.tanaka@contoso.example"_s;
const QString kMePresence = u"^/v1\\.0/me/presence$"_s;
const QString Dnd = u"code-dnd"_s;
const QString InCall = u"code-call"_s;
const QString Present = u"code-presenting"_s;

} // namespace

class TestPresenceSyncFlow final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Core::ManualClock> m_clock;
    std::unique_ptr<Test::SimFixture> m_sim;
    std::unique_ptr<Test::FakeTokenProvider> m_token;
    QNetworkAccessManager m_network;
    std::unique_ptr<Net::HttpClient> m_http;
    std::unique_ptr<Teams::OwnPresenceReader> m_reader;
    std::unique_ptr<Teams::PresencePublisher> m_publisher;
    std::unique_ptr<PresenceSync> m_sync;
    QString m_me;
    PresenceSync::AgentState m_agent;
    QList<PresenceSync::Decision> m_decisions;
    QDateTime m_decidedAt;

    // Carries out a decision the way the session will: a state request the contact center
    // confirms (at once here), which comes back to the sync as the sync's own change.
    void act(const PresenceSync::Decision &decision)
    {
        if (decision.isNone()) {
            return;
        }
        m_decisions.append(decision);
        m_decidedAt = m_clock->now();
        m_agent = {decision.action == Action::SetAvailable, decision.idleCodeId, Origin::Sync};
        act(m_sync->agentStateChanged(m_agent));
    }

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

    // Moves the clock in 100 ms steps until the sync decided something more (or 20 s passed);
    // returns the clock time it took.
    qint64 untilDecision()
    {
        const qsizetype before = m_decisions.size();
        const QDateTime start = m_clock->now();
        for (int step = 0; step < 200 && m_decisions.size() == before; ++step) {
            // The clock stands still while a request is on its way: the figure is clock time.
            [this] { QTRY_VERIFY(!m_reader->isRequestRunning()); }();
            m_clock->advance(100);
            QTest::qWait(10);
            [this] { QTRY_VERIFY(!m_reader->isRequestRunning()); }();
        }
        return m_decisions.size() > before ? start.msecsTo(m_decidedAt) : -1;
    }

    // Lets `seconds` of clock time pass in 500 ms steps, every request answered on the way.
    void pass(int seconds)
    {
        for (int step = 0; step < seconds * 2; ++step) {
            m_clock->advance(500);
            QTest::qWait(5);
            QTRY_VERIFY(!m_reader->isRequestRunning() && !m_publisher->isRequestRunning());
        }
    }

private Q_SLOTS:
    void init()
    {
        m_clock = std::make_unique<Core::ManualClock>();
        Net::RetryPolicy policy{.baseDelay = 1000ms, .maxDelay = 8000ms};
        policy.jitter = [] { return 1.0; };
        m_http = std::make_unique<Net::HttpClient>(&m_network, m_clock.get(), policy);
        m_sim = std::make_unique<Test::SimFixture>(Sim::Scenario::defaults(), m_clock.get());
        m_token = std::make_unique<Test::FakeTokenProvider>(
                QString::fromLatin1(m_sim->token(u"graph"_s, Kenji)));
        m_me = m_sim->simulator().directory().findByEmail(Kenji)->id;
        setTeams(u"Available"_s, u"Available"_s);

        Teams::OwnPresenceReader::Options readerOptions;
        readerOptions.checkInterval = 5ms;
        m_reader = std::make_unique<Teams::OwnPresenceReader>(
                m_http.get(), m_token.get(), m_sim->url(u"/v1.0"_s), m_clock.get(), readerOptions);
        Teams::PresencePublisher::Options publisherOptions;
        publisherOptions.checkInterval = 5ms;
        m_publisher = std::make_unique<Teams::PresencePublisher>(
                m_http.get(), m_token.get(), m_sim->url(u"/v1.0"_s), u"agentdesk"_s, m_clock.get(),
                publisherOptions);

        PresenceSync::Settings settings;
        settings.enabled = true;
        settings.doNotDisturbIdleCodeId = Dnd;
        settings.inACallIdleCodeId = InCall;
        settings.presentingIdleCodeId = Present;
        m_sync = std::make_unique<PresenceSync>(settings);
        m_decisions.clear();

        connect(m_reader.get(), &Teams::OwnPresenceReader::presenceRead, this,
                [this](const Core::Presence &presence, const QDateTime &sentAt) {
                    act(m_sync->teamsPresenceRead(presence, sentAt));
                });
        connect(m_reader.get(), &Teams::OwnPresenceReader::userIdChanged, m_publisher.get(),
                &Teams::PresencePublisher::setUserId);
        connect(m_publisher.get(), &Teams::PresencePublisher::inEffectChanged, this,
                [this](bool inEffect) {
                    m_sync->setOwnCallPresencePublished(inEffect, m_clock->now());
                });

        m_agent = {true, {}, Origin::Login};
        act(m_sync->agentStateChanged(m_agent));
        m_reader->start();
        QTRY_COMPARE(m_reader->userId(), m_me);
        QTRY_VERIFY(!m_reader->isRequestRunning());
    }
    void cleanup()
    {
        m_reader.reset();
        m_publisher.reset();
        m_sync.reset();
        m_http.reset();
        m_token.reset();
        m_sim.reset();
        m_clock.reset();
    }

    void teamsToContactCenter_changesFollowWithinFiveSeconds()
    {
        // (Measured in 100 ms steps of the shared clock: the figures are within 100 ms.)
        setTeams(u"DoNotDisturb"_s, u"DoNotDisturb"_s);
        const qint64 enter = untilDecision();
        QCOMPARE(m_decisions.last().action, Action::SetIdleCode);
        QCOMPARE(m_decisions.last().idleCodeId, Dnd);
        QCOMPARE(m_decisions.last().reason(), u"from Teams: Do not disturb"_s);
        QVERIFY2(enter >= 0 && enter <= 5'000, qPrintable(QString::number(enter)));

        setTeams(u"DoNotDisturb"_s, u"Presenting"_s);
        const qint64 present = untilDecision();
        QCOMPARE(m_decisions.last().idleCodeId, Present);
        QVERIFY2(present >= 0 && present <= 5'000, qPrintable(QString::number(present)));

        setTeams(u"Available"_s, u"Available"_s);
        const qint64 leave = untilDecision();
        QCOMPARE(m_decisions.last().action, Action::SetAvailable);
        QVERIFY2(leave >= 0 && leave <= 5'000, qPrintable(QString::number(leave)));
        qInfo("Teams change to decision (clock ms): enter %lld, switch %lld, leave %lld", enter,
              present, leave);
    }

    void teamsToContactCenter_throttledAndTokenRenewed_stillFollows()
    {
        // Graph throttles the next read for 4 s.
        QVERIFY(m_sim->injectFault({{u"kind"_s, u"throttle"_s},
                                    {u"path"_s, kMePresence},
                                    {u"retryAfter"_s, 4},
                                    {u"count"_s, 1}}) > 0);
        setTeams(u"Busy"_s, u"InACall"_s);
        const qint64 throttled = untilDecision();
        QCOMPARE(m_decisions.last().idleCodeId, InCall);
        // Up to one interval, then Retry-After (plus the 100 ms steps of untilDecision()).
        QVERIFY2(throttled >= 4'000 && throttled <= 3'000 + 4'000 + 100,
                 qPrintable(QString::number(throttled)));

        // The token expires; the provider renews it on the 401.
        m_token->setNextToken(QString::fromLatin1(m_sim->token(u"graph"_s, Kenji)));
        QVERIFY(m_sim->injectFault({{u"kind"_s, u"expiredToken"_s},
                                    {u"path"_s, kMePresence},
                                    {u"count"_s, 1}}) > 0);
        setTeams(u"Available"_s, u"Available"_s);
        const qint64 renewed = untilDecision();
        QCOMPARE(m_decisions.last().action, Action::SetAvailable);
        QCOMPARE(m_token->refreshCount(), 1);
        QVERIFY2(renewed >= 0 && renewed <= 5'000, qPrintable(QString::number(renewed)));
        qInfo("Teams change to decision (clock ms): with a 4 s 429 %lld, with a token renewal %lld",
              throttled, renewed);
    }

    void contactCenterToTeams_ownCallPresenceNeverBecomesAnIdleCode()
    {
        m_publisher->setCallState(Core::CallState::Offered);
        act(m_sync->callActivityChanged(PresenceSync::CallActivity::Active));
        m_publisher->setCallState(Core::CallState::Connected);
        QTRY_COMPARE(m_publisher->publishedActivity(), u"InACall"_s);
        pass(3);
        QCOMPARE(m_reader->presence().activity(), Core::Presence::Value::InACall);

        // Five minutes of call: refreshed (one refresh answered with an expired token and
        // renewed), read back every 3 s, never acted on.
        m_token->setNextToken(QString::fromLatin1(m_sim->token(u"graph"_s, Kenji)));
        QVERIFY(m_sim->injectFault({{u"kind"_s, u"expiredToken"_s},
                                    {u"path"_s, u"/presence/setPresence$"_s},
                                    {u"count"_s, 1}}) > 0);
        pass(300);
        QCOMPARE(m_publisher->publishedActivity(), u"InACall"_s);
        QCOMPARE(m_token->refreshCount(), 1);
        QVERIFY(m_sim->requestsTo(u"/presence/setPresence$"_s).size() >= 2);

        // The call ends; the wrap-up is saved.
        m_publisher->setCallState(Core::CallState::WrapUp);
        act(m_sync->callActivityChanged(PresenceSync::CallActivity::WrappingUp));
        QTRY_VERIFY(!m_publisher->isInEffect());
        m_publisher->setCallState(Core::CallState::Closed);
        act(m_sync->callActivityChanged(PresenceSync::CallActivity::None));
        pass(10);
        QCOMPARE(m_reader->presence().status(), Core::Presence::Status::Available);
        QVERIFY2(m_decisions.isEmpty(),
                 qPrintable(m_decisions.isEmpty() ? QString() : m_decisions.first().wireReason()));

        // A real Teams call afterwards is one.
        setTeams(u"Busy"_s, u"InACall"_s);
        QVERIFY(untilDecision() >= 0);
        QCOMPARE(m_decisions.last().idleCodeId, InCall);
    }
};

QTEST_GUILESS_MAIN(TestPresenceSyncFlow)
#include "tst_presencesyncflow.moc"
