// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/countrylist.h>

#include <QCollator>
#include <QElapsedTimer>
#include <QLocale>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using AgentDesk::Core::Country;
using AgentDesk::Core::CountryList;

class TestCountryList final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void forLanguage_everyRegion_hasCodeAndName()
    {
        const CountryList list = CountryList::forLanguage(u"en"_s);
        QCOMPARE(list.size(), 245); // every region libphonenumber supports (PLATFORM-NOTES.md)
        QSet<QString> regions;
        for (const Country &country : list.countries()) {
            QCOMPARE(country.region.size(), 2);
            QVERIFY2(country.callingCode > 0, qPrintable(country.region));
            QVERIFY2(!country.name.isEmpty(), qPrintable(country.region));
            regions.insert(country.region);
        }
        QCOMPARE(regions.size(), list.size());
    }

    void forLanguage_names_areLocalized_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("name");

        QTest::newRow("ja BR") << u"ja"_s << u"BR"_s << u"ブラジル"_s;
        QTest::newRow("ja JP") << u"ja"_s << u"JP"_s << u"日本"_s;
        QTest::newRow("ja US") << u"ja"_s << u"US"_s << u"アメリカ合衆国"_s;
        QTest::newRow("fr BR") << u"fr"_s << u"BR"_s << u"Brésil"_s;
        QTest::newRow("fr DE") << u"fr"_s << u"DE"_s << u"Allemagne"_s;
        QTest::newRow("fr US") << u"fr"_s << u"US"_s << u"États-Unis"_s;
        QTest::newRow("pt_BR BR") << u"pt_BR"_s << u"BR"_s << u"Brasil"_s;
        QTest::newRow("pt_BR US") << u"pt_BR"_s << u"US"_s << u"Estados Unidos"_s;
        QTest::newRow("pt_BR DE") << u"pt_BR"_s << u"DE"_s << u"Alemanha"_s;
        QTest::newRow("pt-BR spelling") << u"pt-BR"_s << u"JP"_s << u"Japão"_s;
        QTest::newRow("es JP") << u"es"_s << u"JP"_s << u"Japón"_s;
        QTest::newRow("es DE") << u"es"_s << u"DE"_s << u"Alemania"_s;
        QTest::newRow("es BR") << u"es"_s << u"BR"_s << u"Brasil"_s;
        QTest::newRow("en BR") << u"en"_s << u"BR"_s << u"Brazil"_s;
        QTest::newRow("empty means English") << QString() << u"GB"_s << u"United Kingdom"_s;
    }
    void forLanguage_names_areLocalized()
    {
        QFETCH(QString, language);
        QFETCH(QString, region);
        QFETCH(QString, name);
        const std::optional<Country> country = CountryList::forLanguage(language).find(region);
        QVERIFY(country);
        QCOMPARE(country->name, name);
    }

    void find_region_givesCallingCode_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<int>("callingCode");
        QTest::newRow("US") << u"US"_s << 1;
        QTest::newRow("CA") << u"CA"_s << 1;
        QTest::newRow("BR") << u"BR"_s << 55;
        QTest::newRow("PT") << u"PT"_s << 351;
        QTest::newRow("JP") << u"JP"_s << 81;
        QTest::newRow("ES") << u"ES"_s << 34;
        QTest::newRow("FR") << u"FR"_s << 33;
        QTest::newRow("GB") << u"GB"_s << 44;
        QTest::newRow("DE") << u"DE"_s << 49;
        QTest::newRow("lowercase") << u"br"_s << 55;
    }
    void find_region_givesCallingCode()
    {
        QFETCH(QString, region);
        QFETCH(int, callingCode);
        const CountryList list = CountryList::forLanguage(u"fr"_s);
        const std::optional<Country> country = list.find(region);
        QVERIFY(country);
        QCOMPARE(country->callingCode, callingCode);
        QCOMPARE(list.countries().at(list.indexOf(region)), *country);
    }

    void find_unknownRegion_givesNothing()
    {
        const CountryList list = CountryList::forLanguage(u"en"_s);
        QVERIFY(!list.find(u"XX"_s));
        QCOMPARE(list.indexOf(u"001"_s), -1);
    }

    // The order is the language's collation (what QCollator, also ICU, says), not code points.
    void countries_order_followsLanguageCollation_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ja") << u"ja"_s;
        QTest::newRow("pt_BR") << u"pt_BR"_s;
        QTest::newRow("fr") << u"fr"_s;
        QTest::newRow("es") << u"es"_s;
        QTest::newRow("en") << u"en"_s;
    }
    void countries_order_followsLanguageCollation()
    {
        QFETCH(QString, language);
        const QList<Country> countries = CountryList::forLanguage(language).countries();
        QCollator collator{QLocale(language)};
        for (qsizetype i = 1; i < countries.size(); ++i) {
            QVERIFY2(collator.compare(countries.at(i - 1).name, countries.at(i).name) <= 0,
                     qPrintable(countries.at(i - 1).name + u" > "_s + countries.at(i).name));
        }
    }

    void countries_accentedNames_sortWithTheirLetter()
    {
        // Code-point order would put "É…" and "Á…" after "Z…".
        const CountryList fr = CountryList::forLanguage(u"fr"_s);
        QVERIFY(fr.indexOf(u"DK"_s) < fr.indexOf(u"EG"_s)); // Danemark < Égypte
        QVERIFY(fr.indexOf(u"EG"_s) < fr.indexOf(u"AE"_s)); // Égypte < Émirats arabes unis
        QVERIFY(fr.indexOf(u"AE"_s) < fr.indexOf(u"EC"_s)); // Émirats < Équateur
        QVERIFY(fr.indexOf(u"US"_s) < fr.indexOf(u"FJ"_s)); // États-Unis < Fidji
        const CountryList pt = CountryList::forLanguage(u"pt_BR"_s);
        QVERIFY(pt.indexOf(u"AU"_s) < pt.indexOf(u"AT"_s)); // Austrália < Áustria
        QVERIFY(pt.indexOf(u"AT"_s) < pt.indexOf(u"BR"_s)); // Áustria < Brasil
    }

    void withFirst_defaultRegion_comesFirstOnce()
    {
        const CountryList list = CountryList::forLanguage(u"pt_BR"_s);
        const QList<Country> ordered = list.withFirst(u"pt"_s);
        QCOMPARE(ordered.size(), list.size());
        QCOMPARE(ordered.first().region, u"PT"_s);
        QCOMPARE(std::count_if(ordered.cbegin(), ordered.cend(),
                               [](const Country &c) { return c.region == u"PT"_s; }),
                 1);
        // The rest keeps its sorted order.
        QList<Country> rest = ordered.mid(1);
        QList<Country> expected = list.countries();
        expected.removeAt(list.indexOf(u"PT"_s));
        QCOMPARE(rest, expected);
        QCOMPARE(list.withFirst(u"XX"_s), list.countries());
    }

    void label_country_showsNameAndCallingCode()
    {
        const std::optional<Country> brazil = CountryList::forLanguage(u"fr"_s).find(u"BR"_s);
        QVERIFY(brazil);
        QCOMPARE(CountryList::label(*brazil), u"Brésil (+55)"_s);
    }

    // Built at dialog open: measured here, cached per language afterwards.
    void forLanguage_secondCall_isCachedAndBuildIsFast()
    {
        QElapsedTimer timer;
        timer.start();
        const CountryList fresh = CountryList::build(u"ja"_s);
        const qint64 buildMs = timer.elapsed();
        qInfo("country list for ja built in %lld ms", buildMs);
        QCOMPARE(fresh.size(), 245);
        QVERIFY2(buildMs < 1000, "building a country list must not stall the dialog");

        const CountryList first = CountryList::forLanguage(u"ja"_s);
        timer.restart();
        const CountryList second = CountryList::forLanguage(u"ja"_s);
        qInfo("cached look-up in %lld us", timer.nsecsElapsed() / 1000);
        QVERIFY(first.isSharedWith(second));
        QVERIFY(!first.isSharedWith(fresh));
        QVERIFY(!first.isSharedWith(CountryList::forLanguage(u"fr"_s)));
        QCOMPARE(first.countries(), fresh.countries());
        QCOMPARE(first.language(), u"ja"_s);
        QCOMPARE(CountryList::forLanguage(u"pt-BR"_s).language(), u"pt_BR"_s);
    }
};

QTEST_GUILESS_MAIN(TestCountryList)
#include "tst_countrylist.moc"
