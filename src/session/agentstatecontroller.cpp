// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agentstatecontroller.h"

#include "contactcenterservices.h"

#include <cc/agentstateevents.h>
#include <cc/commandoutcome.h>

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcAgentState, "agentdesk.session.state", QtInfoMsg)

namespace AgentDesk::Session {

AgentStateController::AgentStateController(ContactCenterServices *services, QObject *parent)
    : QObject(parent)
    , m_services(services)
{
    Cc::NotificationChannel &channel = m_services->channel();
    connect(&channel, &Cc::NotificationChannel::eventReceived, this,
            &AgentStateController::onEvent);
    connect(&channel, &Cc::NotificationChannel::connectionLost, this,
            &AgentStateController::connectionLost);
    connect(&channel, &Cc::NotificationChannel::connectionRestored, this, [this] {
        Q_EMIT connectionRestored();
        // Whatever changed while we were away (a supervisor, RONA) comes back with the reload.
        m_services->client().reload(this, [](const Cc::CommandOutcome &outcome) {
            if (!outcome.isSuccess()) {
                qCWarning(lcAgentState) << "reload after reconnect failed"
                                        << Cc::CommandOutcome::kindName(outcome.kind());
            }
        });
    });
    connect(&channel, &Cc::NotificationChannel::sessionTakenOver, this,
            &AgentStateController::sessionEndedElsewhere);
}

void AgentStateController::begin(const Core::DesktopProfile &profile,
                                 const std::optional<Cc::AgentStateEvent> &login)
{
    m_profile = profile;
    m_model.setIdleCodes(profile.idleCodes);
    m_signingOut = false;
    m_requestOpen = false;
    if (login) {
        apply(*login, Cause::Login);
    }
}

QString AgentStateController::currentName() const
{
    const int row = m_model.rowOf(m_state.available ? QString() : m_state.idleCodeId);
    return row < 0 ? m_state.idleCodeId : m_model.index(row).data().toString();
}

bool AgentStateController::requestState(const QString &idleCodeId, const QString &reason)
{
    if (m_pending || m_model.rowOf(idleCodeId) < 0) {
        return false;
    }
    m_pending = true;
    m_requestOpen = true;
    m_requestedIdleCodeId = idleCodeId;
    const bool sent = m_services->client().setState(
            idleCodeId, reason, this, [this](const Cc::CommandOutcome &outcome) {
                m_pending = false;
                if (outcome.isSuccess()) {
                    // The success event itself updates the state (onEvent).
                    return;
                }
                m_requestOpen = false;
                QString message;
                switch (outcome.kind()) {
                case Cc::CommandOutcome::Kind::Failed:
                    message = tr("The contact center refused the state change (%1).")
                                      .arg(outcome.reason());
                    break;
                case Cc::CommandOutcome::Kind::Rejected:
                    message = outcome.error()->message();
                    break;
                case Cc::CommandOutcome::Kind::TimedOut:
                case Cc::CommandOutcome::Kind::Succeeded:
                    message = tr("The contact center did not confirm the state change in time.");
                    break;
                }
                // The selector goes back to the state the server still has.
                Q_EMIT stateChanged(m_state);
                Q_EMIT changeFailed(message);
            });
    if (!sent) {
        m_pending = false;
        m_requestOpen = false;
    }
    return sent;
}

void AgentStateController::onEvent(const Cc::CcEvent &event)
{
    const std::optional<Cc::AgentStateEvent> state = Cc::AgentStateEvents::read(event);
    if (!state) {
        return;
    }
    if (state->kind == Cc::AgentStateEvent::Kind::StateChanged ||
        state->kind == Cc::AgentStateEvent::Kind::Relogged) {
        apply(*state, Cause::Elsewhere);
    }
}

void AgentStateController::apply(const Cc::AgentStateEvent &event, Cause cause)
{
    if (event.availability == Cc::AgentStateEvent::Availability::Unknown) {
        return;
    }
    const bool available = event.availability == Cc::AgentStateEvent::Availability::Available;
    // Our own change comes back as the agent's ("self") change to the state we asked for.
    // Matching on the state rather than the tracking id works whichever of the command's
    // outcome and this event arrives first.
    if (cause == Cause::Elsewhere && m_requestOpen &&
        event.kind == Cc::AgentStateEvent::Kind::StateChanged && !event.madeByOther() &&
        (available ? m_requestedIdleCodeId.isEmpty() : event.auxCodeId == m_requestedIdleCodeId)) {
        cause = Cause::Request;
        m_requestOpen = false;
    }
    m_state.known = true;
    m_state.available = available;
    m_state.idleCodeId = m_state.available ? QString() : event.auxCodeId;
    m_state.changedByOther = event.madeByOther();
    m_state.changedByName =
            m_state.changedByOther
                    ? (event.changedByName.isEmpty() ? event.changedBy : event.changedByName)
                    : QString();
    m_state.since = event.stateChangedAt;
    m_state.cause = cause;
    m_state.changedBy = event.changedBy;
    m_state.reason = event.reason;
    qCInfo(lcAgentState) << "state" << (m_state.available ? u"Available"_s : m_state.idleCodeId)
                         << (m_state.changedByOther ? "changed by someone else" : "");
    Q_EMIT stateChanged(m_state);
}

QString AgentStateController::defaultIdleCodeId() const
{
    for (const Core::NamedCode &code : m_profile.idleCodes) {
        if (code.isDefault) {
            return code.id;
        }
    }
    return m_profile.idleCodes.isEmpty() ? QString() : m_profile.idleCodes.first().id;
}

QString AgentStateController::signOut()
{
    if (m_conversationActive) {
        return tr("You cannot sign out while a conversation is active. Finish it first.");
    }
    if (m_signingOut) {
        return {};
    }
    m_signingOut = true;
    // Idle first, so no new contact is offered while the logout is on its way.
    const QString idle = defaultIdleCodeId();
    if (!m_state.available || idle.isEmpty()) {
        logout();
        return {};
    }
    const bool sent = m_services->client().setState(
            idle, u"Signing out"_s, this, [this](const Cc::CommandOutcome &) { logout(); });
    if (!sent) {
        logout();
    }
    return {};
}

void AgentStateController::logout()
{
    const bool sent = m_services->client().logout(
            u"User requested logout"_s, this, [this](const Cc::CommandOutcome &outcome) {
                if (!outcome.isSuccess()) {
                    qCWarning(lcAgentState) << "logout not confirmed"
                                            << Cc::CommandOutcome::kindName(outcome.kind());
                }
                m_services->channel().close();
                m_signingOut = false;
                Q_EMIT signedOut();
            });
    if (!sent) {
        qCDebug(lcAgentState) << "logout already in flight";
    }
}

} // namespace AgentDesk::Session
