// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace AgentDesk::Core {

// One contact-center task event as CallSession needs it: the event name (data.type) and the few
// payload fields the call view and the state machine use (SERVICES-REFERENCE.md §1.9). The
// session layer copies them out of the notification; nothing here knows JSON.
//   CallEvent event;
//   event.name = data[u"type"_s].toString();           // "AgentContactHeld"
//   event.mediaResourceId = data[u"mediaResourceId"_s].toString();
//   event.consultMediaResourceId = data[u"consultMediaResourceId"_s].toString();
//   call.handleEvent(event);
struct CallEvent
{
    // Every event name CallSession reacts to; several names can share a kind.
    enum class Kind
    {
        Unknown, // a name CallSession does not handle: ignored
        Offered, // AgentContactReserved, AgentOfferContact
        Assigned,
        Rona, // AgentOfferContactRona
        Held,
        Unheld,
        ConsultCreated,
        Consulting,
        ConsultEnded, // AgentConsultEnded, AgentCtqCancelled (a consult to a queue, cancelled)
        ConsultTransferred, // AgentConsultTransferring, AgentConsultTransferred
        Conferenced,        // AgentConsultConferencing, AgentConsultConferenced
        ConferenceEnded,    // AgentConsultConferenceEnded
        ParticipantLeft,    // ParticipantLeftConference
        BlindTransferred,   // AgentBlindTransferred, AgentVteamTransferred
        ContactEnded,
        Wrapup,    // AgentWrapup: wrap-up starts
        WrappedUp, // AgentWrappedUp: wrap-up saved
        Unassigned,
        Rehydrated, // AgentContact: the current picture after /v1/agents/reload
        // Failures, each of one command.
        AssignFailed,
        HoldFailed,
        UnholdFailed,
        ConsultFailed,    // AgentConsultFailed, AgentCtqFailed
        ConsultEndFailed, // AgentConsultEndFailed, AgentCtqCancelFailed,
                          // AgentConsultConferenceEndFailed
        ConsultTransferFailed,
        ConferenceFailed,
        BlindTransferFailed, // AgentBlindTransferFailed, AgentVteamTransferFailed
        EndFailed,
        WrapupFailed
    };

    QString name;          // data.type
    QString interactionId; // data.interactionId
    QString callerNumber;  // the customer's number (ANI), when the payload has it
    QString queueName;     // the queue the call came through, when the payload has it
    QString destination;   // consult/transfer target as the event names it, when it does
    QString destinationType;
    QString reason; // data.reason on failures and RONA, for the log
    QString mediaResourceId;
    QString consultMediaResourceId;
    // AgentContact only: interaction.state ("new", "connected", "hold", "consulting",
    // "conference", "wrapUp", "post_call"...).
    QString interactionState;
    // Whether the customer's (main) media is on hold, when the payload says so
    // (interaction.media[mainInteractionId].isHold).
    std::optional<bool> customerHeld;
    // This agent must wrap up (data.wrapUpRequired, or the agent is in agentsPendingWrapUp).
    bool wrapUpRequired = false;
    // AgentContact only: when the agent joined the call and when the consult leg started, so
    // that timers continue where they were.
    QDateTime connectedAt;
    QDateTime consultStartedAt;

    Kind kind() const { return kindOf(name); }
    // A hold or unhold of the consult leg rather than the customer's.
    bool isConsultLeg() const
    {
        return !consultMediaResourceId.isEmpty() && mediaResourceId == consultMediaResourceId;
    }

    static Kind kindOf(QStringView name);
    // Every event name kindOf() knows.
    static QStringList knownNames();
};

} // namespace AgentDesk::Core
