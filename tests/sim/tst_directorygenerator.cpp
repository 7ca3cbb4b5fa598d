// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The directory generator: deterministic from its seed, fast at 100,000 people, and as mixed as
// a real multinational tenant (scripts, accents, free-text phones, guests, disabled accounts).
#include <sim/directorygenerator.h>
#include <sim/scenario.h>

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <support/simfixture.h>

using namespace Qt::StringLiterals;
using namespace AgentDesk;
using Sim::DirectoryGenerator;
using Sim::SimUser;

namespace {

const QString Domain = u"contoso.example"_s;

bool sameUser(const SimUser &a, const SimUser &b)
{
    return a.toJson(SimUser::AllProperties) == b.toJson(SimUser::AllProperties) &&
           a.hasPhoto == b.hasPhoto && a.availability() == b.availability() &&
           a.activity() == b.activity();
}

bool hasScript(const QString &text, QChar::Script script)
{
    return std::any_of(text.begin(), text.end(),
                       [script](QChar c) { return c.script() == script; });
}

bool hasAccentedLatin(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) {
        return c.unicode() > 0x7F && c.script() == QChar::Script_Latin;
    });
}

} // namespace

class TestDirectoryGenerator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QElapsedTimer timer;
        timer.start();
        m_large = DirectoryGenerator::generate(100'000, 42, Domain);
        m_largeMs = timer.elapsed();
        qInfo("generated 100,000 users in %lld ms", m_largeMs);
    }

    void generate_100k_takesWellUnderTwoSeconds()
    {
        QCOMPARE(m_large.size(), size_t(100'000));
        QVERIFY2(m_largeMs < 2000, qPrintable(u"%1 ms"_s.arg(m_largeMs)));
    }

    void generate_sameSeed_sameUsers()
    {
        const auto again = DirectoryGenerator::generate(5000, 42, Domain);
        for (size_t i = 0; i < again.size(); ++i) {
            QVERIFY2(sameUser(again[i], m_large[i]), qPrintable(again[i].id));
        }
    }

    void generate_differentSeed_differentUsers()
    {
        const auto other = DirectoryGenerator::generate(5000, 43, Domain);
        int same = 0;
        for (size_t i = 0; i < other.size(); ++i) {
            same += other[i].id == m_large[i].id ? 1 : 0;
            same += other[i].displayName == m_large[i].displayName ? 1 : 0;
        }
        // Names may coincide now and then; ids never.
        QVERIFY2(same < 500, qPrintable(QString::number(same)));
    }

    void generate_idsMailsAndPrincipalNames_unique()
    {
        static const QRegularExpression guid(
                u"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"_s);
        QSet<QString> ids;
        QSet<QString> mails;
        QSet<QString> principals;
        for (const SimUser &user : m_large) {
            QVERIFY2(guid.match(user.id).hasMatch(), qPrintable(user.id));
            ids.insert(user.id);
            mails.insert(user.mail.toLower());
            principals.insert(user.userPrincipalName.toLower());
        }
        QCOMPARE(ids.size(), qsizetype(m_large.size()));
        QCOMPARE(mails.size(), qsizetype(m_large.size()));
        QCOMPARE(principals.size(), qsizetype(m_large.size()));
    }

    void generate_mailAddresses_asciiAtTheirDomain()
    {
        static const QRegularExpression member(u"^[a-z]+\\.[a-z]+\\d*@contoso\\.example$"_s);
        static const QRegularExpression guestMail(u"^[a-z]+\\.[a-z]+\\d*@[a-z]+\\.example$"_s);
        static const QRegularExpression guestPrincipal(
                u"^[a-z]+\\.[a-z]+\\d*_[a-z]+\\.example#EXT#@contoso\\.example$"_s);
        for (const SimUser &user : m_large) {
            if (user.guest) {
                QVERIFY2(guestMail.match(user.mail).hasMatch(), qPrintable(user.mail));
                QVERIFY2(guestPrincipal.match(user.userPrincipalName).hasMatch(),
                         qPrintable(user.userPrincipalName));
            } else {
                QVERIFY2(member.match(user.mail).hasMatch(), qPrintable(user.mail));
                QCOMPARE(user.userPrincipalName, user.mail);
            }
        }
    }

    void generate_proportions_matchARealTenant()
    {
        int guests = 0;
        int disabled = 0;
        int members = 0;
        int membersWithoutPhone = 0;
        int membersWithMobile = 0;
        int withoutPhoto = 0;
        for (const SimUser &user : m_large) {
            guests += user.guest;
            disabled += !user.accountEnabled;
            withoutPhoto += !user.hasPhoto;
            if (!user.guest) {
                ++members;
                membersWithoutPhone += user.businessPhones.isEmpty();
                membersWithMobile += !user.mobilePhone.isEmpty();
            } else {
                QVERIFY(user.businessPhones.isEmpty());
            }
        }
        const auto share = [](int count, int of) { return 100.0 * count / of; };
        qInfo("guests %.1f%%, disabled %.1f%%, members without phone %.1f%%, with mobile "
              "%.1f%%, without photo %.1f%%",
              share(guests, 100'000), share(disabled, 100'000), share(membersWithoutPhone, members),
              share(membersWithMobile, members), share(withoutPhoto, 100'000));
        QVERIFY(qAbs(share(guests, 100'000) - 3) < 0.5);
        QVERIFY(qAbs(share(disabled, 100'000) - 2) < 0.5);
        QVERIFY(qAbs(share(membersWithoutPhone, members) - 5) < 0.7);
        QVERIFY(qAbs(share(membersWithMobile, members) - 30) < 1.5);
        QVERIFY(qAbs(share(withoutPhoto, 100'000) - 15) < 1.0);
    }

    void generate_names_coverScriptsAndAccents_data()
    {
        QTest::addColumn<int>("script");
        QTest::newRow("kanji") << int(QChar::Script_Han);
        QTest::newRow("hiragana") << int(QChar::Script_Hiragana);
        QTest::newRow("katakana") << int(QChar::Script_Katakana);
        QTest::newRow("hangul") << int(QChar::Script_Hangul);
        QTest::newRow("cyrillic") << int(QChar::Script_Cyrillic);
        QTest::newRow("greek") << int(QChar::Script_Greek);
        QTest::newRow("arabic") << int(QChar::Script_Arabic);
        QTest::newRow("devanagari") << int(QChar::Script_Devanagari);
    }

    void generate_names_coverScriptsAndAccents()
    {
        QFETCH(int, script);
        const int count =
                int(std::count_if(m_large.begin(), m_large.end(), [script](const SimUser &u) {
                    return hasScript(u.displayName, QChar::Script(script));
                }));
        QVERIFY2(count > 200, qPrintable(QString::number(count)));
    }

    void generate_latinNames_carryAccents()
    {
        QSet<QString> accented;
        for (const SimUser &user : m_large) {
            if (hasAccentedLatin(user.displayName)) {
                accented.insert(user.givenName);
                accented.insert(user.surname);
            }
        }
        for (const QString &name : {u"José"_s, u"João"_s, u"Conceição"_s, u"Inês"_s, u"François"_s,
                                    u"Hélène"_s, u"Núñez"_s, u"Çelik"_s}) {
            QVERIFY2(accented.contains(name), qPrintable(name));
        }
        const auto plainEnglish =
                std::count_if(m_large.begin(), m_large.end(), [](const SimUser &u) {
                    return u.displayName == u"James Smith"_s || u.displayName == u"Mary Johnson"_s;
                });
        QVERIFY(plainEnglish > 0);
    }

    void generate_japaneseNames_familyFirstAndRomanisedMail()
    {
        static const QRegularExpression japanese(u"^\\p{Han}+ [\\p{Han}\\p{Hiragana}]+$"_s);
        int checked = 0;
        bool hanakoSato = false;
        for (const SimUser &user : m_large) {
            if (!japanese.match(user.displayName).hasMatch() || user.guest) {
                continue;
            }
            ++checked;
            QCOMPARE(user.displayName, QString(user.surname + u' ' + user.givenName));
            hanakoSato = hanakoSato || (user.displayName == u"佐藤 花子"_s &&
                                        user.mail.startsWith(u"hanako.sato"_s));
        }
        QVERIFY(checked > 5000);
        QVERIFY(hanakoSato);
        const bool katakana = std::any_of(m_large.begin(), m_large.end(), [](const SimUser &u) {
            return u.displayName == u"ジョン・スミス"_s && u.mail.startsWith(u"john.smith"_s);
        });
        QVERIFY(katakana);
    }

    void generate_businessPhones_freeTextFormats_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::newRow("US parentheses") << u"^\\+1 \\(\\d{3}\\) 555-01\\d\\d$"_s;
        QTest::newRow("US extension") << u"^\\d{3}-555-01\\d\\d x\\d{3}$"_s;
        QTest::newRow("US spaced") << u"^\\+1 425 555 01\\d\\d$"_s;
        QTest::newRow("BR mobile style") << u"^\\+55 11 9\\d{4}-\\d{4}$"_s;
        QTest::newRow("PT") << u"^\\+351 21 \\d{3} \\d{4}$"_s;
        QTest::newRow("JP national") << u"^03-\\d{4}-\\d{4}$"_s;
        QTest::newRow("JP E.164") << u"^\\+81 3 \\d{4} \\d{4}$"_s;
        QTest::newRow("ES") << u"^\\+34 91 \\d{3} \\d\\d \\d\\d$"_s;
        QTest::newRow("FR") << u"^\\+33 1 \\d\\d \\d\\d \\d\\d \\d\\d$"_s;
        QTest::newRow("GB") << u"^\\+44 20 7946 0\\d{3}$"_s;
        QTest::newRow("DE run together") << u"^\\+4930 \\d{7}$"_s;
        QTest::newRow("unparsable reception") << u"^ext\\. 4411 \\(ask reception\\)$"_s;
        QTest::newRow("unparsable n/a") << u"^n/a$"_s;
    }

    void generate_businessPhones_freeTextFormats()
    {
        QFETCH(QString, pattern);
        const QRegularExpression expression(pattern);
        const bool found = std::any_of(m_large.begin(), m_large.end(), [&](const SimUser &u) {
            return !u.businessPhones.isEmpty() &&
                   expression.match(u.businessPhones.first()).hasMatch();
        });
        QVERIFY(found);
    }

    void generate_departments_haveMatchingTitles()
    {
        QHash<QString, QSet<QString>> titles;
        for (const SimUser &user : m_large) {
            if (!user.department.isEmpty()) {
                titles[user.department].insert(user.jobTitle);
            }
        }
        for (const QString &department :
             {u"Sales"_s, u"Customer Care"_s, u"Billing"_s, u"Technical Support"_s, u"Claims"_s,
              u"Underwriting"_s, u"Legal"_s, u"Finance"_s, u"Human Resources"_s, u"IT"_s,
              u"Marketing"_s, u"Logistics"_s, u"Product"_s, u"Quality Assurance"_s}) {
            QVERIFY2(titles.contains(department), qPrintable(department));
        }
        QVERIFY(titles.value(u"Billing"_s).contains(u"Senior Billing Specialist"_s));
        QVERIFY(titles.value(u"Claims"_s).contains(u"Claims Adjuster"_s));
        QVERIFY(titles.value(u"IT"_s).contains(u"Network Engineer"_s));
        QVERIFY(titles.value(u"Customer Care"_s).contains(u"Team Lead – Customer Care"_s));
        QVERIFY(!titles.value(u"Legal"_s).contains(u"Claims Adjuster"_s));
    }

    void generate_scenarioAccounts_pinnedMembersWithStableIds()
    {
        Sim::Scenario small = Sim::Scenario::defaults();
        small.setDirectorySize(50);
        Sim::Scenario other = Sim::Scenario::defaults();
        other.setDirectorySize(2000);
        other.setSeed(7);
        const auto a = DirectoryGenerator::generate(small);
        const auto b = DirectoryGenerator::generate(other);
        QCOMPARE(a.size(), size_t(50));
        const QJsonArray accounts = small.root().value(u"accounts"_s).toArray();
        QVERIFY(accounts.size() >= 3);
        for (int i = 0; i < accounts.size(); ++i) {
            const QJsonObject account = accounts.at(i).toObject();
            const SimUser &user = a[size_t(i)];
            QCOMPARE(user.mail, account.value(u"email"_s).toString());
            QCOMPARE(user.displayName, account.value(u"displayName"_s).toString());
            QCOMPARE(user.id, account.value(u"objectId"_s).toString(user.id));
            QCOMPARE(b[size_t(i)].id, user.id);
            QVERIFY(!user.guest);
            QVERIFY(user.accountEnabled);
            QCOMPARE(user.businessPhones.size(), 1);
            QVERIFY(user.businessPhones.first().startsWith(u'+'));
        }
        // Generated people never take a pinned address.
        const auto clash =
                std::count_if(a.begin() + accounts.size(), a.end(), [&](const SimUser &u) {
                    return u.mail == accounts.at(1).toObject().value(u"email"_s).toString();
                });
        QCOMPARE(clash, 0);
        // Without an objectId the id derives from the address alone.
        const auto pinned = DirectoryGenerator::generate(
                3, 1, Domain, {{u"zoe.keller@contoso.example"_s, u"Zoe Keller"_s, {}}});
        QCOMPARE(pinned.front().id, DirectoryGenerator::stableId(u"Zoe.Keller@contoso.example"_s));
        QCOMPARE(pinned.front().givenName, u"Zoe"_s);
        QCOMPARE(pinned.front().surname, u"Keller"_s);
    }

    void simulator_stats_matchTheGenerator()
    {
        Sim::Scenario scenario = Sim::Scenario::defaults();
        scenario.setDirectorySize(3000);
        const auto users = DirectoryGenerator::generate(scenario);
        Test::SimFixture sim(scenario);
        const QJsonObject stats =
                sim.wire().get(sim.url(u"/_sim/directory/stats"_s)).json().object();
        QCOMPARE(stats.value(u"total"_s).toInt(), 3000);
        QCOMPARE(stats.value(u"guests"_s).toInt(),
                 int(std::count_if(users.begin(), users.end(),
                                   [](const SimUser &u) { return u.guest; })));
        QCOMPARE(stats.value(u"disabled"_s).toInt(),
                 int(std::count_if(users.begin(), users.end(),
                                   [](const SimUser &u) { return !u.accountEnabled; })));
        QCOMPARE(stats.value(u"noPhone"_s).toInt(),
                 int(std::count_if(users.begin(), users.end(),
                                   [](const SimUser &u) { return u.businessPhones.isEmpty(); })));
        QCOMPARE(stats.value(u"members"_s).toInt() + stats.value(u"guests"_s).toInt(), 3000);
    }

private:
    std::vector<SimUser> m_large;
    qint64 m_largeMs = 0;
};

QTEST_GUILESS_MAIN(TestDirectoryGenerator)
#include "tst_directorygenerator.moc"
