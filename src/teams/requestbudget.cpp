// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestbudget.h"

#include <net/apierror.h>
#include <net/retrypolicy.h>

#include <algorithm>

using namespace Qt::StringLiterals;
using std::chrono::milliseconds;

namespace AgentDesk::Teams {

RequestBudget::RequestBudget(int requests, milliseconds window)
    : m_limit(std::max(1, requests))
    , m_window(std::max<qint64>(1, window.count()))
{}

int RequestBudget::requestsInWindow(qint64 now) const
{
    const qint64 windowStart = now - m_window;
    return int(std::count_if(m_sentAt.cbegin(), m_sentAt.cend(),
                             [windowStart](qint64 sent) { return sent > windowStart; }));
}

int RequestBudget::freeSlots(qint64 now) const
{
    return std::max(0, m_limit - requestsInWindow(now));
}

qint64 RequestBudget::nextRelease(qint64 now) const
{
    const qint64 windowStart = now - m_window;
    for (const qint64 sent : m_sentAt) {
        if (sent > windowStart) {
            return sent + m_window + 1;
        }
    }
    return now;
}

qint64 RequestBudget::freeAt(qint64 now) const
{
    return freeSlots(now) > 0 ? now : nextRelease(now);
}

qint64 RequestBudget::nextSendAt(qint64 now) const
{
    return std::max(m_holdUntil, freeAt(now));
}

void RequestBudget::expire(qint64 now)
{
    const qint64 windowStart = now - m_window;
    while (!m_sentAt.empty() && m_sentAt.front() <= windowStart) {
        m_sentAt.pop_front();
    }
}

void RequestBudget::recordSend(qint64 now)
{
    expire(now);
    m_sentAt.push_back(now);
}

void RequestBudget::holdOff(qint64 now, milliseconds wait)
{
    m_holdUntil = std::max(m_holdUntil, now + std::max<qint64>(0, wait.count()));
}

RequestBudget::Hold RequestBudget::failed(qint64 now, const Net::ApiError &error,
                                          const Net::RetryPolicy &policy)
{
    ++m_failures;
    const int status = error.httpStatus();
    const bool busy = error.kind() == Net::ApiError::Kind::Http && (status == 429 || status == 503);
    Hold hold;
    if (busy && error.retryAfter()) {
        hold = {*error.retryAfter(), u"throttled (%1), Retry-After"_s.arg(status)};
    } else {
        hold = {policy.backoff(m_failures),
                u"request failed (%1 %2), backing off"_s.arg(Net::ApiError::kindName(error.kind()),
                                                             QString::number(status))};
    }
    holdOff(now, hold.wait);
    return hold;
}

RequestBudget::Hold RequestBudget::failed(qint64 now, const QString &why,
                                          const Net::RetryPolicy &policy)
{
    ++m_failures;
    const Hold hold{policy.backoff(m_failures), why};
    holdOff(now, hold.wait);
    return hold;
}

} // namespace AgentDesk::Teams
