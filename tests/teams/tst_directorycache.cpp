// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The directory's SQLite cache: every field back as written (accents, Japanese, each phone
// verdict), deltas applied in place, reuse by a later instance, and damaged, foreign-version or
// unwritable files handled without a crash (rebuilt empty, or refused with false).
#include <teams/directorycache.h>

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <support/logcapture.h>

using namespace Qt::StringLiterals;
using namespace AgentDesk;
using Core::Colleague;
using Teams::DirectoryCache;
using Verdict = Core::DialNumber::Verdict;

namespace {

Colleague person(int n, const QString &name, const QString &department = u"Sales"_s)
{
    Colleague c;
    c.id = u"00000000-0000-0000-0000-%1"_s.arg(n, 12, 10, QChar(u'0'));
    c.displayName = name;
    c.jobTitle = u"Account Manager"_s;
    c.department = department;
    c.mail = u"person%1@contoso.example"_s.arg(n);
    c.businessPhone = u"+1 (425) 555-%1"_s.arg(1000 + n);
    c.businessPhoneE164 = u"+1425555%1"_s.arg(1000 + n);
    c.businessPhoneVerdict = Verdict::Valid;
    return c;
}

// People using every field, the awkward ones included.
QList<Colleague> awkwardPeople()
{
    QList<Colleague> people;
    Colleague &jose = people.emplace_back();
    jose.id = u"a1"_s;
    jose.displayName = u"José Núñez Conceição"_s;
    jose.jobTitle = u"Técnico de Suporte Sênior"_s;
    jose.department = u"Atendimento ao Cliente – São Paulo"_s;
    jose.mail = u"jose.nunez@contoso.example"_s;
    jose.businessPhone = u"425-555-0100 x123"_s;
    jose.businessPhoneE164 = u"+14255550100"_s;
    jose.businessPhoneExtension = u"123"_s;
    jose.businessPhoneVerdict = Verdict::Valid;
    jose.mobilePhone = u"+351 912 345 678"_s;
    jose.mobilePhoneE164 = u"+351912345678"_s;
    jose.ccAgentId = u"agent-7f3e"_s;

    Colleague &hanako = people.emplace_back();
    hanako.id = u"a2"_s;
    hanako.displayName = u"佐藤 はなこ（サトウ）"_s;
    hanako.jobTitle = u"カスタマーサポート担当"_s;
    hanako.department = u"技術サポート部"_s;
    hanako.mail = u"hanako.sato@contoso.example"_s;
    hanako.businessPhone = u"03-1234-5678"_s;
    hanako.businessPhoneVerdict = Verdict::NoRegionChosen;

    // Only an id: every other field empty.
    people.emplace_back().id = u"a3"_s;

    Colleague &sean = people.emplace_back();
    sean.id = u"a4"_s;
    sean.displayName = u"O'Brien \"Sean\"; DROP TABLE colleagues; --"_s;
    sean.businessPhone = u"call me"_s;
    sean.businessPhoneVerdict = Verdict::NotANumber;
    sean.mobilePhone = u"0800 FLOWERS"_s;

    Colleague &eleni = people.emplace_back();
    eleni.id = u"a5"_s;
    eleni.displayName = u"Ελένη Παππά 😀"_s;
    eleni.businessPhone = u"+1 425 555 01"_s;
    eleni.businessPhoneE164 = u"+142555501"_s;
    eleni.businessPhoneVerdict = Verdict::PossibleButUnassigned;

    // Every verdict survives, whatever its position in the enum.
    const QList<Verdict> verdicts = {Verdict::Empty,
                                     Verdict::MissingCountryCode,
                                     Verdict::InvalidCountryCode,
                                     Verdict::InvalidForRegion,
                                     Verdict::TooShort,
                                     Verdict::TooLong,
                                     Verdict::InvalidLength,
                                     Verdict::LocalOnly};
    for (qsizetype i = 0; i < verdicts.size(); ++i) {
        Colleague c = person(int(100 + i), u"Verdict %1"_s.arg(i));
        c.businessPhoneE164.clear();
        c.businessPhoneVerdict = verdicts.at(i);
        people.append(c);
    }
    return people;
}

QList<Colleague> manyPeople(int count)
{
    QList<Colleague> people;
    for (int n = 0; n < count; ++n) {
        people.append(person(n, u"Person %1"_s.arg(n), u"Department %1"_s.arg(n % 17)));
    }
    return people;
}

const QString kDeltaLink =
        u"https://graph.microsoft.com/v1.0/users/delta?$deltatoken=abc%2Bdef&x=ü"_s;

} // namespace

class TestDirectoryCache final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    void cleanup() { m_dir.reset(); }

    void replaceAll_everyField_readsBackEqual()
    {
        DirectoryCache cache(path());
        QVERIFY(cache.open());
        QVERIFY(cache.isOpen());
        QVERIFY(cache.replaceAll(awkwardPeople(), kDeltaLink));

        const DirectoryCache::Snapshot snapshot = cache.load();
        QCOMPARE(snapshot.colleagues, awkwardPeople());
        QCOMPARE(snapshot.deltaLink, kDeltaLink);
    }

    void load_newFile_isEmpty()
    {
        DirectoryCache cache(m_dir->filePath(u"nested/folder/directory.sqlite"_s));
        QVERIFY(cache.open());
        const DirectoryCache::Snapshot snapshot = cache.load();
        QVERIFY(snapshot.colleagues.isEmpty());
        QVERIFY(snapshot.deltaLink.isEmpty());
        QVERIFY(QFile::exists(cache.filePath()));
    }

    void open_laterInstance_readsWhatEarlierOneWrote()
    {
        {
            DirectoryCache first(path());
            QVERIFY(first.open());
            QVERIFY(first.replaceAll(awkwardPeople(), kDeltaLink));
        }
        DirectoryCache second(path());
        QVERIFY(second.open());
        const DirectoryCache::Snapshot snapshot = second.load();
        QCOMPARE(snapshot.colleagues, awkwardPeople());
        QCOMPARE(snapshot.deltaLink, kDeltaLink);

        // Closed and opened again, the same instance still works.
        second.close();
        QVERIFY(!second.isOpen());
        QVERIFY(second.load().colleagues.isEmpty());
        QVERIFY(second.open());
        QCOMPARE(second.load().colleagues.size(), awkwardPeople().size());
    }

    void open_twoAccountsAtOnce_keepTheirOwnData()
    {
        DirectoryCache ana(path(u"ana.sqlite"_s));
        DirectoryCache kenji(path(u"kenji.sqlite"_s));
        QVERIFY(ana.open());
        QVERIFY(kenji.open());
        QVERIFY(ana.replaceAll({person(1, u"Ana"_s)}, u"link-ana"_s));
        QVERIFY(kenji.replaceAll({person(2, u"健二"_s), person(3, u"花子"_s)}, u"link-kenji"_s));
        QCOMPARE(ana.load().colleagues, QList<Colleague>{person(1, u"Ana"_s)});
        QCOMPARE(kenji.load().deltaLink, u"link-kenji"_s);
        QCOMPARE(kenji.load().colleagues.size(), 2);
    }

    void apply_upsertsAndRemovals_changeInPlace()
    {
        DirectoryCache cache(path());
        QVERIFY(cache.open());
        QVERIFY(cache.replaceAll(
                {person(1, u"Ana"_s), person(2, u"Bruno"_s), person(3, u"Célia"_s)}, u"link-1"_s));

        Colleague bruno = person(2, u"Bruno Souza"_s, u"Billing"_s);
        bruno.ccAgentId = u"agent-2"_s;
        bruno.businessPhoneExtension = u"42"_s;
        const Colleague daniel = person(4, u"Daniel"_s);
        QVERIFY(cache.apply({bruno, daniel}, {person(1, QString()).id, u"not-stored"_s},
                            u"link-2"_s));

        const DirectoryCache::Snapshot snapshot = cache.load();
        // Bruno keeps his place; Daniel comes last; Ana is gone.
        QCOMPARE(snapshot.colleagues, (QList<Colleague>{bruno, person(3, u"Célia"_s), daniel}));
        QCOMPARE(snapshot.deltaLink, u"link-2"_s);
    }

    void apply_onlyNewDeltaLink_keepsColleagues()
    {
        DirectoryCache cache(path());
        QVERIFY(cache.open());
        QVERIFY(cache.replaceAll(manyPeople(3), u"link-1"_s));
        QVERIFY(cache.apply({}, {}, u"link-2"_s));
        const DirectoryCache::Snapshot snapshot = cache.load();
        QCOMPARE(snapshot.colleagues, manyPeople(3));
        QCOMPARE(snapshot.deltaLink, u"link-2"_s);
    }

    void replaceAll_afterDeltas_replacesEverything()
    {
        DirectoryCache cache(path());
        QVERIFY(cache.open());
        QVERIFY(cache.replaceAll(manyPeople(50), u"link-1"_s));
        QVERIFY(cache.apply({person(99, u"Zé"_s)}, {}, u"link-2"_s));
        QVERIFY(cache.replaceAll(awkwardPeople(), u"link-3"_s));
        const DirectoryCache::Snapshot snapshot = cache.load();
        QCOMPARE(snapshot.colleagues, awkwardPeople());
        QCOMPARE(snapshot.deltaLink, u"link-3"_s);
    }

    void replaceAll_duplicateIds_lastOneWins()
    {
        DirectoryCache cache(path());
        QVERIFY(cache.open());
        QVERIFY(cache.replaceAll({person(1, u"Ana"_s), person(1, u"Ana Maria"_s)}, {}));
        QCOMPARE(cache.load().colleagues, QList<Colleague>{person(1, u"Ana Maria"_s)});
    }

    void clear_forgetsColleaguesAndDeltaLink()
    {
        DirectoryCache cache(path());
        QVERIFY(cache.open());
        QVERIFY(cache.replaceAll(manyPeople(10), kDeltaLink));
        QVERIFY(cache.clear());
        const DirectoryCache::Snapshot snapshot = cache.load();
        QVERIFY(snapshot.colleagues.isEmpty());
        QVERIFY(snapshot.deltaLink.isEmpty());
    }

    void open_damagedFile_rebuildsEmptyAndUsable_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("garbage bytes") << u"garbage"_s;
        QTest::newRow("SQLite header, garbage after") << u"header"_s;
        QTest::newRow("truncated to half") << u"half"_s;
        QTest::newRow("truncated to the first page") << u"firstPage"_s;
        QTest::newRow("pages overwritten") << u"overwritten"_s;
    }
    void open_damagedFile_rebuildsEmptyAndUsable()
    {
        QFETCH(QString, damage);
        {
            DirectoryCache cache(path());
            QVERIFY(cache.open());
            QVERIFY(cache.replaceAll(manyPeople(3000), kDeltaLink));
        }
        QFile file(path());
        QVERIFY(file.open(QIODevice::ReadWrite));
        const QByteArray original = file.readAll();
        QVERIFY2(original.size() > 64 * 1024, "the cache should span many pages");
        QVERIFY(file.resize(0));
        file.seek(0);
        if (damage == u"garbage") {
            file.write(QByteArray(5000, '\x5a') + "this is not a database");
        } else if (damage == u"header") {
            file.write(QByteArray("SQLite format 3\0", 16) + QByteArray(8000, '\xff'));
        } else if (damage == u"half") {
            file.write(original.left(original.size() / 2));
        } else if (damage == u"firstPage") {
            file.write(original.left(4096));
        } else {
            QByteArray broken = original;
            for (qsizetype at = 4096 * 2; at < broken.size(); at += 4096 * 3) {
                broken.replace(at, 1024, QByteArray(1024, '\xa5'));
            }
            file.write(broken);
        }
        file.close();

        Test::LogCapture log;
        DirectoryCache cache(path());
        QVERIFY(cache.open());
        const DirectoryCache::Snapshot snapshot = cache.load();
        QVERIFY(snapshot.colleagues.isEmpty());
        QVERIFY(snapshot.deltaLink.isEmpty());
        QVERIFY2(log.contains(u"rebuilding it empty"_s), qPrintable(log.lines().join(u'\n')));

        // Usable again, by this instance and the next.
        QVERIFY(cache.replaceAll(awkwardPeople(), u"link-new"_s));
        QCOMPARE(cache.load().colleagues, awkwardPeople());
        cache.close();
        DirectoryCache next(path());
        QVERIFY(next.open());
        QCOMPARE(next.load().deltaLink, u"link-new"_s);
    }

    void open_otherSchemaVersion_rebuildsEmpty_data()
    {
        QTest::addColumn<int>("version");
        QTest::newRow("older: unversioned") << 0;
        QTest::newRow("newer") << DirectoryCache::SchemaVersion + 1;
        QTest::newRow("much newer") << 1000;
    }
    void open_otherSchemaVersion_rebuildsEmpty()
    {
        QFETCH(int, version);
        // A file in another layout: a colleagues table with other columns.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign"_s);
            db.setDatabaseName(path());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"CREATE TABLE colleagues (id TEXT, name TEXT, phone TEXT)"_s));
            QVERIFY(q.exec(u"CREATE TABLE meta (key TEXT, value TEXT)"_s));
            QVERIFY(q.exec(u"INSERT INTO colleagues VALUES ('x', 'Old Format', '123')"_s));
            QVERIFY(q.exec(u"PRAGMA user_version = %1"_s.arg(version)));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"foreign"_s);

        Test::LogCapture log;
        DirectoryCache cache(path());
        QVERIFY(cache.open());
        QVERIFY(cache.load().colleagues.isEmpty());
        QVERIFY(log.contains(u"schema version %1"_s.arg(version)));
        QVERIFY(log.contains(u"rebuilding it empty"_s));
        QVERIFY(cache.replaceAll(awkwardPeople(), kDeltaLink));
        QCOMPARE(cache.load().colleagues, awkwardPeople());
    }

    void load_verdictFromNewerVersion_readsAsReadableOrNot()
    {
        {
            DirectoryCache cache(path());
            QVERIFY(cache.open());
            Colleague unreadable = person(2, u"Bruno"_s);
            unreadable.businessPhoneE164.clear();
            QVERIFY(cache.replaceAll({person(1, u"Ana"_s), unreadable}, {}));
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer"_s);
            db.setDatabaseName(path());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"UPDATE colleagues SET business_verdict = 99"_s));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"newer"_s);
        DirectoryCache cache(path());
        QVERIFY(cache.open());
        const QList<Colleague> colleagues = cache.load().colleagues;
        QCOMPARE(colleagues.size(), 2);
        QCOMPARE(colleagues.at(0).businessPhoneVerdict, Verdict::Valid);
        QCOMPARE(colleagues.at(1).businessPhoneVerdict, Verdict::NotANumber);
    }

    void open_unwritableLocation_failsWithoutCrash_data()
    {
        QTest::addColumn<QString>("where");
        // Checked as root too: no permission bit is involved.
        QTest::newRow("folder is a file") << u"fileAsFolder"_s;
        QTest::newRow("path is a folder") << u"folderAsFile"_s;
    }
    void open_unwritableLocation_failsWithoutCrash()
    {
        QFETCH(QString, where);
        QString target;
        if (where == u"fileAsFolder") {
            QFile blocker(m_dir->filePath(u"blocker"_s));
            QVERIFY(blocker.open(QIODevice::WriteOnly));
            blocker.write("x");
            blocker.close();
            target = m_dir->filePath(u"blocker/directory.sqlite"_s);
        } else {
            target = m_dir->filePath(u"a-folder"_s);
            QVERIFY(QDir(m_dir->path()).mkpath(u"a-folder/inside"_s));
        }
        Test::LogCapture log;
        DirectoryCache cache(target);
        QVERIFY(!cache.open());
        QVERIFY(!cache.isOpen());
        QVERIFY(cache.load().colleagues.isEmpty());
        QVERIFY(!cache.replaceAll(awkwardPeople(), kDeltaLink));
        QVERIFY(!cache.apply(awkwardPeople(), {u"a1"_s}, kDeltaLink));
        QVERIFY(!cache.clear());
        QVERIFY(log.contains(u"working without a cache"_s));
    }

    void log_neverNamesPeopleOrFolders()
    {
        Test::LogCapture log;
        DirectoryCache cache(path());
        QVERIFY(cache.open());
        QVERIFY(cache.replaceAll(awkwardPeople(), kDeltaLink));
        QVERIFY(cache.apply(awkwardPeople().mid(0, 1), {u"a2"_s}, kDeltaLink));
        QVERIFY(!cache.load().colleagues.isEmpty());
        QVERIFY(!log.lines().isEmpty());
        for (const QString &needle : {u"José"_s, u"jose.nunez"_s, u"14255550100"_s, u"佐藤"_s,
                                      m_dir->path(), u"deltatoken"_s}) {
            QVERIFY2(!log.contains(needle), qPrintable(needle));
        }
    }

    void pathFor_accountAndTenant_hashedFileUnderCacheLocation()
    {
        const QString path = DirectoryCache::pathFor(u"Ana.Souza@Contoso.example"_s, u"tenant-1"_s);
        QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                                u'/'));
        QVERIFY(path.endsWith(u".sqlite"_s));
        QVERIFY(!path.contains(u"ana"_s, Qt::CaseInsensitive));
        QVERIFY(!path.contains(u"contoso"_s, Qt::CaseInsensitive));
        QVERIFY(!path.contains(u"tenant"_s, Qt::CaseInsensitive));
        // The same account however it is typed; another tenant or account gets its own file.
        QCOMPARE(DirectoryCache::pathFor(u"ana.souza@contoso.example"_s, u"TENANT-1"_s), path);
        QVERIFY(DirectoryCache::pathFor(u"ana.souza@contoso.example"_s, u"tenant-2"_s) != path);
        QVERIFY(DirectoryCache::pathFor(u"bruno@contoso.example"_s, u"tenant-1"_s) != path);
    }

private:
    QString path(const QString &name = u"directory.sqlite"_s) const
    {
        return m_dir->filePath(name);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestDirectoryCache)
#include "tst_directorycache.moc"
