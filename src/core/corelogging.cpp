// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corelogging.h"

namespace AgentDesk::Core {

Q_LOGGING_CATEGORY(lcCore, "agentdesk.core", QtInfoMsg)

} // namespace AgentDesk::Core
