// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cccalloutcomes.h"
#include "simhttp.h"

#include <QJsonObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QTimer;

namespace AgentDesk::Sim {

class ContactCenterService;
class SimRouter;
struct CcAgent;
struct CcEvent;
struct CcTask;
struct CcTaskParticipant;
struct SimContext;

// Telephony calls in the simulated contact center: the task commands an agent's desktop sends
// (SERVICES-REFERENCE.md §1.7, 202-then-event) and the control calls that play the customer and
// the far end of consults and transfers. Owned by ContactCenterService, which registers these
// routes with its own. Event shapes: CcTaskEvents.
//
// Task commands (contact-center token; taskId = interactionId). Body checks answer 400 in the
// contact center's error shape; then an unknown task 404 (the CC OpenAPI lists no 404 for these
// paths, but 404 is what an unknown id means); a task the caller has no part in 403 ("Forbidden
// Request", documented); a command the task's state does not allow 400 (the documented "Bad
// Request"; the OpenAPI lists no 409). Otherwise 202 {trackingId} and, a moment later, the
// success event(s) or the …Failed one (state changed meanwhile: INVALID_TASK_STATE; ended:
// TASK_NOT_FOUND; injected: see /_sim/cc/task-failures). Events carry the command's trackingId.
//   POST /v1/tasks/{id}/accept {}                 offered → AgentContactAssigned
//   POST /v1/tasks/{id}/hold {mediaResourceId}    main leg, connected or conferenced →
//        AgentContactHeld (AgentContactHoldFailed)
//   POST /v1/tasks/{id}/unhold {mediaResourceId}  held main leg → AgentContactUnheld
//        (AgentContactUnHoldFailed). During a consult, the held leg (the customer's, or the
//        consult leg's consultMediaResourceId) is taken back and the other one goes on hold:
//        AgentContactUnheld with mediaResourceId = the leg resumed
//   POST /v1/tasks/{id}/consult {to ≤36, destinationType: agent|queue|dialNumber|entryPoint,
//        holdParticipants?=true}  connected → AgentConsultCreated, then per the destination's
//        outcome AgentConsulting (answered) or AgentConsultFailed {reason
//        CONSULT_DESTINATION_BUSY | CONSULT_NO_ANSWER} (queue: AgentCtqFailed). A destination
//        that cannot be reached fails at once (AGENT_NOT_FOUND, AGENT_NOT_AVAILABLE,
//        QUEUE_NOT_FOUND, INVALID_DIAL_NUMBER) without AgentConsultCreated. An agent
//        destination must be logged in, Available, with a voice device and no call; it gets
//        AgentOfferConsult (then AgentConsulting, AgentConsultEnded...) and may answer with
//        consult/accept before its outcome (see consult-outcomes) does.
//   POST /v1/tasks/{id}/consult/accept {}         the consulted agent answers → AgentConsulting
//   POST /v1/tasks/{id}/consult/end {queueId?}    → AgentConsultEnded (a queue consult not yet
//        answered: AgentCtqCancelled; in a conference: AgentConsultConferenceEnded, the
//        consulted party leaves). The customer stays held until unhold.
//   POST /v1/tasks/{id}/consult/transfer {to, destinationType}  answered consult, `to` = the
//        consulted destination → AgentConsultTransferred, then AgentWrapup for the agent (a
//        consulted agent becomes the owner)
//   POST /v1/tasks/{id}/consult/conference {to, destinationType?, agentId?}  answered consult →
//        AgentConsultConferenced
//   POST /v1/tasks/{id}/transfer {to ≤43, destinationType: agent|queue|dialNumber|
//        entrypointDialNumber|entryPoint}  connected → AgentBlindTransferred (queue:
//        AgentVteamTransferred), then AgentWrapup; an agent destination is offered the call
//   POST /v1/tasks/{id}/end {}                    connected or conferenced → ContactEnded, then
//        AgentWrapup (AgentContactEndFailed)
//   POST /v1/tasks/{id}/wrapup {wrapUpReason ≤128, auxCodeId ≤36}  in wrap-up →
//        AgentWrappedUp (AgentWrapupFailed: INVALID_AUX_CODE, WRAP_UP_CODE_NOT_ALLOWED). The
//        agent keeps the state they had (Available, or the idle code they chose meanwhile).
//   POST /v1/tasks {entryPointId (the profile's outdialEntryPointId), destination ≤43 (a
//        number the dial plan accepts), direction "OUTBOUND", mediaType "telephony",
//        outboundType "OUTDIAL", origin? (the number shown to the customer, default
//        defaultDnis), attributes? {}}  click-to-call, no call needed before: 400 for a bad body,
//        another entry point, no voice login; else 202 and AgentContactReserved +
//        AgentOfferContact of a new OUTBOUND task (contactDirection OUTBOUND, outboundType
//        OUTDIAL, ani = origin, dnis = the number), then AgentContactAssigned once the agent's
//        leg is up; or AgentOutboundFailed {reason INVALID_DIAL_NUMBER | AGENT_BUSY}. From then
//        on it is a call like any other.
// Not accepted in time, an offer rings out: AgentOfferContactRona {reason RONA}, and the agent
// goes Idle on the RONA system code (AgentStateChange, changedBy "rona"); the call leaves the
// agent. POST /v1/agents/reload replays each task of the agent as AgentContact.
//
// Control (no token):
//   POST /_sim/cc/calls {email|agentId, ani, queue? (id or name), dnis?, customerName?,
//        ronaSeconds?=scenario ronaTimeoutSeconds (30), autoAnswerSeconds?} → 201
//        {interactionId, mediaResourceId, agentId, queueId, queueName, ronaSeconds}; offers a
//        call (AgentContactReserved, AgentOfferContact) to a logged-in, Available agent with a
//        voice device and no call (else 409). Seconds may be fractions. autoAnswerSeconds: the
//        agent picks the phone up after that long (AGENT_DN/EXTENSION devices answer on the
//        phone, not with accept; accept works for every device).
//   GET  /_sim/cc/calls → {calls: [{interactionId, state (offered | connected | held |
//        consulting | conferenced | ended), interactionState, held, owner, wrapUpAgents, ani,
//        dnis, customerName, queueId, queueName, ronaSeconds, consult?: {to, destinationType,
//        answered, destAgentId, consultMediaResourceId}, participants: [{id, pType, name,
//        hasJoined, hasLeft}]}]}
//   POST /_sim/cc/calls/{interactionId}/answer → the agent answered on the phone (offered
//        calls only, else 409) → AgentContactAssigned
//   POST /_sim/cc/calls/{interactionId}/hangup → the customer hangs up: ContactEnded (an
//        offered call), or ContactEnded + AgentWrapup to each agent on the call (a consult in
//        progress ends first: AgentConsultEnded, to a consulted agent too); 409 once the
//        customer is gone
//   GET|POST|DELETE /_sim/cc/consult-outcomes {to, outcome: answer|busy|noAnswer, delayMs?}
//        how a consult destination answers: `to` is a number (any format the dial plan
//        accepts), an agent id or e-mail, a queue id or name, an entry point id, or "*" for
//        every other destination. delayMs counts from AgentConsultCreated (defaults: answer
//        scenario consultAnswerDelayMs 2000, busy 1000, noAnswer consultRingTimeoutMs 20000).
//        Unlisted destinations answer after consultAnswerDelayMs. DELETE {to} removes one,
//        DELETE without a body all.
//   GET|POST|DELETE /_sim/cc/task-failures {action, reason?=SIMULATED_FAILURE, email|agentId?,
//        count?=1, lost?=false}  the next `count` commands of that action (accept, hold, unhold,
//        consult, consult/accept, consult/end, consult/transfer, consult/conference, transfer,
//        end, wrapup), by that agent or anyone, answer 202 and then the matching …Failed event
//        instead of succeeding; the task does not change. lost: 202 and no event at all, as if
//        it were lost on the way (the desktop's 20 s timeout ends it). DELETE clears them.
// GET /_sim/cc/agents shows each agent's call as `task` (agentTaskJson()).
//
// A dropped notification socket changes nothing here: the calls go on, events meanwhile go
// nowhere, and the desktop catches up with POST /v1/agents/reload. Logging out leaves every
// call the agent was part of, without events.
// Scenario, section "contactCenter": ronaTimeoutSeconds, consultAnswerDelayMs,
// consultRingTimeoutMs, defaultDnis, queues[{id, name, channelType?, active?}] (when listed,
// offers, queue consults and transfers must name one of the telephony queues).
class CcTasks final
{
public:
    CcTasks(ContactCenterService &service, SimContext &context);
    ~CcTasks();
    Q_DISABLE_COPY_MOVE(CcTasks)

    void registerRoutes(SimRouter &router);

    // The call the agent is part of (as owner, consulted agent or still in wrap-up), or null.
    const CcTask *taskOf(const QString &agentId) const;
    // {interactionId, mediaResourceId, role: owner|consulted|wrapUp, state: offered|connected|
    // held|consulting|conferenced|wrapUp, ani, customerName, queueName, consult?: {to,
    // destinationType, answered, consultMediaResourceId}}, or empty without a call.
    QJsonObject agentTaskJson(const QString &agentId) const;
    // AgentContact for each of the agent's calls (reload, after AgentReloginSuccess).
    void rehydrate(const QString &agentId, const QString &trackingId);
    // The agent logged out: it leaves its calls, without events.
    void forgetAgent(const QString &agentId);

private:
    enum class Action
    {
        Accept,
        Hold,
        Unhold,
        Consult,
        ConsultAccept,
        ConsultEnd,
        ConsultTransfer,
        ConsultConference,
        Transfer,
        End,
        Wrapup,
    };
    enum class Role
    {
        None,
        Owner,
        Consulted,
        WrapUp,
    };
    // A command's body, checked.
    struct Args
    {
        QString mediaResourceId;
        QString to;
        QString destinationType;
        bool holdParticipants = true;
        QString queueId;
        QString wrapUpReason;
        QString auxCodeId;
    };
    // Where a consult or transfer goes.
    struct Destination
    {
        QString failure; // why it cannot be reached, or empty
        QString participantId;
        QString pType;
        QString name;
        QString dn;
        QString agentId;
        QString queueId;
        QString queueName;
        QStringList keys; // names the outcome table may know it by
    };
    struct Queue
    {
        QString id;
        QString name;
    };

    static QString actionPath(Action action);
    SimResponse command(Action action, const SimRequest &request, CcAgent &agent,
                        const QString &trackingId);
    static QString parseArgs(Action action, const QJsonObject &body, Args *args);
    QString refuse(Action action, const CcTask &task, Role role, const Args &args) const;
    static QString failureEvent(Action action, const CcTask *task, const Args &args);
    void complete(Action action, const QString &interactionId, const QString &agentId,
                  const Args &args, const QString &trackingId);

    // The steps of a call; each publishes its events.
    void offer(CcTask &task, const CcAgent &agent, const QString &trackingId);
    void assign(CcTask &task, const QString &trackingId);
    void ringOut(CcTask &task);
    void hold(CcTask &task, bool held, const QString &trackingId);
    // During a consult: takes back the held leg `mediaResourceId` and holds the other one.
    void resumeLeg(CcTask &task, const QString &mediaResourceId, const QString &trackingId);
    void consult(CcTask &task, const Args &args, const QString &trackingId);
    void consultAnswered(CcTask &task, const QString &trackingId);
    void consultFailed(CcTask &task, const QString &reason, const QString &trackingId);
    void endConsult(CcTask &task, const QString &trackingId);
    void consultTransfer(CcTask &task, const QString &trackingId);
    void consultConference(CcTask &task, const QString &trackingId);
    void blindTransfer(CcTask &task, const Args &args, const QString &trackingId);
    void endCall(CcTask &task, bool byCustomer, const QString &trackingId);
    void wrapUp(CcTask &task, const QString &agentId, const Args &args, const QString &trackingId);
    // The agent leaves the main leg and owes a wrap-up.
    void toWrapUp(CcTask &task, const QString &agentId);
    // Takes the consult leg down; the consulted party leaves.
    void removeConsult(CcTask &task);

    // Click-to-call.
    SimResponse outdial(const SimRequest &request, CcAgent &agent, const QString &trackingId);
    void startOutdial(const CcAgent &agent, const QString &interactionId, const QString &number,
                      const QString &origin, const QString &trackingId);

    // Control.
    SimResponse offerCall(const SimRequest &request);
    SimResponse listCalls() const;
    SimResponse answerCall(const SimRequest &request);
    SimResponse hangUp(const SimRequest &request);
    SimResponse consultOutcomes(const SimRequest &request);
    SimResponse taskFailures(const SimRequest &request);

    CcTask *find(const QString &interactionId) const;
    Role roleOf(const CcTask &task, const QString &agentId) const;
    bool canTakeCall(const CcAgent &agent) const;
    Destination resolve(const QString &to, const QString &destinationType,
                        const QString &callerId) const;
    std::optional<Queue> findQueue(const QString &idOrName) const;
    std::optional<QString> canonicalNumber(const QString &text) const;
    CcCallOutcomes::ConsultOutcome outcomeFor(const QStringList &keys) const;
    CcTaskParticipant &upsertParticipant(CcTask &task, const CcTaskParticipant &participant);
    CcTaskParticipant agentParticipant(const CcAgent &agent) const;
    QJsonObject controlJson(const CcTask &task) const;
    // offered | connected | held | consulting | conferenced | ended
    static QString stateName(const CcTask &task);

    qint64 now() const;
    void send(const QString &name, const CcTask &task, const QString &agentId,
              const QString &trackingId, const QJsonObject &extra = {});
    void publish(const QString &agentId, const CcEvent &event, const QString &trackingId);
    // Runs `step` on the task after `ms` unless the task is gone by then; the timer dies with
    // the task, and starting another one in the same slot stops the previous.
    void schedule(CcTask &task, QPointer<QTimer> *slot, int ms, std::function<void(CcTask &)> step);
    static void cancel(QPointer<QTimer> &slot);
    // Forgets the task once no agent handles it or owes a wrap-up for it.
    void dropIfDone(const QString &interactionId);
    // Keeps each logged-in agent's session.interactionIds in step with the calls.
    void syncSessions();

    ContactCenterService &m_service;
    SimContext &m_context;
    std::vector<std::unique_ptr<CcTask>> m_tasks;
    CcCallOutcomes m_outcomes;
    std::vector<Queue> m_queues; // telephony queues of the scenario
    int m_defaultRonaMs = 30000;
    int m_answerDelayMs = 2000;
    int m_ringTimeoutMs = 20000;
    QString m_defaultDnis;
};

} // namespace AgentDesk::Sim
