// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agentstatecontroller.h"
#include "contactcenterservices.h"
#include "logincontroller.h"
#include "teamsconnection.h"

#include <QObject>

class QSettings;

namespace AgentDesk::Auth {
class TokenStore;
}

namespace AgentDesk::Session {

// Everything one agent session runs on, built once the service endpoints are known (at start,
// or when the demo simulator is up): the contact-center services, the login sequence, the
// agent state and the Microsoft Teams connection, wired together (a station login hands its
// state to the state controller and starts Teams; signing out deletes the Teams tokens).
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
    TeamsConnection &teams() { return m_teams; }
    QSettings *settings() const { return m_settings; }

private:
    QSettings *m_settings;
    ContactCenterServices m_services;
    LoginController m_login;
    AgentStateController m_state;
    TeamsConnection m_teams;
};

} // namespace AgentDesk::Session
