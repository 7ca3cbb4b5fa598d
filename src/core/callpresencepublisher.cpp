// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "callpresencepublisher.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using std::chrono::seconds;

namespace AgentDesk::Core {

QString CallPresencePublisher::Request::expirationDuration() const
{
    return isoDuration(expiration);
}

CallPresencePublisher::CallPresencePublisher()
    : CallPresencePublisher(Options{})
{}

CallPresencePublisher::CallPresencePublisher(Options options)
    : m_options(options)
{
    m_options.expiration = std::clamp(m_options.expiration, MinExpiration, MaxExpiration);
    if (m_options.refreshAfter <= seconds(0) || m_options.refreshAfter >= m_options.expiration) {
        m_options.refreshAfter = m_options.expiration * 4 / 5;
    }
}

QString CallPresencePublisher::activityFor(CallState state)
{
    switch (state) {
    case CallState::Connected:
    case CallState::Held:
    case CallState::Consulting:
    case CallState::ConsultHeld:
        return u"InACall"_s;
    case CallState::Conferenced:
        return u"InAConferenceCall"_s;
    case CallState::Idle:
    case CallState::Offered:
    case CallState::Transferred:
    case CallState::Ended:
    case CallState::WrapUp:
    case CallState::Closed:
        break;
    }
    return {};
}

QString CallPresencePublisher::publishedActivity(const QDateTime &now) const
{
    if (m_published.isEmpty() || now >= m_publishedAt.addSecs(m_options.expiration.count())) {
        return {};
    }
    return m_published;
}

bool CallPresencePublisher::mayBeInEffect(const QDateTime &now) const
{
    if (!publishedActivity(now).isEmpty()) {
        return true;
    }
    const bool setRunning = m_inFlight.action == Action::Set;
    return (m_unconfirmedSet || setRunning) && m_lastSetSentAt.isValid() &&
           now < m_lastSetSentAt.addSecs(m_options.expiration.count());
}

CallPresencePublisher::Request CallPresencePublisher::next(const QDateTime &now) const
{
    if (isRequestRunning()) {
        return {};
    }
    const QString activity = wanted();
    if (!activity.isEmpty()) {
        if (activity == m_gaveUpOn) {
            return {};
        }
        const bool current = publishedActivity(now) == activity &&
                             now < m_publishedAt.addSecs(m_options.refreshAfter.count());
        if (current) {
            return {};
        }
        return {Action::Set, u"Busy"_s, activity, m_options.expiration};
    }
    if (mayBeInEffect(now)) {
        return {Action::Clear, {}, {}, seconds(0)};
    }
    return {};
}

QDateTime CallPresencePublisher::nextRefreshAt() const
{
    const QString activity = wanted();
    if (activity.isEmpty() || activity != m_published || activity == m_gaveUpOn) {
        return {};
    }
    return m_publishedAt.addSecs(m_options.refreshAfter.count());
}

void CallPresencePublisher::sent(const Request &request, const QDateTime &at)
{
    m_inFlight = request;
    m_inFlightAt = at;
    if (request.action == Action::Set) {
        m_lastSetSentAt = at;
    }
}

void CallPresencePublisher::succeeded()
{
    const Request done = std::exchange(m_inFlight, Request{});
    switch (done.action) {
    case Action::Set:
        m_published = done.activity;
        // Graph counts the expiration from when it got the request; the send time is the
        // earliest that can be, so the refresh is never late.
        m_publishedAt = m_inFlightAt;
        m_unconfirmedSet = false;
        m_gaveUpOn.clear();
        break;
    case Action::Clear:
        m_published.clear();
        m_unconfirmedSet = false;
        break;
    case Action::None:
        break;
    }
}

void CallPresencePublisher::failed(Failure failure)
{
    const Request done = std::exchange(m_inFlight, Request{});
    switch (done.action) {
    case Action::Set:
        if (failure == Failure::Permanent) {
            // Refused as a whole: nothing was set by it.
            m_gaveUpOn = done.activity;
        } else if (failure == Failure::NoAnswer) {
            // It may have reached Graph: clear it after the call to be safe.
            m_unconfirmedSet = true;
        }
        break;
    case Action::Clear:
        if (failure == Failure::Permanent || failure == Failure::NoSession) {
            // Nothing there (404), or Graph will not clear it (it expires on its own).
            m_published.clear();
            m_unconfirmedSet = false;
        }
        break;
    case Action::None:
        break;
    }
}

QString CallPresencePublisher::isoDuration(seconds duration)
{
    const qint64 total = std::max<qint64>(0, duration.count());
    const qint64 hours = total / 3600;
    const qint64 minutes = total % 3600 / 60;
    const qint64 secs = total % 60;
    QString text = u"PT"_s;
    if (hours > 0) {
        text += QString::number(hours) + u'H';
    }
    if (minutes > 0) {
        text += QString::number(minutes) + u'M';
    }
    if (secs > 0 || total == 0) {
        text += QString::number(secs) + u'S';
    }
    return text;
}

} // namespace AgentDesk::Core
