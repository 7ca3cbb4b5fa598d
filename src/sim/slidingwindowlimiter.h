// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <deque>

namespace AgentDesk::Sim {

// At most `limit` admitted requests in any window of `windowMs` (a sliding window, as Graph's
// "1500 requests per 30 seconds per app per tenant" presence limit). Time comes from the caller,
// so a ManualClock drives it in tests.
//   SlidingWindowLimiter limiter(1500, 30'000);
//   if (const qint64 wait = limiter.tryAcquire(now); wait > 0) { /* 429, Retry-After */ }
class SlidingWindowLimiter final
{
public:
    SlidingWindowLimiter(int limit, qint64 windowMs);

    // 0 when the request is admitted (and counted); otherwise the milliseconds until the window
    // admits one more. Refused requests are not counted, so a client that waits as told gets in.
    qint64 tryAcquire(qint64 nowMs);
    int admittedInWindow(qint64 nowMs);

private:
    void expire(qint64 nowMs);

    int m_limit;
    qint64 m_windowMs;
    std::deque<qint64> m_admitted; // times of admitted requests, oldest first
};

} // namespace AgentDesk::Sim
