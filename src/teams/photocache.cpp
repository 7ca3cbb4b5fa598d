// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "photocache.h"

#include "teamslogging.h"

#include <core/clock.h>
#include <net/apirequest.h>
#include <net/apiresult.h>
#include <net/httpclient.h>
#include <net/tokenprovider.h>

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace AgentDesk::Teams {

namespace {

// The base URL with an encoded path appended below its own path ("…/v1.0" keeps its "/v1.0",
// which QUrl::resolved() with an absolute path would drop).
QUrl below(QUrl base, const QString &encodedPath)
{
    QString joined = base.path(QUrl::FullyEncoded);
    if (!joined.endsWith(u'/')) {
        joined.append(u'/');
    }
    joined.append(encodedPath);
    base.setPath(joined, QUrl::TolerantMode);
    return base;
}

// Decodes an image (PNG, JPEG... whatever Graph stored) and shrinks it to fit the row.
QImage decode(const QByteArray &bytes, int pixelSize)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    // Phone cameras' JPEGs say their orientation in EXIF.
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull()) {
        return {};
    }
    if (image.width() > pixelSize || image.height() > pixelSize) {
        image = image.scaled(pixelSize, pixelSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    // The format the raster paint engine draws fastest.
    return image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
}

} // namespace

PhotoCache::PhotoCache(Net::HttpClient *http, Net::TokenProvider *tokens, const QUrl &graphApi,
                       const QString &directory, const Core::Clock *clock, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_tokens(tokens)
    , m_graphApi(graphApi)
    , m_directory(directory)
    , m_clock(clock ? clock : (http && http->clock() ? http->clock() : Core::Clock::system()))
{
    Q_ASSERT(m_http);
    m_images.setMaxCost(m_options.memoryCapacity);
}

PhotoCache::~PhotoCache()
{
    // Requests still on the wire are of no use to anyone now.
    for (Net::RequestHandle &handle : m_inFlight) {
        handle.cancel();
    }
}

QString PhotoCache::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/photos"_s;
}

void PhotoCache::setOptions(const Options &options)
{
    m_options = options;
    m_options.pixelSize = qMax(1, m_options.pixelSize);
    m_options.maxInFlight = qMax(1, m_options.maxInFlight);
    m_options.maxQueued = qMax(1, m_options.maxQueued);
    m_images.setMaxCost(qMax(1, m_options.memoryCapacity));
    pump();
}

qint64 PhotoCache::nowMs() const
{
    return m_clock->msecsSinceEpoch();
}

// A hash, not the id: the id comes from the server and must not steer the path.
QString PhotoCache::fileStem(const QString &id) const
{
    return m_directory + u'/' +
           QString::fromLatin1(
                   QCryptographicHash::hash(id.toUtf8(), QCryptographicHash::Sha1).toHex());
}

bool PhotoCache::isStale(qint64 storedAtMs) const
{
    return nowMs() - storedAtMs >= qint64(m_options.refreshAfter.count()) * 1000;
}

QImage PhotoCache::photo(const QString &id)
{
    if (const Cached *cached = m_images.object(id)) {
        return cached->image;
    }
    if (id.isEmpty() || m_missingSinceMs.contains(id)) {
        return {};
    }
    const QString path = imagePath(id);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const qint64 storedAtMs = file.fileTime(QFileDevice::FileModificationTime).toMSecsSinceEpoch();
    const QImage image = decode(file.readAll(), m_options.pixelSize);
    file.close();
    if (image.isNull()) {
        // A damaged file (a crash while writing, a disk error): fetch it again next time.
        qCWarning(lcTeams) << "photo cache: an unreadable image file was deleted";
        QFile::remove(path);
        return {};
    }
    m_images.insert(id, new Cached{image, storedAtMs});
    return image;
}

PhotoCache::Status PhotoCache::request(const QString &id)
{
    if (id.isEmpty()) {
        return Status::Missing;
    }
    if (m_inFlight.contains(id)) {
        return Status::Pending;
    }
    if (m_queued.contains(id)) {
        // Wanted again: it is on screen now, so it moves to the front of the line.
        enqueue(id);
        return Status::Pending;
    }
    if (const Cached *cached = m_images.object(id)) {
        if (isStale(cached->storedAtMs)) {
            enqueue(id);
        }
        return Status::Available;
    }
    const qint64 now = nowMs();
    if (const auto missing = m_missingSinceMs.constFind(id); missing != m_missingSinceMs.cend()) {
        if (now - *missing < qint64(m_options.recheckMissingAfter.count()) * 1000) {
            return Status::Missing;
        }
        m_missingSinceMs.erase(missing);
    }
    if (const auto failed = m_failedAtMs.constFind(id); failed != m_failedAtMs.cend()) {
        if (now - *failed < qint64(m_options.retryFailedAfter.count()) * 1000) {
            return Status::Failed;
        }
        m_failedAtMs.erase(failed);
    }
    const QFileInfo image(imagePath(id));
    if (image.exists()) {
        if (isStale(image.lastModified().toMSecsSinceEpoch())) {
            enqueue(id);
        }
        return Status::Available;
    }
    const QFileInfo missing(missingPath(id));
    if (missing.exists()) {
        const qint64 since = missing.lastModified().toMSecsSinceEpoch();
        if (now - since < qint64(m_options.recheckMissingAfter.count()) * 1000) {
            m_missingSinceMs.insert(id, since);
            return Status::Missing;
        }
    }
    enqueue(id);
    return Status::Pending;
}

void PhotoCache::cancelQueued()
{
    m_queue.clear();
    m_queued.clear();
}

void PhotoCache::enqueue(const QString &id)
{
    if (m_inFlight.contains(id)) {
        return;
    }
    if (m_queued.contains(id)) {
        m_queue.erase(std::find(m_queue.begin(), m_queue.end(), id));
    } else {
        m_queued.insert(id);
    }
    m_queue.push_back(id);
    while (qsizetype(m_queue.size()) > m_options.maxQueued) {
        m_queued.remove(m_queue.front());
        m_queue.pop_front();
    }
    // Sent from the event loop: the caller (a paint, a scroll) finishes first, and everything
    // it asks for in one go is queued before the newest of it is sent.
    if (!m_pumpScheduled) {
        m_pumpScheduled = true;
        QMetaObject::invokeMethod(
                this,
                [this] {
                    m_pumpScheduled = false;
                    pump();
                },
                Qt::QueuedConnection);
    }
}

void PhotoCache::pump()
{
    while (m_inFlight.size() < m_options.maxInFlight && !m_queue.empty()) {
        const QString id = m_queue.back();
        m_queue.pop_back();
        m_queued.remove(id);
        send(id);
    }
}

void PhotoCache::send(const QString &id)
{
    const QUrl url =
            below(m_graphApi, u"users/"_s + QString::fromLatin1(QUrl::toPercentEncoding(id)) +
                                      u"/photo/$value"_s);
    Net::ApiRequest request = Net::ApiRequest::get(url).expecting(Net::ApiRequest::Expect::Raw);
    if (m_tokens) {
        request.withAuth(m_tokens);
    }
    m_inFlight.insert(id, m_http->send(request, this, [this, id](const Net::ApiResult &result) {
        finished(id, result);
    }));
}

void PhotoCache::finished(const QString &id, const Net::ApiResult &result)
{
    m_inFlight.remove(id);
    if (result.ok()) {
        stored(id, result.bytes());
    } else if (result.status() == 404) {
        // ImageNotFound: no photo. (A user that no longer exists is the same for the panel.)
        markMissing(id);
    } else if (result.error().kind() != Net::ApiError::Kind::Cancelled) {
        m_failedAtMs.insert(id, nowMs());
        qCInfo(lcTeams).noquote() << u"photo cache: a photo request failed (%1 %2); asking "
                                     "again in %3 s at the earliest"_s
                                             .arg(Net::ApiError::kindName(result.error().kind()))
                                             .arg(result.status())
                                             .arg(m_options.retryFailedAfter.count());
    }
    pump();
}

void PhotoCache::stored(const QString &id, const QByteArray &bytes)
{
    const QImage image = decode(bytes, m_options.pixelSize);
    if (image.isNull()) {
        // Not an image we can read: as good as none for now, but ask again later.
        m_failedAtMs.insert(id, nowMs());
        qCWarning(lcTeams).noquote()
                << u"photo cache: Graph sent a photo that cannot be decoded (%1 bytes)"_s.arg(
                           bytes.size());
        return;
    }
    const qint64 now = nowMs();
    // The original bytes go to disk (the panel's size may change); a failed write only costs
    // a fetch at the next start.
    if (!writeFile(imagePath(id), bytes)) {
        qCWarning(lcTeams) << "photo cache: cannot write to the photo folder";
    }
    QFile::remove(missingPath(id));
    m_missingSinceMs.remove(id);
    m_failedAtMs.remove(id);
    m_images.insert(id, new Cached{image, now});
    Q_EMIT photoReady(id);
}

void PhotoCache::markMissing(const QString &id)
{
    // The person may have removed the photo they had.
    m_images.remove(id);
    QFile::remove(imagePath(id));
    m_missingSinceMs.insert(id, nowMs());
    if (!writeFile(missingPath(id), {})) {
        qCWarning(lcTeams) << "photo cache: cannot write to the photo folder";
    }
    Q_EMIT photoMissing(id);
}

bool PhotoCache::writeFile(const QString &path, const QByteArray &bytes)
{
    if (!QDir().mkpath(m_directory)) {
        return false;
    }
    // All or nothing: a crash mid-write leaves the old file (or none), never half an image.
    QSaveFile save(path);
    if (!save.open(QIODevice::WriteOnly) || save.write(bytes) != bytes.size() || !save.commit()) {
        return false;
    }
    QFile file(path);
    return file.open(QIODevice::ReadWrite) &&
           file.setFileTime(m_clock->now(), QFileDevice::FileModificationTime);
}

} // namespace AgentDesk::Teams
