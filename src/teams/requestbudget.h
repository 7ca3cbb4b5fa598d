// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <chrono>
#include <deque>

namespace AgentDesk::Net {
class ApiError;
struct RetryPolicy;
} // namespace AgentDesk::Net

namespace AgentDesk::Teams {

// One Graph client's own share of a limit it shares with every other AgentDesk of the tenant
// (SERVICES-REFERENCE.md §2.8: 1500 presence requests per 30 s per app and tenant), and the
// pause after Graph said "too many" or a request failed. Pure bookkeeping on clock milliseconds:
// the owner asks before sending and says what came back.
//   RequestBudget budget(20, 30s);
//   if (budget.canSend(now)) { budget.recordSend(now); send(); }
//   else timer.start(budget.nextSendAt(now) - now);
//   on success: budget.succeeded();
//   on failure: const auto hold = budget.failed(now, result.error(), http.retryPolicy());
// On 429 or 503 with Retry-After the client waits what the server asked; on other failures (and
// on 429/503 without the header) an exponential backoff from the retry policy, growing with the
// consecutive failures. Requests that use a budget go out with a single attempt: HttpClient's
// own 429/503 retry would wait on a real timer and send requests outside the budget.
class RequestBudget final
{
public:
    struct Hold
    {
        std::chrono::milliseconds wait{0};
        QString why; // for the log: "throttled (429), Retry-After"
    };

    RequestBudget(int requests, std::chrono::milliseconds window);

    int limit() const { return m_limit; }
    std::chrono::milliseconds window() const { return std::chrono::milliseconds(m_window); }

    // Sends within the window that ends at `now`.
    int requestsInWindow(qint64 now) const;
    int freeSlots(qint64 now) const;
    // When the oldest send in the window leaves it, freeing a slot; `now` when none is in it.
    qint64 nextRelease(qint64 now) const;
    // When a slot is free: `now` if one is.
    qint64 freeAt(qint64 now) const;
    void recordSend(qint64 now);

    bool isHolding(qint64 now) const { return now < m_holdUntil; }
    qint64 holdUntil() const { return m_holdUntil; }
    bool canSend(qint64 now) const { return !isHolding(now) && freeSlots(now) > 0; }
    // The earliest time a request may go, the hold and the window both considered.
    qint64 nextSendAt(qint64 now) const;

    // A request was answered as expected: the failures start over.
    void succeeded() { m_failures = 0; }
    // A request failed (a cancelled one is not a failure: do not call this for it).
    Hold failed(qint64 now, const Net::ApiError &error, const Net::RetryPolicy &policy);
    // A failure the answer's status does not show (e.g. a malformed body).
    Hold failed(qint64 now, const QString &why, const Net::RetryPolicy &policy);
    // Nothing is sent before now + wait (an existing longer hold stays).
    void holdOff(qint64 now, std::chrono::milliseconds wait);
    int consecutiveFailures() const { return m_failures; }

private:
    void expire(qint64 now);

    int m_limit;
    qint64 m_window;
    std::deque<qint64> m_sentAt; // send times, oldest first
    qint64 m_holdUntil = 0;
    int m_failures = 0;
};

} // namespace AgentDesk::Teams
