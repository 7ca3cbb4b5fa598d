// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/dialplan.h>

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using AgentDesk::Core::DialPlan;
using AgentDesk::Core::DialPlanEntry;

namespace {

// A tenant with the usual US entry and an anchored international one.
DialPlan tenantPlan()
{
    return DialPlan({
            DialPlanEntry{u"US"_s, u"1[0-9]{3}[2-9][0-9]{6}"_s, u"1"_s, u"( )-"_s},
            DialPlanEntry{u"International"_s, u"^\\+[1-9][0-9]{7,14}$"_s, QString(), u" "_s},
    });
}

} // namespace

class TestDialPlan final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void match_numbers_findTheirEntry_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("entry"); // empty: refused

        QTest::newRow("US e164") << u"+14255550100"_s << u"US"_s;
        QTest::newRow("US after stripping") << u"1 (425) 555-0100"_s << u"US"_s;
        QTest::newRow("US with post-dial digits") << u"+14255550100,123"_s << u"US"_s;
        QTest::newRow("PT e164") << u"+351912345678"_s << u"International"_s;
        QTest::newRow("PT with spaces") << u"+351 912 345 678"_s << u"International"_s;
        QTest::newRow("US exchange starting with 1") << u"14251550100"_s << QString();
        QTest::newRow("too short") << u"+12"_s << QString();
        QTest::newRow("letters") << u"abc"_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void match_numbers_findTheirEntry()
    {
        QFETCH(QString, number);
        QFETCH(QString, entry);
        const DialPlan plan = tenantPlan();
        const std::optional<DialPlanEntry> match = plan.match(number);
        QCOMPARE(match.has_value(), !entry.isEmpty());
        QCOMPARE(plan.accepts(number), !entry.isEmpty());
        if (match) {
            QCOMPARE(match->name, entry);
        }
    }

    void match_strippedChars_belongToTheirEntry()
    {
        // Without "( )-" stripped, the formatted number has no 11 digits in a row.
        const DialPlan plan(
                {DialPlanEntry{u"US"_s, u"1[0-9]{3}[2-9][0-9]{6}"_s, u"1"_s, QString()}});
        QVERIFY(!plan.accepts(u"1 (425) 555-0100"_s));
        QVERIFY(plan.accepts(u"14255550100"_s));
    }

    void accepts_noEntries_skipsTheCheck()
    {
        const DialPlan plan;
        QVERIFY(plan.isEmpty());
        QVERIFY(plan.accepts(u"+11234567890"_s));
        QVERIFY(plan.accepts(u"anything the server will judge"_s));
        QVERIFY(!plan.accepts(u"  "_s));
        QVERIFY(!plan.match(u"+11234567890"_s));
    }

    void constructor_brokenRegex_isSkippedWithWarning()
    {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"dial plan entry.*broken"_s));
        const DialPlan plan({
                DialPlanEntry{u"broken"_s, u"([0-9"_s, QString(), QString()},
                DialPlanEntry{u"US"_s, u"1[0-9]{3}[2-9][0-9]{6}"_s, u"1"_s, u"( )-"_s},
        });
        QCOMPARE(plan.entries().size(), 2);
        QCOMPARE(plan.match(u"+14255550100"_s)->name, u"US"_s);
        QVERIFY(!plan.accepts(u"+351912345678"_s));
    }
};

QTEST_GUILESS_MAIN(TestDialPlan)
#include "tst_dialplan.moc"
