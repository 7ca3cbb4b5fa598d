// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace AgentDesk::Teams {

// The one category of the Microsoft Graph client ("agentdesk.teams", info and above by
// default). Lines name requests, counts, cache files (by their hashed name) and errors; never a
// token, and no personal data (names, e-mail addresses, phone numbers).
Q_DECLARE_LOGGING_CATEGORY(lcTeams)

} // namespace AgentDesk::Teams
