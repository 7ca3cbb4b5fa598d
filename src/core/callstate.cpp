// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "callstate.h"

using namespace Qt::StringLiterals;

namespace AgentDesk::Core {

QString callStateName(CallState state)
{
    switch (state) {
    case CallState::Idle:
        return u"Idle"_s;
    case CallState::Offered:
        return u"Offered"_s;
    case CallState::Connected:
        return u"Connected"_s;
    case CallState::Held:
        return u"Held"_s;
    case CallState::Consulting:
        return u"Consulting"_s;
    case CallState::ConsultHeld:
        return u"ConsultHeld"_s;
    case CallState::Conferenced:
        return u"Conferenced"_s;
    case CallState::Transferred:
        return u"Transferred"_s;
    case CallState::Ended:
        return u"Ended"_s;
    case CallState::WrapUp:
        return u"WrapUp"_s;
    case CallState::Closed:
        return u"Closed"_s;
    }
    return u"Unknown"_s;
}

} // namespace AgentDesk::Core
