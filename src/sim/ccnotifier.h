// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simhttp.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

class QTimer;
class QWebSocket;

Q_DECLARE_LOGGING_CATEGORY(lcSimCc)

namespace AgentDesk::Sim {

// The contact center's notification channel: subscriptions, the agents' WebSockets and the
// events pushed to them. Commands answer 202 at once and their outcome follows as an event a
// little later, so a client always sees the 202 before the event (API-CONTRACT.md).
//   // POST /v1/notification/subscribe, then the upgrade on webSocketUrl:
//   QString id = notifier.subscribe(agent.id, options);
//   notifier.attach(id, std::move(socket));
//   // a command: 202 now, its event after the delay
//   return notifier.acceptCommand(agent.id, u"Logout"_s, u"AgentLogoutFailed"_s,
//                                 {{u"reason"_s, u"AGENT_NOT_LOGGED_IN"_s}}, trackingId);
class CcNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CcNotifier)

public:
    // What POST /v1/notification/subscribe asked for.
    struct Options
    {
        bool force = false;
        bool keepAlive = false;
        QString clientType = QStringLiteral("DefaultClient");
        bool allowMultiLogin = false;
        // Who subscribed: a hash of the caller's access token (never the token), so that a
        // later command can tell its own sockets from another session's.
        QByteArray ownerKey;
    };

    explicit CcNotifier(QObject *parent = nullptr);
    ~CcNotifier() override;

    // How long a keepalive-enabled socket may stay silent before the server closes it.
    void setKeepaliveTimeout(int ms) { m_keepaliveTimeoutMs = ms; }
    // How long after a command's 202 its outcome event is sent.
    void setEventDelay(int ms) { m_eventDelayMs = ms; }
    int eventDelay() const { return m_eventDelayMs; }
    // Added to every event's data (real events carry the tenant's orgId).
    void setOrgId(const QString &orgId) { m_orgId = orgId; }

    // Registers a subscription for the agent and returns its id (single use).
    QString subscribe(const QString &agentId, const Options &options);
    // Takes the upgraded socket for a subscription: Welcome, keepalive watch, multi-login rule.
    // An unknown or already used id is refused with a policy-violation close.
    void attach(const QString &subscriptionId, std::unique_ptr<QWebSocket> socket);

    // Sends {"type": category, "data": {...data, type: eventName, eventType, agentId,
    // trackingId, orgId}} to the agent's live sockets; keys already in data win. Returns how
    // many sockets it was sent to.
    int publish(const QString &agentId, const QString &category, const QString &eventName,
                QJsonObject data, const QString &trackingId);
    // Sends an envelope exactly as given.
    int sendEnvelope(const QString &agentId, const QJsonObject &envelope);

    // The 202-then-event pattern: answers 202 {"trackingId"} and runs `outcome` after the event
    // delay (the simulator's loop writes the 202 first). Keep the outcome free of references to
    // objects that may be gone by then.
    SimResponse acceptCommand(const QString &trackingId, std::function<void()> outcome);
    // Same, with the outcome being one event published to the agent.
    SimResponse acceptCommand(const QString &agentId, const QString &category,
                              const QString &eventName, const QJsonObject &data,
                              const QString &trackingId);

    // A station login taking the agent's session over from elsewhere: every live socket of the
    // agent not subscribed by the caller (ownerKey) gets AGENT_MULTI_LOGIN and is closed. When
    // none of them is the caller's (its token was refreshed since it subscribed), the newest
    // socket counts as the caller's. Returns how many were closed.
    int displaceOtherSessions(const QString &agentId, const QByteArray &callerKey);
    static QByteArray ownerKey(const QString &accessToken);

    // Closes the agent's sockets (or every socket) abruptly, without a close frame.
    int dropSockets(const QString &agentId = {});
    // Live sockets of the agent (or all).
    int socketCount(const QString &agentId = {}) const;

    static QString newTrackingId();

private:
    struct Subscription
    {
        QString agentId;
        Options options;
    };
    struct Connection
    {
        QPointer<QWebSocket> socket;
        QString agentId;
        Options options;
        QTimer *keepalive = nullptr; // owned by the socket; null when keepalive is off
    };

    void onMessage(QWebSocket *socket);
    void enforceMultiLogin(const Connection &newcomer);
    // Sends AGENT_MULTI_LOGIN on the socket and closes it.
    void displace(const QPointer<QWebSocket> &socket, const QString &agentId);
    // Takes the socket out of the live set and closes it with a close frame.
    void retire(QWebSocket *socket, int closeCode, const QString &reason);
    void forget(QWebSocket *socket);
    void scheduleDeletion(QWebSocket *socket);
    bool send(QWebSocket *socket, const QJsonObject &envelope);

    QHash<QString, Subscription> m_subscriptions; // not yet connected
    std::vector<Connection> m_connections;        // live, oldest first
    int m_keepaliveTimeoutMs = 16000;
    int m_eventDelayMs = 50;
    QString m_orgId;
};

} // namespace AgentDesk::Sim
