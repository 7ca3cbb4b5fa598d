// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ccevent.h"

#include <core/callevent.h>

#include <QStringList>

#include <optional>

namespace AgentDesk::Cc {

// Reads the task events of the notification socket (category RoutingMessage, payload as in
// SERVICES-REFERENCE.md §1.9, SDK task/types.ts AgentContact) into Core::CallEvent values.
// Pure; any other category gives nothing, and so does a task event whose fields have the
// wrong type (logged). Where the fields come from:
//   callerNumber   the customer: interaction.callAssociatedDetails.ani (else
//                  callProcessingDetails.ani); on an outbound call the number dialled (dn/dnis)
//   queueName      callProcessingDetails.virtualTeamName (else callAssociatedDetails, queueName)
//   customerHeld   interaction.media[interaction.mainInteractionId].isHold
//   wrapUpRequired data.wrapUpRequired, or the agent listed in data.agentsPendingWrapUp
//   destination    the consulted party, while a consult leg exists: destAgentId (agent), else
//                  the consult leg's other participant (dialNumber: its dn; queue: its queueId)
//   connectedAt, consultStartedAt  the agent's and the consulted party's join timestamps
//   if (const auto call = TaskEvents::read(event)) { session.handleEvent(*call); }
class TaskEvents
{
public:
    static bool isTaskEvent(const CcEvent &event);
    static std::optional<Core::CallEvent> read(const CcEvent &event);
    // data.isConsulted: the event is about someone else's call that this agent was asked to
    // join (AgentOfferConsult and what follows), not a call of its own.
    static bool isForConsultedAgent(const CcEvent &event);
    // A call the agent placed (click-to-call): interaction.outboundType OUTDIAL, or
    // contactDirection OUTBOUND.
    static bool isOutdial(const CcEvent &event);
    // The interactions AgentReloginSuccess / AgentChannelReloginSuccess list (data.interactionIds,
    // SDK ReloginSuccess); nothing for another event or when the list is absent or unreadable.
    static std::optional<QStringList> reloadedInteractions(const CcEvent &event);
};

} // namespace AgentDesk::Cc
