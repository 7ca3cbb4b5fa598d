// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "slidingwindowlimiter.h"

namespace AgentDesk::Sim {

SlidingWindowLimiter::SlidingWindowLimiter(int limit, qint64 windowMs)
    : m_limit(qMax(1, limit))
    , m_windowMs(qMax<qint64>(1, windowMs))
{}

void SlidingWindowLimiter::expire(qint64 nowMs)
{
    // A request made at t counts for the window (t, t + window): at t + window it is gone.
    while (!m_admitted.empty() && m_admitted.front() <= nowMs - m_windowMs) {
        m_admitted.pop_front();
    }
}

qint64 SlidingWindowLimiter::tryAcquire(qint64 nowMs)
{
    expire(nowMs);
    if (qsizetype(m_admitted.size()) < m_limit) {
        m_admitted.push_back(nowMs);
        return 0;
    }
    // The oldest admitted request leaves the window at front + window.
    return qMax<qint64>(1, m_admitted.front() + m_windowMs - nowMs);
}

int SlidingWindowLimiter::admittedInWindow(qint64 nowMs)
{
    expire(nowMs);
    return int(m_admitted.size());
}

} // namespace AgentDesk::Sim
