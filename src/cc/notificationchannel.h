// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ccevent.h"
#include "reconnectbackoff.h"

#include <net/requesthandle.h>

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>

class QWebSocket;

namespace AgentDesk::Core {
class Clock;
}

namespace AgentDesk::Net {
class ApiResult;
class HttpClient;
class TokenProvider;
} // namespace AgentDesk::Net

namespace AgentDesk::Cc {

// The contact center's notification WebSocket (SERVICES-REFERENCE.md §1.2): subscribes with
// POST /v1/notification/subscribe, opens the webSocketUrl it answers, waits for Welcome, keeps
// the socket alive with {"keepalive":"true"} every 4 s and turns every frame into a CcEvent.
//   NotificationChannel channel(&http, endpoints.ccApi, &ccTokens, Core::Clock::system());
//   connect(&channel, &NotificationChannel::opened, this, [](const QString &agentId) { ... });
//   connect(&channel, &NotificationChannel::eventReceived, &tracker, &CommandTracker::handleEvent);
//   connect(&channel, &NotificationChannel::connectionRestored, session, &Session::reload);
//   channel.open();
// After it was open once, an unexpected close or error makes it reconnect (subscribing again)
// with exponential backoff and jitter until it is back or close() is called; the banner
// follows connectionLost() / connectionRestored(). AGENT_MULTI_LOGIN (the agent signed in
// elsewhere) ends it for good: sessionTakenOver(), no reconnect. A frame that cannot be read
// is logged and ignored.
class NotificationChannel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationChannel)

public:
    enum class State
    {
        Closed,       // not opened yet, closed by close(), or the first open failed
        Connecting,   // open(): subscribing, connecting, waiting for Welcome
        Open,         // Welcome received; events flow
        Reconnecting, // lost after being open: waiting to retry, or retrying
        TakenOver     // AGENT_MULTI_LOGIN: another session has the agent
    };
    Q_ENUM(State)

    struct Options
    {
        std::chrono::milliseconds keepaliveInterval{4'000}; // SDK KEEPALIVE_WORKER_INTERVAL
        std::chrono::milliseconds welcomeTimeout{30'000};   // SDK WELCOME_TIMEOUT
        ReconnectBackoff backoff;
        bool force = true;
        QString clientType = QStringLiteral("AgentDesk"); // at most 20 characters
    };

    NotificationChannel(Net::HttpClient *http, QUrl ccApi, Net::TokenProvider *tokens,
                        const Core::Clock *clock, QObject *parent = nullptr);
    NotificationChannel(Net::HttpClient *http, QUrl ccApi, Net::TokenProvider *tokens,
                        const Core::Clock *clock, Options options, QObject *parent = nullptr);
    ~NotificationChannel() override;

    // Starts from Closed (or TakenOver, to sign in again); ignored in any other state.
    void open();
    // Closes cleanly; no reconnect, no connectionLost().
    void close();

    State state() const { return m_state; }
    bool isOpen() const { return m_state == State::Open; }
    // The agent id of the last Welcome.
    const QString &agentId() const { return m_agentId; }
    // Reconnect attempts of the current outage (0 when open).
    int reconnectAttempts() const { return m_attempt; }
    const Options &options() const { return m_options; }

Q_SIGNALS:
    void stateChanged(AgentDesk::Cc::NotificationChannel::State state);
    // The first Welcome after open().
    void opened(const QString &agentId);
    // open() could not get a Welcome; a translated sentence for the agent. State is Closed.
    void openFailed(const QString &message);
    // Every frame that could be read, Welcome included.
    void eventReceived(const AgentDesk::Cc::CcEvent &event);
    // The socket went away unexpectedly after being open; reconnecting has begun.
    void connectionLost();
    // Welcome again after a loss; `downtimeMs` since connectionLost(). The session now calls
    // /v1/agents/reload to restore its state.
    void connectionRestored(qint64 downtimeMs);
    // AGENT_MULTI_LOGIN: the agent signed in elsewhere; `reason` is the server's text.
    void sessionTakenOver(const QString &reason);

private:
    void setState(State state);
    void startAttempt();
    void onSubscribed(int generation, const Net::ApiResult &result);
    void openSocket(const QUrl &url);
    void onConnected();
    void onFrame(const QString &text);
    void onWelcome(const CcEvent &event);
    void onSocketEnded(int generation, const QString &why);
    void attemptFailed(const QString &message, const QString &why);
    void scheduleRetry();
    void takeOver(const CcEvent &event);
    void sendKeepalive();
    void stopTimers();
    // Takes the socket out of service: signals cut, closed cleanly when it is connected.
    void releaseSocket(bool clean);
    bool acceptableSocketUrl(const QUrl &url) const;

    Net::HttpClient *m_http;
    QUrl m_ccApi;
    Net::TokenProvider *m_tokens;
    const Core::Clock *m_clock;
    Options m_options;

    State m_state = State::Closed;
    QPointer<QWebSocket> m_socket;
    Net::RequestHandle m_subscribe;
    QTimer m_keepalive;
    QTimer m_welcomeTimeout;
    QTimer m_retry;
    // Bumped on every attempt and on close: answers and socket signals of an older attempt
    // are ignored.
    int m_generation = 0;
    int m_attempt = 0;
    bool m_wasOpen = false;
    QDateTime m_lostAt;
    QString m_agentId;
};

} // namespace AgentDesk::Cc
