// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cctasks.h"

#include "ccagentdirectory.h"
#include "ccagentsessions.h"
#include "ccdesktopprofiles.h"
#include "ccdialplan.h"
#include "ccnotifier.h"
#include "cctask.h"
#include "cctaskevents.h"
#include "contactcenterservice.h"
#include "scenario.h"
#include "simrouter.h"
#include "simservice.h"
#include "stableids.h"

#include <core/clock.h>

#include <QJsonArray>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace AgentDesk::Sim {

// Limits from the CC OpenAPI request schemas.
static constexpr int kMaxId = 36;
static constexpr int kMaxTransferTo = 43;
static constexpr int kMaxReason = 128;
// Default far-end timings when a consult outcome names none.
static constexpr int kDefaultBusyDelayMs = 1000;

static const QString kAgent = u"agent"_s;
static const QString kQueue = u"queue"_s;
static const QString kDialNumber = u"dialNumber"_s;
static const QString kEntryPoint = u"entryPoint"_s;
static const QString kEntryPointDialNumber = u"entrypointDialNumber"_s;
static const QString kAvailable = u"Available"_s;

static SimResponse controlError(int status, const QString &message)
{
    return SimResponse::json(status, QJsonObject{{u"error"_s, message}});
}

static QString newMediaId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Milliseconds from a JSON number of seconds (fractions allowed, so tests need not wait long).
static std::optional<int> secondsToMs(const QJsonValue &value, bool allowZero)
{
    if (!value.isDouble()) {
        return std::nullopt;
    }
    const double seconds = value.toDouble();
    if (!std::isfinite(seconds) || seconds < 0 || (!allowZero && seconds == 0) || seconds > 86400) {
        return std::nullopt;
    }
    return int(std::lround(seconds * 1000));
}

CcTasks::CcTasks(ContactCenterService &service, SimContext &context)
    : m_service(service)
    , m_context(context)
{
    const QJsonObject section = context.scenario->section(u"contactCenter"_s);
    m_defaultRonaMs = section.value(u"ronaTimeoutSeconds"_s).toInt(30) * 1000;
    m_answerDelayMs = section.value(u"consultAnswerDelayMs"_s).toInt(2000);
    m_ringTimeoutMs = section.value(u"consultRingTimeoutMs"_s).toInt(20000);
    m_defaultDnis = section.value(u"defaultDnis"_s).toString();
    for (const QJsonValue &value : section.value(u"queues"_s).toArray()) {
        const QJsonObject queue = value.toObject();
        const QString channel = queue.value(u"channelType"_s).toString(u"telephony"_s);
        if (channel == u"telephony"_s && queue.value(u"active"_s).toBool(true)) {
            m_queues.push_back(
                    Queue{queue.value(u"id"_s).toString(), queue.value(u"name"_s).toString()});
        }
    }
}

CcTasks::~CcTasks() = default;

QString CcTasks::actionPath(Action action)
{
    switch (action) {
    case Action::Accept:
        return u"accept"_s;
    case Action::Hold:
        return u"hold"_s;
    case Action::Unhold:
        return u"unhold"_s;
    case Action::Consult:
        return u"consult"_s;
    case Action::ConsultAccept:
        return u"consult/accept"_s;
    case Action::ConsultEnd:
        return u"consult/end"_s;
    case Action::ConsultTransfer:
        return u"consult/transfer"_s;
    case Action::ConsultConference:
        return u"consult/conference"_s;
    case Action::Transfer:
        return u"transfer"_s;
    case Action::End:
        return u"end"_s;
    case Action::Wrapup:
        return u"wrapup"_s;
    }
    return {};
}

void CcTasks::registerRoutes(SimRouter &router)
{
    for (const Action action :
         {Action::Accept, Action::Hold, Action::Unhold, Action::Consult, Action::ConsultAccept,
          Action::ConsultEnd, Action::ConsultTransfer, Action::ConsultConference, Action::Transfer,
          Action::End, Action::Wrapup}) {
        router.post(QString(u"/v1/tasks/(?<taskId>[^/]+)/"_s + actionPath(action)),
                    m_service.authorized(
                            [this, action](const SimRequest &r, CcAgent &a, const QString &t) {
                                return command(action, r, a, t);
                            }));
    }
    router.post(u"/v1/tasks"_s,
                m_service.authorized([this](const SimRequest &r, CcAgent &a, const QString &t) {
                    return outdial(r, a, t);
                }));
    router.post(u"/_sim/cc/calls"_s, [this](const SimRequest &r) { return offerCall(r); });
    router.get(u"/_sim/cc/calls"_s, [this](const SimRequest &) { return listCalls(); });
    router.post(u"/_sim/cc/calls/(?<id>[^/]+)/answer"_s,
                [this](const SimRequest &r) { return answerCall(r); });
    router.post(u"/_sim/cc/calls/(?<id>[^/]+)/hangup"_s,
                [this](const SimRequest &r) { return hangUp(r); });
    for (const QByteArray method : {"GET", "POST", "DELETE"}) {
        router.add(method, u"/_sim/cc/consult-outcomes"_s,
                   [this](const SimRequest &r) { return consultOutcomes(r); });
        router.add(method, u"/_sim/cc/task-failures"_s,
                   [this](const SimRequest &r) { return taskFailures(r); });
    }
}

// --- look-ups --------------------------------------------------------------------------------

qint64 CcTasks::now() const
{
    return m_context.clock->msecsSinceEpoch();
}

CcTask *CcTasks::find(const QString &interactionId) const
{
    for (const auto &task : m_tasks) {
        if (task->interactionId == interactionId) {
            return task.get();
        }
    }
    return nullptr;
}

CcTasks::Role CcTasks::roleOf(const CcTask &task, const QString &agentId) const
{
    if (agentId.isEmpty()) {
        return Role::None;
    }
    if (task.owner == agentId) {
        return Role::Owner;
    }
    if (task.consult && task.consult->destAgentId == agentId) {
        return Role::Consulted;
    }
    if (task.wrapUpAgents.contains(agentId)) {
        return Role::WrapUp;
    }
    return Role::None;
}

const CcTask *CcTasks::taskOf(const QString &agentId) const
{
    for (const auto &task : m_tasks) {
        if (roleOf(*task, agentId) != Role::None) {
            return task.get();
        }
    }
    return nullptr;
}

bool CcTasks::canTakeCall(const CcAgent &agent) const
{
    // One voice channel: an agent on a call or in wrap-up is not offered another one.
    return agent.loggedIn && !agent.session.deviceType.isEmpty() &&
           agent.session.subStatus == kAvailable && !taskOf(agent.id);
}

std::optional<CcTasks::Queue> CcTasks::findQueue(const QString &idOrName) const
{
    for (const Queue &queue : m_queues) {
        if (queue.id.compare(idOrName, Qt::CaseInsensitive) == 0 ||
            queue.name.compare(idOrName, Qt::CaseInsensitive) == 0) {
            return queue;
        }
    }
    return std::nullopt;
}

CcTasks::Destination CcTasks::resolve(const QString &to, const QString &destinationType,
                                      const QString &callerId) const
{
    Destination destination;
    destination.keys.append(to);
    if (destinationType == kAgent) {
        const CcAgent *agent = m_service.agents().byId(to);
        if (!agent) {
            destination.failure = u"AGENT_NOT_FOUND"_s;
            return destination;
        }
        if (agent->id == callerId || !canTakeCall(*agent)) {
            destination.failure = u"AGENT_NOT_AVAILABLE"_s;
            return destination;
        }
        destination.participantId = agent->id;
        destination.pType = u"Agent"_s;
        destination.name = agent->name;
        destination.dn = agent->session.dialNumber;
        destination.agentId = agent->id;
        destination.keys.append(agent->email);
    } else if (destinationType == kQueue) {
        const std::optional<Queue> queue = findQueue(to);
        if (!queue && !m_queues.empty()) {
            destination.failure = u"QUEUE_NOT_FOUND"_s;
            return destination;
        }
        destination.queueId = queue ? queue->id : to;
        destination.queueName = queue ? queue->name : to;
        // A consult to a queue is answered by one of its agents; the simulator has none to
        // pick, so one stands in with an id of its own per queue.
        destination.participantId = stableUuid(u"queueAgent"_s, destination.queueId);
        destination.pType = u"Agent"_s;
        destination.name = destination.queueName;
        destination.keys.append({destination.queueId, destination.queueName});
    } else if (destinationType == kDialNumber || destinationType == kEntryPointDialNumber) {
        const std::optional<QString> canonical = m_service.dialPlan().canonical(to);
        if (!canonical) {
            destination.failure = u"INVALID_DIAL_NUMBER"_s;
            return destination;
        }
        destination.participantId = *canonical;
        destination.pType = destinationType == kDialNumber ? u"DN"_s : u"EP-DN"_s;
        destination.name = to;
        destination.dn = *canonical;
        destination.keys.append(*canonical);
    } else {
        destination.participantId = to;
        destination.pType = u"EP-DN"_s;
        destination.name = to;
    }
    return destination;
}

std::optional<QString> CcTasks::canonicalNumber(const QString &text) const
{
    // Only what looks like a number: with an empty dial plan every text would be "accepted".
    if (text.isEmpty() || !(text.front() == u'+' || text.front().isDigit())) {
        return std::nullopt;
    }
    return m_service.dialPlan().canonical(text);
}

CcCallOutcomes::ConsultOutcome CcTasks::outcomeFor(const QStringList &keys) const
{
    CcCallOutcomes::ConsultOutcome outcome = m_outcomes.consultOutcome(keys).value_or(
            CcCallOutcomes::ConsultOutcome{CcCallOutcomes::Answer, -1});
    if (outcome.delayMs < 0) {
        switch (outcome.kind) {
        case CcCallOutcomes::Answer:
            outcome.delayMs = m_answerDelayMs;
            break;
        case CcCallOutcomes::Busy:
            outcome.delayMs = kDefaultBusyDelayMs;
            break;
        case CcCallOutcomes::NoAnswer:
            outcome.delayMs = m_ringTimeoutMs;
            break;
        }
    }
    return outcome;
}

CcTaskParticipant CcTasks::agentParticipant(const CcAgent &agent) const
{
    CcTaskParticipant participant;
    participant.id = agent.id;
    participant.pType = u"Agent"_s;
    participant.name = agent.name;
    participant.dn = agent.session.dialNumber;
    participant.teamId = agent.session.teamId;
    participant.teamName = agent.session.teamName;
    participant.siteId = agent.session.siteId;
    participant.deviceType = agent.session.deviceType;
    participant.deviceId = agent.session.deviceId;
    return participant;
}

CcTaskParticipant &CcTasks::upsertParticipant(CcTask &task, const CcTaskParticipant &participant)
{
    // Someone who left and comes back (a second consult to the same number) starts afresh.
    if (CcTaskParticipant *known = task.participant(participant.id)) {
        *known = participant;
        return *known;
    }
    task.participants.append(participant);
    return task.participants.last();
}

// --- plumbing --------------------------------------------------------------------------------

void CcTasks::publish(const QString &agentId, const CcEvent &event, const QString &trackingId)
{
    m_service.notifier().publish(agentId, event.category, event.name, event.data, trackingId);
}

void CcTasks::send(const QString &name, const CcTask &task, const QString &agentId,
                   const QString &trackingId, const QJsonObject &extra)
{
    if (agentId.isEmpty()) {
        return;
    }
    publish(agentId, CcTaskEvents::event(name, task, agentId, now(), extra), trackingId);
}

void CcTasks::schedule(CcTask &task, QPointer<QTimer> *slot, int ms,
                       std::function<void(CcTask &)> step)
{
    if (slot) {
        cancel(*slot);
    }
    auto *timer = new QTimer(task.timers.get());
    timer->setSingleShot(true);
    const QString id = task.interactionId;
    QObject::connect(timer, &QTimer::timeout, timer, [this, id, timer, step = std::move(step)] {
        timer->deleteLater();
        if (CcTask *found = find(id)) {
            step(*found);
            syncSessions();
            dropIfDone(id);
        }
    });
    timer->start(qMax(0, ms));
    if (slot) {
        *slot = timer;
    }
}

void CcTasks::cancel(QPointer<QTimer> &slot)
{
    if (slot) {
        slot->stop();
        slot->deleteLater();
    }
    slot.clear();
}

void CcTasks::dropIfDone(const QString &interactionId)
{
    for (auto it = m_tasks.begin(); it != m_tasks.end(); ++it) {
        CcTask &task = **it;
        if (task.interactionId != interactionId) {
            continue;
        }
        if (!task.owner.isEmpty() || !task.wrapUpAgents.isEmpty() ||
            (task.consult && !task.consult->destAgentId.isEmpty())) {
            return;
        }
        qCInfo(lcSimCc) << "call" << interactionId << "is over";
        // A timer of this task may be the one running this code: stop them all and let the
        // event loop delete them.
        for (QTimer *timer : task.timers->findChildren<QTimer *>()) {
            timer->stop();
        }
        task.timers.release()->deleteLater();
        m_tasks.erase(it);
        syncSessions();
        return;
    }
}

void CcTasks::syncSessions()
{
    for (CcAgent *agent : m_service.agents().all()) {
        QStringList ids;
        for (const auto &task : m_tasks) {
            if (roleOf(*task, agent->id) != Role::None) {
                ids.append(task->interactionId);
            }
        }
        agent->session.interactionIds = ids;
    }
}

// --- commands --------------------------------------------------------------------------------

QString CcTasks::parseArgs(Action action, const QJsonObject &body, Args *args)
{
    const auto text = [&body](const QString &name, int maxLength, bool required,
                              QString *target) -> QString {
        const QJsonValue value = body.value(name);
        if (value.isUndefined() || value.isNull()) {
            return required ? u"%1 is required: a string of 1 to %2 characters."_s.arg(name).arg(
                                      maxLength)
                            : QString();
        }
        if (!value.isString() || value.toString().trimmed().isEmpty() ||
            value.toString().size() > maxLength) {
            return u"%1 must be a string of 1 to %2 characters."_s.arg(name).arg(maxLength);
        }
        *target = value.toString().trimmed();
        return {};
    };
    const auto oneOf = [&body, args](const QStringList &allowed, bool required) -> QString {
        const QJsonValue value = body.value(u"destinationType"_s);
        if ((value.isUndefined() || value.isNull()) && !required) {
            return {};
        }
        if (!value.isString() || !allowed.contains(value.toString())) {
            return u"destinationType is required: one of %1."_s.arg(allowed.join(u", "_s));
        }
        args->destinationType = value.toString();
        return {};
    };
    QString problem;
    switch (action) {
    case Action::Accept:
    case Action::ConsultAccept:
    case Action::End:
        return {};
    case Action::Hold:
    case Action::Unhold:
        return text(u"mediaResourceId"_s, kMaxId, true, &args->mediaResourceId);
    case Action::Consult: {
        problem = text(u"to"_s, kMaxId, true, &args->to);
        if (problem.isEmpty()) {
            problem = oneOf({kAgent, kQueue, kDialNumber, kEntryPoint}, true);
        }
        const QJsonValue hold = body.value(u"holdParticipants"_s);
        if (problem.isEmpty() && !hold.isUndefined() && !hold.isNull()) {
            if (!hold.isBool()) {
                return u"holdParticipants must be a boolean."_s;
            }
            args->holdParticipants = hold.toBool();
        }
        return problem;
    }
    case Action::ConsultEnd:
        return text(u"queueId"_s, kMaxId, false, &args->queueId);
    case Action::ConsultTransfer:
        problem = text(u"to"_s, kMaxId, true, &args->to);
        return problem.isEmpty() ? oneOf({kAgent, kEntryPoint, kDialNumber, kQueue}, true)
                                 : problem;
    case Action::ConsultConference: {
        problem = text(u"to"_s, kMaxId, true, &args->to);
        if (problem.isEmpty()) {
            problem = oneOf({kAgent, kQueue, kDialNumber, kEntryPoint}, false);
        }
        QString agentId;
        return problem.isEmpty() ? text(u"agentId"_s, kMaxId, false, &agentId) : problem;
    }
    case Action::Transfer:
        problem = text(u"to"_s, kMaxTransferTo, true, &args->to);
        return problem.isEmpty()
                       ? oneOf({kAgent, kQueue, kDialNumber, kEntryPointDialNumber, kEntryPoint},
                               true)
                       : problem;
    case Action::Wrapup:
        problem = text(u"wrapUpReason"_s, kMaxReason, true, &args->wrapUpReason);
        return problem.isEmpty() ? text(u"auxCodeId"_s, kMaxId, true, &args->auxCodeId) : problem;
    }
    return {};
}

QString CcTasks::refuse(Action action, const CcTask &task, Role role, const Args &args) const
{
    QString state = stateName(task);
    if (role == Role::WrapUp || state == u"ended"_s) {
        state = u"in wrap-up"_s;
    } else if (state == u"conferenced"_s) {
        state = u"in a conference"_s;
    }
    const auto notNow = [&state](const QString &what) {
        return u"%1 is not possible while the task is %2."_s.arg(what, state);
    };
    const CcTask::State s = task.state;
    const bool consultAnswered = task.consult && task.consult->answered;
    const auto matchesConsult = [&task, &args, this] {
        if (!task.consult) {
            return false;
        }
        const CcTaskConsult &c = *task.consult;
        if (!args.destinationType.isEmpty() && args.destinationType != c.destinationType) {
            return false;
        }
        QStringList names{c.to, c.participantId, c.destAgentId, c.queueId};
        names.removeAll(QString());
        // A number may come back in another format: compare canonical forms too.
        const QString canonical = c.destinationType == kDialNumber
                                          ? canonicalNumber(args.to).value_or(args.to)
                                          : args.to;
        return std::any_of(names.cbegin(), names.cend(), [&](const QString &name) {
            return name.compare(args.to, Qt::CaseInsensitive) == 0 || name == canonical;
        });
    };
    switch (action) {
    case Action::Accept:
        if (role != Role::Owner || s != CcTask::State::Offered) {
            return notNow(u"Accepting"_s);
        }
        return {};
    case Action::Hold:
    case Action::Unhold: {
        const QString what = action == Action::Hold ? u"Holding"_s : u"Resuming"_s;
        if (role != Role::Owner) {
            return notNow(what);
        }
        const CcTaskMedia *leg = task.mediaById(args.mediaResourceId);
        if (!leg) {
            return u"mediaResourceId %1 is not a media leg of this task."_s.arg(
                    args.mediaResourceId);
        }
        if (action == Action::Unhold && s == CcTask::State::Consulting) {
            // During a consult the agent talks on one leg at a time: the held one (the
            // customer, or the consulted party) can be taken back, which holds the other.
            return leg->isHold ? QString() : notNow(what);
        }
        if (args.mediaResourceId != task.interactionId) {
            return u"Only the main call (mediaResourceId = the interactionId) can be held or "
                   "resumed."_s;
        }
        if (s == CcTask::State::Consulting) {
            return notNow(what);
        }
        const bool live = s == CcTask::State::Connected || s == CcTask::State::Conferenced;
        if (!live || task.isHeld() != (action == Action::Unhold)) {
            return notNow(what);
        }
        return {};
    }
    case Action::Consult:
        if (role != Role::Owner || s != CcTask::State::Connected) {
            return notNow(u"Consulting"_s);
        }
        return {};
    case Action::ConsultAccept:
        if (role != Role::Consulted || s != CcTask::State::Consulting || consultAnswered) {
            return notNow(u"Accepting the consult"_s);
        }
        return {};
    case Action::ConsultEnd:
        if ((role != Role::Owner && role != Role::Consulted) || !task.consult ||
            (s != CcTask::State::Consulting && s != CcTask::State::Conferenced)) {
            return notNow(u"Ending a consult"_s);
        }
        return {};
    case Action::ConsultTransfer:
    case Action::ConsultConference: {
        const QString what =
                action == Action::ConsultTransfer ? u"A consult transfer"_s : u"A conference"_s;
        if (role != Role::Owner || s != CcTask::State::Consulting) {
            return notNow(what);
        }
        if (!consultAnswered) {
            return u"%1 needs the consulted party to have answered."_s.arg(what);
        }
        if (!matchesConsult()) {
            return u"to and destinationType must name the consulted destination."_s;
        }
        return {};
    }
    case Action::Transfer:
        if (role != Role::Owner || s != CcTask::State::Connected) {
            return notNow(u"A transfer"_s);
        }
        return {};
    case Action::End:
        if (role != Role::Owner ||
            (s != CcTask::State::Connected && s != CcTask::State::Conferenced)) {
            return notNow(u"Ending the call"_s);
        }
        return {};
    case Action::Wrapup:
        return role == Role::WrapUp ? QString() : notNow(u"Wrap-up"_s);
    }
    return {};
}

QString CcTasks::failureEvent(Action action, const CcTask *task, const Args &args)
{
    const bool queueConsult = task && task->consult && task->consult->destinationType == kQueue;
    switch (action) {
    case Action::Accept:
    case Action::ConsultAccept:
        return CcTaskEvents::kAssignFailed;
    case Action::Hold:
        return CcTaskEvents::kHoldFailed;
    case Action::Unhold:
        return CcTaskEvents::kUnholdFailed;
    case Action::Consult:
        return args.destinationType == kQueue ? CcTaskEvents::kCtqFailed
                                              : CcTaskEvents::kConsultFailed;
    case Action::ConsultEnd:
        if (task && task->state == CcTask::State::Conferenced) {
            return CcTaskEvents::kConsultConferenceEndFailed;
        }
        return queueConsult && !task->consult->answered ? CcTaskEvents::kCtqCancelFailed
                                                        : CcTaskEvents::kConsultEndFailed;
    case Action::ConsultTransfer:
        return CcTaskEvents::kConsultTransferFailed;
    case Action::ConsultConference:
        return CcTaskEvents::kConsultConferenceFailed;
    case Action::Transfer:
        return args.destinationType == kQueue ? CcTaskEvents::kVteamTransferFailed
                                              : CcTaskEvents::kBlindTransferFailed;
    case Action::End:
        return CcTaskEvents::kEndFailed;
    case Action::Wrapup:
        return CcTaskEvents::kWrapupFailed;
    }
    return {};
}

SimResponse CcTasks::command(Action action, const SimRequest &request, CcAgent &agent,
                             const QString &trackingId)
{
    const auto bad = [&trackingId](const QString &description) {
        return ContactCenterService::error(400, trackingId, description);
    };
    QJsonObject body;
    if (!request.body.trimmed().isEmpty()) {
        const std::optional<QJsonObject> parsed = request.jsonObjectBody();
        if (!parsed) {
            return bad(u"The request body must be a JSON object."_s);
        }
        body = *parsed;
    }
    Args args;
    if (const QString problem = parseArgs(action, body, &args); !problem.isEmpty()) {
        return bad(problem);
    }
    const QString interactionId = request.capture(u"taskId"_s);
    CcTask *task = find(interactionId);
    if (!task) {
        return ContactCenterService::error(404, trackingId,
                                           u"No task with this id; it is the interactionId the "
                                           "task's events carry."_s);
    }
    const Role role = roleOf(*task, agent.id);
    if (role == Role::None) {
        return ContactCenterService::error(403, trackingId,
                                           u"The task is not assigned to the caller."_s);
    }
    if (const QString problem = refuse(action, *task, role, args); !problem.isEmpty()) {
        return bad(problem);
    }

    const QString agentId = agent.id;
    if (const std::optional<CcCallOutcomes::Failure> failure =
                m_outcomes.takeFailure(actionPath(action), agentId)) {
        if (failure->lost) {
            qCInfo(lcSimCc) << "task" << actionPath(action) << "of" << interactionId
                            << "accepted; its event is lost as told";
            return m_service.notifier().acceptCommand(trackingId, [] {});
        }
        const QString reason = failure->reason;
        qCInfo(lcSimCc) << "task" << actionPath(action) << "of" << interactionId
                        << "fails as told:" << reason;
        const QString name = failureEvent(action, task, args);
        return m_service.notifier().acceptCommand(
                trackingId, [this, name, interactionId, agentId, reason, trackingId] {
                    const CcTask *failing = find(interactionId);
                    publish(agentId,
                            failing ? CcTaskEvents::failed(name, *failing, agentId, now(), reason)
                                    : CcTaskEvents::failedWithoutTask(name, interactionId, reason),
                            trackingId);
                });
    }
    return m_service.notifier().acceptCommand(
            trackingId, [this, action, interactionId, agentId, args, trackingId] {
                complete(action, interactionId, agentId, args, trackingId);
            });
}

void CcTasks::complete(Action action, const QString &interactionId, const QString &agentId,
                       const Args &args, const QString &trackingId)
{
    CcTask *task = find(interactionId);
    if (!task) {
        publish(agentId,
                CcTaskEvents::failedWithoutTask(failureEvent(action, nullptr, args), interactionId,
                                                u"TASK_NOT_FOUND"_s),
                trackingId);
        return;
    }
    const Role role = roleOf(*task, agentId);
    if (role == Role::None || !refuse(action, *task, role, args).isEmpty()) {
        qCInfo(lcSimCc) << "task" << actionPath(action) << "of" << interactionId
                        << "no longer possible";
        publish(agentId,
                CcTaskEvents::failed(failureEvent(action, task, args), *task, agentId, now(),
                                     u"INVALID_TASK_STATE"_s),
                trackingId);
        return;
    }
    switch (action) {
    case Action::Accept:
        assign(*task, trackingId);
        break;
    case Action::Hold:
        hold(*task, true, trackingId);
        break;
    case Action::Unhold:
        if (task->state == CcTask::State::Consulting) {
            resumeLeg(*task, args.mediaResourceId, trackingId);
        } else {
            hold(*task, false, trackingId);
        }
        break;
    case Action::Consult:
        consult(*task, args, trackingId);
        break;
    case Action::ConsultAccept:
        cancel(task->consultTimer);
        consultAnswered(*task, trackingId);
        break;
    case Action::ConsultEnd:
        endConsult(*task, trackingId);
        break;
    case Action::ConsultTransfer:
        consultTransfer(*task, trackingId);
        break;
    case Action::ConsultConference:
        consultConference(*task, trackingId);
        break;
    case Action::Transfer:
        blindTransfer(*task, args, trackingId);
        break;
    case Action::End:
        endCall(*task, false, trackingId);
        break;
    case Action::Wrapup:
        wrapUp(*task, agentId, args, trackingId);
        break;
    }
    syncSessions();
    dropIfDone(interactionId);
}

// Click-to-call: the body is checked at once (400); whether the number can be called, and
// whether the agent is free, the outcome event says.
SimResponse CcTasks::outdial(const SimRequest &request, CcAgent &agent, const QString &trackingId)
{
    const auto bad = [&trackingId](const QString &description) {
        return ContactCenterService::error(400, trackingId, description);
    };
    const std::optional<QJsonObject> parsed = request.jsonObjectBody();
    if (!parsed) {
        return bad(u"The request body must be a JSON object."_s);
    }
    const QJsonObject &body = *parsed;
    const auto text = [&body](const QString &name) {
        const QJsonValue value = body.value(name);
        return value.isString() ? value.toString().trimmed() : QString();
    };
    const QString entryPointId = text(u"entryPointId"_s);
    const QString destination = text(u"destination"_s);
    const QString origin = text(u"origin"_s);
    if (entryPointId.isEmpty() || entryPointId.size() > kMaxId) {
        return bad(u"entryPointId is required: a string of 1 to %1 characters."_s.arg(kMaxId));
    }
    if (destination.isEmpty() || destination.size() > kMaxTransferTo) {
        return bad(
                u"destination is required: a string of 1 to %1 characters."_s.arg(kMaxTransferTo));
    }
    if (text(u"direction"_s) != u"OUTBOUND"_s || text(u"mediaType"_s) != u"telephony"_s ||
        text(u"outboundType"_s) != u"OUTDIAL"_s) {
        return bad(u"direction must be OUTBOUND, mediaType telephony and outboundType OUTDIAL."_s);
    }
    if (body.contains(u"origin"_s) && !body.value(u"origin"_s).isString()) {
        return bad(u"origin must be a string."_s);
    }
    if (body.contains(u"attributes"_s) && !body.value(u"attributes"_s).isObject()) {
        return bad(u"attributes must be an object."_s);
    }
    if (!agent.loggedIn || agent.session.deviceType.isEmpty()) {
        return bad(u"Outdial needs a station login with a voice device."_s);
    }
    const CcDesktopProfile *profile = m_service.profiles().forAgent(agent.id);
    if (!profile || profile->outdialEntryPointId.isEmpty() ||
        profile->outdialEntryPointId != entryPointId) {
        return bad(u"entryPointId is not the outdial entry point of the agent's profile."_s);
    }
    const QString agentId = agent.id;
    const QString interactionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return m_service.notifier().acceptCommand(
            trackingId, [this, agentId, interactionId, destination, origin, trackingId] {
                const CcAgent *caller = m_service.agents().byId(agentId);
                if (!caller || !caller->loggedIn) {
                    return;
                }
                const std::optional<QString> number = canonicalNumber(destination);
                const QString refusal = !number           ? u"INVALID_DIAL_NUMBER"_s
                                        : taskOf(agentId) ? u"AGENT_BUSY"_s
                                                          : QString();
                if (!refusal.isEmpty()) {
                    qCInfo(lcSimCc) << "outdial of agent" << agentId << "fails:" << refusal;
                    publish(agentId,
                            CcTaskEvents::failedWithoutTask(CcTaskEvents::kOutboundFailed,
                                                            interactionId, refusal),
                            trackingId);
                    return;
                }
                startOutdial(*caller, interactionId, *number, origin, trackingId);
            });
}

void CcTasks::startOutdial(const CcAgent &agent, const QString &interactionId,
                           const QString &number, const QString &origin, const QString &trackingId)
{
    auto owned = std::make_unique<CcTask>();
    CcTask &task = *owned;
    const qint64 at = now();
    task.interactionId = interactionId;
    task.orgId = m_service.orgId();
    task.direction = u"OUTBOUND"_s;
    task.outboundType = u"OUTDIAL"_s;
    task.createdTimestamp = at;
    task.ani = origin.isEmpty() ? m_defaultDnis : origin;
    task.dnis = number;
    task.ronaMs = m_defaultRonaMs;
    CcTaskParticipant customer;
    customer.id = number;
    customer.pType = u"Customer"_s;
    customer.name = number;
    customer.dn = number;
    customer.hasJoined = true;
    customer.joinTimestamp = at;
    customer.currentState = u"connected"_s;
    customer.currentStateTimestamp = at;
    task.participants.append(customer);
    task.media.append(
            CcTaskMedia{task.interactionId, u"mainCall"_s, QStringList{number}, false, 0});
    m_tasks.push_back(std::move(owned));
    qCInfo(lcSimCc) << "agent" << agent.id << "places outdial call" << interactionId;
    // The agent placed it: the desktop's leg is answered at once, then the customer's phone
    // is connected.
    offer(task, agent, trackingId);
    schedule(task, &task.answerTimer, 2 * m_service.notifier().eventDelay(), [this](CcTask &t) {
        if (t.state == CcTask::State::Offered) {
            assign(t, CcNotifier::newTrackingId());
        }
    });
    syncSessions();
}

// --- the steps of a call ---------------------------------------------------------------------

void CcTasks::offer(CcTask &task, const CcAgent &agent, const QString &trackingId)
{
    CcTaskParticipant participant = agentParticipant(agent);
    participant.isOffered = true;
    participant.currentState = u"new"_s;
    participant.currentStateTimestamp = now();
    upsertParticipant(task, participant);
    task.owner = agent.id;
    task.state = CcTask::State::Offered;
    task.queuedTimestamp = now();
    qCInfo(lcSimCc) << "offering call" << task.interactionId << "to agent" << agent.id;
    // Routing reserves the agent, then offers the contact (SDK: AgentContactReserved creates
    // the task, AgentOfferContact rings it).
    const QString agentId = agent.id;
    schedule(task, nullptr, m_service.notifier().eventDelay(),
             [this, agentId, trackingId](CcTask &t) {
                 if (t.state != CcTask::State::Offered || t.owner != agentId) {
                     return;
                 }
                 send(CcTaskEvents::kReserved, t, agentId, trackingId);
                 send(CcTaskEvents::kOffer, t, agentId, trackingId);
             });
    schedule(task, &task.ronaTimer, task.ronaMs, [this](CcTask &t) { ringOut(t); });
}

void CcTasks::assign(CcTask &task, const QString &trackingId)
{
    cancel(task.ronaTimer);
    cancel(task.answerTimer);
    const qint64 at = now();
    if (CcTaskParticipant *agent = task.participant(task.owner)) {
        agent->isOffered = false;
        agent->hasJoined = true;
        agent->hasLeft = false;
        agent->joinTimestamp = at;
        agent->currentState = u"connected"_s;
        agent->currentStateTimestamp = at;
    }
    if (!task.mainMedia().participants.contains(task.owner)) {
        task.mainMedia().participants.append(task.owner);
    }
    task.state = CcTask::State::Connected;
    qCInfo(lcSimCc) << "call" << task.interactionId << "assigned to agent" << task.owner;
    send(CcTaskEvents::kAssigned, task, task.owner, trackingId);
}

void CcTasks::ringOut(CcTask &task)
{
    if (task.state != CcTask::State::Offered) {
        return;
    }
    const QString agentId = task.owner;
    cancel(task.answerTimer);
    if (CcTaskParticipant *agent = task.participant(agentId)) {
        agent->isOffered = false;
        agent->hasLeft = true;
        agent->currentState.clear();
    }
    qCInfo(lcSimCc) << "call" << task.interactionId << "rang out at agent" << agentId;
    // The event shows the call still waiting ("new"), without this agent.
    task.owner.clear();
    publish(agentId, CcTaskEvents::failed(CcTaskEvents::kRona, task, agentId, now(), u"RONA"_s),
            CcNotifier::newTrackingId());
    // Routing takes the call back (requeued elsewhere: it leaves the simulated tenant's view).
    task.state = CcTask::State::Ended;
    // Like the real service: an agent who misses an offer goes Idle on the RONA code.
    m_service.sessions().applyRona(agentId);
}

void CcTasks::hold(CcTask &task, bool held, const QString &trackingId)
{
    const qint64 at = now();
    CcTaskMedia &main = task.mainMedia();
    main.isHold = held;
    main.holdTimestamp = held ? at : 0;
    for (const QString &id : main.participants) {
        if (CcTaskParticipant *p = task.participant(id)) {
            p->currentState = held ? u"hold"_s
                                   : (task.state == CcTask::State::Conferenced ? u"conference"_s
                                                                               : u"connected"_s);
            p->currentStateTimestamp = at;
        }
    }
    send(held ? CcTaskEvents::kHeld : CcTaskEvents::kUnheld, task, task.owner, trackingId);
    if (task.state == CcTask::State::Conferenced && task.consult) {
        send(held ? CcTaskEvents::kHeld : CcTaskEvents::kUnheld, task, task.consult->destAgentId,
             trackingId);
    }
}

void CcTasks::resumeLeg(CcTask &task, const QString &mediaResourceId, const QString &trackingId)
{
    const qint64 at = now();
    for (CcTaskMedia &leg : task.media) {
        const bool resumed = leg.mediaResourceId == mediaResourceId;
        if (leg.isHold != resumed) {
            continue;
        }
        leg.isHold = !resumed;
        leg.holdTimestamp = resumed ? 0 : at;
    }
    for (CcTaskParticipant &p : task.participants) {
        if (p.pType == u"Customer"_s) {
            p.currentState = task.isHeld() ? u"hold"_s : u"connected"_s;
            p.currentStateTimestamp = at;
        }
    }
    qCInfo(lcSimCc) << "call" << task.interactionId << "resumes"
                    << (task.isHeld() ? "the consulted party" : "the customer");
    // The event names the leg that came back (the consult leg's id for the consulted party).
    send(CcTaskEvents::kUnheld, task, task.owner, trackingId,
         {{u"mediaResourceId"_s, mediaResourceId}});
}

void CcTasks::consult(CcTask &task, const Args &args, const QString &trackingId)
{
    const Destination destination = resolve(args.to, args.destinationType, task.owner);
    const bool toQueue = args.destinationType == kQueue;
    if (!destination.failure.isEmpty()) {
        qCInfo(lcSimCc) << "consult from call" << task.interactionId
                        << "fails:" << destination.failure;
        publish(task.owner,
                CcTaskEvents::failed(toQueue ? CcTaskEvents::kCtqFailed
                                             : CcTaskEvents::kConsultFailed,
                                     task, task.owner, now(), destination.failure),
                trackingId);
        return;
    }
    const qint64 at = now();
    CcTaskConsult c;
    c.to = args.to;
    c.destinationType = args.destinationType;
    c.participantId = destination.participantId;
    c.mediaResourceId = newMediaId();
    c.destAgentId = destination.agentId;
    c.queueId = destination.queueId;
    c.heldCustomer = args.holdParticipants;

    CcTaskParticipant consulted;
    consulted.id = destination.participantId;
    consulted.pType = destination.pType;
    consulted.name = destination.name;
    consulted.dn = destination.dn;
    consulted.queueId = destination.queueId;
    consulted.isConsulted = true;
    consulted.consultState = u"consultInitiated"_s;
    consulted.consultTimestamp = at;
    if (const CcAgent *agent = m_service.agents().byId(destination.agentId)) {
        const CcTaskParticipant asAgent = agentParticipant(*agent);
        consulted.teamId = asAgent.teamId;
        consulted.teamName = asAgent.teamName;
        consulted.siteId = asAgent.siteId;
        consulted.deviceType = asAgent.deviceType;
        consulted.deviceId = asAgent.deviceId;
    }
    upsertParticipant(task, consulted);
    if (CcTaskParticipant *owner = task.participant(task.owner)) {
        owner->consultState = u"consultInitiated"_s;
        owner->consultTimestamp = at;
        owner->currentState = u"consulting"_s;
        owner->currentStateTimestamp = at;
    }
    if (args.holdParticipants && !task.isHeld()) {
        task.mainMedia().isHold = true;
        task.mainMedia().holdTimestamp = at;
    }
    task.media.append(CcTaskMedia{c.mediaResourceId, u"consult"_s,
                                  QStringList{task.owner, destination.participantId}, false, 0});
    task.consult = c;
    task.destinationType = args.destinationType;
    task.state = CcTask::State::Consulting;

    const CcCallOutcomes::ConsultOutcome outcome = outcomeFor(destination.keys);
    qCInfo(lcSimCc) << "call" << task.interactionId << "consults a" << args.destinationType
                    << "destination:" << CcCallOutcomes::kindToString(outcome.kind) << "after"
                    << outcome.delayMs << "ms";
    send(CcTaskEvents::kConsultCreated, task, task.owner, trackingId);
    if (!destination.agentId.isEmpty() && outcome.kind != CcCallOutcomes::Busy) {
        // The consulted agent's desktop rings too (SDK: AgentOfferConsult, isConsulted).
        task.consult->offeredToAgent = true;
        if (CcTaskParticipant *p = task.participant(destination.agentId)) {
            p->isOffered = true;
        }
        send(CcTaskEvents::kOfferConsult, task, destination.agentId, trackingId);
    }
    const QString outcomeTracking = CcNotifier::newTrackingId();
    switch (outcome.kind) {
    case CcCallOutcomes::Answer:
        schedule(task, &task.consultTimer, outcome.delayMs,
                 [this, outcomeTracking](CcTask &t) { consultAnswered(t, outcomeTracking); });
        break;
    case CcCallOutcomes::Busy:
        schedule(task, &task.consultTimer, outcome.delayMs, [this, outcomeTracking](CcTask &t) {
            consultFailed(t, u"CONSULT_DESTINATION_BUSY"_s, outcomeTracking);
        });
        break;
    case CcCallOutcomes::NoAnswer:
        schedule(task, &task.consultTimer, outcome.delayMs, [this, outcomeTracking](CcTask &t) {
            consultFailed(t, u"CONSULT_NO_ANSWER"_s, outcomeTracking);
        });
        break;
    }
}

void CcTasks::consultAnswered(CcTask &task, const QString &trackingId)
{
    if (task.state != CcTask::State::Consulting || !task.consult || task.consult->answered) {
        return;
    }
    const qint64 at = now();
    task.consult->answered = true;
    if (CcTaskParticipant *consulted = task.participant(task.consult->participantId)) {
        consulted->isOffered = false;
        consulted->hasJoined = true;
        consulted->hasLeft = false;
        consulted->joinTimestamp = at;
        consulted->consultState = u"consulting"_s;
        consulted->currentState = u"consulting"_s;
        consulted->currentStateTimestamp = at;
    }
    if (CcTaskParticipant *owner = task.participant(task.owner)) {
        owner->consultState = u"consulting"_s;
    }
    qCInfo(lcSimCc) << "consult of call" << task.interactionId << "answered";
    send(CcTaskEvents::kConsulting, task, task.owner, trackingId);
    send(CcTaskEvents::kConsulting, task, task.consult->destAgentId, trackingId);
}

void CcTasks::removeConsult(CcTask &task)
{
    if (!task.consult) {
        return;
    }
    const qint64 at = now();
    cancel(task.consultTimer);
    const CcTaskConsult c = *task.consult;
    task.media.removeIf(
            [&c](const CcTaskMedia &m) { return m.mediaResourceId == c.mediaResourceId; });
    task.mainMedia().participants.removeAll(c.participantId);
    if (CcTaskParticipant *consulted = task.participant(c.participantId)) {
        consulted->hasLeft = true;
        consulted->isOffered = false;
        consulted->consultState.clear();
        consulted->currentState.clear();
        consulted->currentStateTimestamp = at;
    }
    if (CcTaskParticipant *owner = task.participant(task.owner)) {
        owner->consultState.clear();
        owner->currentState = task.isHeld() ? u"hold"_s : u"connected"_s;
        owner->currentStateTimestamp = at;
    }
    task.consult.reset();
    if (task.state == CcTask::State::Consulting || task.state == CcTask::State::Conferenced) {
        task.state = CcTask::State::Connected;
    }
}

void CcTasks::consultFailed(CcTask &task, const QString &reason, const QString &trackingId)
{
    if (task.state != CcTask::State::Consulting || !task.consult) {
        return;
    }
    const CcTaskConsult c = *task.consult;
    removeConsult(task);
    qCInfo(lcSimCc) << "consult of call" << task.interactionId << "failed:" << reason;
    // The customer stays held (when the consult held them) until the agent resumes.
    const QString name =
            c.destinationType == kQueue ? CcTaskEvents::kCtqFailed : CcTaskEvents::kConsultFailed;
    const QJsonObject which{{u"consultMediaResourceId"_s, c.mediaResourceId},
                            {u"destAgentId"_s, c.destAgentId},
                            {u"reason"_s, reason},
                            {u"reasonCode"_s, CcTaskEvents::reasonCode(reason)}};
    send(name, task, task.owner, trackingId, which);
    if (c.offeredToAgent) {
        send(name, task, c.destAgentId, trackingId, which);
    }
}

void CcTasks::endConsult(CcTask &task, const QString &trackingId)
{
    const CcTaskConsult c = *task.consult;
    QString name = CcTaskEvents::kConsultEnded;
    if (task.state == CcTask::State::Conferenced) {
        name = CcTaskEvents::kConsultConferenceEnded;
    } else if (c.destinationType == kQueue && !c.answered) {
        name = CcTaskEvents::kCtqCancelled;
    }
    removeConsult(task);
    qCInfo(lcSimCc) << "consult of call" << task.interactionId << "ended";
    const QJsonObject which{{u"consultMediaResourceId"_s, c.mediaResourceId},
                            {u"destAgentId"_s, c.destAgentId}};
    send(name, task, task.owner, trackingId, which);
    if (c.offeredToAgent) {
        send(name, task, c.destAgentId, trackingId, which);
    }
}

void CcTasks::toWrapUp(CcTask &task, const QString &agentId)
{
    if (agentId.isEmpty()) {
        return;
    }
    const qint64 at = now();
    if (CcTaskParticipant *agent = task.participant(agentId)) {
        agent->hasLeft = true;
        agent->isWrapUp = true;
        agent->isWrappedUp = false;
        agent->consultState.clear();
        agent->currentState = u"wrapUp"_s;
        agent->currentStateTimestamp = at;
        agent->wrapUpTimestamp = at;
    }
    for (CcTaskMedia &m : task.media) {
        m.participants.removeAll(agentId);
    }
    if (!task.wrapUpAgents.contains(agentId)) {
        task.wrapUpAgents.append(agentId);
    }
    if (task.owner == agentId) {
        task.owner.clear();
    }
}

void CcTasks::consultTransfer(CcTask &task, const QString &trackingId)
{
    const CcTaskConsult c = *task.consult;
    const QString from = task.owner;
    const qint64 at = now();
    // The consulted party takes the customer; the consult leg folds into the main call.
    task.media.removeIf(
            [&c](const CcTaskMedia &m) { return m.mediaResourceId == c.mediaResourceId; });
    task.consult.reset();
    CcTaskMedia &main = task.mainMedia();
    main.isHold = false;
    main.holdTimestamp = 0;
    if (!main.participants.contains(c.participantId)) {
        main.participants.append(c.participantId);
    }
    if (CcTaskParticipant *consulted = task.participant(c.participantId)) {
        consulted->isConsulted = false;
        consulted->consultState.clear();
        consulted->currentState = u"connected"_s;
        consulted->currentStateTimestamp = at;
    }
    toWrapUp(task, from);
    task.destinationType = c.destinationType;
    if (!c.destAgentId.isEmpty()) {
        task.owner = c.destAgentId;
        task.state = CcTask::State::Connected;
    } else {
        // A number, an entry point or a queue agent outside the simulated desks: no agent of
        // the tenant is on the call any more.
        task.state = CcTask::State::Ended;
    }
    qCInfo(lcSimCc) << "call" << task.interactionId << "consult-transferred to a"
                    << c.destinationType;
    send(CcTaskEvents::kConsultTransferred, task, from, trackingId);
    send(CcTaskEvents::kWrapup, task, from, trackingId);
    send(CcTaskEvents::kConsultTransferred, task, c.destAgentId, trackingId);
}

void CcTasks::consultConference(CcTask &task, const QString &trackingId)
{
    CcTaskConsult &c = *task.consult;
    const qint64 at = now();
    task.media.removeIf(
            [&c](const CcTaskMedia &m) { return m.mediaResourceId == c.mediaResourceId; });
    CcTaskMedia &main = task.mainMedia();
    main.isHold = false;
    main.holdTimestamp = 0;
    if (!main.participants.contains(c.participantId)) {
        main.participants.append(c.participantId);
    }
    for (const QString &id : main.participants) {
        if (CcTaskParticipant *p = task.participant(id)) {
            if (p->pType != u"Customer"_s) {
                p->consultState = u"conferencing"_s;
            }
            p->currentState = u"conference"_s;
            p->currentStateTimestamp = at;
        }
    }
    task.state = CcTask::State::Conferenced;
    qCInfo(lcSimCc) << "call" << task.interactionId << "conferenced with a" << c.destinationType;
    send(CcTaskEvents::kConsultConferenced, task, task.owner, trackingId);
    send(CcTaskEvents::kConsultConferenced, task, c.destAgentId, trackingId);
}

void CcTasks::blindTransfer(CcTask &task, const Args &args, const QString &trackingId)
{
    const bool toQueue = args.destinationType == kQueue;
    const Destination destination = resolve(args.to, args.destinationType, task.owner);
    if (!destination.failure.isEmpty()) {
        qCInfo(lcSimCc) << "transfer of call" << task.interactionId
                        << "fails:" << destination.failure;
        publish(task.owner,
                CcTaskEvents::failed(toQueue ? CcTaskEvents::kVteamTransferFailed
                                             : CcTaskEvents::kBlindTransferFailed,
                                     task, task.owner, now(), destination.failure),
                trackingId);
        return;
    }
    const QString from = task.owner;
    CcTaskMedia &main = task.mainMedia();
    main.isHold = false;
    main.holdTimestamp = 0;
    toWrapUp(task, from);
    task.destinationType = args.destinationType;
    if (toQueue) {
        // Back to a queue: routing offers it to someone else, outside the simulated desks.
        task.queueId = destination.queueId;
        task.queueName = destination.queueName;
        task.state = CcTask::State::Ended;
    } else if (destination.agentId.isEmpty()) {
        CcTaskParticipant party;
        party.id = destination.participantId;
        party.pType = destination.pType;
        party.name = destination.name;
        party.dn = destination.dn;
        party.hasJoined = true;
        party.joinTimestamp = now();
        party.currentState = u"connected"_s;
        upsertParticipant(task, party);
        main.participants.append(party.id);
        task.state = CcTask::State::Ended;
    }
    qCInfo(lcSimCc) << "call" << task.interactionId << "transferred to a" << args.destinationType;
    send(toQueue ? CcTaskEvents::kVteamTransferred : CcTaskEvents::kBlindTransferred, task, from,
         trackingId);
    send(CcTaskEvents::kWrapup, task, from, trackingId);
    if (const CcAgent *agent = m_service.agents().byId(destination.agentId)) {
        offer(task, *agent, CcNotifier::newTrackingId());
    }
}

void CcTasks::endCall(CcTask &task, bool byCustomer, const QString &trackingId)
{
    const qint64 at = now();
    if (task.state == CcTask::State::Offered) {
        // The customer gave up while it rang: nobody owes a wrap-up.
        cancel(task.ronaTimer);
        cancel(task.answerTimer);
        const QString agentId = task.owner;
        if (CcTaskParticipant *agent = task.participant(agentId)) {
            agent->isOffered = false;
            agent->hasLeft = true;
        }
        if (CcTaskParticipant *customer = task.participant(task.ani)) {
            customer->hasLeft = true;
            customer->currentState.clear();
            customer->currentStateTimestamp = at;
        }
        task.owner.clear();
        task.state = CcTask::State::Ended;
        send(CcTaskEvents::kContactEnded, task, agentId, trackingId);
        return;
    }
    if (task.state == CcTask::State::Consulting) {
        // The consult goes down with the call.
        endConsult(task, trackingId);
    }
    QStringList agents;
    if (!task.owner.isEmpty()) {
        agents.append(task.owner);
    }
    if (task.state == CcTask::State::Conferenced && task.consult &&
        !task.consult->destAgentId.isEmpty()) {
        agents.append(task.consult->destAgentId);
    }
    task.consult.reset();
    for (CcTaskParticipant &p : task.participants) {
        if (p.pType == u"Customer"_s || (p.pType != u"Agent"_s && !p.hasLeft)) {
            p.hasLeft = true;
            p.currentState.clear();
            p.currentStateTimestamp = at;
        }
    }
    task.mainMedia().isHold = false;
    for (const QString &agentId : agents) {
        toWrapUp(task, agentId);
    }
    task.state = CcTask::State::Ended;
    qCInfo(lcSimCc) << "call" << task.interactionId << "ended by"
                    << (byCustomer ? "the customer" : "the agent");
    for (const QString &agentId : agents) {
        send(CcTaskEvents::kContactEnded, task, agentId, trackingId);
        send(CcTaskEvents::kWrapup, task, agentId, trackingId);
    }
}

void CcTasks::wrapUp(CcTask &task, const QString &agentId, const Args &args,
                     const QString &trackingId)
{
    const QJsonObject code = m_service.profiles().auxiliaryCode(args.auxCodeId);
    QString refusal;
    if (code.value(u"workTypeCode"_s).toString() != u"WRAP_UP_CODE"_s ||
        !code.value(u"active"_s).toBool(true)) {
        refusal = u"INVALID_AUX_CODE"_s;
    } else if (const CcDesktopProfile *profile = m_service.profiles().forAgent(agentId);
               profile && !profile->wrapUpCodeIds.contains(args.auxCodeId)) {
        refusal = u"WRAP_UP_CODE_NOT_ALLOWED"_s;
    }
    if (!refusal.isEmpty()) {
        publish(agentId,
                CcTaskEvents::failed(CcTaskEvents::kWrapupFailed, task, agentId, now(), refusal),
                trackingId);
        return;
    }
    task.wrapUpAgents.removeAll(agentId);
    if (CcTaskParticipant *agent = task.participant(agentId)) {
        agent->isWrapUp = false;
        agent->isWrappedUp = true;
        agent->currentState.clear();
        agent->currentStateTimestamp = now();
    }
    qCInfo(lcSimCc) << "agent" << agentId << "wrapped up call" << task.interactionId;
    publish(agentId,
            CcTaskEvents::wrappedUp(task, agentId, now(), args.auxCodeId, args.wrapUpReason),
            trackingId);
}

// --- what other pieces ask -------------------------------------------------------------------

QString CcTasks::stateName(const CcTask &task)
{
    switch (task.state) {
    case CcTask::State::Offered:
        return u"offered"_s;
    case CcTask::State::Connected:
        return task.isHeld() ? u"held"_s : u"connected"_s;
    case CcTask::State::Consulting:
        return u"consulting"_s;
    case CcTask::State::Conferenced:
        return u"conferenced"_s;
    case CcTask::State::Ended:
        return u"ended"_s;
    }
    return {};
}

QJsonObject CcTasks::agentTaskJson(const QString &agentId) const
{
    const CcTask *task = taskOf(agentId);
    if (!task) {
        return {};
    }
    const Role role = roleOf(*task, agentId);
    const QString state = role == Role::WrapUp || task->state == CcTask::State::Ended
                                  ? u"wrapUp"_s
                                  : stateName(*task);
    QJsonObject json{{u"interactionId"_s, task->interactionId},
                     {u"mediaResourceId"_s, task->interactionId},
                     {u"role"_s, role == Role::Owner       ? u"owner"_s
                                 : role == Role::Consulted ? u"consulted"_s
                                                           : u"wrapUp"_s},
                     {u"state"_s, state},
                     {u"ani"_s, task->ani},
                     {u"customerName"_s, task->customerName},
                     {u"queueName"_s, task->queueName}};
    if (task->consult) {
        json.insert(u"consult"_s,
                    QJsonObject{{u"to"_s, task->consult->to},
                                {u"destinationType"_s, task->consult->destinationType},
                                {u"answered"_s, task->consult->answered},
                                {u"consultMediaResourceId"_s, task->consult->mediaResourceId}});
    }
    return json;
}

void CcTasks::rehydrate(const QString &agentId, const QString &trackingId)
{
    for (const auto &task : m_tasks) {
        if (roleOf(*task, agentId) != Role::None) {
            send(CcTaskEvents::kContact, *task, agentId, trackingId);
        }
    }
}

void CcTasks::forgetAgent(const QString &agentId)
{
    QStringList touched;
    for (const auto &task : m_tasks) {
        CcTask &t = *task;
        if (roleOf(t, agentId) == Role::None) {
            continue;
        }
        touched.append(t.interactionId);
        if (t.consult && t.consult->destAgentId == agentId) {
            removeConsult(t);
        }
        if (t.owner == agentId) {
            cancel(t.ronaTimer);
            cancel(t.answerTimer);
            removeConsult(t);
            toWrapUp(t, agentId);
            t.state = CcTask::State::Ended;
        }
        t.wrapUpAgents.removeAll(agentId);
    }
    syncSessions();
    for (const QString &id : touched) {
        dropIfDone(id);
    }
}

// --- control ---------------------------------------------------------------------------------

QJsonObject CcTasks::controlJson(const CcTask &task) const
{
    QJsonArray participants;
    for (const CcTaskParticipant &p : task.participants) {
        participants.append(QJsonObject{{u"id"_s, p.id},
                                        {u"pType"_s, p.pType},
                                        {u"name"_s, p.name},
                                        {u"hasJoined"_s, p.hasJoined},
                                        {u"hasLeft"_s, p.hasLeft}});
    }
    QJsonObject json{{u"interactionId"_s, task.interactionId},
                     {u"interactionState"_s, CcTaskEvents::interactionState(task)},
                     {u"owner"_s, task.owner},
                     {u"wrapUpAgents"_s, QJsonArray::fromStringList(task.wrapUpAgents)},
                     {u"ani"_s, task.ani},
                     {u"dnis"_s, task.dnis},
                     {u"customerName"_s, task.customerName},
                     {u"queueId"_s, task.queueId},
                     {u"queueName"_s, task.queueName},
                     {u"ronaSeconds"_s, task.ronaMs / 1000.0},
                     {u"held"_s, task.isHeld()},
                     {u"participants"_s, participants}};
    json.insert(u"state"_s, stateName(task));
    if (task.consult) {
        json.insert(u"consult"_s,
                    QJsonObject{{u"to"_s, task.consult->to},
                                {u"destinationType"_s, task.consult->destinationType},
                                {u"answered"_s, task.consult->answered},
                                {u"destAgentId"_s, task.consult->destAgentId},
                                {u"consultMediaResourceId"_s, task.consult->mediaResourceId}});
    }
    return json;
}

SimResponse CcTasks::offerCall(const SimRequest &request)
{
    static const QString usage =
            u"expected {\"email\"|\"agentId\", \"ani\", \"queue\"?, \"dnis\"?, "
            "\"customerName\"?, \"ronaSeconds\"?, \"autoAnswerSeconds\"?}"_s;
    const std::optional<QJsonObject> parsed = request.jsonObjectBody();
    if (!parsed) {
        return controlError(400, usage);
    }
    const QJsonObject &body = *parsed;
    const QString ani = body.value(u"ani"_s).toString().trimmed();
    if (ani.isEmpty()) {
        return controlError(400, QString(u"ani is required; "_s + usage));
    }
    for (const QString &name : {u"queue"_s, u"dnis"_s, u"customerName"_s}) {
        const QJsonValue value = body.value(name);
        if (!value.isUndefined() && !value.isString()) {
            return controlError(400, QString(name + u" must be a string; "_s + usage));
        }
    }
    int ronaMs = m_defaultRonaMs;
    if (body.contains(u"ronaSeconds"_s)) {
        const std::optional<int> ms = secondsToMs(body.value(u"ronaSeconds"_s), false);
        if (!ms) {
            return controlError(400, u"ronaSeconds must be a number of seconds above 0"_s);
        }
        ronaMs = *ms;
    }
    std::optional<int> autoAnswerMs;
    if (body.contains(u"autoAnswerSeconds"_s)) {
        autoAnswerMs = secondsToMs(body.value(u"autoAnswerSeconds"_s), true);
        if (!autoAnswerMs) {
            return controlError(400, u"autoAnswerSeconds must be a number of seconds"_s);
        }
    }
    Queue queue;
    const QString queueText = body.value(u"queue"_s).toString().trimmed();
    if (!queueText.isEmpty()) {
        const std::optional<Queue> known = findQueue(queueText);
        if (!known && !m_queues.empty()) {
            return controlError(
                    400, QString(u"no telephony queue with this id or name: "_s + queueText));
        }
        queue = known.value_or(Queue{stableUuid(u"queue"_s, queueText), queueText});
    } else if (!m_queues.empty()) {
        queue = m_queues.front();
    }

    const CcAgent *agent = body.contains(u"agentId"_s)
                                   ? m_service.agents().byId(body.value(u"agentId"_s).toString())
                                   : m_service.agents().byEmail(body.value(u"email"_s).toString());
    if (!agent) {
        return controlError(404, u"no such agent"_s);
    }
    if (!agent->loggedIn) {
        return controlError(409, u"the agent is not logged in"_s);
    }
    if (agent->session.deviceType.isEmpty()) {
        return controlError(409, u"the agent logged in without a voice device (digital only)"_s);
    }
    if (taskOf(agent->id)) {
        return controlError(409, u"the agent already has a call (or owes its wrap-up)"_s);
    }
    if (agent->session.subStatus != kAvailable) {
        return controlError(409, u"the agent is Idle; calls are routed to Available agents only"_s);
    }

    auto owned = std::make_unique<CcTask>();
    CcTask &task = *owned;
    const qint64 at = now();
    task.interactionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    task.orgId = m_service.orgId();
    task.createdTimestamp = at;
    task.ani = ani;
    task.dnis = body.value(u"dnis"_s).toString(m_defaultDnis);
    task.customerName = body.value(u"customerName"_s).toString();
    task.queueId = queue.id;
    task.queueName = queue.name;
    task.ronaMs = ronaMs;
    CcTaskParticipant customer;
    customer.id = ani;
    customer.pType = u"Customer"_s;
    customer.name = task.customerName.isEmpty() ? ani : task.customerName;
    customer.dn = ani;
    customer.hasJoined = true;
    customer.joinTimestamp = at;
    customer.currentState = u"connected"_s;
    customer.currentStateTimestamp = at;
    task.participants.append(customer);
    task.media.append(CcTaskMedia{task.interactionId, u"mainCall"_s, QStringList{ani}, false, 0});
    m_tasks.push_back(std::move(owned));

    offer(task, *agent, CcNotifier::newTrackingId());
    if (autoAnswerMs) {
        schedule(task, &task.answerTimer, m_service.notifier().eventDelay() + *autoAnswerMs,
                 [this](CcTask &t) {
                     if (t.state == CcTask::State::Offered) {
                         assign(t, CcNotifier::newTrackingId());
                     }
                 });
    }
    syncSessions();
    return SimResponse::json(201, QJsonObject{{u"interactionId"_s, task.interactionId},
                                              {u"mediaResourceId"_s, task.interactionId},
                                              {u"agentId"_s, agent->id},
                                              {u"queueId"_s, task.queueId},
                                              {u"queueName"_s, task.queueName},
                                              {u"ronaSeconds"_s, ronaMs / 1000.0}});
}

SimResponse CcTasks::listCalls() const
{
    QJsonArray calls;
    for (const auto &task : m_tasks) {
        calls.append(controlJson(*task));
    }
    return SimResponse::json(200, QJsonObject{{u"calls"_s, calls}});
}

SimResponse CcTasks::answerCall(const SimRequest &request)
{
    CcTask *task = find(request.capture(u"id"_s));
    if (!task) {
        return controlError(404, u"no such call"_s);
    }
    if (task->state != CcTask::State::Offered) {
        return controlError(409, u"the call is not ringing"_s);
    }
    const QString agentId = task->owner;
    assign(*task, CcNotifier::newTrackingId());
    syncSessions();
    return SimResponse::json(
            200, QJsonObject{{u"interactionId"_s, task->interactionId}, {u"agentId"_s, agentId}});
}

SimResponse CcTasks::hangUp(const SimRequest &request)
{
    const QString id = request.capture(u"id"_s);
    CcTask *task = find(id);
    if (!task) {
        return controlError(404, u"no such call"_s);
    }
    if (task->state == CcTask::State::Ended) {
        return controlError(409, u"the customer is no longer on this call"_s);
    }
    endCall(*task, true, CcNotifier::newTrackingId());
    const QJsonObject answer{{u"interactionId"_s, id},
                             {u"wrapUpAgents"_s, QJsonArray::fromStringList(task->wrapUpAgents)}};
    syncSessions();
    dropIfDone(id);
    return SimResponse::json(200, answer);
}

SimResponse CcTasks::consultOutcomes(const SimRequest &request)
{
    static const QString usage = u"expected {\"to\": number|agent id or e-mail|queue id or "
                                 "name|entry point id|\"*\", \"outcome\": "
                                 "\"answer\"|\"busy\"|\"noAnswer\", \"delayMs\"?}"_s;
    if (request.method == "POST") {
        const QJsonObject body = request.jsonBody();
        const QString to = body.value(u"to"_s).toString().trimmed();
        const std::optional<CcCallOutcomes::Kind> kind =
                CcCallOutcomes::kindFromString(body.value(u"outcome"_s).toString());
        const QJsonValue delay = body.value(u"delayMs"_s);
        if (to.isEmpty() || !kind ||
            (!delay.isUndefined() && (!delay.isDouble() || delay.toDouble() < 0))) {
            return controlError(400, usage);
        }
        const int delayMs = delay.isUndefined() ? -1 : int(delay.toDouble());
        m_outcomes.setConsultOutcome(to, {*kind, delayMs});
        // A number is also known by its canonical form (consults look agents up by id and
        // e-mail, queues by id and name).
        if (const std::optional<QString> canonical = canonicalNumber(to);
            canonical && *canonical != to) {
            m_outcomes.setConsultOutcome(*canonical, {*kind, delayMs});
        }
    } else if (request.method == "DELETE") {
        const QString to = request.jsonBody().value(u"to"_s).toString().trimmed();
        if (to.isEmpty()) {
            m_outcomes.clearConsultOutcomes();
        } else {
            bool removed = m_outcomes.removeConsultOutcome(to);
            if (const std::optional<QString> canonical = canonicalNumber(to)) {
                removed = m_outcomes.removeConsultOutcome(*canonical) || removed;
            }
            if (!removed) {
                return controlError(404, u"no outcome for this destination"_s);
            }
        }
    }
    return SimResponse::json(200, QJsonObject{{u"outcomes"_s, m_outcomes.consultOutcomesJson()}});
}

SimResponse CcTasks::taskFailures(const SimRequest &request)
{
    if (request.method == "POST") {
        const QJsonObject body = request.jsonBody();
        CcCallOutcomes::Failure failure;
        failure.action = body.value(u"action"_s).toString();
        failure.reason = body.value(u"reason"_s).toString(u"SIMULATED_FAILURE"_s);
        failure.count = body.value(u"count"_s).toInt(1);
        const QJsonValue lost = body.value(u"lost"_s);
        failure.lost = lost.toBool(false);
        if (!CcCallOutcomes::actions().contains(failure.action) || failure.reason.isEmpty() ||
            failure.count < 1 || !(lost.isUndefined() || lost.isBool())) {
            return controlError(
                    400, u"expected {\"action\": %1, \"reason\"?, \"email\"|\"agentId\"?, "
                         "\"count\"?, \"lost\"?}"_s.arg(CcCallOutcomes::actions().join(u'|')));
        }
        if (body.contains(u"agentId"_s) || body.contains(u"email"_s)) {
            const CcAgent *agent =
                    body.contains(u"agentId"_s)
                            ? m_service.agents().byId(body.value(u"agentId"_s).toString())
                            : m_service.agents().byEmail(body.value(u"email"_s).toString());
            if (!agent) {
                return controlError(404, u"no such agent"_s);
            }
            failure.agentId = agent->id;
        }
        m_outcomes.addFailure(failure);
    } else if (request.method == "DELETE") {
        m_outcomes.clearFailures();
    }
    return SimResponse::json(200, QJsonObject{{u"failures"_s, m_outcomes.failuresJson()}});
}

} // namespace AgentDesk::Sim
