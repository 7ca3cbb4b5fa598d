// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <net/requesthandle.h>

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QUrl>

#include <chrono>
#include <deque>

namespace AgentDesk::Core {
class Clock;
}

namespace AgentDesk::Net {
class ApiResult;
class HttpClient;
class TokenProvider;
} // namespace AgentDesk::Net

namespace AgentDesk::Teams {

// Colleagues' profile photos (Graph GET /users/{id}/photo/$value), fetched lazily for the rows
// the panel shows, kept on disk between runs and, decoded and small, in memory.
//   PhotoCache photos(&http, &graphTokens, endpoints.graphApi, PhotoCache::defaultDirectory());
//   connect(&photos, &PhotoCache::photoReady, model, &ColleaguesModel::photoChanged);
//   const QImage image = photos.photo(id);     // memory, else disk; null: not there (yet)
//   if (image.isNull()) photos.request(id);    // visible rows only; initials meanwhile
// request() coalesces: a photo queued or in flight is not asked for twice, at most
// maxInFlight requests run at once, and the newest wishes go first (the rows on screen now;
// the oldest are dropped beyond maxQueued). A person without a photo (404) is remembered, on
// disk too, and not asked about again for recheckMissingAfter; a failed request (network,
// 5xx, 401) not for retryFailedAfter. A photo older than refreshAfter is still shown while it
// is fetched again. Image files are named by a hash of the user id.
class PhotoCache final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PhotoCache)

public:
    struct Options
    {
        int pixelSize = 64;       // decoded images fit in pixelSize × pixelSize
        int maxInFlight = 4;      // requests on the wire at once
        int maxQueued = 200;      // wishes waiting beyond that; older ones are dropped
        int memoryCapacity = 500; // decoded images kept in memory (64 px: 16 KB each)
        std::chrono::seconds recheckMissingAfter{24 * 3600};
        std::chrono::seconds retryFailedAfter{120};
        std::chrono::seconds refreshAfter{7 * 24 * 3600};
    };

    enum class Status
    {
        Available, // photo(id) returns it
        Missing,   // the person has no photo: show initials
        Pending,   // queued or in flight: photoReady or photoMissing follows
        Failed     // the last request failed a short while ago: not asked again yet
    };
    Q_ENUM(Status)

    // `graphApi` is Graph with its version (https://graph.microsoft.com/v1.0); `directory`
    // holds the image files (created when needed). `clock` null: the HTTP client's, else the
    // system clock.
    explicit PhotoCache(Net::HttpClient *http, Net::TokenProvider *tokens, const QUrl &graphApi,
                        const QString &directory, const Core::Clock *clock = nullptr,
                        QObject *parent = nullptr);
    ~PhotoCache() override;

    // <CacheLocation>/photos
    static QString defaultDirectory();

    void setOptions(const Options &options);
    const Options &options() const { return m_options; }
    const QString &directory() const { return m_directory; }

    // The decoded photo, at most pixelSize square, from memory or disk; null when not there.
    QImage photo(const QString &id);
    // Asks for the photo unless it is known (see Status). Never emits from inside the call.
    Status request(const QString &id);
    // Forgets the wishes not yet sent (requests in flight finish).
    void cancelQueued();

    int inFlightCount() const { return int(m_inFlight.size()); }
    int queuedCount() const { return int(m_queue.size()); }

Q_SIGNALS:
    // photo(id) now returns the photo (a new one, when it was refreshed).
    void photoReady(const QString &id);
    // The person has no photo (any more).
    void photoMissing(const QString &id);

private:
    struct Cached
    {
        QImage image;
        qint64 storedAtMs = 0;
    };

    qint64 nowMs() const;
    QString fileStem(const QString &id) const;
    QString imagePath(const QString &id) const { return fileStem(id) + u".img"; }
    QString missingPath(const QString &id) const { return fileStem(id) + u".none"; }
    bool isStale(qint64 storedAtMs) const;
    void enqueue(const QString &id);
    void pump();
    void send(const QString &id);
    void finished(const QString &id, const Net::ApiResult &result);
    void stored(const QString &id, const QByteArray &bytes);
    void markMissing(const QString &id);
    // Writes the file and dates it with our clock, so ages compare with the same clock.
    bool writeFile(const QString &path, const QByteArray &bytes);

    Net::HttpClient *m_http;
    QPointer<Net::TokenProvider> m_tokens;
    QUrl m_graphApi;
    QString m_directory;
    const Core::Clock *m_clock;
    Options m_options;

    QCache<QString, Cached> m_images;
    QHash<QString, qint64> m_missingSinceMs;
    QHash<QString, qint64> m_failedAtMs;
    std::deque<QString> m_queue; // newest at the back
    QSet<QString> m_queued;
    QHash<QString, Net::RequestHandle> m_inFlight;
    bool m_pumpScheduled = false;
};

} // namespace AgentDesk::Teams
