// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "calldisplay.h"

#include "callcontroller.h"

#include <core/callsession.h>

using namespace Qt::StringLiterals;

namespace AgentDesk::Session {

using Core::CallState;

namespace {

qint64 secondsSince(const QDateTime &since, const QDateTime &now)
{
    return since.isValid() ? since.secsTo(now) : 0;
}

QString partyName(const QString &destination, const CallDisplay::PartyNames &names)
{
    const QString name = names ? names(destination) : QString();
    return name.isEmpty() ? destination : name;
}

} // namespace

QString CallDisplay::elapsed(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    const qint64 hours = seconds / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    const qint64 rest = seconds % 60;
    if (hours > 0) {
        return u"%1:%2:%3"_s.arg(hours)
                .arg(minutes, 2, 10, QLatin1Char('0'))
                .arg(rest, 2, 10, QLatin1Char('0'));
    }
    return u"%1:%2"_s.arg(minutes, 2, 10, QLatin1Char('0')).arg(rest, 2, 10, QLatin1Char('0'));
}

CallDisplay CallDisplay::of(const CallController &calls, const QDateTime &now,
                            const PartyNames &names)
{
    return of(calls.call(), calls.isOutdial(), now, calls.autoWrapUpAt(), names);
}

CallDisplay CallDisplay::of(const Core::CallSession *call, bool placedByAgent, const QDateTime &now,
                            std::optional<QDateTime> autoWrapUpAt, const PartyNames &names)
{
    CallDisplay shown;
    const CallState state = call ? call->state() : CallState::Idle;
    shown.state = Core::CallSession::stateLabel(state);
    if (!call || state == CallState::Idle) {
        return shown;
    }
    shown.caller = call->callerNumber().isEmpty() ? tr("Unknown caller") : call->callerNumber();
    shown.queue = call->queueName();
    shown.pending = call->pendingCommand().has_value();

    switch (state) {
    case CallState::Idle:
        break;
    case CallState::Offered:
        shown.phase = Phase::Ringing;
        if (placedByAgent) {
            shown.state = tr("Calling…");
        }
        shown.timer = elapsed(secondsSince(call->stateSince(), now));
        break;
    case CallState::Connected:
    case CallState::Held:
    case CallState::Consulting:
    case CallState::ConsultHeld:
    case CallState::Conferenced:
        shown.phase = Phase::Talking;
        shown.timer = elapsed(secondsSince(call->callSince(), now));
        break;
    case CallState::WrapUp:
        shown.phase = Phase::WrapUp;
        shown.timer = elapsed(secondsSince(call->stateSince(), now));
        if (autoWrapUpAt) {
            // Rounded up: "00:01" until the very end, never "00:00" while still waiting.
            const qint64 ms = std::max<qint64>(0, now.msecsTo(*autoWrapUpAt));
            shown.wrapUpCountdown = elapsed((ms + 999) / 1000);
        }
        break;
    case CallState::Transferred:
    case CallState::Ended:
    case CallState::Closed:
        shown.phase = Phase::Over;
        break;
    }

    // The hold button takes back whichever leg waits: the customer, or the consulted party.
    if (state == CallState::Held || state == CallState::Consulting) {
        shown.holdAction = HoldAction::ResumeCustomer;
    } else if (state == CallState::ConsultHeld) {
        shown.holdAction = HoldAction::ResumeConsulted;
    }

    if (state == CallState::Consulting || state == CallState::ConsultHeld ||
        state == CallState::Conferenced) {
        shown.showLegs = true;
        shown.consultParty = partyName(call->consultDestination(), names);
        if (call->consultSince().isValid()) {
            shown.consultTimer = elapsed(secondsSince(call->consultSince(), now));
        }
        if (state == CallState::Consulting) {
            shown.customerStatus = tr("On hold");
            shown.consultStatus = call->consultAnswered() ? tr("Talking") : tr("Ringing…");
        } else if (state == CallState::ConsultHeld) {
            shown.customerStatus = tr("Talking");
            shown.consultStatus = tr("On hold");
        } else {
            shown.customerStatus = tr("In the conference");
            shown.consultStatus = tr("In the conference");
        }
    }

    if (shown.phase == Phase::Over || shown.phase == Phase::WrapUp) {
        if (!call->transferDestination().isEmpty()) {
            shown.note = tr("Transferred to %1").arg(partyName(call->transferDestination(), names));
        } else if (call->ronaHappened()) {
            shown.note = tr("Not answered in time.");
        }
    }
    return shown;
}

} // namespace AgentDesk::Session
