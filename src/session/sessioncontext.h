// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agentstatecontroller.h"
#include "callcontroller.h"
#include "colleaguesservice.h"
#include "contactcenterservices.h"
#include "logincontroller.h"
#include "presencesynccontroller.h"
#include "teamsconnection.h"

#include <QObject>
#include <QTimer>

class QSettings;

namespace AgentDesk::Auth {
class TokenStore;
}

namespace AgentDesk::Session {

// Everything one agent session runs on, built once the service endpoints are known (at start,
// or when the demo simulator is up): the contact-center services, the login sequence, the
// agent state, the customer calls, the Microsoft Teams connection and the colleagues
// directory, wired together (a station login hands its state to the state controller and its
// profile to the calls, and starts Teams; Teams connected starts the directory and the presence
// sync; signing out deletes the Teams tokens).
//   SessionContext session(endpoints, &keychain, &settings);
//   window.attachSession(&session);
//   session.login().start();
class SessionContext final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionContext)

public:
    SessionContext(const Core::ServiceEndpoints &endpoints, Auth::TokenStore *store,
                   QSettings *settings, const Core::Clock *clock, QObject *parent = nullptr);

    ContactCenterServices &services() { return m_services; }
    LoginController &login() { return m_login; }
    AgentStateController &state() { return m_state; }
    CallController &calls() { return m_calls; }
    TeamsConnection &teams() { return m_teams; }
    PresenceSyncController &presenceSync() { return m_presenceSync; }
    ColleaguesService &colleagues() { return m_colleagues; }
    QSettings *settings() const { return m_settings; }

private:
    void onTeamsStateChanged(TeamsConnection::State state);
    void fetchAgentRoster();
    void requestAgentStates();

    QSettings *m_settings;
    ContactCenterServices m_services;
    LoginController m_login;
    AgentStateController m_state;
    CallController m_calls;
    TeamsConnection m_teams;
    PresenceSyncController m_presenceSync;
    ColleaguesService m_colleagues;
    // The contact center's agents' states, for colleagues who are agents too: asked for now
    // and then while signed in (a BuddyAgents reply is one small event).
    QTimer m_agentStatesTimer;
};

} // namespace AgentDesk::Session
