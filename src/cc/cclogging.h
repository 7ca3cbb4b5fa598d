// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace AgentDesk::Cc {

// The one category of the contact-center client ("agentdesk.cc", info and above by default).
// Lines name events, commands, tracking ids and states; never a token, a subscription URL (a
// capability) or the content of an event.
Q_DECLARE_LOGGING_CATEGORY(lcCc)

} // namespace AgentDesk::Cc
