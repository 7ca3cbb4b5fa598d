// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamslogging.h"

namespace AgentDesk::Teams {

Q_LOGGING_CATEGORY(lcTeams, "agentdesk.teams", QtInfoMsg)

} // namespace AgentDesk::Teams
