// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "presencepoller.h"

#include "graphpath.h"
#include "teamslogging.h"

#include <core/clock.h>
#include <net/apirequest.h>
#include <net/apiresult.h>
#include <net/httpclient.h>

#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;
using std::chrono::milliseconds;

namespace AgentDesk::Teams {

namespace {

constexpr qint64 Never = std::numeric_limits<qint64>::max();

// The ids in order, without duplicates or empty ones.
QStringList distinct(const QStringList &ids)
{
    QStringList result;
    result.reserve(ids.size());
    QSet<QString> seen;
    seen.reserve(ids.size());
    for (const QString &id : ids) {
        if (!id.isEmpty() && !seen.contains(id)) {
            seen.insert(id);
            result.append(id);
        }
    }
    return result;
}

} // namespace

PresencePoller::PresencePoller(Net::HttpClient *http, Net::TokenProvider *tokens, QUrl graphApi,
                               const Core::Clock *clock, QObject *parent)
    : PresencePoller(http, tokens, std::move(graphApi), clock, Options{}, parent)
{}

PresencePoller::PresencePoller(Net::HttpClient *http, Net::TokenProvider *tokens, QUrl graphApi,
                               const Core::Clock *clock, Options options, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_tokens(tokens)
    , m_endpoint(graphPath(std::move(graphApi), u"communications/getPresencesByUserId"_s))
    , m_clock(clock ? clock : Core::Clock::system())
    , m_options(std::move(options))
    , m_budget(m_options.budgetRequests, m_options.budgetWindow)
{
    Q_ASSERT(http);
    m_timer.setSingleShot(true);
    // Priority polls are due at exact instants; a coarse timer may fire 5 % early and then
    // sleep another round.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &PresencePoller::onTimer);
}

PresencePoller::~PresencePoller() = default;

qint64 PresencePoller::now() const
{
    return m_clock->msecsSinceEpoch();
}

int PresencePoller::batchSize() const
{
    return std::clamp(m_options.batchSize, 1, MaxIdsPerRequest);
}

// --- what to poll ------------------------------------------------------------------------------

void PresencePoller::setPeople(const QStringList &ids)
{
    const QStringList people = distinct(ids);
    for (Entry &entry : m_entries) {
        entry.person = false;
    }
    for (const QString &id : people) {
        m_entries[id].person = true;
    }
    m_people = people;
    // Forget whoever left the directory and is not a priority either.
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        it = (!it->person && !it->priority) ? m_entries.erase(it) : std::next(it);
    }
    m_restCount = m_people.size();
    for (const QString &id : std::as_const(m_priority)) {
        if (m_entries.value(id).person) {
            --m_restCount;
        }
    }
    m_restCursor = 0;
    m_restNextDueAt = 0;
    m_nextStaleCheckAt = 0;
    scheduleSoon();
}

void PresencePoller::setPriority(const QStringList &ids)
{
    // Called on every scroll: the work is proportional to the priority lists, never to the
    // whole directory.
    const QStringList previous = std::exchange(m_priority, distinct(ids));
    for (const QString &id : previous) {
        if (auto it = m_entries.find(id); it != m_entries.end()) {
            it->priority = false;
        }
    }
    m_restCount = m_people.size();
    for (const QString &id : std::as_const(m_priority)) {
        Entry &entry = m_entries[id];
        entry.priority = true;
        if (entry.person) {
            --m_restCount;
        }
    }
    for (const QString &id : previous) {
        if (auto it = m_entries.find(id); it != m_entries.end() && !it->person && !it->priority) {
            m_entries.erase(it);
        }
    }
    // Ids that left the priority list may be due as part of the rest now.
    m_restNextDueAt = 0;
    m_nextStaleCheckAt = 0;
    scheduleSoon();
}

void PresencePoller::setFastMode(bool fast)
{
    if (m_fast == fast) {
        return;
    }
    m_fast = fast;
    qCDebug(lcTeams) << "presence: fast mode" << (fast ? "on" : "off");
    m_nextStaleCheckAt = 0;
    scheduleSoon();
}

void PresencePoller::setPaused(bool paused)
{
    if (m_paused == paused) {
        return;
    }
    m_paused = paused;
    qCDebug(lcTeams) << "presence: polling" << (paused ? "paused" : "resumed");
    if (paused) {
        m_timer.stop();
    } else {
        m_nextStaleCheckAt = 0;
        scheduleSoon();
    }
}

// --- what is known -----------------------------------------------------------------------------

Core::Presence PresencePoller::presence(const QString &id) const
{
    return m_entries.value(id).presence;
}

bool PresencePoller::isStale(const QString &id) const
{
    const auto it = m_entries.constFind(id);
    return it != m_entries.cend() && isStale(*it, now());
}

QDateTime PresencePoller::readAt(const QString &id) const
{
    const auto it = m_entries.constFind(id);
    if (it == m_entries.cend() || it->readAt < 0) {
        return {};
    }
    return QDateTime::fromMSecsSinceEpoch(it->readAt, Qt::UTC);
}

milliseconds PresencePoller::refreshInterval(const QString &id) const
{
    const auto it = m_entries.constFind(id);
    return milliseconds(it == m_entries.cend() ? 0 : intervalOf(*it));
}

qint64 PresencePoller::intervalOf(const Entry &entry) const
{
    if (entry.priority) {
        return (m_fast ? m_options.fastInterval : m_options.priorityInterval).count();
    }
    return restRefreshInterval();
}

qint64 PresencePoller::restRefreshInterval() const
{
    // A large directory takes longer than restInterval to go round at one batch per
    // restSpacing; promising more would mark most of it stale all the time.
    const qint64 batches = (qint64(m_restCount) + batchSize() - 1) / batchSize();
    return std::max<qint64>(m_options.restInterval.count(),
                            batches * m_options.restSpacing.count());
}

bool PresencePoller::isStale(const Entry &entry, qint64 at) const
{
    return entry.readAt >= 0 &&
           at > entry.readAt + intervalOf(entry) + m_options.staleGrace.count();
}

int PresencePoller::requestsInWindow() const
{
    return m_budget.requestsInWindow(now());
}

QDateTime PresencePoller::holdingUntil() const
{
    if (!m_budget.isHolding(now())) {
        return {};
    }
    return QDateTime::fromMSecsSinceEpoch(m_budget.holdUntil(), Qt::UTC);
}

int PresencePoller::priorityBatches() const
{
    return int((m_priority.size() + batchSize() - 1) / batchSize());
}

// --- scheduling --------------------------------------------------------------------------------

void PresencePoller::scheduleSoon()
{
    if (!m_paused) {
        m_timer.start(0);
    }
}

QStringList PresencePoller::nextPriorityBatch(qint64 at, qint64 *nextDue) const
{
    QStringList batch;
    *nextDue = Never;
    const qint64 interval = (m_fast ? m_options.fastInterval : m_options.priorityInterval).count();
    for (const QString &id : m_priority) {
        const auto it = m_entries.constFind(id);
        if (it == m_entries.cend() || it->inFlight) {
            continue;
        }
        const Entry &entry = *it;
        const qint64 due = entry.readAt < 0 ? at : entry.readAt + interval;
        if (due <= at) {
            if (batch.size() < batchSize()) {
                batch.append(id);
            }
        } else {
            *nextDue = std::min(*nextDue, due);
        }
    }
    if (!batch.isEmpty() && batch.size() == batchSize()) {
        // More may be waiting behind a full batch.
        *nextDue = at;
    }
    return batch;
}

QStringList PresencePoller::nextRestBatch(qint64 at)
{
    QStringList batch;
    if (m_restCount <= 0 || at < m_restNextDueAt || m_people.isEmpty()) {
        return batch;
    }
    const qint64 interval = m_options.restInterval.count();
    qint64 nextDue = Never;
    const qsizetype count = m_people.size();
    qsizetype position = std::min(m_restCursor, count - 1);
    for (qsizetype examined = 0; examined < count && batch.size() < batchSize(); ++examined) {
        const QString &id = m_people.at(position);
        position = (position + 1) % count;
        const auto it = m_entries.constFind(id);
        if (it == m_entries.cend() || it->priority || it->inFlight) {
            continue;
        }
        const Entry &entry = *it;
        const qint64 due = entry.readAt < 0 ? at : entry.readAt + interval;
        if (due <= at) {
            batch.append(id);
        } else {
            nextDue = std::min(nextDue, due);
        }
    }
    m_restCursor = position;
    if (batch.size() < batchSize()) {
        // Went all the way round without filling a batch: nothing more is due before the
        // earliest of the others, or before this batch's ids come round again.
        m_restNextDueAt = batch.isEmpty() ? nextDue : std::min(nextDue, at + interval);
    } else {
        m_restNextDueAt = at;
    }
    return batch;
}

void PresencePoller::onTimer()
{
    if (m_paused) {
        return;
    }
    const qint64 at = now();
    checkStaleness(at);
    if (!m_inFlight && !m_budget.isHolding(at)) {
        const int free = m_budget.freeSlots(at);
        if (free > 0) {
            qint64 nextDue = Never;
            QStringList batch = nextPriorityBatch(at, &nextDue);
            const bool priority = !batch.isEmpty();
            // The rest never takes the slots the priority batches need.
            const bool restAllowed = free > priorityBatches() &&
                                     (m_lastRestSentAt < 0 ||
                                      at >= m_lastRestSentAt + m_options.restSpacing.count());
            if (!priority && restAllowed) {
                batch = nextRestBatch(at);
            }
            if (!batch.isEmpty()) {
                send(batch, priority, at);
            }
        }
    }
    arm(at);
}

void PresencePoller::arm(qint64 at)
{
    if (m_paused) {
        m_timer.stop();
        return;
    }
    qint64 wake = at + m_options.checkInterval.count();
    if (!m_inFlight) {
        // (While a request runs its answer wakes us; only the stale check needs the timer.)
        if (m_budget.isHolding(at)) {
            wake = std::min(wake, m_budget.holdUntil());
        } else if (m_budget.freeSlots(at) == 0) {
            wake = std::min(wake, m_budget.freeAt(at));
        } else {
            qint64 nextPriority = Never;
            if (!nextPriorityBatch(at, &nextPriority).isEmpty()) {
                nextPriority = at;
            }
            wake = std::min(wake, nextPriority);
            if (m_restCount > 0) {
                if (m_budget.freeSlots(at) > priorityBatches()) {
                    const qint64 spacing =
                            m_lastRestSentAt < 0 ? at
                                                 : m_lastRestSentAt + m_options.restSpacing.count();
                    wake = std::min(wake, std::max(m_restNextDueAt, spacing));
                } else {
                    // Held back for the priority batches: look again when a slot frees.
                    if (m_budget.requestsInWindow(at) > 0) {
                        wake = std::min(wake, m_budget.nextRelease(at));
                    }
                }
            }
        }
    }
    if (m_nextStaleCheckAt > at) {
        wake = std::min(wake, m_nextStaleCheckAt);
    }
    // Never spin: whatever is due at `at` was handled by this very tick.
    const qint64 wait = std::max<qint64>(wake - at, m_inFlight ? 0 : 1);
    m_timer.start(milliseconds(std::min<qint64>(wait, m_options.checkInterval.count())));
}

void PresencePoller::checkStaleness(qint64 at)
{
    if (at < m_nextStaleCheckAt) {
        return;
    }
    QStringList changed;
    qint64 next = Never;
    const qint64 grace = m_options.staleGrace.count();
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        Entry &entry = *it;
        if (entry.readAt < 0) {
            continue;
        }
        const qint64 staleAt = entry.readAt + intervalOf(entry) + grace;
        const bool stale = at > staleAt;
        if (stale != entry.reportedStale) {
            entry.reportedStale = stale;
            changed.append(it.key());
        }
        if (!stale) {
            next = std::min(next, staleAt + 1);
        }
    }
    m_nextStaleCheckAt = next;
    if (!changed.isEmpty()) {
        qCDebug(lcTeams) << "presence:" << changed.size() << "ids changed staleness";
        Q_EMIT staleChanged(changed);
    }
}

// --- requests ----------------------------------------------------------------------------------

void PresencePoller::send(const QStringList &ids, bool priority, qint64 at)
{
    m_budget.recordSend(at);
    if (!priority) {
        m_lastRestSentAt = at;
    }
    for (const QString &id : ids) {
        m_entries[id].inFlight = true;
    }
    qCDebug(lcTeams) << "presence: asking for" << ids.size() << (priority ? "priority" : "other")
                     << "ids;" << m_budget.requestsInWindow(at) << "requests in the budget window";
    const auto request = Net::ApiRequest::post(m_endpoint)
                                 .withJson(QJsonObject{{u"ids"_s, QJsonArray::fromStringList(ids)}})
                                 .withAuth(m_tokens)
                                 .withTimeout(m_options.requestTimeout)
                                 // Retries are ours (see the class comment).
                                 .withMaxAttempts(1);
    m_inFlight = true;
    m_request = m_http->send(request, this, [this, ids, at](const Net::ApiResult &result) {
        onReply(ids, at, result);
    });
}

void PresencePoller::logHold(qint64 at, const RequestBudget::Hold &hold) const
{
    qCInfo(lcTeams).noquote() << u"presence: %1; nothing sent for %2 ms"_s.arg(hold.why).arg(
            m_budget.holdUntil() - at);
}

void PresencePoller::onReply(const QStringList &ids, qint64 sentAt, const Net::ApiResult &result)
{
    m_inFlight = false;
    m_request = {};
    for (const QString &id : ids) {
        if (auto it = m_entries.find(id); it != m_entries.end()) {
            it->inFlight = false;
        }
    }
    const qint64 at = now();
    if (!result.ok()) {
        // The batch's ids are still due; the rest's may have been planned for later.
        m_restNextDueAt = 0;
        const Net::ApiError &error = result.error();
        if (error.kind() != Net::ApiError::Kind::Cancelled) {
            logHold(at, m_budget.failed(at, error, m_http->retryPolicy()));
        }
        scheduleSoon();
        return;
    }

    const QJsonValue value = result.object().value(u"value"_s);
    if (!value.isArray()) {
        m_restNextDueAt = 0;
        qCWarning(lcTeams) << "presence: answer without a value array, ignored";
        logHold(at, m_budget.failed(at, u"malformed answer"_s, m_http->retryPolicy()));
        scheduleSoon();
        return;
    }
    m_budget.succeeded();

    const QSet<QString> asked(ids.cbegin(), ids.cend());
    QSet<QString> answered;
    QStringList changed;
    QStringList freshened;
    int malformed = 0;
    const auto apply = [&](const QString &id, const Core::Presence &presence) {
        const auto it = m_entries.find(id);
        if (it == m_entries.end()) {
            return; // no longer wanted
        }
        if (it->presence != presence) {
            it->presence = presence;
            changed.append(id);
        }
        it->readAt = sentAt;
        m_nextStaleCheckAt = std::min(m_nextStaleCheckAt,
                                      sentAt + intervalOf(*it) + m_options.staleGrace.count() + 1);
        if (it->reportedStale) {
            it->reportedStale = false;
            freshened.append(id);
        }
    };
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject object = item.toObject();
        const QString id = object.value(u"id"_s).toString();
        if (!item.isObject() || !asked.contains(id) || answered.contains(id)) {
            ++malformed;
            continue;
        }
        answered.insert(id);
        apply(id, Core::Presence::fromJson(object));
    }
    // Graph leaves out ids it does not know (a deleted account): nothing is known of them.
    for (const QString &id : ids) {
        if (!answered.contains(id)) {
            apply(id, Core::Presence());
        }
    }
    if (malformed > 0) {
        qCWarning(lcTeams) << "presence:" << malformed << "entries of the answer ignored";
    }
    qCDebug(lcTeams) << "presence:" << answered.size() << "of" << ids.size() << "answered,"
                     << changed.size() << "changed";
    if (!changed.isEmpty()) {
        Q_EMIT presencesChanged(changed);
    }
    if (!freshened.isEmpty()) {
        Q_EMIT staleChanged(freshened);
    }
    scheduleSoon();
}

} // namespace AgentDesk::Teams
