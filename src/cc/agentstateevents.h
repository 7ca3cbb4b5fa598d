// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agentstateevent.h"
#include "ccevent.h"

#include <optional>

namespace AgentDesk::Cc {

// Reads the agent events of the notification socket (StationLogin, AgentStateChange, Logout,
// relogin) into AgentStateEvent values. Pure; every other event gives nothing, and so does an
// agent event whose fields have the wrong type (logged).
//   if (const auto state = AgentStateEvents::read(event)) { m_stateModel.apply(*state); }
class AgentStateEvents
{
public:
    static std::optional<AgentStateEvent> read(const CcEvent &event);
    // Whether the event is one read() knows (by name), whatever its content.
    static bool isAgentStateEvent(const CcEvent &event);
};

} // namespace AgentDesk::Cc
