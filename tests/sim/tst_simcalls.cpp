// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The simulated contact center's calls, over real loopback: offers (accepted, answered on the
// phone, rung out), hold, consults with each outcome, consult transfer and conference, blind
// transfers, end and wrap-up, the customer hanging up, every injected failure, invalid bodies,
// unknown tasks, and a socket drop in the middle of a consult.
#include "notificationsocket.h"

#include <QJsonArray>
#include <QJsonObject>
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

const QString kCustomer = u"+14155550123"_s;
const QString kExpert = u"+14155550199"_s; // a colleague's business phone
const QString kBilling = u"9d6c3f0e-2a41-4b7e-8c55-1e0f4a7b2d90"_s;
const QString kSupport = u"4b2a7e19-6c3d-4f80-9a1e-7d5c0b3e8f21"_s;

// Codes of the default scenario.
const QString kResolved = u"b08f96e5-89cb-4639-9461-838bfc2e9562"_s; // wrap-up
const QString kCallback = u"b82fe765-06ea-4d95-98d5-77bd06797258"_s; // wrap-up, not Kenji's
const QString kBreak = u"30abd35e-184a-4fd5-8150-e593e0ed2206"_s;    // idle
const QString kRonaCode = u"d8d90a70-0c49-593b-a67e-7ff70cebaead"_s;

// A tenant with two telephony queues of its own, so these tests do not depend on the default
// scenario's list, and a short event delay.
Sim::Scenario callScenario()
{
    Sim::Scenario scenario = Sim::Scenario::defaults();
    scenario.merge(QJsonObject{
            {u"contactCenter"_s,
             QJsonObject{{u"queues"_s, QJsonArray{QJsonObject{{u"id"_s, kBilling},
                                                              {u"name"_s, u"Billing"_s},
                                                              {u"channelType"_s, u"telephony"_s}},
                                                  QJsonObject{{u"id"_s, kSupport},
                                                              {u"name"_s, u"Technical Support"_s},
                                                              {u"channelType"_s, u"telephony"_s}}}},
                         {u"defaultDnis"_s, u"+18005550100"_s},
                         // Quick outcomes: every test sends many commands.
                         {u"eventDelayMs"_s, 5}}}});
    return scenario;
}

} // namespace

class TestSimCalls final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::SimFixture> m_sim;

    // One agent's desktop: the notification socket and how far the test has read it.
    struct Desk
    {
        QString user;
        QString agentId;
        std::unique_ptr<NotificationSocket> socket;
        qsizetype seen = 0;

        // The next frame, waiting for it; empty when none came in time.
        QJsonObject next(int timeoutMs = 5000)
        {
            const QJsonObject frame = socket->waitForEvent(seen, timeoutMs);
            if (!frame.isEmpty()) {
                ++seen;
            }
            return frame;
        }
        // The next frame's data when its data.type is `name`; else empty (and a warning).
        QJsonObject expect(const QString &name, int timeoutMs = 5000)
        {
            const QJsonObject frame = next(timeoutMs);
            const QString type = frame[u"data"_s][u"type"_s].toString();
            if (type != name) {
                qWarning() << "expected" << name << "but got"
                           << (type.isEmpty() ? u"nothing"_s : type) << frame;
                return {};
            }
            return frame[u"data"_s].toObject();
        }
        bool quiet() const { return socket->messages.size() == seen; }
    };

    using Headers = QList<QPair<QByteArray, QByteArray>>;

    static Headers auth(const QByteArray &token)
    {
        return {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + token}};
    }

    Test::WireClient::Reply call(const QByteArray &method, const QString &path,
                                 const QByteArray &body, const QString &user)
    {
        return m_sim->wire().send(method, m_sim->url(path), body,
                                  auth(m_sim->token(u"cc"_s, user)));
    }

    Test::WireClient::Reply control(const QByteArray &method, const QString &path,
                                    const QJsonObject &body = {})
    {
        return m_sim->wire().send(
                method, m_sim->url(path),
                body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
                {{"Content-Type", "application/json"}});
    }

    static QByteArray json(const QJsonObject &object)
    {
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }

    QString agentId(const QString &email) { return m_sim->ccAgent(email)[u"agentId"_s].toString(); }
    QJsonValue taskOf(const QString &email) { return m_sim->ccAgent(email)[u"task"_s]; }
    QString taskState(const QString &email) { return taskOf(email)[u"state"_s].toString(); }

    QJsonObject firstTeamProfile(const QString &email)
    {
        const QString ciUserId = m_sim->ccAgent(email)[u"ciUserId"_s].toString();
        const QString org =
                m_sim->simulator().scenario().section(u"tenant"_s)[u"orgId"_s].toString();
        return m_sim->wire()
                .get(m_sim->url(u"/organization/%1/v2/user/by-ci-user-id/%2/desktop-login"_s.arg(
                             org, ciUserId)),
                     m_sim->token(u"cc"_s, email))
                .json()
                .object();
    }

    // Subscribes, logs in on the device and goes Available; the desk, or one without a socket.
    Desk signIn(const QString &user, const QString &deviceType, const QString &number,
                bool available = true)
    {
        Desk desk;
        desk.user = user;
        desk.agentId = agentId(user);
        const auto subscribed = call("POST", u"/v1/notification/subscribe"_s, "{}", user);
        if (subscribed.status != 200) {
            qWarning() << "subscribe answered" << subscribed.status;
            return desk;
        }
        desk.socket = std::make_unique<NotificationSocket>(
                QUrl(subscribed.json()[u"webSocketUrl"_s].toString()));
        if (desk.next()[u"type"_s].toString() != u"Welcome"_s) {
            qWarning() << "no Welcome";
            desk.socket.reset();
            return desk;
        }
        const QString teamId = firstTeamProfile(user)[u"teams"_s][0][u"id"_s].toString();
        QJsonObject login{{u"teamId"_s, teamId}, {u"roles"_s, QJsonArray{u"agent"_s}}};
        if (deviceType.isEmpty()) {
            login.insert(u"dialNumber"_s, desk.agentId);
        } else {
            login.insert(u"dialNumber"_s, number);
            login.insert(u"deviceType"_s, deviceType);
            login.insert(u"deviceId"_s, number);
            login.insert(u"isExtension"_s, deviceType == u"EXTENSION"_s);
        }
        if (call("POST", u"/v1/agents/login"_s, json(login), user).status != 202 ||
            desk.expect(u"AgentStationLoginSuccess"_s).isEmpty()) {
            desk.socket.reset();
            return desk;
        }
        if (available) {
            if (call("PUT", u"/v1/agents/session/state"_s,
                     json({{u"state"_s, u"Available"_s}, {u"auxCodeId"_s, u"0"_s}}), user)
                                .status != 202 ||
                desk.expect(u"AgentStateChangeSuccess"_s).isEmpty()) {
                desk.socket.reset();
            }
        }
        return desk;
    }

    // Offers a call to the desk's agent; its interactionId once the offer arrived, else empty.
    QString offer(Desk &desk, QJsonObject extra = {})
    {
        extra.insert(u"email"_s, desk.user);
        if (!extra.contains(u"ani"_s)) {
            extra.insert(u"ani"_s, kCustomer);
        }
        const auto reply = control("POST", u"/_sim/cc/calls"_s, extra);
        if (reply.status != 201) {
            qWarning() << "offer answered" << reply.status << reply.body;
            return {};
        }
        const QString id = reply.json()[u"interactionId"_s].toString();
        if (desk.expect(u"AgentContactReserved"_s)[u"interactionId"_s].toString() != id ||
            desk.expect(u"AgentOfferContact"_s)[u"interactionId"_s].toString() != id) {
            return {};
        }
        return id;
    }

    // Sends a task command, checks 202 came before any event, and returns the trackingId.
    QString task(Desk &desk, const QString &id, const QString &action, const QJsonObject &body = {})
    {
        const qsizetype before = desk.socket->messages.size();
        const auto reply =
                call("POST", u"/v1/tasks/%1/%2"_s.arg(id, action), json(body), desk.user);
        if (reply.status != 202) {
            qWarning() << action << "answered" << reply.status << reply.body;
            return {};
        }
        if (desk.socket->messages.size() != before) {
            qWarning() << "an event came before the 202";
            return {};
        }
        return reply.json()[u"trackingId"_s].toString();
    }

    // The next event must be `name` and carry the command's trackingId.
    static bool answered(Desk &desk, const QString &name, const QString &trackingId,
                         QJsonObject *data = nullptr)
    {
        const QJsonObject event = desk.expect(name);
        if (event.isEmpty() || trackingId.isEmpty() ||
            event[u"trackingId"_s].toString() != trackingId) {
            qWarning() << name << "missing or without the trackingId" << trackingId;
            return false;
        }
        if (data) {
            *data = event;
        }
        return true;
    }

    // A connected call on Ana's dial number.
    QString connectedCall(Desk &desk)
    {
        const QString id = offer(desk);
        const QString tracking = task(desk, id, u"accept"_s);
        return answered(desk, u"AgentContactAssigned"_s, tracking) ? id : QString();
    }

    // A consult to the expert's number that has been answered.
    bool answeredConsult(Desk &desk, const QString &id, const QString &to = kExpert)
    {
        control("POST", u"/_sim/cc/consult-outcomes"_s,
                {{u"to"_s, to}, {u"outcome"_s, u"answer"_s}, {u"delayMs"_s, 20}});
        const QString tracking = task(desk, id, u"consult"_s,
                                      {{u"to"_s, to},
                                       {u"destinationType"_s, u"dialNumber"_s},
                                       {u"holdParticipants"_s, true}});
        return answered(desk, u"AgentConsultCreated"_s, tracking) &&
               !desk.expect(u"AgentConsulting"_s).isEmpty();
    }

    // The call of the desk ended by the agent, now in wrap-up.
    bool inWrapUp(Desk &desk, const QString &id)
    {
        const QString tracking = task(desk, id, u"end"_s);
        return answered(desk, u"ContactEnded"_s, tracking) &&
               answered(desk, u"AgentWrapup"_s, tracking);
    }

    static QJsonObject participant(const QJsonObject &data, const QString &id)
    {
        return data[u"interaction"_s][u"participants"_s][id].toObject();
    }
    static QJsonObject media(const QJsonObject &data, const QString &id)
    {
        return data[u"interaction"_s][u"media"_s][id].toObject();
    }
    static QString interactionState(const QJsonObject &data)
    {
        return data[u"interaction"_s][u"state"_s].toString();
    }

private Q_SLOTS:
    void init() { m_sim = std::make_unique<Test::SimFixture>(callScenario()); }
    void cleanup() { m_sim.reset(); }

    // --- offer -------------------------------------------------------------------------------

    void offer_availableAgent_reservedThenOfferedWithTheInteraction()
    {
        Desk ana = signIn(kAna, u"AGENT_DN"_s, u"+5511987654321"_s);
        QVERIFY(ana.socket);
        const auto reply = control("POST", u"/_sim/cc/calls"_s,
                                   {{u"email"_s, kAna},
                                    {u"ani"_s, kCustomer},
                                    {u"queue"_s, u"Billing"_s},
                                    {u"customerName"_s, u"Pat Jones"_s},
                                    {u"ronaSeconds"_s, 20}});
        QCOMPARE(reply.status, 201);
        const QJsonObject created = reply.json().object();
        const QString id = created[u"interactionId"_s].toString();
        QVERIFY(!QUuid::fromString(id).isNull());
        QCOMPARE(created[u"mediaResourceId"_s].toString(), id);
        QCOMPARE(created[u"agentId"_s].toString(), ana.agentId);
        QCOMPARE(created[u"queueId"_s].toString(), kBilling);

        const QJsonObject reserved = ana.next();
        QCOMPARE(reserved[u"type"_s].toString(), u"RoutingMessage"_s);
        QCOMPARE(reserved[u"data"_s][u"type"_s].toString(), u"AgentContactReserved"_s);
        QCOMPARE(reserved[u"data"_s][u"eventType"_s].toString(), u"RoutingMessage"_s);
        const QJsonObject data = ana.expect(u"AgentOfferContact"_s);
        QCOMPARE(data[u"interactionId"_s].toString(), id);
        QCOMPARE(data[u"agentId"_s].toString(), ana.agentId);
        QCOMPARE(data[u"mediaResourceId"_s].toString(), id);
        QCOMPARE(data[u"owner"_s].toString(), ana.agentId);
        QCOMPARE(data[u"ronaTimeout"_s].toInt(), 20);
        QCOMPARE(data[u"queueName"_s].toString(), u"Billing"_s);
        QCOMPARE(data[u"isConsulted"_s].toBool(true), false);
        QVERIFY(!data[u"orgId"_s].toString().isEmpty());
        QVERIFY(!data[u"trackingId"_s].toString().isEmpty());
        const QJsonObject interaction = data[u"interaction"_s].toObject();
        QCOMPARE(interaction[u"interactionId"_s].toString(), id);
        QCOMPARE(interaction[u"mediaType"_s].toString(), u"telephony"_s);
        QCOMPARE(interaction[u"state"_s].toString(), u"new"_s);
        QCOMPARE(interaction[u"mainInteractionId"_s].toString(), id);
        QCOMPARE(interaction[u"currentVTeam"_s].toString(), kBilling);
        const QJsonObject customer = participant(data, kCustomer);
        QCOMPARE(customer[u"pType"_s].toString(), u"Customer"_s);
        QCOMPARE(customer[u"name"_s].toString(), u"Pat Jones"_s);
        QCOMPARE(customer[u"hasJoined"_s].toBool(), true);
        const QJsonObject agent = participant(data, ana.agentId);
        QCOMPARE(agent[u"pType"_s].toString(), u"Agent"_s);
        QCOMPARE(agent[u"isOffered"_s].toBool(), true);
        QCOMPARE(agent[u"hasJoined"_s].toBool(true), false);
        QCOMPARE(agent[u"deviceType"_s].toString(), u"AGENT_DN"_s);
        QCOMPARE(agent[u"dn"_s].toString(), u"+5511987654321"_s);
        const QJsonObject main = media(data, id);
        QCOMPARE(main[u"mType"_s].toString(), u"mainCall"_s);
        QCOMPARE(main[u"mediaResourceId"_s].toString(), id);
        QCOMPARE(main[u"participants"_s].toArray(), QJsonArray{kCustomer});
        QCOMPARE(main[u"isHold"_s].toBool(true), false);
        const QJsonObject details = interaction[u"callAssociatedDetails"_s].toObject();
        QCOMPARE(details[u"ani"_s].toString(), kCustomer);
        QCOMPARE(details[u"dn"_s].toString(), u"+18005550100"_s);
        QCOMPARE(details[u"virtualTeamName"_s].toString(), u"Billing"_s);
        QCOMPARE(details[u"customerName"_s].toString(), u"Pat Jones"_s);
        QCOMPARE(details[u"ronaTimeout"_s].toString(), u"20"_s);
        const QJsonObject processing = interaction[u"callProcessingDetails"_s].toObject();
        QCOMPARE(processing[u"QueueId"_s].toString(), kBilling);
        QCOMPARE(processing[u"dnis"_s].toString(), u"+18005550100"_s);

        const QJsonObject seen = taskOf(kAna).toObject();
        QCOMPARE(seen[u"interactionId"_s].toString(), id);
        QCOMPARE(seen[u"state"_s].toString(), u"offered"_s);
        QCOMPARE(seen[u"role"_s].toString(), u"owner"_s);
        QCOMPARE(seen[u"ani"_s].toString(), kCustomer);
        QCOMPARE(control("GET", u"/_sim/cc/calls"_s).json()[u"calls"_s].toArray().size(), 1);
    }

    void offer_refused_data()
    {
        QTest::addColumn<QString>("who"); // ana-idle | ana-busy | marie | kenji | nobody | ana
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");

        QTest::newRow("not logged in") << u"kenji"_s << QJsonObject{} << 409;
        QTest::newRow("digital-only login") << u"marie"_s << QJsonObject{} << 409;
        QTest::newRow("idle agent") << u"ana-idle"_s << QJsonObject{} << 409;
        QTest::newRow("already on a call") << u"ana-busy"_s << QJsonObject{} << 409;
        QTest::newRow("unknown agent") << u"nobody"_s << QJsonObject{} << 404;
        QTest::newRow("no ani") << u"ana"_s << QJsonObject{{u"ani"_s, u""_s}} << 400;
        QTest::newRow("zero rona") << u"ana"_s << QJsonObject{{u"ronaSeconds"_s, 0}} << 400;
        QTest::newRow("rona as text") << u"ana"_s << QJsonObject{{u"ronaSeconds"_s, u"5"_s}} << 400;
        QTest::newRow("unknown queue") << u"ana"_s << QJsonObject{{u"queue"_s, u"Sales"_s}} << 400;
    }

    void offer_refused()
    {
        QFETCH(QString, who);
        QFETCH(QJsonObject, body);
        QFETCH(int, status);

        QString email = kAna;
        Desk desk;
        if (who == u"marie"_s) {
            email = kMarie;
            desk = signIn(kMarie, {}, {});
            QVERIFY(desk.socket);
        } else if (who == u"kenji"_s) {
            email = kKenji;
        } else if (who == u"nobody"_s) {
            email = u"nobody@fabrikam.example"_s;
        } else {
            desk = signIn(kAna, u"EXTENSION"_s, u"2101"_s, who != u"ana-idle"_s);
            QVERIFY(desk.socket);
            if (who == u"ana-busy"_s) {
                QVERIFY(!offer(desk).isEmpty());
            }
        }
        QJsonObject request{{u"email"_s, email}, {u"ani"_s, kCustomer}};
        for (auto it = body.begin(); it != body.end(); ++it) {
            request.insert(it.key(), it.value());
        }
        const auto reply = control("POST", u"/_sim/cc/calls"_s, request);
        QCOMPARE(reply.status, status);
        QVERIFY(!reply.json()[u"error"_s].toString().isEmpty());
    }

    // --- answer ------------------------------------------------------------------------------

    void accept_offered_assignedAndConnected()
    {
        Desk ana = signIn(kAna, u"EXTENSION"_s, u"2101"_s);
        QVERIFY(ana.socket);
        const QString id = offer(ana);
        QVERIFY(!id.isEmpty());
        const QString tracking = task(ana, id, u"accept"_s);
        QJsonObject data;
        QVERIFY(answered(ana, u"AgentContactAssigned"_s, tracking, &data));
        QCOMPARE(interactionState(data), u"connected"_s);
        const QJsonObject agent = participant(data, ana.agentId);
        QCOMPARE(agent[u"hasJoined"_s].toBool(), true);
        QCOMPARE(agent[u"isOffered"_s].toBool(true), false);
        QCOMPARE(media(data, id)[u"participants"_s].toArray(),
                 (QJsonArray{kCustomer, ana.agentId}));
        QCOMPARE(taskState(kAna), u"connected"_s);
        // The agent's state is untouched by the call.
        QCOMPARE(m_sim->ccAgent(kAna)[u"state"_s].toString(), u"Available"_s);
    }

    void answerOnPhone_controlCall_assignsOnce()
    {
        Desk ana = signIn(kAna, u"AGENT_DN"_s, u"+5511987654321"_s);
        QVERIFY(ana.socket);
        const QString id = offer(ana);
        QVERIFY(!id.isEmpty());
        const auto picked = control("POST", u"/_sim/cc/calls/%1/answer"_s.arg(id));
        QCOMPARE(picked.status, 200);
        QCOMPARE(picked.json()[u"agentId"_s].toString(), ana.agentId);
        QCOMPARE(interactionState(ana.expect(u"AgentContactAssigned"_s)), u"connected"_s);
        QCOMPARE(control("POST", u"/_sim/cc/calls/%1/answer"_s.arg(id)).status, 409);
        QCOMPARE(control("POST", u"/_sim/cc/calls/%1/answer"_s.arg(
                                         QUuid::createUuid().toString(QUuid::WithoutBraces)))
                         .status,
                 404);
    }

    void autoAnswer_afterItsDelay_assigns()
    {
        Desk ana = signIn(kAna, u"EXTENSION"_s, u"2102"_s);
        QVERIFY(ana.socket);
        const QString id = offer(ana, {{u"autoAnswerSeconds"_s, 0.1}});
        QVERIFY(!id.isEmpty());
        QCOMPARE(ana.expect(u"AgentContactAssigned"_s)[u"interactionId"_s].toString(), id);
        QCOMPARE(taskState(kAna), u"connected"_s);
    }

    void rona_notAnswered_ringsOutAndTheAgentGoesIdle()
    {
        Desk ana = signIn(kAna, u"EXTENSION"_s, u"2101"_s);
        QVERIFY(ana.socket);
        const QString id = offer(ana, {{u"ronaSeconds"_s, 0.2}});
        QVERIFY(!id.isEmpty());
        const QJsonObject rona = ana.expect(u"AgentOfferContactRona"_s);
        QCOMPARE(rona[u"interactionId"_s].toString(), id);
        QCOMPARE(rona[u"reason"_s].toString(), u"RONA"_s);
        QVERIFY(rona[u"reasonCode"_s].toInt() > 0);
        QCOMPARE(participant(rona, ana.agentId)[u"hasLeft"_s].toBool(), true);
        QCOMPARE(interactionState(rona), u"new"_s); // waiting for someone else

        const QJsonObject state = ana.next();
        QCOMPARE(state[u"type"_s].toString(), u"AgentStateChange"_s);
        QCOMPARE(state[u"data"_s][u"type"_s].toString(), u"AgentStateChangeSuccess"_s);
        QCOMPARE(state[u"data"_s][u"subStatus"_s].toString(), u"Idle"_s);
        QCOMPARE(state[u"data"_s][u"auxCodeId"_s].toString(), kRonaCode);
        QCOMPARE(state[u"data"_s][u"changedBy"_s].toString(), u"rona"_s);

        const QJsonObject agent = m_sim->ccAgent(kAna);
        QCOMPARE(agent[u"state"_s].toString(), u"Idle"_s);
        QCOMPARE(agent[u"changedBy"_s].toString(), u"rona"_s);
        QVERIFY(agent[u"task"_s].isNull());
        QVERIFY(control("GET", u"/_sim/cc/calls"_s).json()[u"calls"_s].toArray().isEmpty());
        // Too late to accept: the task is gone.
        QCOMPARE(call("POST", u"/v1/tasks/%1/accept"_s.arg(id), {}, kAna).status, 404);
        // And an Idle agent gets no more offers.
        QCOMPARE(control("POST", u"/_sim/cc/calls"_s, {{u"email"_s, kAna}, {u"ani"_s, kCustomer}})
                         .status,
                 409);
    }

    // --- hold --------------------------------------------------------------------------------

    void holdAndUnhold_mainLeg_heldThenResumed()
    {
        Desk ana = signIn(kAna, u"EXTENSION"_s, u"2101"_s);
        QVERIFY(ana.socket);
        const QString id = connectedCall(ana);
        QVERIFY(!id.isEmpty());

        QString tracking = task(ana, id, u"hold"_s, {{u"mediaResourceId"_s, id}});
        QJsonObject data;
        QVERIFY(answered(ana, u"AgentContactHeld"_s, tracking, &data));
        QCOMPARE(interactionState(data), u"hold"_s);
        QCOMPARE(media(data, id)[u"isHold"_s].toBool(), true);
        QVERIFY(media(data, id)[u"holdTimestamp"_s].toDouble() > 0);
        QCOMPARE(taskState(kAna), u"held"_s);

        tracking = task(ana, id, u"unhold"_s, {{u"mediaResourceId"_s, id}});
        QVERIFY(answered(ana, u"AgentContactUnheld"_s, tracking, &data));
        QCOMPARE(interactionState(data), u"connected"_s);
        QCOMPARE(media(data, id)[u"isHold"_s].toBool(true), false);
        QVERIFY(media(data, id)[u"holdTimestamp"_s].isNull());
        QCOMPARE(taskState(kAna), u"connected"_s);
    }

    // --- what the commands refuse ------------------------------------------------------------

    void commands_invalidBody_answer400WithoutEvent_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QByteArray>("body");

        const QByteArray longTo = QByteArray(37, '1');
        QTest::newRow("not JSON") << u"hold"_s << QByteArray("{\"mediaResourceId\":");
        QTest::newRow("array body") << u"hold"_s << QByteArray("[1]");
        QTest::newRow("hold without mediaResourceId") << u"hold"_s << QByteArray("{}");
        QTest::newRow("hold, number mediaResourceId")
                << u"hold"_s << QByteArray("{\"mediaResourceId\":7}");
        QTest::newRow("unhold without mediaResourceId") << u"unhold"_s << QByteArray("{}");
        QTest::newRow("consult without to")
                << u"consult"_s << QByteArray("{\"destinationType\":\"dialNumber\"}");
        QTest::newRow("consult, unknown destinationType")
                << u"consult"_s
                << QByteArray("{\"to\":\"+14155550199\",\"destinationType\":\"teams\"}");
        QTest::newRow("consult, entrypointDialNumber")
                << u"consult"_s
                << QByteArray("{\"to\":\"+14155550199\",\"destinationType\":"
                              "\"entrypointDialNumber\"}");
        QTest::newRow("consult, to of 37 characters")
                << u"consult"_s
                << QByteArray("{\"to\":\"" + longTo + "\",\"destinationType\":\"dialNumber\"}");
        QTest::newRow("consult, holdParticipants as text")
                << u"consult"_s
                << QByteArray("{\"to\":\"+14155550199\",\"destinationType\":\"dialNumber\","
                              "\"holdParticipants\":\"yes\"}");
        QTest::newRow("consult end, numeric queueId")
                << u"consult/end"_s << QByteArray("{\"queueId\":5}");
        QTest::newRow("consult transfer without destinationType")
                << u"consult/transfer"_s << QByteArray("{\"to\":\"+14155550199\"}");
        QTest::newRow("consult conference without to")
                << u"consult/conference"_s << QByteArray("{\"destinationType\":\"dialNumber\"}");
        QTest::newRow("transfer without destinationType")
                << u"transfer"_s << QByteArray("{\"to\":\"+14155550199\"}");
        QTest::newRow("transfer, to of 44 characters")
                << u"transfer"_s
                << QByteArray("{\"to\":\"" + QByteArray(44, '2') +
                              "\",\"destinationType\":\"dialNumber\"}");
        QTest::newRow("wrapup without auxCodeId")
                << u"wrapup"_s << QByteArray("{\"wrapUpReason\":\"Resolved\"}");
        QTest::newRow("wrapup, reason of 129 characters")
                << u"wrapup"_s
                << QByteArray("{\"wrapUpReason\":\"" + QByteArray(129, 'r') +
                              "\",\"auxCodeId\":\"b08f96e5-89cb-4639-9461-838bfc2e9562\"}");
    }

    void commands_invalidBody_answer400WithoutEvent()
    {
        QFETCH(QString, action);
        QFETCH(QByteArray, body);

        Desk ana = signIn(kAna, u"EXTENSION"_s, u"2101"_s);
        QVERIFY(ana.socket);
        const QString id = connectedCall(ana);
        QVERIFY(!id.isEmpty());
        const auto reply = call("POST", u"/v1/tasks/%1/%2"_s.arg(id, action), body, kAna);
        QCOMPARE(reply.status, 400);
        // The contact center's error shape, with the TrackingID.
        const QJsonObject error = reply.json().object();
        QCOMPARE(error[u"error"_s][u"key"_s].toString(), u"400"_s);
        QVERIFY(!error[u"error"_s][u"message"_s][0][u"description"_s].toString().isEmpty());
        QVERIFY(!error[u"trackingId"_s].toString().isEmpty());
        QCOMPARE(reply.header("TrackingID"), error[u"trackingId"_s].toString().toLatin1());
        // No event for it: the next one is the next command's.
        const QString tracking = task(ana, id, u"hold"_s, {{u"mediaResourceId"_s, id}});
        QVERIFY(answered(ana, u"AgentContactHeld"_s, tracking));
    }

    void commands_unknownTask_answer404()
    {
        Desk ana = signIn(kAna, u"EXTENSION"_s, u"2101"_s);
        QVERIFY(ana.socket);
        const QString unknown = QUuid::createUuid().toString(QUuid::WithoutBraces);
        for (const QString &action : {u"accept"_s, u"end"_s, u"consult/end"_s}) {
            const auto reply = call("POST", u"/v1/tasks/%1/%2"_s.arg(unknown, action), {}, kAna);
            QCOMPARE(reply.status, 404);
            QCOMPARE(reply.json()[u"error"_s][u"key"_s].toString(), u"404"_s);
        }
        const auto hold = call("POST", u"/v1/tasks/%1/hold"_s.arg(unknown),
                               json({{u"mediaResourceId"_s, unknown}}), kAna);
        QCOMPARE(hold.status, 404);
        // Without a token it is 401 first.
        QCOMPARE(m_sim->wire().send("POST", m_sim->url(u"/v1/tasks/%1/end"_s.arg(unknown))).status,
                 401);
        QVERIFY(ana.quiet());
    }

    void commands_anotherAgentsTask_answer403()
    {
        Desk ana = signIn(kAna, u"EXTENSION"_s, u"2101"_s);
        QVERIFY(ana.socket);
        const QString id = connectedCall(ana);
        QVERIFY(!id.isEmpty());
        const auto reply = call("POST", u"/v1/tasks/%1/hold"_s.arg(id),
                                json({{u"mediaResourceId"_s, id}}), kKenji);
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.json()[u"error"_s][u"key"_s].toString(), u"403"_s);
        QCOMPARE(taskState(kAna), u"connected"_s);
    }

    void commands_wrongState_answer400_data()
    {
        QTest::addColumn<QString>("setup"); // offered | connected | held | consulting | wrapUp
        QTest::addColumn<QString>("action");
        QTest::addColumn<QJsonObject>("body");

        const QJsonObject main{{u"mediaResourceId"_s, u"MAIN"_s}};
        const QJsonObject expert{{u"to"_s, kExpert}, {u"destinationType"_s, u"dialNumber"_s}};
        QTest::newRow("hold while offered") << u"offered"_s << u"hold"_s << main;
        QTest::newRow("end while offered") << u"offered"_s << u"end"_s << QJsonObject{};
        QTest::newRow("transfer while offered") << u"offered"_s << u"transfer"_s << expert;
        QTest::newRow("accept when connected") << u"connected"_s << u"accept"_s << QJsonObject{};
        QTest::newRow("unhold when not held") << u"connected"_s << u"unhold"_s << main;
        QTest::newRow("hold an unknown leg")
                << u"connected"_s << u"hold"_s
                << QJsonObject{{u"mediaResourceId"_s, u"6f1c2a9e-3b7d-4e58-9a21-0c4d5e6f7a8b"_s}};
        QTest::newRow("end consult without one")
                << u"connected"_s << u"consult/end"_s << QJsonObject{};
        QTest::newRow("consult transfer without consult")
                << u"connected"_s << u"consult/transfer"_s << expert;
        QTest::newRow("conference without consult")
                << u"connected"_s << u"consult/conference"_s << expert;
        QTest::newRow("wrap-up while connected")
                << u"connected"_s << u"wrapup"_s
                << QJsonObject{{u"wrapUpReason"_s, u"Resolved"_s}, {u"auxCodeId"_s, kResolved}};
        QTest::newRow("accept the consult of one's own call")
                << u"consulting"_s << u"consult/accept"_s << QJsonObject{};
        QTest::newRow("hold while held") << u"held"_s << u"hold"_s << main;
        QTest::newRow("end while consulting") << u"consulting"_s << u"end"_s << QJsonObject{};
        QTest::newRow("unhold the consult leg that is not held")
                << u"consulting"_s << u"unhold"_s
                << QJsonObject{{u"mediaResourceId"_s, u"CONSULT"_s}};
        QTest::newRow("hold the consult leg") << u"consulting"_s << u"hold"_s
                                              << QJsonObject{{u"mediaResourceId"_s, u"CONSULT"_s}};
        QTest::newRow("second consult") << u"consulting"_s << u"consult"_s << expert;
        QTest::newRow("transfer to someone else than the consulted")
                << u"consulting"_s << u"consult/transfer"_s
                << QJsonObject{{u"to"_s, u"+14155550111"_s},
                               {u"destinationType"_s, u"dialNumber"_s}};
        QTest::newRow("end in wrap-up") << u"wrapUp"_s << u"end"_s << QJsonObject{};
        QTest::newRow("hold in wrap-up") << u"wrapUp"_s << u"hold"_s << main;
    }

    void commands_wrongState_answer400()
    {
        QFETCH(QString, setup);
        QFETCH(QString, action);
        QFETCH(QJsonObject, body);

        Desk ana = signIn(kAna, u"EXTENSION"_s, u"2101"_s);
        QVERIFY(ana.socket);
        QString id;
        if (setup == u"offered"_s) {
            id = offer(ana);
        } else {
            id = connectedCall(ana);
        }
        QVERIFY(!id.isEmpty());
        if (setup == u"held"_s) {
            QVERIFY(answered(ana, u"AgentContactHeld"_s,
                             task(ana, id, u"hold"_s, {{u"mediaResourceId"_s, id}})));
        } else if (setup == u"consulting"_s) {
            QVERIFY(answeredConsult(ana, id));
        } else if (setup == u"wrapUp"_s) {
            QVERIFY(inWrapUp(ana, id));
        }
        if (body[u"mediaResourceId"_s].toString() == u"MAIN"_s) {
            body.insert(u"mediaResourceId"_s, id);
        } else if (body[u"mediaResourceId"_s].toString() == u"CONSULT"_s) {
            body.insert(u"mediaResourceId"_s,
                        taskOf(kAna)[u"consult"_s][u"consultMediaResourceId"_s].toString());
        }
        const QString before = taskState(kAna);
        const auto reply = call("POST", u"/v1/tasks/%1/%2"_s.arg(id, action), json(body), kAna);
        QCOMPARE(reply.status, 400);
        QVERIFY(!reply.json()[u"error"_s][u"message"_s][0][u"description"_s].toString().isEmpty());
        QCOMPARE(taskState(kAna), before);
        QVERIFY(ana.quiet());
    }

    // --- consult -----------------------------------------------------------------------------

    void consult_answered_createdThenConsulting()
    {
        Desk ana = signIn(kAna, u"EXTENSION"_s, u"2101"_s);
        QVERIFY(ana.socket);
        const QString id = connectedCall(ana);
        QVERIFY(!id.isEmpty());
        // Configured in one format, dialled in another: the dial plan makes them the same.
        QCOMPARE(control("POST", u"/_sim/cc/consult-outcomes"_s,
                         {{u"to"_s, u"+1 (415) 555-0199"_s},
                          {u"outcome"_s, u"answer"_s},
                          {u"delayMs"_s, 50}})
                         .status,
                 200);
        const QString tracking = task(ana, id, u"consult"_s,
                                      {{u"to"_s, kExpert},
                                       {u"destinationType"_s, u"dialNumber"_s},
                                       {u"holdParticipants"_s, true}});
        QJsonObject created;
        QVERIFY(answered(ana, u"AgentConsultCreated"_s, tracking, &created));
        const QString consultLeg = created[u"consultMediaResourceId"_s].toString();
        QVERIFY(!consultLeg.isEmpty());
        QVERIFY(consultLeg != id);
        QCOMPARE(created[u"destinationType"_s].toString(), u"dialNumber"_s);
        QCOMPARE(created[u"consultingAgentId"_s].toString(), ana.agentId);
        QCOMPARE(interactionState(created), u"consulting"_s);
        QCOMPARE(media(created, id)[u"isHold"_s].toBool(), true);
        const QJsonObject leg = media(created, consultLeg);
        QCOMPARE(leg[u"mType"_s].toString(), u"consult"_s);
        QCOMPARE(leg[u"participants"_s].toArray(), (QJsonArray{ana.agentId, kExpert}));
        const QJsonObject expert = participant(created, kExpert);
        QCOMPARE(expert[u"pType"_s].toString(), u"DN"_s);
        QCOMPARE(expert[u"isConsulted"_s].toBool(), true);
        QCOMPARE(expert[u"hasJoined"_s].toBool(true), false);
        QCOMPARE(participant(created, ana.agentId)[u"consultState"_s].toString(),
                 u"consultInitiated"_s);
        QCOMPARE(taskOf(kAna)[u"consult"_s][u"answered"_s].toBool(true), false);

        const QJsonObject consulting = ana.expect(u"AgentConsulting"_s);
        QCOMPARE(consulting[u"consultMediaResourceId"_s].toString(), consultLeg);
        QCOMPARE(participant(consulting, kExpert)[u"hasJoined"_s].toBool(), true);
        QCOMPARE(participant(consulting, kExpert)[u"consultState"_s].toString(), u"consulting"_s);
        QCOMPARE(participant(consulting, ana.agentId)[u"consultState"_s].toString(),
                 u"consulting"_s);
        QCOMPARE(consulting[u"interaction"_s][u"callProcessingDetails"_s]
                           [u"consultDestinationAgentJoined"_s]
                                   .toString(),
                 u"true"_s);
        const QJsonObject seen = taskOf(kAna).toObject();
        QCOMPARE(seen[u"state"_s].toString(), u"consulting"_s);
        QCOMPARE(seen[u"consult"_s][u"answered"_s].toBool(), true);
        QCOMPARE(seen[u"consult"_s][u"to"_s].toString(), kExpert);
    }

    void consult_busyOrNoAnswer_failsAndTheCustomerStaysHeld_data()
    {
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("reason");
        QTest::newRow("busy") << u"busy"_s << u"CONSULT_DESTINATION_BUSY"_s;
        QTest::newRow("no answer") << u"noAnswer"_s << u"CONSULT_NO_ANSWER"_s;
    }

    void consult_busyOrNoAnswer_failsAndTheCustomerStaysHeld()
    {
        QFETCH(QString, outcome);
        QFETCH(QString, reason);

        Desk ana = signIn(kAna, u"EXTENSION"_s, u"2101"_s);
        QVERIFY(ana.socket);
        const QString id = connectedCall(ana);
        QVERIFY(!id.isEmpty());
        QCOMPARE(control("POST", u"/_sim/cc/consult-outcomes"_s,
                         {{u"to"_s, kExpert}, {u"outcome"_s, outcome}, {u"delayMs"_s, 30}})
                         .status,
                 200);
        const QString tracking =
                task(ana, id, u"consult"_s,
                     {{u"to"_s, kExpert}, {u"destinationType"_s, u"dialNumber"_s}});
        QJsonObject created;
        QVERIFY(answered(ana, u"AgentConsultCreated"_s, tracking, &created));
        const QJsonObject failed = ana.expect(u"AgentConsultFailed"_s);
        QCOMPARE(failed[u"reason"_s].toString(), reason);
        QCOMPARE(failed[u"consultMediaResourceId"_s].toString(),
                 created[u"consultMediaResourceId"_s].toString());
        QCOMPARE(interactionState(failed), u"hold"_s);
        QVERIFY(media(failed, created[u"consultMediaResourceId"_s].toString()).isEmpty());
        QCOMPARE(participant(failed, kExpert)[u"hasLeft"_s].toBool(), true);
        QCOMPARE(taskState(kAna), u"held"_s);

        // The agent resumes the customer, and may consult again.
        QVERIFY(answered(ana, u"AgentContactUnheld"_s,
                         task(ana, id, u"unhold"_s, {{u"mediaResourceId"_s, id}})));
        QVERIFY(answeredConsult(ana, id, u"+14155550111"_s));
    }

    void consult_unreachableDestination_failsWithoutCreated_data()
    {
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("destinationType");
        QTest::addColumn<QString>("event");
        QTest::addColumn<QString>("reason");

        QTest::newRow("unknown agent") << u"0b7a5541-90e1-592b-9efe-78e6eb2da94e"_s << u"agent"_s
                                       << u"AgentConsultFailed"_s << u"AGENT_NOT_FOUND"_s;
        QTest::newRow("agent not logged in")
                << u"KENJI"_s << u"agent"_s << u"AgentConsultFailed"_s << u"AGENT_NOT_AVAILABLE"_s;
        QTest::newRow("oneself") << u"ANA"_s << u"agent"_s << u"AgentConsultFailed"_s
                                 << u"AGENT_NOT_AVAILABLE"_s;
        QTest::newRow("not a number") << u"12ab"_s << u"dialNumber"_s << u"AgentConsultFailed"_s
                                      << u"INVALID_DIAL_NUMBER"_s;
        QTest::newRow("unknown queue")
                << u"Sales"_s << u"queue"_s << u"AgentCtqFailed"_s << u"QUEUE_NOT_FOUND"_s;
    }

    void consult_unreachableDestination_failsWithoutCreated()
    {
        QFETCH(QString, to);
        QFETCH(QString, destinationType);
        QFETCH(QString, event);
        QFETCH(QString, reason);

        Desk ana = signIn(kAna, u"EXTENSION"_s, u"2101"_s);
        QVERIFY(ana.socket);
        const QString id = connectedCall(ana);
        QVERIFY(!id.isEmpty());
        if (to == u"KENJI"_s) {
            to = agentId(kKenji);
        } else if (to == u"ANA"_s) {
            to = ana.agentId;
        }
        const QString tracking = task(ana, id, u"consult"_s,
                                      {{u"to"_s, to}, {u"destinationType"_s, destinationType}});
        QJsonObject data;
        QVERIFY(answered(ana, event, tracking, &data));
        QCOMPARE(data[u"reason"_s].toString(), reason);
        QCOMPARE(interactionState(data), u"connected"_s);
        QCOMPARE(taskState(kAna), u"connected"_s);
    }

    void consultEnd_answered_endedAndTheCustomerStaysHeld()
    {
        Desk ana = signIn(kAna, u"EXTENSION"_s, u"2101"_s);
        QVERIFY(ana.socket);
        const QString id = connectedCall(ana);
        QVERIFY(!id.isEmpty());
        QVERIFY(answeredConsult(ana, id));
        const QString leg = taskOf(kAna)[u"consult"_s][u"consultMediaResourceId"_s].toString();
        const QString tracking = task(ana, id, u"consult/end"_s);
        QJsonObject data;
        QVERIFY(answered(ana, u"AgentConsultEnded"_s, tracking, &data));
        QCOMPARE(data[u"consultMediaResourceId"_s].toString(), leg);
        QCOMPARE(interactionState(data), u"hold"_s);
        QVERIFY(media(data, leg).isEmpty());
        QCOMPARE(participant(data, kExpert)[u"hasLeft"_s].toBool(), true);
        QCOMPARE(taskState(kAna), u"held"_s);
        QVERIFY(answered(ana, u"AgentContactUnheld"_s,
                         task(ana, id, u"unhold"_s, {{u"mediaResourceId"_s, id}})));
    }

    void consult_resumeTheHeldLeg_holdsTheOther()
    {
        Desk ana = signIn(kAna, u"EXTENSION"_s, u"2101"_s);
        QVERIFY(ana.socket);
        const QString id = connectedCall(ana);
        QVERIFY(!id.isEmpty());
        QVERIFY(answeredConsult(ana, id));
        const QString leg = taskOf(kAna)[u"consult"_s][u"consultMediaResourceId"_s].toString();

        // Back to the customer: the consulted party waits on hold.
        QJsonObject data;
        QVERIFY(answered(ana, u"AgentContactUnheld"_s,
                         task(ana, id, u"unhold"_s, {{u"mediaResourceId"_s, id}}), &data));
        QCOMPARE(data[u"mediaResourceId"_s].toString(), id);
        QCOMPARE(media(data, id)[u"isHold"_s].toBool(), false);
        QCOMPARE(media(data, leg)[u"isHold"_s].toBool(), true);
        QCOMPARE(taskState(kAna), u"consulting"_s);

        // Back to the consulted party: the customer waits.
        QVERIFY(answered(ana, u"AgentContactUnheld"_s,
                         task(ana, id, u"unhold"_s, {{u"mediaResourceId"_s, leg}}), &data));
        QCOMPARE(data[u"mediaResourceId"_s].toString(), leg);
        QCOMPARE(data[u"consultMediaResourceId"_s].toString(), leg);
        QCOMPARE(media(data, id)[u"isHold"_s].toBool(), true);
        QCOMPARE(media(data, leg)[u"isHold"_s].toBool(), false);

        // The leg on the line cannot be resumed again; the consult still transfers.
        QCOMPARE(call("POST", u"/v1/tasks/%1/unhold"_s.arg(id), json({{u"mediaResourceId"_s, leg}}),
                      kAna)
                         .status,
                 400);
        QVERIFY(answered(ana, u"AgentConsultTransferred"_s,
                         task(ana, id, u"consult/transfer"_s,
                              {{u"to"_s, kExpert}, {u"destinationType"_s, u"dialNumber"_s}})));
    }

    void consultWithoutHold_customerStaysConnected()
    {
        Desk ana = signIn(kAna, u"EXTENSION"_s, u"2101"_s);
        QVERIFY(ana.socket);
        const QString id = connectedCall(ana);
        QVERIFY(!id.isEmpty());
        const QString tracking = task(ana, id, u"consult"_s,
                                      {{u"to"_s, kExpert},
                                       {u"destinationType"_s, u"dialNumber"_s},
                                       {u"holdParticipants"_s, false}});
        QJsonObject created;
        QVERIFY(answered(ana, u"AgentConsultCreated"_s, tracking, &created));
        QCOMPARE(media(created, id)[u"isHold"_s].toBool(true), false);
        QVERIFY(answered(ana, u"AgentConsultEnded"_s, task(ana, id, u"consult/end"_s)));
        QCOMPARE(taskState(kAna), u"connected"_s);
    }

    void consultTransfer_toANumber_transferredThenWrapUp()
    {
        Desk ana = signIn(kAna, u"EXTENSION"_s, u"2101"_s);
        QVERIFY(ana.socket);
        const QString id = connectedCall(ana);
        QVERIFY(!id.isEmpty());
        QVERIFY(answeredConsult(ana, id));
        const QString tracking =
                task(ana, id, u"consult/transfer"_s,
                     {{u"to"_s, u"+1 415 555 0199"_s}, {u"destinationType"_s, u"dialNumber"_s}});
        QJsonObject data;
        QVERIFY(answered(ana, u"AgentConsultTransferred"_s, tracking, &data));
        QCOMPARE(data[u"destinationType"_s].toString(), u"dialNumber"_s);
        QCOMPARE(media(data, id)[u"participants"_s].toArray(), (QJsonArray{kCustomer, kExpert}));
        QCOMPARE(media(data, id)[u"isHold"_s].toBool(true), false);
        QVERIFY(answered(ana, u"AgentWrapup"_s, tracking, &data));
        QCOMPARE(data[u"wrapUpRequired"_s].toBool(), true);
        QCOMPARE(data[u"agentsPendingWrapUp"_s].toArray(), QJsonArray{ana.agentId});
        QCOMPARE(participant(data, ana.agentId)[u"isWrapUp"_s].toBool(), true);
        QCOMPARE(interactionState(data), u"wrapUp"_s);
        QCOMPARE(taskOf(kAna)[u"role"_s].toString(), u"wrapUp"_s);
        QCOMPARE(taskState(kAna), u"wrapUp"_s);

        const QString wrapped =
                task(ana, id, u"wrapup"_s,
                     {{u"wrapUpReason"_s, u"Resolved"_s}, {u"auxCodeId"_s, kResolved}});
        QVERIFY(answered(ana, u"AgentWrappedUp"_s, wrapped, &data));
        QCOMPARE(data[u"wrapUpAuxCodeId"_s].toString(), kResolved);
        QCOMPARE(data[u"wrapUpReason"_s].toString(), u"Resolved"_s);
        QCOMPARE(participant(data, ana.agentId)[u"isWrappedUp"_s].toBool(), true);
        QVERIFY(data[u"agentsPendingWrapUp"_s].toArray().isEmpty());
        QVERIFY(taskOf(kAna).isNull());
        QCOMPARE(m_sim->ccAgent(kAna)[u"state"_s].toString(), u"Available"_s);
        QVERIFY(control("GET", u"/_sim/cc/calls"_s).json()[u"calls"_s].toArray().isEmpty());
    }

    void consultConference_thenEnd_everyoneLeaves()
    {
        Desk ana = signIn(kAna, u"EXTENSION"_s, u"2101"_s);
        QVERIFY(ana.socket);
        const QString id = connectedCall(ana);
        QVERIFY(!id.isEmpty());
        QVERIFY(answeredConsult(ana, id));
        QString tracking = task(ana, id, u"consult/conference"_s,
                                {{u"to"_s, kExpert}, {u"destinationType"_s, u"dialNumber"_s}});
        QJsonObject data;
        QVERIFY(answered(ana, u"AgentConsultConferenced"_s, tracking, &data));
        QCOMPARE(interactionState(data), u"conference"_s);
        QCOMPARE(data[u"isConferencing"_s].toBool(), true);
        QCOMPARE(media(data, id)[u"participants"_s].toArray(),
                 (QJsonArray{kCustomer, ana.agentId, kExpert}));
        QCOMPARE(media(data, id)[u"isHold"_s].toBool(true), false);
        QCOMPARE(participant(data, kExpert)[u"consultState"_s].toString(), u"conferencing"_s);
        QCOMPARE(taskState(kAna), u"conferenced"_s);

        // Hold works in a conference too.
        QVERIFY(answered(ana, u"AgentContactHeld"_s,
                         task(ana, id, u"hold"_s, {{u"mediaResourceId"_s, id}})));
        QVERIFY(answered(ana, u"AgentContactUnheld"_s,
                         task(ana, id, u"unhold"_s, {{u"mediaResourceId"_s, id}})));

        tracking = task(ana, id, u"end"_s);
        QVERIFY(answered(ana, u"ContactEnded"_s, tracking, &data));
        QCOMPARE(participant(data, kCustomer)[u"hasLeft"_s].toBool(), true);
        QCOMPARE(participant(data, kExpert)[u"hasLeft"_s].toBool(), true);
        QVERIFY(answered(ana, u"AgentWrapup"_s, tracking));
        QCOMPARE(taskState(kAna), u"wrapUp"_s);
    }

    void consultConference_endTheConsult_backToTheCustomer()
    {
        Desk ana = signIn(kAna, u"EXTENSION"_s, u"2101"_s);
        QVERIFY(ana.socket);
        const QString id = connectedCall(ana);
        QVERIFY(!id.isEmpty());
        QVERIFY(answeredConsult(ana, id));
        QVERIFY(answered(ana, u"AgentConsultConferenced"_s,
                         task(ana, id, u"consult/conference"_s, {{u"to"_s, kExpert}})));
        QJsonObject data;
        QVERIFY(answered(ana, u"AgentConsultConferenceEnded"_s, task(ana, id, u"consult/end"_s),
                         &data));
        QCOMPARE(interactionState(data), u"connected"_s);
        QCOMPARE(media(data, id)[u"participants"_s].toArray(),
                 (QJsonArray{kCustomer, ana.agentId}));
        QCOMPARE(taskState(kAna), u"connected"_s);
    }

    void consult_toAQueue_ctqCancelledAndFailed()
    {
        Desk ana = signIn(kAna, u"EXTENSION"_s, u"2101"_s);
        QVERIFY(ana.socket);
        const QString id = connectedCall(ana);
        QVERIFY(!id.isEmpty());
        // Nobody in the queue answers for a long while; the agent cancels.
        control("POST", u"/_sim/cc/consult-outcomes"_s,
                {{u"to"_s, u"Billing"_s}, {u"outcome"_s, u"answer"_s}, {u"delayMs"_s, 60000}});
        QString tracking = task(ana, id, u"consult"_s,
                                {{u"to"_s, kBilling}, {u"destinationType"_s, u"queue"_s}});
        QJsonObject data;
        QVERIFY(answered(ana, u"AgentConsultCreated"_s, tracking, &data));
        QCOMPARE(data[u"destinationType"_s].toString(), u"queue"_s);
        QVERIFY(answered(ana, u"AgentCtqCancelled"_s,
                         task(ana, id, u"consult/end"_s, {{u"queueId"_s, kBilling}})));
        QCOMPARE(taskState(kAna), u"held"_s);

        // The other queue is busy.
        control("POST", u"/_sim/cc/consult-outcomes"_s,
                {{u"to"_s, kSupport}, {u"outcome"_s, u"busy"_s}, {u"delayMs"_s, 10}});
        tracking = task(ana, id, u"consult"_s,
                        {{u"to"_s, u"Technical Support"_s}, {u"destinationType"_s, u"queue"_s}});
        QVERIFY(answered(ana, u"AgentConsultCreated"_s, tracking));
        QCOMPARE(ana.expect(u"AgentCtqFailed"_s)[u"reason"_s].toString(),
                 u"CONSULT_DESTINATION_BUSY"_s);
    }

    void consult_toALoggedInAgent_offersAcceptsAndTransfersTheCall()
    {
        Desk ana = signIn(kAna, u"EXTENSION"_s, u"2101"_s);
        Desk kenji = signIn(kKenji, u"EXTENSION"_s, u"3105"_s);
        QVERIFY(ana.socket);
        QVERIFY(kenji.socket);
        const QString id = connectedCall(ana);
        QVERIFY(!id.isEmpty());
        // Kenji's desk rings until he accepts.
        control("POST", u"/_sim/cc/consult-outcomes"_s,
                {{u"to"_s, kKenji}, {u"outcome"_s, u"noAnswer"_s}, {u"delayMs"_s, 60000}});
        QString tracking = task(ana, id, u"consult"_s,
                                {{u"to"_s, kenji.agentId}, {u"destinationType"_s, u"agent"_s}});
        QJsonObject data;
        QVERIFY(answered(ana, u"AgentConsultCreated"_s, tracking, &data));
        QCOMPARE(data[u"destAgentId"_s].toString(), kenji.agentId);
        QCOMPARE(participant(data, kenji.agentId)[u"pType"_s].toString(), u"Agent"_s);
        QVERIFY(answered(kenji, u"AgentOfferConsult"_s, tracking, &data));
        QCOMPARE(data[u"isConsulted"_s].toBool(), true);
        QCOMPARE(data[u"agentId"_s].toString(), kenji.agentId);
        QCOMPARE(taskOf(kKenji)[u"role"_s].toString(), u"consulted"_s);
        // Ana cannot accept her own consult; Kenji can.
        QCOMPARE(call("POST", u"/v1/tasks/%1/consult/accept"_s.arg(id), {}, kAna).status, 400);
        // A first try fails (injected), the second goes through.
        control("POST", u"/_sim/cc/task-failures"_s,
                {{u"action"_s, u"consult/accept"_s}, {u"email"_s, kKenji}});
        QVERIFY(answered(kenji, u"AgentContactAssignFailed"_s,
                         task(kenji, id, u"consult/accept"_s)));
        QVERIFY(ana.quiet());
        tracking = task(kenji, id, u"consult/accept"_s);
        QVERIFY(answered(kenji, u"AgentConsulting"_s, tracking));
        QVERIFY(answered(ana, u"AgentConsulting"_s, tracking));

        tracking = task(ana, id, u"consult/transfer"_s,
                        {{u"to"_s, kenji.agentId}, {u"destinationType"_s, u"agent"_s}});
        QVERIFY(answered(ana, u"AgentConsultTransferred"_s, tracking));
        QVERIFY(answered(ana, u"AgentWrapup"_s, tracking));
        QVERIFY(answered(kenji, u"AgentConsultTransferred"_s, tracking, &data));
        QCOMPARE(data[u"owner"_s].toString(), kenji.agentId);
        QCOMPARE(interactionState(data), u"connected"_s);
        QCOMPARE(taskOf(kKenji)[u"role"_s].toString(), u"owner"_s);
        QCOMPARE(taskOf(kAna)[u"role"_s].toString(), u"wrapUp"_s);

        // Kenji ends the call, both wrap up; the call is gone.
        tracking = task(kenji, id, u"end"_s);
        QVERIFY(answered(kenji, u"ContactEnded"_s, tracking));
        QVERIFY(answered(kenji, u"AgentWrapup"_s, tracking, &data));
        QCOMPARE(data[u"agentsPendingWrapUp"_s].toArray().size(), 2);
        QVERIFY(answered(kenji, u"AgentWrappedUp"_s,
                         task(kenji, id, u"wrapup"_s,
                              {{u"wrapUpReason"_s, u"Resolved"_s}, {u"auxCodeId"_s, kResolved}})));
        QCOMPARE(control("GET", u"/_sim/cc/calls"_s).json()[u"calls"_s].toArray().size(), 1);
        QVERIFY(answered(ana, u"AgentWrappedUp"_s,
                         task(ana, id, u"wrapup"_s,
                              {{u"wrapUpReason"_s, u"Resolved"_s}, {u"auxCodeId"_s, kResolved}})));
        QVERIFY(control("GET", u"/_sim/cc/calls"_s).json()[u"calls"_s].toArray().isEmpty());
    }

    void consult_agentEndsTheConsult_bothSeeItEnd()
    {
        Desk ana = signIn(kAna, u"EXTENSION"_s, u"2101"_s);
        Desk kenji = signIn(kKenji, u"EXTENSION"_s, u"3105"_s);
        QVERIFY(ana.socket);
        QVERIFY(kenji.socket);
        const QString id = connectedCall(ana);
        QVERIFY(!id.isEmpty());
        control("POST", u"/_sim/cc/consult-outcomes"_s,
                {{u"to"_s, kenji.agentId}, {u"outcome"_s, u"answer"_s}, {u"delayMs"_s, 20}});
        const QString tracking =
                task(ana, id, u"consult"_s,
                     {{u"to"_s, kenji.agentId}, {u"destinationType"_s, u"agent"_s}});
        QVERIFY(answered(ana, u"AgentConsultCreated"_s, tracking));
        QVERIFY(answered(kenji, u"AgentOfferConsult"_s, tracking));
        QVERIFY(!ana.expect(u"AgentConsulting"_s).isEmpty());
        QVERIFY(!kenji.expect(u"AgentConsulting"_s).isEmpty());
        // The consulted agent hangs up the consult.
        const QString ended = task(kenji, id, u"consult/end"_s);
        QVERIFY(answered(kenji, u"AgentConsultEnded"_s, ended));
        QVERIFY(answered(ana, u"AgentConsultEnded"_s, ended));
        QVERIFY(taskOf(kKenji).isNull());
        QCOMPARE(taskState(kAna), u"held"_s);
    }

    // --- blind transfer ----------------------------------------------------------------------

    void transfer_blind_transferredThenWrapUp_data()
    {
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("destinationType");
        QTest::addColumn<QString>("event");
        QTest::addColumn<QString>("reason"); // empty = success

        QTest::newRow("to a number")
                << kExpert << u"dialNumber"_s << u"AgentBlindTransferred"_s << QString();
        QTest::newRow("to a queue")
                << kSupport << u"queue"_s << u"AgentVteamTransferred"_s << QString();
        QTest::newRow("to an entry point") << u"+18005550177"_s << u"entrypointDialNumber"_s
                                           << u"AgentBlindTransferred"_s << QString();
        QTest::newRow("to an unknown queue")
                << u"Sales"_s << u"queue"_s << u"AgentVteamTransferFailed"_s
                << u"QUEUE_NOT_FOUND"_s;
        QTest::newRow("to an agent not logged in")
                << u"KENJI"_s << u"agent"_s << u"AgentBlindTransferFailed"_s
                << u"AGENT_NOT_AVAILABLE"_s;
        QTest::newRow("to something not a number")
                << u"help"_s << u"dialNumber"_s << u"AgentBlindTransferFailed"_s
                << u"INVALID_DIAL_NUMBER"_s;
    }

    void transfer_blind_transferredThenWrapUp()
    {
        QFETCH(QString, to);
        QFETCH(QString, destinationType);
        QFETCH(QString, event);
        QFETCH(QString, reason);

        Desk ana = signIn(kAna, u"EXTENSION"_s, u"2101"_s);
        QVERIFY(ana.socket);
        const QString id = connectedCall(ana);
        QVERIFY(!id.isEmpty());
        if (to == u"KENJI"_s) {
            to = agentId(kKenji);
        }
        const QString tracking = task(ana, id, u"transfer"_s,
                                      {{u"to"_s, to}, {u"destinationType"_s, destinationType}});
        QJsonObject data;
        QVERIFY(answered(ana, event, tracking, &data));
        if (!reason.isEmpty()) {
            QCOMPARE(data[u"reason"_s].toString(), reason);
            QCOMPARE(taskState(kAna), u"connected"_s);
            return;
        }
        QCOMPARE(data[u"destinationType"_s].toString(), destinationType);
        QVERIFY(answered(ana, u"AgentWrapup"_s, tracking, &data));
        QCOMPARE(data[u"wrapUpRequired"_s].toBool(), true);
        QCOMPARE(taskState(kAna), u"wrapUp"_s);
        QVERIFY(answered(ana, u"AgentWrappedUp"_s,
                         task(ana, id, u"wrapup"_s,
                              {{u"wrapUpReason"_s, u"Escalated"_s}, {u"auxCodeId"_s, kResolved}})));
        QVERIFY(taskOf(kAna).isNull());
    }

    void transfer_blindToALoggedInAgent_offersThemTheCall()
    {
        Desk ana = signIn(kAna, u"EXTENSION"_s, u"2101"_s);
        Desk kenji = signIn(kKenji, u"AGENT_DN"_s, u"+81312345678"_s);
        QVERIFY(ana.socket);
        QVERIFY(kenji.socket);
        const QString id = connectedCall(ana);
        QVERIFY(!id.isEmpty());
        const QString tracking =
                task(ana, id, u"transfer"_s,
                     {{u"to"_s, kenji.agentId}, {u"destinationType"_s, u"agent"_s}});
        QVERIFY(answered(ana, u"AgentBlindTransferred"_s, tracking));
        QVERIFY(answered(ana, u"AgentWrapup"_s, tracking));
        QCOMPARE(kenji.expect(u"AgentContactReserved"_s)[u"interactionId"_s].toString(), id);
        QCOMPARE(kenji.expect(u"AgentOfferContact"_s)[u"owner"_s].toString(), kenji.agentId);
        QCOMPARE(taskState(kKenji), u"offered"_s);
        QCOMPARE(control("POST", u"/_sim/cc/calls/%1/answer"_s.arg(id)).status, 200);
        QCOMPARE(interactionState(kenji.expect(u"AgentContactAssigned"_s)), u"connected"_s);
        QCOMPARE(taskOf(kAna)[u"role"_s].toString(), u"wrapUp"_s);
    }

    // --- end and wrap-up ---------------------------------------------------------------------

    void end_connected_contactEndedThenWrapup()
    {
        Desk ana = signIn(kAna, u"EXTENSION"_s, u"2101"_s);
        QVERIFY(ana.socket);
        const QString id = connectedCall(ana);
        QVERIFY(!id.isEmpty());
        const QString tracking = task(ana, id, u"end"_s);
        QJsonObject data;
        QVERIFY(answered(ana, u"ContactEnded"_s, tracking, &data));
        QCOMPARE(interactionState(data), u"wrapUp"_s);
        QCOMPARE(data[u"interaction"_s][u"isTerminated"_s].toBool(), true);
        QVERIFY(answered(ana, u"AgentWrapup"_s, tracking, &data));
        QCOMPARE(data[u"agentsPendingWrapUp"_s].toArray(), QJsonArray{ana.agentId});
        // Another call waits until the wrap-up is done.
        QCOMPARE(control("POST", u"/_sim/cc/calls"_s, {{u"email"_s, kAna}, {u"ani"_s, kCustomer}})
                         .status,
                 409);
        QVERIFY(answered(ana, u"AgentWrappedUp"_s,
                         task(ana, id, u"wrapup"_s,
                              {{u"wrapUpReason"_s, u"Resolved"_s}, {u"auxCodeId"_s, kResolved}})));
        QVERIFY(!offer(ana).isEmpty());
    }

    void wrapup_idleStateChosenDuringTheCall_staysIdle()
    {
        Desk ana = signIn(kAna, u"EXTENSION"_s, u"2101"_s);
        QVERIFY(ana.socket);
        const QString id = connectedCall(ana);
        QVERIFY(!id.isEmpty());
        QCOMPARE(call("PUT", u"/v1/agents/session/state"_s,
                      json({{u"state"_s, u"Idle"_s}, {u"auxCodeId"_s, kBreak}}), kAna)
                         .status,
                 202);
        QVERIFY(!ana.expect(u"AgentStateChangeSuccess"_s).isEmpty());
        QVERIFY(inWrapUp(ana, id));
        QVERIFY(answered(ana, u"AgentWrappedUp"_s,
                         task(ana, id, u"wrapup"_s,
                              {{u"wrapUpReason"_s, u"Resolved"_s}, {u"auxCodeId"_s, kResolved}})));
        const QJsonObject agent = m_sim->ccAgent(kAna);
        QCOMPARE(agent[u"state"_s].toString(), u"Idle"_s);
        QCOMPARE(agent[u"auxCodeId"_s].toString(), kBreak);
        QVERIFY(ana.quiet());
    }

    void wrapup_codeRefused_failsAndStaysInWrapUp_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("reason");
        QTest::newRow("an idle code") << kAna << kBreak << u"INVALID_AUX_CODE"_s;
        QTest::newRow("no such code")
                << kAna << u"5f0c1e8a-0000-4000-8000-000000000000"_s << u"INVALID_AUX_CODE"_s;
        QTest::newRow("not in the profile") << kKenji << kCallback << u"WRAP_UP_CODE_NOT_ALLOWED"_s;
    }

    void wrapup_codeRefused_failsAndStaysInWrapUp()
    {
        QFETCH(QString, user);
        QFETCH(QString, code);
        QFETCH(QString, reason);

        Desk desk = user == kAna ? signIn(kAna, u"EXTENSION"_s, u"2101"_s)
                                 : signIn(kKenji, u"EXTENSION"_s, u"3105"_s);
        QVERIFY(desk.socket);
        const QString id = connectedCall(desk);
        QVERIFY(!id.isEmpty());
        QVERIFY(inWrapUp(desk, id));
        QJsonObject data;
        QVERIFY(answered(desk, u"AgentWrapupFailed"_s,
                         task(desk, id, u"wrapup"_s,
                              {{u"wrapUpReason"_s, u"Done"_s}, {u"auxCodeId"_s, code}}),
                         &data));
        QCOMPARE(data[u"reason"_s].toString(), reason);
        QCOMPARE(taskState(user), u"wrapUp"_s);
    }

    // --- the customer hangs up ---------------------------------------------------------------

    void hangup_byTheCustomer_data()
    {
        QTest::addColumn<QString>("setup"); // offered | connected | held | consulting
        QTest::addColumn<QStringList>("events");
        QTest::newRow("while it rings") << u"offered"_s << QStringList{u"ContactEnded"_s};
        QTest::newRow("connected")
                << u"connected"_s << QStringList{u"ContactEnded"_s, u"AgentWrapup"_s};
        QTest::newRow("on hold") << u"held"_s << QStringList{u"ContactEnded"_s, u"AgentWrapup"_s};
        QTest::newRow("during a consult")
                << u"consulting"_s
                << QStringList{u"AgentConsultEnded"_s, u"ContactEnded"_s, u"AgentWrapup"_s};
    }

    void hangup_byTheCustomer()
    {
        QFETCH(QString, setup);
        QFETCH(QStringList, events);

        Desk ana = signIn(kAna, u"EXTENSION"_s, u"2101"_s);
        QVERIFY(ana.socket);
        const QString id = setup == u"offered"_s ? offer(ana) : connectedCall(ana);
        QVERIFY(!id.isEmpty());
        if (setup == u"held"_s) {
            QVERIFY(answered(ana, u"AgentContactHeld"_s,
                             task(ana, id, u"hold"_s, {{u"mediaResourceId"_s, id}})));
        } else if (setup == u"consulting"_s) {
            QVERIFY(answeredConsult(ana, id));
        }
        const auto reply = control("POST", u"/_sim/cc/calls/%1/hangup"_s.arg(id));
        QCOMPARE(reply.status, 200);
        QString trackingId;
        for (const QString &name : events) {
            const QJsonObject data = ana.expect(name);
            QVERIFY2(!data.isEmpty(), qPrintable(name));
            QCOMPARE(data[u"interactionId"_s].toString(), id);
            if (!trackingId.isEmpty()) {
                QCOMPARE(data[u"trackingId"_s].toString(), trackingId);
            }
            trackingId = data[u"trackingId"_s].toString();
            if (name == u"ContactEnded"_s) {
                QCOMPARE(participant(data, kCustomer)[u"hasLeft"_s].toBool(), true);
            }
        }
        if (setup == u"offered"_s) {
            QVERIFY(taskOf(kAna).isNull());
            QCOMPARE(control("POST", u"/_sim/cc/calls/%1/hangup"_s.arg(id)).status, 404);
        } else {
            QCOMPARE(taskState(kAna), u"wrapUp"_s);
            QCOMPARE(control("POST", u"/_sim/cc/calls/%1/hangup"_s.arg(id)).status, 409);
        }
        QVERIFY(ana.quiet());
    }

    void commands_callChangedBeforeTheOutcome_failWithTheReason()
    {
        // A slow contact center: the customer hangs up between a command's 202 and its outcome.
        Sim::Scenario slow = callScenario();
        slow.merge({{u"contactCenter"_s, QJsonObject{{u"eventDelayMs"_s, 300}}}});
        m_sim = std::make_unique<Test::SimFixture>(slow);
        Desk ana = signIn(kAna, u"EXTENSION"_s, u"2101"_s);
        QVERIFY(ana.socket);

        // Gone altogether: an offered call the customer gave up on.
        QString id = offer(ana);
        QVERIFY(!id.isEmpty());
        QString tracking = task(ana, id, u"accept"_s);
        QCOMPARE(control("POST", u"/_sim/cc/calls/%1/hangup"_s.arg(id)).status, 200);
        QVERIFY(!ana.expect(u"ContactEnded"_s).isEmpty());
        QJsonObject data;
        QVERIFY(answered(ana, u"AgentContactAssignFailed"_s, tracking, &data));
        QCOMPARE(data[u"reason"_s].toString(), u"TASK_NOT_FOUND"_s);
        QCOMPARE(data[u"interactionId"_s].toString(), id);

        // Still there, but in wrap-up now.
        id = connectedCall(ana);
        QVERIFY(!id.isEmpty());
        tracking = task(ana, id, u"hold"_s, {{u"mediaResourceId"_s, id}});
        QCOMPARE(control("POST", u"/_sim/cc/calls/%1/hangup"_s.arg(id)).status, 200);
        QVERIFY(!ana.expect(u"ContactEnded"_s).isEmpty());
        QVERIFY(!ana.expect(u"AgentWrapup"_s).isEmpty());
        QVERIFY(answered(ana, u"AgentContactHoldFailed"_s, tracking, &data));
        QCOMPARE(data[u"reason"_s].toString(), u"INVALID_TASK_STATE"_s);
        QCOMPARE(interactionState(data), u"wrapUp"_s);
    }

    // --- injected failures -------------------------------------------------------------------

    void taskFailures_eachAction_failedEventInsteadOfSuccess_data()
    {
        // offered | connected | held | consulting | queueRinging | conferenced | wrapUp
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("failed");
        QTest::addColumn<QString>("success");

        const QJsonObject main{{u"mediaResourceId"_s, u"MAIN"_s}};
        const QJsonObject expert{{u"to"_s, kExpert}, {u"destinationType"_s, u"dialNumber"_s}};
        QTest::newRow("accept") << u"offered"_s << u"accept"_s << QJsonObject{}
                                << u"AgentContactAssignFailed"_s << u"AgentContactAssigned"_s;
        QTest::newRow("hold") << u"connected"_s << u"hold"_s << main << u"AgentContactHoldFailed"_s
                              << u"AgentContactHeld"_s;
        QTest::newRow("unhold") << u"held"_s << u"unhold"_s << main << u"AgentContactUnHoldFailed"_s
                                << u"AgentContactUnheld"_s;
        QTest::newRow("consult") << u"connected"_s << u"consult"_s << expert
                                 << u"AgentConsultFailed"_s << u"AgentConsultCreated"_s;
        QTest::newRow("consult to a queue")
                << u"connected"_s << u"consult"_s
                << QJsonObject{{u"to"_s, kBilling}, {u"destinationType"_s, u"queue"_s}}
                << u"AgentCtqFailed"_s << u"AgentConsultCreated"_s;
        QTest::newRow("consult end") << u"consulting"_s << u"consult/end"_s << QJsonObject{}
                                     << u"AgentConsultEndFailed"_s << u"AgentConsultEnded"_s;
        QTest::newRow("cancel a queue consult")
                << u"queueRinging"_s << u"consult/end"_s << QJsonObject{{u"queueId"_s, kBilling}}
                << u"AgentCtqCancelFailed"_s << u"AgentCtqCancelled"_s;
        QTest::newRow("end the consult of a conference")
                << u"conferenced"_s << u"consult/end"_s << QJsonObject{}
                << u"AgentConsultConferenceEndFailed"_s << u"AgentConsultConferenceEnded"_s;
        QTest::newRow("consult transfer")
                << u"consulting"_s << u"consult/transfer"_s << expert
                << u"AgentConsultTransferFailed"_s << u"AgentConsultTransferred"_s;
        QTest::newRow("consult conference")
                << u"consulting"_s << u"consult/conference"_s << expert
                << u"AgentConsultConferenceFailed"_s << u"AgentConsultConferenced"_s;
        QTest::newRow("blind transfer")
                << u"connected"_s << u"transfer"_s << expert << u"AgentBlindTransferFailed"_s
                << u"AgentBlindTransferred"_s;
        QTest::newRow("transfer to a queue")
                << u"connected"_s << u"transfer"_s
                << QJsonObject{{u"to"_s, kBilling}, {u"destinationType"_s, u"queue"_s}}
                << u"AgentVteamTransferFailed"_s << u"AgentVteamTransferred"_s;
        QTest::newRow("end") << u"connected"_s << u"end"_s << QJsonObject{}
                             << u"AgentContactEndFailed"_s << u"ContactEnded"_s;
        QTest::newRow("wrap-up") << u"wrapUp"_s << u"wrapup"_s
                                 << QJsonObject{{u"wrapUpReason"_s, u"Resolved"_s},
                                                {u"auxCodeId"_s, kResolved}}
                                 << u"AgentWrapupFailed"_s << u"AgentWrappedUp"_s;
    }

    void taskFailures_eachAction_failedEventInsteadOfSuccess()
    {
        QFETCH(QString, setup);
        QFETCH(QString, action);
        QFETCH(QJsonObject, body);
        QFETCH(QString, failed);
        QFETCH(QString, success);

        Desk ana = signIn(kAna, u"EXTENSION"_s, u"2101"_s);
        QVERIFY(ana.socket);
        const QString id =
                setup == u"offered"_s ? offer(ana, {{u"ronaSeconds"_s, 60}}) : connectedCall(ana);
        QVERIFY(!id.isEmpty());
        if (setup == u"held"_s) {
            QVERIFY(answered(ana, u"AgentContactHeld"_s,
                             task(ana, id, u"hold"_s, {{u"mediaResourceId"_s, id}})));
        } else if (setup == u"consulting"_s) {
            QVERIFY(answeredConsult(ana, id));
        } else if (setup == u"queueRinging"_s) {
            control("POST", u"/_sim/cc/consult-outcomes"_s,
                    {{u"to"_s, kBilling}, {u"outcome"_s, u"noAnswer"_s}, {u"delayMs"_s, 60000}});
            QVERIFY(answered(ana, u"AgentConsultCreated"_s,
                             task(ana, id, u"consult"_s,
                                  {{u"to"_s, kBilling}, {u"destinationType"_s, u"queue"_s}})));
        } else if (setup == u"conferenced"_s) {
            QVERIFY(answeredConsult(ana, id));
            QVERIFY(answered(ana, u"AgentConsultConferenced"_s,
                             task(ana, id, u"consult/conference"_s, {{u"to"_s, kExpert}})));
        } else if (setup == u"wrapUp"_s) {
            QVERIFY(inWrapUp(ana, id));
        }
        if (body.contains(u"mediaResourceId"_s)) {
            body.insert(u"mediaResourceId"_s, id);
        }
        const auto injected = control("POST", u"/_sim/cc/task-failures"_s,
                                      {{u"action"_s, action},
                                       {u"reason"_s, u"MEDIA_SERVER_ERROR"_s},
                                       {u"email"_s, kAna}});
        QCOMPARE(injected.status, 200);
        QCOMPARE(injected.json()[u"failures"_s].toArray().size(), 1);
        const QString before = taskState(kAna);

        QJsonObject data;
        QVERIFY(answered(ana, failed, task(ana, id, action, body), &data));
        QCOMPARE(data[u"reason"_s].toString(), u"MEDIA_SERVER_ERROR"_s);
        QCOMPARE(data[u"interactionId"_s].toString(), id);
        QVERIFY(data.contains(u"interaction"_s));
        QCOMPARE(taskState(kAna), before);
        QVERIFY(control("GET", u"/_sim/cc/task-failures"_s)
                        .json()[u"failures"_s]
                        .toArray()
                        .isEmpty());

        // Used up: the same command now succeeds.
        QVERIFY(answered(ana, success, task(ana, id, action, body)));
    }

    void taskFailures_forOneAgentOrCount_andControlErrors()
    {
        Desk ana = signIn(kAna, u"EXTENSION"_s, u"2101"_s);
        QVERIFY(ana.socket);
        const QString id = connectedCall(ana);
        QVERIFY(!id.isEmpty());
        // Meant for Kenji: Ana's hold goes through.
        QCOMPARE(control("POST", u"/_sim/cc/task-failures"_s,
                         {{u"action"_s, u"hold"_s}, {u"email"_s, kKenji}})
                         .status,
                 200);
        QVERIFY(answered(ana, u"AgentContactHeld"_s,
                         task(ana, id, u"hold"_s, {{u"mediaResourceId"_s, id}})));
        // Twice, with the default reason.
        QCOMPARE(control("POST", u"/_sim/cc/task-failures"_s,
                         {{u"action"_s, u"unhold"_s}, {u"count"_s, 2}})
                         .status,
                 200);
        for (int i = 0; i < 2; ++i) {
            QJsonObject data;
            QVERIFY(answered(ana, u"AgentContactUnHoldFailed"_s,
                             task(ana, id, u"unhold"_s, {{u"mediaResourceId"_s, id}}), &data));
            QCOMPARE(data[u"reason"_s].toString(), u"SIMULATED_FAILURE"_s);
        }
        QVERIFY(answered(ana, u"AgentContactUnheld"_s,
                         task(ana, id, u"unhold"_s, {{u"mediaResourceId"_s, id}})));
        QCOMPARE(control("GET", u"/_sim/cc/task-failures"_s).json()[u"failures"_s].toArray().size(),
                 1);
        QVERIFY(control("DELETE", u"/_sim/cc/task-failures"_s)
                        .json()[u"failures"_s]
                        .toArray()
                        .isEmpty());

        QCOMPARE(control("POST", u"/_sim/cc/task-failures"_s, {{u"action"_s, u"dance"_s}}).status,
                 400);
        QCOMPARE(control("POST", u"/_sim/cc/task-failures"_s,
                         {{u"action"_s, u"end"_s}, {u"count"_s, 0}})
                         .status,
                 400);
        QCOMPARE(control("POST", u"/_sim/cc/task-failures"_s,
                         {{u"action"_s, u"end"_s}, {u"email"_s, u"nobody@fabrikam.example"_s}})
                         .status,
                 404);
    }

    void taskFailures_lost_acceptsWithoutAnyEvent()
    {
        Desk ana = signIn(kAna, u"EXTENSION"_s, u"2101"_s);
        QVERIFY(ana.socket);
        const QString id = connectedCall(ana);
        QVERIFY(!id.isEmpty());
        QCOMPARE(control("POST", u"/_sim/cc/task-failures"_s,
                         {{u"action"_s, u"hold"_s}, {u"lost"_s, true}})
                         .json()[u"failures"_s][0][u"lost"_s],
                 QJsonValue(true));
        QVERIFY(!task(ana, id, u"hold"_s, {{u"mediaResourceId"_s, id}}).isEmpty()); // 202
        // Neither the success nor the failure event comes; the call did not change.
        QVERIFY(ana.next(300).isEmpty());
        QCOMPARE(taskState(kAna), u"connected"_s);
        // Used up: the next hold goes through.
        QVERIFY(answered(ana, u"AgentContactHeld"_s,
                         task(ana, id, u"hold"_s, {{u"mediaResourceId"_s, id}})));
        QCOMPARE(control("POST", u"/_sim/cc/task-failures"_s,
                         {{u"action"_s, u"end"_s}, {u"lost"_s, u"yes"_s}})
                         .status,
                 400);
    }

    void outdial_placesAnOutboundCall_andRefusesBadBodies()
    {
        Desk ana = signIn(kAna, u"EXTENSION"_s, u"2101"_s, false); // outdial needs no Available
        QVERIFY(ana.socket);
        const QString entryPoint = firstTeamProfile(kAna)[u"outdialEntryPointId"_s].toString();
        QVERIFY(!entryPoint.isEmpty());
        const QJsonObject body{{u"entryPointId"_s, entryPoint},  {u"destination"_s, kExpert},
                               {u"direction"_s, u"OUTBOUND"_s},  {u"attributes"_s, QJsonObject{}},
                               {u"mediaType"_s, u"telephony"_s}, {u"outboundType"_s, u"OUTDIAL"_s}};
        const auto with = [&body](const QString &key, const QJsonValue &value) {
            QJsonObject changed = body;
            changed.insert(key, value);
            return json(changed);
        };
        for (const QByteArray &bad :
             {with(u"entryPointId"_s, u"another-entry-point"_s), with(u"destination"_s, u""_s),
              with(u"direction"_s, u"INBOUND"_s), with(u"outboundType"_s, u"CAMPAIGN"_s),
              with(u"attributes"_s, u"none"_s), QByteArray("[]")}) {
            QCOMPARE(call("POST", u"/v1/tasks"_s, bad, kAna).status, 400);
        }
        QVERIFY(ana.quiet());

        const auto placed = call("POST", u"/v1/tasks"_s, json(body), kAna);
        QCOMPARE(placed.status, 202);
        QJsonObject offered = ana.expect(u"AgentContactReserved"_s);
        QCOMPARE(offered[u"interaction"_s][u"contactDirection"_s][u"type"_s].toString(),
                 u"OUTBOUND"_s);
        QCOMPARE(offered[u"interaction"_s][u"outboundType"_s].toString(), u"OUTDIAL"_s);
        QCOMPARE(offered[u"interaction"_s][u"callAssociatedDetails"_s][u"dn"_s].toString(),
                 kExpert);
        QVERIFY(!ana.expect(u"AgentOfferContact"_s).isEmpty());
        QVERIFY(!ana.expect(u"AgentContactAssigned"_s).isEmpty());
        QCOMPARE(taskState(kAna), u"connected"_s);

        // On a call already: the next one is refused by event.
        QCOMPARE(call("POST", u"/v1/tasks"_s, json(body), kAna).status, 202);
        QCOMPARE(ana.expect(u"AgentOutboundFailed"_s)[u"reason"_s].toString(), u"AGENT_BUSY"_s);
        const QString id = taskOf(kAna)[u"interactionId"_s].toString();
        QVERIFY(!task(ana, id, u"end"_s).isEmpty());
        QVERIFY(!ana.expect(u"ContactEnded"_s).isEmpty());
        QVERIFY(!ana.expect(u"AgentWrapup"_s).isEmpty());

        QCOMPARE(call("POST", u"/v1/tasks"_s, with(u"destination"_s, u"12"_s), kAna).status, 202);
        QCOMPARE(ana.expect(u"AgentOutboundFailed"_s)[u"reason"_s].toString(),
                 u"INVALID_DIAL_NUMBER"_s);
    }

    void consultOutcomes_control_listsReplacesAndRemoves()
    {
        const auto set = [this](const QJsonObject &body) {
            return control("POST", u"/_sim/cc/consult-outcomes"_s, body);
        };
        QCOMPARE(set({{u"to"_s, kExpert}, {u"outcome"_s, u"busy"_s}}).status, 200);
        QCOMPARE(set({{u"to"_s, kExpert}, {u"outcome"_s, u"noAnswer"_s}, {u"delayMs"_s, 5}}).status,
                 200);
        QCOMPARE(set({{u"to"_s, u"*"_s}, {u"outcome"_s, u"answer"_s}, {u"delayMs"_s, 5}}).status,
                 200);
        const QJsonArray outcomes =
                control("GET", u"/_sim/cc/consult-outcomes"_s).json()[u"outcomes"_s].toArray();
        QCOMPARE(outcomes.size(), 2);
        QCOMPARE(outcomes[0][u"to"_s].toString(), kExpert);
        QCOMPARE(outcomes[0][u"outcome"_s].toString(), u"noAnswer"_s);
        QCOMPARE(outcomes[0][u"delayMs"_s].toInt(), 5);

        QCOMPARE(set({{u"to"_s, kExpert}, {u"outcome"_s, u"maybe"_s}}).status, 400);
        QCOMPARE(set({{u"outcome"_s, u"busy"_s}}).status, 400);
        QCOMPARE(set({{u"to"_s, kExpert}, {u"outcome"_s, u"busy"_s}, {u"delayMs"_s, -1}}).status,
                 400);
        QCOMPARE(
                control("DELETE", u"/_sim/cc/consult-outcomes"_s, {{u"to"_s, u"+1 415 555 0199"_s}})
                        .json()[u"outcomes"_s]
                        .toArray()
                        .size(),
                1);
        QCOMPARE(control("DELETE", u"/_sim/cc/consult-outcomes"_s, {{u"to"_s, kExpert}}).status,
                 404);

        // The "*" outcome answers every destination not listed.
        Desk ana = signIn(kAna, u"EXTENSION"_s, u"2101"_s);
        QVERIFY(ana.socket);
        const QString id = connectedCall(ana);
        QVERIFY(!id.isEmpty());
        QVERIFY(answered(
                ana, u"AgentConsultCreated"_s,
                task(ana, id, u"consult"_s,
                     {{u"to"_s, u"+14155550155"_s}, {u"destinationType"_s, u"dialNumber"_s}})));
        QVERIFY(!ana.expect(u"AgentConsulting"_s).isEmpty());
        QVERIFY(control("DELETE", u"/_sim/cc/consult-outcomes"_s)
                        .json()[u"outcomes"_s]
                        .toArray()
                        .isEmpty());
    }

    // --- reconnecting ------------------------------------------------------------------------

    void socketDrop_midConsult_callSurvivesAndReloadRehydratesIt()
    {
        Desk ana = signIn(kAna, u"EXTENSION"_s, u"2101"_s);
        QVERIFY(ana.socket);
        const QString id = connectedCall(ana);
        QVERIFY(!id.isEmpty());
        control("POST", u"/_sim/cc/consult-outcomes"_s,
                {{u"to"_s, kExpert}, {u"outcome"_s, u"answer"_s}, {u"delayMs"_s, 300}});
        const QString tracking =
                task(ana, id, u"consult"_s,
                     {{u"to"_s, kExpert}, {u"destinationType"_s, u"dialNumber"_s}});
        QVERIFY(answered(ana, u"AgentConsultCreated"_s, tracking));

        // The connection drops before the expert answers; the answer goes nowhere.
        QCOMPARE(control("POST", u"/_sim/cc/drop-sockets"_s, {{u"email"_s, kAna}})
                         .json()[u"dropped"_s]
                         .toInt(),
                 1);
        QTRY_VERIFY(ana.socket->closed);
        QTRY_VERIFY(taskOf(kAna)[u"consult"_s][u"answered"_s].toBool());
        QCOMPARE(taskState(kAna), u"consulting"_s);

        // The desk comes back: subscribe, reload.
        const auto subscribed = call("POST", u"/v1/notification/subscribe"_s, "{}", kAna);
        QCOMPARE(subscribed.status, 200);
        ana.socket = std::make_unique<NotificationSocket>(
                QUrl(subscribed.json()[u"webSocketUrl"_s].toString()));
        ana.seen = 0;
        QCOMPARE(ana.next()[u"type"_s].toString(), u"Welcome"_s);
        const auto reloaded = call("POST", u"/v1/agents/reload"_s, {}, kAna);
        QCOMPARE(reloaded.status, 202);
        const QString reloadTracking = reloaded.json()[u"trackingId"_s].toString();
        const QJsonObject relogin = ana.next();
        QCOMPARE(relogin[u"type"_s].toString(), u"AgentReloginSuccess"_s);
        QCOMPARE(relogin[u"data"_s][u"interactionIds"_s].toArray(), QJsonArray{id});
        QJsonObject contact;
        QVERIFY(answered(ana, u"AgentContact"_s, reloadTracking, &contact));
        QCOMPARE(interactionState(contact), u"consulting"_s);
        QVERIFY(!contact[u"consultMediaResourceId"_s].toString().isEmpty());
        QCOMPARE(participant(contact, kExpert)[u"hasJoined"_s].toBool(), true);
        QCOMPARE(media(contact, id)[u"isHold"_s].toBool(), true);

        // And the call goes on from there.
        QVERIFY(answered(ana, u"AgentConsultTransferred"_s,
                         task(ana, id, u"consult/transfer"_s,
                              {{u"to"_s, kExpert}, {u"destinationType"_s, u"dialNumber"_s}})));
    }

    void reload_inWrapUp_rehydratesTheWrapUp()
    {
        Desk ana = signIn(kAna, u"EXTENSION"_s, u"2101"_s);
        QVERIFY(ana.socket);
        const QString id = connectedCall(ana);
        QVERIFY(!id.isEmpty());
        QVERIFY(inWrapUp(ana, id));
        const auto reloaded = call("POST", u"/v1/agents/reload"_s, {}, kAna);
        QCOMPARE(reloaded.status, 202);
        QCOMPARE(ana.next()[u"type"_s].toString(), u"AgentReloginSuccess"_s);
        QJsonObject contact;
        QVERIFY(answered(ana, u"AgentContact"_s, reloaded.json()[u"trackingId"_s].toString(),
                         &contact));
        QCOMPARE(interactionState(contact), u"wrapUp"_s);
        QCOMPARE(contact[u"wrapUpRequired"_s].toBool(), true);
        QCOMPARE(participant(contact, ana.agentId)[u"isWrapUp"_s].toBool(), true);
    }

    void logout_duringACall_leavesIt()
    {
        Desk ana = signIn(kAna, u"EXTENSION"_s, u"2101"_s);
        QVERIFY(ana.socket);
        const QString id = connectedCall(ana);
        QVERIFY(!id.isEmpty());
        QCOMPARE(call("PUT", u"/v1/agents/logout"_s, json({{u"logoutReason"_s, u"done"_s}}), kAna)
                         .status,
                 202);
        QVERIFY(!ana.expect(u"AgentLogoutSuccess"_s).isEmpty());
        QVERIFY(control("GET", u"/_sim/cc/calls"_s).json()[u"calls"_s].toArray().isEmpty());
        QCOMPARE(call("POST", u"/v1/tasks/%1/end"_s.arg(id), {}, kAna).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestSimCalls)
#include "tst_simcalls.moc"
