// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Teams::GraphUserReader: one page of /users or /users/delta JSON into colleagues, removed ids
// and links; the client-side rule (enabled members with a business phone); malformed pages.
#include <teams/graphuserreader.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using AgentDesk::Core::DialNumber;
using AgentDesk::Teams::GraphUserReader;
using Verdict = AgentDesk::Core::DialNumber::Verdict;

namespace {

QJsonObject member(const QString &id, const QJsonValue &phones = QJsonArray{u"+1 425 555 0100"_s})
{
    return {{u"id"_s, id},
            {u"displayName"_s, u"José Núñez"_s},
            {u"mail"_s, u"jose.nunez@contoso.example"_s},
            {u"jobTitle"_s, u"Claims Adjuster"_s},
            {u"department"_s, u"Claims"_s},
            {u"businessPhones"_s, phones},
            {u"mobilePhone"_s, QJsonValue::Null},
            {u"userType"_s, u"Member"_s},
            {u"accountEnabled"_s, true}};
}

QJsonObject pageOf(const QJsonArray &users, const QJsonObject &extra = {})
{
    QJsonObject page{{u"@odata.context"_s, u"https://graph.microsoft.com/v1.0/$metadata#users"_s},
                     {u"value"_s, users}};
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        page.insert(it.key(), it.value());
    }
    return page;
}

QJsonObject with(QJsonObject object, const QString &key, const QJsonValue &value)
{
    if (value.isUndefined()) {
        object.remove(key);
    } else {
        object.insert(key, value);
    }
    return object;
}

} // namespace

class TestGraphUserReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void read_member_givesColleagueWithNumbers()
    {
        QJsonObject user = member(u"u1"_s, QJsonArray{u"425-555-0100 x123"_s});
        user.insert(u"mobilePhone"_s, u"(425) 555-0199"_s);
        QString problem;
        const auto page = GraphUserReader(u"US"_s).read(pageOf({user}), &problem);
        QVERIFY2(page, qPrintable(problem));
        QCOMPARE(page->received, 1);
        QCOMPARE(page->people.size(), 1);
        QVERIFY(page->removedIds.isEmpty());
        const auto &colleague = page->people.first();
        QCOMPARE(colleague.id, u"u1"_s);
        QCOMPARE(colleague.displayName, u"José Núñez"_s);
        QCOMPARE(colleague.mail, u"jose.nunez@contoso.example"_s);
        QCOMPARE(colleague.jobTitle, u"Claims Adjuster"_s);
        QCOMPARE(colleague.department, u"Claims"_s);
        QCOMPARE(colleague.businessPhone, u"425-555-0100 x123"_s);
        QCOMPARE(colleague.businessPhoneE164, u"+14255550100"_s);
        QCOMPARE(colleague.businessPhoneExtension, u"123"_s);
        QCOMPARE(colleague.businessPhoneVerdict, Verdict::Valid);
        QCOMPARE(colleague.mobilePhone, u"(425) 555-0199"_s);
        QCOMPARE(colleague.mobilePhoneE164, u"+14255550199"_s);
        QVERIFY(colleague.ccAgentId.isEmpty());
    }

    void read_nullProperties_readAsEmpty()
    {
        QJsonObject user = member(u"u1"_s);
        for (const QString &key : {u"displayName"_s, u"mail"_s, u"jobTitle"_s, u"department"_s}) {
            user.insert(key, QJsonValue::Null);
        }
        const auto page = GraphUserReader(u"US"_s).read(pageOf({user}));
        QVERIFY(page);
        QCOMPARE(page->people.size(), 1);
        QVERIFY(page->people.first().displayName.isEmpty());
        QVERIFY(page->people.first().department.isEmpty());
    }

    // Delta has no $filter on these, so the rule applies on every page.
    void read_rule_keepsOnlyEnabledMembersWithABusinessPhone_data()
    {
        QTest::addColumn<QJsonObject>("user");
        QTest::addColumn<bool>("kept");
        QTest::addColumn<QString>("reason"); // which counter goes up when left out

        const QJsonObject base = member(u"u1"_s);
        QTest::newRow("member") << base << true << QString();
        QTest::newRow("member, lower case")
                << with(base, u"userType"_s, u"member"_s) << true << QString();
        QTest::newRow("userType and accountEnabled absent")
                << with(with(base, u"userType"_s, QJsonValue::Undefined), u"accountEnabled"_s,
                        QJsonValue::Undefined)
                << true << QString();
        QTest::newRow("userType null")
                << with(base, u"userType"_s, QJsonValue::Null) << true << QString();
        QTest::newRow("guest") << with(base, u"userType"_s, u"Guest"_s) << false << u"guest"_s;
        QTest::newRow("guest, lower case")
                << with(base, u"userType"_s, u"guest"_s) << false << u"guest"_s;
        QTest::newRow("disabled") << with(base, u"accountEnabled"_s, false) << false
                                  << u"disabled"_s;
        QTest::newRow("no business phone")
                << with(base, u"businessPhones"_s, QJsonArray{}) << false << u"phone"_s;
        QTest::newRow("business phones null")
                << with(base, u"businessPhones"_s, QJsonValue::Null) << false << u"phone"_s;
        QTest::newRow("business phones absent")
                << with(base, u"businessPhones"_s, QJsonValue::Undefined) << false << u"phone"_s;
        QTest::newRow("blank business phone")
                << with(base, u"businessPhones"_s, QJsonArray{u"  "_s}) << false << u"phone"_s;
        QTest::newRow("mobile only") << with(with(base, u"businessPhones"_s, QJsonArray{}),
                                             u"mobilePhone"_s, u"+1 425 555 0199"_s)
                                     << false << u"phone"_s;
        QTest::newRow("unparsable business phone")
                << with(base, u"businessPhones"_s, QJsonArray{u"see Teams"_s}) << true << QString();
    }

    void read_rule_keepsOnlyEnabledMembersWithABusinessPhone()
    {
        QFETCH(QJsonObject, user);
        QFETCH(bool, kept);
        QFETCH(QString, reason);

        QString problem;
        const auto page = GraphUserReader(u"US"_s).read(pageOf({user}), &problem);
        QVERIFY2(page, qPrintable(problem));
        QCOMPARE(page->received, 1);
        QCOMPARE(page->people.size(), kept ? 1 : 0);
        QCOMPARE(page->removedIds, kept ? QStringList() : QStringList{u"u1"_s});
        QCOMPARE(page->guests, reason == u"guest"_s ? 1 : 0);
        QCOMPARE(page->disabled, reason == u"disabled"_s ? 1 : 0);
        QCOMPARE(page->withoutBusinessPhone, reason == u"phone"_s ? 1 : 0);
        QCOMPARE(page->deleted, 0);
    }

    void read_unparsableBusinessPhone_keepsPersonWithVerdict()
    {
        const auto page = GraphUserReader(u"US"_s).read(
                pageOf({member(u"u1"_s, QJsonArray{u"Reception – ask for ext. 212"_s})}));
        QVERIFY(page);
        QCOMPARE(page->people.size(), 1);
        const auto &colleague = page->people.first();
        QCOMPARE(colleague.businessPhone, u"Reception – ask for ext. 212"_s);
        QVERIFY(colleague.businessPhoneE164.isEmpty());
        QCOMPARE(colleague.businessPhoneVerdict, Verdict::NotANumber);
        QVERIFY(!colleague.isCallable());
    }

    void read_severalBusinessPhones_takesTheFirstNonBlank()
    {
        const auto page = GraphUserReader(u"US"_s).read(pageOf({member(
                u"u1"_s, QJsonArray{u""_s, u" +1 425 555 0100 "_s, u"+1 425 555 0111"_s})}));
        QVERIFY(page);
        QCOMPARE(page->people.first().businessPhone, u"+1 425 555 0100"_s);
        QCOMPARE(page->people.first().businessPhoneE164, u"+14255550100"_s);
    }

    void read_removedEntries_giveRemovedIds()
    {
        const QJsonArray users{
                member(u"u1"_s),
                QJsonObject{{u"id"_s, u"u2"_s},
                            {u"@removed"_s, QJsonObject{{u"reason"_s, u"changed"_s}}}},
                QJsonObject{{u"id"_s, u"u3"_s},
                            {u"@removed"_s, QJsonObject{{u"reason"_s, u"deleted"_s}}}},
                with(member(u"u4"_s), u"userType"_s, u"Guest"_s)};
        const auto page = GraphUserReader(u"US"_s).read(pageOf(users));
        QVERIFY(page);
        QCOMPARE(page->received, 4);
        QCOMPARE(page->people.size(), 1);
        QCOMPARE(page->removedIds, (QStringList{u"u2"_s, u"u3"_s, u"u4"_s}));
        QCOMPARE(page->deleted, 2);
        QCOMPARE(page->guests, 1);
    }

    // Graph may list an object more than once in a delta round: the last entry wins, and each id
    // ends up in one list only.
    void read_sameIdTwice_lastEntryWins()
    {
        QJsonObject first = member(u"u1"_s);
        first.insert(u"displayName"_s, u"First"_s);
        QJsonObject second = member(u"u1"_s);
        second.insert(u"displayName"_s, u"Second"_s);
        const QJsonObject removedU2{{u"id"_s, u"u2"_s}, {u"@removed"_s, QJsonObject{}}};
        const QJsonArray users{
                first,     member(u"u2"_s), member(u"u3"_s),
                second,    removedU2,       member(u"u4"_s),
                removedU2, member(u"u2"_s), with(member(u"u3"_s), u"accountEnabled"_s, false)};
        const auto page = GraphUserReader(u"US"_s).read(pageOf(users));
        QVERIFY(page);
        QCOMPARE(page->received, 9);
        QStringList kept;
        for (const auto &colleague : page->people) {
            kept.append(colleague.id);
        }
        QCOMPARE(kept, (QStringList{u"u1"_s, u"u4"_s, u"u2"_s}));
        QCOMPARE(page->people.first().displayName, u"Second"_s);
        QCOMPARE(page->removedIds, QStringList{u"u3"_s});
    }

    void read_links_areReturned_data()
    {
        QTest::addColumn<QJsonObject>("extra");
        QTest::addColumn<QString>("nextLink");
        QTest::addColumn<QString>("deltaLink");
        const QString next = u"https://graph.microsoft.com/v1.0/users?$skiptoken=abc"_s;
        const QString delta = u"https://graph.microsoft.com/v1.0/users/delta?$deltatoken=xyz"_s;
        QTest::newRow("last page of /users") << QJsonObject{} << QString() << QString();
        QTest::newRow("nextLink") << QJsonObject{{u"@odata.nextLink"_s, next}} << next << QString();
        QTest::newRow("deltaLink")
                << QJsonObject{{u"@odata.deltaLink"_s, delta}} << QString() << delta;
    }

    void read_links_areReturned()
    {
        QFETCH(QJsonObject, extra);
        QFETCH(QString, nextLink);
        QFETCH(QString, deltaLink);
        const auto page = GraphUserReader(u"US"_s).read(pageOf({}, extra));
        QVERIFY(page);
        QCOMPARE(page->received, 0);
        QCOMPARE(page->nextLink, nextLink);
        QCOMPARE(page->deltaLink, deltaLink);
    }

    void read_malformedPage_givesProblemNamingTheField_data()
    {
        QTest::addColumn<QJsonObject>("page");
        QTest::addColumn<QString>("where");

        const QJsonObject user = member(u"u1"_s);
        QTest::newRow("no value") << QJsonObject{{u"@odata.context"_s, u"x"_s}} << u"value"_s;
        QTest::newRow("value is an object")
                << QJsonObject{{u"value"_s, QJsonObject{}}} << u"value"_s;
        QTest::newRow("value is null") << QJsonObject{{u"value"_s, QJsonValue::Null}} << u"value"_s;
        QTest::newRow("entry not an object") << pageOf({user, u"u2"_s}) << u"value[1]"_s;
        QTest::newRow("no id") << pageOf({with(user, u"id"_s, QJsonValue::Undefined)})
                               << u"value[0].id"_s;
        QTest::newRow("empty id") << pageOf({with(user, u"id"_s, u""_s)}) << u"value[0].id"_s;
        QTest::newRow("numeric id") << pageOf({with(user, u"id"_s, 42)}) << u"value[0].id"_s;
        QTest::newRow("displayName a number")
                << pageOf({with(user, u"displayName"_s, 1)}) << u"value[0].displayName"_s;
        QTest::newRow("mail an array")
                << pageOf({with(user, u"mail"_s, QJsonArray{})}) << u"value[0].mail"_s;
        QTest::newRow("businessPhones a string")
                << pageOf({with(user, u"businessPhones"_s, u"+1 425 555 0100"_s)})
                << u"value[0].businessPhones"_s;
        QTest::newRow("businessPhones with a number")
                << pageOf({with(user, u"businessPhones"_s, QJsonArray{4255550100.0})})
                << u"value[0].businessPhones[0]"_s;
        QTest::newRow("mobilePhone a number")
                << pageOf({with(user, u"mobilePhone"_s, 5)}) << u"value[0].mobilePhone"_s;
        QTest::newRow("userType a boolean")
                << pageOf({with(user, u"userType"_s, true)}) << u"value[0].userType"_s;
        QTest::newRow("accountEnabled a string")
                << pageOf({with(user, u"accountEnabled"_s, u"yes"_s)})
                << u"value[0].accountEnabled"_s;
        QTest::newRow("@removed a string")
                << pageOf({QJsonObject{{u"id"_s, u"u2"_s}, {u"@removed"_s, u"deleted"_s}}})
                << u"value[0].@removed"_s;
        QTest::newRow("@removed without id")
                << pageOf({QJsonObject{{u"@removed"_s, QJsonObject{{u"reason"_s, u"x"_s}}}}})
                << u"value[0].id"_s;
        QTest::newRow("nextLink a number")
                << pageOf({user}, {{u"@odata.nextLink"_s, 3}}) << u"@odata.nextLink"_s;
        QTest::newRow("deltaLink empty")
                << pageOf({user}, {{u"@odata.deltaLink"_s, u""_s}}) << u"@odata.deltaLink"_s;
        QTest::newRow("both links") << pageOf({user}, {{u"@odata.nextLink"_s, u"https://a/b"_s},
                                                       {u"@odata.deltaLink"_s, u"https://a/c"_s}})
                                    << u"@odata.deltaLink"_s;
    }

    void read_malformedPage_givesProblemNamingTheField()
    {
        QFETCH(QJsonObject, page);
        QFETCH(QString, where);
        QString problem;
        QVERIFY(!GraphUserReader(u"US"_s).read(page, &problem));
        QVERIFY2(problem.contains(where), qPrintable(problem));
        // The log line names the field, never the person.
        QVERIFY(!problem.contains(u"José"_s));
        QVERIFY(!problem.contains(u"425"_s));
        // And without a place for the problem, it still just says no.
        QVERIFY(!GraphUserReader(u"US"_s).read(page));
    }
};

QTEST_GUILESS_MAIN(TestGraphUserReader)
#include "tst_graphuserreader.moc"
