// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "requestbudget.h"

#include <core/presence.h>
#include <net/requesthandle.h>

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QStringList>
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

// Keeps the Teams presence of the colleagues panel current by polling Graph's
// POST /communications/getPresencesByUserId {"ids":[...]} (SERVICES-REFERENCE.md §2.4, §2.8).
//   PresencePoller poller(&http, &graphTokens, endpoints.graphApi, Core::Clock::system());
//   connect(&poller, &PresencePoller::presencesChanged, model, &Model::refreshPresence);
//   connect(&poller, &PresencePoller::staleChanged, model, &Model::refreshPresence);
//   poller.setPeople(allIds);           // the whole directory: polled slowly, in rotation
//   poller.setPriority(visibleAndFavs); // polled first, every few seconds
//   poller.setFastMode(consultOpen);    // faster while a consult/transfer panel is open
//   poller.setPaused(minimised);        // no requests at all
//   poller.presence(id).label(); poller.isStale(id);
//
// Scheduling: one request in flight at a time, each of at most 650 ids (Graph answers more with
// 400). Priority ids are polled every priorityInterval (fastInterval in fast mode), in the order
// given, before anything else; the rest in rotating batches, a batch at most every restSpacing,
// each person about every restInterval (longer when the directory is too large for that: see
// refreshInterval()). Times come from the Clock: tests drive it with a ManualClock and a short
// checkInterval instead of sleeping.
//
// Throttling: Graph allows 1500 presence requests per 30 s per app and tenant, shared by every
// agent running AgentDesk there. Each poller keeps to its own budget (a RequestBudget), a sliding
// window of budgetRequests per budgetWindow. The default, 20 per 30 s, lets 75 agents at their
// cap stay together under the tenant's 1500; the usual pace (up to 650 visible people: one
// priority batch every 5 s, plus at most one rest batch every 10 s) is at most 9 per 30 s, so
// about 160 agents polling side by side fit, and fast mode (15 + 3 per 30 s) is for the few agents
// in a consult at any moment. The rest never takes the budget's last slots, which stay for
// priority batches. On 429 (or 503) the poller waits what Retry-After says (else an exponential
// backoff) before sending anything; other failures back off the same way. Requests go out with a
// single attempt: HttpClient's own 429/503 retry would wait on a real timer and send requests
// outside this budget, so the poller does that part itself; a retry is simply the next poll of ids
// that are still due. (HttpClient still renews the token once on a 401.)
//
// A malformed answer, or a malformed entry in it, is logged and ignored; an id Graph leaves out
// of its answer (unknown to it) reads as Unknown.
class PresencePoller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresencePoller)

public:
    // Graph's limit per getPresencesByUserId request.
    static constexpr int MaxIdsPerRequest = 650;

    struct Options
    {
        std::chrono::milliseconds priorityInterval{5'000};
        std::chrono::milliseconds fastInterval{2'000};
        std::chrono::milliseconds restInterval{60'000};
        std::chrono::milliseconds restSpacing{10'000};
        int budgetRequests = 20;
        std::chrono::milliseconds budgetWindow{30'000};
        // Presence is stale once older than its refresh interval plus this: one poll's round
        // trip and the timer's slack, so that a poller keeping pace never shows stale rows.
        std::chrono::milliseconds staleGrace{3'000};
        // The longest the timer sleeps before it looks at the clock again (wall-clock time
        // moves on while a laptop sleeps, a QTimer does not).
        std::chrono::milliseconds checkInterval{1'000};
        std::chrono::milliseconds requestTimeout{10'000};
        // Ids per request, at most MaxIdsPerRequest (larger values are clamped).
        int batchSize = MaxIdsPerRequest;
    };

    // `graphApi` is Graph's base with its version (https://graph.microsoft.com/v1.0). `http`,
    // `tokens` and `clock` must outlive the poller.
    PresencePoller(Net::HttpClient *http, Net::TokenProvider *tokens, QUrl graphApi,
                   const Core::Clock *clock, QObject *parent = nullptr);
    PresencePoller(Net::HttpClient *http, Net::TokenProvider *tokens, QUrl graphApi,
                   const Core::Clock *clock, Options options, QObject *parent = nullptr);
    ~PresencePoller() override;

    // Everyone whose presence is wanted (Graph user ids). Ids no longer listed here nor in
    // the priority list are forgotten with their presence.
    void setPeople(const QStringList &ids);
    // The visible rows and favourites, most important first: polled before the rest and often.
    // They need not be in setPeople().
    void setPriority(const QStringList &ids);
    void setFastMode(bool fast);
    // While paused nothing is sent (a request already on the wire still completes).
    void setPaused(bool paused);

    bool isFastMode() const { return m_fast; }
    bool isPaused() const { return m_paused; }
    const Options &options() const { return m_options; }

    // Unknown until Graph answered for the id.
    Core::Presence presence(const QString &id) const;
    // Whether the id's presence is older than its refresh interval (plus staleGrace) now;
    // false for an id with no presence read yet.
    bool isStale(const QString &id) const;
    // When the request that last read the id's presence was sent; invalid when never read.
    QDateTime readAt(const QString &id) const;
    // How often the id is meant to be read: the priority or fast interval for priority ids;
    // for the rest restInterval, or the time a full rotation takes when that is longer.
    std::chrono::milliseconds refreshInterval(const QString &id) const;

    // Requests sent within the current budget window (diagnostics and tests).
    int requestsInWindow() const;
    bool isRequestRunning() const { return m_inFlight; }
    // Until when nothing is sent after a 429 or a failure; invalid when not holding back.
    QDateTime holdingUntil() const;

Q_SIGNALS:
    // Ids whose presence differs from what was known (the first read included).
    void presencesChanged(const QStringList &ids);
    // Ids that became stale, or fresh again; read isStale() for which.
    void staleChanged(const QStringList &ids);

private:
    struct Entry
    {
        Core::Presence presence;
        qint64 readAt = -1; // clock msecs when the request that read it was sent; -1 never
        bool person = false;
        bool priority = false;
        bool inFlight = false;
        bool reportedStale = false; // what staleChanged last said
    };

    void onTimer();
    void scheduleSoon();
    void arm(qint64 now);
    void checkStaleness(qint64 now);
    bool isStale(const Entry &entry, qint64 now) const;
    qint64 intervalOf(const Entry &entry) const;
    qint64 restRefreshInterval() const;
    int batchSize() const;
    int priorityBatches() const;
    QStringList nextPriorityBatch(qint64 now, qint64 *nextDue) const;
    QStringList nextRestBatch(qint64 now);
    void send(const QStringList &ids, bool priority, qint64 now);
    void onReply(const QStringList &ids, qint64 sentAt, const Net::ApiResult &result);
    void logHold(qint64 now, const RequestBudget::Hold &hold) const;
    void removeUntracked();
    qint64 now() const;

    Net::HttpClient *m_http;
    Net::TokenProvider *m_tokens;
    QUrl m_endpoint;
    const Core::Clock *m_clock;
    Options m_options;

    QHash<QString, Entry> m_entries;
    QStringList m_people;   // rotation order of the rest
    QStringList m_priority; // in the order given, without duplicates
    qsizetype m_restCount = 0;
    qsizetype m_restCursor = 0;
    qint64 m_lastRestSentAt = -1;
    qint64 m_restNextDueAt = 0; // no rest id is due before this
    qint64 m_nextStaleCheckAt = 0;

    RequestBudget m_budget; // budgetRequests per budgetWindow, and the hold after failures
    Net::RequestHandle m_request;
    bool m_inFlight = false;
    bool m_fast = false;
    bool m_paused = false;
    QTimer m_timer;
};

} // namespace AgentDesk::Teams
