// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cctaskevents.h"

#include "cctask.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace AgentDesk::Sim {

static QJsonValue timestampOrNull(qint64 ms)
{
    return ms == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(ms);
}

// The real service sends callProcessingDetails and callAssociatedDetails values as strings.
static QString flag(bool value)
{
    return value ? u"true"_s : u"false"_s;
}

static int ronaSeconds(const CcTask &task)
{
    return int(std::ceil(task.ronaMs / 1000.0));
}

QString CcTaskEvents::interactionState(const CcTask &task)
{
    switch (task.state) {
    case CcTask::State::Offered:
        return u"new"_s;
    case CcTask::State::Connected:
        return task.isHeld() ? u"hold"_s : u"connected"_s;
    case CcTask::State::Consulting:
        return u"consulting"_s;
    case CcTask::State::Conferenced:
        return u"conference"_s;
    case CcTask::State::Ended:
        return u"wrapUp"_s;
    }
    return {};
}

int CcTaskEvents::reasonCode(const QString &reason)
{
    // The simulator's own numbers (real events carry a numeric reasonCode whose values are not
    // public); a range apart from the agent events' (CcAgentEvents::reasonCode).
    static const QStringList reasons{
            u"RONA"_s,
            u"CONSULT_DESTINATION_BUSY"_s,
            u"CONSULT_NO_ANSWER"_s,
            u"AGENT_NOT_FOUND"_s,
            u"AGENT_NOT_AVAILABLE"_s,
            u"QUEUE_NOT_FOUND"_s,
            u"INVALID_DIAL_NUMBER"_s,
            u"INVALID_AUX_CODE"_s,
            u"WRAP_UP_CODE_NOT_ALLOWED"_s,
            u"INVALID_TASK_STATE"_s,
            u"TASK_NOT_FOUND"_s,
            u"SIMULATED_FAILURE"_s,
            u"AGENT_BUSY"_s,
    };
    const qsizetype index = reasons.indexOf(reason);
    return index < 0 ? 2000 : 2001 + int(index);
}

static QJsonObject participantJson(const CcTaskParticipant &p)
{
    const auto orNull = [](const QString &text) {
        return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
    };
    QJsonObject json{
            {u"id"_s, p.id},
            {u"pType"_s, p.pType},
            {u"type"_s, p.pType},
            {u"name"_s, p.name},
            {u"dn"_s, orNull(p.dn)},
            {u"hasJoined"_s, p.hasJoined},
            {u"hasLeft"_s, p.hasLeft},
            {u"isInPredial"_s, false},
            {u"isOffered"_s, p.isOffered},
            {u"isConsulted"_s, p.isConsulted},
            {u"consultState"_s, orNull(p.consultState)},
            {u"isWrapUp"_s, p.isWrapUp},
            {u"isWrappedUp"_s, p.isWrappedUp},
            {u"currentState"_s, orNull(p.currentState)},
            {u"currentStateTimestamp"_s, timestampOrNull(p.currentStateTimestamp)},
            {u"joinTimestamp"_s, timestampOrNull(p.joinTimestamp)},
            {u"consultTimestamp"_s, timestampOrNull(p.consultTimestamp)},
            {u"wrapUpTimestamp"_s, timestampOrNull(p.wrapUpTimestamp)},
    };
    if (p.pType == u"Agent"_s) {
        json.insert(u"teamId"_s, p.teamId);
        json.insert(u"teamName"_s, p.teamName);
        json.insert(u"siteId"_s, p.siteId);
        json.insert(u"deviceType"_s, orNull(p.deviceType));
        json.insert(u"deviceId"_s, orNull(p.deviceId));
    }
    if (!p.queueId.isEmpty()) {
        json.insert(u"queueId"_s, p.queueId);
    }
    return json;
}

static QJsonObject interactionJson(const CcTask &task)
{
    QJsonObject participants;
    for (const CcTaskParticipant &p : task.participants) {
        participants.insert(p.id, participantJson(p));
    }
    QJsonObject media;
    for (const CcTaskMedia &m : task.media) {
        media.insert(m.mediaResourceId,
                     QJsonObject{{u"mediaResourceId"_s, m.mediaResourceId},
                                 {u"mediaType"_s, u"telephony"_s},
                                 {u"mediaMgr"_s, u"cmm"_s},
                                 {u"mType"_s, m.mType},
                                 {u"participants"_s, QJsonArray::fromStringList(m.participants)},
                                 {u"isHold"_s, m.isHold},
                                 {u"holdTimestamp"_s, timestampOrNull(m.holdTimestamp)}});
    }
    const QString rona = QString::number(ronaSeconds(task));
    const bool conferencing = task.state == CcTask::State::Conferenced;
    QJsonObject processing{
            {u"ani"_s, task.ani},
            {u"displayAni"_s, task.ani},
            {u"dnis"_s, task.dnis},
            {u"customerName"_s, task.customerName},
            {u"virtualTeamName"_s, task.queueName},
            {u"QueueId"_s, task.queueId},
            {u"vteamId"_s, task.queueId},
            {u"ronaTimeout"_s, rona},
            {u"tenantId"_s, task.orgId},
            {u"QMgrName"_s, u"aqm"_s},
            {u"taskToBeSelfServiced"_s, u"false"_s},
            {u"isConferencing"_s, flag(conferencing)},
    };
    if (task.consult) {
        processing.insert(u"relationshipType"_s, u"consult"_s);
        if (const CcTaskParticipant *consulted = task.participant(task.consult->participantId)) {
            processing.insert(u"consultDestinationAgentName"_s, consulted->name);
        }
        processing.insert(u"consultDestinationAgentJoined"_s, flag(task.consult->answered));
    }
    return QJsonObject{
            {u"interactionId"_s, task.interactionId},
            {u"orgId"_s, task.orgId},
            {u"mediaType"_s, u"telephony"_s},
            {u"mediaChannel"_s, u"telephony"_s},
            {u"state"_s, CcTaskEvents::interactionState(task)},
            {u"isTerminated"_s, task.state == CcTask::State::Ended},
            {u"isFcManaged"_s, false},
            {u"owner"_s, task.owner},
            {u"currentVTeam"_s, task.queueId},
            {u"previousVTeams"_s, QJsonArray{}},
            {u"mainInteractionId"_s, task.interactionId},
            {u"createdTimestamp"_s, task.createdTimestamp},
            {u"queuedTimestamp"_s, timestampOrNull(task.queuedTimestamp)},
            {u"contactDirection"_s, QJsonObject{{u"type"_s, task.direction}}},
            {u"outboundType"_s, task.outboundType.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                            : QJsonValue(task.outboundType)},
            {u"participants"_s, participants},
            {u"media"_s, media},
            {u"callProcessingDetails"_s, processing},
            {u"callAssociatedDetails"_s, QJsonObject{{u"ani"_s, task.ani},
                                                     {u"dn"_s, task.dnis},
                                                     {u"customerName"_s, task.customerName},
                                                     {u"virtualTeamName"_s, task.queueName},
                                                     {u"ronaTimeout"_s, rona}}},
    };
}

QJsonObject CcTaskEvents::contact(const CcTask &task, const QString &agentId, qint64 now)
{
    const bool consulted = task.consult && task.consult->destAgentId == agentId;
    const CcTaskParticipant *self = task.participant(agentId);
    const bool pendingWrapUp = task.wrapUpAgents.contains(agentId);
    QString consultingAgentId;
    if (task.consult) {
        // The consult's initiator is the agent in the consult leg who is not consulted.
        if (const CcTaskMedia *leg = task.mediaById(task.consult->mediaResourceId)) {
            for (const QString &id : leg->participants) {
                if (id != task.consult->participantId) {
                    consultingAgentId = id;
                }
            }
        }
        if (consultingAgentId.isEmpty()) {
            consultingAgentId = task.owner;
        }
    }
    return QJsonObject{
            {u"interactionId"_s, task.interactionId},
            {u"agentId"_s, agentId},
            {u"mediaResourceId"_s, task.interactionId},
            {u"consultMediaResourceId"_s, task.consult ? task.consult->mediaResourceId : QString()},
            {u"destAgentId"_s, task.consult ? task.consult->destAgentId : QString()},
            {u"consultingAgentId"_s, consultingAgentId},
            {u"destinationType"_s, task.destinationType},
            {u"owner"_s, task.owner},
            {u"queueMgr"_s, u"aqm"_s},
            {u"queueName"_s, task.queueName},
            {u"ronaTimeout"_s, ronaSeconds(task)},
            {u"isConsulted"_s, consulted},
            {u"isConferencing"_s, task.state == CcTask::State::Conferenced},
            {u"wrapUpRequired"_s, pendingWrapUp || (self && self->isWrapUp && !self->isWrappedUp)},
            {u"agentsPendingWrapUp"_s, QJsonArray::fromStringList(task.wrapUpAgents)},
            {u"eventTime"_s, now},
            {u"interaction"_s, interactionJson(task)},
    };
}

CcEvent CcTaskEvents::event(const QString &name, const CcTask &task, const QString &agentId,
                            qint64 now, const QJsonObject &extra)
{
    QJsonObject data = contact(task, agentId, now);
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it) {
        data.insert(it.key(), it.value());
    }
    return {category(), name, data};
}

CcEvent CcTaskEvents::failed(const QString &name, const CcTask &task, const QString &agentId,
                             qint64 now, const QString &reason)
{
    return event(name, task, agentId, now,
                 {{u"reason"_s, reason}, {u"reasonCode"_s, reasonCode(reason)}});
}

CcEvent CcTaskEvents::failedWithoutTask(const QString &name, const QString &interactionId,
                                        const QString &reason)
{
    return {category(), name,
            QJsonObject{{u"interactionId"_s, interactionId},
                        {u"mediaResourceId"_s, interactionId},
                        {u"reason"_s, reason},
                        {u"reasonCode"_s, reasonCode(reason)}}};
}

CcEvent CcTaskEvents::wrappedUp(const CcTask &task, const QString &agentId, qint64 now,
                                const QString &auxCodeId, const QString &wrapUpReason)
{
    return event(kWrappedUp, task, agentId, now,
                 {{u"wrapUpAuxCodeId"_s, auxCodeId}, {u"wrapUpReason"_s, wrapUpReason}});
}

} // namespace AgentDesk::Sim
