// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "colleaguesservice.h"

#include <teams/directorycache.h>
#include <teams/directorysync.h>
#include <teams/photocache.h>
#include <teams/presencepoller.h>
#include <teams/teamslogging.h>

#include <QSet>

using namespace Qt::StringLiterals;

namespace AgentDesk::Session {

ColleaguesService::ColleaguesService(QSettings *settings, const Core::Clock *clock, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_clock(clock)
    , m_pins(settings)
    , m_model(&m_pins)
{
    // Favourites and recent experts are asked about first, like the rows on screen.
    connect(&m_pins, &PinnedColleagues::changed, this, &ColleaguesService::updatePollerPriority);
}

ColleaguesService::~ColleaguesService()
{
    // The model refers to the photo cache: detach it before the cache goes.
    m_model.setPhotoCache(nullptr);
}

void ColleaguesService::setStatus(Status status, const QString &message)
{
    if (status == m_status && message == m_message) {
        return;
    }
    m_status = status;
    m_message = message;
    Q_EMIT statusChanged(status);
}

void ColleaguesService::start(const Account &account, Net::HttpClient *http,
                              Net::TokenProvider *tokens)
{
    stop();
    m_account = account;
    m_pins.setAccount(account.name);

    m_cache = std::make_unique<Teams::DirectoryCache>(
            Teams::DirectoryCache::pathFor(account.name, account.tenant));
    m_sync = std::make_unique<Teams::DirectorySync>(http, tokens, account.graph,
                                                    account.defaultRegion, m_clock);
    m_poller = std::make_unique<Teams::PresencePoller>(http, tokens, account.graph, m_clock);
    m_photos = std::make_unique<Teams::PhotoCache>(http, tokens, account.graph,
                                                   Teams::PhotoCache::defaultDirectory(), m_clock);
    m_model.setPhotoCache(m_photos.get());
    m_poller->setPaused(m_paused);
    m_poller->setFastMode(m_fast);

    connect(m_sync.get(), &Teams::DirectorySync::fullSyncStarted, this,
            [this] { setStatus(m_model.rowCount() > 0 ? Status::Updating : Status::Loading); });
    connect(m_sync.get(), &Teams::DirectorySync::runningChanged, this, [this](bool running) {
        if (running && m_status != Status::Loading) {
            setStatus(m_model.rowCount() > 0 ? Status::Updating : Status::Loading);
        }
    });
    connect(m_sync.get(), &Teams::DirectorySync::progress, this, [this](int received) {
        m_received = received;
        Q_EMIT receivedChanged(received);
    });
    connect(m_sync.get(), &Teams::DirectorySync::fullSyncFinished, this,
            &ColleaguesService::onFullSync);
    connect(m_sync.get(), &Teams::DirectorySync::deltaFinished, this, &ColleaguesService::onDelta);
    connect(m_sync.get(), &Teams::DirectorySync::failed, this, &ColleaguesService::onSyncFailed);
    connect(m_poller.get(), &Teams::PresencePoller::presencesChanged, this,
            [this](const QStringList &ids) {
                QHash<QString, Core::Presence> presences;
                presences.reserve(ids.size());
                for (const QString &id : ids) {
                    presences.insert(id, m_poller->presence(id));
                }
                m_model.setPresences(presences);
            });
    connect(m_poller.get(), &Teams::PresencePoller::staleChanged, this,
            [this](const QStringList &ids) {
                QStringList stale;
                QStringList fresh;
                for (const QString &id : ids) {
                    (m_poller->isStale(id) ? stale : fresh).append(id);
                }
                m_model.setStale(stale, true);
                m_model.setStale(fresh, false);
            });

    loadCache();
    m_sync->start();
}

void ColleaguesService::loadCache()
{
    // The panel is usable at once from the last session's directory while the delta runs.
    if (!m_cache->open()) {
        qCWarning(Teams::lcTeams) << "no directory cache: the directory is kept in memory only";
        setStatus(Status::Loading);
        return;
    }
    Teams::DirectoryCache::Snapshot snapshot = m_cache->load();
    m_sync->setDeltaLink(snapshot.deltaLink);
    if (!snapshot.colleagues.isEmpty()) {
        qCInfo(Teams::lcTeams) << "directory from the cache:" << snapshot.colleagues.size()
                               << "people";
        showDirectory(std::move(snapshot.colleagues));
        setStatus(Status::Updating);
    } else {
        setStatus(Status::Loading);
    }
}

void ColleaguesService::stop()
{
    if (m_sync) {
        m_sync->stop();
    }
    m_model.setPhotoCache(nullptr);
    m_photos.reset();
    m_poller.reset();
    m_sync.reset();
    m_cache.reset();
    m_received = 0;
    setStatus(Status::NotConnected);
}

void ColleaguesService::refresh()
{
    if (m_sync) {
        m_sync->syncNow();
    }
}

void ColleaguesService::setContactCenterAgents(const QList<Core::ContactCenterAgent> &agents)
{
    m_agents = Core::ContactCenterAgentMerge(agents);
    QList<Core::Colleague> people = m_model.colleagues();
    if (!people.isEmpty()) {
        m_agents.apply(people);
        // Only the rows whose agent id changed are reported.
        QList<Core::Colleague> changed;
        for (qsizetype row = 0; row < people.size(); ++row) {
            if (people.at(row).ccAgentId != m_model.colleague(int(row)).ccAgentId) {
                changed.append(people.at(row));
            }
        }
        m_model.applyChanges(changed, {});
    }
}

void ColleaguesService::showDirectory(QList<Core::Colleague> people)
{
    m_agents.apply(people);
    m_model.setColleagues(std::move(people));
    updatePollerPeople();
}

void ColleaguesService::onFullSync(const QList<Core::Colleague> &people, const QString &deltaLink)
{
    m_received = 0;
    showDirectory(people);
    if (m_cache && !m_cache->replaceAll(people, deltaLink)) {
        qCWarning(Teams::lcTeams) << "the directory could not be cached";
    }
    setStatus(Status::Ready);
}

void ColleaguesService::onDelta(const QList<Core::Colleague> &changed,
                                const QStringList &removedIds, const QString &deltaLink)
{
    if (!changed.isEmpty() || !removedIds.isEmpty()) {
        QList<Core::Colleague> merged = changed;
        m_agents.apply(merged);
        m_model.applyChanges(merged, removedIds);
        updatePollerPeople();
    }
    if (m_cache && !m_cache->apply(changed, removedIds, deltaLink)) {
        qCWarning(Teams::lcTeams) << "the directory delta could not be cached";
    }
    setStatus(Status::Ready);
}

void ColleaguesService::onSyncFailed(const QString &message)
{
    m_received = 0;
    setStatus(Status::Failed, message);
}

void ColleaguesService::setVisible(const QStringList &ids)
{
    m_visible = ids;
    updatePollerPriority();
}

void ColleaguesService::setFastPresence(bool fast)
{
    m_fast = fast;
    if (m_poller) {
        m_poller->setFastMode(fast);
    }
}

void ColleaguesService::setPaused(bool paused)
{
    m_paused = paused;
    if (m_poller) {
        m_poller->setPaused(paused);
    }
}

void ColleaguesService::updatePollerPeople()
{
    if (m_poller) {
        m_poller->setPeople(m_model.ids());
        updatePollerPriority();
    }
}

void ColleaguesService::updatePollerPriority()
{
    if (!m_poller) {
        return;
    }
    QStringList priority = m_visible;
    for (const QString &id : m_pins.pinned()) {
        if (m_model.rowOf(id) >= 0 && !priority.contains(id)) {
            priority.append(id);
        }
    }
    m_poller->setPriority(priority);
}

} // namespace AgentDesk::Session
