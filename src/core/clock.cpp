// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"

namespace AgentDesk::Core {

Clock *Clock::system()
{
    static SystemClock clock;
    return &clock;
}

} // namespace AgentDesk::Core
