// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The task commands and the task-event reader: each command's path, body and events; the
// commands sent through ContactCenterClient to the simulator over loopback, with what the
// simulator logged; the simulator's real events read into Core::CallEvent (caller, queue,
// hold flag, consulted party, wrap-up, the reload's picture); and the reader's validation.
#include "cctestkit.h"

#include <cc/commandtracker.h>
#include <cc/contactcenterclient.h>
#include <cc/notificationchannel.h>
#include <cc/taskcommands.h>
#include <cc/taskevents.h>

#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace AgentDesk;
using Cc::CcEvent;
using Cc::TaskCommands;
using Core::CallCommand;
using Core::CallEvent;

Q_DECLARE_METATYPE(AgentDesk::Cc::CcCommand)

namespace {

const QString kAna = u"ana.souza@contoso.example"_s;
const QString kCustomer = u"+14155550123"_s;
const QString kExpert = u"+14155550199"_s;
const QString kBilling = u"9d6c3f0e-2a41-4b7e-8c55-1e0f4a7b2d90"_s;
const QString kResolved = u"b08f96e5-89cb-4639-9461-838bfc2e9562"_s; // a wrap-up code
const QString kOrgId = u"b3a8f9e2-61d4-4c2b-8e7f-5a9d0c1e2f34"_s;

Sim::Scenario callScenario()
{
    Sim::Scenario scenario = Sim::Scenario::defaults();
    scenario.merge(QJsonObject{
            {u"contactCenter"_s,
             QJsonObject{{u"queues"_s, QJsonArray{QJsonObject{{u"id"_s, kBilling},
                                                              {u"name"_s, u"Billing"_s},
                                                              {u"channelType"_s, u"telephony"_s}}}},
                         {u"eventDelayMs"_s, 5},
                         {u"consultAnswerDelayMs"_s, 50}}}});
    return scenario;
}

// An agent's desktop, wired as the session wires it, keeping every event it receives.
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
        QObject::connect(&channel, &Cc::NotificationChannel::eventReceived, &channel,
                         [this](const CcEvent &event) { events.append(event); });
    }

    // Open, logged in on a dial number, Available: ready to be offered calls.
    bool ready()
    {
        channel.open();
        if (!QTest::qWaitFor([this] { return channel.isOpen(); }, 10'000)) {
            return false;
        }
        std::optional<Core::DesktopProfile> profile;
        QObject context;
        client.fetchDesktopProfile(kOrgId, ciUserId, &context,
                                   [&profile](const Cc::CcResult<Core::DesktopProfile> &r) {
                                       if (r.ok()) {
                                           profile = r.value();
                                       }
                                   });
        if (!QTest::qWaitFor([&profile] { return profile.has_value(); }, 10'000)) {
            return false;
        }
        Core::InteractionPreferences form;
        form.device = Core::VoiceDevice::DialNumber;
        form.dialNumber = profile->defaultDialNumber;
        form.normalizedDialNumber = profile->defaultDialNumber;
        form.teamId = profile->teams.first().id;
        return command([&](Cc::CommandTracker::Callback done) {
                   return client.stationLogin(form, agentId, &channel, std::move(done));
               }) &&
               command([&](Cc::CommandTracker::Callback done) {
                   return client.setState({}, {}, &channel, std::move(done));
               });
    }

    template<typename Send>
    bool command(Send send)
    {
        std::optional<Cc::CommandOutcome> outcome;
        if (!send([&outcome](const Cc::CommandOutcome &o) { outcome = o; })) {
            return false;
        }
        (void)QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 25'000);
        return outcome && outcome->isSuccess();
    }

    // The REST answer of a task command: the tracking id, or the error.
    std::optional<Cc::CcResult<QString>> send(const Cc::CcCommand &command)
    {
        std::optional<Cc::CcResult<QString>> answer;
        client.sendTaskCommand(command, &channel,
                               [&answer](const Cc::CcResult<QString> &r) { answer = r; });
        (void)QTest::qWaitFor([&answer] { return answer.has_value(); }, 10'000);
        return answer;
    }

    // The first event named `name` from `seen` on, waiting for it; `seen` moves past it.
    std::optional<CcEvent> next(const QString &name)
    {
        std::optional<CcEvent> found;
        (void)QTest::qWaitFor(
                [&] {
                    for (; seen < events.size(); ++seen) {
                        if (events.at(seen).name == name) {
                            found = events.at(seen++);
                            return true;
                        }
                    }
                    return false;
                },
                10'000);
        return found;
    }

    std::unique_ptr<Test::FakeTokenProvider> tokens;
    Cc::NotificationChannel channel;
    Cc::CommandTracker tracker;
    Cc::ContactCenterClient client;
    QString agentId;
    QString ciUserId;
    QList<CcEvent> events;
    qsizetype seen = 0;
};

CcEvent taskEvent(const QString &name, const QJsonObject &data)
{
    CcEvent event;
    event.category = u"RoutingMessage"_s;
    event.name = name;
    event.data = data;
    event.agentId = data.value(u"agentId"_s).toString();
    return event;
}

} // namespace

class TestCcTasks final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::CcTestKit> m_kit;
    std::unique_ptr<Desk> m_desk;

    // Offers a call to Ana and returns its interaction id.
    QString offer()
    {
        const auto reply = m_kit->sim().wire().postJson(
                m_kit->sim().url(u"/_sim/cc/calls"_s),
                QJsonDocument(QJsonObject{
                        {u"email"_s, kAna}, {u"ani"_s, kCustomer}, {u"queue"_s, u"Billing"_s}}));
        return reply.json().object().value(u"interactionId"_s).toString();
    }

    const TaskCommands &tasks() const { return m_desk->client.taskCommands(); }

    // The last task command the simulator logged: its path and JSON body.
    std::pair<QString, QJsonObject> lastLogged()
    {
        const QJsonArray log = m_kit->sim().requestsTo(u"^/v1/tasks"_s);
        if (log.isEmpty()) {
            return {};
        }
        return {log.last().toObject().value(u"path"_s).toString(),
                Test::CcTestKit::loggedBody(log.last())};
    }

private Q_SLOTS:
    void init()
    {
        m_kit = std::make_unique<Test::CcTestKit>(callScenario());
        m_desk = std::make_unique<Desk>(*m_kit, kAna);
        QVERIFY(m_desk->ready());
    }
    void cleanup()
    {
        m_desk.reset();
        m_kit.reset();
    }

    void commands_eachAction_hasThePathBodyAndEventsOfTheApi_data()
    {
        QTest::addColumn<Cc::CcCommand>("command");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("success");
        QTest::addColumn<QString>("failure");

        const TaskCommands commands(QUrl(u"https://api.example/cc"_s), nullptr);
        const QString id = u"i/1"_s; // a '/' stays inside its segment
        const QString base = u"/cc/v1/tasks/i%2F1/"_s;
        const QJsonObject toExpert{{u"to"_s, kExpert}, {u"destinationType"_s, u"dialNumber"_s}};
        QJsonObject consult = toExpert;
        consult.insert(u"holdParticipants"_s, true);
        QTest::newRow("accept") << commands.accept(id) << base + u"accept"_s << QJsonObject{}
                                << u"AgentContactAssigned"_s << u"AgentContactAssignFailed"_s;
        QTest::newRow("hold") << commands.hold(id, u"m-1"_s) << base + u"hold"_s
                              << QJsonObject{{u"mediaResourceId"_s, u"m-1"_s}}
                              << u"AgentContactHeld"_s << u"AgentContactHoldFailed"_s;
        QTest::newRow("unhold") << commands.unhold(id, u"m-1"_s) << base + u"unhold"_s
                                << QJsonObject{{u"mediaResourceId"_s, u"m-1"_s}}
                                << u"AgentContactUnheld"_s << u"AgentContactUnHoldFailed"_s;
        QTest::newRow("consult") << commands.consult(id, kExpert, u"dialNumber"_s)
                                 << base + u"consult"_s << consult << u"AgentConsultCreated"_s
                                 << u"AgentCtqFailed"_s;
        QTest::newRow("consult/end")
                << commands.consultEnd(id) << base + u"consult/end"_s << QJsonObject{}
                << u"AgentCtqCancelled"_s << u"AgentConsultConferenceEndFailed"_s;
        QTest::newRow("consult/transfer")
                << commands.consultTransfer(id, kExpert, u"dialNumber"_s)
                << base + u"consult/transfer"_s << toExpert << u"AgentConsultTransferring"_s
                << u"AgentConsultTransferFailed"_s;
        QTest::newRow("consult/conference")
                << commands.consultConference(id, kExpert, u"dialNumber"_s)
                << base + u"consult/conference"_s << toExpert << u"AgentConsultConferenced"_s
                << u"AgentConsultConferenceFailed"_s;
        QTest::newRow("transfer") << commands.transfer(id, kBilling, u"queue"_s)
                                  << base + u"transfer"_s
                                  << QJsonObject{{u"to"_s, kBilling},
                                                 {u"destinationType"_s, u"queue"_s}}
                                  << u"AgentVteamTransferred"_s << u"AgentVteamTransferFailed"_s;
        QTest::newRow("end") << commands.end(id) << base + u"end"_s << QJsonObject{}
                             << u"AgentWrapup"_s << u"AgentContactEndFailed"_s;
        QTest::newRow("wrapup, reason cut to 128")
                << commands.wrapUp(id, QString(200, u'x'), kResolved) << base + u"wrapup"_s
                << QJsonObject{{u"wrapUpReason"_s, QString(128, u'x')}, {u"auxCodeId"_s, kResolved}}
                << u"AgentWrappedUp"_s << u"AgentWrapupFailed"_s;
        QTest::newRow("outdial")
                << commands.outdial(u"ep-1"_s, kCustomer, u"+18005550100"_s) << u"/cc/v1/tasks"_s
                << QJsonObject{{u"entryPointId"_s, u"ep-1"_s},   {u"destination"_s, kCustomer},
                               {u"direction"_s, u"OUTBOUND"_s},  {u"origin"_s, u"+18005550100"_s},
                               {u"attributes"_s, QJsonObject{}}, {u"mediaType"_s, u"telephony"_s},
                               {u"outboundType"_s, u"OUTDIAL"_s}}
                << u"AgentOfferContact"_s << u"AgentOutboundFailed"_s;
    }
    void commands_eachAction_hasThePathBodyAndEventsOfTheApi()
    {
        QFETCH(Cc::CcCommand, command);
        QFETCH(QString, path);
        QFETCH(QJsonObject, body);
        QFETCH(QString, success);
        QFETCH(QString, failure);

        QCOMPARE(command.request.method(), QByteArray("POST"));
        QCOMPARE(command.request.url().path(QUrl::FullyEncoded), path);
        QCOMPARE(QJsonDocument::fromJson(command.request.body()).object(), body);
        QVERIFY2(command.successEvents.contains(success), qPrintable(success));
        QVERIFY2(command.failureEvents.contains(failure), qPrintable(failure));
        // One command per call in flight; an outdial has no call yet.
        QCOMPARE(command.key, path.endsWith(u"/v1/tasks"_s) ? TaskCommands::outdialKey()
                                                            : TaskCommands::key(u"i/1"_s));
    }

    void forCall_resume_actsOnTheLegTheSessionNames()
    {
        const TaskCommands commands(QUrl(u"https://api.example"_s), nullptr);
        const TaskCommands::Media media{u"m-main"_s, u"m-consult"_s};
        CallCommand resume = CallCommand::resume();
        const auto bodyOf = [&](const CallCommand &c) {
            return QJsonDocument::fromJson(commands.forCall(u"i-1"_s, c, media).request.body())
                    .object()
                    .value(u"mediaResourceId"_s)
                    .toString();
        };
        QCOMPARE(bodyOf(resume), u"m-main"_s);
        resume.leg = CallCommand::Leg::Consult;
        QCOMPARE(bodyOf(resume), u"m-consult"_s);
        QCOMPARE(bodyOf(CallCommand::hold()), u"m-main"_s);
        const Cc::CcCommand wrap =
                commands.forCall(u"i-1"_s, CallCommand::wrapUp(kResolved, u"Resolved"_s), media);
        QCOMPARE(QJsonDocument::fromJson(wrap.request.body()).object(),
                 (QJsonObject{{u"wrapUpReason"_s, u"Resolved"_s}, {u"auxCodeId"_s, kResolved}}));
    }

    void offer_readsCallerQueueAndMedia()
    {
        const QString id = offer();
        QVERIFY(!id.isEmpty());
        const std::optional<CcEvent> reserved = m_desk->next(u"AgentContactReserved"_s);
        QVERIFY(reserved);
        QVERIFY(Cc::TaskEvents::isTaskEvent(*reserved));
        QVERIFY(!Cc::TaskEvents::isForConsultedAgent(*reserved));
        const std::optional<CallEvent> call = Cc::TaskEvents::read(*reserved);
        QVERIFY(call);
        QCOMPARE(call->kind(), CallEvent::Kind::Offered);
        QCOMPARE(call->interactionId, id);
        QCOMPARE(call->callerNumber, kCustomer);
        QCOMPARE(call->queueName, u"Billing"_s);
        QCOMPARE(call->mediaResourceId, id);
        QVERIFY(call->consultMediaResourceId.isEmpty());
        QCOMPARE(call->customerHeld, std::optional<bool>(false));
        QVERIFY(!call->wrapUpRequired);
    }

    void sendTaskCommand_flow_sendsTheApiBodiesAndTheEventsRead()
    {
        const QString id = offer();
        QVERIFY(m_desk->next(u"AgentOfferContact"_s));

        const std::optional<Cc::CcResult<QString>> accepted = m_desk->send(tasks().accept(id));
        QVERIFY(accepted && accepted->ok());
        QVERIFY(accepted->value().startsWith(u"AgentDesk_"_s)); // our TrackingID echoed
        QCOMPARE(lastLogged().first, u"/v1/tasks/%1/accept"_s.arg(id));
        const std::optional<CcEvent> assigned = m_desk->next(u"AgentContactAssigned"_s);
        QVERIFY(assigned);
        QCOMPARE(assigned->trackingId, accepted->value());
        const std::optional<CallEvent> connected = Cc::TaskEvents::read(*assigned);
        QVERIFY(connected);
        QVERIFY(connected->connectedAt.isValid());

        QVERIFY(m_desk->send(tasks().hold(id, id))->ok());
        QCOMPARE(lastLogged().second, (QJsonObject{{u"mediaResourceId"_s, id}}));
        const std::optional<CallEvent> held =
                Cc::TaskEvents::read(*m_desk->next(u"AgentContactHeld"_s));
        QVERIFY(held);
        QCOMPARE(held->customerHeld, std::optional<bool>(true));
        QVERIFY(!held->isConsultLeg());
        QVERIFY(m_desk->send(tasks().unhold(id, id))->ok());
        QCOMPARE(Cc::TaskEvents::read(*m_desk->next(u"AgentContactUnheld"_s))->customerHeld,
                 std::optional<bool>(false));

        // A consult to a number: the consulted party is the number, the customer is held.
        QVERIFY(m_desk->send(tasks().consult(id, kExpert, u"dialNumber"_s))->ok());
        QCOMPARE(lastLogged().second, (QJsonObject{{u"to"_s, kExpert},
                                                   {u"destinationType"_s, u"dialNumber"_s},
                                                   {u"holdParticipants"_s, true}}));
        const std::optional<CallEvent> created =
                Cc::TaskEvents::read(*m_desk->next(u"AgentConsultCreated"_s));
        QVERIFY(created);
        QVERIFY(!created->consultMediaResourceId.isEmpty());
        QCOMPARE(created->destination, kExpert);
        QCOMPARE(created->destinationType, u"dialNumber"_s);
        QCOMPARE(created->customerHeld, std::optional<bool>(true));
        QVERIFY(created->consultStartedAt.isValid());
        const std::optional<CallEvent> consulting =
                Cc::TaskEvents::read(*m_desk->next(u"AgentConsulting"_s));
        QVERIFY(consulting);
        QCOMPARE(consulting->destination, kExpert);

        QVERIFY(m_desk->send(tasks().consultConference(id, kExpert, u"dialNumber"_s))->ok());
        QVERIFY(m_desk->next(u"AgentConsultConferenced"_s));
        QVERIFY(m_desk->send(tasks().end(id))->ok());
        QCOMPARE(lastLogged().second, QJsonObject{});
        const std::optional<CallEvent> ended =
                Cc::TaskEvents::read(*m_desk->next(u"ContactEnded"_s));
        QVERIFY(ended);
        QVERIFY(ended->wrapUpRequired);
        QVERIFY(m_desk->next(u"AgentWrapup"_s));
        QVERIFY(m_desk->send(tasks().wrapUp(id, u"Resolved"_s, kResolved))->ok());
        QCOMPARE(lastLogged().second,
                 (QJsonObject{{u"wrapUpReason"_s, u"Resolved"_s}, {u"auxCodeId"_s, kResolved}}));
        QVERIFY(m_desk->next(u"AgentWrappedUp"_s));
    }

    void consult_toQueue_readsTheQueueAsTheConsultedParty()
    {
        const QString id = offer();
        QVERIFY(m_desk->next(u"AgentOfferContact"_s));
        QVERIFY(m_desk->send(tasks().accept(id))->ok());
        QVERIFY(m_desk->next(u"AgentContactAssigned"_s));
        QVERIFY(m_desk->send(tasks().consult(id, kBilling, u"queue"_s))->ok());
        const std::optional<CallEvent> created =
                Cc::TaskEvents::read(*m_desk->next(u"AgentConsultCreated"_s));
        QVERIFY(created);
        QCOMPARE(created->destination, kBilling);
        QCOMPARE(created->destinationType, u"queue"_s);
    }

    void sendTaskCommand_refused_givesTheHttpError()
    {
        const std::optional<Cc::CcResult<QString>> unknown =
                m_desk->send(tasks().accept(u"no-such-task"_s));
        QVERIFY(unknown);
        QVERIFY(!unknown->ok());
        QCOMPARE(unknown->error().httpStatus(), 404);

        const QString id = offer();
        QVERIFY(m_desk->next(u"AgentOfferContact"_s));
        // Holding a call that rings is not allowed: 400, no event.
        const std::optional<Cc::CcResult<QString>> early = m_desk->send(tasks().hold(id, id));
        QVERIFY(early && !early->ok());
        QCOMPARE(early->error().httpStatus(), 400);
        QCOMPARE(early->error().kind(), Net::ApiError::Kind::Http);
    }

    void reload_listsTheInteractions_andRehydratesEachCall()
    {
        const QString id = offer();
        QVERIFY(m_desk->next(u"AgentOfferContact"_s));
        QVERIFY(m_desk->send(tasks().accept(id))->ok());
        QVERIFY(m_desk->next(u"AgentContactAssigned"_s));
        QVERIFY(m_desk->send(tasks().hold(id, id))->ok());
        QVERIFY(m_desk->next(u"AgentContactHeld"_s));

        QVERIFY(m_desk->command([this](Cc::CommandTracker::Callback done) {
            return m_desk->client.reload(&m_desk->channel, std::move(done));
        }));
        const std::optional<CcEvent> relogin = m_desk->next(u"AgentReloginSuccess"_s);
        QVERIFY(relogin);
        QCOMPARE(Cc::TaskEvents::reloadedInteractions(*relogin), std::optional(QStringList{id}));
        const std::optional<CallEvent> picture =
                Cc::TaskEvents::read(*m_desk->next(u"AgentContact"_s));
        QVERIFY(picture);
        QCOMPARE(picture->kind(), CallEvent::Kind::Rehydrated);
        QCOMPARE(picture->interactionState, u"hold"_s);
        QCOMPARE(picture->customerHeld, std::optional<bool>(true));
        QCOMPARE(picture->callerNumber, kCustomer);
        QVERIFY(picture->connectedAt.isValid());
    }

    void read_payloads_validatesTheShape_data()
    {
        QTest::addColumn<CcEvent>("event");
        QTest::addColumn<bool>("readable");

        const QJsonObject base{{u"interactionId"_s, u"i-1"_s}, {u"agentId"_s, u"a-1"_s}};
        const auto with = [&base](const QString &key, const QJsonValue &value) {
            QJsonObject data = base;
            data.insert(key, value);
            return data;
        };
        QTest::newRow("failure without interaction")
                << taskEvent(u"AgentContactHoldFailed"_s, with(u"reason"_s, u"X"_s)) << true;
        QTest::newRow("no interactionId")
                << taskEvent(u"AgentContactHeld"_s, QJsonObject{{u"agentId"_s, u"a-1"_s}}) << false;
        QTest::newRow("interactionId a number")
                << taskEvent(u"AgentContactHeld"_s, QJsonObject{{u"interactionId"_s, 7}}) << false;
        QTest::newRow("AgentContact without interaction")
                << taskEvent(u"AgentContact"_s, base) << false;
        QTest::newRow("AgentContact without state")
                << taskEvent(u"AgentContact"_s, with(u"interaction"_s, QJsonObject{})) << false;
        QTest::newRow("isHold a string")
                << taskEvent(u"AgentContactHeld"_s,
                             with(u"interaction"_s,
                                  QJsonObject{{u"mainInteractionId"_s, u"i-1"_s},
                                              {u"media"_s,
                                               QJsonObject{{u"i-1"_s, QJsonObject{{u"isHold"_s,
                                                                                   u"yes"_s}}}}}}))
                << false;
        QTest::newRow("wrapUpRequired a string")
                << taskEvent(u"ContactEnded"_s, with(u"wrapUpRequired"_s, u"true"_s)) << false;
        QTest::newRow("null fields are absent")
                << taskEvent(u"AgentContactHeld"_s, with(u"destAgentId"_s, QJsonValue::Null))
                << true;
        CcEvent other = taskEvent(u"AgentStateChangeSuccess"_s, base);
        other.category = u"AgentStateChange"_s;
        QTest::newRow("another category") << other << false;
    }
    void read_payloads_validatesTheShape()
    {
        QFETCH(CcEvent, event);
        QFETCH(bool, readable);
        QCOMPARE(Cc::TaskEvents::read(event).has_value(), readable);
    }

    void read_outboundCall_callerIsTheNumberDialled()
    {
        const QJsonObject interaction{
                {u"state"_s, u"new"_s},
                {u"contactDirection"_s, QJsonObject{{u"type"_s, u"OUTBOUND"_s}}},
                {u"callAssociatedDetails"_s,
                 QJsonObject{{u"ani"_s, u"+18005550100"_s}, {u"dn"_s, kCustomer}}}};
        const std::optional<CallEvent> call = Cc::TaskEvents::read(
                taskEvent(u"AgentOfferContact"_s, QJsonObject{{u"interactionId"_s, u"i-1"_s},
                                                              {u"interaction"_s, interaction}}));
        QVERIFY(call);
        QCOMPARE(call->callerNumber, kCustomer);
    }

    void read_pendingWrapUpList_meansWrapUpRequired()
    {
        const std::optional<CallEvent> call = Cc::TaskEvents::read(
                taskEvent(u"AgentContactUnassigned"_s,
                          QJsonObject{{u"interactionId"_s, u"i-1"_s},
                                      {u"agentId"_s, u"a-1"_s},
                                      {u"agentsPendingWrapUp"_s, QJsonArray{u"a-0"_s, u"a-1"_s}}}));
        QVERIFY(call);
        QVERIFY(call->wrapUpRequired);
    }
};

QTEST_GUILESS_MAIN(TestCcTasks)
#include "tst_cctasks.moc"
