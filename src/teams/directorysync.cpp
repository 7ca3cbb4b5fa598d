// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "directorysync.h"

#include "teamslogging.h"

#include <core/clock.h>
#include <net/apierror.h>
#include <net/apirequest.h>
#include <net/apiresult.h>
#include <net/httpclient.h>

#include <algorithm>

using namespace Qt::StringLiterals;
using std::chrono::milliseconds;

namespace AgentDesk::Teams {

namespace {

// Everything the panel shows and the client-side rule needs (userType and accountEnabled are
// returned only when selected; user-list). Delta tracks only what is selected, so a member
// turning guest or being disabled shows up in the next round only because these are here.
QString selectedProperties()
{
    return u"id,displayName,mail,jobTitle,department,businessPhones,mobilePhone,userType,"
           u"accountEnabled"_s;
}
QString memberFilter()
{
    return u"userType eq 'Member' and accountEnabled eq true"_s;
}
// Graph may page delta answers smaller than this; it is a preference, not a promise.
constexpr auto MaxPageSizePreference = "odata.maxpagesize=999";

// Graph's answers when it cannot continue from a token (delta-query-overview, "token
// duration": "a 40X-series error with error codes such as syncStateNotFound"; the simulator
// answers 410 Gone). Directory_ExpiredPageToken: a /users $skiptoken too old to go on with.
bool isResyncCode(const QString &code)
{
    static const QStringList codes = {u"syncStateNotFound"_s, u"syncStateInvalid"_s,
                                      u"resyncRequired"_s, u"Directory_ExpiredPageToken"_s};
    return codes.contains(code, Qt::CaseInsensitive);
}

} // namespace

DirectorySync::DirectorySync(Net::HttpClient *http, Net::TokenProvider *tokens, QUrl graphApi,
                             QString defaultRegion, const Core::Clock *clock, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_tokens(tokens)
    , m_graphApi(graphApi.adjusted(QUrl::StripTrailingSlash))
    , m_reader(std::move(defaultRegion))
    , m_clock(clock ? clock : Core::Clock::system())
{
    Q_ASSERT(http);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DirectorySync::onTimer);
    m_readerThread.setObjectName(u"DirectorySync reader"_s);
    m_readerContext = std::make_unique<QObject>();
    m_readerContext->moveToThread(&m_readerThread);
    m_readerThread.start();
}

DirectorySync::~DirectorySync()
{
    // A page being read is finished first (tens of milliseconds at most); pages still queued
    // are dropped with the context, and answers on their way to this object with it.
    m_readerThread.quit();
    m_readerThread.wait();
    m_readerContext.reset();
}

void DirectorySync::setDeltaLink(const QString &deltaLink)
{
    if (isRunning()) {
        return;
    }
    m_deltaLink = deltaLink;
}

void DirectorySync::setInterval(milliseconds interval)
{
    m_interval = std::max(interval, milliseconds(1));
    if (m_active && !isRunning()) {
        scheduleNext(m_interval);
    }
}

void DirectorySync::setCheckInterval(milliseconds interval)
{
    m_checkInterval = std::max(interval, milliseconds(1));
    armTimer();
}

void DirectorySync::start()
{
    if (m_active) {
        return;
    }
    m_active = true;
    if (!isRunning()) {
        syncNow();
    }
}

void DirectorySync::stop()
{
    m_active = false;
    m_timer.stop();
    m_nextSyncAt = {};
    if (!isRunning()) {
        return;
    }
    qCInfo(lcTeams) << "directory sync stopped during a round";
    ++m_generation;
    m_pending.cancel();
    m_people.clear();
    m_changed.clear();
    m_changedIndex.clear();
    m_removed.clear();
    m_removedIndex.clear();
    setRound(Round::None);
}

bool DirectorySync::syncNow()
{
    if (isRunning()) {
        return false;
    }
    m_timer.stop();
    m_nextSyncAt = {};
    m_resynced = false;
    if (m_deltaLink.isEmpty()) {
        startFullSync();
    } else {
        startDelta();
    }
    return true;
}

bool DirectorySync::fullSyncNow()
{
    if (isRunning()) {
        return false;
    }
    m_deltaLink.clear();
    return syncNow();
}

// A full sync is two steps, chosen for the real Graph:
//  1. GET /users/delta?$select=…&$deltatoken=latest: "sync from now", which directory resources
//     support (delta-query-overview): one request, no user data, only the delta link that
//     continues from this moment.
//  2. GET /users?$select=…&$filter=userType eq 'Member' and accountEnabled eq true&$top=999,
//     following @odata.nextLink: the server leaves guests and disabled accounts out, and pages
//     hold up to 999 users, the documented maximum (user-list).
// The alternative, paging /users/delta from scratch to its delta link, transfers guests and
// disabled accounts too (delta accepts no $filter but id) and has no documented page size
// ($top is not among delta's parameters; odata.maxpagesize is only a preference), so it can
// take several times as many requests for the same directory. The anchor is taken *before* the
// listing, so anything that changes while the pages are read is in the next delta round;
// applying it twice is harmless (a delta entry is the user's whole selected state, and removing
// someone absent does nothing). The other order would lose those changes.
void DirectorySync::startFullSync()
{
    ++m_generation;
    m_people.clear();
    m_anchorLink.clear();
    m_requests = 0;
    m_received = 0;
    m_leftOut = 0;
    m_elapsed.start();
    setRound(Round::Anchor);
    Q_EMIT fullSyncStarted();
    QUrl url = graphUrl(u"/users/delta"_s);
    request(Net::ApiRequest::get(url)
                    .withQuery(u"$select"_s, selectedProperties())
                    .withQuery(u"$deltatoken"_s, u"latest"_s)
                    .url());
}

void DirectorySync::startDelta()
{
    ++m_generation;
    m_changed.clear();
    m_changedIndex.clear();
    m_removed.clear();
    m_removedIndex.clear();
    m_requests = 0;
    m_received = 0;
    m_leftOut = 0;
    m_elapsed.start();
    setRound(Round::Delta);
    request(QUrl(m_deltaLink));
}

void DirectorySync::request(const QUrl &url)
{
    ++m_requests;
    const int generation = m_generation;
    Net::ApiRequest request = Net::ApiRequest::get(url).withAuth(m_tokens);
    if (m_round != Round::Listing) {
        // Large pages if Graph agrees. Never return=minimal: every entry must carry all the
        // selected properties, since the client-side rule needs them and someone left out until
        // now has nothing stored here to complete a partial entry.
        request.withHeader("Prefer", MaxPageSizePreference);
    }
    m_pending = m_http->send(request, this, [this, generation](const Net::ApiResult &result) {
        onReply(generation, result);
    });
}

void DirectorySync::onReply(int generation, const Net::ApiResult &result)
{
    if (generation != m_generation || !isRunning()) {
        return;
    }
    if (!result.ok()) {
        const Net::ApiError &error = result.error();
        if (needsFullResync(error) && !m_resynced) {
            qCInfo(lcTeams).noquote()
                    << u"directory sync: Graph answered %1 %2; starting a full sync"_s
                               .arg(error.httpStatus())
                               .arg(error.service().code);
            m_resynced = true;
            m_deltaLink.clear(); // known to be useless now, even if the full sync fails
            startFullSync();
            return;
        }
        fail(error);
        return;
    }

    // The next page first, so that it is on its way while this one is read.
    const QJsonObject object = result.object();
    const QString nextLink = object.value(u"@odata.nextLink").toString();
    if (!nextLink.isEmpty()) {
        const QUrl next(nextLink);
        if (!isGraphLink(next)) {
            fail(Net::ApiError::unexpectedShape(u"@odata.nextLink outside Graph's origin"_s));
            return;
        }
        request(next);
    }

    // Read on the reader thread; the answer comes back here through the event loop. `this`
    // outlives the reader thread (the destructor stops it), so posting to it is safe.
    QMetaObject::invokeMethod(
            m_readerContext.get(),
            [this, generation, object, reader = m_reader] {
                QString problem;
                std::optional<GraphUserReader::Page> page = reader.read(object, &problem);
                QMetaObject::invokeMethod(
                        this,
                        [this, generation, page = std::move(page), problem]() mutable {
                            onPageRead(generation, std::move(page), problem);
                        },
                        Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
}

void DirectorySync::onPageRead(int generation, std::optional<GraphUserReader::Page> read,
                               const QString &problem)
{
    if (generation != m_generation || !isRunning()) {
        return; // a failure or stop() ended the round while this page was being read
    }
    if (!read) {
        fail(Net::ApiError::unexpectedShape(problem));
        return;
    }
    GraphUserReader::Page &page = *read;
    if (!page.deltaLink.isEmpty() && !isGraphLink(QUrl(page.deltaLink))) {
        fail(Net::ApiError::unexpectedShape(u"@odata.deltaLink outside Graph's origin"_s));
        return;
    }
    switch (m_round) {
    case Round::Anchor:
        onAnchorPage(page);
        break;
    case Round::Listing:
        onListingPage(std::move(page));
        break;
    case Round::Delta:
        onDeltaPage(std::move(page));
        break;
    case Round::None:
        break;
    }
}

void DirectorySync::onAnchorPage(const GraphUserReader::Page &page)
{
    if (!page.nextLink.isEmpty()) {
        return; // a server that ignores "latest" pages everyone: on to its delta link
    }
    if (page.deltaLink.isEmpty()) {
        fail(Net::ApiError::unexpectedShape(u"delta answer without @odata.deltaLink"_s));
        return;
    }
    m_anchorLink = page.deltaLink;
    setRound(Round::Listing);
    request(Net::ApiRequest::get(graphUrl(u"/users"_s))
                    .withQuery(u"$select"_s, selectedProperties())
                    .withQuery(u"$filter"_s, memberFilter())
                    .withQuery(u"$top"_s, QString::number(PageSize))
                    .url());
}

void DirectorySync::onListingPage(GraphUserReader::Page &&page)
{
    m_received += page.received;
    m_leftOut += int(page.removedIds.size()) - page.deleted;
    if (m_people.isEmpty()) {
        m_people = std::move(page.people);
    } else {
        m_people.append(std::move(page.people));
    }
    Q_EMIT progress(m_received);
    if (!page.nextLink.isEmpty()) {
        return;
    }
    m_deltaLink = m_anchorLink;
    m_anchorLink.clear();
    qCInfo(lcTeams).noquote()
            << u"directory full sync: %1 people kept of %2 users, %3 left out; %4 requests in "
               u"%5 ms"_s.arg(m_people.size())
                       .arg(m_received)
                       .arg(m_leftOut)
                       .arg(m_requests)
                       .arg(m_elapsed.elapsed());
    const QList<Core::Colleague> people = std::exchange(m_people, {});
    const QString deltaLink = m_deltaLink;
    finishRound();
    Q_EMIT fullSyncFinished(people, deltaLink);
}

void DirectorySync::onDeltaPage(GraphUserReader::Page &&page)
{
    m_received += page.received;
    // A user may come more than once in a round; the last entry wins. Each id ends up in one
    // list only; the slot it leaves is emptied and skipped at the end.
    for (Core::Colleague &colleague : page.people) {
        if (const auto removed = m_removedIndex.find(colleague.id);
            removed != m_removedIndex.end()) {
            m_removed[removed.value()].clear();
            m_removedIndex.erase(removed);
        }
        if (const auto changed = m_changedIndex.find(colleague.id);
            changed != m_changedIndex.end()) {
            m_changed[changed.value()] = std::move(colleague);
            continue;
        }
        m_changedIndex.insert(colleague.id, m_changed.size());
        m_changed.append(std::move(colleague));
    }
    for (const QString &id : std::as_const(page.removedIds)) {
        if (const auto changed = m_changedIndex.find(id); changed != m_changedIndex.end()) {
            m_changed[changed.value()].id.clear();
            m_changedIndex.erase(changed);
        }
        if (!m_removedIndex.contains(id)) {
            m_removedIndex.insert(id, m_removed.size());
            m_removed.append(id);
        }
    }
    Q_EMIT progress(m_received);
    if (!page.nextLink.isEmpty()) {
        return;
    }
    if (page.deltaLink.isEmpty()) {
        fail(Net::ApiError::unexpectedShape(
                u"delta page without @odata.nextLink or @odata.deltaLink"_s));
        return;
    }
    QList<Core::Colleague> changed;
    changed.reserve(m_changedIndex.size());
    for (Core::Colleague &colleague : m_changed) {
        if (!colleague.id.isEmpty()) {
            changed.append(std::move(colleague));
        }
    }
    QStringList removed;
    removed.reserve(m_removedIndex.size());
    for (const QString &id : std::as_const(m_removed)) {
        if (!id.isEmpty()) {
            removed.append(id);
        }
    }
    m_changed.clear();
    m_changedIndex.clear();
    m_removed.clear();
    m_removedIndex.clear();
    m_deltaLink = page.deltaLink;
    qCInfo(lcTeams).noquote()
            << u"directory delta: %1 added or changed, %2 removed or left out, of %3 entries; "
               u"%4 requests in %5 ms"_s.arg(changed.size())
                       .arg(removed.size())
                       .arg(m_received)
                       .arg(m_requests)
                       .arg(m_elapsed.elapsed());
    const QString deltaLink = m_deltaLink;
    finishRound();
    Q_EMIT deltaFinished(changed, removed, deltaLink);
}

bool DirectorySync::needsFullResync(const Net::ApiError &error) const
{
    if (error.kind() != Net::ApiError::Kind::Http) {
        return false;
    }
    return (m_round == Round::Delta && error.httpStatus() == 410) ||
           isResyncCode(error.service().code);
}

void DirectorySync::finishRound()
{
    m_lastSyncedAt = m_clock->now();
    setRound(Round::None);
    scheduleNext(m_interval);
}

void DirectorySync::fail(const Net::ApiError &error)
{
    const bool full = m_round != Round::Delta;
    qCWarning(lcTeams).noquote() << u"directory %1 failed after %2 requests: %3 %4 %5 %6"_s
                                            .arg(full ? u"full sync"_s : u"delta"_s)
                                            .arg(m_requests)
                                            .arg(Net::ApiError::kindName(error.kind()))
                                            .arg(error.httpStatus())
                                            .arg(error.service().code, error.detail());
    ++m_generation; // a page already requested is not read
    m_pending.cancel();
    m_people.clear();
    m_anchorLink.clear();
    m_changed.clear();
    m_changedIndex.clear();
    m_removed.clear();
    m_removedIndex.clear();
    setRound(Round::None);
    // A server that asks for a longer pause than the interval gets it.
    milliseconds wait = m_interval;
    if (const auto retryAfter = error.retryAfter()) {
        wait = std::max(wait, *retryAfter);
    }
    scheduleNext(wait);
    Q_EMIT failed(full ? tr("The Teams directory could not be loaded. %1").arg(error.message())
                       : tr("The Teams directory could not be updated. %1").arg(error.message()));
}

void DirectorySync::setRound(Round round)
{
    const bool wasRunning = isRunning();
    m_round = round;
    if (wasRunning != isRunning()) {
        Q_EMIT runningChanged(isRunning());
    }
}

void DirectorySync::scheduleNext(milliseconds wait)
{
    m_timer.stop();
    m_nextSyncAt = {};
    if (!m_active) {
        return;
    }
    m_nextSyncAt = m_clock->now().addMSecs(wait.count());
    armTimer();
}

void DirectorySync::armTimer()
{
    if (!m_nextSyncAt.isValid()) {
        return;
    }
    const qint64 wait =
            std::clamp<qint64>(m_clock->now().msecsTo(m_nextSyncAt), 0, m_checkInterval.count());
    m_timer.start(milliseconds(wait));
}

void DirectorySync::onTimer()
{
    if (!m_active || isRunning() || !m_nextSyncAt.isValid()) {
        return;
    }
    if (m_clock->now() < m_nextSyncAt) {
        armTimer();
        return;
    }
    syncNow();
}

bool DirectorySync::isGraphLink(const QUrl &url) const
{
    const QString base = m_graphApi.path() + u'/';
    return url.isValid() && url.scheme().compare(m_graphApi.scheme(), Qt::CaseInsensitive) == 0 &&
           url.host().compare(m_graphApi.host(), Qt::CaseInsensitive) == 0 &&
           url.port(-1) == m_graphApi.port(-1) && url.path().startsWith(base);
}

QUrl DirectorySync::graphUrl(const QString &path) const
{
    QUrl url = m_graphApi;
    url.setPath(m_graphApi.path() + path);
    return url;
}

} // namespace AgentDesk::Teams
