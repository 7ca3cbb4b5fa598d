// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the colleagues panel's Open chat and Copy number hand to the desktop: the Teams chat
// deep link, and the number as dialled (or as the directory wrote it when it cannot be).
#include <core/colleague.h>
#include <core/colleaguenumbers.h>
#include <core/teamslinks.h>

#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace AgentDesk::Core;

class TestTeamsLinks final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chatWith_mail_isTeamsChatLinkForThatUser()
    {
        const QUrl url = TeamsLinks::chatWith(u" joão.conceição@contoso.example "_s);
        QCOMPARE(url.scheme(), u"https"_s);
        QCOMPARE(url.host(), u"teams.microsoft.com"_s);
        QCOMPARE(url.path(), u"/l/chat/0/0"_s);
        QCOMPARE(QUrlQuery(url).queryItemValue(u"users"_s, QUrl::FullyDecoded),
                 u"joão.conceição@contoso.example"_s);
    }

    void chatWith_noMail_isEmpty() { QVERIFY(TeamsLinks::chatWith(u"  "_s).isEmpty()); }

    void copyableNumber_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("copied");
        QTest::newRow("callable, with extension") << u"425-555-0100 x12"_s << u"+14255550100,12"_s;
        QTest::newRow("callable") << u"+1 (425) 555-0100"_s << u"+14255550100"_s;
        QTest::newRow("not callable: as written") << u"ask reception"_s << u"ask reception"_s;
    }
    void copyableNumber()
    {
        QFETCH(QString, typed);
        QFETCH(QString, copied);
        Colleague colleague;
        colleague.businessPhone = typed;
        ColleagueNumbers::fill(colleague, u"US"_s);
        QCOMPARE(colleague.copyableNumber(), copied);
    }
};

QTEST_GUILESS_MAIN(TestTeamsLinks)
#include "tst_teamslinks.moc"
