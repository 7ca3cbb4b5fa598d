// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <functional>
#include <optional>

namespace AgentDesk::Net {

// How HttpClient retries 429, 503 and (for idempotent methods) network failures: wait what the
// server's Retry-After says, else exponential backoff with full jitter, at most maxAttempts
// attempts in all. Tests shrink the delays and pin the jitter:
//   RetryPolicy policy{.baseDelay = 10ms, .jitter = [] { return 1.0; }};
struct RetryPolicy
{
    // Attempts on the wire for one request, the first included (ApiRequest may override).
    int maxAttempts = 4;
    std::chrono::milliseconds baseDelay{500};
    std::chrono::milliseconds maxDelay{30'000};
    // A longer Retry-After is not waited out inside one request: the error is reported with the
    // server's wait, so that the caller (a poller, say) can reschedule itself.
    std::chrono::milliseconds maxRetryAfter{120'000};
    // A number in [0, 1]; empty = QRandomGenerator::global().
    std::function<double()> jitter = {};

    // The wait before the next attempt after `failedAttempts` failures (1, 2, ...):
    // uniformly random in [0, min(maxDelay, baseDelay * 2^(failedAttempts - 1))].
    std::chrono::milliseconds backoff(int failedAttempts) const;

    // The wait a Retry-After header asks for: delta seconds or an HTTP-date (compared with
    // `now`; a date in the past means no wait). Empty when absent or unreadable.
    static std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value,
                                                                    const QDateTime &now);
};

} // namespace AgentDesk::Net
