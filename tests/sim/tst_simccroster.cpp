// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The simulated contact center's roster over real loopback: the organization's user list (the
// scenario's agents, agents who are people of the Teams directory, agents who are not, and users
// who are no agents), the buddy list of logged-in agents with their state (202, then the
// BuddyAgents event), and the queues.
#include "notificationsocket.h"

#include <sim/simdirectory.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <support/simfixture.h>

using namespace Qt::StringLiterals;
using namespace AgentDesk;
using Test::NotificationSocket;

namespace {

const QString kAna = u"ana.souza@contoso.example"_s;
const QString kKenji = u"kenji.tanaka@contoso.example"_s;
const QString kMarie = u"marie.dubois@contoso.example"_s;
const QString kPriya = u"priya.nair@wingtip.example"_s;  // not in the Teams directory
const QString kTomas = u"tomas.novak@wingtip.example"_s; // not in the Teams directory
const QString kPriyaId = u"5d0c7a3e-8b1f-5e42-9c6d-2f4a8e1b7c90"_s;
const QString kTomasId = u"9a2e4f61-3c7d-5b08-a1e9-6d5f0c3b8a27"_s;
const QString kAnaTeam = u"54c1d06a-d86a-5528-9fbd-6321c7f60289"_s; // Atendimento Brasil
const QString kKenjiTeam = u"2607ed8b-186a-5594-9753-4e9c7d42bbe2"_s; // カスタマーサポート東京
const QString kSalesInbound = u"5ebb55e6-279f-5071-a655-65955bc6c8bd"_s;
const QString kMarieTeam = u"cdfd9e03-da4e-580c-a0f9-f57373675139"_s;
const QString kLunch = u"f6ceff3e-a573-4346-b52a-1e977fb11d68"_s;

// The default scenario's directoryAgents and queues.
constexpr int kDirectoryAgents = 24;
constexpr int kPlainUsers = 3;
constexpr int kQueues = 10;
constexpr int kTelephonyQueues = 8;

} // namespace

class TestSimCcRoster final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::SimFixture> m_sim;

    using Headers = QList<QPair<QByteArray, QByteArray>>;

    static Headers auth(const QByteArray &token)
    {
        return {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + token}};
    }

    QString orgId() const
    {
        return m_sim->simulator().scenario().section(u"tenant"_s).value(u"orgId"_s).toString();
    }

    Test::WireClient::Reply call(const QByteArray &method, const QString &path,
                                 const QByteArray &body, const QByteArray &token)
    {
        return m_sim->wire().send(method, m_sim->url(path), body, auth(token));
    }

    Test::WireClient::Reply call(const QByteArray &method, const QString &path,
                                 const QJsonObject &body, const QByteArray &token)
    {
        return call(method, path, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
    }

    Test::WireClient::Reply get(const QString &pathAndQuery, QByteArray token = {})
    {
        if (token.isEmpty()) {
            token = m_sim->token(u"cc"_s, kAna);
        }
        return m_sim->wire().get(m_sim->url(pathAndQuery), token);
    }

    // Every item of an organization list, page by page.
    QJsonArray allPages(const QString &path, int pageSize = 10)
    {
        QJsonArray items;
        for (int page = 0; page < 100; ++page) {
            const auto reply = get(u"/organization/%1/%2?page=%3&pageSize=%4"_s.arg(orgId(), path)
                                           .arg(page)
                                           .arg(pageSize));
            if (reply.status != 200) {
                qWarning() << path << "answered" << reply.status << reply.body;
                return {};
            }
            const QJsonObject body = reply.json().object();
            for (const QJsonValue &item : body[u"data"_s].toArray()) {
                items.append(item);
            }
            if (page + 1 >= body[u"meta"_s][u"totalPages"_s].toInt()) {
                break;
            }
        }
        return items;
    }

    static QJsonObject byEmail(const QJsonArray &users, const QString &email)
    {
        for (const QJsonValue &user : users) {
            if (user[u"email"_s].toString() == email) {
                return user.toObject();
            }
        }
        return {};
    }

    QJsonObject agentEntry(const QString &email) { return m_sim->ccAgent(email); }
    QString agentId(const QString &email) { return agentEntry(email)[u"agentId"_s].toString(); }

    QString agentProfileId(const QString &email)
    {
        const auto reply = get(u"/organization/%1/v2/user/by-ci-user-id/%2/desktop-login"_s.arg(
                                       orgId(), agentEntry(email)[u"ciUserId"_s].toString()),
                               m_sim->token(u"cc"_s, email));
        return reply.json().object()[u"agentProfileId"_s].toString();
    }

    std::unique_ptr<NotificationSocket> openSocket(const QString &user)
    {
        const auto reply = call("POST", u"/v1/notification/subscribe"_s, QJsonObject{},
                                m_sim->token(u"cc"_s, user));
        if (reply.status != 200) {
            qWarning() << "subscribe answered" << reply.status << reply.body;
            return nullptr;
        }
        auto socket = std::make_unique<NotificationSocket>(
                QUrl(reply.json().object().value(u"webSocketUrl"_s).toString()));
        if (socket->waitForEvent(0).value(u"type"_s).toString() != u"Welcome"_s) {
            qWarning() << "no Welcome within 5 s";
            return nullptr;
        }
        return socket;
    }

    // Sends a command, checks the 202 came first, and returns its event.
    QJsonObject command(NotificationSocket &socket, const QString &path, const QJsonObject &body,
                        const QString &user)
    {
        const qsizetype before = socket.messages.size();
        const auto reply = call("POST", path, body, m_sim->token(u"cc"_s, user));
        if (reply.status != 202) {
            qWarning() << path << "answered" << reply.status << reply.body;
            return {};
        }
        if (socket.messages.size() != before) {
            qWarning() << "the event came before the 202";
            return {};
        }
        const QJsonObject event = socket.waitForEvent(before);
        if (event[u"data"_s][u"trackingId"_s].toString() !=
            reply.json().object().value(u"trackingId"_s).toString()) {
            qWarning() << "the event does not carry the command's trackingId";
            return {};
        }
        return event;
    }

    // Opens the agent's socket and logs in (SDK body); false when the login did not succeed.
    bool logIn(std::unique_ptr<NotificationSocket> &socket, const QString &user,
               const QString &teamId, const QString &deviceType, const QString &number)
    {
        socket = openSocket(user);
        if (!socket) {
            return false;
        }
        QJsonObject body{{u"teamId"_s, teamId},
                         {u"roles"_s, QJsonArray{u"agent"_s}},
                         {u"isExtension"_s, deviceType == u"EXTENSION"_s}};
        if (deviceType.isEmpty()) {
            body.insert(u"dialNumber"_s, agentId(user)); // digital-only
        } else {
            body.insert(u"dialNumber"_s, number);
            body.insert(u"deviceType"_s, deviceType);
            body.insert(u"deviceId"_s, number);
        }
        const QJsonObject event = command(*socket, u"/v1/agents/login"_s, body, user);
        return event[u"data"_s][u"type"_s].toString() == u"AgentStationLoginSuccess"_s;
    }

    QJsonObject buddyList(NotificationSocket &socket, const QString &user, const QJsonObject &body)
    {
        return command(socket, u"/v1/agents/buddyList"_s, body, user);
    }

    QJsonObject telephonyBuddies(NotificationSocket &socket, const QString &user,
                                 const QString &state = {})
    {
        QJsonObject body{{u"agentProfileId"_s, agentProfileId(user)},
                         {u"mediaType"_s, u"telephony"_s}};
        if (!state.isEmpty()) {
            body.insert(u"state"_s, state);
        }
        return buddyList(socket, user, body);
    }

    static QJsonObject buddy(const QJsonObject &event, const QString &agentId)
    {
        for (const QJsonValue &entry : event[u"data"_s][u"agentList"_s].toArray()) {
            if (entry[u"agentId"_s].toString() == agentId) {
                return entry.toObject();
            }
        }
        return {};
    }

private Q_SLOTS:
    void init() { m_sim = std::make_unique<Test::SimFixture>(); }
    void cleanup() { m_sim.reset(); }

    // --- users -------------------------------------------------------------------------------

    void users_scenarioAgent_carriesTheIdsNamesTeamsAndProfile_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("firstName");
        QTest::addColumn<QString>("lastName");
        QTest::addColumn<QString>("firstTeam");

        QTest::newRow("given name first") << kAna << u"Ana"_s << u"Souza"_s << kAnaTeam;
        QTest::newRow("Japanese, family name first")
                << kKenji << u"健二"_s << u"田中"_s << kKenjiTeam;
        QTest::newRow("no profile, teams from the scenario")
                << kPriya << u"Priya"_s << u"Nair"_s << kSalesInbound;
    }
    void users_scenarioAgent_carriesTheIdsNamesTeamsAndProfile()
    {
        QFETCH(QString, email);
        QFETCH(QString, firstName);
        QFETCH(QString, lastName);
        QFETCH(QString, firstTeam);

        const QJsonObject user = byEmail(allPages(u"v2/user"_s), email);
        QVERIFY2(!user.isEmpty(), qPrintable(email));
        const QJsonObject agent = agentEntry(email);
        QCOMPARE(user[u"id"_s].toString(), agent[u"agentId"_s].toString());
        QCOMPARE(user[u"ciUserId"_s].toString(), agent[u"ciUserId"_s].toString());
        QCOMPARE(user[u"firstName"_s].toString(), firstName);
        QCOMPARE(user[u"lastName"_s].toString(), lastName);
        QCOMPARE(user[u"teamIds"_s][0].toString(), firstTeam);
        QCOMPARE(user[u"contactCenterEnabled"_s].toBool(false), true);
        QCOMPARE(user[u"active"_s].toBool(false), true);
        QVERIFY(!user[u"siteId"_s].toString().isEmpty());
        QVERIFY(!user[u"agentProfileId"_s].toString().isEmpty());
        if (email != kPriya) {
            QCOMPARE(user[u"agentProfileId"_s].toString(), agentProfileId(email));
        }
    }

    void users_directoryPeopleAndOutsiders_areListedByEmail()
    {
        const QJsonArray users = allPages(u"v2/user"_s, 7);
        const Sim::SimDirectory &directory = m_sim->simulator().directory();
        const int accounts =
                int(m_sim->simulator().scenario().root()[u"accounts"_s].toArray().size());
        int agentsInDirectory = 0;
        int agentsOutside = 0;
        int plainUsers = 0;
        QSet<QString> ids;
        for (const QJsonValue &user : users) {
            const bool enabled = user[u"contactCenterEnabled"_s].toBool();
            const Sim::SimUser *person = directory.findByEmail(user[u"email"_s].toString());
            ids.insert(user[u"id"_s].toString());
            if (!enabled) {
                QVERIFY(person); // plain users are directory people too
                ++plainUsers;
            } else if (person) {
                QVERIFY(!person->guest && person->accountEnabled);
                ++agentsInDirectory;
            } else {
                ++agentsOutside;
            }
        }
        QCOMPARE(ids.size(), users.size()); // each person once
        QCOMPARE(agentsInDirectory, accounts + kDirectoryAgents);
        QCOMPARE(agentsOutside, 2);
        QCOMPARE(plainUsers, kPlainUsers);
        QVERIFY(!byEmail(users, kTomas).isEmpty());
    }

    void users_sameScenario_sameIdsInEveryRun()
    {
        const QJsonArray first = allPages(u"v2/user"_s, 50);
        m_sim = std::make_unique<Test::SimFixture>();
        const QJsonArray second = allPages(u"v2/user"_s, 50);
        QCOMPARE(second.size(), first.size());
        for (qsizetype i = 0; i < first.size(); ++i) {
            QCOMPARE(second.at(i)[u"id"_s].toString(), first.at(i)[u"id"_s].toString());
            QCOMPARE(second.at(i)[u"email"_s].toString(), first.at(i)[u"email"_s].toString());
        }
    }

    void users_filter_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<int>("expected"); // -1: at least one
        QTest::addColumn<QString>("mustContain");

        QTest::newRow("not contact-center enabled")
                << u"contactCenterEnabled==false"_s << kPlainUsers << QString();
        QTest::newRow("by e-mail") << QString(u"email=="_s + kAna) << 1 << kAna;
        QTest::newRow("by team (any of teamIds)")
                << QString(u"teamId=="_s + kAnaTeam) << -1 << kAna;
        QTest::newRow("by id") << QString(u"id=="_s + kTomasId) << 1 << kTomas;
    }
    void users_filter()
    {
        QFETCH(QString, filter);
        QFETCH(int, expected);
        QFETCH(QString, mustContain);

        const auto reply = get(u"/organization/%1/v2/user?pageSize=1000&filter=%2"_s.arg(
                orgId(), QString::fromLatin1(QUrl::toPercentEncoding(filter))));
        QCOMPARE(reply.status, 200);
        const QJsonArray data = reply.json().object()[u"data"_s].toArray();
        if (expected >= 0) {
            QCOMPARE(data.size(), expected);
        } else {
            QVERIFY(!data.isEmpty());
        }
        if (!mustContain.isEmpty()) {
            QVERIFY(!byEmail(data, mustContain).isEmpty());
        }
    }

    void users_attributes_pickTheFields()
    {
        const auto reply =
                get(u"/organization/%1/v2/user?attributes=email,teamIds&pageSize=3"_s.arg(orgId()));
        QCOMPARE(reply.status, 200);
        const QJsonObject first = reply.json().object()[u"data"_s][0].toObject();
        const QStringList keys = first.keys();
        QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()),
                 (QSet<QString>{u"id"_s, u"email"_s, u"teamIds"_s}));
    }

    void lists_badRequests_areRefusedInCcShape_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("withToken");
        QTest::addColumn<int>("status");

        QTest::newRow("users of another org")
                << u"/organization/00000000-0000-0000-0000-000000000000/v2/user"_s << true << 403;
        QTest::newRow("queues of another org")
                << u"/organization/00000000-0000-0000-0000-000000000000/v2/contact-service-queue"_s
                << true << 403;
        QTest::newRow("users without a token") << u"/organization/{org}/v2/user"_s << false << 401;
        QTest::newRow("users, unknown filter field")
                << u"/organization/{org}/v2/user?filter=phone==1"_s << true << 400;
        QTest::newRow("queues, page size too big")
                << u"/organization/{org}/v2/contact-service-queue?pageSize=5000"_s << true << 400;
    }
    void lists_badRequests_areRefusedInCcShape()
    {
        QFETCH(QString, path);
        QFETCH(bool, withToken);
        QFETCH(int, status);

        path.replace(u"{org}"_s, orgId());
        const auto reply = withToken ? get(path) : m_sim->wire().get(m_sim->url(path));
        QCOMPARE(reply.status, status);
        QVERIFY(!reply.header("TrackingID").isEmpty());
        QCOMPARE(reply.json().object()[u"error"_s][u"key"_s].toString(), QString::number(status));
    }

    // --- queues ------------------------------------------------------------------------------

    void queues_pages_andCarryNameAndChannel()
    {
        const auto reply =
                get(u"/organization/%1/v2/contact-service-queue?page=1&pageSize=4"_s.arg(orgId()));
        QCOMPARE(reply.status, 200);
        const QJsonObject meta = reply.json().object()[u"meta"_s].toObject();
        QCOMPARE(meta[u"totalRecords"_s].toInt(), kQueues);
        QCOMPARE(meta[u"totalPages"_s].toInt(), 3);
        QCOMPARE(reply.json().object()[u"data"_s].toArray().size(), 4);

        const QJsonArray queues = allPages(u"v2/contact-service-queue"_s, 3);
        QCOMPARE(queues.size(), kQueues);
        QSet<QString> names;
        for (const QJsonValue &queue : queues) {
            QVERIFY(!queue[u"id"_s].toString().isEmpty());
            QVERIFY(!queue[u"channelType"_s].toString().isEmpty());
            QVERIFY(queue[u"active"_s].isBool());
            names.insert(queue[u"name"_s].toString());
        }
        QVERIFY(names.contains(u"テクニカルサポート"_s));
        QVERIFY(names.contains(u"Soporte Técnico"_s));
    }

    void queues_filterByChannel_listsOnlyThatChannel()
    {
        const auto reply = get(
                u"/organization/%1/v2/contact-service-queue?filter=channelType==telephony"_s.arg(
                        orgId()));
        QCOMPARE(reply.status, 200);
        const QJsonArray data = reply.json().object()[u"data"_s].toArray();
        QCOMPARE(data.size(), kTelephonyQueues);
        for (const QJsonValue &queue : data) {
            QCOMPARE(queue[u"channelType"_s].toString(), u"telephony"_s);
        }
    }

    // --- buddy list --------------------------------------------------------------------------

    void buddyList_badBody_answers400_data()
    {
        QTest::addColumn<QByteArray>("body");

        QTest::newRow("not an object") << QByteArray("[]");
        QTest::newRow("no agentProfileId") << QByteArray(R"({"mediaType":"telephony"})");
        QTest::newRow("empty agentProfileId")
                << QByteArray(R"({"agentProfileId":"","mediaType":"telephony"})");
        QTest::newRow("agentProfileId too long") << QByteArray(
                R"({"agentProfileId":")" + QByteArray(37, 'a') + R"(","mediaType":"telephony"})");
        QTest::newRow("no mediaType") << QByteArray(R"({"agentProfileId":"p"})");
        QTest::newRow("unknown mediaType")
                << QByteArray(R"({"agentProfileId":"p","mediaType":"fax"})");
        QTest::newRow("unknown state")
                << QByteArray(R"({"agentProfileId":"p","mediaType":"chat","state":"Busy"})");
    }
    void buddyList_badBody_answers400()
    {
        QFETCH(QByteArray, body);
        const auto reply =
                call("POST", u"/v1/agents/buddyList"_s, body, m_sim->token(u"cc"_s, kAna));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json().object()[u"error"_s][u"key"_s].toString(), u"400"_s);
    }

    void buddyList_notLoggedIn_answers202ThenRetrieveFailed()
    {
        auto socket = openSocket(kAna);
        QVERIFY(socket);
        const QJsonObject event = telephonyBuddies(*socket, kAna);
        QCOMPARE(event[u"type"_s].toString(), u"BuddyAgents"_s);
        QCOMPARE(event[u"data"_s][u"type"_s].toString(), u"BuddyAgentsRetrieveFailed"_s);
        QCOMPARE(event[u"data"_s][u"reason"_s].toString(), u"AGENT_NOT_LOGGED_IN"_s);
    }

    void buddyList_unknownProfile_failsWithProfileNotFound()
    {
        std::unique_ptr<NotificationSocket> socket;
        QVERIFY(logIn(socket, kAna, kAnaTeam, u"AGENT_DN"_s, u"+5511987654321"_s));
        const QJsonObject event =
                buddyList(*socket, kAna,
                          {{u"agentProfileId"_s, u"4a1c0c39-6a8c-4df3-9d8e-000000000000"_s},
                           {u"mediaType"_s, u"telephony"_s}});
        QCOMPARE(event[u"data"_s][u"type"_s].toString(), u"BuddyAgentsRetrieveFailed"_s);
        QCOMPARE(event[u"data"_s][u"reason"_s].toString(), u"AGENT_PROFILE_NOT_FOUND"_s);
    }

    void buddyList_loggedIn_listsTheOtherLoggedInAgentsWithTheirState()
    {
        std::unique_ptr<NotificationSocket> ana;
        std::unique_ptr<NotificationSocket> kenji;
        QVERIFY(logIn(ana, kAna, kAnaTeam, u"AGENT_DN"_s, u"+5511987654321"_s));
        QVERIFY(logIn(kenji, kKenji, kKenjiTeam, u"EXTENSION"_s, u"3105"_s));

        const QJsonObject event = telephonyBuddies(*ana, kAna);
        QCOMPARE(event[u"type"_s].toString(), u"BuddyAgents"_s);
        QCOMPARE(event[u"data"_s][u"type"_s].toString(), u"BuddyAgents"_s);
        QCOMPARE(event[u"data"_s][u"agentId"_s].toString(), agentId(kAna));
        QCOMPARE(event[u"data"_s][u"agentSessionId"_s].toString(),
                 agentEntry(kAna)[u"agentSessionId"_s].toString());
        const QJsonArray list = event[u"data"_s][u"agentList"_s].toArray();

        // Exactly the logged-in agents with a voice device, except the one asking.
        QSet<QString> expected;
        const auto agents =
                m_sim->wire().get(m_sim->url(u"/_sim/cc/agents"_s)).json()[u"agents"_s].toArray();
        for (const QJsonValue &agent : agents) {
            if (agent[u"loggedIn"_s].toBool() && agent[u"email"_s].toString() != kAna &&
                !agent[u"deviceType"_s].toString().isEmpty()) {
                expected.insert(agent[u"agentId"_s].toString());
            }
        }
        QSet<QString> listed;
        for (const QJsonValue &entry : list) {
            listed.insert(entry[u"agentId"_s].toString());
        }
        QCOMPARE(listed, expected);
        QCOMPARE(listed.size(), list.size());
        // Three in four directory agents, the two outsiders and Kenji.
        QCOMPARE(list.size(), kDirectoryAgents * 3 / 4 + 2 + 1);

        const QJsonObject kenjiEntry = buddy(event, agentId(kKenji));
        QCOMPARE(kenjiEntry[u"agentName"_s].toString(), u"田中 健二"_s);
        QCOMPARE(kenjiEntry[u"state"_s].toString(), u"Idle"_s);
        QCOMPARE(kenjiEntry[u"teamId"_s].toString(), kKenjiTeam);
        QCOMPARE(kenjiEntry[u"teamName"_s].toString(), u"カスタマーサポート東京"_s);
        QCOMPARE(kenjiEntry[u"dn"_s].toString(), u"3105"_s);
        QVERIFY(!kenjiEntry[u"siteId"_s].toString().isEmpty());

        const QJsonObject priya = buddy(event, kPriyaId);
        QCOMPARE(priya[u"agentName"_s].toString(), u"Priya Nair"_s);
        QCOMPARE(priya[u"state"_s].toString(), u"Available"_s);
        QCOMPARE(priya[u"teamName"_s].toString(), u"Sales Inbound"_s);
        QCOMPARE(priya[u"dn"_s].toString(), u"7201"_s);
        QCOMPARE(buddy(event, kTomasId)[u"state"_s].toString(), u"Idle"_s);
    }

    void buddyList_state_listsOnlyAgentsInIt_andFollowsChanges()
    {
        std::unique_ptr<NotificationSocket> ana;
        QVERIFY(logIn(ana, kAna, kAnaTeam, u"AGENT_DN"_s, u"+5511987654321"_s));

        QJsonObject available = telephonyBuddies(*ana, kAna, u"Available"_s);
        QVERIFY(!available[u"data"_s][u"agentList"_s].toArray().isEmpty());
        for (const QJsonValue &entry : available[u"data"_s][u"agentList"_s].toArray()) {
            QCOMPARE(entry[u"state"_s].toString(), u"Available"_s);
        }
        QVERIFY(!buddy(available, kPriyaId).isEmpty());

        // A supervisor puts Priya on lunch: she leaves the Available list for the Idle one.
        QCOMPARE(m_sim->wire()
                         .postJson(m_sim->url(u"/_sim/cc/agents/state"_s),
                                   QJsonDocument(QJsonObject{{u"email"_s, kPriya},
                                                             {u"state"_s, u"Idle"_s},
                                                             {u"auxCodeId"_s, kLunch}}))
                         .status,
                 200);
        available = telephonyBuddies(*ana, kAna, u"Available"_s);
        QVERIFY(buddy(available, kPriyaId).isEmpty());
        const QJsonObject idle = telephonyBuddies(*ana, kAna, u"Idle"_s);
        QCOMPARE(buddy(idle, kPriyaId)[u"state"_s].toString(), u"Idle"_s);
    }

    void buddyList_digitalOnlyAgent_isListedForChatNotTelephony()
    {
        std::unique_ptr<NotificationSocket> ana;
        std::unique_ptr<NotificationSocket> marie;
        QVERIFY(logIn(ana, kAna, kAnaTeam, u"AGENT_DN"_s, u"+5511987654321"_s));
        QVERIFY(logIn(marie, kMarie, kMarieTeam, QString(), QString()));

        QVERIFY(buddy(telephonyBuddies(*ana, kAna), agentId(kMarie)).isEmpty());
        const QJsonObject chat = buddyList(
                *ana, kAna,
                {{u"agentProfileId"_s, agentProfileId(kAna)}, {u"mediaType"_s, u"chat"_s}});
        const QJsonObject entry = buddy(chat, agentId(kMarie));
        QCOMPARE(entry[u"agentName"_s].toString(), u"Marie Dubois"_s);
        QCOMPARE(entry[u"dn"_s].toString(), QString());
    }

    // --- scenario ----------------------------------------------------------------------------

    void directoryAgents_smallDirectory_takesWhomItCan()
    {
        Sim::Scenario scenario = Sim::Scenario::defaults();
        scenario.setDirectorySize(12); // the 7 accounts and 5 generated people
        m_sim = std::make_unique<Test::SimFixture>(std::move(scenario));
        const QJsonArray users = allPages(u"v2/user"_s, 100);
        const Sim::SimDirectory &directory = m_sim->simulator().directory();
        int fromDirectory = 0;
        for (const QJsonValue &user : users) {
            if (directory.findByEmail(user[u"email"_s].toString())) {
                ++fromDirectory;
            }
        }
        QVERIFY(fromDirectory > 7);
        QVERIFY(fromDirectory <= 12);
    }
};

QTEST_GUILESS_MAIN(TestSimCcRoster)
#include "tst_simccroster.moc"
