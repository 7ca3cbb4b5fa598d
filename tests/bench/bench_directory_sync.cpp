// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The colleagues panel's first directory sync and an unchanged delta, through Teams::
// DirectorySync and the app's HTTP layer, against the in-process simulator over loopback
// (100,000 people by default), and prints:
//   sync_100k_s                first sync: delta anchor, every /users page, every person read
//                              (phone numbers through libphonenumber) until fullSyncFinished
//   sync_100k_requests         requests that took
//   sync_100k_people           people kept (enabled members with a business phone)
//   delta_unchanged_requests   requests of a delta round when nothing changed (from the
//                              simulator's request log)
// Usage: bench_directory_sync [users]
#include <core/clock.h>
#include <net/httpclient.h>
#include <teams/directorysync.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>

#include <cstdio>
#include <support/faketokenprovider.h>
#include <support/simfixture.h>

using namespace Qt::StringLiterals;
using namespace AgentDesk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int users = argc > 1 ? QByteArray(argv[1]).toInt() : 100'000;

    Sim::Scenario scenario = Sim::Scenario::defaults();
    scenario.setDirectorySize(users);
    Test::SimFixture sim(std::move(scenario));
    Test::FakeTokenProvider tokens(
            QString::fromLatin1(sim.token(u"graph"_s, u"ana.souza@contoso.example"_s)));
    QNetworkAccessManager network;
    Net::HttpClient http(&network, Core::Clock::system());
    Teams::DirectorySync sync(&http, &tokens, sim.url(u"/v1.0"_s), u"US"_s, Core::Clock::system());

    bool failed = false;
    qsizetype people = 0;
    QObject::connect(&sync, &Teams::DirectorySync::failed, &app, [&](const QString &message) {
        std::fprintf(stderr, "sync failed: %s\n", qPrintable(message));
        failed = true;
        app.quit();
    });
    QObject::connect(&sync, &Teams::DirectorySync::fullSyncFinished, &app,
                     [&](const QList<Core::Colleague> &kept) {
                         people = kept.size();
                         app.quit();
                     });
    QObject::connect(&sync, &Teams::DirectorySync::deltaFinished, &app, [&] { app.quit(); });

    const auto lastSequence = [&sim] {
        const QJsonArray all = sim.requests();
        return all.isEmpty() ? qint64(0) : all.last()[u"sequence"_s].toInteger();
    };

    qint64 before = lastSequence();
    QElapsedTimer timer;
    timer.start();
    sync.syncNow();
    app.exec();
    const double syncSeconds = double(timer.elapsed()) / 1000.0;
    if (failed) {
        return 1;
    }
    const qsizetype syncRequests = sim.requestsTo(u"^/v1\\.0/"_s, before).size();

    before = lastSequence();
    sync.syncNow();
    app.exec();
    if (failed) {
        return 1;
    }
    const qsizetype deltaRequests = sim.requestsTo(u"^/v1\\.0/"_s, before).size();

    const int thousands = users / 1000;
    std::printf("sync_%dk_s %.2f s\n", thousands, syncSeconds);
    std::printf("sync_%dk_requests %lld requests\n", thousands,
                static_cast<long long>(syncRequests));
    std::printf("sync_%dk_people %lld people\n", thousands, static_cast<long long>(people));
    std::printf("delta_unchanged_requests %lld requests\n", static_cast<long long>(deltaRequests));
    return 0;
}
