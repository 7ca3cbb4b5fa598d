// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "callsession.h"

#include "clock.h"
#include "corelogging.h"

#include <algorithm>
#include <initializer_list>

using namespace Qt::StringLiterals;

namespace AgentDesk::Core {

namespace {

using Kind = CallEvent::Kind;
using Command = CallCommand::Kind;

bool isOneOf(CallState state, std::initializer_list<CallState> states)
{
    return std::find(states.begin(), states.end(), state) != states.end();
}

// The states in which the agent is on the call with the customer in some way.
bool isTalking(CallState state)
{
    return isOneOf(state, {CallState::Connected, CallState::Held, CallState::Consulting,
                           CallState::ConsultHeld, CallState::Conferenced});
}

bool hasConsultLeg(CallState state)
{
    return isOneOf(state, {CallState::Consulting, CallState::ConsultHeld});
}

// The events that confirm a command (SERVICES-REFERENCE.md §1.7). ContactEnded also settles an
// End: the call is over, which is what the agent asked for, even when no wrap-up follows.
bool confirms(Kind event, Command command)
{
    switch (command) {
    case Command::Accept:
        return event == Kind::Assigned;
    case Command::Hold:
        return event == Kind::Held;
    case Command::Resume:
        return event == Kind::Unheld;
    case Command::Consult:
        return event == Kind::ConsultCreated || event == Kind::Consulting;
    case Command::EndConsult:
        return event == Kind::ConsultEnded || event == Kind::ConferenceEnded;
    case Command::ConsultTransfer:
        return event == Kind::ConsultTransferred;
    case Command::Conference:
        return event == Kind::Conferenced;
    case Command::BlindTransfer:
        return event == Kind::BlindTransferred;
    case Command::End:
        return event == Kind::Wrapup || event == Kind::ContactEnded;
    case Command::WrapUp:
        return event == Kind::WrappedUp;
    }
    return false;
}

// The command whose failure an event reports.
std::optional<Command> failedCommand(Kind event)
{
    switch (event) {
    case Kind::AssignFailed:
        return Command::Accept;
    case Kind::HoldFailed:
        return Command::Hold;
    case Kind::UnholdFailed:
        return Command::Resume;
    case Kind::ConsultFailed:
        return Command::Consult;
    case Kind::ConsultEndFailed:
        return Command::EndConsult;
    case Kind::ConsultTransferFailed:
        return Command::ConsultTransfer;
    case Kind::ConferenceFailed:
        return Command::Conference;
    case Kind::BlindTransferFailed:
        return Command::BlindTransfer;
    case Kind::EndFailed:
        return Command::End;
    case Kind::WrapupFailed:
        return Command::WrapUp;
    default:
        return std::nullopt;
    }
}

// Where the agent is once a consult or conference leg goes away: with the customer, or with the
// customer on hold. The payload's hold flag wins when it has one (the SDK reads it the same way).
CallState customerLeg(const CallEvent &event, bool heldWithoutWord)
{
    const bool held = event.customerHeld.value_or(heldWithoutWord);
    return held ? CallState::Held : CallState::Connected;
}

} // namespace

CallSession::CallSession(const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_stateSince(clock->now())
{}

bool CallSession::allowedIn(CallCommand::Kind kind, CallState state)
{
    switch (kind) {
    case Command::Accept:
        return state == CallState::Offered;
    case Command::Hold:
        return state == CallState::Connected;
    case Command::Resume:
        // Resume takes back whichever leg waits on hold: the customer (Held, Consulting) or the
        // consulted party (ConsultHeld).
        return isOneOf(state, {CallState::Held, CallState::Consulting, CallState::ConsultHeld});
    case Command::Consult:
    case Command::BlindTransfer:
        return isOneOf(state, {CallState::Connected, CallState::Held});
    case Command::EndConsult:
        return isOneOf(state,
                       {CallState::Consulting, CallState::ConsultHeld, CallState::Conferenced});
    case Command::ConsultTransfer:
    case Command::Conference:
        return hasConsultLeg(state);
    case Command::End:
        return isOneOf(state, {CallState::Connected, CallState::Held, CallState::Conferenced});
    case Command::WrapUp:
        return state == CallState::WrapUp;
    }
    return false;
}

bool CallSession::canRequest(CallCommand::Kind kind) const
{
    if (m_pending || !allowedIn(kind, m_state)) {
        return false;
    }
    // Transferring to or conferencing a phone that still rings would hand the customer to
    // nobody; the SDK enables these only once the consulted party has joined.
    if (kind == Command::ConsultTransfer || kind == Command::Conference) {
        return m_consultAnswered;
    }
    return true;
}

std::optional<CallCommand> CallSession::request(const CallCommand &command)
{
    if (!canRequest(command.kind)) {
        qCDebug(lcCore) << "call" << m_interactionId << "refused"
                        << CallCommand::kindName(command.kind) << "in" << callStateName(m_state)
                        << (m_pending ? "(another command is pending)" : "");
        return std::nullopt;
    }
    CallCommand ready = command;
    switch (command.kind) {
    case Command::Hold:
        ready.leg = CallCommand::Leg::Main;
        break;
    case Command::Resume:
        ready.leg = m_state == CallState::ConsultHeld ? CallCommand::Leg::Consult
                                                      : CallCommand::Leg::Main;
        break;
    case Command::ConsultTransfer:
    case Command::Conference:
        if (ready.destination.isEmpty()) {
            ready.destination = m_consultDestination;
            ready.destinationType = m_consultDestinationType;
        }
        break;
    case Command::Consult:
    case Command::BlindTransfer:
        if (ready.destination.isEmpty() || ready.destinationType.isEmpty()) {
            return std::nullopt;
        }
        break;
    case Command::WrapUp:
        if (ready.wrapUpCodeId.isEmpty()) {
            return std::nullopt;
        }
        break;
    case Command::Accept:
    case Command::EndConsult:
    case Command::End:
        break;
    }
    m_pending = Pending{ready, now().addMSecs(CommandTimeout.count())};
    m_lastError.clear();
    qCInfo(lcCore) << "call" << m_interactionId << "requested" << CallCommand::kindName(ready.kind)
                   << "in" << callStateName(m_state);
    Q_EMIT pendingCommandChanged();
    return ready;
}

std::optional<CallCommand> CallSession::pendingCommand() const
{
    if (!m_pending) {
        return std::nullopt;
    }
    return m_pending->command;
}

std::optional<QDateTime> CallSession::commandDeadline() const
{
    if (!m_pending) {
        return std::nullopt;
    }
    return m_pending->deadline;
}

bool CallSession::checkTimeouts()
{
    if (!m_pending || now() < m_pending->deadline) {
        return false;
    }
    const Command kind = m_pending->command.kind;
    qCWarning(lcCore) << "call" << m_interactionId << CallCommand::kindName(kind)
                      << "not confirmed within" << CommandTimeout.count() << "ms";
    clearPending();
    fail(failureMessage(kind));
    // The command may have worked and its event been lost: only a reload can tell.
    requestReload();
    return true;
}

void CallSession::contactNotFound()
{
    qCInfo(lcCore) << "call" << m_interactionId << "not in the reload: closed";
    m_needsReload = false;
    m_consultSince = {};
    m_consultAnswered = false;
    clearPending();
    setState(CallState::Closed);
}

void CallSession::commandRejected(const QString &message, bool mayHaveReachedServer)
{
    if (!m_pending) {
        return;
    }
    qCInfo(lcCore) << "call" << m_interactionId << CallCommand::kindName(m_pending->command.kind)
                   << "was not accepted" << (mayHaveReachedServer ? "(no answer)" : "");
    clearPending();
    fail(message);
    if (mayHaveReachedServer) {
        requestReload();
    }
}

CallSession::Outcome CallSession::handleEvent(const CallEvent &event)
{
    const Kind kind = event.kind();
    if (kind == Kind::Unknown) {
        qCDebug(lcCore) << "call" << m_interactionId << "ignores" << event.name;
        return Outcome::Ignored;
    }
    if (!event.interactionId.isEmpty() && !m_interactionId.isEmpty() &&
        event.interactionId != m_interactionId) {
        qCWarning(lcCore) << "call" << m_interactionId << "ignores" << event.name << "for"
                          << event.interactionId;
        return Outcome::Ignored;
    }
    if (kind == Kind::Rehydrated) {
        return rehydrate(event);
    }

    const Step next = step(event);
    if (next.outcome == Outcome::Mismatch) {
        mismatch(event);
        return Outcome::Mismatch;
    }

    const CallState previous = m_state;
    const Details before = details();
    if (kind == Kind::Offered && (previous == CallState::Idle || previous == CallState::Closed)) {
        resetFor(event);
    }
    applyDetails(event);
    if (hasConsultLeg(next.next) && !hasConsultLeg(previous)) {
        m_consultSince = now();
        m_consultAnswered = false;
    }
    if (kind == Kind::Consulting && hasConsultLeg(next.next) && !m_consultAnswered) {
        // The consulted party answered: the consult timer counts the conversation from here.
        m_consultAnswered = true;
        m_consultSince = now();
    }
    if (!hasConsultLeg(next.next) && hasConsultLeg(previous)) {
        m_consultSince = {};
        m_consultAnswered = false;
        if (isOneOf(next.next, {CallState::Connected, CallState::Held})) {
            // Back with the customer alone; a conference or transfer keeps the name to show.
            m_consultDestination.clear();
            m_consultDestinationType.clear();
        }
    }
    if (previous == CallState::Offered && next.next == CallState::Connected) {
        m_callSince = now();
    }
    settlePending(event);
    setState(next.next);
    if (m_pending && !allowedIn(m_pending->command.kind, m_state)) {
        // The call moved on without the command's own answer (the customer hung up while a
        // hold was on its way): nothing is left to confirm.
        qCInfo(lcCore) << "call" << m_interactionId << "drops pending"
                       << CallCommand::kindName(m_pending->command.kind) << "in"
                       << callStateName(m_state);
        clearPending();
    }
    if (!next.error.isEmpty()) {
        fail(next.error);
    }
    if (details() != before) {
        Q_EMIT detailsChanged();
    }
    return Outcome::Applied;
}

// The transition table: the state after `event`, or a mismatch. It is spelled out cell by cell
// in tests/core/tst_callsession.cpp.
CallSession::Step CallSession::step(const CallEvent &event) const
{
    using S = CallState;
    const S s = m_state;
    const Step stay{Outcome::Applied, s, {}};
    const auto to = [](S next) { return Step{Outcome::Applied, next, {}}; };
    const auto in = [s](std::initializer_list<S> states) { return isOneOf(s, states); };

    switch (event.kind()) {
    case Kind::Offered:
        if (in({S::Idle, S::Closed})) {
            return to(S::Offered);
        }
        if (s == S::Offered) {
            return stay;
        }
        break;
    case Kind::Assigned:
        if (s == S::Offered) {
            return to(S::Connected);
        }
        if (s == S::Connected) {
            return stay; // resent after transfers (SDK)
        }
        break;
    case Kind::Rona:
        if (s == S::Offered) {
            return to(S::Closed);
        }
        break;
    case Kind::Held:
        if (event.isConsultLeg()) {
            // The agent went back to the customer; the consulted party waits.
            if (s == S::Consulting) {
                return to(S::ConsultHeld);
            }
            if (s == S::ConsultHeld) {
                return stay;
            }
            break;
        }
        if (s == S::Connected) {
            return to(S::Held);
        }
        if (s == S::ConsultHeld) {
            return to(S::Consulting); // back to the consulted party
        }
        if (in({S::Held, S::Consulting, S::Conferenced})) {
            return stay; // a consult holds the customer itself
        }
        break;
    case Kind::Unheld:
        if (event.isConsultLeg()) {
            if (s == S::ConsultHeld) {
                return to(S::Consulting);
            }
            if (s == S::Consulting) {
                return stay;
            }
            break;
        }
        if (s == S::Held) {
            return to(S::Connected);
        }
        if (s == S::Consulting) {
            return to(S::ConsultHeld); // the customer is back; the consult leg goes on hold
        }
        if (in({S::Connected, S::ConsultHeld, S::Conferenced})) {
            return stay;
        }
        break;
    case Kind::ConsultCreated:
        if (in({S::Connected, S::Held})) {
            return to(S::Consulting);
        }
        if (s == S::Consulting) {
            return stay;
        }
        break;
    case Kind::Consulting:
        if (in({S::Connected, S::Held})) {
            return to(S::Consulting); // AgentConsultCreated was not seen
        }
        if (in({S::Consulting, S::ConsultHeld})) {
            return stay;
        }
        break;
    case Kind::ConsultEnded:
        if (s == S::Consulting) {
            return to(customerLeg(event, true));
        }
        if (s == S::ConsultHeld) {
            return to(customerLeg(event, false));
        }
        if (in({S::Connected, S::Held, S::Conferenced})) {
            return stay; // late, after a failure or from a conference
        }
        break;
    case Kind::ConsultTransferred:
        if (in({S::Consulting, S::ConsultHeld})) {
            return to(S::Transferred);
        }
        if (s == S::Transferred) {
            return stay; // Transferring, then Transferred
        }
        break;
    case Kind::Conferenced:
        if (in({S::Consulting, S::ConsultHeld})) {
            return to(S::Conferenced);
        }
        if (s == S::Conferenced) {
            return stay; // Conferencing, then Conferenced
        }
        break;
    case Kind::ConferenceEnded:
    case Kind::ParticipantLeft:
        // The consulted party left; the agent stays with the customer. When the agent is the
        // one leaving, AgentWrapup or AgentContactUnassigned follows and says so.
        if (s == S::Conferenced) {
            return to(customerLeg(event, false));
        }
        if (s == S::Connected) {
            return stay;
        }
        break;
    case Kind::BlindTransferred:
        if (in({S::Connected, S::Held})) {
            return to(S::Transferred);
        }
        if (s == S::Transferred) {
            return stay;
        }
        break;
    case Kind::ContactEnded:
        if (s == S::Offered) {
            return to(S::Closed); // the customer hung up while it rang
        }
        if (isTalking(s)) {
            return to(S::Ended);
        }
        if (in({S::Transferred, S::Ended, S::WrapUp, S::Closed})) {
            return stay;
        }
        break;
    case Kind::Wrapup:
        if (isTalking(s) || in({S::Transferred, S::Ended})) {
            return to(S::WrapUp);
        }
        if (s == S::WrapUp) {
            return stay;
        }
        break;
    case Kind::WrappedUp:
        if (in({S::WrapUp, S::Ended, S::Transferred})) {
            return to(S::Closed);
        }
        if (s == S::Closed) {
            return stay;
        }
        break;
    case Kind::Unassigned:
        if (s == S::Offered) {
            return to(S::Closed); // withdrawn: answered elsewhere or abandoned
        }
        if (in({S::Transferred, S::Ended})) {
            // With a wrap-up to do, AgentWrapup is still to come.
            return m_wrapUpRequired || event.wrapUpRequired ? stay : to(S::Closed);
        }
        if (in({S::WrapUp, S::Closed})) {
            return stay;
        }
        break;
    case Kind::AssignFailed:
    case Kind::HoldFailed:
    case Kind::UnholdFailed:
    case Kind::ConsultFailed:
    case Kind::ConsultEndFailed:
    case Kind::ConsultTransferFailed:
    case Kind::ConferenceFailed:
    case Kind::BlindTransferFailed:
    case Kind::EndFailed:
    case Kind::WrapupFailed:
        return failureStep(*failedCommand(event.kind()), event);
    case Kind::Rehydrated:
    case Kind::Unknown:
        break; // handled before the table
    }
    return {Outcome::Mismatch, s, {}};
}

// A failure changes nothing on the server, so it fits every state in which its command could
// have been sent (by us, or by another login of the same agent). Two failures do move the call:
// a failed assignment withdraws the offer (the SDK ends the task), and a consult that fails
// after it was created (the consulted party does not answer, is busy, declines) brings the
// agent back to the customer.
CallSession::Step CallSession::failureStep(CallCommand::Kind command, const CallEvent &event) const
{
    const bool ours = m_pending && m_pending->command.kind == command;
    if (command == Command::Accept && m_state == CallState::Offered) {
        return {Outcome::Applied, CallState::Closed, ours ? QString() : failureMessage(command)};
    }
    if (command == Command::Consult && hasConsultLeg(m_state)) {
        return {Outcome::Applied, customerLeg(event, m_state == CallState::Consulting),
                tr("The consulted party could not be reached.")};
    }
    if (ours || allowedIn(command, m_state)) {
        return {Outcome::Applied, m_state, {}};
    }
    return {Outcome::Mismatch, m_state, {}};
}

void CallSession::settlePending(const CallEvent &event)
{
    if (!m_pending) {
        return;
    }
    const Command command = m_pending->command.kind;
    if (confirms(event.kind(), command)) {
        clearPending();
        return;
    }
    if (failedCommand(event.kind()) == command) {
        qCInfo(lcCore) << "call" << m_interactionId << CallCommand::kindName(command)
                       << "failed:" << event.name << event.reason;
        clearPending();
        fail(failureMessage(command));
    }
}

void CallSession::applyDetails(const CallEvent &event)
{
    if (m_interactionId.isEmpty()) {
        m_interactionId = event.interactionId;
    }
    if (!event.callerNumber.isEmpty()) {
        m_callerNumber = event.callerNumber;
    }
    if (!event.queueName.isEmpty()) {
        m_queueName = event.queueName;
    }
    if (event.wrapUpRequired || event.kind() == Kind::Wrapup) {
        m_wrapUpRequired = true;
    }
    const std::optional<CallCommand> pending = pendingCommand();
    switch (event.kind()) {
    case Kind::Rona:
        m_rona = true;
        break;
    case Kind::ConsultCreated:
    case Kind::Consulting:
        if (!event.destination.isEmpty()) {
            m_consultDestination = event.destination;
            m_consultDestinationType = event.destinationType;
        } else if (pending && pending->kind == Command::Consult) {
            m_consultDestination = pending->destination;
            m_consultDestinationType = pending->destinationType;
        }
        break;
    case Kind::ConsultTransferred:
        m_transferDestination =
                event.destination.isEmpty() ? m_consultDestination : event.destination;
        break;
    case Kind::BlindTransferred:
        if (!event.destination.isEmpty()) {
            m_transferDestination = event.destination;
        } else if (pending && pending->kind == Command::BlindTransfer) {
            m_transferDestination = pending->destination;
        }
        break;
    default:
        break;
    }
}

// AgentContact, from /v1/agents/reload: the contact center's whole picture of the interaction,
// so it replaces ours whatever we thought (SDK hydrate guards: terminated → wrap-up, consulting,
// held, connected, conference).
CallSession::Outcome CallSession::rehydrate(const CallEvent &event)
{
    const Details before = details();
    const QString reported = event.interactionState.toLower();
    std::optional<CallState> target;
    if (reported == u"new"_s) {
        target = CallState::Offered;
    } else if (reported == u"connected"_s) {
        target = event.customerHeld.value_or(false) ? CallState::Held : CallState::Connected;
    } else if (reported == u"hold"_s || reported == u"held"_s) {
        target = CallState::Held;
    } else if (reported == u"consulting"_s || reported == u"consult"_s) {
        // The customer not on hold during a consult means the consult leg is.
        target = event.customerHeld.value_or(true) ? CallState::Consulting : CallState::ConsultHeld;
    } else if (reported == u"conference"_s || reported == u"conferencing"_s) {
        target = CallState::Conferenced;
    } else if (reported == u"wrapup"_s || reported == u"post_call"_s ||
               reported == u"terminated"_s) {
        target = event.wrapUpRequired ? CallState::WrapUp : CallState::Closed;
    }

    // Asking again would bring the same answer: whatever happens here, the reload is done.
    m_needsReload = false;
    if (!target) {
        ++m_mismatchCount;
        m_lastMismatch = u"AgentContact with state \"%1\""_s.arg(event.interactionState);
        qCWarning(lcCore) << "call" << m_interactionId << "reload reports an unknown state"
                          << event.interactionState;
        return Outcome::Mismatch;
    }

    if (m_interactionId.isEmpty()) {
        m_interactionId = event.interactionId;
    }
    if (!event.callerNumber.isEmpty()) {
        m_callerNumber = event.callerNumber;
    }
    if (!event.queueName.isEmpty()) {
        m_queueName = event.queueName;
    }
    if (!event.destination.isEmpty()) {
        m_consultDestination = event.destination;
        m_consultDestinationType = event.destinationType;
    }
    if (*target == CallState::WrapUp || event.wrapUpRequired) {
        m_wrapUpRequired = true;
    }
    if (isTalking(*target)) {
        if (event.connectedAt.isValid()) {
            m_callSince = event.connectedAt;
        } else if (!m_callSince.isValid()) {
            m_callSince = now();
        }
    }
    if (hasConsultLeg(*target)) {
        m_consultAnswered = true;
        if (event.consultStartedAt.isValid()) {
            m_consultSince = event.consultStartedAt;
        } else if (!m_consultSince.isValid()) {
            m_consultSince = now();
        }
    } else {
        m_consultAnswered = false;
        m_consultSince = {};
    }
    qCInfo(lcCore) << "call" << m_interactionId << "reloaded as" << callStateName(*target) << "was"
                   << callStateName(m_state);
    setState(*target);
    if (m_pending && !allowedIn(m_pending->command.kind, m_state)) {
        clearPending();
    }
    if (details() != before) {
        Q_EMIT detailsChanged();
    }
    return Outcome::Applied;
}

void CallSession::setState(CallState next)
{
    if (next == m_state) {
        return;
    }
    const CallState previous = m_state;
    m_state = next;
    m_stateSince = now();
    qCInfo(lcCore) << "call" << m_interactionId << callStateName(previous) << "->"
                   << callStateName(next);
    Q_EMIT stateChanged(next, previous);
}

void CallSession::resetFor(const CallEvent &offer)
{
    m_interactionId = offer.interactionId;
    m_callerNumber.clear();
    m_queueName.clear();
    m_callSince = {};
    m_consultSince = {};
    m_consultDestination.clear();
    m_consultDestinationType.clear();
    m_consultAnswered = false;
    m_transferDestination.clear();
    m_lastError.clear();
    m_wrapUpRequired = false;
    m_rona = false;
}

void CallSession::fail(const QString &message)
{
    m_lastError = message;
    Q_EMIT errorOccurred(message);
}

void CallSession::mismatch(const CallEvent &event)
{
    ++m_mismatchCount;
    m_lastMismatch = u"%1%2 in %3"_s.arg(
            event.name,
            event.isConsultLeg() && (event.kind() == Kind::Held || event.kind() == Kind::Unheld)
                    ? u" (consult leg)"_s
                    : QString(),
            callStateName(m_state));
    qCWarning(lcCore) << "call" << m_interactionId << "unexpected" << m_lastMismatch;
    requestReload();
}

void CallSession::requestReload()
{
    if (m_needsReload) {
        return;
    }
    m_needsReload = true;
    Q_EMIT reloadNeeded();
}

void CallSession::clearPending()
{
    if (!m_pending) {
        return;
    }
    m_pending.reset();
    Q_EMIT pendingCommandChanged();
}

CallSession::Details CallSession::details() const
{
    return {m_callerNumber,        m_queueName,
            m_consultDestination,  m_consultDestinationType,
            m_transferDestination, m_consultAnswered,
            m_wrapUpRequired,      m_rona,
            m_callSince,           m_consultSince};
}

QDateTime CallSession::now() const
{
    return m_clock->now();
}

QString CallSession::stateLabel(CallState state)
{
    switch (state) {
    case CallState::Idle:
        return tr("No call");
    case CallState::Offered:
        return tr("Incoming call");
    case CallState::Connected:
        return tr("Connected");
    case CallState::Held:
        return tr("On hold");
    case CallState::Consulting:
        return tr("Consulting");
    case CallState::ConsultHeld:
        return tr("Consult on hold");
    case CallState::Conferenced:
        return tr("Conference");
    case CallState::Transferred:
        return tr("Transferred");
    case CallState::Ended:
        return tr("Call ended");
    case CallState::WrapUp:
        return tr("Wrap-up");
    case CallState::Closed:
        return tr("Finished");
    }
    return {};
}

QString CallSession::failureMessage(CallCommand::Kind kind)
{
    switch (kind) {
    case Command::Accept:
        return tr("The call could not be connected to you.");
    case Command::Hold:
        return tr("The call could not be put on hold. Try again.");
    case Command::Resume:
        return tr("The call could not be resumed. Try again.");
    case Command::Consult:
        return tr("The consult call could not be started. Try again.");
    case Command::EndConsult:
        return tr("The consult call could not be ended. Try again.");
    case Command::ConsultTransfer:
        return tr("The call could not be transferred. Try again.");
    case Command::Conference:
        return tr("The conference could not be started. Try again.");
    case Command::BlindTransfer:
        return tr("The call could not be transferred. Check the destination and try again.");
    case Command::End:
        return tr("The call could not be ended. Try again.");
    case Command::WrapUp:
        return tr("The wrap-up could not be saved. Try again.");
    }
    return {};
}

} // namespace AgentDesk::Core
