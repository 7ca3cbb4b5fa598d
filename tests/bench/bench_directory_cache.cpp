// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The directory's SQLite cache with 100,000 people (by default): the simulator's generated
// tenant, filtered as the directory sync does (enabled members with a business phone; enough
// are generated for the count to remain), phones read with libphonenumber, a few as
// contact-center agents. Prints:
//   cache_write_ms   DirectoryCache::replaceAll() of everyone (one transaction), after a sync
//   cache_delta_ms   DirectoryCache::apply() of 1,000 changed, 100 removed and 100 new people
//   cold_start_ms    a fresh process opens the cache, loads it, builds the SearchIndex and
//                    lists the first screen: the time until the panel could show results.
//                    The file's pages are dropped from the OS cache first (fadvise), so the
//                    read comes from the disk, as after a reboot. Also split into
//                    cold_start_load_ms (open + load) and cold_start_index_ms (SearchIndex +
//                    first screen), and cold_start_cpu_ms: the CPU time of it all, the figure
//                    to compare on a machine busy with other work.
//   rss_mb           resident memory (VmRSS) of that process then: QtCore, QtSql, SQLite and
//                    the data (100,000 Colleagues + SearchIndex). The app process adds widgets,
//                    QtGui, WebEngine..., so this is the data's part of the 150 MB goal.
//   rss_base_mb      the same process before loading, for comparison.
// Usage: bench_directory_cache [people]
#include "benchsupport.h"

#include <core/colleague.h>
#include <core/colleaguenumbers.h>
#include <core/searchindex.h>
#include <sim/directorygenerator.h>
#include <teams/directorycache.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using namespace AgentDesk;

using namespace AgentDesk::Bench;

namespace {

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// The child process: a cold start from the cache file.
int coldStart(const QString &path)
{
    const double baseMb = residentMb();
    const double cpuStartMs = cpuMs();
    QElapsedTimer timer;
    timer.start();
    Teams::DirectoryCache cache(path);
    if (!cache.open()) {
        std::fprintf(stderr, "cannot open the cache\n");
        return 1;
    }
    const Teams::DirectoryCache::Snapshot snapshot = cache.load();
    const double loadMs = msSince(timer);
    const Core::SearchIndex index(snapshot.colleagues);
    // The panel's first screen: everyone, in order.
    const QList<int> firstScreen = index.search(u""_s);
    const double coldMs = msSince(timer);
    const double coldCpuMs = cpuMs() - cpuStartMs;
    const double rssMb = residentMb();

    std::printf("cold_start_people %lld people\n",
                static_cast<long long>(snapshot.colleagues.size()));
    std::printf("cold_start_load_ms %.1f ms\n", loadMs);
    std::printf("cold_start_index_ms %.1f ms\n", coldMs - loadMs);
    std::printf("cold_start_ms %.1f ms\n", coldMs);
    std::printf("cold_start_cpu_ms %.1f ms\n", coldCpuMs);
    std::printf("rss_base_mb %.1f MB\n", baseMb);
    std::printf("rss_mb %.1f MB\n", rssMb);
    std::fflush(stdout);
    std::fprintf(stderr,
                 "# rss_mb is this benchmark process (QtCore, QtSql, the %lld people and their "
                 "search index), not the app: the app adds its UI libraries. It is the data's "
                 "part of the 150 MB goal.\n",
                 static_cast<long long>(snapshot.colleagues.size()));
    return firstScreen.size() == snapshot.colleagues.size() && !snapshot.deltaLink.isEmpty() ? 0
                                                                                             : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() > 2 && args.at(1) == u"--cold-start") {
        return coldStart(args.at(2));
    }
    const int people = args.size() > 1 ? args.at(1).toInt() : 100'000;

    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "no temporary folder\n");
        return 1;
    }
    const QString path = dir.filePath(u"directory.sqlite"_s);
    // 100 more: the joiners of the delta below, which has as many leavers.
    QList<Core::Colleague> colleagues = directory(people + 100);
    const QList<Core::Colleague> joiners = colleagues.mid(people);
    colleagues.resize(people);
    if (joiners.size() != 100) {
        std::fprintf(stderr, "the generated tenant has too few people\n");
        return 1;
    }

    QElapsedTimer timer;
    {
        Teams::DirectoryCache cache(path);
        if (!cache.open()) {
            std::fprintf(stderr, "cannot create the cache\n");
            return 1;
        }
        timer.start();
        const bool written = cache.replaceAll(
                colleagues, u"https://graph.microsoft.com/v1.0/users/delta?$deltatoken=1"_s);
        const double writeMs = msSince(timer);

        // A busy day's delta: 1,000 people changed (every tenth), 100 left, 100 joined.
        QList<Core::Colleague> changed;
        QStringList removed;
        for (qsizetype i = 0; i < colleagues.size() && changed.size() < 1000; i += 10) {
            Core::Colleague c = colleagues.at(i);
            c.jobTitle += u" II"_s;
            changed.append(c);
        }
        for (qsizetype i = 5; i < colleagues.size() && removed.size() < 100; i += 997) {
            removed.append(colleagues.at(i).id);
        }
        changed.append(joiners);
        timer.restart();
        const bool applied = cache.apply(
                changed, removed, u"https://graph.microsoft.com/v1.0/users/delta?$deltatoken=2"_s);
        const double deltaMs = msSince(timer);
        if (!written || !applied) {
            std::fprintf(stderr, "cannot write the cache\n");
            return 1;
        }
        std::printf("cache_people %d people\n", people);
        std::printf("cache_write_ms %.1f ms\n", writeMs);
        std::printf("cache_delta_ms %.1f ms\n", deltaMs);
        std::printf("cache_file_mb %.1f MB\n", double(QFile(path).size()) / (1024.0 * 1024.0));
        std::fflush(stdout);
    }
    colleagues.clear();
    evictFromOsCache(path);

    // A fresh process, so its memory holds only what a cold start loads.
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(QCoreApplication::applicationFilePath(), {u"--cold-start"_s, path});
    if (!child.waitForFinished(120'000) || child.exitStatus() != QProcess::NormalExit) {
        std::fprintf(stderr, "the cold start did not finish\n");
        return 1;
    }
    return child.exitCode();
}
