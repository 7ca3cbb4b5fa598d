// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <auth/keychaintokenstore.h>
#include <auth/oauthsession.h>
#include <cc/ccidentityclient.h>
#include <cc/commandtracker.h>
#include <cc/contactcenterclient.h>
#include <cc/notificationchannel.h>
#include <core/serviceendpoints.h>
#include <net/httpclient.h>

#include <QNetworkAccessManager>
#include <QObject>

namespace AgentDesk::Auth {
class TokenStore;
}

namespace AgentDesk::Session {

// The contact-center objects one signed-in agent needs, wired once: one network manager and
// HTTP layer, the contact-center OAuth session (tokens in the keychain), the identity client,
// the notification channel feeding the command tracker, and the REST client. Constructed by
// the application (or a test) and handed to the controllers.
class ContactCenterServices final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactCenterServices)

public:
    // `store` holds the refresh tokens (the keychain in the app, memory in some tests).
    ContactCenterServices(const Core::ServiceEndpoints &endpoints, Auth::TokenStore *store,
                          const Core::Clock *clock, QObject *parent = nullptr);

    const Core::ServiceEndpoints &endpoints() const { return m_endpoints; }
    Net::HttpClient &http() { return m_http; }
    Auth::OAuthSession &session() { return m_session; }
    Cc::CcIdentityClient &identity() { return m_identity; }
    Cc::CommandTracker &tracker() { return m_tracker; }
    Cc::NotificationChannel &channel() { return m_channel; }
    Cc::ContactCenterClient &client() { return m_client; }

private:
    Core::ServiceEndpoints m_endpoints;
    QNetworkAccessManager m_network;
    Net::HttpClient m_http;
    Auth::OAuthSession m_session;
    Cc::CcIdentityClient m_identity;
    Cc::CommandTracker m_tracker;
    Cc::NotificationChannel m_channel;
    Cc::ContactCenterClient m_client;
};

} // namespace AgentDesk::Session
