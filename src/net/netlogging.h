// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace AgentDesk::Net {

// The one category of the network layer ("agentdesk.net", info and above by default). Lines
// carry the correlation id, method, redacted URL, status, attempt and elapsed time; never a
// header, a body, a token, a code or a password.
Q_DECLARE_LOGGING_CATEGORY(lcNet)

} // namespace AgentDesk::Net
