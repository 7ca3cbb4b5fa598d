// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "requestbudget.h"

#include <core/presence.h>
#include <net/requesthandle.h>

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <chrono>

namespace AgentDesk::Core {
class Clock;
}

namespace AgentDesk::Net {
class ApiResult;
class HttpClient;
class TokenProvider;
} // namespace AgentDesk::Net

namespace AgentDesk::Teams {

// Reads the signed-in agent's own Teams presence for presence sync: GET /me/presence
// (SERVICES-REFERENCE.md §2.4; delegated Presence.Read, answers with the agent's Graph id too).
//   OwnPresenceReader own(&http, teams.tokens(), endpoints.graphApi, Core::Clock::system());
//   connect(&own, &OwnPresenceReader::presenceRead, this,
//           [this](const Core::Presence &p, const QDateTime &sentAt) { ...sync.teamsPresenceRead(p)
//           });
//   connect(&own, &OwnPresenceReader::userIdChanged, &publisher, &PresencePublisher::setUserId);
//   own.start();
//
// Pace: one read every `interval` (3 s), counted from when the previous one was sent, so that a
// Teams change reaches the contact-center state within about 3 s plus two round trips (goal:
// 5 s). That is 10 requests per 30 s; the reader keeps to its own RequestBudget of
// budgetRequests (12) per budgetWindow, one or two more than its pace, so a slow answer never
// makes it burst. Together with the colleagues' PresencePoller at its usual pace (9 per 30 s)
// about 75 agents fit in Graph's 1500 presence requests per 30 s per app and tenant (§2.8); a
// larger tenant lengthens `interval`. On 429/503 it waits what Retry-After says, on other
// failures an exponential backoff (RetryPolicy), each with a single attempt on the wire (the
// RequestBudget comment says why); HttpClient still renews the token once on a 401. Times come
// from the Clock: tests use a ManualClock and a short checkInterval.
class OwnPresenceReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OwnPresenceReader)

public:
    struct Options
    {
        std::chrono::milliseconds interval{3'000};
        int budgetRequests = 12;
        std::chrono::milliseconds budgetWindow{30'000};
        // The longest the timer sleeps before it looks at the clock again (a laptop's sleep
        // moves the wall clock, not a QTimer).
        std::chrono::milliseconds checkInterval{1'000};
        std::chrono::milliseconds requestTimeout{10'000};
    };

    // `graphApi` is Graph's base with its version (https://graph.microsoft.com/v1.0). `http`,
    // `tokens` and `clock` must outlive the reader.
    OwnPresenceReader(Net::HttpClient *http, Net::TokenProvider *tokens, QUrl graphApi,
                      const Core::Clock *clock, QObject *parent = nullptr);
    OwnPresenceReader(Net::HttpClient *http, Net::TokenProvider *tokens, QUrl graphApi,
                      const Core::Clock *clock, Options options, QObject *parent = nullptr);
    ~OwnPresenceReader() override;

    // Reads at once (as the budget allows), then every interval.
    void start();
    // Nothing more is sent; a request on its way is cancelled.
    void stop();
    bool isRunning() const { return m_running; }
    // The next read goes as soon as the budget allows (e.g. right after clearPresence, so that
    // the sync sees the agent's own presence again without waiting a whole interval).
    void readSoon();

    // Unknown until the first read.
    const Core::Presence &presence() const { return m_presence; }
    // The agent's Graph user id, from the answer; empty before the first read.
    const QString &userId() const { return m_userId; }
    // When the request behind presence() was sent; invalid before the first read.
    QDateTime readAt() const;
    bool isRequestRunning() const { return m_inFlight; }
    int requestsInWindow() const;
    // Until when nothing is sent after a 429 or a failure; invalid when not holding back.
    QDateTime holdingUntil() const;
    const Options &options() const { return m_options; }

Q_SIGNALS:
    // Every successful read, changed or not; `sentAt` is when its request left (a read that was
    // on its way while our own presence was cleared may still show it).
    void presenceRead(const AgentDesk::Core::Presence &presence, const QDateTime &sentAt);
    // The presence differs from the previous read (the first read included).
    void presenceChanged(const AgentDesk::Core::Presence &presence);
    void userIdChanged(const QString &userId);

private:
    void onTimer();
    void arm(qint64 now);
    void send(qint64 now);
    void onReply(qint64 sentAt, const Net::ApiResult &result);
    qint64 now() const;

    Net::HttpClient *m_http;
    Net::TokenProvider *m_tokens;
    QUrl m_endpoint;
    const Core::Clock *m_clock;
    Options m_options;
    RequestBudget m_budget;

    Core::Presence m_presence;
    QString m_userId;
    qint64 m_readAt = -1;     // clock msecs when the request of m_presence was sent
    qint64 m_lastSentAt = -1; // the last request, answered or not
    bool m_soon = false;      // readSoon(): do not wait for the interval
    bool m_running = false;
    bool m_inFlight = false;
    Net::RequestHandle m_request;
    QTimer m_timer;
};

} // namespace AgentDesk::Teams
