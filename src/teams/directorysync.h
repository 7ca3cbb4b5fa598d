// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graphuserreader.h"

#include <core/colleague.h>
#include <net/requesthandle.h>

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <memory>
#include <optional>

namespace AgentDesk::Core {
class Clock;
}

namespace AgentDesk::Net {
class ApiError;
class ApiResult;
class HttpClient;
class TokenProvider;
} // namespace AgentDesk::Net

namespace AgentDesk::Teams {

// Keeps the colleagues panel's copy of the Teams directory in step with Microsoft Graph
// (SERVICES-REFERENCE.md §2.1, §2.3): a full sync when there is no delta link, then
// /users/delta rounds from the stored delta link, every few minutes and on demand.
//   DirectorySync sync(&http, &graphTokens, endpoints.graphApi, u"US"_s, Core::Clock::system());
//   sync.setDeltaLink(cache.load().deltaLink);  // empty: the first round is a full sync
//   connect(&sync, &DirectorySync::progress, bar, &Bar::setReceived);
//   connect(&sync, &DirectorySync::fullSyncFinished, model, &Model::replaceAll);
//   connect(&sync, &DirectorySync::deltaFinished, model, &Model::apply);
//   connect(&sync, &DirectorySync::failed, banner, &Banner::show);
//   sync.start();                                // a round now, then every interval()
//   sync.syncNow();                              // the agent pressed "refresh"
// Only enabled members with a business phone are kept (GraphUserReader); the phone numbers
// are read with libphonenumber in defaultRegion. Every round ends in exactly one of
// fullSyncFinished(), deltaFinished() or failed(); after a failure (network, 429 beyond what
// HttpClient waits out, 5xx, a malformed page) the next periodic round tries again. A delta
// link Graph no longer knows (410 syncStateNotFound) starts a full sync in the same round.
// Pages are read on a worker thread as they arrive, so the GUI thread stays free while 100,000
// people are read. Nothing is logged about people: counts, request counts and error codes only.
class DirectorySync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DirectorySync)

public:
    static constexpr std::chrono::milliseconds DefaultInterval{5 * 60 * 1000};
    static constexpr std::chrono::milliseconds DefaultCheckInterval{30 * 1000};
    static constexpr int PageSize = 999; // user-list: $top is at most 999

    // graphApi: Graph's base with its version, e.g. https://graph.microsoft.com/v1.0
    // (Core::ServiceEndpoints::graphApi). defaultRegion: ISO 3166 code of the tenant or the
    // agent's profile, to read national phone numbers ("US"); may be empty.
    DirectorySync(Net::HttpClient *http, Net::TokenProvider *tokens, QUrl graphApi,
                  QString defaultRegion, const Core::Clock *clock, QObject *parent = nullptr);
    ~DirectorySync() override;

    // Where the next delta round starts (from the cache); empty = the next round is a full sync.
    // Ignored while a round runs.
    void setDeltaLink(const QString &deltaLink);
    // The link of the last finished round (or the one set); empty before the first one.
    const QString &deltaLink() const { return m_deltaLink; }

    // Periodic rounds: start() runs one now and then one every interval() after the previous
    // round ended (successfully or not); stop() cancels the running round and the schedule.
    void start();
    void stop();
    bool isActive() const { return m_active; }
    // A round now: delta when there is a delta link, full otherwise. False (nothing starts)
    // while a round runs.
    bool syncNow();
    // Forgets the delta link and runs a full sync now; false while a round runs.
    bool fullSyncNow();
    bool isRunning() const { return m_round != Round::None; }

    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const { return m_interval; }
    // The longest the timer sleeps before it looks at the clock again: wall-clock time moves
    // on while a laptop sleeps, a QTimer does not.
    void setCheckInterval(std::chrono::milliseconds interval);
    // When the next periodic round is due; invalid when inactive or while a round runs.
    QDateTime nextSyncAt() const { return m_nextSyncAt; }
    // When the last round finished successfully; invalid before.
    QDateTime lastSyncedAt() const { return m_lastSyncedAt; }

Q_SIGNALS:
    void runningChanged(bool running);
    // A full sync begins (no delta link, or Graph no longer knows it): the panel shows its
    // progress bar until fullSyncFinished() or failed().
    void fullSyncStarted();
    // Users received so far in this round (the full sync's progress; deltas report too).
    void progress(int received);
    // Everyone the panel keeps, in directory order; replaces what it had.
    void fullSyncFinished(const QList<AgentDesk::Core::Colleague> &people,
                          const QString &deltaLink);
    // Since the previous round: people added or changed (each once, the latest state), and the
    // ids to drop (deleted, or no longer an enabled member with a business phone; ids the panel
    // does not know may be among them).
    void deltaFinished(const QList<AgentDesk::Core::Colleague> &changedOrAdded,
                       const QStringList &removedIds, const QString &deltaLink);
    // The round failed; a translated sentence for the panel. The delta link is unchanged, unless
    // Graph refused it and the full sync that followed failed too (then the next round is full).
    void failed(const QString &message);

private:
    enum class Round
    {
        None,
        Anchor,  // full sync, step 1: /users/delta?$deltatoken=latest for the delta link
        Listing, // full sync, step 2: /users pages
        Delta    // /users/delta pages from the stored delta link
    };

    void startFullSync();
    void startDelta();
    void request(const QUrl &url);
    void onReply(int generation, const Net::ApiResult &result);
    void onPageRead(int generation, std::optional<GraphUserReader::Page> page,
                    const QString &problem);
    void onAnchorPage(const GraphUserReader::Page &page);
    void onListingPage(GraphUserReader::Page &&page);
    void onDeltaPage(GraphUserReader::Page &&page);
    bool needsFullResync(const Net::ApiError &error) const;
    void finishRound();
    void fail(const Net::ApiError &error);
    void setRound(Round round);
    void scheduleNext(std::chrono::milliseconds wait);
    void armTimer();
    void onTimer();
    // Only links on Graph's own origin are followed: they carry our bearer token.
    bool isGraphLink(const QUrl &url) const;
    QUrl graphUrl(const QString &path) const;

    Net::HttpClient *m_http;
    Net::TokenProvider *m_tokens;
    QUrl m_graphApi;
    GraphUserReader m_reader;
    // Pages are read on a thread of their own, in the order they came: reading 999 people
    // (libphonenumber for every number) takes tens of milliseconds, which the GUI thread should
    // not spend, and the next page downloads meanwhile. m_readerContext lives in that thread.
    QThread m_readerThread;
    std::unique_ptr<QObject> m_readerContext;
    const Core::Clock *m_clock;

    std::chrono::milliseconds m_interval = DefaultInterval;
    std::chrono::milliseconds m_checkInterval = DefaultCheckInterval;
    QTimer m_timer;
    bool m_active = false;
    QDateTime m_nextSyncAt;
    QDateTime m_lastSyncedAt;

    QString m_deltaLink;
    Round m_round = Round::None;
    // Bumped for every round and by stop(): answers of an older round are ignored.
    int m_generation = 0;
    Net::RequestHandle m_pending;
    // This round, for progress() and the log.
    QElapsedTimer m_elapsed;
    int m_requests = 0;
    int m_received = 0;
    int m_leftOut = 0;
    bool m_resynced = false; // this round already fell back to a full sync once

    // Full sync: the link the anchor gave, and everyone so far.
    QString m_anchorLink;
    QList<Core::Colleague> m_people;
    // Delta: the latest state per id (people), the ids to drop, each id in one of the two.
    QList<Core::Colleague> m_changed;
    QHash<QString, qsizetype> m_changedIndex;
    QStringList m_removed;
    QHash<QString, qsizetype> m_removedIndex;
};

} // namespace AgentDesk::Teams
