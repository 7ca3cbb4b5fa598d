// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Core::ColleagueNumbers: the Teams directory's free-text phone numbers read with
// libphonenumber, in the shapes real tenants (and the simulator's generator) have them.
#include <core/colleaguenumbers.h>
#include <sim/directorygenerator.h>

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using AgentDesk::Core::Colleague;
using AgentDesk::Core::ColleagueNumbers;
using AgentDesk::Core::DialNumber;
using AgentDesk::Core::DialPlan;
using AgentDesk::Core::DialPlanEntry;
using Verdict = AgentDesk::Core::DialNumber::Verdict;

class TestColleagueNumbers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void read_directoryShapes_giveE164ExtensionAndVerdict_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("e164");
        QTest::addColumn<QString>("extension");

        // E.164 with the punctuation people type.
        QTest::newRow("US +1 (425)") << u"+1 (425) 555-0100"_s << u"US"_s << u"Valid"_s
                                     << u"+14255550100"_s << QString();
        QTest::newRow("US +1 spaces")
                << u"+1 425 555 0142"_s << u"US"_s << u"Valid"_s << u"+14255550142"_s << QString();
        QTest::newRow("US +1 run together")
                << u"+14255550142"_s << u"US"_s << u"Valid"_s << u"+14255550142"_s << QString();
        QTest::newRow("BR +55 (11)") << u"+55 (11) 3123-4567"_s << u"US"_s << u"Valid"_s
                                     << u"+551131234567"_s << QString();
        QTest::newRow("BR +55 mobile") << u"+55 11 91234-5678"_s << u"US"_s << u"Valid"_s
                                       << u"+5511912345678"_s << QString();
        QTest::newRow("PT +351") << u"+351 21 234 5678"_s << u"US"_s << u"Valid"_s
                                 << u"+351212345678"_s << QString();
        QTest::newRow("JP +81 hyphens")
                << u"+81-3-2345-6789"_s << u"US"_s << u"Valid"_s << u"+81323456789"_s << QString();
        QTest::newRow("ES +34") << u"+34 912 345 678"_s << u"US"_s << u"Valid"_s
                                << u"+34912345678"_s << QString();
        QTest::newRow("FR +33 (0)") << u"+33 (0)1 23 45 67 89"_s << u"US"_s << u"Valid"_s
                                    << u"+33123456789"_s << QString();
        QTest::newRow("GB +44 (0)") << u"+44 (0)20 7946 0123"_s << u"US"_s << u"Valid"_s
                                    << u"+442079460123"_s << QString();
        QTest::newRow("DE +49 (30)") << u"+49 (30) 23456-78"_s << u"US"_s << u"Valid"_s
                                     << u"+49302345678"_s << QString();
        QTest::newRow("e164 without a region") << u"+1 425 555 0100"_s << QString() << u"Valid"_s
                                               << u"+14255550100"_s << QString();
        // Extensions, kept apart from the E.164 form.
        QTest::newRow("US national x123")
                << u"425-555-0100 x123"_s << u"US"_s << u"Valid"_s << u"+14255550100"_s << u"123"_s;
        QTest::newRow("CA national x12")
                << u"514-555-0142 x12"_s << u"US"_s << u"Valid"_s << u"+15145550142"_s << u"12"_s;
        QTest::newRow("e164 ext.") << u"+1 425 555 0100 ext. 4411"_s << u"US"_s << u"Valid"_s
                                   << u"+14255550100"_s << u"4411"_s;
        // National numbers of the default region.
        QTest::newRow("US (425)") << u"(425) 555-0100"_s << u"US"_s << u"Valid"_s
                                  << u"+14255550100"_s << QString();
        QTest::newRow("US dots") << u"425.555.0142"_s << u"US"_s << u"Valid"_s << u"+14255550142"_s
                                 << QString();
        QTest::newRow("BR national in BR")
                << u"(11) 3123-4567"_s << u"BR"_s << u"Valid"_s << u"+551131234567"_s << QString();
        QTest::newRow("PT national in PT")
                << u"21 234 5678"_s << u"PT"_s << u"Valid"_s << u"+351212345678"_s << QString();
        QTest::newRow("JP national in JP")
                << u"03-2345-6789"_s << u"JP"_s << u"Valid"_s << u"+81323456789"_s << QString();
        QTest::newRow("JP parentheses in JP")
                << u"03(2345)6789"_s << u"JP"_s << u"Valid"_s << u"+81323456789"_s << QString();
        QTest::newRow("JP mobile in JP")
                << u"090-1234-5678"_s << u"JP"_s << u"Valid"_s << u"+819012345678"_s << QString();
        QTest::newRow("JP full-width in JP") << u"０３－２３４５－６７８９"_s << u"JP"_s
                                             << u"Valid"_s << u"+81323456789"_s << QString();
        QTest::newRow("ES national in ES")
                << u"91 234 56 78"_s << u"ES"_s << u"Valid"_s << u"+34912345678"_s << QString();
        QTest::newRow("FR dots in FR")
                << u"01.23.45.67.89"_s << u"FR"_s << u"Valid"_s << u"+33123456789"_s << QString();
        QTest::newRow("GB national in GB")
                << u"020 7946 0123"_s << u"GB"_s << u"Valid"_s << u"+442079460123"_s << QString();
        QTest::newRow("DE national in DE")
                << u"030 2345678"_s << u"DE"_s << u"Valid"_s << u"+49302345678"_s << QString();
        QTest::newRow("region in lower case")
                << u"(425) 555-0100"_s << u"us"_s << u"Valid"_s << u"+14255550100"_s << QString();
        // International prefix from the default region.
        QTest::newRow("IDD 011 to GB") << u"011 44 20 7946 0123"_s << u"US"_s << u"Valid"_s
                                       << u"+442079460123"_s << QString();
        QTest::newRow("IDD 00 to BR") << u"00 55 11 3123 4567"_s << u"PT"_s << u"Valid"_s
                                      << u"+551131234567"_s << QString();
        // Right length, unknown to libphonenumber: usable with a warning when the country code
        // is written (Ofcom's drama range), as on the login form.
        QTest::newRow("GB drama mobile e164")
                << u"+44 7700 900123"_s << u"US"_s << u"PossibleButUnassigned"_s
                << u"+447700900123"_s << QString();
        QTest::newRow("GB drama mobile via IDD")
                << u"011 44 7700 900123"_s << u"US"_s << u"PossibleButUnassigned"_s
                << u"+447700900123"_s << QString();
        // Another country's national number read in the default region: refused, never turned
        // into a wrong number.
        QTest::newRow("BR national in US") << u"(11) 3123-4567"_s << u"US"_s
                                           << u"MissingCountryCode"_s << QString() << QString();
        QTest::newRow("FR national in US") << u"01 23 45 67 89"_s << u"US"_s
                                           << u"MissingCountryCode"_s << QString() << QString();
        QTest::newRow("JP national in US") << u"03-2345-6789"_s << u"US"_s
                                           << u"MissingCountryCode"_s << QString() << QString();
        QTest::newRow("DE national in US")
                << u"030 2345678"_s << u"US"_s << u"MissingCountryCode"_s << QString() << QString();
        QTest::newRow("JP mobile in US")
                << u"090-1234-5678"_s << u"US"_s << u"TooLong"_s << QString() << QString();
        QTest::newRow("PT national in US")
                << u"21 234 5678"_s << u"US"_s << u"TooShort"_s << QString() << QString();
        QTest::newRow("national without a region")
                << u"(425) 555-0100"_s << QString() << u"MissingCountryCode"_s << QString()
                << QString();
        QTest::newRow("unknown country code") << u"+999 1234 5678"_s << u"US"_s
                                              << u"InvalidCountryCode"_s << QString() << QString();
        QTest::newRow("too short e164")
                << u"+1 425 555"_s << u"US"_s << u"TooShort"_s << QString() << QString();
        // What the simulator's directory (and real tenants) put in businessPhones instead.
        QTest::newRow("ask reception") << u"ext. 4411 (ask reception)"_s << u"US"_s
                                       << u"NotANumber"_s << QString() << QString();
        QTest::newRow("n/a") << u"n/a"_s << u"US"_s << u"NotANumber"_s << QString() << QString();
        QTest::newRow("see Teams")
                << u"see Teams"_s << u"US"_s << u"NotANumber"_s << QString() << QString();
        QTest::newRow("TBD") << u"TBD"_s << u"US"_s << u"NotANumber"_s << QString() << QString();
        QTest::newRow("extension only")
                << u"x4411"_s << u"US"_s << u"NotANumber"_s << QString() << QString();
        QTest::newRow("reception, en dash") << u"Reception – ask for ext. 212"_s << u"US"_s
                                            << u"NotANumber"_s << QString() << QString();
        QTest::newRow("vanity letters")
                << u"1-800-FLOWERS"_s << u"US"_s << u"NotANumber"_s << QString() << QString();
        QTest::newRow("empty") << QString() << u"US"_s << u"Empty"_s << QString() << QString();
        QTest::newRow("blank") << u"   "_s << u"US"_s << u"Empty"_s << QString() << QString();
    }

    void read_directoryShapes_giveE164ExtensionAndVerdict()
    {
        QFETCH(QString, typed);
        QFETCH(QString, region);
        QFETCH(QString, verdict);
        QFETCH(QString, e164);
        QFETCH(QString, extension);

        const ColleagueNumbers::Reading reading = ColleagueNumbers::read(typed, region);
        QCOMPARE(DialNumber::verdictName(reading.verdict), verdict);
        QCOMPARE(reading.e164, e164);
        QCOMPARE(reading.extension, extension);
    }

    void fill_readableNumbers_fillEveryPhoneField()
    {
        Colleague colleague;
        colleague.businessPhone = u"425-555-0100 x123"_s;
        colleague.mobilePhone = u"(425) 555-0199"_s;
        ColleagueNumbers::fill(colleague, u"US"_s);

        QCOMPARE(colleague.businessPhone, u"425-555-0100 x123"_s); // kept for display
        QCOMPARE(colleague.businessPhoneE164, u"+14255550100"_s);
        QCOMPARE(colleague.businessPhoneExtension, u"123"_s);
        QCOMPARE(colleague.businessPhoneVerdict, Verdict::Valid);
        QCOMPARE(colleague.mobilePhone, u"(425) 555-0199"_s);
        QCOMPARE(colleague.mobilePhoneE164, u"+14255550199"_s);
        QVERIFY(colleague.isCallable());
        QCOMPARE(colleague.businessDialString(), u"+14255550100,123"_s);
    }

    void fill_unreadableBusinessPhone_keepsTextAndVerdictWithoutE164()
    {
        Colleague colleague;
        colleague.businessPhone = u"see Teams"_s;
        colleague.mobilePhone = u"+351 912 345 678"_s;
        ColleagueNumbers::fill(colleague, u"US"_s);

        QCOMPARE(colleague.businessPhone, u"see Teams"_s);
        QVERIFY(colleague.businessPhoneE164.isEmpty());
        QVERIFY(colleague.businessPhoneExtension.isEmpty());
        QCOMPARE(colleague.businessPhoneVerdict, Verdict::NotANumber);
        QVERIFY(!colleague.isCallable());
        QVERIFY(colleague.businessDialString().isEmpty());
        QVERIFY(!ColleagueNumbers::reason(colleague.businessPhoneVerdict).isEmpty());
        // The mobile is read on its own.
        QCOMPARE(colleague.mobilePhoneE164, u"+351912345678"_s);
    }

    void fill_unreadableMobile_leavesOnlyTheMobileE164Empty()
    {
        Colleague colleague;
        colleague.businessPhone = u"+1 425 555 0100"_s;
        colleague.mobilePhone = u"TBD"_s;
        ColleagueNumbers::fill(colleague, u"US"_s);

        QCOMPARE(colleague.businessPhoneE164, u"+14255550100"_s);
        QCOMPARE(colleague.mobilePhone, u"TBD"_s);
        QVERIFY(colleague.mobilePhoneE164.isEmpty());
    }

    void fill_again_replacesEarlierReadings()
    {
        Colleague colleague;
        colleague.businessPhone = u"425-555-0100 x123"_s;
        colleague.mobilePhone = u"(425) 555-0199"_s;
        ColleagueNumbers::fill(colleague, u"US"_s);
        colleague.businessPhone = u"n/a"_s;
        colleague.mobilePhone.clear();
        ColleagueNumbers::fill(colleague, u"US"_s);

        QVERIFY(colleague.businessPhoneE164.isEmpty());
        QVERIFY(colleague.businessPhoneExtension.isEmpty());
        QCOMPARE(colleague.businessPhoneVerdict, Verdict::NotANumber);
        QVERIFY(colleague.mobilePhoneE164.isEmpty());
    }

    void reason_everyRefusal_isASentence_data()
    {
        QTest::addColumn<Verdict>("verdict");
        for (const Verdict verdict :
             {Verdict::PossibleButUnassigned, Verdict::Empty, Verdict::NotANumber,
              Verdict::MissingCountryCode, Verdict::InvalidCountryCode, Verdict::NoRegionChosen,
              Verdict::InvalidForRegion, Verdict::TooShort, Verdict::TooLong,
              Verdict::InvalidLength, Verdict::LocalOnly}) {
            QTest::newRow(qPrintable(DialNumber::verdictName(verdict))) << verdict;
        }
    }

    void reason_everyRefusal_isASentence()
    {
        QFETCH(Verdict, verdict);
        const QString reason = ColleagueNumbers::reason(verdict);
        QVERIFY(!reason.isEmpty());
        QVERIFY(reason.endsWith(u'.'));
    }

    void reason_valid_isEmpty() { QVERIFY(ColleagueNumbers::reason(Verdict::Valid).isEmpty()); }

    // Every business phone the simulator generates (all its patterns and countries): numbers
    // written with "+" are callable, the unparsable texts are refused as not a number, and
    // whatever is callable has a well-formed E.164 form; nothing is dropped.
    void dialStringFor_dialPlan_firstAcceptedForm_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("regexes");
        QTest::addColumn<QString>("expected");
        const QString e164 = u"^\\+[1-9]\\d{6,14}$"_s;
        const QString digits = u"^1[2-9]\\d{2}[2-9]\\d{6}$"_s;
        QTest::newRow("no plan: as read")
                << u"425-555-0100 x12"_s << QStringList() << u"+14255550100,12"_s;
        QTest::newRow("E.164 plan")
                << u"(425) 555-0100"_s << QStringList{e164} << u"+14255550100"_s;
        QTest::newRow("digits-only plan: without the +")
                << u"(425) 555-0100"_s << QStringList{digits} << u"14255550100"_s;
        QTest::newRow("extension refused by an anchored plan")
                << u"425-555-0100 x12"_s << QStringList{e164, digits} << QString();
        QTest::newRow("not callable") << u"call reception"_s << QStringList{e164} << QString();
    }
    void dialStringFor_dialPlan_firstAcceptedForm()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, regexes);
        QFETCH(QString, expected);
        Colleague colleague;
        colleague.businessPhone = typed;
        ColleagueNumbers::fill(colleague, u"US"_s);
        QList<DialPlanEntry> entries;
        for (const QString &regex : regexes) {
            entries.append({u"entry"_s, regex, QString(), u" -"_s});
        }
        QCOMPARE(ColleagueNumbers::dialStringFor(colleague, DialPlan(entries)), expected);
    }

    void read_generatedDirectory_callableExactlyWhenReadable()
    {
        const QStringList unparsable = {
                u"ext. 4411 (ask reception)"_s,   u"n/a"_s, u"see Teams"_s, u"TBD"_s, u"x4411"_s,
                u"Reception – ask for ext. 212"_s};
        static const QRegularExpression e164(u"^\\+[1-9][0-9]{6,14}$"_s);
        const auto users =
                AgentDesk::Sim::DirectoryGenerator::generate(3000, 7, u"contoso.example"_s);
        int withPlus = 0;
        int refusedTexts = 0;
        int refusedNational = 0;
        for (const auto &user : users) {
            for (const QString &phone : user.businessPhones) {
                const ColleagueNumbers::Reading reading = ColleagueNumbers::read(phone, u"US"_s);
                if (unparsable.contains(phone)) {
                    ++refusedTexts;
                    QCOMPARE(reading.verdict, Verdict::NotANumber);
                    QVERIFY(reading.e164.isEmpty());
                    continue;
                }
                if (phone.startsWith(u'+')) {
                    ++withPlus;
                    QVERIFY2(!reading.e164.isEmpty(), qPrintable(phone));
                }
                if (reading.e164.isEmpty()) {
                    ++refusedNational;
                    QVERIFY2(reading.verdict != Verdict::Valid &&
                                     reading.verdict != Verdict::PossibleButUnassigned,
                             qPrintable(phone));
                } else {
                    QVERIFY2(e164.match(reading.e164).hasMatch(), qPrintable(reading.e164));
                }
            }
        }
        QVERIFY(withPlus > 1000);
        QVERIFY(refusedTexts > 10);
        QVERIFY(refusedNational > 10); // offices abroad writing national numbers
    }
};

QTEST_GUILESS_MAIN(TestColleagueNumbers)
#include "tst_colleaguenumbers.moc"
