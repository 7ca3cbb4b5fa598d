// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "netlogging.h"

namespace AgentDesk::Net {

Q_LOGGING_CATEGORY(lcNet, "agentdesk.net", QtInfoMsg)

} // namespace AgentDesk::Net
