// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessioncontext.h"

namespace AgentDesk::Session {

SessionContext::SessionContext(const Core::ServiceEndpoints &endpoints, Auth::TokenStore *store,
                               QSettings *settings, const Core::Clock *clock, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_services(endpoints, store, clock)
    , m_login(&m_services, settings)
    , m_state(&m_services)
    , m_teams(endpoints, store, clock, settings)
{
    connect(&m_login, &LoginController::signedIn, this, [this] {
        m_state.begin(m_login.profile(), m_login.stationLoginEvent());
        // Teams never holds the agent up: it connects (or says why not) after the desk is there.
        m_teams.start(m_login.profile(), m_login.person().primaryEmail());
    });
    connect(&m_state, &AgentStateController::signedOut, &m_teams, &TeamsConnection::signOutOfApp);
    // Signed out of the station, or taken over elsewhere: the next sign-in starts afresh but
    // keeps the refresh token, so it needs no browser.
    connect(&m_state, &AgentStateController::signedOut, &m_login, [this] { m_login.restart(); });
    connect(&m_state, &AgentStateController::sessionEndedElsewhere, &m_login,
            [this] { m_login.restart(); });
}

} // namespace AgentDesk::Session
