// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Who and where a call can go, through ContactCenterClient over loopback: the organization's
// agent list read across pages (for the e-mail merge), the buddy list of logged-in agents and
// their state (a command whose answer is the BuddyAgents event), and the queues; plus the
// reader's validation of each shape.
#include "cctestkit.h"

#include <cc/agentcommands.h>
#include <cc/commandtracker.h>
#include <cc/contactcenterclient.h>
#include <cc/notificationchannel.h>
#include <cc/rosterreader.h>
#include <core/contactcenteragentmerge.h>
#include <sim/simdirectory.h>

#include <QTest>
#include <QUrlQuery>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;
using namespace AgentDesk;
using Cc::BuddyAgent;
using Cc::CommandOutcome;
using std::chrono::milliseconds;

namespace {

const QString kOrgId = u"b3a8f9e2-61d4-4c2b-8e7f-5a9d0c1e2f34"_s;
const QString kAna = u"ana.souza@contoso.example"_s;
const QString kKenji = u"kenji.tanaka@contoso.example"_s;
const QString kAnaTeam = u"54c1d06a-d86a-5528-9fbd-6321c7f60289"_s;
const QString kPriyaId = u"5d0c7a3e-8b1f-5e42-9c6d-2f4a8e1b7c90"_s;

Sim::Scenario scenarioWith(const QJsonObject &contactCenter)
{
    Sim::Scenario scenario = Sim::Scenario::defaults();
    scenario.merge({{u"contactCenter"_s, contactCenter}});
    return scenario;
}

// The buddy list's answer, as the callback gave it.
struct BuddyAnswer
{
    CommandOutcome outcome;
    QList<BuddyAgent> agents;
};

// One agent's desktop, wired as the session wires it: every channel event goes to the tracker.
struct Desk
{
    Desk(Test::CcTestKit &kit, const QString &email)
        : tokens(kit.tokensFor(email))
        , channel(&kit.http(), kit.ccApi(), tokens.get(), Core::Clock::system())
        , tracker(&kit.http())
        , client(&kit.http(), kit.ccApi(), tokens.get(), &tracker)
        , agentId(kit.agent(email).value(u"agentId"_s).toString())
        , ciUserId(kit.agent(email).value(u"ciUserId"_s).toString())
    {
        QObject::connect(&channel, &Cc::NotificationChannel::eventReceived, &tracker,
                         &Cc::CommandTracker::handleEvent);
    }

    bool open()
    {
        channel.open();
        return QTest::qWaitFor([this] { return channel.isOpen(); }, 10'000);
    }

    std::optional<Core::DesktopProfile> profile()
    {
        std::optional<Core::DesktopProfile> answer;
        bool done = false;
        QObject context;
        client.fetchDesktopProfile(kOrgId, ciUserId, &context,
                                   [&](const Cc::CcResult<Core::DesktopProfile> &result) {
                                       done = true;
                                       if (result.ok()) {
                                           answer = result.value();
                                       }
                                   });
        (void)QTest::qWaitFor([&done] { return done; }, 10'000);
        return answer;
    }

    bool login(const Core::DesktopProfile &profile)
    {
        Core::InteractionPreferences form;
        form.device = Core::VoiceDevice::DialNumber;
        form.dialNumber = profile.defaultDialNumber;
        form.normalizedDialNumber = profile.defaultDialNumber;
        form.teamId = profile.teams.first().id;
        std::optional<CommandOutcome> outcome;
        QObject context;
        if (!client.stationLogin(form, agentId, &context,
                                 [&outcome](const CommandOutcome &o) { outcome = o; })) {
            return false;
        }
        (void)QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 25'000);
        return outcome && outcome->isSuccess();
    }

    std::optional<BuddyAnswer> buddies(const QString &agentProfileId, const QString &state = {},
                                       const QString &mediaType = u"telephony"_s)
    {
        std::optional<BuddyAnswer> answer;
        QObject context;
        const bool sent = client.requestBuddyAgents(
                agentProfileId, mediaType, state, &context,
                [&answer](const CommandOutcome &outcome, const QList<BuddyAgent> &agents) {
                    answer = BuddyAnswer{outcome, agents};
                });
        if (!sent) {
            return std::nullopt;
        }
        (void)QTest::qWaitFor([&answer] { return answer.has_value(); }, 25'000);
        return answer;
    }

    std::unique_ptr<Test::FakeTokenProvider> tokens;
    Cc::NotificationChannel channel;
    Cc::CommandTracker tracker;
    Cc::ContactCenterClient client;
    QString agentId;
    QString ciUserId;
};

const BuddyAgent *find(const QList<BuddyAgent> &agents, const QString &agentId)
{
    for (const BuddyAgent &agent : agents) {
        if (agent.agentId == agentId) {
            return &agent;
        }
    }
    return nullptr;
}

QString describe(const CommandOutcome &outcome)
{
    return QString(CommandOutcome::kindName(outcome.kind()) + u' ' + outcome.reason() +
                   (outcome.error() ? QString(u' ' + outcome.error()->detail()) : QString()));
}

} // namespace

class TestCcRoster final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::CcTestKit> m_kit;
    std::unique_ptr<Test::FakeTokenProvider> m_tokens;
    std::unique_ptr<Cc::CommandTracker> m_tracker;
    std::unique_ptr<Cc::ContactCenterClient> m_client;

    void start(Sim::Scenario scenario = Sim::Scenario::defaults())
    {
        m_client.reset();
        m_tracker.reset();
        m_tokens.reset();
        m_kit = std::make_unique<Test::CcTestKit>(std::move(scenario));
        m_tokens = m_kit->tokensFor(kAna);
        m_tracker = std::make_unique<Cc::CommandTracker>(&m_kit->http());
        m_client = std::make_unique<Cc::ContactCenterClient>(&m_kit->http(), m_kit->ccApi(),
                                                             m_tokens.get(), m_tracker.get());
    }

    template<typename T, typename Fetch>
    std::optional<Cc::CcResult<T>> await(Fetch fetch)
    {
        std::optional<Cc::CcResult<T>> answer;
        fetch([&answer](const Cc::CcResult<T> &r) { answer = r; });
        (void)QTest::qWaitFor([&answer] { return answer.has_value(); }, 10'000);
        return answer;
    }

    std::optional<Cc::CcResult<QList<Core::ContactCenterAgent>>> fetchAgents()
    {
        return await<QList<Core::ContactCenterAgent>>(
                [&](auto done) { m_client->fetchAgentDirectory(kOrgId, this, done); });
    }

    std::optional<Cc::CcResult<QList<Cc::CcQueue>>> fetchQueues(const QString &channelType)
    {
        return await<QList<Cc::CcQueue>>(
                [&](auto done) { m_client->fetchQueues(kOrgId, this, done, channelType); });
    }

    // The simulator's own user list, every item (the control side of the comparison).
    QJsonArray simUsers()
    {
        const auto reply = m_kit->sim().wire().get(
                m_kit->sim().url(u"/organization/%1/v2/user?pageSize=1000"_s.arg(kOrgId)),
                m_kit->sim().token(u"cc"_s, kAna));
        return reply.json().object()[u"data"_s].toArray();
    }

    void serveOnce(const QString &pathPattern, const QJsonObject &body)
    {
        QVERIFY(m_kit->sim().injectFault(
                        {{u"path"_s, pathPattern},
                         {u"kind"_s, u"status"_s},
                         {u"status"_s, 200},
                         {u"body"_s, QString::fromUtf8(QJsonDocument(body).toJson())},
                         {u"count"_s, 1}}) > 0);
    }

    static QJsonObject onePage(const QJsonArray &data)
    {
        return {{u"data"_s, data},
                {u"meta"_s, QJsonObject{{u"page"_s, 0},
                                        {u"pageSize"_s, 100},
                                        {u"totalPages"_s, 1},
                                        {u"totalRecords"_s, data.size()}}}};
    }

private Q_SLOTS:
    void init() { start(); }
    void cleanup()
    {
        m_client.reset();
        m_tracker.reset();
        m_tokens.reset();
        m_kit.reset();
    }

    // --- agent directory ---------------------------------------------------------------------

    void fetchAgentDirectory_everyPage_listsTheEnabledAgentsOnly()
    {
        // 150 directory agents: the list spans two pages of 100.
        start(scenarioWith({{u"directoryAgents"_s, QJsonObject{{u"count"_s, 150}}}}));
        const auto result = fetchAgents();
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().detail()));

        const QJsonArray pages = m_kit->sim().requestsTo(u"/v2/user$"_s);
        QCOMPARE(pages.size(), 2);
        const QUrlQuery first(pages.at(0)[u"query"_s].toString());
        QCOMPARE(first.queryItemValue(u"page"_s), u"0"_s);
        QVERIFY(first.queryItemValue(u"attributes"_s).contains(u"email"_s));

        int enabled = 0;
        for (const QJsonValue &user : simUsers()) {
            enabled += user[u"contactCenterEnabled"_s].toBool() ? 1 : 0;
        }
        QVERIFY(enabled > 150);
        QCOMPARE(result->value().size(), enabled);
    }

    void fetchAgentDirectory_scenarioAgents_readIdsNamesAndTeams_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("firstTeam");

        QTest::newRow("given name first") << kAna << u"Ana Souza"_s << kAnaTeam;
        QTest::newRow("Japanese, family name first")
                << kKenji << u"田中 健二"_s << u"2607ed8b-186a-5594-9753-4e9c7d42bbe2"_s;
        QTest::newRow("not in the Teams directory")
                << u"tomas.novak@wingtip.example"_s << u"Tomáš Novák"_s
                << u"1298c13d-9ec3-58d0-a43d-335cd2304a28"_s;
    }
    void fetchAgentDirectory_scenarioAgents_readIdsNamesAndTeams()
    {
        QFETCH(QString, email);
        QFETCH(QString, name);
        QFETCH(QString, firstTeam);

        const auto result = fetchAgents();
        QVERIFY(result && result->ok());
        const auto &agents = result->value();
        const auto it = std::find_if(agents.cbegin(), agents.cend(),
                                     [&email](const auto &a) { return a.email == email; });
        QVERIFY2(it != agents.cend(), qPrintable(email));
        QCOMPARE(it->agentId, m_kit->agent(email).value(u"agentId"_s).toString());
        QCOMPARE(it->name, name);
        QCOMPARE(it->teamIds.value(0), firstTeam);
    }

    void fetchAgentDirectory_thenMerge_matchesTheDirectoryAgentsByEmail()
    {
        const auto result = fetchAgents();
        QVERIFY(result && result->ok());
        // The Teams side as Graph has it: the simulator's directory, mails as typed there.
        QList<Core::Colleague> colleagues;
        for (const Sim::SimUser &user : m_kit->sim().simulator().directory().users()) {
            if (!user.guest && user.accountEnabled) {
                Core::Colleague colleague;
                colleague.id = user.id;
                colleague.displayName = user.displayName;
                colleague.mail = user.mail;
                colleagues.append(colleague);
            }
        }
        const Core::ContactCenterAgentMerge merge(result->value());
        const qsizetype matched = merge.apply(colleagues);
        // The seven accounts and the scenario's 24 directory agents; the two outsiders are not.
        QCOMPARE(matched, 7 + 24);
        QCOMPARE(merge.unmatched(colleagues).size(), 2);
    }

    void fetchAgentDirectory_malformedItem_failsNamingTheField_data()
    {
        QTest::addColumn<QJsonObject>("item");
        QTest::addColumn<QString>("field");

        QTest::newRow("id missing") << QJsonObject{{u"email"_s, kAna}} << u"data[0].id"_s;
        QTest::newRow("email a number")
                << QJsonObject{{u"id"_s, u"a1"_s}, {u"email"_s, 7}} << u"data[0].email"_s;
        QTest::newRow("teamIds not an array")
                << QJsonObject{{u"id"_s, u"a1"_s}, {u"teamIds"_s, u"t1"_s}} << u"data[0].teamIds"_s;
        QTest::newRow("contactCenterEnabled a string")
                << QJsonObject{{u"id"_s, u"a1"_s}, {u"contactCenterEnabled"_s, u"yes"_s}}
                << u"data[0].contactCenterEnabled"_s;
    }
    void fetchAgentDirectory_malformedItem_failsNamingTheField()
    {
        QFETCH(QJsonObject, item);
        QFETCH(QString, field);

        serveOnce(u"/v2/user$"_s, onePage(QJsonArray{item}));
        const auto result = fetchAgents();
        QVERIFY(result);
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind(), Net::ApiError::Kind::UnexpectedShape);
        QVERIFY2(result->error().detail().contains(field), qPrintable(result->error().detail()));
    }

    void rosterReader_agentDirectory_leavesOutUsersWhoAreNoAgents()
    {
        const auto agents = Cc::RosterReader::agentDirectory(QJsonArray{
                QJsonObject{{u"id"_s, u"a1"_s}, {u"email"_s, u" Ana@X.example "_s}},
                QJsonObject{{u"id"_s, u"a2"_s},
                            {u"email"_s, u"b@x.example"_s},
                            {u"contactCenterEnabled"_s, false}},
                QJsonObject{
                        {u"id"_s, u"a3"_s}, {u"email"_s, u"c@x.example"_s}, {u"active"_s, false}},
                QJsonObject{{u"id"_s, u"a4"_s}, {u"email"_s, QJsonValue::Null}}});
        QVERIFY(agents.ok());
        QCOMPARE(agents.value().size(), 2);
        QCOMPARE(agents.value().at(0).email, u"Ana@X.example"_s);
        QCOMPARE(agents.value().at(0).name, u"Ana"_s); // no names: the e-mail's local part
        QCOMPARE(agents.value().at(1).agentId, u"a4"_s);
    }

    void rosterReader_displayName_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        QTest::addColumn<QString>("expected");

        QTest::newRow("western") << u"Lucía"_s << u"García"_s << u"Lucía García"_s;
        QTest::newRow("Japanese kanji") << u"健二"_s << u"田中"_s << u"田中 健二"_s;
        QTest::newRow("Korean") << u"민준"_s << u"김"_s << u"김 민준"_s;
        QTest::newRow("first only") << u"Priya"_s << QString() << u"Priya"_s;
        QTest::newRow("last only, trimmed") << QString() << u" Novák "_s << u"Novák"_s;
    }
    void rosterReader_displayName()
    {
        QFETCH(QString, first);
        QFETCH(QString, last);
        QFETCH(QString, expected);
        QCOMPARE(Cc::RosterReader::displayName(first, last), expected);
    }

    // --- queues ------------------------------------------------------------------------------

    void fetchQueues_channel_listsItsActiveQueues_data()
    {
        QTest::addColumn<QString>("channelType");
        QTest::addColumn<int>("expected");

        QTest::newRow("telephony (inactive one left out)") << u"telephony"_s << 7;
        QTest::newRow("chat") << u"chat"_s << 1;
        QTest::newRow("every channel") << QString() << 9;
    }
    void fetchQueues_channel_listsItsActiveQueues()
    {
        QFETCH(QString, channelType);
        QFETCH(int, expected);

        const auto result = fetchQueues(channelType);
        QVERIFY(result && result->ok());
        QCOMPARE(result->value().size(), expected);
        for (const Cc::CcQueue &queue : result->value()) {
            QVERIFY(!queue.id.isEmpty());
            QVERIFY(!queue.name.isEmpty());
            QVERIFY(queue.name != u"Legacy Hotline"_s);
            if (!channelType.isEmpty()) {
                QCOMPARE(queue.channelType, channelType);
            }
        }
        const QJsonArray sent = m_kit->sim().requestsTo(u"/v2/contact-service-queue$"_s);
        QCOMPARE(sent.size(), 1);
        const QUrlQuery query(sent.at(0)[u"query"_s].toString());
        QCOMPARE(query.queryItemValue(u"desktopProfileFilter"_s), u"true"_s);
    }

    void fetchQueues_japaneseName_readsIntact()
    {
        const auto result = fetchQueues(u"telephony"_s);
        QVERIFY(result && result->ok());
        const auto &queues = result->value();
        QVERIFY(std::any_of(queues.cbegin(), queues.cend(), [](const Cc::CcQueue &q) {
            return q.name == u"テクニカルサポート"_s;
        }));
    }

    void fetchQueues_malformed_failsNamingTheField()
    {
        serveOnce(u"/v2/contact-service-queue$"_s,
                  onePage(QJsonArray{QJsonObject{{u"id"_s, u"q1"_s}, {u"name"_s, 12}}}));
        const auto result = fetchQueues(u"telephony"_s);
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind(), Net::ApiError::Kind::UnexpectedShape);
        QVERIFY2(result->error().detail().contains(u"data[0].name"_s),
                 qPrintable(result->error().detail()));
    }

    void fetchQueues_serverError_reportsIt()
    {
        QVERIFY(m_kit->sim().injectFault({{u"path"_s, u"/v2/contact-service-queue$"_s},
                                          {u"kind"_s, u"status"_s},
                                          {u"status"_s, 500},
                                          {u"count"_s, 1}}) > 0);
        const auto result = fetchQueues(u"telephony"_s);
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind(), Net::ApiError::Kind::Http);
        QCOMPARE(result->error().httpStatus(), 500);
    }

    // --- buddy list --------------------------------------------------------------------------

    void requestBuddyAgents_loggedIn_listsTheOtherAgentsWithTheirState()
    {
        Desk ana(*m_kit, kAna);
        QVERIFY(ana.open());
        const auto profile = ana.profile();
        QVERIFY(profile);
        QVERIFY(!profile->agentProfileId.isEmpty());
        QVERIFY(ana.login(*profile));

        const auto answer = ana.buddies(profile->agentProfileId);
        QVERIFY(answer);
        QVERIFY2(answer->outcome.isSuccess(), qPrintable(describe(answer->outcome)));
        QVERIFY(!answer->agents.isEmpty());
        QVERIFY(!find(answer->agents, ana.agentId)); // never the agent asking

        const BuddyAgent *priya = find(answer->agents, kPriyaId);
        QVERIFY(priya);
        QCOMPARE(priya->name, u"Priya Nair"_s);
        QCOMPARE(priya->state, u"Available"_s);
        QVERIFY(priya->isAvailable());
        QCOMPARE(priya->teamName, u"Sales Inbound"_s);
        QCOMPARE(priya->dn, u"7201"_s);
        QVERIFY(!priya->teamId.isEmpty());
        QVERIFY(!priya->siteId.isEmpty());

        // The request as the SDK sends it.
        const QJsonArray sent = m_kit->sim().requestsTo(u"/v1/agents/buddyList$"_s);
        QCOMPARE(sent.size(), 1);
        const QJsonObject body = Test::CcTestKit::loggedBody(sent.at(0));
        QCOMPARE(body[u"agentProfileId"_s].toString(), profile->agentProfileId);
        QCOMPARE(body[u"mediaType"_s].toString(), u"telephony"_s);
        QVERIFY(!body.contains(u"state"_s));
    }

    void requestBuddyAgents_stateAvailable_listsOnlyAvailableAgents()
    {
        Desk ana(*m_kit, kAna);
        QVERIFY(ana.open());
        const auto profile = ana.profile();
        QVERIFY(profile && ana.login(*profile));

        const auto answer = ana.buddies(profile->agentProfileId, u"Available"_s);
        QVERIFY(answer && answer->outcome.isSuccess());
        QVERIFY(!answer->agents.isEmpty());
        for (const BuddyAgent &agent : answer->agents) {
            QVERIFY2(agent.isAvailable(), qPrintable(agent.name));
        }
        QCOMPARE(Test::CcTestKit::loggedBody(
                         m_kit->sim().requestsTo(u"/v1/agents/buddyList$"_s).at(0))[u"state"_s]
                         .toString(),
                 u"Available"_s);
    }

    void requestBuddyAgents_notLoggedIn_failsWithTheReason()
    {
        Desk ana(*m_kit, kAna);
        QVERIFY(ana.open());
        const auto profile = ana.profile();
        QVERIFY(profile);
        const auto answer = ana.buddies(profile->agentProfileId);
        QVERIFY(answer);
        QCOMPARE(answer->outcome.kind(), CommandOutcome::Kind::Failed);
        QCOMPARE(answer->outcome.reason(), u"AGENT_NOT_LOGGED_IN"_s);
        QVERIFY(answer->agents.isEmpty());
    }

    void requestBuddyAgents_secondWhileOneIsPending_sendsNothing()
    {
        Desk ana(*m_kit, kAna);
        QVERIFY(ana.open());
        const auto profile = ana.profile();
        QVERIFY(profile && ana.login(*profile));

        std::optional<BuddyAnswer> first;
        QVERIFY(ana.client.requestBuddyAgents(
                profile->agentProfileId, u"telephony"_s, {}, this,
                [&first](const CommandOutcome &o, const QList<BuddyAgent> &a) {
                    first = BuddyAnswer{o, a};
                }));
        QVERIFY(ana.tracker.isPending(Cc::AgentCommands::buddyListKey()));
        bool secondCalled = false;
        QVERIFY(!ana.client.requestBuddyAgents(
                profile->agentProfileId, u"telephony"_s, {}, this,
                [&secondCalled](const CommandOutcome &, const QList<BuddyAgent> &) {
                    secondCalled = true;
                }));
        QTRY_VERIFY_WITH_TIMEOUT(first.has_value(), 25'000);
        QVERIFY(first->outcome.isSuccess());
        QVERIFY(!secondCalled);
        QCOMPARE(m_kit->sim().requestsTo(u"/v1/agents/buddyList$"_s).size(), 1);
    }

    void requestBuddyAgents_malformedAgentList_isRejectedAsUnexpectedShape()
    {
        // The simulator answers late, so the malformed event pushed here ends the command.
        start(scenarioWith({{u"eventDelayMs"_s, 3'000}}));
        Desk ana(*m_kit, kAna);
        QVERIFY(ana.open());
        std::optional<BuddyAnswer> answer;
        QVERIFY(ana.client.requestBuddyAgents(
                u"any-profile"_s, u"telephony"_s, {}, this,
                [&answer](const CommandOutcome &o, const QList<BuddyAgent> &a) {
                    answer = BuddyAnswer{o, a};
                }));
        const QString trackingId = ana.tracker.trackingId(Cc::AgentCommands::buddyListKey());
        QVERIFY(!trackingId.isEmpty());
        QCOMPARE(m_kit->control(
                         u"/_sim/cc/events"_s,
                         {{u"email"_s, kAna},
                          {u"category"_s, u"BuddyAgents"_s},
                          {u"data"_s, QJsonObject{{u"type"_s, u"BuddyAgents"_s},
                                                  {u"trackingId"_s, trackingId},
                                                  {u"agentList"_s,
                                                   QJsonArray{QJsonObject{{u"agentId"_s, 42}}}}}}}),
                 200);
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 10'000);
        QCOMPARE(answer->outcome.kind(), CommandOutcome::Kind::Rejected);
        QVERIFY(answer->outcome.error());
        QCOMPARE(answer->outcome.error()->kind(), Net::ApiError::Kind::UnexpectedShape);
        QVERIFY2(answer->outcome.error()->detail().contains(u"agentList[0].agentId"_s),
                 qPrintable(answer->outcome.error()->detail()));
        QVERIFY(answer->agents.isEmpty());
    }

    void rosterReader_buddyAgents_shapes_data()
    {
        QTest::addColumn<QJsonObject>("data");
        QTest::addColumn<QString>("problem"); // empty: reads

        const QJsonObject full{{u"agentId"_s, u"a1"_s},        {u"agentName"_s, u"Ana"_s},
                               {u"state"_s, u"Idle"_s},        {u"teamId"_s, u"t1"_s},
                               {u"dn"_s, u"+5511987654321"_s}, {u"siteId"_s, u"s1"_s}};
        QTest::newRow("SDK shape without teamName")
                << QJsonObject{{u"agentList"_s, QJsonArray{full}}} << QString();
        QTest::newRow("empty list") << QJsonObject{{u"agentList"_s, QJsonArray{}}} << QString();
        QJsonObject digital = full;
        digital.insert(u"dn"_s, QJsonValue::Null);
        QTest::newRow("dn null (digital-only)")
                << QJsonObject{{u"agentList"_s, QJsonArray{digital}}} << QString();
        QTest::newRow("no agentList") << QJsonObject{} << u"agentList"_s;
        QTest::newRow("state missing")
                << QJsonObject{{u"agentList"_s, QJsonArray{QJsonObject{{u"agentId"_s, u"a1"_s}}}}}
                << u"agentList[0].state"_s;
        QTest::newRow("entry not an object")
                << QJsonObject{{u"agentList"_s, QJsonArray{u"a1"_s}}} << u"agentList[0]"_s;
    }
    void rosterReader_buddyAgents_shapes()
    {
        QFETCH(QJsonObject, data);
        QFETCH(QString, problem);

        const auto agents = Cc::RosterReader::buddyAgents(data);
        if (problem.isEmpty()) {
            QVERIFY2(agents.ok(), qPrintable(agents.ok() ? QString() : agents.error().detail()));
            return;
        }
        QVERIFY(!agents.ok());
        QVERIFY2(agents.error().detail().contains(problem), qPrintable(agents.error().detail()));
    }
};

QTEST_GUILESS_MAIN(TestCcRoster)
#include "tst_ccroster.moc"
