// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The e-mail merge of the contact center's agents into the Teams directory: who gets an agent id,
// how e-mails compare, that a person appears once, and which agents have no Teams account.
#include <core/contactcenteragentmerge.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace AgentDesk;
using Core::Colleague;
using Core::ContactCenterAgent;
using Core::ContactCenterAgentMerge;

namespace {

Colleague colleague(const QString &id, const QString &mail)
{
    Colleague person;
    person.id = id;
    person.displayName = id;
    person.mail = mail;
    return person;
}

ContactCenterAgent agent(const QString &agentId, const QString &email)
{
    return ContactCenterAgent{agentId, email, agentId, {u"team-1"_s}};
}

} // namespace

class TestContactCenterAgentMerge final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void apply_email_comparesTrimmedAndCaseInsensitively_data()
    {
        QTest::addColumn<QString>("teamsMail");
        QTest::addColumn<QString>("agentEmail");
        QTest::addColumn<bool>("matches");

        QTest::newRow("same") << u"ana.souza@contoso.example"_s << u"ana.souza@contoso.example"_s
                              << true;
        QTest::newRow("Graph keeps the typed case")
                << u"Ana.Souza@Contoso.example"_s << u"ana.souza@contoso.example"_s << true;
        QTest::newRow("contact center upper-case")
                << u"ana.souza@contoso.example"_s << u"ANA.SOUZA@CONTOSO.EXAMPLE"_s << true;
        QTest::newRow("spaces around")
                << u"  ana.souza@contoso.example"_s << u"ana.souza@contoso.example \t"_s << true;
        QTest::newRow("non-ASCII letters fold too")
                << u"JOSÉ.ÖZ@contoso.example"_s << u"josé.öz@contoso.example"_s << true;
        QTest::newRow("another person")
                << u"ana.souza@contoso.example"_s << u"ana.souza2@contoso.example"_s << false;
        QTest::newRow("same local part, other domain")
                << u"ana.souza@contoso.example"_s << u"ana.souza@fabrikam.example"_s << false;
    }
    void apply_email_comparesTrimmedAndCaseInsensitively()
    {
        QFETCH(QString, teamsMail);
        QFETCH(QString, agentEmail);
        QFETCH(bool, matches);

        QList<Colleague> colleagues{colleague(u"u1"_s, teamsMail)};
        const ContactCenterAgentMerge merge({agent(u"agent-1"_s, agentEmail)});
        QCOMPARE(merge.apply(colleagues), matches ? 1 : 0);
        QCOMPARE(colleagues.first().ccAgentId, matches ? u"agent-1"_s : QString());
        QCOMPARE(merge.agentIdFor(teamsMail), matches ? u"agent-1"_s : QString());
    }

    void apply_directoryWithAgents_setsIdsAndKeepsEveryPersonOnce()
    {
        QList<Colleague> colleagues{colleague(u"u1"_s, u"ana.souza@contoso.example"_s),
                                    colleague(u"u2"_s, u"nadia.haddad@contoso.example"_s),
                                    colleague(u"u3"_s, u"kenji.tanaka@contoso.example"_s),
                                    colleague(u"u4"_s, QString())};
        const QList<Colleague> before = colleagues;
        const ContactCenterAgentMerge merge({agent(u"a-kenji"_s, u"Kenji.Tanaka@contoso.example"_s),
                                             agent(u"a-ana"_s, u"ana.souza@contoso.example"_s),
                                             agent(u"a-priya"_s, u"priya.nair@wingtip.example"_s)});

        QCOMPARE(merge.apply(colleagues), 2);
        QCOMPARE(colleagues.size(), before.size()); // no row added for an agent
        QCOMPARE(colleagues.at(0).ccAgentId, u"a-ana"_s);
        QCOMPARE(colleagues.at(1).ccAgentId, QString());
        QCOMPARE(colleagues.at(2).ccAgentId, u"a-kenji"_s);
        QCOMPARE(colleagues.at(3).ccAgentId, QString());
        for (qsizetype i = 0; i < colleagues.size(); ++i) {
            // Only the agent id changes: the Teams side of the person stays as it was.
            Colleague withoutId = colleagues.at(i);
            withoutId.ccAgentId.clear();
            QCOMPARE(withoutId, before.at(i));
        }
    }

    void apply_agentGoneSinceLastMerge_clearsTheStaleId()
    {
        QList<Colleague> colleagues{colleague(u"u1"_s, u"ana.souza@contoso.example"_s),
                                    colleague(u"u2"_s, u"kenji.tanaka@contoso.example"_s)};
        ContactCenterAgentMerge({agent(u"a-ana"_s, u"ana.souza@contoso.example"_s),
                                 agent(u"a-kenji"_s, u"kenji.tanaka@contoso.example"_s)})
                .apply(colleagues);
        QCOMPARE(colleagues.at(0).ccAgentId, u"a-ana"_s);

        const ContactCenterAgentMerge later(
                {agent(u"a-kenji"_s, u"kenji.tanaka@contoso.example"_s)});
        QCOMPARE(later.apply(colleagues), 1);
        QCOMPARE(colleagues.at(0).ccAgentId, QString());
        QCOMPARE(colleagues.at(1).ccAgentId, u"a-kenji"_s);
    }

    void apply_twoColleaguesWithOneMail_agentGoesToTheFirstOnly()
    {
        QList<Colleague> colleagues{colleague(u"u1"_s, u"ana.souza@contoso.example"_s),
                                    colleague(u"u2"_s, u"ANA.SOUZA@contoso.example"_s)};
        const ContactCenterAgentMerge merge({agent(u"a-ana"_s, u"ana.souza@contoso.example"_s)});
        QCOMPARE(merge.apply(colleagues), 1);
        QCOMPARE(colleagues.at(0).ccAgentId, u"a-ana"_s);
        QCOMPARE(colleagues.at(1).ccAgentId, QString());
    }

    void constructor_unusableOrRepeatedAgents_firstUsableWins()
    {
        const ContactCenterAgentMerge merge({agent(u"a-blank"_s, u"   "_s),
                                             agent(QString(), u"no.id@contoso.example"_s),
                                             agent(u"a-first"_s, u"ana.souza@contoso.example"_s),
                                             agent(u"a-second"_s, u"Ana.Souza@contoso.example"_s)});
        QCOMPARE(merge.agentCount(), 1);
        QCOMPARE(merge.agentIdFor(u"ana.souza@contoso.example"_s), u"a-first"_s);
        QCOMPARE(merge.agentIdFor(u"no.id@contoso.example"_s), QString());
        // A colleague without a mail never matches an agent without an e-mail.
        QList<Colleague> colleagues{colleague(u"u1"_s, QString())};
        QCOMPARE(merge.apply(colleagues), 0);
        QCOMPARE(colleagues.first().ccAgentId, QString());
    }

    void unmatched_agentsWithoutTeamsAccount_inTheOrderGiven()
    {
        const QList<Colleague> colleagues{colleague(u"u1"_s, u"ana.souza@contoso.example"_s),
                                          colleague(u"u2"_s, u"kenji.tanaka@contoso.example"_s)};
        const ContactCenterAgent priya = agent(u"a-priya"_s, u"priya.nair@wingtip.example"_s);
        const ContactCenterAgent tomas = agent(u"a-tomas"_s, u"tomas.novak@wingtip.example"_s);
        const ContactCenterAgentMerge merge(
                {priya, agent(u"a-kenji"_s, u"KENJI.TANAKA@contoso.example"_s), tomas});
        QCOMPARE(merge.unmatched(colleagues), (QList<ContactCenterAgent>{priya, tomas}));
        QCOMPARE(merge.unmatched({}).size(), 3);
    }

    void emptyMerge_clearsEveryId()
    {
        QList<Colleague> colleagues{colleague(u"u1"_s, u"ana.souza@contoso.example"_s)};
        colleagues.first().ccAgentId = u"a-old"_s;
        QCOMPARE(ContactCenterAgentMerge().apply(colleagues), 0);
        QCOMPARE(colleagues.first().ccAgentId, QString());
    }

    void apply_largeDirectory_matchesEveryAgent()
    {
        // 20,000 colleagues, every tenth an agent whose e-mail the contact center upper-cases.
        QList<Colleague> colleagues;
        QList<ContactCenterAgent> agents;
        for (int i = 0; i < 20'000; ++i) {
            const QString mail = u"person.%1@contoso.example"_s.arg(i);
            colleagues.append(colleague(QString::number(i), mail));
            if (i % 10 == 0) {
                agents.append(agent(u"agent-%1"_s.arg(i), mail.toUpper()));
            }
        }
        const ContactCenterAgentMerge merge(agents);
        QCOMPARE(merge.apply(colleagues), 2'000);
        QCOMPARE(colleagues.at(4'210).ccAgentId, u"agent-4210"_s);
        QCOMPARE(colleagues.at(4'211).ccAgentId, QString());
        QVERIFY(merge.unmatched(colleagues).isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestContactCenterAgentMerge)
#include "tst_contactcenteragentmerge.moc"
