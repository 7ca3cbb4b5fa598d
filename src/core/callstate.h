// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <array>

namespace AgentDesk::Core {

// Where one customer interaction stands for this agent, as the contact center last confirmed it.
// A command the agent has asked for does not change it; CallSession::pendingCommand() says what is
// on its way.
enum class CallState
{
    Idle,        // nothing heard yet for this interaction
    Offered,     // ringing: AgentContactReserved / AgentOfferContact
    Connected,   // talking to the customer
    Held,        // the customer is on hold, no consult leg
    Consulting,  // the customer is on hold; the consult leg rings or is talking
    ConsultHeld, // back with the customer; the consult leg waits on hold
    Conferenced, // customer, agent and the consulted party together
    Transferred, // handed over (consult, blind or queue transfer); wrap-up may follow
    Ended,       // the call is over; AgentWrapup is expected when wrap-up is required
    WrapUp,      // the agent picks a wrap-up code
    Closed       // nothing more to do: wrapped up, missed (RONA) or withdrawn
};

inline constexpr std::array AllCallStates{
        CallState::Idle,        CallState::Offered,     CallState::Connected,
        CallState::Held,        CallState::Consulting,  CallState::ConsultHeld,
        CallState::Conferenced, CallState::Transferred, CallState::Ended,
        CallState::WrapUp,      CallState::Closed};

// A stable English identifier ("ConsultHeld") for logs and tests; never shown to the agent
// (CallSession::stateLabel() is the translated one).
QString callStateName(CallState state);

} // namespace AgentDesk::Core
