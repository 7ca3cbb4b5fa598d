// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Presence freshness with the consult panel open: the PresencePoller in fast mode watches 50
// visible colleagues among a directory of a few thousand, served by the simulator over loopback
// in real time. The simulator changes one visible person's presence (POST /_sim/presence) N
// times, at moments spread over the poll cycle; each time the clock runs until the poller reports
// the new presence. Prints:
//   presence_fresh_median_s   median time from the change to presencesChanged
//   presence_fresh_max_s      the slowest of the N
//   graph_requests_per_min    getPresencesByUserId requests per minute over at least a minute
//                             of that steady state, from the simulator's request log
// Usage: bench_presence [directory size] [changes]
#include <core/clock.h>
#include <core/presence.h>
#include <net/httpclient.h>
#include <sim/simdirectory.h>
#include <teams/presencepoller.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <support/faketokenprovider.h>
#include <support/simfixture.h>

using namespace Qt::StringLiterals;
using namespace AgentDesk;

namespace {

// Spins the event loop until `done()` or `timeoutMs`; false on timeout.
template<typename Done>
bool runUntil(Done done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs) {
            return false;
        }
        QEventLoop loop;
        QTimer::singleShot(1, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

void waitFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int users = argc > 1 ? QByteArray(argv[1]).toInt() : 3'000;
    const int changes = argc > 2 ? QByteArray(argv[2]).toInt() : 20;
    constexpr int VisibleRows = 50;
    constexpr qint64 MinSteadyMs = 60'000;

    Sim::Scenario scenario = Sim::Scenario::defaults();
    scenario.setDirectorySize(users);
    Test::SimFixture sim(std::move(scenario));
    QStringList people;
    for (const Sim::SimUser &user : sim.simulator().directory().users()) {
        people.append(user.id);
    }
    // The visible rows: a screenful somewhere in the middle of the list.
    const QStringList visible = people.mid(people.size() / 3, VisibleRows);

    Test::FakeTokenProvider token(
            QString::fromLatin1(sim.token(u"graph"_s, u"ana.souza@contoso.example"_s)));
    QNetworkAccessManager network;
    Net::HttpClient http(&network, Core::Clock::system());
    Teams::PresencePoller poller(&http, &token, sim.url(u"/v1.0"_s), Core::Clock::system());
    poller.setPeople(people);
    poller.setPriority(visible);
    poller.setFastMode(true);

    const bool warm = runUntil(
            [&] {
                return std::all_of(visible.cbegin(), visible.cend(),
                                   [&](const QString &id) { return poller.readAt(id).isValid(); });
            },
            10'000);
    if (!warm) {
        std::fprintf(stderr, "the visible rows were never read\n");
        return 1;
    }

    const qint64 steadyFrom = [&] {
        const QJsonArray all = sim.requests();
        return all.isEmpty() ? qint64(0)
                             : qint64(all.last().toObject().value(u"sequence"_s).toInteger());
    }();
    QElapsedTimer steady;
    steady.start();

    const QList<QPair<QString, QString>> presences{{u"Busy"_s, u"InACall"_s},
                                                   {u"Available"_s, u"Available"_s},
                                                   {u"DoNotDisturb"_s, u"Presenting"_s},
                                                   {u"Away"_s, u"Away"_s},
                                                   {u"Busy"_s, u"InAMeeting"_s},
                                                   {u"BeRightBack"_s, u"BeRightBack"_s}};
    QList<double> seconds;
    QString target;
    Core::Presence expected;
    bool seen = false;
    QObject::connect(&poller, &Teams::PresencePoller::presencesChanged, &app,
                     [&](const QStringList &ids) {
                         if (ids.contains(target) && poller.presence(target) == expected) {
                             seen = true;
                         }
                     });
    for (int i = 0; i < changes; ++i) {
        // Changes land at moments spread over the poll cycle, not in step with it.
        waitFor(250 + (i * 733) % 1'700);
        target = visible.at((i * 7) % visible.size());
        const Core::Presence current = poller.presence(target);
        auto pair = presences.at(i % presences.size());
        for (int k = 0; Core::Presence::fromGraph(pair.first, pair.second) == current; ++k) {
            pair = presences.at((i + k + 1) % presences.size());
        }
        expected = Core::Presence::fromGraph(pair.first, pair.second);
        seen = false;
        QElapsedTimer latency;
        latency.start();
        const int status =
                sim.wire()
                        .postJson(sim.url(u"/_sim/presence"_s),
                                  QJsonDocument(QJsonObject{{u"id"_s, target},
                                                            {u"availability"_s, pair.first},
                                                            {u"activity"_s, pair.second}}))
                        .status;
        if (status != 200) {
            std::fprintf(stderr, "the simulator refused the presence change (%d)\n", status);
            return 1;
        }
        if (!runUntil([&] { return seen; }, 15'000)) {
            std::fprintf(stderr, "change %d was never reported\n", i + 1);
            return 1;
        }
        seconds.append(double(latency.nsecsElapsed()) / 1e9);
    }
    // At least a minute of steady state for the request rate (the rest rotates meanwhile).
    if (steady.elapsed() < MinSteadyMs) {
        waitFor(int(MinSteadyMs - steady.elapsed()));
    }
    const double minutes = double(steady.elapsed()) / 60'000.0;
    const qsizetype requests =
            sim.requestsTo(u"/v1\\.0/communications/getPresencesByUserId$"_s, steadyFrom).size();

    std::sort(seconds.begin(), seconds.end());
    const qsizetype n = seconds.size();
    const double median =
            n % 2 ? seconds.at(n / 2) : (seconds.at(n / 2 - 1) + seconds.at(n / 2)) / 2;
    std::printf("presence_fresh_median_s %.2f s\n", median);
    std::printf("presence_fresh_max_s %.2f s\n", seconds.last());
    std::printf("graph_requests_per_min %.1f requests/min\n", double(requests) / minutes);
    return 0;
}
