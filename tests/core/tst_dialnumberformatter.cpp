// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/dialnumberformatter.h>

#include <QTest>

using namespace Qt::StringLiterals;
using AgentDesk::Core::DialNumberFormatter;

class TestDialNumberFormatter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void format_wholeText_formatsForRegion_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("expected");

        QTest::newRow("e164 without region")
                << u"+14255550100"_s << QString() << u"+1 425-555-0100"_s;
        QTest::newRow("e164 BR") << u"+5511987654321"_s << u"US"_s << u"+55 11 98765-4321"_s;
        QTest::newRow("e164 half typed") << u"+4420"_s << u"US"_s << u"+44 20"_s;
        QTest::newRow("US national") << u"4255550100"_s << u"US"_s << u"(425) 555-0100"_s;
        QTest::newRow("BR national") << u"11987654321"_s << u"BR"_s << u"11 98765-4321"_s;
        QTest::newRow("JP national") << u"0312345678"_s << u"JP"_s << u"03-1234-5678"_s;
        QTest::newRow("PT national") << u"912345678"_s << u"PT"_s << u"912 345 678"_s;
        QTest::newRow("GB national") << u"02079460958"_s << u"GB"_s << u"020 7946 0958"_s;
        QTest::newRow("FR national") << u"0123456789"_s << u"FR"_s << u"01 23 45 67 89"_s;
        QTest::newRow("IDD from US") << u"01161293744000"_s << u"US"_s << u"011 61 2 9374 4000"_s;
        QTest::newRow("existing punctuation is redone")
                << u"42-55-55-01-00"_s << u"US"_s << u"(425) 555-0100"_s;
        QTest::newRow("full-width digits")
                << u"\uFF10\uFF13\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16\uFF17\uFF18"_s << u"JP"_s
                << u"03-1234-5678"_s;
        QTest::newRow("extension kept")
                << u"+14255550100 x123"_s << u"US"_s << u"+1 425-555-0100 x123"_s;
        QTest::newRow("letters untouched") << u"+1 800 FLOWERS"_s << u"US"_s << u"+1 800 FLOWERS"_s;
        QTest::newRow("half-typed extension untouched")
                << u"+1 425 555 0100 ex"_s << u"US"_s << u"+1 425 555 0100 ex"_s;
        QTest::newRow("empty") << QString() << u"US"_s << QString();
    }
    void format_wholeText_formatsForRegion()
    {
        QFETCH(QString, text);
        QFETCH(QString, region);
        QFETCH(QString, expected);
        QCOMPARE(DialNumberFormatter::format(text, region), expected);
    }

    // Typing one digit at a time gives libphonenumber's progression, each step from the last.
    void format_typingDigitByDigit_followsTheNumber_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("keys");
        QTest::addColumn<QStringList>("steps");

        QTest::newRow("BR mobile")
                << u"BR"_s << u"11987654321"_s
                << QStringList{
                           u"1"_s,           u"11"_s,           u"11 9"_s,         u"11 98"_s,
                           u"11 987"_s,      u"11 9876"_s,      u"11 98765"_s,     u"11 98765-4"_s,
                           u"11 98765-43"_s, u"11 98765-432"_s, u"11 98765-4321"_s};
        QTest::newRow("US e164") << u"US"_s << u"+14255550100"_s
                                 << QStringList{u"+"_s,
                                                u"+1"_s,
                                                u"+1 4"_s,
                                                u"+1 42"_s,
                                                u"+1 425"_s,
                                                u"+1 425-5"_s,
                                                u"+1 425-55"_s,
                                                u"+1 425-555"_s,
                                                u"+1 425-555-0"_s,
                                                u"+1 425-555-01"_s,
                                                u"+1 425-555-010"_s,
                                                u"+1 425-555-0100"_s};
    }
    void format_typingDigitByDigit_followsTheNumber()
    {
        QFETCH(QString, region);
        QFETCH(QString, keys);
        QFETCH(QStringList, steps);
        QString text;
        QStringList seen;
        for (const QChar key : std::as_const(keys)) {
            const auto result = DialNumberFormatter::format(text + key, text.size() + 1, region);
            text = result.text;
            QCOMPARE(result.cursor, text.size()); // typing at the end stays at the end
            seen.append(text);
        }
        QCOMPARE(seen, steps);
    }

    void format_cursor_staysAfterTheSameDigit_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("cursor");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("expectedText");
        QTest::addColumn<int>("expectedCursor");

        // "425|5550100" -> "(425|) 555-0100"
        QTest::newRow("after area code")
                << u"4255550100"_s << 3 << u"US"_s << u"(425) 555-0100"_s << 4;
        // "42555|50100" -> "(425) 55|5-0100"
        QTest::newRow("inside") << u"4255550100"_s << 5 << u"US"_s << u"(425) 555-0100"_s << 8;
        QTest::newRow("at start") << u"4255550100"_s << 0 << u"US"_s << u"(425) 555-0100"_s << 0;
        // Already formatted: nothing moves. "(425) 55|5-0100"
        QTest::newRow("formatted stays put")
                << u"(425) 555-0100"_s << 8 << u"US"_s << u"(425) 555-0100"_s << 8;
        // A digit typed before the dash moves the dash: "(425) 5550|-100" -> "(425) 555-0|100".
        QTest::newRow("digit inserted before a dash")
                << u"(425) 5550-100"_s << 10 << u"US"_s << u"(425) 555-0100"_s << 11;
        QTest::newRow("after plus")
                << u"+5511987654321"_s << 1 << u"US"_s << u"+55 11 98765-4321"_s << 1;
        // "+14255550100 x1|23" -> "+1 425-555-0100 x1|23"
        QTest::newRow("inside extension")
                << u"+14255550100 x123"_s << 15 << u"US"_s << u"+1 425-555-0100 x123"_s << 18;
    }
    void format_cursor_staysAfterTheSameDigit()
    {
        QFETCH(QString, text);
        QFETCH(int, cursor);
        QFETCH(QString, region);
        QFETCH(QString, expectedText);
        QFETCH(int, expectedCursor);
        const auto result = DialNumberFormatter::format(text, cursor, region);
        QCOMPARE(result.text, expectedText);
        QCOMPARE(result.cursor, qsizetype(expectedCursor));
    }

    void format_unformattable_keepsTextAndCursor()
    {
        const auto result = DialNumberFormatter::format(u"call me"_s, 3, u"US"_s);
        QCOMPARE(result.text, u"call me"_s);
        QCOMPARE(result.cursor, qsizetype(3));
    }
};

QTEST_GUILESS_MAIN(TestDialNumberFormatter)
#include "tst_dialnumberformatter.moc"
