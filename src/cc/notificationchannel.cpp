// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "notificationchannel.h"

#include "cclogging.h"
#include "jsonshape.h"
#include "urlpath.h"

#include <core/clock.h>
#include <net/httpclient.h>

#include <QJsonDocument>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace AgentDesk::Cc {

// A peer that does not answer our close frame is cut off after this long.
static constexpr int kCloseHandshakeMs = 2000;

NotificationChannel::NotificationChannel(Net::HttpClient *http, QUrl ccApi,
                                         Net::TokenProvider *tokens, const Core::Clock *clock,
                                         QObject *parent)
    : NotificationChannel(http, std::move(ccApi), tokens, clock, Options{}, parent)
{}

NotificationChannel::NotificationChannel(Net::HttpClient *http, QUrl ccApi,
                                         Net::TokenProvider *tokens, const Core::Clock *clock,
                                         Options options, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_ccApi(std::move(ccApi))
    , m_tokens(tokens)
    , m_clock(clock)
    , m_options(std::move(options))
{
    m_keepalive.setInterval(m_options.keepaliveInterval);
    connect(&m_keepalive, &QTimer::timeout, this, &NotificationChannel::sendKeepalive);
    m_welcomeTimeout.setSingleShot(true);
    m_welcomeTimeout.setInterval(m_options.welcomeTimeout);
    connect(&m_welcomeTimeout, &QTimer::timeout, this, [this] {
        attemptFailed(tr("The contact center did not confirm the connection in time."),
                      u"no Welcome in time"_s);
    });
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &NotificationChannel::startAttempt);
}

NotificationChannel::~NotificationChannel()
{
    ++m_generation;
    m_subscribe.cancel();
    stopTimers();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void NotificationChannel::setState(State state)
{
    if (m_state == state) {
        return;
    }
    m_state = state;
    qCDebug(lcCc) << "notification channel" << state;
    Q_EMIT stateChanged(state);
}

void NotificationChannel::open()
{
    if (m_state != State::Closed && m_state != State::TakenOver) {
        return;
    }
    m_wasOpen = false;
    m_attempt = 0;
    setState(State::Connecting);
    startAttempt();
}

void NotificationChannel::close()
{
    ++m_generation;
    m_subscribe.cancel();
    stopTimers();
    releaseSocket(true);
    m_attempt = 0;
    if (m_state != State::TakenOver) {
        setState(State::Closed);
    }
}

void NotificationChannel::stopTimers()
{
    m_keepalive.stop();
    m_welcomeTimeout.stop();
    m_retry.stop();
}

void NotificationChannel::startAttempt()
{
    const int generation = ++m_generation;
    releaseSocket(false);
    const QJsonObject body{{u"force"_s, m_options.force},
                           {u"isKeepAliveEnabled"_s, true},
                           {u"clientType"_s, m_options.clientType},
                           {u"allowMultiLogin"_s, false}};
    qCInfo(lcCc) << "subscribing to notifications, attempt" << (m_attempt + 1);
    m_subscribe = m_http->send(Net::ApiRequest::post(below(m_ccApi, u"v1/notification/subscribe"_s))
                                       .withJson(body)
                                       .withAuth(m_tokens),
                               this, [this, generation](const Net::ApiResult &result) {
                                   onSubscribed(generation, result);
                               });
}

void NotificationChannel::onSubscribed(int generation, const Net::ApiResult &result)
{
    if (generation != m_generation) {
        return;
    }
    if (!result.ok()) {
        attemptFailed(tr("The contact center's notification service could not be reached: %1")
                              .arg(result.error().message()),
                      QString(u"subscribe failed: "_s +
                              Net::ApiError::kindName(result.error().kind()) + u' ' +
                              QString::number(result.error().httpStatus())));
        return;
    }
    JsonShape shape(u"notification subscription"_s);
    const QUrl url(shape.text(result.object(), u"webSocketUrl"_s, JsonShape::NonEmpty));
    if (shape.ok() && !acceptableSocketUrl(url)) {
        shape.fail(QString(u"webSocketUrl: not a usable WebSocket address (scheme "_s +
                           url.scheme() + u')'));
    }
    if (!shape.ok()) {
        attemptFailed(tr("The contact center's notification service sent an answer AgentDesk "
                         "does not understand."),
                      shape.problem());
        return;
    }
    openSocket(url);
}

bool NotificationChannel::acceptableSocketUrl(const QUrl &url) const
{
    if (!url.isValid() || url.host().isEmpty()) {
        return false;
    }
    // Encrypted always; plain ws only when the API itself is plain http (the simulator on
    // loopback), so a tampered answer cannot downgrade a real tenant's events.
    return url.scheme() == u"wss"_s || (url.scheme() == u"ws"_s && m_ccApi.scheme() == u"http"_s);
}

void NotificationChannel::openSocket(const QUrl &url)
{
    const int generation = m_generation;
    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket = socket;
    connect(socket, &QWebSocket::connected, this, [this, generation] {
        if (generation == m_generation) {
            onConnected();
        }
    });
    connect(socket, &QWebSocket::textMessageReceived, this,
            [this, generation](const QString &text) {
                if (generation == m_generation) {
                    onFrame(text);
                }
            });
    connect(socket, &QWebSocket::binaryMessageReceived, this, [](const QByteArray &frame) {
        qCWarning(lcCc) << "ignoring a binary notification frame of" << frame.size() << "bytes";
    });
    connect(socket, &QWebSocket::disconnected, this, [this, generation, socket] {
        onSocketEnded(generation, u"closed (%1)"_s.arg(int(socket->closeCode())));
    });
    // Qt 6.4 names the signal error(); errorOccurred() arrives in 6.5.
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this, generation, socket](QAbstractSocket::SocketError error) {
                onSocketEnded(generation,
                              u"error %1: %2"_s.arg(int(error)).arg(socket->errorString()));
            });
    // The Welcome timeout also covers a connection or handshake that never completes.
    m_welcomeTimeout.start();
    qCInfo(lcCc) << "opening the notification socket";
    socket->open(url);
}

void NotificationChannel::onConnected()
{
    qCDebug(lcCc) << "notification socket connected; waiting for Welcome";
    // The SDK sends the first keepalive on open, then every interval.
    sendKeepalive();
    m_keepalive.start();
}

void NotificationChannel::sendKeepalive()
{
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState) {
        m_socket->sendTextMessage(u"{\"keepalive\":\"true\"}"_s);
    }
}

void NotificationChannel::onFrame(const QString &text)
{
    QString problem;
    const std::optional<CcEvent> event = CcEvent::fromFrame(text.toUtf8(), &problem);
    if (!event) {
        // Only the size: a frame may carry customer data.
        qCWarning(lcCc) << "ignoring an unreadable notification frame of" << text.size()
                        << "characters:" << problem;
        return;
    }
    if (event->category == u"Welcome"_s) {
        onWelcome(*event);
    } else if (event->category == u"AGENT_MULTI_LOGIN"_s || event->name == u"AGENT_MULTI_LOGIN"_s) {
        takeOver(*event);
        return;
    } else {
        qCDebug(lcCc) << "event" << event->category << event->name << event->trackingId;
    }
    Q_EMIT eventReceived(*event);
}

void NotificationChannel::onWelcome(const CcEvent &event)
{
    m_welcomeTimeout.stop();
    m_agentId = event.data.value(u"agentId"_s).toString();
    m_attempt = 0;
    qCInfo(lcCc) << "notification channel open for agent" << m_agentId;
    if (!m_wasOpen) {
        m_wasOpen = true;
        setState(State::Open);
        Q_EMIT opened(m_agentId);
        return;
    }
    const qint64 downtime = m_lostAt.isValid() ? m_lostAt.msecsTo(m_clock->now()) : 0;
    m_lostAt = {};
    setState(State::Open);
    qCInfo(lcCc) << "notification channel restored after" << downtime << "ms";
    Q_EMIT connectionRestored(downtime);
}

void NotificationChannel::takeOver(const CcEvent &event)
{
    const QString reason = event.data.value(u"reason"_s).toString();
    qCWarning(lcCc) << "the agent signed in from another session; not reconnecting";
    ++m_generation;
    m_subscribe.cancel();
    stopTimers();
    releaseSocket(true);
    m_attempt = 0;
    setState(State::TakenOver);
    Q_EMIT sessionTakenOver(reason);
}

void NotificationChannel::onSocketEnded(int generation, const QString &why)
{
    if (generation != m_generation) {
        return; // an old socket, or one we closed ourselves
    }
    attemptFailed(tr("The connection to the contact center closed before it was ready."), why);
}

void NotificationChannel::attemptFailed(const QString &message, const QString &why)
{
    if (m_state != State::Connecting && m_state != State::Open && m_state != State::Reconnecting) {
        return;
    }
    ++m_generation; // whatever the failed attempt still has running is now stale
    m_subscribe.cancel();
    m_keepalive.stop();
    m_welcomeTimeout.stop();
    releaseSocket(false);
    qCInfo(lcCc) << "notification channel:" << why;

    if (!m_wasOpen) {
        setState(State::Closed);
        Q_EMIT openFailed(message);
        return;
    }
    if (m_state == State::Open) {
        m_lostAt = m_clock->now();
        setState(State::Reconnecting);
        Q_EMIT connectionLost();
    }
    scheduleRetry();
}

void NotificationChannel::scheduleRetry()
{
    ++m_attempt;
    const std::chrono::milliseconds delay = m_options.backoff.delay(m_attempt);
    qCInfo(lcCc) << "reconnecting in" << delay.count() << "ms (attempt" << m_attempt << ")";
    m_retry.start(delay);
}

void NotificationChannel::releaseSocket(bool clean)
{
    QWebSocket *socket = m_socket;
    m_socket = nullptr;
    if (!socket) {
        return;
    }
    socket->disconnect(this);
    if (clean && socket->state() == QAbstractSocket::ConnectedState) {
        connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(kCloseHandshakeMs, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
        socket->close(QWebSocketProtocol::CloseCodeNormal);
        return;
    }
    socket->abort();
    socket->deleteLater();
}

} // namespace AgentDesk::Cc
