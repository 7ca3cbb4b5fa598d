// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The contact-center look-ups of the sign-in over loopback: the desktop profile of each kind of
// scenario agent read into Core::DesktopProfile, malformed profiles refused with the field
// named, and the organization lists (auxiliary codes, teams, dial plan) read across pages.
#include "cctestkit.h"

#include <cc/commandtracker.h>
#include <cc/contactcenterclient.h>
#include <cc/orglistpager.h>

#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace AgentDesk;
using Core::VoiceDevice;

namespace {

const QString kOrgId = u"b3a8f9e2-61d4-4c2b-8e7f-5a9d0c1e2f34"_s;
const QString kAna = u"ana.souza@contoso.example"_s;

// A profile in the desktop-login wire shape that reads cleanly; the malformed rows each break
// one thing in it.
QJsonObject validWireProfile()
{
    return QJsonObject{
            {u"agentId"_s, u"8e9d9554-3372-4692-bc10-1594b1e29d39"_s},
            {u"orgId"_s, kOrgId},
            {u"loginVoiceOptions"_s, QJsonArray{u"AGENT_DN"_s}},
            {u"defaultDialNumber"_s, u"+14255550100"_s},
            {u"restrictToDefaultDialNumber"_s, false},
            {u"dialNumbers"_s, QJsonArray{u"+14255550100"_s}},
            {u"extensions"_s, QJsonArray{}},
            {u"teams"_s, QJsonArray{QJsonObject{{u"id"_s, u"t1"_s}, {u"name"_s, u"Team"_s}}}},
            {u"idleCodes"_s,
             QJsonArray{QJsonObject{
                     {u"id"_s, u"c1"_s}, {u"name"_s, u"Lunch"_s}, {u"isDefault"_s, true}}}},
            {u"wrapUpCodes"_s, QJsonArray{}},
            {u"microsoftTeams"_s,
             QJsonObject{{u"enabled"_s, true},
                         {u"idleCodeMapping"_s, QJsonObject{{u"DoNotDisturb"_s, u"c1"_s}}},
                         {u"loginInheritance"_s, u"none"_s}}},
    };
}

QJsonObject with(QJsonObject object, const QString &key, const QJsonValue &value)
{
    if (value.isUndefined()) {
        object.remove(key);
    } else {
        object.insert(key, value);
    }
    return object;
}

} // namespace

class TestCcProfile final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::CcTestKit> m_kit;
    std::unique_ptr<Test::FakeTokenProvider> m_tokens;
    std::unique_ptr<Cc::CommandTracker> m_tracker;
    std::unique_ptr<Cc::ContactCenterClient> m_client;

    QString ciUserId(const QString &email)
    {
        return m_kit->agent(email).value(u"ciUserId"_s).toString();
    }

    template<typename T, typename Fetch>
    std::optional<Cc::CcResult<T>> await(Fetch fetch)
    {
        std::optional<Cc::CcResult<T>> answer;
        fetch([&answer](const Cc::CcResult<T> &r) { answer = r; });
        (void)QTest::qWaitFor([&answer] { return answer.has_value(); }, 10'000);
        return answer;
    }

    std::optional<Cc::CcResult<Core::DesktopProfile>> fetchProfile(const QString &ciUser)
    {
        return await<Core::DesktopProfile>(
                [&](auto done) { m_client->fetchDesktopProfile(kOrgId, ciUser, this, done); });
    }

    void serveProfileOnce(const QByteArray &body)
    {
        QVERIFY(m_kit->sim().injectFault({{u"path"_s, u"/desktop-login$"_s},
                                          {u"kind"_s, u"status"_s},
                                          {u"status"_s, 200},
                                          {u"body"_s, QString::fromUtf8(body)},
                                          {u"count"_s, 1}}) > 0);
    }

private Q_SLOTS:
    void init()
    {
        m_kit = std::make_unique<Test::CcTestKit>();
        m_tokens = m_kit->tokensFor(kAna);
        m_tracker = std::make_unique<Cc::CommandTracker>(&m_kit->http());
        m_client = std::make_unique<Cc::ContactCenterClient>(&m_kit->http(), m_kit->ccApi(),
                                                             m_tokens.get(), m_tracker.get());
    }
    void cleanup()
    {
        m_client.reset();
        m_tracker.reset();
        m_tokens.reset();
        m_kit.reset();
    }

    void fetchDesktopProfile_scenarioAgents_readsEveryCase_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QList<VoiceDevice>>("devices");
        QTest::addColumn<QString>("defaultDialNumber");
        QTest::addColumn<bool>("restricted");
        QTest::addColumn<bool>("freeDialNumber");
        QTest::addColumn<bool>("freeExtension");
        QTest::addColumn<QString>("region");
        QTest::addColumn<int>("dialNumbers");
        QTest::addColumn<int>("extensions");
        QTest::addColumn<int>("teams");
        QTest::addColumn<QString>("firstTeam");
        QTest::addColumn<int>("idleCodes");
        QTest::addColumn<QString>("defaultIdleCode");
        QTest::addColumn<bool>("msTeams");

        QTest::newRow("all devices, several numbers and extensions")
                << kAna
                << QList<VoiceDevice>{VoiceDevice::Desktop, VoiceDevice::Extension,
                                      VoiceDevice::DialNumber}
                << u"+5511987654321"_s << false << true << true << u"BR"_s << 3 << 2 << 3
                << u"Atendimento Brasil"_s << 16 << u"Break"_s << true;
        QTest::newRow("listed numbers only, one extension, chosen default code")
                << u"kenji.tanaka@contoso.example"_s
                << QList<VoiceDevice>{VoiceDevice::DialNumber, VoiceDevice::Extension} << QString()
                << false << false << false << u"JP"_s << 3 << 1 << 2 << u"カスタマーサポート東京"_s
                << 7 << u"Lunch"_s << true;
        QTest::newRow("digital-only")
                << u"marie.dubois@contoso.example"_s << QList<VoiceDevice>{} << QString() << false
                << false << false << u"FR"_s << 0 << 0 << 2 << u"Service Client France"_s << 5
                << u"Break"_s << false;
        QTest::newRow("restricted to the default number")
                << u"lucia.garcia@contoso.example"_s << QList<VoiceDevice>{VoiceDevice::DialNumber}
                << u"+34912345678"_s << true << false << false << u"ES"_s << 0 << 0 << 1
                << u"Soporte Técnico España"_s << 6 << u"Break"_s << false;
        QTest::newRow("many teams")
                << u"joao.pereira@contoso.example"_s
                << QList<VoiceDevice>{VoiceDevice::Desktop, VoiceDevice::DialNumber}
                << u"+351212345678"_s << false << true << false << u"PT"_s << 3 << 0 << 25
                << u"Apoio ao Cliente Portugal"_s << 16 << u"Break"_s << true;
    }
    void fetchDesktopProfile_scenarioAgents_readsEveryCase()
    {
        QFETCH(QString, email);
        QFETCH(QList<VoiceDevice>, devices);
        QFETCH(QString, defaultDialNumber);
        QFETCH(bool, restricted);
        QFETCH(bool, freeDialNumber);
        QFETCH(bool, freeExtension);
        QFETCH(QString, region);
        QFETCH(int, dialNumbers);
        QFETCH(int, extensions);
        QFETCH(int, teams);
        QFETCH(QString, firstTeam);
        QFETCH(int, idleCodes);
        QFETCH(QString, defaultIdleCode);
        QFETCH(bool, msTeams);

        const QString ciUser = ciUserId(email);
        QVERIFY(!ciUser.isEmpty());
        const auto result = fetchProfile(ciUser);
        QVERIFY(result.has_value());
        QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().detail()));
        const Core::DesktopProfile &profile = result->value();
        QCOMPARE(profile.agentId, m_kit->agent(email).value(u"agentId"_s).toString());
        QCOMPARE(profile.orgId, kOrgId);
        QCOMPARE(profile.email, email);
        QCOMPARE(profile.voiceDevices, devices);
        QCOMPARE(profile.isDigitalOnly(), devices.isEmpty());
        QCOMPARE(profile.defaultDialNumber, defaultDialNumber);
        QCOMPARE(profile.restrictToDefaultDialNumber, restricted);
        QCOMPARE(profile.allowFreeDialNumber, freeDialNumber);
        QCOMPARE(profile.allowFreeExtension, freeExtension);
        QCOMPARE(profile.defaultRegion, region);
        QCOMPARE(profile.dialNumbers.size(), dialNumbers);
        QCOMPARE(profile.extensions.size(), extensions);
        QCOMPARE(profile.teams.size(), teams);
        QCOMPARE(profile.teams.first().name, firstTeam);
        QCOMPARE(profile.idleCodes.size(), idleCodes);
        const auto defaults = std::count_if(profile.idleCodes.cbegin(), profile.idleCodes.cend(),
                                            [](const Core::NamedCode &c) { return c.isDefault; });
        QCOMPARE(defaults, 1);
        const auto byDefault = std::find_if(profile.idleCodes.cbegin(), profile.idleCodes.cend(),
                                            [](const Core::NamedCode &c) { return c.isDefault; });
        QCOMPARE(byDefault->name, defaultIdleCode);
        QVERIFY(std::none_of(profile.idleCodes.cbegin(), profile.idleCodes.cend(),
                             [](const Core::NamedCode &c) { return c.name == u"RONA"_s; }));
        QVERIFY(!profile.wrapUpCodes.isEmpty());
        QCOMPARE(profile.microsoftTeams.enabled, msTeams);
        if (msTeams) {
            QCOMPARE(profile.microsoftTeams.doNotDisturbIdleCodeId,
                     u"76caa3a8-00cc-495f-af67-e7aa42be36a7"_s);
            QCOMPARE(profile.microsoftTeams.inACallIdleCodeId,
                     u"71460caa-1d4e-44f7-93b4-d001124bec55"_s);
            QCOMPARE(profile.microsoftTeams.presentingIdleCodeId,
                     u"9cc05044-fb75-4e69-af6b-556a55296c40"_s);
        }
        // The path used the decoded ciUserId and the organization's UUID.
        const QJsonArray calls = m_kit->sim().requestsTo(u"/desktop-login$"_s);
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls.at(0).toObject().value(u"path"_s).toString(),
                 QString(u"/organization/"_s + kOrgId + u"/v2/user/by-ci-user-id/"_s + ciUser +
                         u"/desktop-login"_s));
    }

    void fetchDesktopProfile_microsoftTeamsSettings_areRead()
    {
        const auto kenji = fetchProfile(ciUserId(u"kenji.tanaka@contoso.example"_s));
        QVERIFY(kenji.has_value() && kenji->ok());
        using Inheritance = Core::DesktopProfile::MicrosoftTeams::LoginInheritance;
        QCOMPARE(kenji->value().microsoftTeams.loginInheritance, Inheritance::AlwaysOverride);
        QVERIFY(kenji->value().microsoftTeams.ssoEnabled);
        QVERIFY(kenji->value().microsoftTeams.stateSynchronization);

        const auto ana = fetchProfile(ciUserId(kAna));
        QVERIFY(ana.has_value() && ana->ok());
        QCOMPARE(ana->value().microsoftTeams.loginInheritance, Inheritance::ApplyAtLogin);

        const auto emily = fetchProfile(ciUserId(u"emily.carter@contoso.example"_s));
        QVERIFY(emily.has_value() && emily->ok());
        QVERIFY(!emily->value().microsoftTeams.showUserDetails);
        QCOMPARE(emily->value().microsoftTeams.loginInheritance, Inheritance::None);
    }

    void fetchDesktopProfile_unknownUser_isHttp404()
    {
        const auto result = fetchProfile(u"00000000-0000-4000-8000-000000000000"_s);
        QVERIFY(result.has_value());
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind(), Net::ApiError::Kind::Http);
        QCOMPARE(result->error().httpStatus(), 404);
    }

    void fetchDesktopProfile_malformedProfile_isUnexpectedShapeNamingTheField_data()
    {
        QTest::addColumn<QJsonObject>("profile");
        QTest::addColumn<QString>("field");
        const QJsonObject valid = validWireProfile();
        const QJsonObject team{{u"id"_s, u"t1"_s}, {u"name"_s, u"Team"_s}};
        QTest::newRow("voice options a string")
                << with(valid, u"loginVoiceOptions"_s, u"AGENT_DN"_s) << u"loginVoiceOptions"_s;
        QTest::newRow("voice options missing")
                << with(valid, u"loginVoiceOptions"_s, QJsonValue::Undefined)
                << u"loginVoiceOptions: missing"_s;
        QTest::newRow("voice option a number")
                << with(valid, u"loginVoiceOptions"_s, QJsonArray{1}) << u"loginVoiceOptions[0]"_s;
        QTest::newRow("team without name")
                << with(valid, u"teams"_s, QJsonArray{team, QJsonObject{{u"id"_s, u"t2"_s}}})
                << u"teams[1].name: missing"_s;
        QTest::newRow("team a string")
                << with(valid, u"teams"_s, QJsonArray{u"t1"_s}) << u"teams[0]"_s;
        QTest::newRow("duplicate team")
                << with(valid, u"teams"_s, QJsonArray{team, team}) << u"teams[1]"_s;
        QTest::newRow("idle code id a number")
                << with(valid, u"idleCodes"_s,
                        QJsonArray{QJsonObject{{u"id"_s, 7}, {u"name"_s, u"Lunch"_s}}})
                << u"idleCodes[0].id"_s;
        QTest::newRow("two default idle codes")
                << with(valid, u"idleCodes"_s,
                        QJsonArray{QJsonObject{{u"id"_s, u"a"_s},
                                               {u"name"_s, u"A"_s},
                                               {u"isDefault"_s, true}},
                                   QJsonObject{{u"id"_s, u"b"_s},
                                               {u"name"_s, u"B"_s},
                                               {u"isDefault"_s, true}}})
                << u"more than one default"_s;
        QTest::newRow("restricted without a default number")
                << with(with(valid, u"defaultDialNumber"_s, u""_s),
                        u"restrictToDefaultDialNumber"_s, true)
                << u"restrictToDefaultDialNumber"_s;
        QTest::newRow("restriction flag a string")
                << with(valid, u"restrictToDefaultDialNumber"_s, u"yes"_s)
                << u"restrictToDefaultDialNumber"_s;
        QTest::newRow("dial number empty")
                << with(valid, u"dialNumbers"_s, QJsonArray{u" "_s}) << u"dialNumbers[0]"_s;
        QTest::newRow("region not ISO 3166")
                << with(valid, u"defaultRegion"_s, u"Brazil"_s) << u"defaultRegion"_s;
        QTest::newRow("unknown login inheritance")
                << with(valid, u"microsoftTeams"_s,
                        QJsonObject{{u"enabled"_s, true}, {u"loginInheritance"_s, u"sometimes"_s}})
                << u"microsoftTeams.loginInheritance"_s;
        QTest::newRow("presence mapped to an unknown idle code")
                << with(valid, u"microsoftTeams"_s,
                        QJsonObject{{u"enabled"_s, true},
                                    {u"idleCodeMapping"_s, QJsonObject{{u"InACall"_s, u"nope"_s}}}})
                << u"microsoftTeams.idleCodeMapping"_s;
        QTest::newRow("teams settings without enabled")
                << with(valid, u"microsoftTeams"_s, QJsonObject{}) << u"microsoftTeams.enabled"_s;
        QTest::newRow("auto wrap-up without seconds")
                << with(valid, u"autoWrapUp"_s, true) << u"autoWrapAfterSeconds: missing"_s;
        QTest::newRow("auto wrap-up after a fraction")
                << with(with(valid, u"autoWrapUp"_s, true), u"autoWrapAfterSeconds"_s, 2.5)
                << u"autoWrapAfterSeconds"_s;
    }
    void fetchDesktopProfile_malformedProfile_isUnexpectedShapeNamingTheField()
    {
        QFETCH(QJsonObject, profile);
        QFETCH(QString, field);
        serveProfileOnce(QJsonDocument(profile).toJson());
        const auto result = fetchProfile(ciUserId(kAna));
        QVERIFY(result.has_value());
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind(), Net::ApiError::Kind::UnexpectedShape);
        QVERIFY2(result->error().detail().startsWith(u"desktop profile: "_s),
                 qPrintable(result->error().detail()));
        QVERIFY2(result->error().detail().contains(field), qPrintable(result->error().detail()));
        QVERIFY(!result->error().message().isEmpty()); // what the agent reads
    }

    void fetchDesktopProfile_validCraftedProfile_reads()
    {
        // The counterpart of the malformed rows: the base they break reads cleanly, and an
        // unknown voice option is skipped, not fatal.
        serveProfileOnce(QJsonDocument(with(validWireProfile(), u"loginVoiceOptions"_s,
                                            QJsonArray{u"AGENT_DN"_s, u"HOLOGRAM"_s}))
                                 .toJson());
        const auto result = fetchProfile(ciUserId(kAna));
        QVERIFY(result.has_value());
        QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().detail()));
        QCOMPARE(result->value().voiceDevices, QList<VoiceDevice>{VoiceDevice::DialNumber});
        QCOMPARE(result->value().teams, (QList<Core::Team>{{u"t1"_s, u"Team"_s}}));
        QCOMPARE(result->value().microsoftTeams.doNotDisturbIdleCodeId, u"c1"_s);
        QCOMPARE(result->value().autoWrapUpSeconds, 0);
    }

    void fetchDesktopProfile_outdialEntryPoint_onlyWithVoice()
    {
        const auto ana = fetchProfile(ciUserId(kAna));
        QVERIFY(ana.has_value() && ana->ok());
        QVERIFY(!ana->value().outdialEntryPointId.isEmpty());
        const auto marie = fetchProfile(ciUserId(u"marie.dubois@contoso.example"_s));
        QVERIFY(marie.has_value() && marie->ok());
        QVERIFY(marie->value().isDigitalOnly());
        QVERIFY(marie->value().outdialEntryPointId.isEmpty());
    }

    void fetchDesktopProfile_autoWrapUp_readsTheSeconds()
    {
        serveProfileOnce(QJsonDocument(with(with(validWireProfile(), u"autoWrapUp"_s, true),
                                            u"autoWrapAfterSeconds"_s, 30))
                                 .toJson());
        const auto on = fetchProfile(ciUserId(kAna));
        QVERIFY(on.has_value() && on->ok());
        QCOMPARE(on->value().autoWrapUpSeconds, 30);

        // Seconds without the switch on mean nothing.
        serveProfileOnce(
                QJsonDocument(with(validWireProfile(), u"autoWrapAfterSeconds"_s, 30)).toJson());
        const auto off = fetchProfile(ciUserId(kAna));
        QVERIFY(off.has_value() && off->ok());
        QCOMPARE(off->value().autoWrapUpSeconds, 0);
    }

    void fetchDesktopProfile_truncatedJson_isMalformedJson()
    {
        QVERIFY(m_kit->sim().injectFault({{u"path"_s, u"/desktop-login$"_s},
                                          {u"kind"_s, u"malformed"_s},
                                          {u"count"_s, 1}}) > 0);
        const auto result = fetchProfile(ciUserId(kAna));
        QVERIFY(result.has_value());
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind(), Net::ApiError::Kind::MalformedJson);
    }

    void fetchAuxiliaryCodes_organization_splitsIdleAndWrapUp()
    {
        const auto result = await<Cc::AuxiliaryCodes>(
                [&](auto done) { m_client->fetchAuxiliaryCodes(kOrgId, this, done); });
        QVERIFY(result.has_value());
        QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().detail()));
        QCOMPARE(result->value().idle.size(), 17); // RONA included: events may name it
        QCOMPARE(result->value().wrapUp.size(), 4);
        QCOMPARE(result->value().wrapUp.first().name, u"Resolved"_s);
        QVERIFY(result->value().wrapUp.first().isDefault);
        const QJsonArray calls = m_kit->sim().requestsTo(u"/v2/auxiliary-code$"_s);
        QCOMPARE(calls.size(), 1);
        QVERIFY(calls.at(0).toObject().value(u"query"_s).toString().contains(u"page=0"_s));
    }

    void fetchTeams_agentFilter_givesTheAgentsTeams()
    {
        const auto all = await<QList<Core::Team>>(
                [&](auto done) { m_client->fetchTeams(kOrgId, this, done); });
        QVERIFY(all.has_value() && all->ok());
        QCOMPARE(all->value().size(), 30);

        const QString anaId = m_kit->agent(kAna).value(u"agentId"_s).toString();
        const auto mine = await<QList<Core::Team>>(
                [&](auto done) { m_client->fetchTeams(kOrgId, this, done, anaId); });
        QVERIFY(mine.has_value());
        QVERIFY2(mine->ok(), qPrintable(mine->ok() ? QString() : mine->error().detail()));
        QStringList names;
        for (const Core::Team &team : mine->value()) {
            names << team.name;
        }
        names.sort();
        QCOMPARE(names,
                 (QStringList{u"Atendimento Brasil"_s, u"Billing Support"_s, u"VIP Care"_s}));
        // The filter went unquoted, as the SDK sends it.
        const QJsonArray calls = m_kit->sim().requestsTo(u"/v2/team$"_s);
        QCOMPARE(calls.size(), 2);
        QVERIFY2(calls.at(1)
                         .toObject()
                         .value(u"query"_s)
                         .toString()
                         .contains(QString(u"userId=="_s + anaId)),
                 qPrintable(calls.at(1).toObject().value(u"query"_s).toString()));
    }

    void orgListPager_smallPages_readsEveryPageInOrder()
    {
        std::optional<Cc::CcResult<QJsonArray>> result;
        Cc::OrgListPager::fetchAll(
                &m_kit->http(),
                Net::ApiRequest::get(m_kit->sim().url(u"/organization/"_s + kOrgId + u"/v2/team"_s))
                        .withQuery(u"agentView"_s, u"true"_s)
                        .withAuth(m_tokens.get()),
                this, [&result](const Cc::CcResult<QJsonArray> &r) { result = r; }, 7);
        QTRY_VERIFY(result.has_value());
        QVERIFY(result->ok());
        QCOMPARE(result->value().size(), 30);
        QSet<QString> ids;
        for (const QJsonValue &team : result->value()) {
            ids.insert(team.toObject().value(u"id"_s).toString());
        }
        QCOMPARE(ids.size(), 30);
        const QJsonArray calls = m_kit->sim().requestsTo(u"/v2/team$"_s);
        QCOMPARE(calls.size(), 5);
        for (int page = 0; page < 5; ++page) {
            const QString query = calls.at(page).toObject().value(u"query"_s).toString();
            QVERIFY2(query.contains(u"page=%1"_s.arg(page)) && query.contains(u"pageSize=7"_s),
                     qPrintable(query));
        }
    }

    void orgListPager_failureOnALaterPage_reportsTheError()
    {
        // The third page fails: the whole list is an error, not a partial list.
        QVERIFY(m_kit->sim().injectFault({{u"path"_s, u"/v2/team$"_s},
                                          {u"kind"_s, u"latency"_s},
                                          {u"latencyMs"_s, 1},
                                          {u"count"_s, 2}}) > 0);
        QVERIFY(m_kit->sim().injectFault({{u"path"_s, u"/v2/team$"_s},
                                          {u"kind"_s, u"status"_s},
                                          {u"status"_s, 500},
                                          {u"count"_s, 1}}) > 0);
        std::optional<Cc::CcResult<QJsonArray>> result;
        Cc::OrgListPager::fetchAll(
                &m_kit->http(),
                Net::ApiRequest::get(m_kit->sim().url(u"/organization/"_s + kOrgId + u"/v2/team"_s))
                        .withAuth(m_tokens.get()),
                this, [&result](const Cc::CcResult<QJsonArray> &r) { result = r; }, 7);
        QTRY_VERIFY(result.has_value());
        QVERIFY(!result->ok());
        QCOMPARE(result->error().httpStatus(), 500);
        QCOMPARE(m_kit->sim().requestsTo(u"/v2/team$"_s).size(), 3);
    }

    void fetchDialPlan_organization_readsTheEntries()
    {
        const auto result = await<QList<Core::DialPlanEntry>>(
                [&](auto done) { m_client->fetchDialPlan(kOrgId, this, done); });
        QVERIFY(result.has_value());
        QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().detail()));
        QCOMPARE(result->value().size(), 4);
        QCOMPARE(result->value().first().name, u"International (E.164)"_s);
        QCOMPARE(result->value().first().regex, u"^\\+[1-9]\\d{6,14}$"_s);
        QCOMPARE(result->value().first().strippedChars, u" -()."_s);
        QCOMPARE(result->value().at(2).prefix, u"+"_s);
        // What the login form does with it (core's DialPlan): +55 11 ... is accepted.
        const Core::DialPlan plan(result->value());
        QVERIFY(plan.accepts(u"+55 11 98765-4321"_s));
        QVERIFY(!plan.accepts(u"12ab"_s));
        QVERIFY(m_kit->sim()
                        .requestsTo(u"/dial-plan$"_s)
                        .at(0)
                        .toObject()
                        .value(u"query"_s)
                        .toString()
                        .contains(u"agentView=true"_s));
    }

    void lookups_otherOrganization_areForbidden()
    {
        const auto result = await<QList<Core::DialPlanEntry>>([&](auto done) {
            m_client->fetchDialPlan(u"00000000-0000-4000-8000-000000000001"_s, this, done);
        });
        QVERIFY(result.has_value());
        QVERIFY(!result->ok());
        QCOMPARE(result->error().httpStatus(), 403);
        QCOMPARE(result->error().kind(), Net::ApiError::Kind::Http);
    }
};

QTEST_GUILESS_MAIN(TestCcProfile)
#include "tst_ccprofile.moc"
