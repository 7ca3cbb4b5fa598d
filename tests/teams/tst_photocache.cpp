// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Profile photos against the in-process simulator (about 15 % of its people have none → 404):
// fetched once, then served from disk by a later instance; "no photo" remembered; duplicate
// wishes coalesced, at most four requests on the wire, the newest wishes first; failures
// retried only later; refreshed when old; never a crash on errors or damaged files.
#include <core/clock.h>
#include <net/httpclient.h>
#include <sim/simdirectory.h>
#include <teams/photocache.h>

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <support/faketokenprovider.h>
#include <support/simfixture.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace AgentDesk;
using Teams::PhotoCache;
using Status = PhotoCache::Status;

class TestPhotoCache final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_sim = std::make_unique<Test::SimFixture>();
        m_tokens = std::make_unique<Test::FakeTokenProvider>(
                QString::fromLatin1(m_sim->token(u"graph"_s, u"ana.souza@contoso.example"_s)));
        QVERIFY(!m_tokens->accessToken().isEmpty());
        m_http = std::make_unique<Net::HttpClient>(
                &m_network, nullptr,
                Net::RetryPolicy{.baseDelay = 5ms, .maxDelay = 20ms, .jitter = [] { return 1.0; }});
        m_clock = std::make_unique<Core::ManualClock>();
    }
    void cleanup()
    {
        m_http.reset();
        m_tokens.reset();
        m_sim.reset();
        m_dir.reset();
    }

    void request_photoOnServer_fetchedOnceThenServedFromDisk()
    {
        const QString id = userIds(true).first();
        QImage first;
        {
            auto cache = newCache();
            QSignalSpy ready(cache.get(), &PhotoCache::photoReady);
            QVERIFY(cache->photo(id).isNull());
            QCOMPARE(cache->request(id), Status::Pending);
            QCOMPARE(ready.count(), 0); // never from inside request()
            QTRY_COMPARE(ready.count(), 1);
            QCOMPARE(ready.at(0).at(0).toString(), id);
            first = cache->photo(id);
            QVERIFY(!first.isNull());
            // The simulator's 96 px photo, shrunk to the panel's size.
            QCOMPARE(first.size(), QSize(64, 64));
            QCOMPARE(cache->request(id), Status::Available);
            QCOMPARE(cache->inFlightCount() + cache->queuedCount(), 0);
        }
        auto later = newCache();
        QSignalSpy ready(later.get(), &PhotoCache::photoReady);
        const QImage fromDisk = later->photo(id);
        QCOMPARE(fromDisk, first);
        QCOMPARE(later->request(id), Status::Available);
        QCOMPARE(later->inFlightCount() + later->queuedCount(), 0);
        QCOMPARE(photoRequests(id).size(), 1);
        QCOMPARE(ready.count(), 0);
        // Files are named by a hash: no id in the folder.
        for (const QString &name : QDir(photoDir()).entryList(QDir::Files)) {
            QVERIFY2(!name.contains(id), qPrintable(name));
        }
    }

    void request_noPhoto_404RememberedUntilRecheck()
    {
        const QString id = userIds(false).first();
        {
            auto cache = newCache();
            QSignalSpy missing(cache.get(), &PhotoCache::photoMissing);
            QSignalSpy ready(cache.get(), &PhotoCache::photoReady);
            QCOMPARE(cache->request(id), Status::Pending);
            QTRY_COMPARE(missing.count(), 1);
            QCOMPARE(missing.at(0).at(0).toString(), id);
            QCOMPARE(ready.count(), 0);
            QVERIFY(cache->photo(id).isNull());
            QCOMPARE(cache->request(id), Status::Missing);
        }
        // A later run remembers it too.
        auto later = newCache();
        QCOMPARE(later->request(id), Status::Missing);
        m_clock->advance(later->options().recheckMissingAfter.count() * 1000 - 1000);
        QCOMPARE(later->request(id), Status::Missing);
        QCOMPARE(photoRequests(id).size(), 1);

        // After a day, asked again: the person may have added a photo since.
        QVERIFY(m_sim->simulator().directory().setHasPhoto(id, true));
        m_clock->advance(2000);
        QSignalSpy ready(later.get(), &PhotoCache::photoReady);
        QCOMPARE(later->request(id), Status::Pending);
        QTRY_COMPARE(ready.count(), 1);
        QVERIFY(!later->photo(id).isNull());
        QCOMPARE(photoRequests(id).size(), 2);
    }

    void request_manyAtOnce_atMostFourOnTheWireAndEachOnce()
    {
        const QStringList ids = userIds(true).mid(0, 12);
        QCOMPARE(ids.size(), 12);
        // Each answer takes at least this long, so requests that arrived within this span of
        // one another were on the wire together.
        constexpr int LatencyMs = 150;
        QVERIFY(m_sim->injectFault({{u"path"_s, u"/photo/"_s},
                                    {u"kind"_s, u"latency"_s},
                                    {u"latencyMs"_s, LatencyMs}}) > 0);
        auto cache = newCache();
        QSignalSpy ready(cache.get(), &PhotoCache::photoReady);
        int maxInFlight = 0;
        connect(cache.get(), &PhotoCache::photoReady, this,
                [&] { maxInFlight = std::max(maxInFlight, cache->inFlightCount()); });
        for (int round = 0; round < 2; ++round) {
            for (const QString &id : ids) {
                QCOMPARE(cache->request(id), Status::Pending);
            }
        }
        QTRY_COMPARE(cache->inFlightCount(), 4);
        QCOMPARE(cache->queuedCount(), 8);
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 12, 20'000);
        QVERIFY(maxInFlight <= 4);

        const QJsonArray wire = m_sim->requestsTo(u"/photo/"_s);
        QCOMPARE(wire.size(), 12); // duplicates coalesced
        QList<QDateTime> arrivals;
        for (const QJsonValue &entry : wire) {
            arrivals.append(QDateTime::fromString(entry.toObject().value(u"time"_s).toString(),
                                                  Qt::ISODateWithMs));
        }
        std::sort(arrivals.begin(), arrivals.end());
        int mostTogether = 0;
        for (qsizetype k = 0; k < arrivals.size(); ++k) {
            int together = 1;
            for (qsizetype i = 0; i < k; ++i) {
                together += arrivals.at(i).msecsTo(arrivals.at(k)) < LatencyMs ? 1 : 0;
            }
            mostTogether = std::max(mostTogether, together);
        }
        QVERIFY2(mostTogether <= 4, qPrintable(QString::number(mostTogether)));
        // And they did run side by side.
        QVERIFY2(mostTogether >= 2, qPrintable(QString::number(mostTogether)));
    }

    void request_moreThanQueueHolds_newestFirstOldestDropped()
    {
        const QStringList ids = userIds(true).mid(0, 6);
        QVERIFY(m_sim->injectFault({{u"path"_s, u"/photo/"_s},
                                    {u"kind"_s, u"latency"_s},
                                    {u"latencyMs"_s, 50}}) > 0);
        auto cache = newCache();
        PhotoCache::Options options;
        options.maxInFlight = 1;
        options.maxQueued = 2;
        cache->setOptions(options);
        QSignalSpy ready(cache.get(), &PhotoCache::photoReady);
        for (const QString &id : ids) {
            QCOMPARE(cache->request(id), Status::Pending);
        }
        // Scrolled past: only the last two wishes are kept.
        QCOMPARE(cache->queuedCount(), 2);
        QTRY_COMPARE(ready.count(), 2);
        QCOMPARE(ready.at(0).at(0).toString(), ids.at(5));
        QCOMPARE(ready.at(1).at(0).toString(), ids.at(4));
        QCOMPARE(m_sim->requestsTo(u"/photo/"_s).size(), 2);
        // A dropped one is simply asked for again when it is back on screen.
        QCOMPARE(cache->request(ids.at(0)), Status::Pending);
        QTRY_COMPARE(ready.count(), 3);
    }

    void cancelQueued_dropsWishesNotYetSent()
    {
        const QStringList ids = userIds(true).mid(0, 3);
        auto cache = newCache();
        for (const QString &id : ids) {
            cache->request(id);
        }
        cache->cancelQueued();
        QCOMPARE(cache->queuedCount(), 0);
        QSignalSpy ready(cache.get(), &PhotoCache::photoReady);
        QCOMPARE(cache->request(ids.at(1)), Status::Pending);
        QTRY_COMPARE(ready.count(), 1);
        QCOMPARE(m_sim->requestsTo(u"/photo/"_s).size(), 1);
    }

    void request_serverError_noCrashRetriedOnlyLater_data()
    {
        QTest::addColumn<QJsonObject>("fault");
        QTest::newRow("500") << QJsonObject{{u"kind"_s, u"status"_s}, {u"status"_s, 500}};
        QTest::newRow("403") << QJsonObject{{u"kind"_s, u"status"_s}, {u"status"_s, 403}};
        QTest::newRow("503 every time")
                << QJsonObject{{u"kind"_s, u"status"_s}, {u"status"_s, 503}};
        QTest::newRow("connection dropped") << QJsonObject{{u"kind"_s, u"drop"_s}};
        QTest::newRow("not an image") << QJsonObject{{u"kind"_s, u"malformed"_s}};
    }
    void request_serverError_noCrashRetriedOnlyLater()
    {
        QFETCH(QJsonObject, fault);
        const QString id = userIds(true).first();
        fault.insert(u"path"_s, u"/photo/"_s);
        QVERIFY(m_sim->injectFault(fault) > 0);
        auto cache = newCache();
        QSignalSpy ready(cache.get(), &PhotoCache::photoReady);
        QSignalSpy missing(cache.get(), &PhotoCache::photoMissing);
        QCOMPARE(cache->request(id), Status::Pending);
        QTRY_COMPARE_WITH_TIMEOUT(cache->inFlightCount() + cache->queuedCount(), 0, 20'000);
        QCOMPARE(ready.count() + missing.count(), 0);
        QVERIFY(cache->photo(id).isNull());
        QVERIFY(QDir(photoDir()).entryList(QDir::Files).isEmpty());
        const qsizetype attempts = photoRequests(id).size();
        QVERIFY(attempts >= 1);

        // Repainting the row does not hammer the server...
        QCOMPARE(cache->request(id), Status::Failed);
        QCOMPARE(cache->inFlightCount() + cache->queuedCount(), 0);
        // ...but after a while it is asked again, and the photo comes.
        m_sim->simulator().faults().clear();
        m_clock->advance(cache->options().retryFailedAfter.count() * 1000);
        QCOMPARE(cache->request(id), Status::Pending);
        QTRY_COMPARE(ready.count(), 1);
        QVERIFY(!cache->photo(id).isNull());
        QCOMPARE(photoRequests(id).size(), attempts + 1);
    }

    void request_oldPhoto_shownWhileRefreshed_thenRemovedWhenGone()
    {
        const QString id = userIds(true).first();
        auto cache = newCache();
        QSignalSpy ready(cache.get(), &PhotoCache::photoReady);
        QSignalSpy missing(cache.get(), &PhotoCache::photoMissing);
        cache->request(id);
        QTRY_COMPARE(ready.count(), 1);

        m_clock->advance(cache->options().refreshAfter.count() * 1000);
        QCOMPARE(cache->request(id), Status::Available);
        QTRY_COMPARE(ready.count(), 2);
        QCOMPARE(photoRequests(id).size(), 2);
        QVERIFY(!cache->photo(id).isNull());

        // The person removed their photo: the old one goes, from memory and disk.
        QVERIFY(m_sim->simulator().directory().setHasPhoto(id, false));
        m_clock->advance(cache->options().refreshAfter.count() * 1000);
        QCOMPARE(cache->request(id), Status::Available);
        QTRY_COMPARE(missing.count(), 1);
        QVERIFY(cache->photo(id).isNull());
        QCOMPARE(cache->request(id), Status::Missing);
        auto later = newCache();
        QVERIFY(later->photo(id).isNull());
        QCOMPARE(later->request(id), Status::Missing);
    }

    void photo_memoryFull_stillServedFromDisk()
    {
        const QStringList ids = userIds(true).mid(0, 5);
        auto cache = newCache();
        PhotoCache::Options options;
        options.memoryCapacity = 2;
        options.pixelSize = 32;
        cache->setOptions(options);
        QSignalSpy ready(cache.get(), &PhotoCache::photoReady);
        for (const QString &id : ids) {
            cache->request(id);
        }
        QTRY_COMPARE(ready.count(), ids.size());
        for (const QString &id : ids) {
            QCOMPARE(cache->photo(id).size(), QSize(32, 32));
            QCOMPARE(cache->request(id), Status::Available);
        }
        QCOMPARE(m_sim->requestsTo(u"/photo/"_s).size(), ids.size());
    }

    void photo_damagedFileOnDisk_fetchedAgain()
    {
        const QString id = userIds(true).first();
        {
            auto cache = newCache();
            QSignalSpy ready(cache.get(), &PhotoCache::photoReady);
            cache->request(id);
            QTRY_COMPARE(ready.count(), 1);
        }
        const QStringList files = QDir(photoDir()).entryList(QDir::Files);
        QCOMPARE(files.size(), 1);
        QFile file(QDir(photoDir()).filePath(files.first()));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("\x89PNG\r\n\x1a\n then nothing useful");
        file.close();

        auto later = newCache();
        QVERIFY(later->photo(id).isNull());
        QSignalSpy ready(later.get(), &PhotoCache::photoReady);
        QCOMPARE(later->request(id), Status::Pending);
        QTRY_COMPARE(ready.count(), 1);
        QVERIFY(!later->photo(id).isNull());
    }

    void request_unwritableFolder_photoStillShown()
    {
        QFile blocker(m_dir->filePath(u"blocker"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString id = userIds(true).first();
        const QString noShow = userIds(false).first();
        PhotoCache cache(m_http.get(), m_tokens.get(), m_sim->url(u"/v1.0"_s),
                         m_dir->filePath(u"blocker/photos"_s), m_clock.get());
        QSignalSpy ready(&cache, &PhotoCache::photoReady);
        QSignalSpy missing(&cache, &PhotoCache::photoMissing);
        cache.request(id);
        cache.request(noShow);
        QTRY_COMPARE(ready.count(), 1);
        QTRY_COMPARE(missing.count(), 1);
        QVERIFY(!cache.photo(id).isNull());
        QCOMPARE(cache.request(noShow), Status::Missing);
    }

    void destroy_requestsInFlight_noCrashNoSignal()
    {
        QVERIFY(m_sim->injectFault({{u"path"_s, u"/photo/"_s},
                                    {u"kind"_s, u"latency"_s},
                                    {u"latencyMs"_s, 200}}) > 0);
        auto cache = newCache();
        int emitted = 0;
        connect(cache.get(), &PhotoCache::photoReady, this, [&emitted] { ++emitted; });
        for (const QString &id : userIds(true).mid(0, 6)) {
            cache->request(id);
        }
        QTRY_COMPARE(cache->inFlightCount(), 4);
        QTRY_COMPARE(m_sim->requestsTo(u"/photo/"_s).size(), 4);
        cache.reset();
        // The simulator still answers the aborted requests after their latency; nothing is
        // left to receive them, and the HTTP client goes on working.
        const auto answered = [this] {
            const QJsonArray wire = m_sim->requestsTo(u"/photo/"_s);
            return std::all_of(wire.begin(), wire.end(), [](const QJsonValue &entry) {
                return entry.toObject().value(u"status"_s).toInt() != 0;
            });
        };
        QTRY_VERIFY(answered());
        QCOMPARE(m_sim->requestsTo(u"/photo/"_s).size(), 4);
        QCOMPARE(emitted, 0);
        auto next = newCache();
        QSignalSpy ready(next.get(), &PhotoCache::photoReady);
        next->request(userIds(true).first());
        QTRY_COMPARE(ready.count(), 1);
    }

    void request_emptyId_isMissingWithoutRequest()
    {
        auto cache = newCache();
        QCOMPARE(cache->request(QString()), Status::Missing);
        QVERIFY(cache->photo(QString()).isNull());
        QCOMPARE(cache->queuedCount(), 0);
    }

    void request_idWithAwkwardCharacters_staysInItsPathSegment()
    {
        auto cache = newCache();
        QSignalSpy missing(cache.get(), &PhotoCache::photoMissing);
        QCOMPARE(cache->request(u"../me/x?y#z"_s), Status::Pending);
        QTRY_COMPARE(missing.count(), 1); // Graph: no such user
        const QJsonArray wire = m_sim->requestsTo(u"/photo/"_s);
        QCOMPARE(wire.size(), 1);
        QCOMPARE(wire.at(0).toObject().value(u"path"_s).toString(),
                 u"/v1.0/users/../me/x?y#z/photo/$value"_s);
    }

private:
    std::unique_ptr<PhotoCache> newCache()
    {
        return std::make_unique<PhotoCache>(m_http.get(), m_tokens.get(), m_sim->url(u"/v1.0"_s),
                                            photoDir(), m_clock.get());
    }
    QString photoDir() const { return m_dir->filePath(u"photos"_s); }

    // Enabled members of the simulated tenant with (or without) a photo.
    QStringList userIds(bool withPhoto)
    {
        QStringList ids;
        for (const Sim::SimUser &user : m_sim->simulator().directory().users()) {
            if (user.hasPhoto == withPhoto && user.accountEnabled && !user.guest) {
                ids.append(user.id);
            }
        }
        return ids;
    }
    QJsonArray photoRequests(const QString &id)
    {
        return m_sim->requestsTo(u"^/v1\\.0/users/"_s + QRegularExpression::escape(id) +
                                 u"/photo/\\$value$"_s);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Test::SimFixture> m_sim;
    QNetworkAccessManager m_network;
    std::unique_ptr<Test::FakeTokenProvider> m_tokens;
    std::unique_ptr<Net::HttpClient> m_http;
    std::unique_ptr<Core::ManualClock> m_clock;
};

QTEST_GUILESS_MAIN(TestPhotoCache)
#include "tst_photocache.moc"
