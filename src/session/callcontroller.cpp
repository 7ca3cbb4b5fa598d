// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "callcontroller.h"

#include "agentstatecontroller.h"
#include "contactcenterservices.h"

#include <cc/commandoutcome.h>
#include <cc/taskevents.h>
#include <core/clock.h>

#include <QLoggingCategory>

#include <algorithm>
#include <chrono>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

Q_LOGGING_CATEGORY(lcCalls, "agentdesk.session.calls", QtInfoMsg)

namespace AgentDesk::Session {

using Core::CallCommand;
using Core::CallState;
using Kind = Core::CallCommand::Kind;

// A reload that did not go through is tried again after this long.
static constexpr auto kReloadRetry = 5s;

CallController::CallController(ContactCenterServices *services, AgentStateController *agentState,
                               const Core::Clock *clock, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_agentState(agentState)
    , m_clock(clock)
{
    m_checkTimer.setSingleShot(true);
    connect(&m_checkTimer, &QTimer::timeout, this, &CallController::checkTimeouts);
    m_reloadRetry.setSingleShot(true);
    m_reloadRetry.setInterval(kReloadRetry);
    connect(&m_reloadRetry, &QTimer::timeout, this, [this] {
        if (m_call && m_call->needsReload()) {
            requestReload();
        }
    });

    Cc::NotificationChannel &channel = m_services->channel();
    connect(&channel, &Cc::NotificationChannel::eventReceived, this, &CallController::onEvent);
    // Events sent while the socket was down are lost: the reload brings the call's picture.
    // AgentStateController asks for it too; the tracker sends one request for both.
    connect(&channel, &Cc::NotificationChannel::connectionRestored, this,
            &CallController::requestReload);
}

CallController::~CallController() = default;

void CallController::begin(const Core::DesktopProfile &profile)
{
    m_profile = profile;
}

CallState CallController::state() const
{
    return m_call ? m_call->state() : CallState::Idle;
}

bool CallController::canRequest(Kind kind) const
{
    return m_call && m_call->canRequest(kind);
}

QString CallController::consultedDestination() const
{
    return m_call ? m_call->consultDestination() : QString();
}

QString CallController::consultedDestinationType() const
{
    return m_call ? m_call->consultDestinationType() : QString();
}

std::optional<QDateTime> CallController::autoWrapUpAt() const
{
    if (!m_call || m_call->state() != CallState::WrapUp || m_profile.autoWrapUpSeconds <= 0 ||
        m_autoWrapUpTried || defaultWrapUpCodeId().isEmpty()) {
        return std::nullopt;
    }
    return m_call->stateSince().addSecs(m_profile.autoWrapUpSeconds);
}

// --- commands --------------------------------------------------------------------------------

bool CallController::accept()
{
    return send(CallCommand::accept());
}

bool CallController::hold()
{
    return send(CallCommand::hold());
}

bool CallController::resume()
{
    return send(CallCommand::resume());
}

bool CallController::consult(const QString &destination, const QString &destinationType)
{
    return send(CallCommand::consult(destination.trimmed(), destinationType));
}

bool CallController::endConsult()
{
    return send(CallCommand::endConsult());
}

bool CallController::consultTransfer()
{
    return send(CallCommand::consultTransfer());
}

bool CallController::conference()
{
    return send(CallCommand::conference());
}

bool CallController::blindTransfer(const QString &destination, const QString &destinationType)
{
    return send(CallCommand::blindTransfer(destination.trimmed(), destinationType));
}

bool CallController::end()
{
    return send(CallCommand::end());
}

bool CallController::wrapUp(const QString &codeId)
{
    const auto code = std::find_if(m_profile.wrapUpCodes.cbegin(), m_profile.wrapUpCodes.cend(),
                                   [&codeId](const Core::NamedCode &c) { return c.id == codeId; });
    if (code == m_profile.wrapUpCodes.cend()) {
        qCInfo(lcCalls) << "wrap-up code" << codeId << "is not one of the profile's";
        return false;
    }
    return send(CallCommand::wrapUp(code->id, code->name));
}

bool CallController::canOutdial() const
{
    return !m_profile.outdialEntryPointId.isEmpty() && !m_outdial &&
           !(m_call && m_call->isConversationActive());
}

bool CallController::outdial(const QString &destination)
{
    const QString number = destination.trimmed();
    if (number.isEmpty() || !canOutdial()) {
        return false;
    }
    m_outdial = Outdial{number, m_clock->now().addMSecs(Core::CallSession::CommandTimeout.count())};
    Cc::ContactCenterClient &client = m_services->client();
    client.sendTaskCommand(
            client.taskCommands().outdial(m_profile.outdialEntryPointId, number), this,
            [this](const Cc::CcResult<QString> &accepted) {
                if (accepted.ok() || !m_outdial) {
                    return; // placed: the offer (or AgentOutboundFailed) follows
                }
                const Net::ApiError &error = accepted.error();
                const int status = error.httpStatus();
                if ((status >= 200 && status < 300) ||
                    error.kind() == Net::ApiError::Kind::Cancelled) {
                    return;
                }
                const bool refused =
                        status >= 400 && status < 500 && status != 401 && status != 429;
                const QString message =
                        tr("The call to %1 could not be placed.").arg(m_outdial->destination);
                outdialFailed(refused ? message : QString(message + u' ' + error.message()));
                if (status == 0) {
                    requestReload(); // it may have gone out all the same
                }
            });
    qCInfo(lcCalls) << "outdial sent";
    scheduleCheck();
    Q_EMIT pendingChanged();
    return true;
}

void CallController::outdialFailed(const QString &message)
{
    m_outdial.reset();
    scheduleCheck();
    Q_EMIT pendingChanged();
    Q_EMIT errorOccurred(message);
}

bool CallController::send(const CallCommand &command)
{
    if (!m_call) {
        return false;
    }
    const std::optional<CallCommand> ready = m_call->request(command);
    if (!ready) {
        return false;
    }
    Cc::ContactCenterClient &client = m_services->client();
    const QString interactionId = m_call->interactionId();
    const QPointer<Core::CallSession> session = m_call.get();
    const Kind kind = ready->kind;
    client.sendTaskCommand(client.taskCommands().forCall(interactionId, *ready, m_media), this,
                           [this, session, kind](const Cc::CcResult<QString> &accepted) {
                               if (!accepted.ok()) {
                                   onRejected(session, kind, accepted.error());
                               }
                           });
    scheduleCheck();
    return true;
}

void CallController::onRejected(const QPointer<Core::CallSession> &session, Kind kind,
                                const Net::ApiError &error)
{
    const int status = error.httpStatus();
    if (status >= 200 && status < 300) {
        // Accepted with a body we could not read: the events still tell the outcome.
        return;
    }
    if (error.kind() == Net::ApiError::Kind::Cancelled || !session || session != m_call.get() ||
        !session->pendingCommand() || session->pendingCommand()->kind != kind) {
        return;
    }
    // The contact center refused the request itself (the call had moved on, a bad
    // destination): the action's own sentence says enough. Otherwise, say what went wrong.
    const bool refused = status >= 400 && status < 500 && status != 401 && status != 429;
    const QString message =
            refused ? Core::CallSession::failureMessage(kind)
                    : QString(Core::CallSession::failureMessage(kind) + u' ' + error.message());
    session->commandRejected(message, status == 0);
}

// --- events ----------------------------------------------------------------------------------

void CallController::onEvent(const Cc::CcEvent &event)
{
    if (const std::optional<QStringList> listed = Cc::TaskEvents::reloadedInteractions(event)) {
        // The reload's answer lists the agent's interactions; AgentContact for each follows.
        if (m_call && m_call->state() != CallState::Idle && m_call->state() != CallState::Closed &&
            !listed->contains(m_call->interactionId())) {
            m_call->contactNotFound();
        }
        return;
    }
    if (!Cc::TaskEvents::isTaskEvent(event)) {
        return;
    }
    if (event.name == u"AgentOutboundFailed"_s) {
        if (m_outdial) {
            const QString reason = event.data.value(u"reason"_s).toString();
            qCInfo(lcCalls) << "outdial failed:" << reason;
            outdialFailed(reason == u"INVALID_DIAL_NUMBER"_s
                                  ? tr("%1 is not a number that can be called.")
                                            .arg(m_outdial->destination)
                                  : tr("The call to %1 could not be placed.")
                                            .arg(m_outdial->destination));
        }
        return;
    }
    if (Cc::TaskEvents::isForConsultedAgent(event)) {
        // Someone else's call that this agent is asked to join: not handled by this desk.
        qCDebug(lcCalls) << "ignoring" << event.name << "as the consulted agent";
        return;
    }
    const std::optional<Core::CallEvent> call = Cc::TaskEvents::read(event);
    if (!call) {
        return;
    }
    const Core::CallEvent::Kind kind = call->kind();
    const bool startsCall =
            kind == Core::CallEvent::Kind::Offered || kind == Core::CallEvent::Kind::Rehydrated;
    if (startsCall && (!m_call || m_call->interactionId() != call->interactionId)) {
        if (m_call && m_call->isConversationActive()) {
            // One voice call at a time. A second offer means our picture is wrong: the reload
            // settles it (and its own AgentContact of that call is not asked about again).
            qCWarning(lcCalls) << "a second call" << call->interactionId << "while"
                               << m_call->interactionId() << "is on";
            if (kind == Core::CallEvent::Kind::Offered) {
                requestReload();
            }
            return;
        }
        const bool placedHere = Cc::TaskEvents::isOutdial(event);
        if (placedHere && m_outdial) {
            m_outdial.reset();
            Q_EMIT pendingChanged();
        }
        startCall(call->interactionId, placedHere);
    }
    if (!m_call) {
        return;
    }
    if (!call->mediaResourceId.isEmpty() && !call->isConsultLeg() &&
        call->interactionId == m_call->interactionId()) {
        m_media.main = call->mediaResourceId;
    }
    if (!call->consultMediaResourceId.isEmpty() && call->interactionId == m_call->interactionId()) {
        m_media.consult = call->consultMediaResourceId;
    }
    m_call->handleEvent(*call);
    scheduleCheck();
}

void CallController::startCall(const QString &interactionId, bool outdial)
{
    qCInfo(lcCalls) << "call" << interactionId << "starts" << (outdial ? "(outdial)" : "");
    m_call = std::make_unique<Core::CallSession>(m_clock);
    m_media = {};
    m_autoWrapUpTried = false;
    m_callIsOutdial = outdial;
    Core::CallSession *call = m_call.get();
    connect(call, &Core::CallSession::stateChanged, this, &CallController::onStateChanged);
    connect(call, &Core::CallSession::detailsChanged, this, &CallController::callChanged);
    connect(call, &Core::CallSession::pendingCommandChanged, this, [this] {
        scheduleCheck();
        Q_EMIT pendingChanged();
    });
    connect(call, &Core::CallSession::errorOccurred, this, &CallController::errorOccurred);
    connect(call, &Core::CallSession::reloadNeeded, this, &CallController::requestReload);
    Q_EMIT callChanged();
}

void CallController::onStateChanged(CallState state, CallState previous)
{
    if (m_agentState) {
        m_agentState->setConversationActive(m_call && m_call->isConversationActive());
    }
    if (state == CallState::Offered && !m_callIsOutdial) {
        Q_EMIT incomingCall(m_call->callerNumber(), m_call->queueName());
    }
    scheduleCheck();
    Q_EMIT stateChanged(state, previous);
}

void CallController::requestReload()
{
    // False while a reload is in flight (ours or the agent state's): its answer serves both.
    m_services->client().reload(this, [this](const Cc::CommandOutcome &outcome) {
        if (outcome.isSuccess()) {
            return;
        }
        qCWarning(lcCalls) << "reload failed:" << Cc::CommandOutcome::kindName(outcome.kind())
                           << outcome.reason();
        if (m_call && m_call->needsReload()) {
            m_reloadRetry.start();
        }
    });
}

// --- time ------------------------------------------------------------------------------------

void CallController::checkTimeouts()
{
    if (m_outdial && m_clock->now() >= m_outdial->deadline) {
        qCWarning(lcCalls) << "outdial not answered in time";
        // The call may have been placed with its event lost: the reload tells.
        const QString destination = m_outdial->destination;
        outdialFailed(tr("The call to %1 could not be placed.").arg(destination));
        requestReload();
    }
    if (m_call) {
        m_call->checkTimeouts();
        const std::optional<QDateTime> autoWrapUp = autoWrapUpAt();
        if (autoWrapUp && m_clock->now() >= *autoWrapUp && !m_call->pendingCommand()) {
            // Once per call: when it fails, the agent picks a code (the message says why).
            m_autoWrapUpTried = true;
            const QString codeId = defaultWrapUpCodeId();
            qCInfo(lcCalls) << "call" << m_call->interactionId() << "wraps up on its own";
            wrapUp(codeId);
        }
    }
    scheduleCheck();
}

void CallController::scheduleCheck()
{
    std::optional<QDateTime> next = m_call ? m_call->commandDeadline() : std::nullopt;
    if (m_outdial && (!next || m_outdial->deadline < *next)) {
        next = m_outdial->deadline;
    }
    if (const std::optional<QDateTime> autoWrapUp = autoWrapUpAt();
        autoWrapUp && (!next || *autoWrapUp < *next)) {
        next = autoWrapUp;
    }
    if (!next) {
        m_checkTimer.stop();
        return;
    }
    const qint64 ms = std::max<qint64>(0, m_clock->now().msecsTo(*next));
    m_checkTimer.start(std::chrono::milliseconds(ms));
}

QString CallController::defaultWrapUpCodeId() const
{
    for (const Core::NamedCode &code : m_profile.wrapUpCodes) {
        if (code.isDefault) {
            return code.id;
        }
    }
    return m_profile.wrapUpCodes.isEmpty() ? QString() : m_profile.wrapUpCodes.first().id;
}

} // namespace AgentDesk::Session
