// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The colleagues panel's data against the simulator's Graph over loopback: the first sync fills
// the model, the next start shows the cached directory at once while the delta runs, a delta's
// changes and removals reach the rows, presence reaches the visible rows only as it changes,
// pins put people first, and the models pass QAbstractItemModelTester throughout.
#include <core/clock.h>
#include <core/presence.h>
#include <net/httpclient.h>
#include <session/colleagueroles.h>
#include <session/colleaguesearchmodel.h>
#include <session/colleaguesservice.h>

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <support/faketokenprovider.h>
#include <support/simfixture.h>

using namespace Qt::StringLiterals;
using namespace AgentDesk;
using Session::ColleaguesService;

namespace {
const QString Ana = u"ana.souza@contoso.example"_s;
}

class TestColleaguesService final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::SimFixture> m_sim;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Net::HttpClient> m_http;
    std::unique_ptr<Test::FakeTokenProvider> m_tokens;

    std::unique_ptr<ColleaguesService> makeService()
    {
        return std::make_unique<ColleaguesService>(m_settings.get(), Core::Clock::system());
    }
    ColleaguesService::Account account() const
    {
        return {Ana, u"contoso.example"_s, m_sim->url(u"/v1.0"_s), u"US"_s};
    }
    void start(ColleaguesService &service)
    {
        service.start(account(), m_http.get(), m_tokens.get());
    }
    int control(const QString &path, const QJsonObject &body)
    {
        return m_sim->wire().postJson(m_sim->url(path), QJsonDocument(body)).status;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        // A fresh cache per test: the test-mode cache folder is shared by every run.
        QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).removeRecursively();
        Sim::Scenario scenario = Sim::Scenario::defaults();
        scenario.setDirectorySize(300);
        m_sim = std::make_unique<Test::SimFixture>(std::move(scenario));
        m_settings = std::make_unique<QSettings>(m_dir.filePath(u"c.conf"_s), QSettings::IniFormat);
        m_settings->clear();
        m_network = std::make_unique<QNetworkAccessManager>();
        m_http = std::make_unique<Net::HttpClient>(m_network.get(), Core::Clock::system());
        m_tokens = std::make_unique<Test::FakeTokenProvider>(
                QString::fromLatin1(m_sim->token(u"graph"_s, Ana)));
    }
    void cleanup()
    {
        m_http.reset();
        m_sim.reset();
    }

    void firstStart_syncsDirectory_thenNextStartShowsCacheAtOnce()
    {
        auto service = makeService();
        QAbstractItemModelTester tester(&service->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        Session::ColleagueSearchModel results;
        results.setSourceModel(&service->model());
        QAbstractItemModelTester resultsTester(
                &results, QAbstractItemModelTester::FailureReportingMode::QtTest);

        start(*service);
        QCOMPARE(service->status(), ColleaguesService::Status::Loading);
        QTRY_COMPARE_WITH_TIMEOUT(service->status(), ColleaguesService::Status::Ready, 20'000);
        const int people = service->model().rowCount();
        // 300 generated people, less guests, disabled accounts and people without a phone.
        QVERIFY2(people > 250 && people < 300, qPrintable(QString::number(people)));
        QCOMPARE(results.rowCount(), people);
        service.reset();

        // The next session: the cached people are there before any request is answered.
        auto next = makeService();
        start(*next);
        QCOMPARE(next->model().rowCount(), people);
        QCOMPARE(next->status(), ColleaguesService::Status::Updating);
        QTRY_COMPARE_WITH_TIMEOUT(next->status(), ColleaguesService::Status::Ready, 20'000);
        QCOMPARE(next->model().rowCount(), people);
    }

    void delta_changesAndRemovals_reachTheRows()
    {
        auto service = makeService();
        QAbstractItemModelTester tester(&service->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        start(*service);
        QTRY_COMPARE_WITH_TIMEOUT(service->status(), ColleaguesService::Status::Ready, 20'000);
        const int people = service->model().rowCount();
        const Core::Colleague first = service->model().colleague(0);
        const Core::Colleague second = service->model().colleague(1);

        // A new expert, a new title, and someone who became a guest.
        QCOMPARE(control(u"/_sim/directory/users"_s,
                         {{u"displayName"_s, u"Zélia Expert"_s},
                          {u"mail"_s, u"zelia.expert@contoso.example"_s},
                          {u"department"_s, u"Escalations"_s},
                          {u"businessPhones"_s, QJsonArray{u"+1 425 555 0199"_s}}}),
                 201);
        QCOMPARE(control(u"/_sim/directory/users"_s,
                         {{u"id"_s, first.id}, {u"jobTitle"_s, u"Chief Listener"_s}}),
                 200);
        QCOMPARE(control(u"/_sim/directory/users"_s,
                         {{u"id"_s, second.id}, {u"userType"_s, u"Guest"_s}}),
                 200);
        service->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(service->model().rowOf(second.id) < 0, 20'000);
        QCOMPARE(service->model().rowCount(), people); // one in, one out
        QCOMPARE(service->model().colleague(service->model().rowOf(first.id)).jobTitle,
                 u"Chief Listener"_s);
        const QList<int> found = service->model().searchIndex().search(u"zelia"_s);
        QCOMPARE(found.size(), 1);
        QCOMPARE(service->model().colleague(found.first()).businessPhoneE164, u"+14255550199"_s);
    }

    void presence_visibleRow_changes_onlyThatRowRepaints()
    {
        auto service = makeService();
        start(*service);
        QTRY_COMPARE_WITH_TIMEOUT(service->status(), ColleaguesService::Status::Ready, 20'000);
        Session::ColleaguesModel &model = service->model();
        const QString id = model.colleague(3).id;
        service->setVisible({model.colleague(2).id, id, model.colleague(4).id});
        QTRY_VERIFY_WITH_TIMEOUT(model.index(3).data(Session::PresenceKnownRole).toBool(), 15'000);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const bool wasBusy = model.presence(3).status() == Core::Presence::Status::DoNotDisturb;
        const QString next = wasBusy ? u"Available"_s : u"DoNotDisturb"_s;
        QCOMPARE(control(u"/_sim/presence"_s, {{u"id"_s, id}, {u"availability"_s, next}}), 200);
        QTRY_COMPARE_WITH_TIMEOUT(model.presence(3).status(),
                                  wasBusy ? Core::Presence::Status::Available
                                          : Core::Presence::Status::DoNotDisturb,
                                  15'000);
        // Only that row was reported for its presence.
        for (const QList<QVariant> &signal : std::as_const(changed)) {
            const auto top = signal.at(0).value<QModelIndex>();
            const auto bottom = signal.at(1).value<QModelIndex>();
            const auto roles = signal.at(2).value<QList<int>>();
            if (roles.contains(Session::PresenceStatusRole)) {
                QCOMPARE(top.row(), 3);
                QCOMPARE(bottom.row(), 3);
            }
        }
    }

    void pins_favouriteAndRecent_listedFirst_keptPerAccount()
    {
        auto service = makeService();
        start(*service);
        QTRY_COMPARE_WITH_TIMEOUT(service->status(), ColleaguesService::Status::Ready, 20'000);
        Session::ColleagueSearchModel results;
        results.setSourceModel(&service->model());
        QAbstractItemModelTester tester(&results,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString favourite = service->model().colleague(40).id;
        const QString recent = service->model().colleague(20).id;
        service->pins().setFavourite(favourite, true);
        service->pins().addRecent(recent);
        QCOMPARE(results.index(0, 0).data(Session::ColleagueIdRole).toString(), favourite);
        QCOMPARE(results.index(1, 0).data(Session::ColleagueIdRole).toString(), recent);
        QVERIFY(results.index(0, 0).data(Session::FavouriteRole).toBool());
        QVERIFY(results.index(1, 0).data(Session::RecentRole).toBool());

        // Still there in the next session of the same account.
        service.reset();
        auto next = makeService();
        start(*next);
        QVERIFY(next->pins().isFavourite(favourite));
        QCOMPARE(next->pins().recent(), QStringList{recent});
    }

    void search_filters_departmentAndAvailableOnly()
    {
        auto service = makeService();
        start(*service);
        QTRY_COMPARE_WITH_TIMEOUT(service->status(), ColleaguesService::Status::Ready, 20'000);
        Session::ColleagueSearchModel results;
        results.setSourceModel(&service->model());
        const QString department = service->model().searchIndex().departments().first();
        results.setDepartment(department);
        QVERIFY(results.rowCount() > 0);
        for (int row = 0; row < results.rowCount(); ++row) {
            QCOMPARE(results.index(row, 0).data(Session::DepartmentRole).toString(), department);
        }
        // Before any presence is known nobody counts as available.
        results.setDepartment({});
        results.setAvailableOnly(true);
        QCOMPARE(results.rowCount(), 0);
        QStringList everyone = service->model().ids();
        service->setVisible(everyone.mid(0, 50));
        QTRY_VERIFY_WITH_TIMEOUT(
                service->model().index(0).data(Session::PresenceKnownRole).toBool(), 15'000);
        results.setAvailableOnly(false);
        results.setAvailableOnly(true);
        QVERIFY(results.rowCount() > 0);
        for (int row = 0; row < results.rowCount(); ++row) {
            const int status = results.index(row, 0).data(Session::PresenceStatusRole).toInt();
            QCOMPARE(Core::Presence::Status(status), Core::Presence::Status::Available);
        }
    }
};

QTEST_GUILESS_MAIN(TestColleaguesService)
#include "tst_colleaguesservice.moc"
