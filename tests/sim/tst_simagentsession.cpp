// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The simulated contact center's side of sign-in, station login and agent state, over real
// loopback: the desktop profiles of the scenario, the team and dial-plan look-ups, station login
// with each device and each refusal, state changes (the agent's own, a supervisor's, RONA),
// logout, reload, multi-login and what the request log shows of it.
#include "notificationsocket.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUuid>

#include <support/simfixture.h>

using namespace Qt::StringLiterals;
using namespace AgentDesk;
using Test::NotificationSocket;

namespace {

const QString kAna = u"ana.souza@contoso.example"_s;
const QString kKenji = u"kenji.tanaka@contoso.example"_s;
const QString kMarie = u"marie.dubois@contoso.example"_s;
const QString kLucia = u"lucia.garcia@contoso.example"_s;
const QString kJoao = u"joao.pereira@contoso.example"_s;
const QString kEmily = u"emily.carter@contoso.example"_s;
const QString kClaire = u"claire.martin@contoso.example"_s;

// Idle codes of the default scenario.
const QString kBreak = u"30abd35e-184a-4fd5-8150-e593e0ed2206"_s;
const QString kLunch = u"f6ceff3e-a573-4346-b52a-1e977fb11d68"_s;
const QString kCoaching = u"d9310981-e00f-408c-8f1c-419f59e805a9"_s;
const QString kResolved = u"b08f96e5-89cb-4639-9461-838bfc2e9562"_s; // a wrap-up code

// "none" = a digital-only login, without deviceType.
const QString kNoDevice = u"none"_s;

} // namespace

class TestSimAgentSession final : public QObject
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
                                 const QJsonObject &body, const QByteArray &token)
    {
        return m_sim->wire().send(method, m_sim->url(path),
                                  QJsonDocument(body).toJson(QJsonDocument::Compact), auth(token));
    }

    Test::WireClient::Reply control(const QByteArray &method, const QString &path,
                                    const QJsonObject &body)
    {
        return m_sim->wire().send(method, m_sim->url(path),
                                  QJsonDocument(body).toJson(QJsonDocument::Compact),
                                  {{"Content-Type", "application/json"}});
    }

    // Subscribes and opens the notification socket; returns it once Welcome arrived.
    std::unique_ptr<NotificationSocket> openSocket(const QString &user, QByteArray token = {},
                                                   const QJsonObject &options = {})
    {
        if (token.isEmpty()) {
            token = m_sim->token(u"cc"_s, user);
        }
        const auto reply = call("POST", u"/v1/notification/subscribe"_s, options, token);
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

    QString agentId(const QString &email) { return agentEntry(email)[u"agentId"_s].toString(); }

    Test::WireClient::Reply desktopLogin(const QString &ciUserId, const QByteArray &token,
                                         const QString &org = {})
    {
        return m_sim->wire().get(
                m_sim->url(u"/organization/%1/v2/user/by-ci-user-id/%2/desktop-login"_s.arg(
                        org.isEmpty() ? orgId() : org, ciUserId)),
                token);
    }

    QJsonObject profile(const QString &email)
    {
        return desktopLogin(agentEntry(email)[u"ciUserId"_s].toString(),
                            m_sim->token(u"cc"_s, email))
                .json()
                .object();
    }

    QString firstTeam(const QString &email)
    {
        return profile(email)[u"teams"_s][0][u"id"_s].toString();
    }

    // The body the SDK sends (cc.ts stationLogin), for a device type or kNoDevice.
    QJsonObject loginBody(const QString &email, const QString &deviceType, const QString &number,
                          QString teamId = {})
    {
        if (teamId.isEmpty()) {
            teamId = firstTeam(email);
        }
        const QString id = agentId(email);
        QJsonObject body{{u"teamId"_s, teamId},     {u"roles"_s, QJsonArray{u"agent"_s}},
                         {u"teamName"_s, u""_s},    {u"siteId"_s, u""_s},
                         {u"usesOtherDN"_s, false}, {u"auxCodeId"_s, u""_s}};
        if (deviceType == kNoDevice) {
            body.insert(u"dialNumber"_s, id);
            body.insert(u"isExtension"_s, false);
        } else if (deviceType == u"BROWSER"_s) {
            body.insert(u"dialNumber"_s, id);
            body.insert(u"deviceType"_s, deviceType);
            body.insert(u"deviceId"_s, QString(u"webrtc-"_s + id));
            body.insert(u"isExtension"_s, false);
        } else {
            body.insert(u"dialNumber"_s, number);
            body.insert(u"deviceType"_s, deviceType);
            body.insert(u"deviceId"_s, number);
            body.insert(u"isExtension"_s, deviceType == u"EXTENSION"_s);
        }
        return body;
    }

    // Sends a command, checks its 202 came before the event, and returns the event.
    QJsonObject command(NotificationSocket &socket, const QByteArray &method, const QString &path,
                        const QJsonObject &body, const QString &user)
    {
        const qsizetype before = socket.messages.size();
        const auto reply = call(method, path, body, m_sim->token(u"cc"_s, user));
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

    QJsonObject stationLogin(NotificationSocket &socket, const QString &user,
                             const QJsonObject &body)
    {
        return command(socket, "POST", u"/v1/agents/login"_s, body, user);
    }

    QJsonObject setState(NotificationSocket &socket, const QString &user, const QString &state,
                         const QString &auxCodeId)
    {
        return command(socket, "PUT", u"/v1/agents/session/state"_s,
                       {{u"state"_s, state},
                        {u"auxCodeId"_s, auxCodeId},
                        {u"lastStateChangeReason"_s, u"chosen in the state selector"_s}},
                       user);
    }

    // Opens a socket and logs the agent in; the success event, or empty.
    QJsonObject loggedIn(std::unique_ptr<NotificationSocket> &socket, const QString &user,
                         const QString &deviceType, const QString &number)
    {
        socket = openSocket(user);
        if (!socket) {
            return {};
        }
        const QJsonObject event = stationLogin(*socket, user, loginBody(user, deviceType, number));
        return event[u"data"_s][u"type"_s].toString() == u"AgentStationLoginSuccess"_s
                       ? event
                       : QJsonObject{};
    }

    static QString dataType(const QJsonObject &event)
    {
        return event[u"data"_s][u"type"_s].toString();
    }

private Q_SLOTS:
    void init() { m_sim = std::make_unique<Test::SimFixture>(); }
    void cleanup() { m_sim.reset(); }

    // --- desktop profile ---------------------------------------------------------------------

    void desktopLogin_ciUserIdFromPeopleMe_answersTheProfile()
    {
        const QByteArray token = m_sim->token(u"cc"_s, kAna);
        const auto me = m_sim->wire().get(m_sim->url(u"/v1/people/me"_s), token);
        QCOMPARE(me.status, 200);
        // people/me's id is base64 of ciscospark://us/PEOPLE/<ciUserId>, unpadded.
        QByteArray encoded = me.json().object()[u"id"_s].toString().toLatin1();
        encoded.append(QByteArray((4 - encoded.size() % 4) % 4, '='));
        const QString decoded = QString::fromUtf8(QByteArray::fromBase64(encoded));
        QVERIFY2(decoded.startsWith(u"ciscospark://us/PEOPLE/"_s), qPrintable(decoded));
        const QString ciUserId = decoded.section(u'/', -1);

        const auto reply = desktopLogin(ciUserId, token);
        QCOMPARE(reply.status, 200);
        QVERIFY(!reply.header("TrackingID").isEmpty());
        const QJsonObject body = reply.json().object();
        QCOMPARE(body[u"ciUserId"_s].toString(), ciUserId);
        QCOMPARE(body[u"agentId"_s].toString(), agentId(kAna));
        QCOMPARE(body[u"orgId"_s].toString(), orgId());
        QCOMPARE(body[u"email"_s].toString(), kAna);
        QCOMPARE(body[u"displayName"_s].toString(), u"Ana Souza"_s);
    }

    void desktopLogin_scenarioAgents_coverEveryCase_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QStringList>("voiceOptions");
        QTest::addColumn<QString>("defaultDialNumber");
        QTest::addColumn<bool>("restricted");
        QTest::addColumn<int>("dialNumbers");
        QTest::addColumn<int>("extensions");
        QTest::addColumn<bool>("freeDialNumber");
        QTest::addColumn<bool>("freeExtension");
        QTest::addColumn<int>("teams");
        QTest::addColumn<int>("minIdleCodes");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("msTeams"); // off | sso-off | sso-on

        QTest::newRow("ana: every device, default number, 2 extensions, 3 teams")
                << kAna << QStringList{u"BROWSER"_s, u"EXTENSION"_s, u"AGENT_DN"_s}
                << u"+5511987654321"_s << false << 3 << 2 << true << true << 3 << 16 << u"BR"_s
                << u"sso-off"_s;
        QTest::newRow("kenji: one extension, several numbers, no free entry")
                << kKenji << QStringList{u"AGENT_DN"_s, u"EXTENSION"_s} << QString() << false << 3
                << 1 << false << false << 2 << 7 << u"JP"_s << u"sso-on"_s;
        QTest::newRow("marie: digital-only")
                << kMarie << QStringList{} << QString() << false << 0 << 0 << false << false << 2
                << 5 << u"FR"_s << u"off"_s;
        QTest::newRow("lucia: restricted to the default number")
                << kLucia << QStringList{u"AGENT_DN"_s} << u"+34912345678"_s << true << 0 << 0
                << false << false << 1 << 6 << u"ES"_s << u"off"_s;
        QTest::newRow("joao: 25 teams")
                << kJoao << QStringList{u"BROWSER"_s, u"AGENT_DN"_s} << u"+351212345678"_s << false
                << 3 << 0 << true << false << 25 << 16 << u"PT"_s << u"sso-off"_s;
        QTest::newRow("emily: one number, three extensions")
                << kEmily << QStringList{u"AGENT_DN"_s, u"EXTENSION"_s} << QString() << false << 1
                << 3 << false << true << 2 << 8 << u"US"_s << u"sso-on"_s;
        QTest::newRow("claire: default number, free entry, no list")
                << kClaire << QStringList{u"BROWSER"_s, u"AGENT_DN"_s} << u"+33142685300"_s << false
                << 0 << 0 << true << false << 1 << 16 << u"FR"_s << u"off"_s;
    }

    void desktopLogin_scenarioAgents_coverEveryCase()
    {
        QFETCH(QString, email);
        QFETCH(QStringList, voiceOptions);
        QFETCH(QString, defaultDialNumber);
        QFETCH(bool, restricted);
        QFETCH(int, dialNumbers);
        QFETCH(int, extensions);
        QFETCH(bool, freeDialNumber);
        QFETCH(bool, freeExtension);
        QFETCH(int, teams);
        QFETCH(int, minIdleCodes);
        QFETCH(QString, region);
        QFETCH(QString, msTeams);

        // Every scenario agent can sign in with the shared demo password.
        const QJsonArray accounts =
                m_sim->simulator().scenario().root().value(u"accounts"_s).toArray();
        QVERIFY(std::any_of(accounts.begin(), accounts.end(), [&](const QJsonValue &account) {
            return account[u"email"_s].toString() == email &&
                   account[u"password"_s].toString() == u"agentdesk"_s;
        }));

        const QJsonObject p = profile(email);
        QStringList options;
        for (const QJsonValue &option : p[u"loginVoiceOptions"_s].toArray()) {
            options.append(option.toString());
        }
        QCOMPARE(options, voiceOptions);
        QCOMPARE(p[u"defaultDialNumber"_s].toString(), defaultDialNumber);
        QCOMPARE(p[u"restrictToDefaultDialNumber"_s].toBool(), restricted);
        QCOMPARE(p[u"dialNumbers"_s].toArray().size(), dialNumbers);
        QCOMPARE(p[u"extensions"_s].toArray().size(), extensions);
        QCOMPARE(p[u"allowFreeDialNumber"_s].toBool(), freeDialNumber);
        QCOMPARE(p[u"allowFreeExtension"_s].toBool(), freeExtension);
        QCOMPARE(p[u"defaultRegion"_s].toString(), region);
        for (const QJsonValue &number : p[u"dialNumbers"_s].toArray()) {
            QVERIFY2(QRegularExpression(u"^\\+[1-9]\\d{6,14}$"_s)
                             .match(number.toString())
                             .hasMatch(),
                     qPrintable(number.toString()));
        }

        const QJsonArray teamList = p[u"teams"_s].toArray();
        QCOMPARE(teamList.size(), teams);
        for (const QJsonValue &team : teamList) {
            QVERIFY(!QUuid::fromString(team[u"id"_s].toString()).isNull());
            QVERIFY(!team[u"name"_s].toString().isEmpty());
        }

        // Codes reference the auxiliary-code list; exactly one default per list.
        const QJsonArray aux =
                m_sim->wire()
                        .get(m_sim->url(u"/organization/%1/v2/auxiliary-code"_s.arg(orgId())),
                             m_sim->token(u"cc"_s, email))
                        .json()
                        .object()[u"data"_s]
                        .toArray();
        QHash<QString, QString> workType;
        for (const QJsonValue &code : aux) {
            workType.insert(code[u"id"_s].toString(), code[u"workTypeCode"_s].toString());
        }
        QSet<QString> idleIds;
        for (const QString &list : {u"idleCodes"_s, u"wrapUpCodes"_s}) {
            const QJsonArray codes = p[list].toArray();
            QVERIFY(!codes.isEmpty());
            int defaults = 0;
            for (const QJsonValue &code : codes) {
                QCOMPARE(workType.value(code[u"id"_s].toString()),
                         list == u"idleCodes"_s ? u"IDLE_CODE"_s : u"WRAP_UP_CODE"_s);
                QVERIFY(!code[u"name"_s].toString().isEmpty());
                defaults += code[u"isDefault"_s].toBool() ? 1 : 0;
                if (list == u"idleCodes"_s) {
                    idleIds.insert(code[u"id"_s].toString());
                }
            }
            QCOMPARE(defaults, 1);
        }
        QVERIFY(p[u"idleCodes"_s].toArray().size() >= minIdleCodes);

        const QJsonObject teamsSettings = p[u"microsoftTeams"_s].toObject();
        for (const QString &key :
             {u"enabled"_s, u"ssoEnabled"_s, u"showUserDetails"_s, u"stateSynchronization"_s,
              u"idleCodeMapping"_s, u"loginInheritance"_s}) {
            QVERIFY2(teamsSettings.contains(key), qPrintable(key));
        }
        QCOMPARE(teamsSettings[u"enabled"_s].toBool(), msTeams != u"off"_s);
        QCOMPARE(teamsSettings[u"ssoEnabled"_s].toBool(), msTeams == u"sso-on"_s);
        if (msTeams != u"off"_s) {
            const QJsonObject mapping = teamsSettings[u"idleCodeMapping"_s].toObject();
            QCOMPARE(mapping.keys(),
                     (QStringList{u"DoNotDisturb"_s, u"InACall"_s, u"Presenting"_s}));
            for (const QJsonValue &id : mapping) {
                QVERIFY2(idleIds.contains(id.toString()), qPrintable(id.toString()));
            }
        }
    }

    void desktopLogin_refusals_data()
    {
        QTest::addColumn<QString>("org");
        QTest::addColumn<QString>("ciUserId"); // "ana" = hers
        QTest::addColumn<QByteArray>("token"); // "cc" = a valid one
        QTest::addColumn<int>("status");
        QTest::newRow("another org")
                << u"00000000-0000-0000-0000-000000000000"_s << u"ana"_s << QByteArray("cc") << 403;
        QTest::newRow("unknown user") << QString() << u"0d7f3c52-4b1e-4c61-9a55-6f0f5a0c3e11"_s
                                      << QByteArray("cc") << 404;
        QTest::newRow("people id not decoded")
                << QString() << u"Y2lzY29zcGFyazovL3VzL1BFT1BMRS84ZTlk"_s << QByteArray("cc")
                << 404;
        QTest::newRow("no token") << QString() << u"ana"_s << QByteArray() << 401;
        QTest::newRow("bad token") << QString() << u"ana"_s << QByteArray("not-a-token") << 401;
    }

    void desktopLogin_refusals()
    {
        QFETCH(QString, org);
        QFETCH(QString, ciUserId);
        QFETCH(QByteArray, token);
        QFETCH(int, status);
        if (ciUserId == u"ana"_s) {
            ciUserId = agentEntry(kAna)[u"ciUserId"_s].toString();
        }
        if (token == "cc") {
            token = m_sim->token(u"cc"_s, kAna);
        }
        const auto reply = desktopLogin(ciUserId, token, org);
        QCOMPARE(reply.status, status);
        const QJsonObject error = reply.json().object()[u"error"_s].toObject();
        QCOMPARE(error[u"key"_s].toString(), QString::number(status));
        QVERIFY(!error[u"message"_s][0][u"description"_s].toString().isEmpty());
        QVERIFY(!reply.header("TrackingID").isEmpty());
    }

    // --- teams and dial plan -----------------------------------------------------------------

    void teams_filteredByUserId_pageThroughJoaosTwentyFive()
    {
        const QByteArray token = m_sim->token(u"cc"_s, kJoao);
        const QString joao = agentId(kJoao);
        QSet<QString> seen;
        for (int page = 0; page < 3; ++page) {
            QUrl url = m_sim->url(u"/organization/%1/v2/team"_s.arg(orgId()));
            url.setQuery(
                    u"agentView=true&page=%1&pageSize=10&filter=userId==%2"_s.arg(page).arg(joao));
            const auto reply = m_sim->wire().get(url, token);
            QCOMPARE(reply.status, 200);
            const QJsonObject body = reply.json().object();
            const QJsonArray data = body[u"data"_s].toArray();
            QCOMPARE(data.size(), page < 2 ? 10 : 5);
            QCOMPARE(body[u"meta"_s][u"totalRecords"_s].toInt(), 25);
            QCOMPARE(body[u"meta"_s][u"totalPages"_s].toInt(), 3);
            QCOMPARE(body[u"meta"_s][u"links"_s].toObject().contains(u"next"_s), page < 2);
            for (const QJsonValue &team : data) {
                QVERIFY(team[u"userIds"_s].toArray().contains(joao));
                QVERIFY(!team[u"siteId"_s].toString().isEmpty());
                QVERIFY(!team[u"siteName"_s].toString().isEmpty());
                QCOMPARE(team[u"active"_s].toBool(), true);
                seen.insert(team[u"id"_s].toString());
            }
        }
        QSet<QString> inProfile;
        for (const QJsonValue &team : profile(kJoao)[u"teams"_s].toArray()) {
            inProfile.insert(team[u"id"_s].toString());
        }
        QCOMPARE(seen, inProfile);

        // Ana's own three; the whole tenant; and the SDK's warning about quoting.
        QUrl ana = m_sim->url(u"/organization/%1/v2/team"_s.arg(orgId()));
        ana.setQuery(u"agentView=true&filter=userId==%1"_s.arg(agentId(kAna)));
        QCOMPARE(m_sim->wire().get(ana, token).json().object()[u"data"_s].toArray().size(), 3);
        QUrl all = m_sim->url(u"/organization/%1/v2/team?agentView=true"_s.arg(orgId()));
        QCOMPARE(m_sim->wire().get(all, token).json()[u"meta"_s][u"totalRecords"_s].toInt(), 30);
        QUrl quoted = m_sim->url(u"/organization/%1/v2/team"_s.arg(orgId()));
        quoted.setQuery(u"agentView=true&filter=userId==\"%1\""_s.arg(joao));
        QCOMPARE(m_sim->wire().get(quoted, token).status, 400);
        QUrl otherOrg = m_sim->url(
                u"/organization/00000000-0000-0000-0000-000000000000/v2/team?agentView=true"_s);
        QCOMPARE(m_sim->wire().get(otherOrg, token).status, 403);
    }

    void dialPlan_entries_acceptRealNumbersAndRefuseOthers_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("BR mobile E.164") << u"+55 11 98765-4321"_s << true;
        QTest::newRow("PT E.164") << u"+351212345678"_s << true;
        QTest::newRow("JP E.164") << u"+81 3-1234-5678"_s << true;
        QTest::newRow("US national") << u"1 (212) 555-0143"_s << true;
        QTest::newRow("IDD from the US") << u"01161123456789"_s << true;
        QTest::newRow("IDD 00") << u"0033142685300"_s << true;
        QTest::newRow("extension") << u"2101"_s << true;
        QTest::newRow("letters") << u"12ab"_s << false;
        QTest::newRow("country code 0") << u"+0123456789"_s << false;
        QTest::newRow("too short") << u"123"_s << false;
        QTest::newRow("too long") << u"+1234567890123456"_s << false;
    }

    void dialPlan_entries_acceptRealNumbersAndRefuseOthers()
    {
        QFETCH(QString, number);
        QFETCH(bool, accepted);
        const auto reply = m_sim->wire().get(
                m_sim->url(u"/organization/%1/dial-plan?agentView=true"_s.arg(orgId())),
                m_sim->token(u"cc"_s, kAna));
        QCOMPARE(reply.status, 200);
        const QJsonArray entries = reply.json().object()[u"data"_s].toArray();
        QCOMPARE(entries.size(), 4);
        // The SDK's own check: strip strippedChars, then any entry's regex must match.
        bool matched = false;
        for (const QJsonValue &entry : entries) {
            for (const QString &field :
                 {u"id"_s, u"name"_s, u"regex"_s, u"prefix"_s, u"strippedChars"_s}) {
                QVERIFY2(entry.toObject().contains(field), qPrintable(field));
            }
            const QRegularExpression regex(entry[u"regex"_s].toString());
            QVERIFY(regex.isValid());
            QString stripped = number;
            for (const QChar c : entry[u"strippedChars"_s].toString()) {
                stripped.remove(c);
            }
            matched = matched || regex.match(stripped).hasMatch();
        }
        QCOMPARE(matched, accepted);
    }

    // --- station login -----------------------------------------------------------------------

    void stationLogin_eachDevice_answers202ThenSuccess_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("deviceType");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("idleCode"); // the profile's default
        QTest::newRow("ana desktop (BROWSER)") << kAna << u"BROWSER"_s << QString() << kBreak;
        QTest::newRow("ana extension") << kAna << u"EXTENSION"_s << u"2102"_s << kBreak;
        QTest::newRow("ana default dial number")
                << kAna << u"AGENT_DN"_s << u"+5511987654321"_s << kBreak;
        QTest::newRow("ana free entry, formatted")
                << kAna << u"AGENT_DN"_s << u"+33 1 42 68 53 00"_s << kBreak;
        QTest::newRow("kenji listed number")
                << kKenji << u"AGENT_DN"_s << u"+81662345678"_s << kLunch;
        QTest::newRow("kenji his one extension") << kKenji << u"EXTENSION"_s << u"3105"_s << kLunch;
        QTest::newRow("emily free extension") << kEmily << u"EXTENSION"_s << u"5299"_s << kBreak;
        QTest::newRow("lucia restricted, other formatting")
                << kLucia << u"AGENT_DN"_s << u"+34 912 34 56 78"_s << kBreak;
        QTest::newRow("marie digital-only") << kMarie << kNoDevice << QString() << kBreak;
    }

    void stationLogin_eachDevice_answers202ThenSuccess()
    {
        QFETCH(QString, email);
        QFETCH(QString, deviceType);
        QFETCH(QString, number);
        QFETCH(QString, idleCode);
        auto socket = openSocket(email);
        QVERIFY(socket);
        const QString id = agentId(email);
        const QJsonObject body = loginBody(email, deviceType, number);
        const QJsonObject event = stationLogin(*socket, email, body);
        QCOMPARE(event[u"type"_s].toString(), u"StationLogin"_s);
        const QJsonObject data = event[u"data"_s].toObject();
        QCOMPARE(data[u"type"_s].toString(), u"AgentStationLoginSuccess"_s);
        QCOMPARE(data[u"eventType"_s].toString(), u"AgentDesktopMessage"_s);
        QCOMPARE(data[u"agentId"_s].toString(), id);
        QCOMPARE(data[u"orgId"_s].toString(), orgId());
        QVERIFY(!QUuid::fromString(data[u"agentSessionId"_s].toString()).isNull());
        QCOMPARE(data[u"teamId"_s].toString(), body[u"teamId"_s].toString());
        QCOMPARE(data[u"auxCodeId"_s].toString(), idleCode);
        QCOMPARE(data[u"status"_s].toString(), u"LoggedIn"_s);
        QCOMPARE(data[u"subStatus"_s].toString(), u"Idle"_s);
        QCOMPARE(data[u"roles"_s].toArray(), QJsonArray{u"agent"_s});
        QVERIFY(data[u"lastStateChangeTimestamp"_s].toDouble() > 1.7e12);
        QVERIFY(data[u"lastIdleCodeChangeTimestamp"_s].toDouble() > 1.7e12);
        QVERIFY(data.contains(u"lastStateChangeReason"_s));
        QVERIFY(data[u"interactionIds"_s].isArray());
        // The site is the team's.
        QUrl teams = m_sim->url(u"/organization/%1/v2/team"_s.arg(orgId()));
        teams.setQuery(u"filter=id==%1"_s.arg(body[u"teamId"_s].toString()));
        QCOMPARE(data[u"siteId"_s].toString(), m_sim->wire()
                                                       .get(teams, m_sim->token(u"cc"_s, email))
                                                       .json()[u"data"_s][0][u"siteId"_s]
                                                       .toString());

        const QJsonObject entry = agentEntry(email);
        QCOMPARE(entry[u"loggedIn"_s].toBool(), true);
        QCOMPARE(entry[u"state"_s].toString(), u"Idle"_s);
        QCOMPARE(entry[u"auxCodeId"_s].toString(), idleCode);
        if (deviceType == kNoDevice) {
            QVERIFY(data[u"deviceType"_s].isNull());
            QCOMPARE(data[u"dialNumber"_s].toString(), QString());
            QCOMPARE(data[u"mmProfile"_s][u"telephony"_s].toInt(), 0);
            QCOMPARE(entry[u"deviceType"_s].toString(), QString());
        } else {
            QCOMPARE(data[u"deviceType"_s].toString(), deviceType);
            QCOMPARE(data[u"deviceId"_s].toString(), body[u"deviceId"_s].toString());
            QCOMPARE(data[u"dialNumber"_s].toString(), body[u"dialNumber"_s].toString());
            QCOMPARE(data[u"isExtension"_s].toBool(), deviceType == u"EXTENSION"_s);
            QCOMPARE(data[u"mmProfile"_s][u"telephony"_s].toInt(), 1);
            QCOMPARE(entry[u"deviceType"_s].toString(), deviceType);
            QCOMPARE(entry[u"deviceId"_s].toString(), body[u"deviceId"_s].toString());
        }
    }

    void stationLogin_badBody_answers400WithoutEvent_data()
    {
        QTest::addColumn<QByteArray>("patch"); // merged over a valid AGENT_DN body
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not JSON") << QByteArray("dialNumber=2101") << u"JSON"_s;
        QTest::newRow("no dialNumber") << QByteArray(R"({"dialNumber":null})") << u"dialNumber"_s;
        QTest::newRow("dialNumber a number")
                << QByteArray(R"({"dialNumber":5511987654321})") << u"dialNumber"_s;
        QTest::newRow("dialNumber too long")
                << QByteArray(R"({"dialNumber":"+55119876543210000000000000000000000000000000"})")
                << u"dialNumber"_s;
        QTest::newRow("no roles") << QByteArray(R"({"roles":null})") << u"roles"_s;
        QTest::newRow("empty roles") << QByteArray(R"({"roles":[]})") << u"roles"_s;
        QTest::newRow("unknown role") << QByteArray(R"({"roles":["admin"]})") << u"roles"_s;
        QTest::newRow("no teamId") << QByteArray(R"({"teamId":null})") << u"teamId"_s;
        QTest::newRow("isExtension a string")
                << QByteArray(R"({"isExtension":"false"})") << u"isExtension"_s;
        QTest::newRow("unknown deviceType")
                << QByteArray(R"({"deviceType":"SOFTPHONE"})") << u"deviceType"_s;
        QTest::newRow("isExtension contradicts deviceType")
                << QByteArray(R"({"isExtension":true})") << u"isExtension"_s;
        QTest::newRow("deviceId differs from the number")
                << QByteArray(R"({"deviceId":"+551130405060"})") << u"deviceId"_s;
        QTest::newRow("BROWSER with a phone number")
                << QByteArray(R"({"deviceType":"BROWSER","deviceId":"webrtc-x"})") << u"BROWSER"_s;
        QTest::newRow("usesOtherDN a string")
                << QByteArray(R"({"usesOtherDN":"no"})") << u"usesOtherDN"_s;
    }

    void stationLogin_badBody_answers400WithoutEvent()
    {
        QFETCH(QByteArray, patch);
        QFETCH(QString, mentions);
        auto socket = openSocket(kAna);
        QVERIFY(socket);
        QJsonObject body = loginBody(kAna, u"AGENT_DN"_s, u"+5511987654321"_s);
        QByteArray wire;
        const QJsonDocument patchDocument = QJsonDocument::fromJson(patch);
        if (patchDocument.isObject()) {
            const QJsonObject changes = patchDocument.object();
            for (auto it = changes.begin(); it != changes.end(); ++it) {
                if (it.value().isNull()) {
                    body.remove(it.key());
                } else {
                    body.insert(it.key(), it.value());
                }
            }
            wire = QJsonDocument(body).toJson(QJsonDocument::Compact);
        } else {
            wire = patch;
        }
        const auto reply = m_sim->wire().send("POST", m_sim->url(u"/v1/agents/login"_s), wire,
                                              auth(m_sim->token(u"cc"_s, kAna)));
        QCOMPARE(reply.status, 400);
        const QJsonObject error = reply.json().object()[u"error"_s].toObject();
        QCOMPARE(error[u"key"_s].toString(), u"400"_s);
        const QString description = error[u"message"_s][0][u"description"_s].toString();
        QVERIFY2(description.contains(mentions), qPrintable(description));
        // No event follows a refused command: the next frame is the next command's.
        const QJsonObject next = command(*socket, "POST", u"/v1/agents/reload"_s, {}, kAna);
        QCOMPARE(next[u"type"_s].toString(), u"AgentReloginFailed"_s);
        QCOMPARE(socket->messages.size(), 2);
        QCOMPARE(agentEntry(kAna)[u"loggedIn"_s].toBool(), false);
    }

    void stationLogin_refused_answers202ThenFailedWithReason_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("deviceType");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("team"); // empty = the agent's first
        QTest::addColumn<QString>("reason");
        QTest::newRow("letters") << kAna << u"AGENT_DN"_s << u"12ab"_s << QString()
                                 << u"INVALID_DIAL_NUMBER"_s;
        QTest::newRow("no dial-plan entry") << kAna << u"AGENT_DN"_s << u"+0123456789"_s
                                            << QString() << u"INVALID_DIAL_NUMBER"_s;
        QTest::newRow("restricted, another number") << kLucia << u"AGENT_DN"_s << u"+34911111111"_s
                                                    << QString() << u"INVALID_DIAL_NUMBER"_s;
        QTest::newRow("free number refused") << kKenji << u"AGENT_DN"_s << u"+81398765432"_s
                                             << QString() << u"INVALID_DIAL_NUMBER"_s;
        QTest::newRow("free extension refused")
                << kKenji << u"EXTENSION"_s << u"3106"_s << QString() << u"INVALID_DIAL_NUMBER"_s;
        QTest::newRow("digital-only with a phone") << kMarie << u"AGENT_DN"_s << u"+33142685300"_s
                                                   << QString() << u"DEVICE_TYPE_NOT_ALLOWED"_s;
        QTest::newRow("desktop not in profile")
                << kLucia << u"BROWSER"_s << QString() << QString() << u"DEVICE_TYPE_NOT_ALLOWED"_s;
        QTest::newRow("extension not in profile") << kJoao << u"EXTENSION"_s << u"2101"_s
                                                  << QString() << u"DEVICE_TYPE_NOT_ALLOWED"_s;
        QTest::newRow("voice profile without a device")
                << kAna << kNoDevice << QString() << QString() << u"INVALID_DIAL_NUMBER"_s;
        QTest::newRow("team not in profile") << kAna << u"AGENT_DN"_s << u"+5511987654321"_s
                                             << u"kenji"_s << u"TEAM_NOT_ASSIGNED"_s;
        QTest::newRow("team unknown")
                << kAna << u"AGENT_DN"_s << u"+5511987654321"_s
                << u"7a1f2c44-0000-4000-8000-000000000000"_s << u"TEAM_NOT_ASSIGNED"_s;
    }

    void stationLogin_refused_answers202ThenFailedWithReason()
    {
        QFETCH(QString, email);
        QFETCH(QString, deviceType);
        QFETCH(QString, number);
        QFETCH(QString, team);
        QFETCH(QString, reason);
        if (team == u"kenji"_s) {
            team = firstTeam(kKenji);
        }
        auto socket = openSocket(email);
        QVERIFY(socket);
        const QJsonObject event =
                stationLogin(*socket, email, loginBody(email, deviceType, number, team));
        QCOMPARE(event[u"type"_s].toString(), u"StationLogin"_s);
        QCOMPARE(dataType(event), u"AgentStationLoginFailed"_s);
        QCOMPARE(event[u"data"_s][u"reason"_s].toString(), reason);
        QVERIFY(event[u"data"_s][u"reasonCode"_s].isDouble());
        QCOMPARE(event[u"data"_s][u"agentId"_s].toString(), agentId(email));
        QCOMPARE(agentEntry(email)[u"loggedIn"_s].toBool(), false);
    }

    void stationLogin_numberOfAnotherLoggedInAgent_isDuplicateUntilLogout()
    {
        std::unique_ptr<NotificationSocket> joao;
        const QJsonObject joaoIn = loggedIn(joao, kJoao, u"AGENT_DN"_s, u"+351912345678"_s);
        QVERIFY(!joaoIn.isEmpty());

        // Ana may type any number; Joao's, written differently, is still the same line.
        auto ana = openSocket(kAna);
        QVERIFY(ana);
        const QJsonObject body = loginBody(kAna, u"AGENT_DN"_s, u"+351 91 234 5678"_s);
        const QJsonObject refused = stationLogin(*ana, kAna, body);
        QCOMPARE(dataType(refused), u"AgentStationLoginFailed"_s);
        QCOMPARE(refused[u"data"_s][u"reason"_s].toString(), u"DUPLICATE_LOCATION"_s);
        // Extensions are locations too.
        QCOMPARE(stationLogin(*ana, kAna,
                              loginBody(kAna, u"EXTENSION"_s, u"2101"_s))[u"data"_s][u"type"_s]
                         .toString(),
                 u"AgentStationLoginSuccess"_s);
        auto emilySocket = openSocket(kEmily);
        QVERIFY(emilySocket);
        QCOMPARE(stationLogin(*emilySocket, kEmily,
                              loginBody(kEmily, u"EXTENSION"_s, u"2101"_s))[u"data"_s][u"reason"_s]
                         .toString(),
                 u"DUPLICATE_LOCATION"_s);

        // Logout frees Joao's number.
        const QJsonObject out = command(*joao, "PUT", u"/v1/agents/logout"_s,
                                        {{u"logoutReason"_s, u"User requested logout"_s}}, kJoao);
        QCOMPARE(out[u"type"_s].toString(), u"Logout"_s);
        QCOMPARE(dataType(out), u"AgentLogoutSuccess"_s);
        QCOMPARE(out[u"data"_s][u"status"_s].toString(), u"LoggedOut"_s);
        QCOMPARE(out[u"data"_s][u"agentSessionId"_s].toString(),
                 joaoIn[u"data"_s][u"agentSessionId"_s].toString());
        QCOMPARE(out[u"data"_s][u"logoutReason"_s].toString(), u"User requested logout"_s);
        QVERIFY(!out[u"data"_s].toObject().contains(u"loggedOutBy"_s));
        QCOMPARE(agentEntry(kJoao)[u"loggedIn"_s].toBool(), false);
        QVERIFY(!agentEntry(kJoao).contains(u"deviceId"_s));

        const QJsonObject retried = stationLogin(*ana, kAna, body);
        QCOMPARE(dataType(retried), u"AgentStationLoginSuccess"_s);
        QCOMPARE(agentEntry(kAna)[u"dialNumber"_s].toString(), u"+351 91 234 5678"_s);
        // A second logout has nothing to end.
        QCOMPARE(command(*joao, "PUT", u"/v1/agents/logout"_s,
                         {{u"logoutReason"_s, u"User requested logout"_s}},
                         kJoao)[u"data"_s][u"reason"_s]
                         .toString(),
                 u"AGENT_NOT_LOGGED_IN"_s);
    }

    void stationLogin_busyNumber_isDuplicateUntilCleared()
    {
        const auto busy = control("POST", u"/_sim/cc/busy-numbers"_s,
                                  {{u"numbers"_s, QJsonArray{u"+1 (212) 555-0143"_s, u"5203"_s}}});
        QCOMPARE(busy.status, 200);
        QCOMPARE(busy.json()[u"numbers"_s].toArray().size(), 2);
        QVERIFY(busy.json()[u"numbers"_s].toArray().contains(u"+12125550143"_s));
        QCOMPARE(control("POST", u"/_sim/cc/busy-numbers"_s, {{u"numbers"_s, u"5203"_s}}).status,
                 400);

        auto socket = openSocket(kEmily);
        QVERIFY(socket);
        for (const auto &[device, number] :
             {std::pair{u"AGENT_DN"_s, u"+12125550143"_s}, std::pair{u"EXTENSION"_s, u"5203"_s}}) {
            const QJsonObject event =
                    stationLogin(*socket, kEmily, loginBody(kEmily, device, number));
            QCOMPARE(event[u"data"_s][u"reason"_s].toString(), u"DUPLICATE_LOCATION"_s);
        }

        const auto freed = control("DELETE", u"/_sim/cc/busy-numbers"_s,
                                   {{u"numbers"_s, QJsonArray{u"5203"_s}}});
        QCOMPARE(freed.json()[u"numbers"_s].toArray(), QJsonArray{u"+12125550143"_s});
        QCOMPARE(dataType(stationLogin(*socket, kEmily,
                                       loginBody(kEmily, u"EXTENSION"_s, u"5203"_s))),
                 u"AgentStationLoginSuccess"_s);
        const auto cleared = m_sim->wire().send("DELETE", m_sim->url(u"/_sim/cc/busy-numbers"_s));
        QCOMPARE(cleared.json()[u"numbers"_s].toArray().size(), 0);
        QCOMPARE(dataType(stationLogin(*socket, kEmily,
                                       loginBody(kEmily, u"AGENT_DN"_s, u"+12125550143"_s))),
                 u"AgentStationLoginSuccess"_s);
        QCOMPARE(agentEntry(kEmily)[u"deviceType"_s].toString(), u"AGENT_DN"_s);
    }

    void stationLogin_fromAnotherSubscription_sendsMultiLoginToTheOlderSocket()
    {
        const QJsonObject multi{{u"allowMultiLogin"_s, true}};
        const QByteArray first = m_sim->token(u"cc"_s, kAna);
        const QByteArray second = m_sim->token(u"cc"_s, kAna);
        auto older = openSocket(kAna, first, multi);
        QVERIFY(older);
        QCOMPARE(call("POST", u"/v1/agents/login"_s,
                      loginBody(kAna, u"AGENT_DN"_s, u"+5511987654321"_s), first)
                         .status,
                 202);
        QCOMPARE(dataType(older->waitForEvent(1)), u"AgentStationLoginSuccess"_s);

        // Both sockets live (multi-login allowed) until the second desktop logs in.
        auto newer = openSocket(kAna, second, multi);
        QVERIFY(newer);
        QCOMPARE(agentEntry(kAna)[u"sockets"_s].toInt(), 2);
        QCOMPARE(call("POST", u"/v1/agents/login"_s, loginBody(kAna, u"EXTENSION"_s, u"2101"_s),
                      second)
                         .status,
                 202);
        QCOMPARE(dataType(newer->waitForEvent(1)), u"AgentStationLoginSuccess"_s);
        QTRY_VERIFY(older->closed);
        QCOMPARE(older->messages.size(), 3);
        QCOMPARE(older->messages.at(2)[u"type"_s].toString(), u"AGENT_MULTI_LOGIN"_s);
        QCOMPARE(older->messages.at(2)[u"data"_s][u"agentId"_s].toString(), agentId(kAna));
        QVERIFY(!newer->closed);
        QCOMPARE(agentEntry(kAna)[u"sockets"_s].toInt(), 1);
        QCOMPARE(agentEntry(kAna)[u"deviceType"_s].toString(), u"EXTENSION"_s);

        // A re-login from the same desktop displaces nobody.
        QCOMPARE(dataType(command(*newer, "POST", u"/v1/agents/login"_s,
                                  loginBody(kAna, u"EXTENSION"_s, u"2102"_s), kAna)),
                 u"AgentStationLoginSuccess"_s);
        QVERIFY(!newer->closed);
    }

    // --- agent state -------------------------------------------------------------------------

    void stateChange_idleThenAvailable_answers202ThenSuccess()
    {
        std::unique_ptr<NotificationSocket> socket;
        const QJsonObject login = loggedIn(socket, kAna, u"AGENT_DN"_s, u"+5511987654321"_s);
        QVERIFY(!login.isEmpty());
        const qint64 loginIdleChange =
                qint64(login[u"data"_s][u"lastIdleCodeChangeTimestamp"_s].toDouble());

        const QJsonObject lunch = setState(*socket, kAna, u"Idle"_s, kLunch);
        QCOMPARE(lunch[u"type"_s].toString(), u"AgentStateChange"_s);
        QCOMPARE(dataType(lunch), u"AgentStateChangeSuccess"_s);
        const QJsonObject data = lunch[u"data"_s].toObject();
        QCOMPARE(data[u"subStatus"_s].toString(), u"Idle"_s);
        QCOMPARE(data[u"auxCodeId"_s].toString(), kLunch);
        QCOMPARE(data[u"changedBy"_s].toString(), u"self"_s);
        QCOMPARE(data[u"changedById"_s].toString(), agentId(kAna));
        QCOMPARE(data[u"changedByName"_s].toString(), u"Ana Souza"_s);
        QCOMPARE(data[u"lastStateChangeReason"_s].toString(), u"chosen in the state selector"_s);
        QCOMPARE(data[u"agentSessionId"_s].toString(),
                 login[u"data"_s][u"agentSessionId"_s].toString());
        QVERIFY(qint64(data[u"lastIdleCodeChangeTimestamp"_s].toDouble()) >= loginIdleChange);
        QVERIFY(data[u"lastStateChangeTimestamp"_s].toDouble() > 1.7e12);

        const QJsonObject available = setState(*socket, kAna, u"Available"_s, u"0"_s);
        QCOMPARE(dataType(available), u"AgentStateChangeSuccess"_s);
        QCOMPARE(available[u"data"_s][u"subStatus"_s].toString(), u"Available"_s);
        QCOMPARE(available[u"data"_s][u"auxCodeId"_s].toString(), u"0"_s);
        QCOMPARE(agentEntry(kAna)[u"state"_s].toString(), u"Available"_s);
        QCOMPARE(agentEntry(kAna)[u"auxCodeId"_s].toString(), u"0"_s);
    }

    void stateChange_refused_answers202ThenFailed_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("logIn");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("auxCodeId");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not logged in")
                << kAna << false << u"Idle"_s << kLunch << u"AGENT_NOT_LOGGED_IN"_s;
        QTest::newRow("unknown code")
                << kAna << true << u"Idle"_s << u"11111111-2222-4333-8444-555555555555"_s
                << u"INVALID_AUX_CODE"_s;
        QTest::newRow("wrap-up code as idle code")
                << kAna << true << u"Idle"_s << kResolved << u"INVALID_AUX_CODE"_s;
        QTest::newRow("Available with an idle code")
                << kAna << true << u"Available"_s << kLunch << u"INVALID_AUX_CODE"_s;
        QTest::newRow("idle code outside the profile")
                << kKenji << true << u"Idle"_s << kCoaching << u"IDLE_CODE_NOT_ALLOWED"_s;
        QTest::newRow("system code (RONA)")
                << kAna << true << u"Idle"_s << u"d8d90a70-0c49-593b-a67e-7ff70cebaead"_s
                << u"IDLE_CODE_NOT_ALLOWED"_s;
    }

    void stateChange_refused_answers202ThenFailed()
    {
        QFETCH(QString, email);
        QFETCH(bool, logIn);
        QFETCH(QString, state);
        QFETCH(QString, auxCodeId);
        QFETCH(QString, reason);
        std::unique_ptr<NotificationSocket> socket;
        if (logIn) {
            QVERIFY(!loggedIn(socket, email, u"EXTENSION"_s,
                              profile(email)[u"extensions"_s][0].toString())
                             .isEmpty());
        } else {
            socket = openSocket(email);
            QVERIFY(socket);
        }
        const QJsonObject event = setState(*socket, email, state, auxCodeId);
        QCOMPARE(event[u"type"_s].toString(), u"AgentStateChange"_s);
        QCOMPARE(dataType(event), u"AgentStateChangeFailed"_s);
        QCOMPARE(event[u"data"_s][u"reason"_s].toString(), reason);
        if (logIn) {
            QCOMPARE(agentEntry(email)[u"state"_s].toString(), u"Idle"_s);
        }
    }

    void stateChange_badBody_answers400Or403_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::newRow("no state") << QByteArray(R"({"auxCodeId":"0"})") << 400;
        QTest::newRow("unknown state") << QByteArray(R"({"state":"Busy","auxCodeId":"0"})") << 400;
        QTest::newRow("lower-case state")
                << QByteArray(R"({"state":"available","auxCodeId":"0"})") << 400;
        QTest::newRow("no auxCodeId") << QByteArray(R"({"state":"Available"})") << 400;
        QTest::newRow("auxCodeId a number")
                << QByteArray(R"({"state":"Available","auxCodeId":0})") << 400;
        QTest::newRow("reason too long")
                << QByteArray(R"({"state":"Available","auxCodeId":"0","lastStateChangeReason":")" +
                              QByteArray(129, 'x') + R"("})")
                << 400;
        QTest::newRow("another agent")
                << QByteArray(
                           R"({"state":"Available","auxCodeId":"0","agentId":"21287fb3-fc49-4857-8991-ebaf298d29b2"})")
                << 403;
    }

    void stateChange_badBody_answers400Or403()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        const auto reply = m_sim->wire().send("PUT", m_sim->url(u"/v1/agents/session/state"_s),
                                              body, auth(m_sim->token(u"cc"_s, kAna)));
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.json()[u"error"_s][u"key"_s].toString(), QString::number(status));
    }

    void supervisorAndRona_changeTheState_agentSeesWhoDidIt()
    {
        std::unique_ptr<NotificationSocket> socket;
        QVERIFY(!loggedIn(socket, kAna, u"BROWSER"_s, {}).isEmpty());
        QCOMPARE(dataType(setState(*socket, kAna, u"Available"_s, u"0"_s)),
                 u"AgentStateChangeSuccess"_s);

        qsizetype seen = socket->messages.size();
        const auto pushed = control("POST", u"/_sim/cc/agents/state"_s,
                                    {{u"email"_s, kAna},
                                     {u"state"_s, u"Idle"_s},
                                     {u"auxCodeId"_s, kCoaching},
                                     {u"changedBy"_s, u"supervisor"_s}});
        QCOMPARE(pushed.status, 200);
        QCOMPARE(pushed.json()[u"delivered"_s].toInt(), 1);
        const QJsonObject bySupervisor = socket->waitForEvent(seen);
        QCOMPARE(bySupervisor[u"type"_s].toString(), u"AgentStateChange"_s);
        QCOMPARE(dataType(bySupervisor), u"AgentStateChangeSuccess"_s);
        const QJsonObject data = bySupervisor[u"data"_s].toObject();
        QCOMPARE(data[u"auxCodeId"_s].toString(), kCoaching);
        QCOMPARE(data[u"subStatus"_s].toString(), u"Idle"_s);
        QCOMPARE(data[u"changedBy"_s].toString(), u"supervisor"_s);
        QCOMPARE(data[u"changedByName"_s].toString(), u"Sofia Ribeiro"_s);
        QVERIFY(!QUuid::fromString(data[u"changedById"_s].toString()).isNull());
        QCOMPARE(data[u"trackingId"_s].toString(), pushed.json()[u"trackingId"_s].toString());
        QCOMPARE(agentEntry(kAna)[u"changedBy"_s].toString(), u"supervisor"_s);

        // RONA: no code given, so the system RONA code; nobody named.
        seen = socket->messages.size();
        QCOMPARE(control("POST", u"/_sim/cc/agents/state"_s,
                         {{u"agentId"_s, agentId(kAna)},
                          {u"state"_s, u"Idle"_s},
                          {u"changedBy"_s, u"rona"_s}})
                         .status,
                 200);
        const QJsonObject rona = socket->waitForEvent(seen)[u"data"_s].toObject();
        QCOMPARE(rona[u"changedBy"_s].toString(), u"rona"_s);
        QCOMPARE(rona[u"auxCodeId"_s].toString(), u"d8d90a70-0c49-593b-a67e-7ff70cebaead"_s);
        QCOMPARE(rona[u"lastStateChangeReason"_s].toString(), u"RONA"_s);
        QVERIFY(rona[u"changedByName"_s].isNull());

        // A named supervisor making the agent Available.
        seen = socket->messages.size();
        QCOMPARE(control("POST", u"/_sim/cc/agents/state"_s,
                         {{u"email"_s, kAna},
                          {u"state"_s, u"Available"_s},
                          {u"changedByName"_s, u"Bruno Costa"_s}})
                         .status,
                 200);
        const QJsonObject back = socket->waitForEvent(seen)[u"data"_s].toObject();
        QCOMPARE(back[u"subStatus"_s].toString(), u"Available"_s);
        QCOMPARE(back[u"auxCodeId"_s].toString(), u"0"_s);
        QCOMPARE(back[u"changedByName"_s].toString(), u"Bruno Costa"_s);

        QCOMPARE(control("POST", u"/_sim/cc/agents/state"_s,
                         {{u"email"_s, kKenji}, {u"state"_s, u"Idle"_s}})
                         .status,
                 409);
        QCOMPARE(control("POST", u"/_sim/cc/agents/state"_s,
                         {{u"email"_s, u"nobody@contoso.example"_s}, {u"state"_s, u"Idle"_s}})
                         .status,
                 404);
        QCOMPARE(control("POST", u"/_sim/cc/agents/state"_s,
                         {{u"email"_s, kAna}, {u"state"_s, u"Idle"_s}, {u"auxCodeId"_s, kResolved}})
                         .status,
                 400);
    }

    // --- reload ------------------------------------------------------------------------------

    void reload_afterReconnect_replaysTheSession()
    {
        std::unique_ptr<NotificationSocket> socket;
        const QJsonObject login = loggedIn(socket, kAna, u"EXTENSION"_s, u"2101"_s);
        QVERIFY(!login.isEmpty());
        QCOMPARE(dataType(setState(*socket, kAna, u"Available"_s, u"0"_s)),
                 u"AgentStateChangeSuccess"_s);

        // The connection drops; the client subscribes again and reloads.
        QCOMPARE(control("POST", u"/_sim/cc/drop-sockets"_s, {{u"email"_s, kAna}})
                         .json()[u"dropped"_s]
                         .toInt(),
                 1);
        QTRY_VERIFY(socket->closed);
        auto again = openSocket(kAna);
        QVERIFY(again);
        const QJsonObject event = command(*again, "POST", u"/v1/agents/reload"_s, {}, kAna);
        QCOMPARE(event[u"type"_s].toString(), u"AgentReloginSuccess"_s);
        QCOMPARE(dataType(event), u"AgentReloginSuccess"_s);
        const QJsonObject data = event[u"data"_s].toObject();
        const QJsonObject loginData = login[u"data"_s].toObject();
        QCOMPARE(data[u"agentSessionId"_s].toString(), loginData[u"agentSessionId"_s].toString());
        QCOMPARE(data[u"teamId"_s].toString(), loginData[u"teamId"_s].toString());
        QCOMPARE(data[u"deviceType"_s].toString(), u"EXTENSION"_s);
        QCOMPARE(data[u"deviceId"_s].toString(), u"2101"_s);
        QCOMPARE(data[u"dialNumber"_s].toString(), u"2101"_s);
        QCOMPARE(data[u"dn"_s].toString(), u"2101"_s);
        QCOMPARE(data[u"isExtension"_s].toBool(), true);
        QCOMPARE(data[u"status"_s].toString(), u"LoggedIn"_s);
        QCOMPARE(data[u"subStatus"_s].toString(), u"Available"_s);
        QCOMPARE(data[u"auxCodeId"_s].toString(), u"0"_s);
        QCOMPARE(data[u"roles"_s].toArray(), QJsonArray{u"agent"_s});
        QVERIFY(data[u"interactionIds"_s].toArray().isEmpty());
    }

    // --- the wire ----------------------------------------------------------------------------

    void requestLog_showsTheSessionCommandsAndNoToken()
    {
        const QJsonArray before = m_sim->requests();
        const qint64 since = qint64(before.last()[u"sequence"_s].toDouble());
        std::unique_ptr<NotificationSocket> socket;
        QVERIFY(!loggedIn(socket, kLucia, u"AGENT_DN"_s, u"+34912345678"_s).isEmpty());
        QVERIFY(!setState(*socket, kLucia, u"Available"_s, u"0"_s).isEmpty());

        const QJsonArray logins = m_sim->requestsTo(u"^/v1/agents/"_s, since);
        QCOMPARE(logins.size(), 2);
        const QJsonObject login = logins.at(0).toObject();
        QCOMPARE(login[u"method"_s].toString(), u"POST"_s);
        QCOMPARE(login[u"path"_s].toString(), u"/v1/agents/login"_s);
        QCOMPARE(login[u"status"_s].toInt(), 202);
        QCOMPARE(login[u"auth"_s].toString(), u"Bearer"_s);
        const QJsonObject sent =
                QJsonDocument::fromJson(login[u"body"_s].toString().toUtf8()).object();
        QCOMPARE(sent[u"dialNumber"_s].toString(), u"+34912345678"_s);
        QCOMPARE(sent[u"deviceType"_s].toString(), u"AGENT_DN"_s);
        QCOMPARE(sent[u"deviceId"_s].toString(), u"+34912345678"_s);
        QCOMPARE(sent[u"isExtension"_s].toBool(true), false);
        QCOMPARE(sent[u"roles"_s].toArray(), QJsonArray{u"agent"_s});
        const QJsonObject state = logins.at(1).toObject();
        QCOMPARE(state[u"method"_s].toString(), u"PUT"_s);
        QCOMPARE(state[u"path"_s].toString(), u"/v1/agents/session/state"_s);
        QVERIFY(state[u"body"_s].toString().contains(u"\"state\":\"Available\""_s));
        QVERIFY(!QJsonDocument(m_sim->requests()).toJson().contains("Bearer "));
    }
};

QTEST_GUILESS_MAIN(TestSimAgentSession)
#include "tst_simagentsession.moc"
