// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Pages the whole Teams directory (100,000 people by default) from the simulator over
// loopback through the app's HTTP layer, the way the first directory sync will, and prints:
//   sim_directory_100k_ms   time to generate the tenant and start listening
//   graph_paging_100k_s     time to fetch every page with $top=999
//   graph_paging_requests   requests needed
// Usage: bench_directory_paging [users]
#include <core/clock.h>
#include <net/apirequest.h>
#include <net/httpclient.h>

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

    QElapsedTimer timer;
    timer.start();
    Sim::Scenario scenario = Sim::Scenario::defaults();
    scenario.setDirectorySize(users);
    Test::SimFixture sim(std::move(scenario));
    const qint64 startMs = timer.elapsed();

    Test::FakeTokenProvider token(
            QString::fromLatin1(sim.token(u"graph"_s, u"ana.souza@contoso.example"_s)));
    QNetworkAccessManager network;
    Net::HttpClient http(&network, Core::Clock::system());

    int requests = 0;
    qsizetype people = 0;
    bool failed = false;
    std::function<void(const QUrl &)> fetch = [&](const QUrl &url) {
        ++requests;
        http.send(Net::ApiRequest::get(url).withAuth(&token), &app,
                  [&](const Net::ApiResult &result) {
                      if (!result.ok()) {
                          std::fprintf(stderr, "page failed: %s\n",
                                       qPrintable(result.error().message()));
                          failed = true;
                          app.quit();
                          return;
                      }
                      people += result.object().value(u"value"_s).toArray().size();
                      const QString next = result.object().value(u"@odata.nextLink"_s).toString();
                      if (next.isEmpty()) {
                          app.quit();
                      } else {
                          fetch(QUrl(next));
                      }
                  });
    };
    timer.restart();
    fetch(sim.url(u"/v1.0/users?$select=id,displayName,mail,jobTitle,department,businessPhones,"
                  u"mobilePhone,userType,accountEnabled"
                  u"&$filter=userType eq 'Member' and accountEnabled eq true&$top=999"_s));
    app.exec();
    const double pagingSeconds = double(timer.elapsed()) / 1000.0;
    if (failed) {
        return 1;
    }
    std::printf("sim_directory_%dk_ms %lld ms\n", users / 1000, static_cast<long long>(startMs));
    std::printf("graph_paging_%dk_s %.2f s\n", users / 1000, pagingSeconds);
    std::printf("graph_paging_requests %d requests\n", requests);
    std::printf("graph_paging_people %lld people\n", static_cast<long long>(people));
    return 0;
}
