// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The desktop's own process with 100,000 colleagues (by default) in the directory cache: a
// fresh process builds the real main window and session, starts the colleagues service (its
// Graph address answers nothing, so only the cache can fill the panel) and waits until the
// Colleagues dock has painted its first rows. Prints:
//   cold_start_app_ms  process start (main) to the painted panel, cache read from disk
//   rss_app_mb         resident memory (VmRSS) of that process then: Qt Widgets, WebEngine's
//                      libraries, the window, the 100,000 people, their search index and the
//                      proxy the list shows; the goal is 150 MB
// Usage: bench_app_panel [people]
#include "benchsupport.h"

#include <auth/memorytokenstore.h>
#include <core/clock.h>
#include <net/httpclient.h>
#include <session/colleaguesearchmodel.h>
#include <session/sessioncontext.h>
#include <teams/directorycache.h>
#include <ui/colleaguespanel.h>
#include <ui/mainwindow.h>

#include <QApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <support/faketokenprovider.h>

using namespace Qt::StringLiterals;
using namespace AgentDesk;

namespace {

const QString Account = u"bench@contoso.example"_s;
const QString Tenant = u"contoso.example"_s;

int coldStart(QElapsedTimer &sinceMain, const QString &settingsPath)
{
    QSettings settings(settingsPath, QSettings::IniFormat);
    Auth::MemoryTokenStore store;
    // Nothing listens on the discard port: the sync fails at once and the cache is all there is.
    const QUrl nowhere(u"http://127.0.0.1:9"_s);
    Session::SessionContext session(Core::ServiceEndpoints::onOneOrigin(nowhere), &store, &settings,
                                    Core::Clock::system());
    Ui::MainWindow window;
    window.attachSession(&session);
    window.findChild<QDockWidget *>(u"colleaguesDock"_s)->show();
    window.show();

    QNetworkAccessManager network;
    Net::HttpClient http(&network, Core::Clock::system());
    Test::FakeTokenProvider tokens(u"bench"_s);
    session.colleagues().start({Account, Tenant, QUrl(u"http://127.0.0.1:9/v1.0"_s), u"US"_s},
                               &http, &tokens);
    Ui::ColleaguesPanel *panel = window.colleaguesPanel();
    while (panel->results()->rowCount() == 0) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    // The first rows painted (with their photos' initials and presence dots).
    window.grab();
    const qint64 ms = sinceMain.elapsed();
    std::printf("cold_start_app_people %d people\n", int(panel->results()->rowCount()));
    std::printf("cold_start_app_ms %lld ms\n", static_cast<long long>(ms));
    std::printf("rss_app_mb %.1f MB\n", Bench::residentMb());

    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    if (args.size() > 2 && args.at(1) == u"--child"_s) {
        return coldStart(sinceMain, args.at(2));
    }

    const int people = args.size() > 1 ? args.at(1).toInt() : 100'000;
    const QString path = Teams::DirectoryCache::pathFor(Account, Tenant);
    {
        Teams::DirectoryCache cache(path);
        if (!cache.open() || !cache.replaceAll(Bench::directory(people), u"delta"_s)) {
            std::fprintf(stderr, "bench_app_panel: cannot write %s\n", qPrintable(path));
            return 1;
        }
    }
    Bench::evictFromOsCache(path);
    QTemporaryDir dir;
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(QCoreApplication::applicationFilePath(),
                {u"--child"_s, dir.filePath(u"settings.ini"_s)});
    if (!child.waitForFinished(120'000) || child.exitStatus() != QProcess::NormalExit) {
        std::fprintf(stderr, "bench_app_panel: the measured process failed\n");
        return 1;
    }
    QFile::remove(path);
    return child.exitCode();
}
