// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The pure pieces of src/cc, without a network: notification frames into CcEvent, agent events
// into AgentStateEvent, command outcomes, the command requests, reconnect backoff and the
// strict JSON reader's messages.
#include <cc/agentcommands.h>
#include <cc/agentstateevents.h>
#include <cc/ccevent.h>
#include <cc/commandoutcome.h>
#include <cc/jsonshape.h>
#include <cc/reconnectbackoff.h>
#include <cc/urlpath.h>

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace AgentDesk;
using Cc::AgentStateEvent;
using std::chrono::milliseconds;

namespace {

Cc::CcEvent makeEvent(const QString &category, const QJsonObject &data)
{
    const QJsonObject envelope{{u"type"_s, category}, {u"data"_s, data}};
    return *Cc::CcEvent::fromEnvelope(envelope);
}

} // namespace

class TestCcValues final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromFrame_envelope_readsCategoryNameAndIds()
    {
        const auto read = Cc::CcEvent::fromFrame(
                R"({"type":"RoutingMessage","data":{"type":"AgentContactReserved",)"
                R"("trackingId":"t-1","agentId":"a-1","interactionId":"i-1"}})");
        QVERIFY(read);
        QCOMPARE(read->category, u"RoutingMessage"_s);
        QCOMPARE(read->name, u"AgentContactReserved"_s);
        QCOMPARE(read->trackingId, u"t-1"_s);
        QCOMPARE(read->agentId, u"a-1"_s);
        QCOMPARE(read->data.value(u"interactionId"_s).toString(), u"i-1"_s);
    }

    void fromFrame_welcome_nameIsTheCategory()
    {
        const auto read = Cc::CcEvent::fromFrame(R"({"type":"Welcome","data":{"agentId":"a"}})");
        QVERIFY(read);
        QCOMPARE(read->name, u"Welcome"_s);
        QCOMPARE(read->agentId, u"a"_s);
        QVERIFY(read->trackingId.isEmpty());
    }

    void fromFrame_unreadable_givesNothingWithTheReason_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<QString>("problem");
        QTest::newRow("not JSON") << QByteArray("hello") << u"not JSON"_s;
        QTest::newRow("cut short") << QByteArray("{\"type\":\"Agent") << u"not JSON"_s;
        QTest::newRow("array") << QByteArray("[1,2]") << u"not a JSON object"_s;
        QTest::newRow("no type") << QByteArray("{\"data\":{}}") << u"no type"_s;
        QTest::newRow("empty type") << QByteArray("{\"type\":\"\"}") << u"no type"_s;
        QTest::newRow("type a number") << QByteArray("{\"type\":3}") << u"no type"_s;
        QTest::newRow("data an array")
                << QByteArray("{\"type\":\"X\",\"data\":[]}") << u"data is not an object"_s;
        QTest::newRow("data.type a number")
                << QByteArray("{\"type\":\"X\",\"data\":{\"type\":1}}") << u"data.type"_s;
        QTest::newRow("keepalive echo") << QByteArray("{\"keepalive\":\"true\"}") << u"no type"_s;
    }
    void fromFrame_unreadable_givesNothingWithTheReason()
    {
        QFETCH(QByteArray, frame);
        QFETCH(QString, problem);
        QString why;
        QCOMPARE(Cc::CcEvent::fromFrame(frame, &why), std::nullopt);
        QVERIFY2(why.contains(problem), qPrintable(why));
    }

    void read_stateChange_readsEveryField()
    {
        const auto state = Cc::AgentStateEvents::read(
                makeEvent(u"AgentStateChange"_s,
                          {{u"type"_s, u"AgentStateChangeSuccess"_s},
                           {u"agentId"_s, u"agent-1"_s},
                           {u"trackingId"_s, u"t-9"_s},
                           {u"subStatus"_s, u"Idle"_s},
                           {u"auxCodeId"_s, u"lunch"_s},
                           {u"changedBy"_s, u"supervisor"_s},
                           {u"changedById"_s, u"sup-1"_s},
                           {u"changedByName"_s, u"Sofia Ribeiro"_s},
                           {u"lastStateChangeReason"_s, u"Team meeting"_s},
                           {u"lastStateChangeTimestamp"_s, 1'800'000'000'123.0},
                           {u"lastIdleCodeChangeTimestamp"_s, u"2027-01-15T09:30:00.000Z"_s}}));
        QVERIFY(state);
        QCOMPARE(state->kind, AgentStateEvent::Kind::StateChanged);
        QCOMPARE(state->trackingId, u"t-9"_s);
        QCOMPARE(state->availability, AgentStateEvent::Availability::Idle);
        QCOMPARE(state->auxCodeId, u"lunch"_s);
        QCOMPARE(state->changedByName, u"Sofia Ribeiro"_s);
        QCOMPARE(state->reason, u"Team meeting"_s);
        QCOMPARE(state->stateChangedAt, QDateTime::fromMSecsSinceEpoch(1'800'000'000'123, Qt::UTC));
        QCOMPARE(state->idleCodeChangedAt, QDateTime(QDate(2027, 1, 15), QTime(9, 30), Qt::UTC));
        QVERIFY(state->madeByOther());
        QVERIFY(!state->isFailure());
    }

    void read_availability_fromSubStatusOrCode_data()
    {
        QTest::addColumn<QJsonObject>("data");
        QTest::addColumn<AgentStateEvent::Availability>("availability");
        QTest::addColumn<QString>("auxCodeId");
        QTest::newRow("Available, code 0")
                << QJsonObject{{u"subStatus"_s, u"Available"_s}, {u"auxCodeId"_s, u"0"_s}}
                << AgentStateEvent::Availability::Available << QString();
        QTest::newRow("no subStatus, code 0")
                << QJsonObject{{u"auxCodeId"_s, u"0"_s}} << AgentStateEvent::Availability::Available
                << QString();
        QTest::newRow("no subStatus, idle code") << QJsonObject{{u"auxCodeId"_s, u"c"_s}}
                                                 << AgentStateEvent::Availability::Idle << u"c"_s;
    }
    void read_availability_fromSubStatusOrCode()
    {
        QFETCH(QJsonObject, data);
        QFETCH(AgentStateEvent::Availability, availability);
        QFETCH(QString, auxCodeId);
        data.insert(u"type"_s, u"AgentStateChangeSuccess"_s);
        const auto state = Cc::AgentStateEvents::read(makeEvent(u"AgentStateChange"_s, data));
        QVERIFY(state);
        QCOMPARE(state->availability, availability);
        QCOMPARE(state->auxCodeId, auxCodeId);
    }

    void read_whoChangedIt_data()
    {
        QTest::addColumn<QJsonObject>("data");
        QTest::addColumn<bool>("byOther");
        const QJsonValue null(QJsonValue::Null);
        QTest::newRow("self by id")
                << QJsonObject{{u"changedBy"_s, u"self"_s}, {u"changedById"_s, u"agent-1"_s}}
                << false;
        QTest::newRow("self, no id") << QJsonObject{{u"changedBy"_s, u"SELF"_s}} << false;
        QTest::newRow("nobody named") << QJsonObject{{u"changedBy"_s, null},
                                                     {u"changedById"_s, null},
                                                     {u"changedByName"_s, null}}
                                      << false;
        QTest::newRow("supervisor")
                << QJsonObject{{u"changedBy"_s, u"supervisor"_s}, {u"changedById"_s, u"sup-1"_s}}
                << true;
        QTest::newRow("rona, no id") << QJsonObject{{u"changedBy"_s, u"rona"_s}} << true;
    }
    void read_whoChangedIt()
    {
        QFETCH(QJsonObject, data);
        QFETCH(bool, byOther);
        data.insert(u"type"_s, u"AgentStateChangeSuccess"_s);
        data.insert(u"agentId"_s, u"agent-1"_s);
        data.insert(u"subStatus"_s, u"Idle"_s);
        data.insert(u"auxCodeId"_s, u"c"_s);
        const auto state = Cc::AgentStateEvents::read(makeEvent(u"AgentStateChange"_s, data));
        QVERIFY(state);
        QCOMPARE(state->madeByOther(), byOther);
    }

    void read_eachAgentEvent_givesItsKind_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QJsonObject>("data");
        QTest::addColumn<AgentStateEvent::Kind>("kind");
        QTest::addColumn<QString>("reason");
        using Kind = AgentStateEvent::Kind;
        const QJsonObject session{{u"subStatus"_s, u"Idle"_s},
                                  {u"auxCodeId"_s, u"c"_s},
                                  {u"teamId"_s, u"t"_s},
                                  {u"dialNumber"_s, u"+1"_s},
                                  {u"deviceType"_s, u"AGENT_DN"_s}};
        QTest::newRow("login") << u"AgentStationLoginSuccess"_s << session << Kind::StationLoggedIn
                               << QString();
        QTest::newRow("login failed") << u"AgentStationLoginFailed"_s
                                      << QJsonObject{{u"reason"_s, u"DUPLICATE_LOCATION"_s}}
                                      << Kind::StationLoginFailed << u"DUPLICATE_LOCATION"_s;
        QTest::newRow("failure with a code only")
                << u"AgentStateChangeFailed"_s << QJsonObject{{u"reasonCode"_s, 1007}}
                << Kind::StateChangeFailed << u"1007"_s;
        QTest::newRow("logout") << u"AgentLogoutSuccess"_s
                                << QJsonObject{{u"logoutReason"_s, u"Inactivity Logout"_s}}
                                << Kind::LoggedOut << u"Inactivity Logout"_s;
        QTest::newRow("logout failed")
                << u"AgentLogoutFailed"_s << QJsonObject{{u"reason"_s, u"AGENT_NOT_LOGGED_IN"_s}}
                << Kind::LogoutFailed << u"AGENT_NOT_LOGGED_IN"_s;
        QTest::newRow("relogin") << u"AgentReloginSuccess"_s << session << Kind::Relogged
                                 << QString();
        QTest::newRow("channel relogin")
                << u"AgentChannelReloginSuccess"_s << session << Kind::Relogged << QString();
        QTest::newRow("relogin failed")
                << u"AgentReloginFailed"_s << QJsonObject{{u"reason"_s, u"AGENT_NOT_LOGGED_IN"_s}}
                << Kind::ReloginFailed << u"AGENT_NOT_LOGGED_IN"_s;
    }
    void read_eachAgentEvent_givesItsKind()
    {
        QFETCH(QString, name);
        QFETCH(QJsonObject, data);
        QFETCH(AgentStateEvent::Kind, kind);
        QFETCH(QString, reason);
        data.insert(u"type"_s, name);
        const Cc::CcEvent agentEvent = makeEvent(u"Category"_s, data);
        QVERIFY(Cc::AgentStateEvents::isAgentStateEvent(agentEvent));
        const auto state = Cc::AgentStateEvents::read(agentEvent);
        QVERIFY(state);
        QCOMPARE(state->kind, kind);
        QCOMPARE(state->reason, reason);
        QCOMPARE(state->eventName, name);
        if (kind == AgentStateEvent::Kind::StationLoggedIn ||
            kind == AgentStateEvent::Kind::Relogged) {
            QCOMPARE(state->teamId, u"t"_s);
            QCOMPARE(state->dialNumber, u"+1"_s);
            QCOMPARE(state->deviceType, u"AGENT_DN"_s);
        }
    }

    void read_otherOrBroken_givesNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QJsonObject>("data");
        QTest::newRow("a task event") << u"AgentContactReserved"_s << QJsonObject{};
        QTest::newRow("Welcome") << u"Welcome"_s << QJsonObject{};
        QTest::newRow("unknown subStatus")
                << u"AgentStateChangeSuccess"_s << QJsonObject{{u"subStatus"_s, u"Busy"_s}};
        QTest::newRow("no state at all") << u"AgentStateChangeSuccess"_s << QJsonObject{};
        QTest::newRow("auxCodeId a number")
                << u"AgentStateChangeSuccess"_s
                << QJsonObject{{u"subStatus"_s, u"Idle"_s}, {u"auxCodeId"_s, 5}};
        QTest::newRow("timestamp unreadable")
                << u"AgentStateChangeSuccess"_s
                << QJsonObject{{u"subStatus"_s, u"Idle"_s},
                               {u"lastStateChangeTimestamp"_s, u"yesterday"_s}};
    }
    void read_otherOrBroken_givesNothing()
    {
        QFETCH(QString, name);
        QFETCH(QJsonObject, data);
        data.insert(u"type"_s, name);
        QCOMPARE(Cc::AgentStateEvents::read(makeEvent(u"AgentStateChange"_s, data)).has_value(),
                 false);
    }

    void outcome_failed_takesReasonThenReasonCode()
    {
        const auto withReason = Cc::CommandOutcome::failed(
                makeEvent(u"StationLogin"_s, {{u"type"_s, u"AgentStationLoginFailed"_s},
                                              {u"reason"_s, u"INVALID_DIAL_NUMBER"_s},
                                              {u"reasonCode"_s, 1002}}));
        QCOMPARE(withReason.kind(), Cc::CommandOutcome::Kind::Failed);
        QCOMPARE(withReason.reason(), u"INVALID_DIAL_NUMBER"_s);
        QVERIFY(withReason.event());
        const auto codeOnly = Cc::CommandOutcome::failed(
                makeEvent(u"StationLogin"_s, {{u"type"_s, u"X"_s}, {u"reasonCode"_s, 1002}}));
        QCOMPARE(codeOnly.reason(), u"1002"_s);
        const auto timedOut = Cc::CommandOutcome::timedOut();
        QVERIFY(!timedOut.event() && !timedOut.error() && timedOut.reason().isEmpty());
        const auto rejected = Cc::CommandOutcome::rejected(Net::ApiError::timeout());
        QCOMPARE(rejected.error()->kind(), Net::ApiError::Kind::Timeout);
    }

    void commands_requests_haveTheContractsShape()
    {
        // A base with a path of its own (a proxy prefix) keeps it.
        const Cc::AgentCommands commands(QUrl(u"https://cc.example/prefix"_s), nullptr);
        const Cc::CcCommand idle = commands.setState(u"lunch"_s, QString(200, u'x'));
        QCOMPARE(idle.request.method(), QByteArray("PUT"));
        QCOMPARE(idle.request.url(), QUrl(u"https://cc.example/prefix/v1/agents/session/state"_s));
        const QJsonObject body = QJsonDocument::fromJson(idle.request.body()).object();
        QCOMPARE(body.value(u"state"_s).toString(), u"Idle"_s);
        QCOMPARE(body.value(u"auxCodeId"_s).toString(), u"lunch"_s);
        QCOMPARE(body.value(u"lastStateChangeReason"_s).toString().size(), 128);
        QCOMPARE(idle.successEvents, QStringList{u"AgentStateChangeSuccess"_s});
        QCOMPARE(idle.failureEvents, QStringList{u"AgentStateChangeFailed"_s});
        QCOMPARE(idle.key, Cc::AgentCommands::stateKey());

        const QJsonObject available =
                QJsonDocument::fromJson(commands.setState(u"0"_s).request.body()).object();
        QCOMPARE(available.value(u"state"_s).toString(), u"Available"_s);
        QCOMPARE(available.value(u"auxCodeId"_s).toString(), u"0"_s);

        const Cc::CcCommand reload = commands.reload();
        QCOMPARE(reload.request.method(), QByteArray("POST"));
        QCOMPARE(reload.request.url().path(), u"/prefix/v1/agents/reload"_s);
        QVERIFY(reload.successEvents.contains(u"AgentChannelReloginSuccess"_s));

        const Cc::CcCommand logout = commands.logout();
        QCOMPARE(QJsonDocument::fromJson(logout.request.body()).object(),
                 (QJsonObject{{u"logoutReason"_s, u"User requested logout"_s}}));

        Core::InteractionPreferences form;
        form.device = Core::VoiceDevice::Extension;
        form.dialNumber = u"2101"_s;
        form.teamId = u"team"_s;
        const Cc::CcCommand login = commands.stationLogin(form, u"agent"_s);
        QCOMPARE(login.request.url().path(), u"/prefix/v1/agents/login"_s);
        const QJsonObject loginBody = QJsonDocument::fromJson(login.request.body()).object();
        QCOMPARE(loginBody.value(u"deviceType"_s).toString(), u"EXTENSION"_s);
        QCOMPARE(loginBody.value(u"isExtension"_s).toBool(), true);
        QCOMPARE(loginBody.value(u"deviceId"_s).toString(), u"2101"_s);
        // Each kind of command has its own key: they may be in flight together.
        QCOMPARE(QSet<QString>({login.key, idle.key, reload.key, logout.key}).size(), 4);
    }

    void below_basePaths_appendOnce_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        QTest::newRow("root") << u"http://h:1"_s << u"v1/x"_s << u"http://h:1/v1/x"_s;
        QTest::newRow("root slash") << u"http://h:1/"_s << u"/v1/x"_s << u"http://h:1/v1/x"_s;
        QTest::newRow("versioned") << u"https://webexapis.com/v1"_s << u"people/me"_s
                                   << u"https://webexapis.com/v1/people/me"_s;
        QTest::newRow("versioned slash") << u"https://webexapis.com/v1/"_s << u"people/me"_s
                                         << u"https://webexapis.com/v1/people/me"_s;
        QTest::newRow("encoded segment stays one segment")
                << u"http://h:1/v1"_s
                << QString(u"organization/"_s +
                           QString::fromLatin1(QUrl::toPercentEncoding(u"a/b%c"_s)) + u"/x"_s)
                << u"http://h:1/v1/organization/a%2Fb%25c/x"_s;
    }
    void below_basePaths_appendOnce()
    {
        QFETCH(QString, base);
        QFETCH(QString, path);
        QFETCH(QString, expected);
        QCOMPARE(Cc::below(QUrl(base), path).toString(QUrl::FullyEncoded), expected);
    }

    void backoff_attempts_growAndStayInTheirBand()
    {
        double random = 0.0;
        const Cc::ReconnectBackoff backoff{milliseconds(1'000), milliseconds(30'000),
                                           [&random] { return random; }};
        const qint64 ceilings[] = {1'000, 2'000, 4'000, 8'000, 16'000, 30'000, 30'000};
        for (int attempt = 1; attempt <= 7; ++attempt) {
            const qint64 ceiling = ceilings[attempt - 1];
            random = 0.0;
            QCOMPARE(backoff.delay(attempt).count(), ceiling / 2);
            random = 1.0;
            QCOMPARE(backoff.delay(attempt).count(), ceiling);
            random = 0.5;
            QCOMPARE(backoff.delay(attempt).count(), ceiling / 2 + ceiling / 4);
        }
        // A huge attempt number neither overflows nor passes the cap.
        random = 1.0;
        QCOMPARE(backoff.delay(10'000).count(), 30'000);
    }

    void backoff_realJitter_staysInTheBand()
    {
        const Cc::ReconnectBackoff backoff; // QRandomGenerator
        for (int i = 0; i < 200; ++i) {
            const qint64 delay = backoff.delay(3).count();
            QVERIFY(delay >= 2'000 && delay <= 4'000);
        }
    }

    void jsonShape_problems_nameThePath()
    {
        Cc::JsonShape shape(u"thing"_s);
        const QJsonObject root =
                QJsonDocument::fromJson(R"({"a":{"b":[{"c":1}]},"s":" ","n":"x"})").object();
        QCOMPARE(shape.text(root, u"missing"_s, Cc::JsonShape::Optional, u"fallback"_s),
                 u"fallback"_s);
        QVERIFY(shape.ok());
        const QJsonObject a = shape.object(root, u"a"_s);
        {
            Cc::JsonShape::Scope scopeA(shape, u"a"_s);
            const QJsonArray b = shape.array(a, u"b"_s);
            Cc::JsonShape::Scope scopeB(shape, u"b"_s, 0);
            shape.text(shape.object(b.at(0)), u"c"_s);
        }
        QCOMPARE(shape.problem(), u"thing: a.b[0].c: expected a string, got a number"_s);
        // Only the first problem is kept.
        shape.text(root, u"s"_s, Cc::JsonShape::NonEmpty);
        QCOMPARE(shape.problem(), u"thing: a.b[0].c: expected a string, got a number"_s);

        Cc::JsonShape other(u"thing"_s);
        other.text(root, u"s"_s, Cc::JsonShape::NonEmpty);
        QCOMPARE(other.problem(), u"thing: s: must not be empty"_s);
        Cc::JsonShape third(u"thing"_s);
        third.number(root, u"n"_s);
        QCOMPARE(third.problem(), u"thing: n: expected a number, got a string"_s);
    }
};

QTEST_GUILESS_MAIN(TestCcValues)
#include "tst_ccvalues.moc"
