// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ccagentevents.h"

#include <QJsonObject>
#include <QString>

namespace AgentDesk::Sim {

struct CcTask;

// The wire shape of every task event (category RoutingMessage), built in one place from the
// task as one agent sees it (SDK services/task/types.ts AgentContact/TaskData/Interaction,
// SERVICES-REFERENCE.md §1.7-1.9). CcNotifier adds eventType, agentId, trackingId, orgId.
//   CcEvent e = CcTaskEvents::event(CcTaskEvents::kHeld, task, agentId);
//   notifier.publish(agentId, e.category, e.name, e.data, trackingId);
//
// data: {type, interactionId, agentId, mediaResourceId (the main leg = interactionId),
//   consultMediaResourceId ("" without a consult), destAgentId (consulted agent or ""),
//   consultingAgentId, destinationType, owner, queueMgr "aqm", queueName, ronaTimeout (s),
//   isConsulted (this agent is the consulted party), isConferencing, wrapUpRequired,
//   agentsPendingWrapUp [agentId], eventTime, reason?, reasonCode?,
//   interaction: {interactionId, orgId, mediaType "telephony", mediaChannel "telephony", state
//     (new | connected | hold | consulting | conference | wrapUp), isTerminated, isFcManaged,
//     owner, currentVTeam (queue id), previousVTeams, mainInteractionId, createdTimestamp,
//     queuedTimestamp, contactDirection {type: INBOUND | OUTBOUND}, outboundType (OUTDIAL|null),
//     participants {<id>: {id, pType, type, name, dn, hasJoined, hasLeft, isInPredial,
//       isOffered, isConsulted, consultState, isWrapUp, isWrappedUp, currentState,
//       currentStateTimestamp, joinTimestamp, consultTimestamp, wrapUpTimestamp, teamId,
//       teamName, siteId, deviceType, deviceId, queueId}},
//     media {<mediaResourceId>: {mediaResourceId, mediaType, mediaMgr "cmm", mType (mainCall |
//       consult), participants [id], isHold, holdTimestamp}},
//     callProcessingDetails {ani, displayAni, dnis, customerName, virtualTeamName, QueueId,
//       vteamId, ronaTimeout, tenantId, QMgrName, taskToBeSelfServiced, isConferencing,
//       relationshipType?, consultDestinationAgentName?, consultDestinationAgentJoined?} (all
//       strings, as the real service sends them),
//     callAssociatedDetails {ani, dn, customerName, virtualTeamName, ronaTimeout}}}
//
// Event-specific fields: AgentConsultFailed/AgentCtqFailed/AgentConsultEnded/AgentCtqCancelled
// keep consultMediaResourceId and destAgentId of the consult that just went away;
// AgentWrappedUp adds wrapUpAuxCodeId and wrapUpReason as the agent sent them.
//
// Reasons (data.reason; data.reasonCode is the simulator's own number, clients map reason):
//   AgentOfferContactRona             RONA
//   AgentConsultFailed/AgentCtqFailed CONSULT_DESTINATION_BUSY, CONSULT_NO_ANSWER,
//                                     AGENT_NOT_FOUND, AGENT_NOT_AVAILABLE, QUEUE_NOT_FOUND,
//                                     INVALID_DIAL_NUMBER
//   AgentBlindTransferFailed/AgentVteamTransferFailed  the same destination reasons
//   AgentWrapupFailed                 INVALID_AUX_CODE, WRAP_UP_CODE_NOT_ALLOWED
//   AgentOutboundFailed               INVALID_DIAL_NUMBER, AGENT_BUSY (only interactionId,
//                                     reason and reasonCode: no call was made)
//   any …Failed                       INVALID_TASK_STATE (the task changed between the 202 and
//                                     the outcome), TASK_NOT_FOUND (it ended meanwhile),
//                                     SIMULATED_FAILURE or the reason given to
//                                     /_sim/cc/task-failures
class CcTaskEvents final
{
public:
    static QString category() { return QStringLiteral("RoutingMessage"); }

    // Offer and assignment.
    static inline const QString kReserved = QStringLiteral("AgentContactReserved");
    static inline const QString kOffer = QStringLiteral("AgentOfferContact");
    static inline const QString kRona = QStringLiteral("AgentOfferContactRona");
    static inline const QString kAssigned = QStringLiteral("AgentContactAssigned");
    static inline const QString kAssignFailed = QStringLiteral("AgentContactAssignFailed");
    static inline const QString kContact = QStringLiteral("AgentContact"); // reload
    // Hold.
    static inline const QString kHeld = QStringLiteral("AgentContactHeld");
    static inline const QString kHoldFailed = QStringLiteral("AgentContactHoldFailed");
    static inline const QString kUnheld = QStringLiteral("AgentContactUnheld");
    static inline const QString kUnholdFailed = QStringLiteral("AgentContactUnHoldFailed");
    // Consult.
    static inline const QString kConsultCreated = QStringLiteral("AgentConsultCreated");
    static inline const QString kOfferConsult = QStringLiteral("AgentOfferConsult");
    static inline const QString kConsulting = QStringLiteral("AgentConsulting");
    static inline const QString kConsultFailed = QStringLiteral("AgentConsultFailed");
    static inline const QString kCtqFailed = QStringLiteral("AgentCtqFailed");
    static inline const QString kConsultEnded = QStringLiteral("AgentConsultEnded");
    static inline const QString kConsultEndFailed = QStringLiteral("AgentConsultEndFailed");
    static inline const QString kCtqCancelled = QStringLiteral("AgentCtqCancelled");
    static inline const QString kCtqCancelFailed = QStringLiteral("AgentCtqCancelFailed");
    static inline const QString kConsultConferenceEnded =
            QStringLiteral("AgentConsultConferenceEnded");
    static inline const QString kConsultConferenceEndFailed =
            QStringLiteral("AgentConsultConferenceEndFailed");
    static inline const QString kConsultTransferred = QStringLiteral("AgentConsultTransferred");
    static inline const QString kConsultTransferFailed =
            QStringLiteral("AgentConsultTransferFailed");
    static inline const QString kConsultConferenced = QStringLiteral("AgentConsultConferenced");
    static inline const QString kConsultConferenceFailed =
            QStringLiteral("AgentConsultConferenceFailed");
    // Blind transfer.
    static inline const QString kBlindTransferred = QStringLiteral("AgentBlindTransferred");
    static inline const QString kBlindTransferFailed = QStringLiteral("AgentBlindTransferFailed");
    static inline const QString kVteamTransferred = QStringLiteral("AgentVteamTransferred");
    static inline const QString kVteamTransferFailed = QStringLiteral("AgentVteamTransferFailed");
    // End and wrap-up.
    static inline const QString kContactEnded = QStringLiteral("ContactEnded");
    static inline const QString kEndFailed = QStringLiteral("AgentContactEndFailed");
    static inline const QString kWrapup = QStringLiteral("AgentWrapup");
    static inline const QString kWrappedUp = QStringLiteral("AgentWrappedUp");
    static inline const QString kWrapupFailed = QStringLiteral("AgentWrapupFailed");
    // Click-to-call (POST /v1/tasks) that could not be placed.
    static inline const QString kOutboundFailed = QStringLiteral("AgentOutboundFailed");

    // The task as `agentId` sees it (the fields above, without type and reason).
    static QJsonObject contact(const CcTask &task, const QString &agentId, qint64 now);
    // An event about the task for one agent; `extra` keys win.
    static CcEvent event(const QString &name, const CcTask &task, const QString &agentId,
                         qint64 now, const QJsonObject &extra = {});
    // A …Failed event (or RONA, a consult that failed): the task as it is, plus the reason.
    static CcEvent failed(const QString &name, const CcTask &task, const QString &agentId,
                          qint64 now, const QString &reason);
    // A …Failed event for a task that no longer exists.
    static CcEvent failedWithoutTask(const QString &name, const QString &interactionId,
                                     const QString &reason);
    // AgentWrappedUp, echoing the wrap-up code and reason the agent chose.
    static CcEvent wrappedUp(const CcTask &task, const QString &agentId, qint64 now,
                             const QString &auxCodeId, const QString &wrapUpReason);

    // interaction.state for the task.
    static QString interactionState(const CcTask &task);
    static int reasonCode(const QString &reason);
};

} // namespace AgentDesk::Sim
