// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Presence sync, Teams → contact center, end to end in real time: the session as the app wires
// it (SessionContext) signs Ana in to the simulated contact center and Teams over loopback; the
// simulator then changes her own Teams presence (POST /_sim/presence) N times, alternating Do
// not disturb and Available, at moments spread over the 3 s read cycle; each time the clock runs
// until the agent's state controller shows the new state, confirmed by the contact center (read
// /me/presence → PresenceSync → PUT /v1/agents/session/state → AgentStateChangeSuccess on the
// WebSocket). Prints (goal ≤ 5 s):
//   presence_sync_median_s   median delay from the Teams change to the new agent state
//   presence_sync_max_s      the slowest of the N
// Usage: bench_presence_sync [changes]
#include <auth/memorytokenstore.h>
#include <core/clock.h>
#include <session/sessioncontext.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <support/simfixture.h>

using namespace Qt::StringLiterals;
using namespace AgentDesk;

namespace {

const QString kAna = u"ana.souza@contoso.example"_s;
// Ana's profile maps Do not disturb to this idle code (scenarios/default.json).
const QString kDndCode = u"76caa3a8-00cc-495f-af67-e7aa42be36a7"_s;

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
    QStandardPaths::setTestModeEnabled(true);
    const int changes = std::max(1, argc > 1 ? QByteArray(argv[1]).toInt() : 10);

    Sim::Scenario scenario = Sim::Scenario::defaults();
    scenario.setAutoSignIn(kAna);
    Test::SimFixture sim(std::move(scenario));
    const auto setTeams = [&sim](const QString &availability, const QString &activity) {
        return sim.wire()
                .postJson(sim.url(u"/_sim/presence"_s),
                          QJsonDocument(QJsonObject{{u"email"_s, kAna},
                                                    {u"availability"_s, availability},
                                                    {u"activity"_s, activity}}))
                .status;
    };
    setTeams(u"Available"_s, u"Available"_s);

    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"bench.conf"_s), QSettings::IniFormat);
    Auth::MemoryTokenStore store;
    Session::SessionContext session(Core::ServiceEndpoints::onOneOrigin(sim.baseUrl()), &store,
                                    &settings, Core::Clock::system());
    // The browsers the agent would see answer at once: the simulator signs Ana in by itself.
    QObject::connect(&session.login(), &Session::LoginController::browserSignInRequested, &app,
                     [&](const QUrl &url) {
                         session.login().completeBrowserSignIn(
                                 QUrl(QString::fromUtf8(sim.wire().get(url).header("Location"))));
                     });
    QObject::connect(&session.login(), &Session::LoginController::preferencesRequested, &app,
                     [&](const Core::LoginFormRules &rules, Core::InteractionPreferences form) {
                         form = rules.withDevice(form, Core::VoiceDevice::Desktop);
                         form.teamId = rules.profile().teams.first().id;
                         session.login().submitPreferences(rules.validate(form).preferences);
                     });
    QObject::connect(&session.teams(), &Session::TeamsConnection::browserSignInRequested, &app,
                     [&](const QUrl &url, const Session::RedirectMatcher &) {
                         session.teams().completeBrowserSignIn(
                                 QUrl::fromEncoded(sim.wire().get(url).header("Location")));
                     });
    session.login().start();
    const bool ready = runUntil(
            [&] {
                const Session::PresenceSyncController &sync = session.presenceSync();
                return sync.isRunning() && !sync.reader()->userId().isEmpty();
            },
            30'000);
    if (!ready) {
        std::fprintf(stderr, "the session never signed in to Teams\n");
        return 1;
    }
    // Available, by the agent's own choice: the sync follows Teams from there.
    Session::AgentStateController &state = session.state();
    if (!state.requestState({}) ||
        !runUntil([&] { return state.current().available && !state.isChangePending(); }, 10'000)) {
        std::fprintf(stderr, "the agent could not be made Available\n");
        return 1;
    }

    QList<double> seconds;
    for (int i = 0; i < changes; ++i) {
        // Changes land at moments spread over the read cycle, not in step with it.
        waitFor(250 + (i * 733) % 2'700);
        const bool toDnd = i % 2 == 0;
        QElapsedTimer latency;
        latency.start();
        const int status = toDnd ? setTeams(u"DoNotDisturb"_s, u"DoNotDisturb"_s)
                                 : setTeams(u"Available"_s, u"Available"_s);
        if (status != 200) {
            std::fprintf(stderr, "the simulator refused the presence change (%d)\n", status);
            return 1;
        }
        const bool followed = runUntil(
                [&] {
                    const auto &current = state.current();
                    return toDnd ? (!current.available && current.idleCodeId == kDndCode)
                                 : current.available;
                },
                15'000);
        if (!followed) {
            std::fprintf(stderr, "change %d was never followed\n", i + 1);
            return 1;
        }
        seconds.append(double(latency.nsecsElapsed()) / 1e9);
    }

    std::sort(seconds.begin(), seconds.end());
    const qsizetype n = seconds.size();
    const double median =
            n % 2 ? seconds.at(n / 2) : (seconds.at(n / 2 - 1) + seconds.at(n / 2)) / 2;
    std::printf("presence_sync_median_s %.2f s\n", median);
    std::printf("presence_sync_max_s %.2f s\n", seconds.last());
    return 0;
}
