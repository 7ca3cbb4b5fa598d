// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactcenterservices.h"

#include <auth/oauthprovider.h>

namespace AgentDesk::Session {

ContactCenterServices::ContactCenterServices(const Core::ServiceEndpoints &endpoints,
                                             Auth::TokenStore *store, const Core::Clock *clock,
                                             QObject *parent)
    : QObject(parent)
    , m_endpoints(endpoints)
    , m_http(&m_network, clock)
    , m_session(Auth::OAuthProvider::contactCenter(endpoints), &m_http, store)
    , m_identity(&m_http, endpoints.ccIdentity, &m_session)
    , m_tracker(&m_http)
    , m_channel(&m_http, endpoints.ccApi, &m_session, clock)
    , m_client(&m_http, endpoints.ccApi, &m_session, &m_tracker)
{
    connect(&m_channel, &Cc::NotificationChannel::eventReceived, &m_tracker,
            &Cc::CommandTracker::handleEvent);
}

} // namespace AgentDesk::Session
