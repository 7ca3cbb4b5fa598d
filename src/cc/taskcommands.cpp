// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskcommands.h"

#include "urlpath.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace AgentDesk::Cc {

// wrapUpReason is at most 128 characters (CC OpenAPI WrapupPayload).
static constexpr qsizetype kMaxWrapUpReason = 128;

TaskCommands::TaskCommands(QUrl ccApi, Net::TokenProvider *tokens)
    : m_ccApi(std::move(ccApi))
    , m_tokens(tokens)
{}

QString TaskCommands::key(const QString &interactionId)
{
    return QString(u"task/"_s + interactionId);
}

CcCommand TaskCommands::post(const QString &interactionId, const QString &action,
                             const QJsonObject &body, QStringList successEvents,
                             QStringList failureEvents) const
{
    // The id comes from an event: percent-encoded, so that it stays one path segment.
    const QString path =
            QString(u"v1/tasks/"_s + QString::fromLatin1(QUrl::toPercentEncoding(interactionId)) +
                    u'/' + action);
    return CcCommand{key(interactionId),
                     Net::ApiRequest::post(below(m_ccApi, path))
                             .withJson(body)
                             .withAuth(m_tokens)
                             .expecting(Net::ApiRequest::Expect::AnyJson),
                     std::move(successEvents), std::move(failureEvents)};
}

static QJsonObject toward(const QString &to, const QString &destinationType)
{
    return QJsonObject{{u"to"_s, to}, {u"destinationType"_s, destinationType}};
}

CcCommand TaskCommands::accept(const QString &interactionId) const
{
    return post(interactionId, u"accept"_s, {}, {u"AgentContactAssigned"_s},
                {u"AgentContactAssignFailed"_s});
}

CcCommand TaskCommands::hold(const QString &interactionId, const QString &mediaResourceId) const
{
    return post(interactionId, u"hold"_s, {{u"mediaResourceId"_s, mediaResourceId}},
                {u"AgentContactHeld"_s}, {u"AgentContactHoldFailed"_s});
}

CcCommand TaskCommands::unhold(const QString &interactionId, const QString &mediaResourceId) const
{
    return post(interactionId, u"unhold"_s, {{u"mediaResourceId"_s, mediaResourceId}},
                {u"AgentContactUnheld"_s}, {u"AgentContactUnHoldFailed"_s});
}

CcCommand TaskCommands::consult(const QString &interactionId, const QString &to,
                                const QString &destinationType) const
{
    QJsonObject body = toward(to, destinationType);
    // The customer waits on hold while the agent talks to the consulted party.
    body.insert(u"holdParticipants"_s, true);
    return post(interactionId, u"consult"_s, body, {u"AgentConsultCreated"_s},
                {u"AgentConsultFailed"_s, u"AgentCtqFailed"_s});
}

CcCommand TaskCommands::consultEnd(const QString &interactionId) const
{
    return post(interactionId, u"consult/end"_s, {},
                {u"AgentConsultEnded"_s, u"AgentCtqCancelled"_s, u"AgentConsultConferenceEnded"_s},
                {u"AgentConsultEndFailed"_s, u"AgentCtqCancelFailed"_s,
                 u"AgentConsultConferenceEndFailed"_s});
}

CcCommand TaskCommands::consultTransfer(const QString &interactionId, const QString &to,
                                        const QString &destinationType) const
{
    return post(interactionId, u"consult/transfer"_s, toward(to, destinationType),
                {u"AgentConsultTransferred"_s, u"AgentConsultTransferring"_s},
                {u"AgentConsultTransferFailed"_s});
}

CcCommand TaskCommands::consultConference(const QString &interactionId, const QString &to,
                                          const QString &destinationType) const
{
    return post(interactionId, u"consult/conference"_s, toward(to, destinationType),
                {u"AgentConsultConferenced"_s, u"AgentConsultConferencing"_s},
                {u"AgentConsultConferenceFailed"_s});
}

CcCommand TaskCommands::transfer(const QString &interactionId, const QString &to,
                                 const QString &destinationType) const
{
    return post(interactionId, u"transfer"_s, toward(to, destinationType),
                {u"AgentBlindTransferred"_s, u"AgentVteamTransferred"_s},
                {u"AgentBlindTransferFailed"_s, u"AgentVteamTransferFailed"_s});
}

CcCommand TaskCommands::end(const QString &interactionId) const
{
    return post(interactionId, u"end"_s, {}, {u"ContactEnded"_s, u"AgentWrapup"_s},
                {u"AgentContactEndFailed"_s});
}

CcCommand TaskCommands::wrapUp(const QString &interactionId, const QString &wrapUpReason,
                               const QString &auxCodeId) const
{
    return post(
            interactionId, u"wrapup"_s,
            {{u"wrapUpReason"_s, wrapUpReason.left(kMaxWrapUpReason)}, {u"auxCodeId"_s, auxCodeId}},
            {u"AgentWrappedUp"_s}, {u"AgentWrapupFailed"_s});
}

CcCommand TaskCommands::forCall(const QString &interactionId, const Core::CallCommand &command,
                                const Media &media) const
{
    using Kind = Core::CallCommand::Kind;
    switch (command.kind) {
    case Kind::Accept:
        return accept(interactionId);
    case Kind::Hold:
        return hold(interactionId, media.main);
    case Kind::Resume:
        return unhold(interactionId,
                      command.leg == Core::CallCommand::Leg::Consult && !media.consult.isEmpty()
                              ? media.consult
                              : media.main);
    case Kind::Consult:
        return consult(interactionId, command.destination, command.destinationType);
    case Kind::EndConsult:
        return consultEnd(interactionId);
    case Kind::ConsultTransfer:
        return consultTransfer(interactionId, command.destination, command.destinationType);
    case Kind::Conference:
        return consultConference(interactionId, command.destination, command.destinationType);
    case Kind::BlindTransfer:
        return transfer(interactionId, command.destination, command.destinationType);
    case Kind::End:
        return end(interactionId);
    case Kind::WrapUp:
        return wrapUp(interactionId, command.wrapUpReason, command.wrapUpCodeId);
    }
    return accept(interactionId);
}

CcCommand TaskCommands::outdial(const QString &entryPointId, const QString &destination,
                                const QString &origin) const
{
    QJsonObject body{{u"entryPointId"_s, entryPointId}, {u"destination"_s, destination},
                     {u"direction"_s, u"OUTBOUND"_s},   {u"attributes"_s, QJsonObject{}},
                     {u"mediaType"_s, u"telephony"_s},  {u"outboundType"_s, u"OUTDIAL"_s}};
    if (!origin.isEmpty()) {
        body.insert(u"origin"_s, origin);
    }
    return CcCommand{outdialKey(),
                     Net::ApiRequest::post(below(m_ccApi, u"v1/tasks"_s))
                             .withJson(body)
                             .withAuth(m_tokens)
                             .expecting(Net::ApiRequest::Expect::AnyJson),
                     {u"AgentOfferContact"_s},
                     {u"AgentOutboundFailed"_s}};
}

} // namespace AgentDesk::Cc
