// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/searchindex.h>
#include <core/textfolding.h>
#include <sim/directorygenerator.h>

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using AgentDesk::Core::Colleague;
using AgentDesk::Core::SearchIndex;
using AgentDesk::Core::TextFolding;

namespace {

// A colleague with the fields the index reads (GCC 12 warns about aggregates, even designated
// ones, that leave members out).
Colleague colleague(const QString &id, const QString &name, const QString &title = {},
                    const QString &department = {})
{
    Colleague result;
    result.id = id;
    result.displayName = name;
    result.jobTitle = title;
    result.department = department;
    return result;
}

// Rows are referred to by these numbers in the tests below.
QList<Colleague> directory()
{
    const auto person = [](int n, const QString &name, const QString &department,
                           const QString &title) {
        return colleague(u"id-%1"_s.arg(n), name, title, department);
    };
    return {
            person(0, u"Ana Souza"_s, u"Sales"_s, u"Account Manager"_s),
            person(1, u"Mariana Lopes"_s, u"Sales"_s, u"Sales Representative"_s),
            person(2, u"José Núñez"_s, u"Technical Support"_s, u"Support Engineer"_s),
            person(3, u"João Conceição"_s, u"Billing"_s, u"Billing Specialist"_s),
            person(4, u"佐藤 花子"_s, u"Technical Support"_s, u"Support Engineer"_s),
            person(5, u"山田 はなこ"_s, u"Billing"_s, u"Billing Specialist"_s),
            person(6, u"Ana Lima"_s, u"Technical Support"_s, u"Team Lead"_s),
            person(7, u"Anabel Ortiz"_s, u"Billing"_s, u"Analyst"_s),
            person(8, u"Peter Sales"_s, u"Technical Support"_s, u"Engineer"_s),
            person(9, u"Sean O'Brien"_s, u"Sales Operations"_s, u"Sales Analyst"_s),
            person(10, u"Kenji Watanabe"_s, u"Billing"_s, u"Team Lead"_s),
            person(11, u"ＴＡＲＯ　ＳＵＺＵＫＩ"_s, u"Billing"_s, u"Team Lead"_s),
            person(12, u"藤井 健"_s, u"Billing"_s, u"Analyst"_s),
            person(13, u"Ελένη Παππά"_s, u"Sales"_s, u"Team Lead"_s),
    };
}

// The matching rule spelled out the slow way, to check the index against.
struct Reference
{
    QStringList fields; // folded name, department, title

    // -1: no match; else how many terms missed the name.
    int misses(const QStringList &terms) const
    {
        int missed = 0;
        for (const QString &term : terms) {
            bool inName = false;
            bool any = false;
            for (qsizetype field = 0; field < fields.size(); ++field) {
                bool hit = false;
                if (TextFolding::containsCjk(term)) {
                    hit = TextFolding::compact(fields.at(field)).contains(term);
                } else {
                    const QStringList words = TextFolding::words(fields.at(field));
                    hit = std::any_of(words.begin(), words.end(), [&](const QString &word) {
                        return !TextFolding::containsCjk(word) && word.startsWith(term);
                    });
                }
                inName = inName || (hit && field == 0);
                any = any || hit;
            }
            if (!any) {
                return -1;
            }
            missed += inName ? 0 : 1;
        }
        return missed;
    }
};

QList<int> sorted(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    return rows;
}

} // namespace

class TestSearchIndex final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void search_query_findsTheRightPeople_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QList<int>>("rows");

        QTest::newRow("accent dropped") << u"jose"_s << QList<int>{2};
        QTest::newRow("accent typed") << u"JOSÉ"_s << QList<int>{2};
        QTest::newRow("tilde") << u"nunez"_s << QList<int>{2};
        QTest::newRow("cedilla") << u"conceicao"_s << QList<int>{3};
        QTest::newRow("greek without tonos") << u"ελενη"_s << QList<int>{13};
        QTest::newRow("katakana finds hiragana") << u"ハナコ"_s << QList<int>{5};
        QTest::newRow("half-width katakana") << u"ﾊﾅｺ"_s << QList<int>{5};
        QTest::newRow("hiragana substring") << u"なこ"_s << QList<int>{5};
        QTest::newRow("full-width query") << u"ＫＥＮＪＩ"_s << QList<int>{10};
        QTest::newRow("full-width directory") << u"taro suz"_s << QList<int>{11};
        QTest::newRow("cjk given name") << u"花子"_s << QList<int>{4};
        QTest::newRow("cjk one character") << u"藤"_s << QList<int>{4, 12};
        QTest::newRow("cjk without space") << u"佐藤花子"_s << QList<int>{4};
        QTest::newRow("cjk with full-width space") << u"佐藤　花子"_s << QList<int>{4};
        QTest::newRow("cjk spanning two values") << u"子technical"_s << QList<int>{};
        QTest::newRow("word prefix") << u"ana"_s << QList<int>{0, 6, 7, 9, 12};
        QTest::newRow("not a substring in latin") << u"ariana"_s << QList<int>{};
        QTest::newRow("whole word") << u"mariana"_s << QList<int>{1};
        QTest::newRow("apostrophe") << u"o'brien"_s << QList<int>{9};
        QTest::newRow("two words narrow") << u"sales ana"_s << QList<int>{0, 9};
        QTest::newRow("two words any order") << u"ana sales"_s << QList<int>{0, 9};
        QTest::newRow("two prefixes") << u"tech sup"_s << QList<int>{2, 4, 6, 8};
        QTest::newRow("cjk and latin words") << u"藤 billing"_s << QList<int>{12};
        QTest::newRow("trailing space") << u"billing "_s << QList<int>{3, 5, 7, 10, 11, 12};
        QTest::newRow("no match") << u"xyz"_s << QList<int>{};
        QTest::newRow("one word missing") << u"sales xyz"_s << QList<int>{};
    }
    void search_query_findsTheRightPeople()
    {
        QFETCH(QString, query);
        QFETCH(QList<int>, rows);
        const SearchIndex index(directory());
        QCOMPARE(sorted(index.search(query)), rows);
    }

    void search_nameMatch_comesBeforeDepartmentMatch()
    {
        SearchIndex index(directory());
        // Peter Sales by name; the rest by department or title, in name order.
        QCOMPARE(index.search(u"sales"_s), (QList<int>{8, 0, 1, 9, 13}));
        // Availability does not lift a department match above a name match.
        for (int row = 0; row < index.size(); ++row) {
            index.setAvailabilityRank(row, 0);
        }
        index.setAvailabilityRank(8, SearchIndex::MaxAvailabilityRank);
        QCOMPARE(index.search(u"sales"_s).constFirst(), 8);
    }

    void search_moreWordsInName_rankFirst()
    {
        SearchIndex index(directory());
        index.setAvailabilityRank(9, 0);
        // Ana Souza matched "ana" by name, Sean O'Brien neither word by name.
        QCOMPARE(index.search(u"sales ana"_s), (QList<int>{0, 9}));
    }

    void search_sameMatch_rankedByAvailabilityThenName()
    {
        SearchIndex index(directory());
        QCOMPARE(index.search(u"ana"_s), (QList<int>{6, 0, 7, 9, 12}));
        QVERIFY(index.setAvailabilityRank(u"id-7"_s, 0)); // Anabel became available
        QCOMPARE(index.search(u"ana"_s), (QList<int>{7, 6, 0, 9, 12}));
        index.setAvailabilityRank(0, 3);
        QCOMPARE(index.search(u"ana"_s), (QList<int>{7, 0, 6, 9, 12}));
        QCOMPARE(index.availabilityRank(0), 3);
    }

    void setAvailabilityRank_outOfRange_clampedOrIgnored()
    {
        SearchIndex index(directory());
        index.setAvailabilityRank(0, 1000);
        QCOMPARE(index.availabilityRank(0), SearchIndex::MaxAvailabilityRank);
        index.setAvailabilityRank(0, -4);
        QCOMPARE(index.availabilityRank(0), 0);
        index.setAvailabilityRank(99, 0); // no such row: nothing happens
        QVERIFY(!index.setAvailabilityRank(u"nobody"_s, 0));
        QCOMPARE(index.rowOf(u"id-12"_s), 12);
        QCOMPARE(index.rowOf(u"nobody"_s), -1);
    }

    void search_emptyQuery_listsEveryoneByAvailabilityThenName()
    {
        SearchIndex index(directory());
        index.setAvailabilityRank(12, 0);
        index.setAvailabilityRank(3, 0);
        index.setAvailabilityRank(5, 1);
        for (const QString &query : {QString(), u"  "_s, u"'"_s}) {
            const QList<int> rows = index.search(query);
            QCOMPARE(rows.size(), index.size());
            QCOMPARE(rows.mid(0, 3), (QList<int>{3, 12, 5})); // João < 藤井 in folded order
            const QList<Colleague> people = directory();
            for (qsizetype i = 4; i < rows.size(); ++i) {
                QVERIFY2(TextFolding::fold(people.at(rows.at(i - 1)).displayName) <
                                 TextFolding::fold(people.at(rows.at(i)).displayName),
                         qPrintable(people.at(rows.at(i)).displayName));
            }
        }
    }

    void search_departmentFilter_narrows()
    {
        const SearchIndex index(directory());
        SearchIndex::Filter filter;
        filter.department = u"TECHNICAL support"_s;
        QCOMPARE(sorted(index.search(QString(), filter)), (QList<int>{2, 4, 6, 8}));
        QCOMPARE(index.search(u"ana"_s, filter), QList<int>{6});
        filter.department = u"Nowhere"_s;
        QVERIFY(index.search(QString(), filter).isEmpty());
    }

    void search_availableOnlyFilter_dropsLessAvailable()
    {
        SearchIndex index(directory());
        index.setAvailabilityRank(6, 0);
        index.setAvailabilityRank(0, 1);
        SearchIndex::Filter filter;
        filter.maxAvailabilityRank = 0;
        QCOMPARE(index.search(u"ana"_s, filter), QList<int>{6});
        QCOMPARE(index.search(QString(), filter), QList<int>{6});
    }

    void departments_distinct_inFoldedOrder()
    {
        QList<Colleague> people = directory();
        people.append(colleague(u"x"_s, u"Zoe"_s, {}, u"SALES"_s));
        people.append(colleague(u"y"_s, u"Yan"_s));
        const SearchIndex index(people);
        QCOMPARE(index.departments(), (QStringList{u"Billing"_s, u"Sales"_s, u"Sales Operations"_s,
                                                   u"Technical Support"_s}));
        // "SALES" folds like "Sales": the same department.
        SearchIndex::Filter filter;
        filter.department = u"sales"_s;
        QCOMPARE(sorted(index.search(u"zoe"_s, filter)), QList<int>{14});
    }

    void search_generatedDirectory_agreesWithPlainScan_data()
    {
        QTest::addColumn<QString>("query");
        for (const QString &query : {u"a"_s,        u"ana"_s,       u"jose"_s,
                                     u"JOSÉ"_s,     u"sales ana"_s, u"佐藤"_s,
                                     u"藤"_s,       u"さくら"_s,    u"サクラ"_s,
                                     u"ｻｸﾗ"_s,      u"tech sup"_s,  u"billing"_s,
                                     u"o'"_s,       u"mar"_s,       u"conceição"_s,
                                     u"müller"_s,   u"王"_s,        u"customer care lead"_s,
                                     u"senior s"_s, u"ελ"_s,        u"ол"_s,
                                     u"김"_s,       u"xyz"_s,       QString()}) {
            QTest::newRow(qPrintable(query.isEmpty() ? u"(empty)"_s : query)) << query;
        }
    }
    void search_generatedDirectory_agreesWithPlainScan()
    {
        QFETCH(QString, query);
        static const std::vector<AgentDesk::Sim::SimUser> users =
                AgentDesk::Sim::DirectoryGenerator::generate(5000, 7, u"contoso.example"_s);
        QList<Colleague> people;
        std::vector<Reference> references;
        for (const AgentDesk::Sim::SimUser &user : users) {
            people.append(colleague(user.id, user.displayName, user.jobTitle, user.department));
            references.push_back(
                    {{TextFolding::fold(user.displayName), TextFolding::fold(user.department),
                      TextFolding::fold(user.jobTitle)}});
        }
        SearchIndex index(people);
        for (qsizetype row = 0; row < people.size(); ++row) {
            index.setAvailabilityRank(int(row), users[size_t(row)].availabilityIndex);
        }

        const QStringList terms = TextFolding::words(TextFolding::fold(query));
        QList<int> expected;
        for (qsizetype row = 0; row < people.size(); ++row) {
            if (references[size_t(row)].misses(terms) >= 0) {
                expected.append(int(row));
            }
        }
        QCOMPARE(expected.isEmpty(), query == u"xyz"_s); // the comparison below means something
        const QList<int> rows = index.search(query);
        QCOMPARE(sorted(rows), expected);

        // Ranked: fewer name misses, then more available, then name.
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const int a = rows.at(i - 1);
            const int b = rows.at(i);
            const auto key = [&](int row) {
                return std::make_tuple(references[size_t(row)].misses(terms),
                                       index.availabilityRank(row),
                                       references[size_t(row)].fields.at(0));
            };
            QVERIFY2(key(a) <= key(b), qPrintable(people.at(a).displayName + u" before "_s +
                                                  people.at(b).displayName));
        }
    }

    void rebuild_newDirectory_replacesOldOneAndItsRanks()
    {
        SearchIndex index(directory());
        index.setAvailabilityRank(0, 0);
        index.rebuild({colleague(u"a"_s, u"Ana Souza"_s, {}, u"Sales"_s)});
        QCOMPARE(index.size(), 1);
        QCOMPARE(index.availabilityRank(0), SearchIndex::MaxAvailabilityRank);
        QCOMPARE(index.search(u"ana"_s), QList<int>{0});
        QVERIFY(index.search(u"jose"_s).isEmpty());
        index.rebuild({});
        QVERIFY(index.search(QString()).isEmpty());
        QVERIFY(index.search(u"ana"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
