// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/dialnumber.h>

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using AgentDesk::Core::DialNumber;
using Verdict = AgentDesk::Core::DialNumber::Verdict;

class TestDialNumber final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Unticked "International format": E.164, IDD from the agent's region, or national numbers of
    // the agent's region.
    void parse_acceptedNumbers_giveE164AndRegion_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("defaultRegion");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("e164");
        QTest::addColumn<QString>("region");

        QTest::newRow("US e164") << u"+1 425 555 0100"_s << u"US"_s << u"Valid"_s
                                 << u"+14255550100"_s << u"US"_s;
        QTest::newRow("CA e164") << u"+1 604-555-1234"_s << u"US"_s << u"Valid"_s
                                 << u"+16045551234"_s << u"CA"_s;
        QTest::newRow("BR mobile e164 from US") << u"+55 11 98765-4321"_s << u"US"_s << u"Valid"_s
                                                << u"+5511987654321"_s << u"BR"_s;
        QTest::newRow("PT mobile e164 without region")
                << u"+351 912 345 678"_s << QString() << u"Valid"_s << u"+351912345678"_s
                << u"PT"_s;
        QTest::newRow("JP e164 from BR")
                << u"+81 3-1234-5678"_s << u"BR"_s << u"Valid"_s << u"+81312345678"_s << u"JP"_s;
        QTest::newRow("ES e164") << u"+34 912 34 56 78"_s << u"US"_s << u"Valid"_s
                                 << u"+34912345678"_s << u"ES"_s;
        QTest::newRow("FR e164") << u"+33 1 23 45 67 89"_s << u"US"_s << u"Valid"_s
                                 << u"+33123456789"_s << u"FR"_s;
        QTest::newRow("GB e164") << u"+44 20 7946 0958"_s << u"US"_s << u"Valid"_s
                                 << u"+442079460958"_s << u"GB"_s;
        QTest::newRow("DE e164") << u"+49 30 123456"_s << u"US"_s << u"Valid"_s << u"+4930123456"_s
                                 << u"DE"_s;
        QTest::newRow("e164 without spaces")
                << u"+5511987654321"_s << u"BR"_s << u"Valid"_s << u"+5511987654321"_s << u"BR"_s;
        QTest::newRow("IDD 011 from US to AU")
                << u"011 61 2 9374 4000"_s << u"US"_s << u"Valid"_s << u"+61293744000"_s << u"AU"_s;
        QTest::newRow("IDD 011 from US to BR") << u"01155 11 98765 4321"_s << u"US"_s << u"Valid"_s
                                               << u"+5511987654321"_s << u"BR"_s;
        QTest::newRow("IDD 00 from PT to BR") << u"00 55 11 98765 4321"_s << u"PT"_s << u"Valid"_s
                                              << u"+5511987654321"_s << u"BR"_s;
        QTest::newRow("IDD 00 from PT to GB")
                << u"0044 20 7946 0958"_s << u"PT"_s << u"Valid"_s << u"+442079460958"_s << u"GB"_s;
        // Brazil's IDD carries a carrier code: 00 + 21 (Embratel) + country code.
        QTest::newRow("IDD 00+carrier from BR to PT")
                << u"0021 351 912 345 678"_s << u"BR"_s << u"Valid"_s << u"+351912345678"_s
                << u"PT"_s;
        QTest::newRow("national of the default region US")
                << u"(425) 555-0100"_s << u"US"_s << u"Valid"_s << u"+14255550100"_s << u"US"_s;
        QTest::newRow("national of the default region JP")
                << u"03-1234-5678"_s << u"JP"_s << u"Valid"_s << u"+81312345678"_s << u"JP"_s;
        QTest::newRow("full-width digits")
                << u"\uFF10\uFF13-\uFF11\uFF12\uFF13\uFF14-\uFF15\uFF16\uFF17\uFF18"_s << u"JP"_s
                << u"Valid"_s << u"+81312345678"_s << u"JP"_s;
        QTest::newRow("long vowel mark as dash") << u"03\u30FC1234\u30FC5678"_s << u"JP"_s
                                                 << u"Valid"_s << u"+81312345678"_s << u"JP"_s;
        QTest::newRow("lowercase region")
                << u"(425) 555-0100"_s << u"us"_s << u"Valid"_s << u"+14255550100"_s << u"US"_s;
        // The Webex help's own examples: right length, area code 123 / AU "1" unassigned.
        QTest::newRow("webex e164 example")
                << u"+11234567890"_s << u"US"_s << u"PossibleButUnassigned"_s << u"+11234567890"_s
                << u"US"_s;
        QTest::newRow("webex IDD example")
                << u"01161123456789"_s << u"US"_s << u"PossibleButUnassigned"_s << u"+61123456789"_s
                << u"AU"_s;
        QTest::newRow("BR mobile missing its 9")
                << u"+55 11 8765-4321"_s << u"US"_s << u"PossibleButUnassigned"_s
                << u"+551187654321"_s << u"BR"_s;
    }
    void parse_acceptedNumbers_giveE164AndRegion()
    {
        QFETCH(QString, typed);
        QFETCH(QString, defaultRegion);
        QFETCH(QString, verdict);
        QFETCH(QString, e164);
        QFETCH(QString, region);

        const DialNumber number = DialNumber::parse(typed, defaultRegion);
        QCOMPARE(DialNumber::verdictName(number.verdict()), verdict);
        QVERIFY(number.isAcceptable());
        QCOMPARE(number.e164(), e164);
        QCOMPARE(number.region(), region);
        QCOMPARE(number.typed(), typed);
        QVERIFY(!number.nationalFormat().isEmpty());
        QVERIFY(number.internationalFormat().startsWith(u'+'));
        QCOMPARE(number.hasWarning(), verdict == u"PossibleButUnassigned"_s);
        QCOMPARE(number.message().isEmpty(), verdict == u"Valid"_s);
    }

    void parse_refusedNumbers_sayWhy_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("defaultRegion");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("messagePart");

        QTest::newRow("empty") << QString() << u"US"_s << u"Empty"_s << u"Enter"_s;
        QTest::newRow("blank") << u"   "_s << u"US"_s << u"Empty"_s << u"Enter"_s;
        QTest::newRow("letters") << u"hello"_s << u"US"_s << u"NotANumber"_s << u"digits"_s;
        QTest::newRow("vanity letters")
                << u"+1 800 FLOWERS"_s << u"US"_s << u"NotANumber"_s << u"digits"_s;
        QTest::newRow("letter l for digit 1")
                << u"+1 425 555 0l00"_s << u"US"_s << u"NotANumber"_s << u"digits"_s;
        QTest::newRow("only punctuation") << u"+-()"_s << u"US"_s << u"NotANumber"_s << u"digits"_s;
        QTest::newRow("too short national")
                << u"12"_s << u"US"_s << u"TooShort"_s << u"too short"_s;
        QTest::newRow("too short plus one")
                << u"+1"_s << u"US"_s << u"TooShort"_s << u"too short"_s;
        QTest::newRow("too short after IDD")
                << u"011"_s << u"US"_s << u"TooShort"_s << u"too short"_s;
        QTest::newRow("too short FR")
                << u"+33 1 23 45 67 8"_s << u"US"_s << u"TooShort"_s << u"too short"_s;
        QTest::newRow("too short PT")
                << u"+351 91234567"_s << u"US"_s << u"TooShort"_s << u"too short"_s;
        QTest::newRow("too short ES")
                << u"+34 91234567"_s << u"US"_s << u"TooShort"_s << u"too short"_s;
        QTest::newRow("too long US")
                << u"+1 425 555 0100 1234567"_s << u"US"_s << u"TooLong"_s << u"too long"_s;
        QTest::newRow("too long GB")
                << u"+44 20 7946 09581"_s << u"US"_s << u"TooLong"_s << u"too long"_s;
        QTest::newRow("too long to read")
                << u"1234567890123456789"_s << u"US"_s << u"TooLong"_s << u"too long"_s;
        QTest::newRow("IDD from BR without carrier code")
                << u"00 351 912 345 678"_s << u"BR"_s << u"TooLong"_s << u"too long"_s;
        QTest::newRow("invalid length AU")
                << u"+61 23456782345"_s << u"US"_s << u"InvalidLength"_s << u"number of digits"_s;
        QTest::newRow("bad country code")
                << u"+999 1234567"_s << u"US"_s << u"InvalidCountryCode"_s << u"calling code"_s;
        QTest::newRow("bad country code after IDD")
                << u"011 999 1234567"_s << u"US"_s << u"InvalidCountryCode"_s << u"calling code"_s;
        QTest::newRow("national without any region")
                << u"4255550100"_s << QString() << u"MissingCountryCode"_s << u"country code"_s;
        QTest::newRow("local only US")
                << u"555 0100"_s << u"US"_s << u"LocalOnly"_s << u"area code"_s;
    }
    void parse_refusedNumbers_sayWhy()
    {
        QFETCH(QString, typed);
        QFETCH(QString, defaultRegion);
        QFETCH(QString, verdict);
        QFETCH(QString, messagePart);

        const DialNumber number = DialNumber::parse(typed, defaultRegion);
        QCOMPARE(DialNumber::verdictName(number.verdict()), verdict);
        QVERIFY(!number.isAcceptable());
        QVERIFY(!number.hasWarning());
        QVERIFY2(number.message().contains(messagePart, Qt::CaseInsensitive),
                 qPrintable(number.message()));
        QCOMPARE(number.typed(), typed); // the agent's text is kept
    }

    // Ticked "International format": a chosen country plus the national number.
    void parseNational_regionAndNumber_giveE164_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("e164");
        QTest::addColumn<QString>("national");
        QTest::addColumn<QString>("numberRegion");

        QTest::newRow("BR mobile with 9") << u"(11) 98765-4321"_s << u"BR"_s << u"Valid"_s
                                          << u"+5511987654321"_s << u"(11) 98765-4321"_s << u"BR"_s;
        QTest::newRow("BR mobile digits only")
                << u"11987654321"_s << u"BR"_s << u"Valid"_s << u"+5511987654321"_s
                << u"(11) 98765-4321"_s << u"BR"_s;
        QTest::newRow("BR old mobile without 9")
                << u"(11) 8765-4321"_s << u"BR"_s << u"PossibleButUnassigned"_s
                << u"+551187654321"_s << u"1187654321"_s << u"BR"_s;
        QTest::newRow("PT mobile") << u"912 345 678"_s << u"PT"_s << u"Valid"_s
                                   << u"+351912345678"_s << u"912 345 678"_s << u"PT"_s;
        QTest::newRow("PT landline") << u"21 123 4567"_s << u"PT"_s << u"Valid"_s
                                     << u"+351211234567"_s << u"21 123 4567"_s << u"PT"_s;
        QTest::newRow("JP Tokyo") << u"03-1234-5678"_s << u"JP"_s << u"Valid"_s << u"+81312345678"_s
                                  << u"03-1234-5678"_s << u"JP"_s;
        QTest::newRow("ES Madrid") << u"912345678"_s << u"ES"_s << u"Valid"_s << u"+34912345678"_s
                                   << u"912 34 56 78"_s << u"ES"_s;
        QTest::newRow("FR Paris") << u"01 23 45 67 89"_s << u"FR"_s << u"Valid"_s
                                  << u"+33123456789"_s << u"01 23 45 67 89"_s << u"FR"_s;
        QTest::newRow("GB London with trunk 0")
                << u"020 7946 0958"_s << u"GB"_s << u"Valid"_s << u"+442079460958"_s
                << u"020 7946 0958"_s << u"GB"_s;
        QTest::newRow("DE Berlin") << u"030 123456"_s << u"DE"_s << u"Valid"_s << u"+4930123456"_s
                                   << u"030 123456"_s << u"DE"_s;
        QTest::newRow("US") << u"425 555 0100"_s << u"US"_s << u"Valid"_s << u"+14255550100"_s
                            << u"(425) 555-0100"_s << u"US"_s;
        QTest::newRow("CA") << u"604 555 1234"_s << u"CA"_s << u"Valid"_s << u"+16045551234"_s
                            << u"(604) 555-1234"_s << u"CA"_s;
        // US and CA share +1: one dialling plan, so the number is fine and says where it is.
        QTest::newRow("CA number with US chosen")
                << u"604 555 1234"_s << u"US"_s << u"Valid"_s << u"+16045551234"_s
                << u"(604) 555-1234"_s << u"CA"_s;
    }
    void parseNational_regionAndNumber_giveE164()
    {
        QFETCH(QString, typed);
        QFETCH(QString, region);
        QFETCH(QString, verdict);
        QFETCH(QString, e164);
        QFETCH(QString, national);
        QFETCH(QString, numberRegion);

        const DialNumber number = DialNumber::parseNational(typed, region);
        QCOMPARE(DialNumber::verdictName(number.verdict()), verdict);
        QVERIFY(number.isAcceptable());
        QCOMPARE(number.e164(), e164);
        QCOMPARE(number.nationalFormat(), national);
        QCOMPARE(number.region(), numberRegion);
    }

    void parseNational_refused_saysWhy_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QStringList>("messageParts");

        QTest::newRow("no region") << u"(11) 98765-4321"_s << QString() << u"NoRegionChosen"_s
                                   << QStringList{u"Choose the country"_s};
        QTest::newRow("unknown region") << u"(11) 98765-4321"_s << u"XX"_s << u"NoRegionChosen"_s
                                        << QStringList{u"Choose the country"_s};
        QTest::newRow("another country's code")
                << u"+351 912 345 678"_s << u"BR"_s << u"InvalidForRegion"_s
                << QStringList{u"+351"_s, u"+55"_s};
        QTest::newRow("too short")
                << u"123"_s << u"BR"_s << u"TooShort"_s << QStringList{u"too short"_s};
        QTest::newRow("letters") << u"11 9876S-4321"_s << u"BR"_s << u"NotANumber"_s
                                 << QStringList{u"digits"_s};
        QTest::newRow("empty") << QString() << u"BR"_s << u"Empty"_s << QStringList{u"Enter"_s};
    }
    void parseNational_refused_saysWhy()
    {
        QFETCH(QString, typed);
        QFETCH(QString, region);
        QFETCH(QString, verdict);
        QFETCH(QStringList, messageParts);

        const DialNumber number = DialNumber::parseNational(typed, region);
        QCOMPARE(DialNumber::verdictName(number.verdict()), verdict);
        QVERIFY(!number.isAcceptable());
        for (const QString &part : std::as_const(messageParts)) {
            QVERIFY2(number.message().contains(part), qPrintable(number.message()));
        }
    }

    void parse_extension_isKept_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("national");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("e164");
        QTest::addColumn<QString>("extension");

        QTest::newRow("x") << u"+1 425 555 0100 x123"_s << false << u"US"_s << u"+14255550100"_s
                           << u"123"_s;
        QTest::newRow("x glued") << u"+1 425 555 0100x123"_s << false << u"US"_s
                                 << u"+14255550100"_s << u"123"_s;
        QTest::newRow("ext.") << u"+44 20 7946 0958 ext. 45"_s << false << u"US"_s
                              << u"+442079460958"_s << u"45"_s;
        QTest::newRow("extension word") << u"+49 30 123456 Extension 1234"_s << false << u"US"_s
                                        << u"+4930123456"_s << u"1234"_s;
        QTest::newRow("commas") << u"+14255550100,,7"_s << false << u"US"_s << u"+14255550100"_s
                                << u"7"_s;
        QTest::newRow("hash") << u"(425) 555-0100 #89"_s << false << u"US"_s << u"+14255550100"_s
                              << u"89"_s;
        QTest::newRow("national BR")
                << u"(11) 98765-4321 x22"_s << true << u"BR"_s << u"+5511987654321"_s << u"22"_s;
        QTest::newRow("none") << u"+1 425 555 0100"_s << false << u"US"_s << u"+14255550100"_s
                              << QString();
    }
    void parse_extension_isKept()
    {
        QFETCH(QString, typed);
        QFETCH(bool, national);
        QFETCH(QString, region);
        QFETCH(QString, e164);
        QFETCH(QString, extension);

        const DialNumber number = national ? DialNumber::parseNational(typed, region)
                                           : DialNumber::parse(typed, region);
        QCOMPARE(DialNumber::verdictName(number.verdict()), u"Valid"_s);
        QCOMPARE(number.e164(), e164); // E.164 never carries the extension
        QCOMPARE(number.extension(), extension);
        QVERIFY(!number.nationalFormat().contains(u"ext"_s));
        QCOMPARE(number.dialString(),
                 extension.isEmpty() ? e164 : QString(e164 % u',' % extension));
    }

    void message_everyVerdict_hasItsOwnSentence()
    {
        // One refused example per verdict: each says something different, none is empty.
        const QList<DialNumber> refused{
                DialNumber::parse(QString(), u"US"_s),
                DialNumber::parse(u"abc"_s, u"US"_s),
                DialNumber::parse(u"4255550100"_s, QString()),
                DialNumber::parse(u"+999 1234567"_s, u"US"_s),
                DialNumber::parseNational(u"912 345 678"_s, QString()),
                DialNumber::parseNational(u"+351 912 345 678"_s, u"BR"_s),
                DialNumber::parse(u"12"_s, u"US"_s),
                DialNumber::parse(u"+1 425 555 0100 1234567"_s, u"US"_s),
                DialNumber::parse(u"+61 23456782345"_s, u"US"_s),
                DialNumber::parse(u"555 0100"_s, u"US"_s),
                DialNumber::parse(u"+11234567890"_s, u"US"_s),
        };
        QSet<int> verdicts;
        QSet<QString> messages;
        for (const DialNumber &number : refused) {
            QVERIFY(!number.message().isEmpty());
            verdicts.insert(static_cast<int>(number.verdict()));
            messages.insert(number.message());
        }
        QCOMPARE(verdicts.size(), refused.size());
        QCOMPARE(messages.size(), refused.size());
        QVERIFY(DialNumber::parse(u"+14255550100"_s, u"US"_s).message().isEmpty());
        // The warning points at the authority, as PLATFORM-NOTES.md asks.
        QVERIFY(refused.last().message().contains(u"dial plan"_s));
    }

    void isSupportedRegion_codes_matchLibphonenumber()
    {
        QVERIFY(DialNumber::isSupportedRegion(u"BR"_s));
        QVERIFY(DialNumber::isSupportedRegion(u"jp"_s));
        QVERIFY(!DialNumber::isSupportedRegion(u"XX"_s));
        QVERIFY(!DialNumber::isSupportedRegion(u"001"_s));
        QVERIFY(!DialNumber::isSupportedRegion(QString()));
    }
};

QTEST_GUILESS_MAIN(TestDialNumber)
#include "tst_dialnumber.moc"
