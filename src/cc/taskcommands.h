// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cccommand.h"

#include <core/callcommand.h>

#include <QUrl>

namespace AgentDesk::Net {
class TokenProvider;
}

namespace AgentDesk::Cc {

// Builds the task commands of the contact-center API (SERVICES-REFERENCE.md §1.7,
// `/v1/tasks/{interactionId}/…`), each with the events that end it. Pure: nothing is sent here
// (ContactCenterClient::sendTaskCommand sends).
//   const TaskCommands tasks(endpoints.ccApi, &tokens);
//   CcCommand hold = tasks.hold(interactionId, mediaResourceId);
//   CcCommand ready = tasks.forCall(interactionId, *call.request(CallCommand::hold()), media);
// All of them share one key per interaction: Core::CallSession lets one command per call be in
// flight, and so does the wire.
class TaskCommands
{
public:
    // The media legs a Hold or Resume acts on (interaction.media keys).
    struct Media
    {
        QString main;    // the customer's call: data.mediaResourceId
        QString consult; // the consult leg: data.consultMediaResourceId, empty without one
    };

    TaskCommands(QUrl ccApi, Net::TokenProvider *tokens);

    static QString key(const QString &interactionId);
    static QString outdialKey() { return QStringLiteral("task/outdial"); }

    // POST accept {} → AgentContactAssigned | AgentContactAssignFailed
    CcCommand accept(const QString &interactionId) const;
    // POST hold {mediaResourceId} → AgentContactHeld | AgentContactHoldFailed
    CcCommand hold(const QString &interactionId, const QString &mediaResourceId) const;
    // POST unhold {mediaResourceId} → AgentContactUnheld | AgentContactUnHoldFailed
    CcCommand unhold(const QString &interactionId, const QString &mediaResourceId) const;
    // POST consult {to, destinationType, holdParticipants: true} → AgentConsultCreated |
    //   AgentConsultFailed, AgentCtqFailed (a queue). The consulted party's answer comes later
    //   (AgentConsulting, or AgentConsultFailed when busy or not answering).
    CcCommand consult(const QString &interactionId, const QString &to,
                      const QString &destinationType) const;
    // POST consult/end {} → AgentConsultEnded, AgentCtqCancelled, AgentConsultConferenceEnded |
    //   the matching …Failed
    CcCommand consultEnd(const QString &interactionId) const;
    // POST consult/transfer {to, destinationType} → AgentConsultTransferred (or …Transferring)
    //   | AgentConsultTransferFailed
    CcCommand consultTransfer(const QString &interactionId, const QString &to,
                              const QString &destinationType) const;
    // POST consult/conference {to, destinationType} → AgentConsultConferenced (or
    //   …Conferencing) | AgentConsultConferenceFailed
    CcCommand consultConference(const QString &interactionId, const QString &to,
                                const QString &destinationType) const;
    // POST transfer {to, destinationType} → AgentBlindTransferred, AgentVteamTransferred (a
    //   queue) | AgentBlindTransferFailed, AgentVteamTransferFailed
    CcCommand transfer(const QString &interactionId, const QString &to,
                       const QString &destinationType) const;
    // POST end {} → ContactEnded, AgentWrapup | AgentContactEndFailed
    CcCommand end(const QString &interactionId) const;
    // POST wrapup {wrapUpReason ≤128, auxCodeId} → AgentWrappedUp | AgentWrapupFailed
    CcCommand wrapUp(const QString &interactionId, const QString &wrapUpReason,
                     const QString &auxCodeId) const;
    // The command for what Core::CallSession::request() handed back: a Hold acts on the main
    // leg, a Resume on the leg the session names.
    CcCommand forCall(const QString &interactionId, const Core::CallCommand &command,
                      const Media &media) const;

    // POST /v1/tasks {entryPointId, destination, direction: "OUTBOUND", origin, attributes: {},
    //   mediaType: "telephony", outboundType: "OUTDIAL"} → AgentOfferContact (the new call) |
    //   AgentOutboundFailed. Click-to-call: the agent calls a number with no customer call.
    CcCommand outdial(const QString &entryPointId, const QString &destination,
                      const QString &origin = {}) const;

private:
    CcCommand post(const QString &interactionId, const QString &action, const QJsonObject &body,
                   QStringList successEvents, QStringList failureEvents) const;

    QUrl m_ccApi;
    Net::TokenProvider *m_tokens;
};

} // namespace AgentDesk::Cc
