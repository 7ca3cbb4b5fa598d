// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The colleagues search per keystroke over the simulator's directory (100,000 people by
// default: the names, departments and titles a tenant really has, in a dozen scripts). Types
// realistic queries one character at a time through SearchIndex, then the same keystrokes
// through a plain QSortFilterProxyModel with a case-insensitive regular expression over
// "name department title", and prints:
//   search_index_build_ms   SearchIndex::rebuild() of the whole directory
//   search_p50_ms           median time of one keystroke (fold the query, match, rank)
//   search_p99_ms           99th percentile of the same
//   search_baseline_p50_ms  the proxy model's median for the same keystrokes
//   search_baseline_p99_ms  and its 99th percentile
//   search_speedup          baseline mean / SearchIndex mean
// Usage: bench_search [people]
#include <core/colleague.h>
#include <core/searchindex.h>
#include <sim/directorygenerator.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QStringListModel>

#include <algorithm>
#include <cstdio>
#include <numeric>
#include <vector>

using namespace Qt::StringLiterals;
using namespace AgentDesk;

namespace {

// What agents type, each replayed as its successive prefixes.
const QStringList &queries()
{
    static const QStringList list = {
            u"ana"_s,
            u"josé"_s,
            u"sales ana"_s,
            u"佐藤"_s,
            u"さくら"_s,
            u"tech sup"_s,
            u"billing"_s,
            u"o'"_s,
            u"mar"_s,
            u"サクラ"_s,
            u"conceição"_s,
            u"claims"_s,
            u"müller"_s,
            u"customer care lead"_s,
            u"王"_s,
            u"nunez"_s,
            u"senior support"_s,
    };
    return list;
}

QStringList keystrokes()
{
    QStringList typed;
    for (const QString &query : queries()) {
        for (qsizetype length = 1; length <= query.size(); ++length) {
            typed.append(query.left(length));
        }
    }
    return typed;
}

double percentile(std::vector<double> samples, double p)
{
    std::sort(samples.begin(), samples.end());
    const auto index = std::min(samples.size() - 1, size_t(p * double(samples.size())));
    return samples[index];
}

double mean(const std::vector<double> &samples)
{
    return std::accumulate(samples.begin(), samples.end(), 0.0) / double(samples.size());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int people = argc > 1 ? QByteArray(argv[1]).toInt() : 100'000;

    const std::vector<Sim::SimUser> users =
            Sim::DirectoryGenerator::generate(people, 42, u"contoso.example"_s);
    QList<Core::Colleague> colleagues;
    colleagues.reserve(qsizetype(users.size()));
    QStringList lines;
    lines.reserve(qsizetype(users.size()));
    for (const Sim::SimUser &user : users) {
        Core::Colleague colleague;
        colleague.id = user.id;
        colleague.displayName = user.displayName;
        colleague.jobTitle = user.jobTitle;
        colleague.department = user.department;
        colleague.mail = user.mail;
        colleague.businessPhone = user.businessPhones.value(0);
        colleagues.append(colleague);
        lines.append(user.displayName + u' ' + user.department + u' ' + user.jobTitle);
    }

    QElapsedTimer timer;
    timer.start();
    Core::SearchIndex index(colleagues);
    const double buildMs = double(timer.nsecsElapsed()) / 1e6;
    for (qsizetype row = 0; row < index.size(); ++row) {
        index.setAvailabilityRank(int(row), users[size_t(row)].availabilityIndex);
    }

    const QStringList typed = keystrokes();
    // Enough rounds for a meaningful 99th percentile; the first warms the caches.
    constexpr int Rounds = 30;
    std::vector<double> ours;
    qsizetype found = 0;
    for (int round = 0; round <= Rounds; ++round) {
        for (const QString &query : typed) {
            timer.restart();
            const QList<int> rows = index.search(query);
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            found += rows.size();
            if (round > 0) {
                ours.push_back(ms);
            }
        }
    }
    QStringListModel model(lines);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterRegularExpression(QString());
    proxy.rowCount();
    std::vector<double> baseline;
    for (const QString &query : typed) {
        timer.restart();
        proxy.setFilterRegularExpression(QRegularExpression(
                QRegularExpression::escape(query), QRegularExpression::CaseInsensitiveOption));
        found += proxy.rowCount();
        baseline.push_back(double(timer.nsecsElapsed()) / 1e6);
    }

    std::printf("search_people %d people\n", people);
    std::printf("search_keystrokes %lld keystrokes\n", static_cast<long long>(typed.size()));
    std::printf("search_index_build_ms %.1f ms\n", buildMs);
    std::printf("search_p50_ms %.3f ms\n", percentile(ours, 0.50));
    std::printf("search_p99_ms %.3f ms\n", percentile(ours, 0.99));
    std::printf("search_baseline_p50_ms %.3f ms\n", percentile(baseline, 0.50));
    std::printf("search_baseline_p99_ms %.3f ms\n", percentile(baseline, 0.99));
    std::printf("search_speedup %.1f x\n", mean(baseline) / mean(ours));
    std::fflush(stdout);
    // What each query finds, to see the figures come from real matches.
    for (const QString &query : queries()) {
        std::fprintf(stderr, "# %-20s %lld matches\n", qPrintable(query),
                     static_cast<long long>(index.search(query).size()));
    }

    return found >= 0 ? 0 : 1;
}
