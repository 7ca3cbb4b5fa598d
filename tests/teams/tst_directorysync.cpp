// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Teams::DirectorySync against the in-process simulator over loopback: the full sync (delta
// anchor, then /users pages of 999), the client-side rule, delta rounds with additions,
// changes and removals, an unchanged delta in one request, an expired delta link, failures
// (5xx, 429, malformed pages, dropped connections) and the periodic schedule on a ManualClock.
#include <core/clock.h>
#include <net/httpclient.h>
#include <sim/faultinjector.h>
#include <sim/simdirectory.h>
#include <teams/directorysync.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QUrlQuery>

#include <memory>
#include <support/faketokenprovider.h>
#include <support/logcapture.h>
#include <support/simfixture.h>

using namespace Qt::StringLiterals;
using namespace AgentDesk;
using Core::Colleague;
using Teams::DirectorySync;
using Verdict = Core::DialNumber::Verdict;
using std::chrono::milliseconds;

namespace {

const QString Ana = u"ana.souza@contoso.example"_s;
constexpr int SyncTimeoutMs = 30'000;
constexpr qint64 Day = 24LL * 3600 * 1000;

// Everything the sync reported, in order.
struct Recorder
{
    int fullStarted = 0;
    QList<QList<Colleague>> full;
    QStringList fullLinks;
    struct Delta
    {
        QList<Colleague> changed;
        QStringList removed;
        QString link;
    };
    QList<Delta> deltas;
    QStringList failures;
    QList<int> progress;
    QList<bool> running;

    int rounds() const { return int(full.size() + deltas.size() + failures.size()); }

    void attach(DirectorySync &sync)
    {
        QObject::connect(&sync, &DirectorySync::fullSyncStarted, &sync, [this] { ++fullStarted; });
        QObject::connect(&sync, &DirectorySync::fullSyncFinished, &sync,
                         [this](const QList<Colleague> &people, const QString &link) {
                             full.append(people);
                             fullLinks.append(link);
                         });
        QObject::connect(&sync, &DirectorySync::deltaFinished, &sync,
                         [this](const QList<Colleague> &changed, const QStringList &removed,
                                const QString &link) {
                             deltas.append({changed, removed, link});
                         });
        QObject::connect(&sync, &DirectorySync::failed, &sync,
                         [this](const QString &message) { failures.append(message); });
        QObject::connect(&sync, &DirectorySync::progress, &sync,
                         [this](int received) { progress.append(received); });
        QObject::connect(&sync, &DirectorySync::runningChanged, &sync,
                         [this](bool isRunning) { running.append(isRunning); });
    }
};

Sim::Scenario scenarioOfSize(int size)
{
    Sim::Scenario scenario = Sim::Scenario::defaults();
    scenario.setDirectorySize(size);
    return scenario;
}

bool hasBusinessPhone(const Sim::SimUser &user)
{
    return std::any_of(user.businessPhones.begin(), user.businessPhones.end(),
                       [](const QString &phone) { return !phone.trimmed().isEmpty(); });
}

// The oracle, from the simulator's own data: enabled members with a business phone, in
// directory order.
QStringList expectedIds(Sim::SimDirectory &directory)
{
    QStringList ids;
    for (const Sim::SimUser &user : directory.users()) {
        if (!user.guest && user.accountEnabled && hasBusinessPhone(user)) {
            ids.append(user.id);
        }
    }
    return ids;
}

int enabledMembers(Sim::SimDirectory &directory)
{
    return int(std::count_if(directory.users().begin(), directory.users().end(),
                             [](const Sim::SimUser &u) { return !u.guest && u.accountEnabled; }));
}

QStringList idsOf(const QList<Colleague> &people)
{
    QStringList ids;
    for (const Colleague &colleague : people) {
        ids.append(colleague.id);
    }
    return ids;
}

const Colleague *findIn(const QList<Colleague> &people, const QString &id)
{
    for (const Colleague &colleague : people) {
        if (colleague.id == id) {
            return &colleague;
        }
    }
    return nullptr;
}

} // namespace

class TestDirectorySync final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::SimFixture> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Net::HttpClient> m_http;
    std::unique_ptr<Test::FakeTokenProvider> m_tokens;
    std::unique_ptr<DirectorySync> m_sync;
    Recorder m_recorder;

    // A tenant of `size` people and a sync for Ana. HttpClient does not retry, so that the
    // request log shows exactly what the sync sent (unless a test asks for retries).
    void makeSync(int size, const Core::Clock *clock = nullptr, int attempts = 1)
    {
        m_sync.reset();
        m_sim = std::make_unique<Test::SimFixture>(scenarioOfSize(size), clock);
        m_network = std::make_unique<QNetworkAccessManager>();
        m_http = std::make_unique<Net::HttpClient>(m_network.get(), clock,
                                                   Net::RetryPolicy{.maxAttempts = attempts,
                                                                    .baseDelay = milliseconds(1),
                                                                    .jitter = [] { return 0.0; }});
        m_tokens = std::make_unique<Test::FakeTokenProvider>(
                QString::fromLatin1(m_sim->token(u"graph"_s, Ana)));
        m_sync = std::make_unique<DirectorySync>(m_http.get(), m_tokens.get(),
                                                 m_sim->url(u"/v1.0"_s), u"US"_s, clock);
        m_recorder = {};
        m_recorder.attach(*m_sync);
    }

    Sim::SimDirectory &directory() { return m_sim->simulator().directory(); }

    // The sequence number of the last request the simulator logged.
    qint64 lastSequence()
    {
        const QJsonArray all = m_sim->requests();
        return all.isEmpty() ? 0 : all.last()[u"sequence"_s].toInteger();
    }

    int control(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        return m_sim->wire()
                .send(method, m_sim->url(path),
                      body.isEmpty() ? QByteArray()
                                     : QJsonDocument(body).toJson(QJsonDocument::Compact),
                      {{"Content-Type", "application/json"}})
                .status;
    }
    QString addUser(const QJsonObject &properties)
    {
        const auto reply = m_sim->wire().postJson(m_sim->url(u"/_sim/directory/users"_s),
                                                  QJsonDocument(properties));
        return reply.status == 201 ? reply.json().object().value(u"id"_s).toString() : QString();
    }

    // Adds a fault directly (no request of its own), so it can be added from inside a signal
    // while a page request is already on its way.
    void addFault(const QJsonObject &json)
    {
        QString error;
        const auto fault = Sim::Fault::fromJson(json, &error);
        QVERIFY2(fault, qPrintable(error));
        m_sim->simulator().faults().add(*fault);
    }

    bool runFullSync()
    {
        const int before = int(m_recorder.full.size());
        const int failuresBefore = int(m_recorder.failures.size());
        if (!m_sync->syncNow()) {
            return false;
        }
        return QTest::qWaitFor(
                       [&] {
                           return m_recorder.full.size() > before ||
                                  m_recorder.failures.size() > failuresBefore;
                       },
                       SyncTimeoutMs) &&
               m_recorder.full.size() > before;
    }

    bool runRound()
    {
        const int before = m_recorder.rounds();
        return m_sync->syncNow() &&
               QTest::qWaitFor([&] { return m_recorder.rounds() > before; }, SyncTimeoutMs);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cleanup()
    {
        m_sync.reset();
        m_tokens.reset();
        m_http.reset();
        m_network.reset();
        m_sim.reset();
    }

    // --- full sync ------------------------------------------------------------------------

    void fullSync_2500Users_threePagesOf999AndEveryKeptPerson()
    {
        makeSync(2500);
        QVERIFY(!m_sync->isRunning());
        QVERIFY(m_sync->syncNow());
        QVERIFY(m_sync->isRunning());
        QVERIFY(!m_sync->syncNow()); // one round at a time
        QTRY_COMPARE_WITH_TIMEOUT(m_recorder.full.size(), 1, SyncTimeoutMs);
        QVERIFY(m_recorder.failures.isEmpty());
        QVERIFY(!m_sync->isRunning());
        QCOMPARE(m_recorder.running, (QList<bool>{true, false}));
        QCOMPARE(m_recorder.fullStarted, 1);

        // Members only, so fewer than 2,500: still three pages of at most 999.
        const int members = enabledMembers(directory());
        QVERIFY(members > 1998 && members <= 2500);
        const QJsonArray listing = m_sim->requestsTo(u"^/v1\\.0/users$"_s);
        QCOMPARE(listing.size(), 3);
        const QString firstQuery = listing.at(0)[u"query"_s].toString();
        QVERIFY2(firstQuery.contains(u"$top=999"_s), qPrintable(firstQuery));
        QVERIFY2(firstQuery.contains(u"$filter=userType eq 'Member' and accountEnabled eq true"_s),
                 qPrintable(firstQuery));
        QVERIFY(firstQuery.contains(u"userType"_s) && firstQuery.contains(u"accountEnabled"_s));
        for (const QJsonValue &entry : listing) {
            QCOMPARE(entry[u"status"_s].toInt(), 200);
            QCOMPARE(entry[u"auth"_s].toString(), u"Bearer"_s);
        }
        // The delta link comes from one "sync from now" request, made before the listing.
        const QJsonArray delta = m_sim->requestsTo(u"^/v1\\.0/users/delta$"_s);
        QCOMPARE(delta.size(), 1);
        QVERIFY(delta.at(0)[u"query"_s].toString().contains(u"$deltatoken=latest"_s));
        QVERIFY(delta.at(0)[u"sequence"_s].toInteger() < listing.at(0)[u"sequence"_s].toInteger());

        const QList<Colleague> &people = m_recorder.full.first();
        QCOMPARE(idsOf(people), expectedIds(directory()));
        QVERIFY(!m_recorder.fullLinks.first().isEmpty());
        QCOMPARE(m_sync->deltaLink(), m_recorder.fullLinks.first());
        QVERIFY(m_sync->lastSyncedAt().isValid());

        // Progress: users received so far, page by page.
        QCOMPARE(m_recorder.progress.size(), 3);
        QCOMPARE(m_recorder.progress.at(0), 999);
        QCOMPARE(m_recorder.progress.at(1), 1998);
        QCOMPARE(m_recorder.progress.last(), members);
    }

    void fullSync_generatedPeople_carryTheirPropertiesAndNumbers()
    {
        makeSync(500);
        QVERIFY(runFullSync());
        const QList<Colleague> &people = m_recorder.full.first();
        int unparsable = 0;
        int callable = 0;
        for (const Sim::SimUser &user : directory().users()) {
            const Colleague *colleague = findIn(people, user.id);
            if (!colleague) {
                continue;
            }
            QCOMPARE(colleague->displayName, user.displayName);
            QCOMPARE(colleague->mail, user.mail);
            QCOMPARE(colleague->jobTitle, user.jobTitle);
            QCOMPARE(colleague->department, user.department);
            QCOMPARE(colleague->businessPhone, user.businessPhones.first().trimmed());
            QCOMPARE(colleague->mobilePhone, user.mobilePhone);
            if (colleague->isCallable()) {
                ++callable;
                QVERIFY(colleague->businessPhoneE164.startsWith(u'+'));
            } else {
                // Present but unreadable: kept, with the reason, never dropped.
                ++unparsable;
                QVERIFY(colleague->businessPhoneVerdict != Verdict::Valid);
                QVERIFY(colleague->businessPhoneVerdict != Verdict::Empty);
            }
        }
        QVERIFY(callable > 300);
        QVERIFY(unparsable > 0);
    }

    void fullSync_rule_leavesOutGuestsDisabledAndPhoneless_keepsUnparsable()
    {
        makeSync(20);
        const QString guest = addUser({{u"displayName"_s, u"Gästin Guest"_s},
                                       {u"mail"_s, u"guest@fabrikam.example"_s},
                                       {u"userType"_s, u"Guest"_s},
                                       {u"businessPhones"_s, QJsonArray{u"+1 425 555 0101"_s}}});
        const QString disabled = addUser({{u"displayName"_s, u"Dis Abled"_s},
                                          {u"mail"_s, u"dis.abled@contoso.example"_s},
                                          {u"accountEnabled"_s, false},
                                          {u"businessPhones"_s, QJsonArray{u"+1 425 555 0102"_s}}});
        const QString phoneless = addUser({{u"displayName"_s, u"No Phone"_s},
                                           {u"mail"_s, u"no.phone@contoso.example"_s},
                                           {u"mobilePhone"_s, u"+1 425 555 0199"_s},
                                           {u"businessPhones"_s, QJsonArray{}}});
        const QString unparsable = addUser({{u"displayName"_s, u"See Teams"_s},
                                            {u"mail"_s, u"see.teams@contoso.example"_s},
                                            {u"businessPhones"_s, QJsonArray{u"see Teams"_s}}});
        const QString abroad = addUser({{u"displayName"_s, u"Ana Lima"_s},
                                        {u"mail"_s, u"ana.lima@contoso.example"_s},
                                        {u"businessPhones"_s, QJsonArray{u"(11) 3123-4567"_s}}});
        const QString extension =
                addUser({{u"displayName"_s, u"Ext Ension"_s},
                         {u"mail"_s, u"ext.ension@contoso.example"_s},
                         {u"businessPhones"_s, QJsonArray{u"425-555-0100 x123"_s}}});
        for (const QString &id : {guest, disabled, phoneless, unparsable, abroad, extension}) {
            QVERIFY(!id.isEmpty());
        }

        QVERIFY(runFullSync());
        const QList<Colleague> &people = m_recorder.full.first();
        QCOMPARE(idsOf(people), expectedIds(directory()));
        QVERIFY(!findIn(people, guest));
        QVERIFY(!findIn(people, disabled));
        QVERIFY(!findIn(people, phoneless));

        const Colleague *seeTeams = findIn(people, unparsable);
        QVERIFY(seeTeams);
        QCOMPARE(seeTeams->businessPhone, u"see Teams"_s);
        QVERIFY(seeTeams->businessPhoneE164.isEmpty());
        QCOMPARE(seeTeams->businessPhoneVerdict, Verdict::NotANumber);

        const Colleague *lima = findIn(people, abroad);
        QVERIFY(lima);
        QVERIFY(!lima->isCallable());
        QCOMPARE(lima->businessPhoneVerdict, Verdict::MissingCountryCode);

        const Colleague *ext = findIn(people, extension);
        QVERIFY(ext);
        QCOMPARE(ext->businessDialString(), u"+14255550100,123"_s);
    }

    // --- delta ----------------------------------------------------------------------------

    void delta_unchanged_exactlyOneRequestAndNothingReported()
    {
        makeSync(500);
        QVERIFY(runFullSync());
        const qint64 before = lastSequence();

        QVERIFY(runRound());
        QCOMPARE(m_recorder.deltas.size(), 1);
        QVERIFY(m_recorder.failures.isEmpty());
        QVERIFY(m_recorder.deltas.first().changed.isEmpty());
        QVERIFY(m_recorder.deltas.first().removed.isEmpty());
        QCOMPARE(m_sim->requestsTo(u"^/v1\\.0/"_s, before).size(), 1);
        QCOMPARE(m_sim->requestsTo(u"^/v1\\.0/users/delta$"_s, before).size(), 1);
        QCOMPARE(m_recorder.fullStarted, 1); // no second full sync
        QVERIFY(!m_recorder.deltas.first().link.isEmpty());
        QCOMPARE(m_sync->deltaLink(), m_recorder.deltas.first().link);
    }

    void delta_additionsChangesAndRemovals_reportedOnceEach()
    {
        makeSync(500);
        QVERIFY(runFullSync());
        const QList<Colleague> people = m_recorder.full.first();
        QVERIFY(people.size() > 20);
        const QString promoted = people.at(3).id;
        const QString turnedGuest = people.at(4).id;
        const QString leaver = people.at(5).id;
        const QString softDeleted = people.at(6).id;
        const QString purged = people.at(7).id;
        const QString phoneRemoved = people.at(8).id;
        const QString phoneBroken = people.at(9).id;
        const QString renamedTwice = people.at(10).id;

        const QString added = addUser({{u"displayName"_s, u"Inês Conceição"_s},
                                       {u"mail"_s, u"ines.conceicao@contoso.example"_s},
                                       {u"jobTitle"_s, u"Claims Adjuster"_s},
                                       {u"businessPhones"_s, QJsonArray{u"+351 21 123 4567"_s}}});
        QVERIFY(!added.isEmpty());
        const QString addedGuest =
                addUser({{u"displayName"_s, u"Gus Guest"_s},
                         {u"mail"_s, u"gus@fabrikam.example"_s},
                         {u"userType"_s, u"Guest"_s},
                         {u"businessPhones"_s, QJsonArray{u"+1 425 555 0103"_s}}});
        QVERIFY(!addedGuest.isEmpty());
        const QString addedAndDeleted =
                addUser({{u"displayName"_s, u"Brief Visit"_s},
                         {u"businessPhones"_s, QJsonArray{u"+1 425 555 0104"_s}}});
        const QString users = u"/_sim/directory/users"_s;
        QCOMPARE(control("POST", users,
                         {{u"id"_s, promoted}, {u"jobTitle"_s, u"Team Lead – Customer Care"_s}}),
                 200);
        QCOMPARE(control("POST", users, {{u"id"_s, turnedGuest}, {u"userType"_s, u"Guest"_s}}),
                 200);
        QCOMPARE(control("POST", users, {{u"id"_s, leaver}, {u"accountEnabled"_s, false}}), 200);
        QCOMPARE(control("DELETE", users + u'/' + softDeleted), 204);
        QCOMPARE(control("DELETE", users + u'/' + purged + u"?permanent=true"_s), 204);
        QCOMPARE(control("POST", users,
                         {{u"id"_s, phoneRemoved}, {u"businessPhones"_s, QJsonArray{}}}),
                 200);
        QCOMPARE(control("POST", users,
                         {{u"id"_s, phoneBroken}, {u"businessPhones"_s, QJsonArray{u"TBD"_s}}}),
                 200);
        QCOMPARE(control("POST", users, {{u"id"_s, renamedTwice}, {u"displayName"_s, u"One"_s}}),
                 200);
        QCOMPARE(control("POST", users, {{u"id"_s, renamedTwice}, {u"displayName"_s, u"Two"_s}}),
                 200);
        QCOMPARE(control("DELETE", users + u'/' + addedAndDeleted), 204);

        const qint64 before = lastSequence();
        QVERIFY(runRound());
        QVERIFY(m_recorder.failures.isEmpty());
        QCOMPARE(m_recorder.deltas.size(), 1);
        QCOMPARE(m_sim->requestsTo(u"^/v1\\.0/users/delta$"_s, before).size(), 1);
        QCOMPARE(m_sim->requestsTo(u"^/v1\\.0/users$"_s, before).size(), 0);
        const Recorder::Delta &delta = m_recorder.deltas.first();

        const QStringList changedIds = idsOf(delta.changed);
        const QSet<QString> changed(changedIds.begin(), changedIds.end());
        QCOMPARE(changed, (QSet<QString>{added, promoted, phoneBroken, renamedTwice}));
        QCOMPARE(delta.changed.size(), changed.size()); // each once
        QCOMPARE(findIn(delta.changed, added)->displayName, u"Inês Conceição"_s);
        QCOMPARE(findIn(delta.changed, added)->businessPhoneE164, u"+351211234567"_s);
        QCOMPARE(findIn(delta.changed, promoted)->jobTitle, u"Team Lead – Customer Care"_s);
        QCOMPARE(findIn(delta.changed, renamedTwice)->displayName, u"Two"_s);
        const Colleague *broken = findIn(delta.changed, phoneBroken);
        QCOMPARE(broken->businessPhone, u"TBD"_s);
        QCOMPARE(broken->businessPhoneVerdict, Verdict::NotANumber);
        QVERIFY(!broken->isCallable());

        const QSet<QString> removed(delta.removed.begin(), delta.removed.end());
        QCOMPARE(delta.removed.size(), removed.size());
        for (const QString &id : {turnedGuest, leaver, softDeleted, purged, phoneRemoved}) {
            QVERIFY2(removed.contains(id), qPrintable(id));
        }
        // Someone the panel never had may be among the removals; never among the changes.
        QVERIFY(!changed.contains(addedGuest));
        QVERIFY(!changed.contains(addedAndDeleted));
        QVERIFY(!removed.contains(added));

        // Applying the delta to the full sync gives what a new full sync would.
        QList<Colleague> applied;
        for (const Colleague &colleague : people) {
            if (!removed.contains(colleague.id) && !changed.contains(colleague.id)) {
                applied.append(colleague);
            }
        }
        applied.append(delta.changed);
        QStringList appliedIds = idsOf(applied);
        QStringList expected = expectedIds(directory());
        appliedIds.sort();
        expected.sort();
        QCOMPARE(appliedIds, expected);

        // And the round after is empty again.
        QVERIFY(runRound());
        QCOMPARE(m_recorder.deltas.size(), 2);
        QVERIFY(m_recorder.deltas.last().changed.isEmpty());
        QVERIFY(m_recorder.deltas.last().removed.isEmpty());
    }

    void delta_storedLink_startsWithDeltaNotFullSync()
    {
        makeSync(300);
        QVERIFY(runFullSync());
        const QString link = m_sync->deltaLink();
        // A new sync (the next start of the app) with the link from the cache.
        m_sync = std::make_unique<DirectorySync>(m_http.get(), m_tokens.get(),
                                                 m_sim->url(u"/v1.0"_s), u"US"_s, nullptr);
        m_recorder = {};
        m_recorder.attach(*m_sync);
        m_sync->setDeltaLink(link);
        QCOMPARE(m_sync->deltaLink(), link);
        const qint64 before = lastSequence();
        QVERIFY(runRound());
        QCOMPARE(m_recorder.deltas.size(), 1);
        QCOMPARE(m_recorder.fullStarted, 0);
        QCOMPARE(m_sim->requestsTo(u"^/v1\\.0/"_s, before).size(), 1);
    }

    void delta_manyChanges_pagedUntilTheDeltaLink()
    {
        makeSync(1500);
        QVERIFY(runFullSync());
        const QList<Colleague> people = m_recorder.full.first();
        QVERIFY(people.size() > 1100);
        // More changes than one page of 999 holds.
        for (int i = 0; i < 1100; ++i) {
            QString error;
            QVERIFY(directory().update(people.at(i).id, {{u"jobTitle"_s, u"Title %1"_s.arg(i)}},
                                       &error));
        }
        const qint64 before = lastSequence();
        QVERIFY(runRound());
        QVERIFY(m_recorder.failures.isEmpty());
        QCOMPARE(m_recorder.deltas.size(), 1);
        QCOMPARE(m_recorder.deltas.first().changed.size(), 1100);
        QCOMPARE(m_sim->requestsTo(u"^/v1\\.0/users/delta$"_s, before).size(), 2);
        QCOMPARE(m_recorder.progress.last(), 1100);
        QCOMPARE(findIn(m_recorder.deltas.first().changed, people.at(1099).id)->jobTitle,
                 u"Title 1099"_s);
    }

    // Graph may list one object more than once in a round; the last entry wins.
    void delta_sameUserTwiceInARound_lastEntryWins()
    {
        makeSync(50);
        QVERIFY(runFullSync());
        const QString next = m_sim->url(u"/v1.0/users/delta?$skiptoken=second"_s).toString();
        const QString done = m_sim->url(u"/v1.0/users/delta?$deltatoken=third"_s).toString();
        QJsonObject user{{u"id"_s, u"dup"_s},
                         {u"displayName"_s, u"First"_s},
                         {u"businessPhones"_s, QJsonArray{u"+1 425 555 0100"_s}},
                         {u"userType"_s, u"Member"_s},
                         {u"accountEnabled"_s, true}};
        const QJsonObject page1{
                {u"value"_s, QJsonArray{user, QJsonObject{{u"id"_s, u"gone"_s},
                                                          {u"@removed"_s, QJsonObject{}}}}},
                {u"@odata.nextLink"_s, next}};
        user.insert(u"displayName"_s, u"Second"_s);
        const QJsonObject page2{
                {u"value"_s,
                 QJsonArray{user, QJsonObject{{u"id"_s, u"back"_s}, {u"@removed"_s, QJsonObject{}}},
                            QJsonObject{{u"id"_s, u"back"_s},
                                        {u"displayName"_s, u"Back"_s},
                                        {u"businessPhones"_s, QJsonArray{u"+1 425 555 0101"_s}}},
                            QJsonObject{{u"id"_s, u"gone"_s}, {u"@removed"_s, QJsonObject{}}}}},
                {u"@odata.deltaLink"_s, done}};
        for (const QJsonObject &page : {page1, page2}) {
            addFault({{u"kind"_s, u"status"_s},
                      {u"status"_s, 200},
                      {u"path"_s, u"^/v1\\.0/users/delta$"_s},
                      {u"body"_s,
                       QString::fromUtf8(QJsonDocument(page).toJson(QJsonDocument::Compact))},
                      {u"count"_s, 1}});
        }
        QVERIFY(runRound());
        QVERIFY(m_recorder.failures.isEmpty());
        const Recorder::Delta &delta = m_recorder.deltas.first();
        QCOMPARE(idsOf(delta.changed), (QStringList{u"dup"_s, u"back"_s}));
        QCOMPARE(delta.changed.first().displayName, u"Second"_s);
        QCOMPARE(delta.removed, QStringList{u"gone"_s});
        QCOMPARE(delta.link, done);
    }

    void delta_unknownOrExpiredLink_fullResyncInTheSameRound_data()
    {
        QTest::addColumn<bool>("expireByTime");
        QTest::newRow("older than seven days") << true;
        QTest::newRow("link Graph never gave") << false;
    }

    void delta_unknownOrExpiredLink_fullResyncInTheSameRound()
    {
        QFETCH(bool, expireByTime);
        Core::ManualClock clock;
        makeSync(300, &clock);
        QVERIFY(runFullSync());
        if (expireByTime) {
            clock.advance(8 * Day);
            // The access token expired too: the 401 makes the sync fetch a new one, once.
            m_tokens->setNextToken(QString::fromLatin1(m_sim->token(u"graph"_s, Ana)), 0);
        } else {
            m_sync->setDeltaLink(
                    m_sim->url(u"/v1.0/users/delta?$deltatoken=bm90LWEtdG9rZW4"_s).toString());
        }
        const qint64 before = lastSequence();
        const int fullBefore = m_recorder.fullStarted;

        QVERIFY(runRound());
        QVERIFY2(m_recorder.failures.isEmpty(), qPrintable(m_recorder.failures.value(0)));
        QVERIFY(m_recorder.deltas.isEmpty());
        QCOMPARE(m_recorder.fullStarted, fullBefore + 1);
        QCOMPARE(m_recorder.full.size(), 2);
        QCOMPARE(idsOf(m_recorder.full.last()), expectedIds(directory()));
        const QJsonArray requests = m_sim->requestsTo(u"^/v1\\.0/users"_s, before);
        QVERIFY(!requests.isEmpty());
        QCOMPARE(requests.last()[u"status"_s].toInt(), 200);
        bool gone = false;
        for (const QJsonValue &entry : requests) {
            gone = gone || entry[u"status"_s].toInt() == 410;
        }
        QVERIFY(gone);
        // The new link works: the next round is a delta of one request.
        const qint64 after = lastSequence();
        QVERIFY(runRound());
        QCOMPARE(m_recorder.deltas.size(), 1);
        QCOMPARE(m_sim->requestsTo(u"^/v1\\.0/"_s, after).size(), 1);
    }

    // --- failures -------------------------------------------------------------------------

    void failure_firstPage_failedThenNextRoundRecovers_data()
    {
        QTest::addColumn<QJsonObject>("fault");
        QTest::addColumn<QString>("words"); // part of the translated message

        const QString listing = u"^/v1\\.0/users$"_s;
        QTest::newRow("500") << QJsonObject{{u"kind"_s, u"status"_s},
                                            {u"status"_s, 500},
                                            {u"path"_s, listing},
                                            {u"count"_s, 1}}
                             << u"could not be loaded"_s;
        QTest::newRow("503") << QJsonObject{{u"kind"_s, u"status"_s},
                                            {u"status"_s, 503},
                                            {u"path"_s, listing},
                                            {u"count"_s, 1}}
                             << u"busy"_s;
        QTest::newRow("429") << QJsonObject{{u"kind"_s, u"throttle"_s},
                                            {u"retryAfter"_s, 1},
                                            {u"path"_s, listing},
                                            {u"count"_s, 1}}
                             << u"busy"_s;
        QTest::newRow("cut JSON") << QJsonObject{{u"kind"_s, u"malformed"_s},
                                                 {u"path"_s, listing},
                                                 {u"count"_s, 1}}
                                  << u"could not be read"_s;
        QTest::newRow("wrong shape") << QJsonObject{{u"kind"_s, u"status"_s},
                                                    {u"status"_s, 200},
                                                    {u"body"_s, u"{\"value\":{\"id\":1}}"_s},
                                                    {u"path"_s, listing},
                                                    {u"count"_s, 1}}
                                     << u"does not understand"_s;
        QTest::newRow("array, not object") << QJsonObject{{u"kind"_s, u"status"_s},
                                                          {u"status"_s, 200},
                                                          {u"body"_s, u"[1,2]"_s},
                                                          {u"path"_s, listing},
                                                          {u"count"_s, 1}}
                                           << u"does not understand"_s;
        // Every time: Qt sends a request again by itself once when a kept-alive connection
        // closes.
        QTest::newRow("dropped connection")
                << QJsonObject{{u"kind"_s, u"drop"_s}, {u"path"_s, listing}}
                << u"could not be loaded"_s;
        QTest::newRow("anchor 500") << QJsonObject{{u"kind"_s, u"status"_s},
                                                   {u"status"_s, 500},
                                                   {u"path"_s, u"^/v1\\.0/users/delta$"_s},
                                                   {u"count"_s, 1}}
                                    << u"could not be loaded"_s;
        QTest::newRow("nextLink to another host")
                << QJsonObject{{u"kind"_s, u"status"_s},
                               {u"status"_s, 200},
                               {u"body"_s,
                                u"{\"value\":[],\"@odata.nextLink\":"
                                u"\"https://graph.example.net/v1.0/users?$skiptoken=x\"}"_s},
                               {u"path"_s, listing},
                               {u"count"_s, 1}}
                << u"does not understand"_s;
    }

    void failure_firstPage_failedThenNextRoundRecovers()
    {
        QFETCH(QJsonObject, fault);
        QFETCH(QString, words);
        makeSync(300);
        addFault(fault);

        QVERIFY(runRound());
        QCOMPARE(m_recorder.failures.size(), 1);
        QVERIFY(m_recorder.full.isEmpty());
        QVERIFY2(m_recorder.failures.first().contains(u"Teams directory"_s),
                 qPrintable(m_recorder.failures.first()));
        QVERIFY2(m_recorder.failures.first().contains(words),
                 qPrintable(m_recorder.failures.first()));
        QVERIFY(!m_sync->isRunning());
        QVERIFY(m_sync->deltaLink().isEmpty());
        QVERIFY(!m_sync->lastSyncedAt().isValid());

        // The next round starts over and works.
        m_sim->simulator().faults().clear();
        QVERIFY(runFullSync());
        QCOMPARE(idsOf(m_recorder.full.first()), expectedIds(directory()));
    }

    // A page in the middle fails: what came before is not reported as the directory.
    void failure_laterPage_noPartialDirectory_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("500") << u"status"_s;
        QTest::newRow("malformed") << u"malformed"_s;
    }

    void failure_laterPage_noPartialDirectory()
    {
        QFETCH(QString, kind);
        makeSync(2500);
        // Faults apply in the order they were added: the first page passes, the second fails.
        const QString listing = u"^/v1\\.0/users$"_s;
        addFault({{u"kind"_s, u"latency"_s},
                  {u"latencyMs"_s, 0},
                  {u"path"_s, listing},
                  {u"count"_s, 1}});
        addFault({{u"kind"_s, kind}, {u"status"_s, 500}, {u"path"_s, listing}, {u"count"_s, 1}});
        QVERIFY(runRound());
        QCOMPARE(m_recorder.failures.size(), 1);
        QVERIFY(m_recorder.full.isEmpty());
        QVERIFY(m_recorder.progress.size() <= 1); // page 1 may have been read before page 2 failed
        QVERIFY(m_sync->deltaLink().isEmpty());
        QCOMPARE(m_sim->requestsTo(u"^/v1\\.0/users$"_s).size(), 2); // page 3 never asked for
        QVERIFY(!m_sync->isRunning());
    }

    void failure_delta_keepsTheLinkForTheNextRound()
    {
        makeSync(300);
        QVERIFY(runFullSync());
        const QString link = m_sync->deltaLink();
        addFault({{u"kind"_s, u"status"_s},
                  {u"status"_s, 500},
                  {u"path"_s, u"^/v1\\.0/users/delta$"_s},
                  {u"count"_s, 1}});
        QVERIFY(runRound());
        QCOMPARE(m_recorder.failures.size(), 1);
        QVERIFY2(m_recorder.failures.first().contains(u"could not be updated"_s),
                 qPrintable(m_recorder.failures.first()));
        QCOMPARE(m_sync->deltaLink(), link);
        QCOMPARE(m_recorder.fullStarted, 1);
        QVERIFY(runRound());
        QCOMPARE(m_recorder.deltas.size(), 1);
    }

    // With HttpClient's retries, a short 429 or 503 is waited out inside the round.
    void failure_shortThrottle_retriedByHttpClient()
    {
        makeSync(300, nullptr, 3);
        addFault({{u"kind"_s, u"throttle"_s},
                  {u"retryAfter"_s, 0},
                  {u"path"_s, u"^/v1\\.0/users$"_s},
                  {u"count"_s, 1}});
        QVERIFY(runFullSync());
        QVERIFY(m_recorder.failures.isEmpty());
        QCOMPARE(m_sim->requestsTo(u"^/v1\\.0/users$"_s).size(), 2);
    }

    void failure_throttleLongerThanTheInterval_nextRoundWaitsForIt()
    {
        Core::ManualClock clock;
        makeSync(100, &clock);
        m_sync->setInterval(milliseconds(60'000));
        addFault({{u"kind"_s, u"throttle"_s},
                  {u"retryAfter"_s, 600},
                  {u"path"_s, u"^/v1\\.0/users/delta$"_s},
                  {u"count"_s, 1}});
        m_sync->start();
        QTRY_COMPARE_WITH_TIMEOUT(m_recorder.failures.size(), 1, SyncTimeoutMs);
        QCOMPARE(m_sync->nextSyncAt(), clock.now().addSecs(600));
    }

    // --- schedule -------------------------------------------------------------------------

    void schedule_start_syncsNowThenEveryInterval()
    {
        Core::ManualClock clock;
        makeSync(200, &clock);
        m_sync->setInterval(milliseconds(5 * 60'000));
        m_sync->setCheckInterval(milliseconds(5));
        m_sync->start();
        QVERIFY(m_sync->isActive());
        QTRY_COMPARE_WITH_TIMEOUT(m_recorder.full.size(), 1, SyncTimeoutMs);
        QCOMPARE(m_sync->nextSyncAt(), clock.now().addMSecs(5 * 60'000));
        const qint64 before = lastSequence();

        // The timer keeps looking at the clock (every 5 ms here); the round is due after the
        // interval, wherever the QTimer stands.
        clock.advance(5 * 60'000);
        QTRY_COMPARE_WITH_TIMEOUT(m_recorder.deltas.size(), 1, SyncTimeoutMs);
        QCOMPARE(m_sim->requestsTo(u"^/v1\\.0/"_s, before).size(), 1);
        QCOMPARE(m_sync->nextSyncAt(), clock.now().addMSecs(5 * 60'000));

        m_sync->stop();
        QVERIFY(!m_sync->isActive());
        QVERIFY(!m_sync->nextSyncAt().isValid());
        // On demand still works while stopped.
        QVERIFY(runRound());
        QCOMPARE(m_recorder.deltas.size(), 2);
        QVERIFY(!m_sync->nextSyncAt().isValid());
    }

    void schedule_stopDuringARound_reportsNothingAndCanStartAgain()
    {
        makeSync(2500);
        m_sync->start();
        QVERIFY(m_sync->isRunning());
        m_sync->stop();
        QVERIFY(!m_sync->isRunning());
        QCOMPARE(m_recorder.running, (QList<bool>{true, false}));
        QVERIFY(runFullSync());
        QCOMPARE(m_recorder.full.size(), 1);
        QVERIFY(m_recorder.failures.isEmpty());
        QCOMPARE(idsOf(m_recorder.full.first()), expectedIds(directory()));
    }

    void schedule_destroyedDuringARound_noCrash()
    {
        makeSync(2500);
        QVERIFY(m_sync->syncNow());
        // Let the first pages arrive, then go away in the middle of the listing.
        QTRY_VERIFY_WITH_TIMEOUT(!m_recorder.progress.isEmpty(), SyncTimeoutMs);
        m_sync.reset();
        // The simulator and the client carry on: a new sync on the same HttpClient works.
        m_sync = std::make_unique<DirectorySync>(m_http.get(), m_tokens.get(),
                                                 m_sim->url(u"/v1.0"_s), u"US"_s, nullptr);
        m_recorder = {};
        m_recorder.attach(*m_sync);
        QVERIFY(runFullSync());
    }

    // Debug logging on (as in every test run): counts and codes, never a person, the token or
    // the delta link's token.
    void logs_fullSyncAndDelta_nameNoPersonNoToken()
    {
        makeSync(300);
        Test::LogCapture logs;
        QVERIFY(runFullSync());
        const QString id = m_recorder.full.first().at(5).id;
        QCOMPARE(control("POST", u"/_sim/directory/users"_s,
                         {{u"id"_s, id}, {u"jobTitle"_s, u"Night Shift Lead"_s}}),
                 200);
        QVERIFY(runRound());
        QCOMPARE(m_recorder.deltas.size(), 1);

        // The client's lines (the simulator logs what it was told to change, by id).
        QStringList lines = logs.lines();
        lines.removeIf([](const QString &line) { return line.startsWith(u"agentdesk.sim"_s); });
        const QString client = lines.join(u'\n');
        QVERIFY(client.contains(u"directory full sync"_s));
        QVERIFY(client.contains(u"directory delta"_s));
        QVERIFY(!client.contains(m_tokens->accessToken()));
        const QString deltaToken =
                QUrlQuery(QUrl(m_recorder.fullLinks.first())).queryItemValue(u"$deltatoken"_s);
        QVERIFY(deltaToken.size() > 8);
        QVERIFY(!client.contains(deltaToken));
        for (const Colleague &colleague : m_recorder.full.first().mid(0, 50)) {
            QVERIFY2(!client.contains(colleague.displayName), qPrintable(colleague.displayName));
            QVERIFY(!client.contains(colleague.mail));
            QVERIFY(!client.contains(colleague.id));
            if (!colleague.businessPhoneE164.isEmpty()) {
                QVERIFY(!client.contains(colleague.businessPhoneE164));
            }
        }
        QVERIFY(!client.contains(u"Night Shift Lead"_s));
    }

    void fullSyncNow_withALink_forgetsItAndListsEveryone()
    {
        makeSync(200);
        QVERIFY(runFullSync());
        const qint64 before = lastSequence();
        QVERIFY(m_sync->fullSyncNow());
        QTRY_COMPARE_WITH_TIMEOUT(m_recorder.full.size(), 2, SyncTimeoutMs);
        QCOMPARE(m_sim->requestsTo(u"^/v1\\.0/users$"_s, before).size(), 1);
        QCOMPARE(idsOf(m_recorder.full.last()), idsOf(m_recorder.full.first()));
    }
};

QTEST_GUILESS_MAIN(TestDirectorySync)
#include "tst_directorysync.moc"
