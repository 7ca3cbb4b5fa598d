// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace AgentDesk::Auth {

// The one category of sign-in and tokens ("agentdesk.auth", info and above by default). Lines
// name the provider, the step and the outcome (OAuth error code, AADSTS number, tracking id);
// never a token, an authorization code, a PKCE verifier, a state value or an account name.
Q_DECLARE_LOGGING_CATEGORY(lcAuth)

} // namespace AgentDesk::Auth
