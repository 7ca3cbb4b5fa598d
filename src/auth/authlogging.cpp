// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "authlogging.h"

namespace AgentDesk::Auth {

Q_LOGGING_CATEGORY(lcAuth, "agentdesk.auth", QtInfoMsg)

} // namespace AgentDesk::Auth
