// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cclogging.h"

namespace AgentDesk::Cc {

Q_LOGGING_CATEGORY(lcCc, "agentdesk.cc", QtInfoMsg)

} // namespace AgentDesk::Cc
