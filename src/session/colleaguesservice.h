// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "colleaguesmodel.h"
#include "pinnedcolleagues.h"

#include <core/contactcenteragentmerge.h>

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

class QSettings;

namespace AgentDesk::Core {
class Clock;
}
namespace AgentDesk::Net {
class HttpClient;
class TokenProvider;
} // namespace AgentDesk::Net
namespace AgentDesk::Teams {
class DirectoryCache;
class DirectorySync;
class PhotoCache;
class PresencePoller;
} // namespace AgentDesk::Teams

namespace AgentDesk::Session {

// The colleagues panel's data: the Teams directory (from the local cache at once, then a Graph
// sync: the first one in full, deltas after), the presence of the people the agent looks at,
// their photos, favourites and recent experts. Started when Teams connects, stopped when it
// disconnects or the agent signs out; the model keeps the last directory meanwhile.
//   ColleaguesService colleagues(&settings, clock, cacheDir);
//   colleagues.start({account, graphUrl, region}, &teams.http(), teams.tokens());
//   panel.setModel(&colleagues.model());
//   colleagues.setVisible(idsOnScreen);
class ColleaguesService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColleaguesService)

public:
    enum class Status
    {
        NotConnected, // Teams is not connected: the cached directory (if any) is shown
        Loading,      // the first sync, with nothing to show yet: see received()
        Updating,     // a sync runs behind the shown directory
        Ready,
        Failed, // the last sync failed: see message(); the next round retries
    };
    Q_ENUM(Status)

    struct Account
    {
        QString name;          // the Microsoft account: one cache per account
        QString tenant;        // its tenant (with the account, names the cache file)
        QUrl graph;            // Graph's base, ".../v1.0"
        QString defaultRegion; // to read national phone numbers, e.g. "US"
    };

    // Settings keep favourites and recent experts; the directory cache and photos go under
    // QStandardPaths::CacheLocation.
    ColleaguesService(QSettings *settings, const Core::Clock *clock, QObject *parent = nullptr);
    ~ColleaguesService() override;

    ColleaguesModel &model() { return m_model; }
    PinnedColleagues &pins() { return m_pins; }
    Status status() const { return m_status; }
    // Translated: why the last sync failed, or why the panel is empty.
    QString message() const { return m_message; }
    // People received so far by the running first sync (for the progress bar).
    int received() const { return m_received; }

    void start(const Account &account, Net::HttpClient *http, Net::TokenProvider *tokens);
    void stop();
    // The agent asked: a delta round now (a full sync if there is no delta link yet).
    void refresh();
    // The contact center's agents: colleagues with the same e-mail show their agent state.
    void setContactCenterAgents(const QList<Core::ContactCenterAgent> &agents);

    // The people on screen: polled first and often, together with the pinned ones.
    void setVisible(const QStringList &ids);
    // A consult/transfer panel is open: poll the visible people every couple of seconds.
    void setFastPresence(bool fast);
    // The window is minimised: no presence requests at all.
    void setPaused(bool paused);

Q_SIGNALS:
    void statusChanged(AgentDesk::Session::ColleaguesService::Status status);
    void receivedChanged(int received);

private:
    void setStatus(Status status, const QString &message = {});
    void loadCache();
    void onFullSync(const QList<Core::Colleague> &people, const QString &deltaLink);
    void onDelta(const QList<Core::Colleague> &changed, const QStringList &removedIds,
                 const QString &deltaLink);
    void onSyncFailed(const QString &message);
    void updatePollerPeople();
    void updatePollerPriority();
    void showDirectory(QList<Core::Colleague> people);

    QSettings *m_settings;
    const Core::Clock *m_clock;
    Core::ContactCenterAgentMerge m_agents;
    PinnedColleagues m_pins;
    ColleaguesModel m_model;
    Account m_account;
    std::unique_ptr<Teams::DirectoryCache> m_cache;
    std::unique_ptr<Teams::DirectorySync> m_sync;
    std::unique_ptr<Teams::PresencePoller> m_poller;
    std::unique_ptr<Teams::PhotoCache> m_photos;
    QStringList m_visible;
    bool m_fast = false;
    bool m_paused = false;
    Status m_status = Status::NotConnected;
    QString m_message;
    int m_received = 0;
};

} // namespace AgentDesk::Session
