// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "callcommand.h"
#include "callevent.h"
#include "callstate.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <chrono>
#include <optional>
#include <tuple>

namespace AgentDesk::Core {

class Clock;

// One customer interaction (and its consult leg) as this agent sees it: a state machine driven
// by the contact center's task events, plus the agent's commands. Pure: no network, no timer.
//   CallSession call(Clock::system());
//   call.handleEvent(offer);                          // Offered: caller, queue
//   if (const auto command = call.request(CallCommand::hold())) {
//       send(*command);                               // 202, then AgentContactHeld arrives
//   }                                                 // nullopt: not now (pending, wrong state)
//   timer.start(call.commandDeadline() ...);          // then call.checkTimeouts()
//   if (call.needsReload()) { /* POST /v1/agents/reload, feed the AgentContact event */ }
//
// Commands are 202-then-event (API-CONTRACT.md). The state never moves on a request, only on
// the contact center's events, so what the agent sees is always what the server confirmed; the
// request shows as pendingCommand() and disables every control until its success or failure
// event arrives or 20 s pass. A failure drops the pending command and says why (lastError());
// a timeout does the same and also asks for a reload, because the command may have worked.
// An event that does not fit the state changes nothing, is counted as a mismatch and asks for
// a reload; the AgentContact event from the reload puts the state right.
class CallSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallSession)

public:
    enum class Outcome
    {
        Applied,  // the event fits the state (it may or may not have changed it)
        Mismatch, // it does not fit: state unchanged, needsReload() (not for an AgentContact
                  // whose state we cannot read: asking again would bring the same answer)
        Ignored   // another interaction, or a name this class does not handle
    };
    static constexpr std::chrono::milliseconds CommandTimeout{20'000}; // as the SDK

    explicit CallSession(const Clock *clock, QObject *parent = nullptr);

    Outcome handleEvent(const CallEvent &event);

    // The command ready to send (Resume's leg, ConsultTransfer's destination filled in), or
    // nothing when it is not allowed now: another command is pending, the state forbids it,
    // or it lacks what it needs (a Consult or BlindTransfer destination, a wrap-up code).
    std::optional<CallCommand> request(const CallCommand &command);
    bool canRequest(CallCommand::Kind kind) const;
    // Whether the state allows the command at all, pending or not.
    static bool allowedIn(CallCommand::Kind kind, CallState state);

    // When the pending command times out; nothing when none is pending. The owner schedules a
    // check for then.
    std::optional<QDateTime> commandDeadline() const;
    // Gives up on a pending command whose deadline has passed; true when one timed out.
    bool checkTimeouts();
    // The reload did not list this interaction: it is over for this agent.
    void contactNotFound();
    // The pending command's REST call failed (an error status, or no answer at all), so no
    // event will settle it: drops it and says `message`. When the request may still have
    // reached the contact center (no answer), a reload is asked for too.
    void commandRejected(const QString &message, bool mayHaveReachedServer);

    CallState state() const { return m_state; }
    // From the offer until the wrap-up is saved (AgentStateController::setConversationActive).
    bool isConversationActive() const
    {
        return m_state != CallState::Idle && m_state != CallState::Closed;
    }
    QString interactionId() const { return m_interactionId; }
    QString callerNumber() const { return m_callerNumber; }
    QString queueName() const { return m_queueName; }
    QDateTime callSince() const { return m_callSince; }       // invalid until connected
    QDateTime consultSince() const { return m_consultSince; } // invalid without a consult leg
    QDateTime stateSince() const { return m_stateSince; }     // ringing, on hold, wrap-up...
    QString consultDestination() const { return m_consultDestination; }
    QString consultDestinationType() const { return m_consultDestinationType; }
    bool consultAnswered() const { return m_consultAnswered; }
    QString transferDestination() const { return m_transferDestination; }
    std::optional<CallCommand> pendingCommand() const;
    QString lastError() const { return m_lastError; }
    bool wrapUpRequired() const { return m_wrapUpRequired; }
    bool ronaHappened() const { return m_rona; }
    bool needsReload() const { return m_needsReload; }
    int mismatchCount() const { return m_mismatchCount; }
    QString lastMismatch() const { return m_lastMismatch; } // "AgentContactHeld in Offered"

    // What the call view shows for a state ("On hold"), and the sentence for a command that
    // failed or timed out ("The call could not be put on hold. Try again.").
    static QString stateLabel(CallState state);
    static QString failureMessage(CallCommand::Kind kind);

Q_SIGNALS:
    void stateChanged(AgentDesk::Core::CallState state, AgentDesk::Core::CallState previous);
    // Caller, queue, destinations, timers, consult answered, wrap-up required or RONA changed.
    void detailsChanged();
    void pendingCommandChanged();
    void errorOccurred(const QString &message);
    // needsReload() turned true; emitted once until a reload answer arrives.
    void reloadNeeded();

private:
    struct Pending
    {
        CallCommand command;
        QDateTime deadline;
    };
    struct Step
    {
        Outcome outcome = Outcome::Mismatch;
        CallState next = CallState::Idle;
        QString error; // a failure that was not ours to expect (consult not answered...)
    };

    Step step(const CallEvent &event) const;
    Step failureStep(CallCommand::Kind command, const CallEvent &event) const;
    void applyDetails(const CallEvent &event);
    Outcome rehydrate(const CallEvent &event);
    void settlePending(const CallEvent &event);
    void setState(CallState next);
    void resetFor(const CallEvent &offer);
    void fail(const QString &message);
    void mismatch(const CallEvent &event);
    void requestReload();
    void clearPending();
    // What detailsChanged() is about, to emit it only when something in it changed.
    using Details = std::tuple<QString, QString, QString, QString, QString, bool, bool, bool,
                               QDateTime, QDateTime>;
    Details details() const;
    QDateTime now() const;

    const Clock *m_clock;
    CallState m_state = CallState::Idle;
    QString m_interactionId;
    QString m_callerNumber;
    QString m_queueName;
    QDateTime m_callSince;
    QDateTime m_consultSince;
    QDateTime m_stateSince;
    QString m_consultDestination;
    QString m_consultDestinationType;
    bool m_consultAnswered = false;
    QString m_transferDestination;
    std::optional<Pending> m_pending;
    QString m_lastError;
    bool m_wrapUpRequired = false;
    bool m_rona = false;
    bool m_needsReload = false;
    int m_mismatchCount = 0;
    QString m_lastMismatch;
};

} // namespace AgentDesk::Core
