// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ownpresencereader.h"

#include "graphpath.h"
#include "teamslogging.h"

#include <core/clock.h>
#include <net/apirequest.h>
#include <net/apiresult.h>
#include <net/httpclient.h>

#include <algorithm>

using namespace Qt::StringLiterals;
using std::chrono::milliseconds;

namespace AgentDesk::Teams {

OwnPresenceReader::OwnPresenceReader(Net::HttpClient *http, Net::TokenProvider *tokens,
                                     QUrl graphApi, const Core::Clock *clock, QObject *parent)
    : OwnPresenceReader(http, tokens, std::move(graphApi), clock, Options{}, parent)
{}

OwnPresenceReader::OwnPresenceReader(Net::HttpClient *http, Net::TokenProvider *tokens,
                                     QUrl graphApi, const Core::Clock *clock, Options options,
                                     QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_tokens(tokens)
    , m_endpoint(graphPath(std::move(graphApi), u"me/presence"_s))
    , m_clock(clock ? clock : Core::Clock::system())
    , m_options(std::move(options))
    , m_budget(m_options.budgetRequests, m_options.budgetWindow)
{
    Q_ASSERT(http);
    m_timer.setSingleShot(true);
    // Reads are due at exact instants; a coarse timer may fire 5 % early and sleep another round.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &OwnPresenceReader::onTimer);
}

OwnPresenceReader::~OwnPresenceReader() = default;

qint64 OwnPresenceReader::now() const
{
    return m_clock->msecsSinceEpoch();
}

void OwnPresenceReader::start()
{
    if (m_running) {
        return;
    }
    m_running = true;
    m_soon = true;
    qCDebug(lcTeams) << "own presence: reading every" << m_options.interval.count() << "ms";
    m_timer.start(0);
}

void OwnPresenceReader::stop()
{
    if (!m_running) {
        return;
    }
    m_running = false;
    m_timer.stop();
    m_request.cancel();
    qCDebug(lcTeams) << "own presence: stopped";
}

void OwnPresenceReader::readSoon()
{
    m_soon = true;
    if (m_running && !m_inFlight) {
        m_timer.start(0);
    }
}

QDateTime OwnPresenceReader::readAt() const
{
    return m_readAt < 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(m_readAt, Qt::UTC);
}

int OwnPresenceReader::requestsInWindow() const
{
    return m_budget.requestsInWindow(now());
}

QDateTime OwnPresenceReader::holdingUntil() const
{
    if (!m_budget.isHolding(now())) {
        return {};
    }
    return QDateTime::fromMSecsSinceEpoch(m_budget.holdUntil(), Qt::UTC);
}

void OwnPresenceReader::onTimer()
{
    if (!m_running) {
        return;
    }
    const qint64 at = now();
    if (!m_inFlight) {
        const bool due =
                m_soon || m_lastSentAt < 0 || at >= m_lastSentAt + m_options.interval.count();
        if (due && m_budget.canSend(at)) {
            send(at);
        }
    }
    arm(at);
}

void OwnPresenceReader::arm(qint64 at)
{
    if (!m_running || m_inFlight) {
        return; // the answer wakes us
    }
    qint64 wake = m_soon || m_lastSentAt < 0 ? at : m_lastSentAt + m_options.interval.count();
    wake = std::max(wake, m_budget.nextSendAt(at));
    // Never spin: whatever is due at `at` was handled by this very tick.
    const qint64 wait = std::max<qint64>(wake - at, 1);
    m_timer.start(milliseconds(std::min<qint64>(wait, m_options.checkInterval.count())));
}

void OwnPresenceReader::send(qint64 at)
{
    m_budget.recordSend(at);
    m_lastSentAt = at;
    m_soon = false;
    m_inFlight = true;
    const auto request = Net::ApiRequest::get(m_endpoint)
                                 .withAuth(m_tokens)
                                 .withTimeout(m_options.requestTimeout)
                                 // Retries are ours: see RequestBudget.
                                 .withMaxAttempts(1);
    m_request = m_http->send(request, this,
                             [this, at](const Net::ApiResult &result) { onReply(at, result); });
}

void OwnPresenceReader::onReply(qint64 sentAt, const Net::ApiResult &result)
{
    m_inFlight = false;
    m_request = {};
    const qint64 at = now();
    if (!result.ok()) {
        const Net::ApiError &error = result.error();
        if (error.kind() != Net::ApiError::Kind::Cancelled) {
            // Again as soon as the hold allows, not a whole interval later.
            m_soon = true;
            const RequestBudget::Hold hold = m_budget.failed(at, error, m_http->retryPolicy());
            qCInfo(lcTeams).noquote() << u"own presence: %1; next read in %2 ms"_s.arg(
                    hold.why, QString::number(m_budget.holdUntil() - at));
        }
        if (m_running) {
            m_timer.start(0);
        }
        return;
    }
    const QJsonObject object = result.object();
    const bool readable =
            object.value(u"availability"_s).isString() || object.value(u"activity"_s).isString();
    if (!readable) {
        m_soon = true;
        const RequestBudget::Hold hold = m_budget.failed(
                at, u"answer without availability or activity"_s, m_http->retryPolicy());
        qCWarning(lcTeams).noquote() << u"own presence: %1, ignored"_s.arg(hold.why);
        if (m_running) {
            m_timer.start(0);
        }
        return;
    }
    m_budget.succeeded();

    const QString id = object.value(u"id"_s).toString();
    if (!id.isEmpty() && id != m_userId) {
        m_userId = id;
        Q_EMIT userIdChanged(m_userId);
    }
    const Core::Presence presence = Core::Presence::fromJson(object);
    const bool changed = m_readAt < 0 || presence != m_presence;
    m_presence = presence;
    m_readAt = sentAt;
    if (changed) {
        qCDebug(lcTeams).noquote()
                << u"own presence: now %1"_s.arg(Core::Presence::statusName(presence.status()));
    }
    const QDateTime sent = QDateTime::fromMSecsSinceEpoch(sentAt, Qt::UTC);
    Q_EMIT presenceRead(presence, sent);
    if (changed) {
        Q_EMIT presenceChanged(presence);
    }
    if (m_running) {
        m_timer.start(0);
    }
}

} // namespace AgentDesk::Teams
