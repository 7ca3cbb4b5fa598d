// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace AgentDesk::Core {

// The one category of the domain layer ("agentdesk.core", info and above by default): admin data
// we had to ignore (a dial-plan regex that does not compile), how long a country list took to
// build. Never a phone number in full, a token or a password.
Q_DECLARE_LOGGING_CATEGORY(lcCore)

} // namespace AgentDesk::Core
