// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessioncontext.h"

#include <cc/buddyagent.h>
#include <cc/commandoutcome.h>

#include <chrono>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace AgentDesk::Session {

SessionContext::SessionContext(const Core::ServiceEndpoints &endpoints, Auth::TokenStore *store,
                               QSettings *settings, const Core::Clock *clock, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_services(endpoints, store, clock)
    , m_login(&m_services, settings)
    , m_state(&m_services)
    , m_calls(&m_services, &m_state, clock)
    , m_teams(endpoints, store, clock, settings)
    , m_presenceSync(&m_state, &m_calls, &m_teams, endpoints, clock)
    , m_colleagues(settings, clock)
{
    connect(&m_login, &LoginController::signedIn, this, [this] {
        m_state.begin(m_login.profile(), m_login.stationLoginEvent());
        m_calls.begin(m_login.profile());
        m_presenceSync.begin(m_login.profile());
        // Teams never holds the agent up: it connects (or says why not) after the desk is there.
        m_teams.start(m_login.profile(), m_login.person().primaryEmail());
        fetchAgentRoster();
    });
    connect(&m_teams, &TeamsConnection::stateChanged, this, &SessionContext::onTeamsStateChanged);
    m_agentStatesTimer.setInterval(60s);
    connect(&m_agentStatesTimer, &QTimer::timeout, this, &SessionContext::requestAgentStates);
    connect(&m_state, &AgentStateController::signedOut, &m_agentStatesTimer, &QTimer::stop);
    connect(&m_state, &AgentStateController::sessionEndedElsewhere, &m_agentStatesTimer,
            &QTimer::stop);
    connect(&m_state, &AgentStateController::signedOut, &m_presenceSync,
            &PresenceSyncController::end);
    connect(&m_state, &AgentStateController::sessionEndedElsewhere, &m_presenceSync,
            &PresenceSyncController::end);
    connect(&m_state, &AgentStateController::signedOut, &m_teams, &TeamsConnection::signOutOfApp);
    // Signed out of the station, or taken over elsewhere: the next sign-in starts afresh but
    // keeps the refresh token, so it needs no browser.
    connect(&m_state, &AgentStateController::signedOut, &m_login, [this] { m_login.restart(); });
    connect(&m_state, &AgentStateController::sessionEndedElsewhere, &m_login,
            [this] { m_login.restart(); });
}

void SessionContext::onTeamsStateChanged(TeamsConnection::State state)
{
    if (state != TeamsConnection::State::Connected) {
        // The panel keeps showing the last directory, without live presence.
        m_colleagues.stop();
        return;
    }
    ColleaguesService::Account account;
    account.name = m_teams.account();
    account.tenant = m_services.endpoints().tenant;
    account.graph = m_services.endpoints().graphApi;
    account.defaultRegion = m_login.profile().defaultRegion;
    m_colleagues.start(account, &m_teams.http(), m_teams.tokens());
}

void SessionContext::fetchAgentRoster()
{
    const QString orgId = m_login.person().orgId;
    m_services.client().fetchAgentDirectory(
            orgId, this, [this](const Cc::CcResult<QList<Core::ContactCenterAgent>> &agents) {
                // Without the roster colleagues simply show no agent state.
                if (agents.ok()) {
                    m_colleagues.setContactCenterAgents(agents.value());
                }
            });
    requestAgentStates();
    m_agentStatesTimer.start();
}

void SessionContext::requestAgentStates()
{
    const QString profileId = m_login.profile().agentProfileId;
    if (profileId.isEmpty()) {
        return;
    }
    m_services.client().requestBuddyAgents(
            profileId, u"telephony"_s, {}, this,
            [this](const Cc::CommandOutcome &outcome, const QList<Cc::BuddyAgent> &agents) {
                if (!outcome.isSuccess()) {
                    return;
                }
                QHash<QString, QString> states;
                for (const Cc::BuddyAgent &agent : agents) {
                    states.insert(agent.agentId, agent.state);
                }
                m_colleagues.model().setAgentStates(states);
            });
}

} // namespace AgentDesk::Session
