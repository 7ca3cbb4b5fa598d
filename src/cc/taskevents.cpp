// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskevents.h"

#include "cclogging.h"
#include "jsonshape.h"

using namespace Qt::StringLiterals;

namespace AgentDesk::Cc {

static const QString kRoutingMessage = u"RoutingMessage"_s;

bool TaskEvents::isTaskEvent(const CcEvent &event)
{
    return event.category == kRoutingMessage;
}

bool TaskEvents::isForConsultedAgent(const CcEvent &event)
{
    return isTaskEvent(event) && event.data.value(u"isConsulted"_s).toBool(false);
}

bool TaskEvents::isOutdial(const CcEvent &event)
{
    if (!isTaskEvent(event)) {
        return false;
    }
    const QJsonObject interaction = event.data.value(u"interaction"_s).toObject();
    return interaction.value(u"outboundType"_s).toString() == u"OUTDIAL"_s ||
           interaction.value(u"contactDirection"_s)
                           .toObject()
                           .value(u"type"_s)
                           .toString()
                           .compare(u"OUTBOUND"_s, Qt::CaseInsensitive) == 0;
}

std::optional<QStringList> TaskEvents::reloadedInteractions(const CcEvent &event)
{
    if (event.name != u"AgentReloginSuccess"_s && event.name != u"AgentChannelReloginSuccess"_s) {
        return std::nullopt;
    }
    if (!event.data.contains(u"interactionIds"_s)) {
        return std::nullopt;
    }
    JsonShape shape(event.name);
    const QStringList ids = shape.texts(event.data, u"interactionIds"_s, JsonShape::NonEmpty);
    if (!shape.ok()) {
        qCWarning(lcCc) << "ignoring the interactions of a relogin:" << shape.problem();
        return std::nullopt;
    }
    return ids;
}

// Epoch milliseconds, or null; anything else is a shape problem.
static QDateTime readTime(JsonShape &shape, const QJsonObject &object, const QString &key)
{
    const double ms = shape.number(object, key, JsonShape::Optional, 0);
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(qint64(ms), Qt::UTC) : QDateTime();
}

namespace {

// What the event's interaction object says, read once.
struct Interaction
{
    QString state;
    QString direction;
    QString mainMediaId;
    QJsonObject media;
    QJsonObject participants;
    QString ani;
    QString dialled;
    QString queueName;
};

Interaction readInteraction(JsonShape &shape, const QJsonObject &data, bool required)
{
    Interaction read;
    const QJsonObject interaction = shape.object(
            data, u"interaction"_s, required ? JsonShape::Required : JsonShape::Optional);
    if (!data.value(u"interaction"_s).isObject()) {
        return read;
    }
    JsonShape::Scope scope(shape, u"interaction"_s);
    read.state = shape.text(interaction, u"state"_s,
                            required ? JsonShape::NonEmpty : JsonShape::Optional);
    read.mainMediaId = shape.text(interaction, u"mainInteractionId"_s, JsonShape::Optional);
    read.media = shape.object(interaction, u"media"_s, JsonShape::Optional);
    read.participants = shape.object(interaction, u"participants"_s, JsonShape::Optional);
    {
        const QJsonObject direction =
                shape.object(interaction, u"contactDirection"_s, JsonShape::Optional);
        JsonShape::Scope directionScope(shape, u"contactDirection"_s);
        read.direction = shape.text(direction, u"type"_s, JsonShape::Optional);
    }
    const QJsonObject associated =
            shape.object(interaction, u"callAssociatedDetails"_s, JsonShape::Optional);
    const QJsonObject processing =
            shape.object(interaction, u"callProcessingDetails"_s, JsonShape::Optional);
    QString associatedAni, associatedDn, associatedQueue;
    {
        JsonShape::Scope associatedScope(shape, u"callAssociatedDetails"_s);
        associatedAni = shape.text(associated, u"ani"_s, JsonShape::Optional);
        associatedDn = shape.text(associated, u"dn"_s, JsonShape::Optional);
        associatedQueue = shape.text(associated, u"virtualTeamName"_s, JsonShape::Optional);
    }
    QString processingAni, processingDnis, processingQueue;
    {
        JsonShape::Scope processingScope(shape, u"callProcessingDetails"_s);
        processingAni = shape.text(processing, u"ani"_s, JsonShape::Optional);
        processingDnis = shape.text(processing, u"dnis"_s, JsonShape::Optional);
        processingQueue = shape.text(processing, u"virtualTeamName"_s, JsonShape::Optional);
    }
    read.ani = associatedAni.isEmpty() ? processingAni : associatedAni;
    read.dialled = associatedDn.isEmpty() ? processingDnis : associatedDn;
    read.queueName = processingQueue.isEmpty() ? associatedQueue : processingQueue;
    return read;
}

// The consulted party of the consult leg `consultMediaId`, as (destination, destinationType):
// the consulted agent when there is one, else the leg's participant who is not an agent of
// this call. Also when that party joined, or was called.
std::pair<QString, QString> consultedParty(JsonShape &shape, const Interaction &interaction,
                                           const QString &consultMediaId,
                                           const QString &destAgentId, const QString &agentId,
                                           const QString &consultingAgentId,
                                           QDateTime *consultStartedAt)
{
    QString id = destAgentId;
    if (id.isEmpty() && interaction.media.contains(consultMediaId)) {
        JsonShape::Scope scope(shape, u"interaction.media"_s);
        const QJsonObject leg = shape.object(interaction.media.value(consultMediaId));
        JsonShape::Scope legScope(shape, consultMediaId);
        for (const QString &member : shape.texts(leg, u"participants"_s, JsonShape::Optional)) {
            if (member != agentId && member != consultingAgentId) {
                id = member;
                break;
            }
        }
    }
    if (id.isEmpty()) {
        return {}; // the leg is gone already (ended, failed, transferred)
    }
    const QString fallbackType = destAgentId.isEmpty() ? QString() : u"agent"_s;
    if (!interaction.participants.contains(id)) {
        return {id, fallbackType};
    }
    JsonShape::Scope scope(shape, u"interaction.participants"_s);
    const QJsonObject party = shape.object(interaction.participants.value(id));
    JsonShape::Scope partyScope(shape, id);
    const QString pType = shape.text(party, u"pType"_s, JsonShape::Optional);
    const QString dn = shape.text(party, u"dn"_s, JsonShape::Optional);
    const QString queueId = shape.text(party, u"queueId"_s, JsonShape::Optional);
    const bool joined = shape.boolean(party, u"hasJoined"_s, JsonShape::Optional, false);
    *consultStartedAt = readTime(shape, party, joined ? u"joinTimestamp"_s : u"consultTimestamp"_s);
    if (!destAgentId.isEmpty()) {
        return {destAgentId, u"agent"_s};
    }
    // SDK core/Utils.ts calculateDestType: DN ↔ dialNumber, EP-DN ↔ entryPoint; a queue
    // consult is answered by one of its agents, who carries the queue's id.
    if (!queueId.isEmpty()) {
        return {queueId, u"queue"_s};
    }
    if (pType == u"DN"_s) {
        return {dn.isEmpty() ? id : dn, u"dialNumber"_s};
    }
    if (pType == u"EP-DN"_s) {
        return {id, u"entryPoint"_s};
    }
    return {id, pType == u"Agent"_s ? u"agent"_s : QString()};
}

} // namespace

std::optional<Core::CallEvent> TaskEvents::read(const CcEvent &event)
{
    if (!isTaskEvent(event)) {
        return std::nullopt;
    }
    JsonShape shape(event.name);
    const QJsonObject &data = event.data;
    Core::CallEvent call;
    call.name = event.name;
    const bool rehydrate = call.kind() == Core::CallEvent::Kind::Rehydrated;
    call.interactionId = shape.text(data, u"interactionId"_s, JsonShape::NonEmpty);
    call.mediaResourceId = shape.text(data, u"mediaResourceId"_s, JsonShape::Optional);
    call.consultMediaResourceId =
            shape.text(data, u"consultMediaResourceId"_s, JsonShape::Optional);
    call.reason = shape.text(data, u"reason"_s, JsonShape::Optional);
    if (call.reason.isEmpty() && data.value(u"reasonCode"_s).isDouble()) {
        call.reason = QString::number(data.value(u"reasonCode"_s).toInteger());
    }
    const QString agentId = event.agentId;
    const QString destAgentId = shape.text(data, u"destAgentId"_s, JsonShape::Optional);
    const QString consultingAgentId = shape.text(data, u"consultingAgentId"_s, JsonShape::Optional);
    const QString destinationType = shape.text(data, u"destinationType"_s, JsonShape::Optional);
    const QStringList pendingWrapUp =
            shape.texts(data, u"agentsPendingWrapUp"_s, JsonShape::Optional);
    call.wrapUpRequired = shape.boolean(data, u"wrapUpRequired"_s, JsonShape::Optional, false) ||
                          (!agentId.isEmpty() && pendingWrapUp.contains(agentId));
    const QString queueName = shape.text(data, u"queueName"_s, JsonShape::Optional);

    // The reload's answer is the whole picture: it must say what state the call is in.
    const Interaction interaction = readInteraction(shape, data, rehydrate);
    call.interactionState = interaction.state;
    call.callerNumber = interaction.direction.compare(u"OUTBOUND"_s, Qt::CaseInsensitive) == 0
                                ? interaction.dialled
                                : interaction.ani;
    call.queueName = interaction.queueName.isEmpty() ? queueName : interaction.queueName;
    const QString mainMedia =
            interaction.mainMediaId.isEmpty() ? call.interactionId : interaction.mainMediaId;
    if (interaction.media.contains(mainMedia)) {
        JsonShape::Scope scope(shape, u"interaction.media"_s);
        const QJsonObject main = shape.object(interaction.media.value(mainMedia));
        JsonShape::Scope mainScope(shape, mainMedia);
        if (main.value(u"isHold"_s).isBool()) {
            call.customerHeld = main.value(u"isHold"_s).toBool();
        } else {
            shape.boolean(main, u"isHold"_s, JsonShape::Optional);
        }
    }
    if (!agentId.isEmpty() && interaction.participants.contains(agentId)) {
        JsonShape::Scope scope(shape, u"interaction.participants"_s);
        const QJsonObject self = shape.object(interaction.participants.value(agentId));
        JsonShape::Scope selfScope(shape, agentId);
        call.connectedAt = readTime(shape, self, u"joinTimestamp"_s);
    }
    if (!call.consultMediaResourceId.isEmpty()) {
        const auto [destination, type] =
                consultedParty(shape, interaction, call.consultMediaResourceId, destAgentId,
                               agentId, consultingAgentId, &call.consultStartedAt);
        call.destination = destination;
        call.destinationType = type.isEmpty() ? destinationType : type;
    }
    if (!shape.ok()) {
        qCWarning(lcCc) << "ignoring a task event that cannot be read:" << shape.problem();
        return std::nullopt;
    }
    return call;
}

} // namespace AgentDesk::Cc
