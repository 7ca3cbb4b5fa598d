// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ccnotifier.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QTimer>
#include <QUuid>
#include <QWebSocket>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSimCc, "agentdesk.sim.cc", QtInfoMsg)

namespace AgentDesk::Sim {

// "Up to 10 logins per clientType" when allowMultiLogin is set (CC OpenAPI NotificationRequest).
static constexpr int kMaxLoginsPerClientType = 10;
// A peer that never answers our close frame is cut off after this long.
static constexpr int kCloseHandshakeMs = 5000;

// Subscription ids are capability URLs (the socket itself carries no token): log a prefix only.
static QString shortId(const QString &id)
{
    return id.left(8);
}

CcNotifier::CcNotifier(QObject *parent)
    : QObject(parent)
{}

CcNotifier::~CcNotifier()
{
    // The sockets are our children; cut their signals to us before ~QObject deletes them, so no
    // handler runs on a half-destroyed notifier.
    const auto sockets = findChildren<QWebSocket *>(Qt::FindDirectChildrenOnly);
    for (QWebSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        delete socket;
    }
}

QString CcNotifier::newTrackingId()
{
    return QString(u"ccsim_"_s + QUuid::createUuid().toString(QUuid::WithoutBraces));
}

QString CcNotifier::subscribe(const QString &agentId, const Options &options)
{
    const QString id = QUuid::createUuid().toString(QUuid::Id128);
    m_subscriptions.insert(id, Subscription{agentId, options});
    qCDebug(lcSimCc) << "subscription" << shortId(id) << "for agent" << agentId << "keepalive"
                     << options.keepAlive << "multiLogin" << options.allowMultiLogin << "clientType"
                     << options.clientType;
    return id;
}

void CcNotifier::attach(const QString &subscriptionId, std::unique_ptr<QWebSocket> owned)
{
    QWebSocket *socket = owned.release();
    socket->setParent(this);
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        forget(socket);
        socket->deleteLater();
    });

    const auto pending = m_subscriptions.constFind(subscriptionId);
    if (pending == m_subscriptions.constEnd()) {
        qCInfo(lcSimCc) << "refusing socket for unknown or used subscription"
                        << shortId(subscriptionId);
        // Refuse from the event loop: closing inside the handshake's own call chain makes Qt
        // 6.4 peek at the closed device.
        QMetaObject::invokeMethod(
                socket,
                [this, socket] {
                    retire(socket, QWebSocketProtocol::CloseCodePolicyViolated,
                           u"unknown or already used subscription"_s);
                },
                Qt::QueuedConnection);
        return;
    }
    Connection connection{socket, pending->agentId, pending->options, nullptr};
    m_subscriptions.erase(pending);

    connect(socket, &QWebSocket::textMessageReceived, this, [this, socket] { onMessage(socket); });
    connect(socket, &QWebSocket::binaryMessageReceived, this,
            [this, socket] { onMessage(socket); });
    if (connection.options.keepAlive) {
        connection.keepalive = new QTimer(socket);
        connection.keepalive->setSingleShot(true);
        connection.keepalive->setInterval(m_keepaliveTimeoutMs);
        connect(connection.keepalive, &QTimer::timeout, this, [this, socket] {
            qCInfo(lcSimCc) << "closing a notification socket silent for" << m_keepaliveTimeoutMs
                            << "ms";
            retire(socket, QWebSocketProtocol::CloseCodeNormal, u"keepalive timeout"_s);
        });
        connection.keepalive->start();
    }
    m_connections.push_back(connection);
    qCInfo(lcSimCc) << "notification socket open for agent" << connection.agentId;

    send(socket, QJsonObject{{u"type"_s, u"Welcome"_s},
                             {u"data"_s, QJsonObject{{u"agentId"_s, connection.agentId}}}});
    enforceMultiLogin(connection);
}

void CcNotifier::enforceMultiLogin(const Connection &newcomer)
{
    std::vector<QPointer<QWebSocket>> displaced;
    if (!newcomer.options.allowMultiLogin) {
        for (const Connection &other : m_connections) {
            if (other.agentId == newcomer.agentId && other.socket != newcomer.socket) {
                displaced.push_back(other.socket);
            }
        }
    } else {
        int sameType = 0;
        for (const Connection &other : m_connections) {
            if (other.agentId == newcomer.agentId &&
                other.options.clientType == newcomer.options.clientType) {
                ++sameType;
            }
        }
        // Oldest first: the connections are kept in the order they opened.
        for (const Connection &other : m_connections) {
            if (sameType <= kMaxLoginsPerClientType) {
                break;
            }
            if (other.agentId == newcomer.agentId &&
                other.options.clientType == newcomer.options.clientType &&
                other.socket != newcomer.socket) {
                displaced.push_back(other.socket);
                --sameType;
            }
        }
    }
    for (const QPointer<QWebSocket> &socket : displaced) {
        displace(socket, newcomer.agentId);
    }
}

void CcNotifier::displace(const QPointer<QWebSocket> &socket, const QString &agentId)
{
    if (!socket) {
        return;
    }
    qCInfo(lcSimCc) << "agent" << agentId << "signed in elsewhere; closing the older socket";
    QJsonObject data{{u"type"_s, u"AGENT_MULTI_LOGIN"_s},
                     {u"agentId"_s, agentId},
                     {u"eventType"_s, u"AgentDesktopMessage"_s},
                     {u"trackingId"_s, newTrackingId()},
                     {u"reason"_s, u"Agent signed in from another session"_s}};
    if (!m_orgId.isEmpty()) {
        data.insert(u"orgId"_s, m_orgId);
    }
    send(socket, QJsonObject{{u"type"_s, u"AGENT_MULTI_LOGIN"_s}, {u"data"_s, data}});
    retire(socket, QWebSocketProtocol::CloseCodeNormal, u"AGENT_MULTI_LOGIN"_s);
}

QByteArray CcNotifier::ownerKey(const QString &accessToken)
{
    return QCryptographicHash::hash(accessToken.toUtf8(), QCryptographicHash::Sha256);
}

int CcNotifier::displaceOtherSessions(const QString &agentId, const QByteArray &callerKey)
{
    std::vector<const Connection *> mine;
    const Connection *newest = nullptr;
    bool callerHasOne = false;
    for (const Connection &connection : m_connections) {
        if (connection.agentId != agentId || !connection.socket) {
            continue;
        }
        mine.push_back(&connection);
        newest = &connection;
        callerHasOne =
                callerHasOne || (!callerKey.isEmpty() && connection.options.ownerKey == callerKey);
    }
    std::vector<QPointer<QWebSocket>> others;
    for (const Connection *connection : mine) {
        const bool callers =
                callerHasOne ? connection->options.ownerKey == callerKey : connection == newest;
        if (!callers) {
            others.push_back(connection->socket);
        }
    }
    for (const QPointer<QWebSocket> &socket : others) {
        displace(socket, agentId);
    }
    return int(others.size());
}

void CcNotifier::onMessage(QWebSocket *socket)
{
    // Any message proves the client alive; the SDK sends {"keepalive":"true"} every 4 s.
    for (const Connection &connection : m_connections) {
        if (connection.socket == socket && connection.keepalive) {
            connection.keepalive->start();
        }
    }
}

void CcNotifier::retire(QWebSocket *socket, int closeCode, const QString &reason)
{
    forget(socket);
    if (socket->state() == QAbstractSocket::UnconnectedState) {
        socket->deleteLater();
        return;
    }
    socket->close(QWebSocketProtocol::CloseCode(closeCode), reason);
    // The disconnected handler deletes it once the peer answers the close frame.
    QTimer::singleShot(kCloseHandshakeMs, socket, [socket] {
        socket->abort();
        socket->deleteLater();
    });
}

void CcNotifier::forget(QWebSocket *socket)
{
    for (auto it = m_connections.begin(); it != m_connections.end(); ++it) {
        if (it->socket == socket) {
            if (it->keepalive) {
                it->keepalive->stop();
            }
            m_connections.erase(it);
            return;
        }
    }
}

bool CcNotifier::send(QWebSocket *socket, const QJsonObject &envelope)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
        return false;
    }
    socket->sendTextMessage(
            QString::fromUtf8(QJsonDocument(envelope).toJson(QJsonDocument::Compact)));
    return true;
}

int CcNotifier::sendEnvelope(const QString &agentId, const QJsonObject &envelope)
{
    // Copy the targets: a send may not re-enter, but keep the loop independent of the vector.
    std::vector<QPointer<QWebSocket>> targets;
    for (const Connection &connection : m_connections) {
        if (connection.agentId == agentId) {
            targets.push_back(connection.socket);
        }
    }
    int sent = 0;
    for (const QPointer<QWebSocket> &socket : targets) {
        sent += send(socket, envelope) ? 1 : 0;
    }
    return sent;
}

int CcNotifier::publish(const QString &agentId, const QString &category, const QString &eventName,
                        QJsonObject data, const QString &trackingId)
{
    data.insert(u"type"_s, eventName);
    const auto fill = [&data](const QString &key, const QString &value) {
        if (!data.contains(key) && !value.isEmpty()) {
            data.insert(key, value);
        }
    };
    // Task events are routing messages; agent replies are desktop messages (SDK agent/types.ts).
    fill(u"eventType"_s,
         category == u"RoutingMessage"_s ? u"RoutingMessage"_s : u"AgentDesktopMessage"_s);
    fill(u"agentId"_s, agentId);
    fill(u"trackingId"_s, trackingId);
    fill(u"orgId"_s, m_orgId);
    const int sent = sendEnvelope(agentId, QJsonObject{{u"type"_s, category}, {u"data"_s, data}});
    if (sent == 0) {
        qCDebug(lcSimCc) << category << eventName << "for agent" << agentId
                         << "went nowhere: no live socket";
    } else {
        qCDebug(lcSimCc) << category << eventName << "sent to" << sent << "socket(s) of agent"
                         << agentId;
    }
    return sent;
}

SimResponse CcNotifier::acceptCommand(const QString &trackingId, std::function<void()> outcome)
{
    // The handler's answer is written as soon as it returns; the outcome waits for the delay,
    // and the timer dies with the notifier.
    QTimer::singleShot(qMax(0, m_eventDelayMs), this, std::move(outcome));
    return SimResponse::json(202, QJsonObject{{u"trackingId"_s, trackingId}});
}

SimResponse CcNotifier::acceptCommand(const QString &agentId, const QString &category,
                                      const QString &eventName, const QJsonObject &data,
                                      const QString &trackingId)
{
    return acceptCommand(trackingId, [this, agentId, category, eventName, data, trackingId] {
        publish(agentId, category, eventName, data, trackingId);
    });
}

int CcNotifier::dropSockets(const QString &agentId)
{
    std::vector<QPointer<QWebSocket>> targets;
    for (const Connection &connection : m_connections) {
        if (agentId.isEmpty() || connection.agentId == agentId) {
            targets.push_back(connection.socket);
        }
    }
    int dropped = 0;
    for (const QPointer<QWebSocket> &socket : targets) {
        if (socket) {
            forget(socket);
            socket->abort();
            socket->deleteLater();
            ++dropped;
        }
    }
    qCInfo(lcSimCc) << "dropped" << dropped << "notification socket(s)";
    return dropped;
}

int CcNotifier::socketCount(const QString &agentId) const
{
    int count = 0;
    for (const Connection &connection : m_connections) {
        if (connection.socket && (agentId.isEmpty() || connection.agentId == agentId)) {
            ++count;
        }
    }
    return count;
}

} // namespace AgentDesk::Sim
