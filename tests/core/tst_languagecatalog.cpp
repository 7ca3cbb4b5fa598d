// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/languagecatalog.h>

#include <QTest>

using namespace Qt::StringLiterals;
using AgentDesk::Core::LanguageCatalog;

class TestLanguageCatalog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolve_preferences_picksFirstShippedMatch_data()
    {
        QTest::addColumn<QStringList>("preferences");
        QTest::addColumn<QString>("expected");
        QTest::newRow("brazil bcp47") << QStringList{u"pt-BR"_s} << u"pt_BR"_s;
        QTest::newRow("portugal posix") << QStringList{u"pt_PT.UTF-8"_s} << u"pt_PT"_s;
        QTest::newRow("plain pt falls back to brazil") << QStringList{u"pt"_s} << u"pt_BR"_s;
        QTest::newRow("angola falls back to brazil") << QStringList{u"pt-AO"_s} << u"pt_BR"_s;
        QTest::newRow("japanese with region") << QStringList{u"ja-JP"_s} << u"ja"_s;
        QTest::newRow("mexican spanish") << QStringList{u"es_MX"_s} << u"es"_s;
        QTest::newRow("canadian french") << QStringList{u"fr-CA"_s} << u"fr"_s;
        QTest::newRow("english wins when first") << QStringList{u"en-GB"_s, u"fr"_s} << u"en"_s;
        QTest::newRow("unshipped then shipped") << QStringList{u"de-DE"_s, u"ja"_s} << u"ja"_s;
        QTest::newRow("nothing shipped") << QStringList{u"de"_s, u"it"_s} << u"en"_s;
        QTest::newRow("C locale skipped") << QStringList{u"C"_s, u"es"_s} << u"es"_s;
        QTest::newRow("empty") << QStringList{} << u"en"_s;
    }
    void resolve_preferences_picksFirstShippedMatch()
    {
        QFETCH(QStringList, preferences);
        QFETCH(QString, expected);
        const LanguageCatalog catalog({u"pt_BR"_s, u"pt_PT"_s, u"ja"_s, u"es"_s, u"fr"_s});
        QCOMPARE(catalog.resolve(preferences), expected);
    }

    void resolve_portugalNotShipped_usesBrazil()
    {
        const LanguageCatalog catalog({u"pt_BR"_s, u"ja"_s});
        QCOMPARE(catalog.resolve({u"pt-PT"_s}), u"pt_BR"_s);
    }

    void normalized_spellings_becomeLanguageUnderscoreRegion()
    {
        QCOMPARE(LanguageCatalog::normalized(u"pt-br.UTF-8"_s), u"pt_BR"_s);
        QCOMPARE(LanguageCatalog::normalized(u"JA"_s), u"ja"_s);
        QCOMPARE(LanguageCatalog::normalized(u"sr_RS@latin"_s), u"sr_RS"_s);
    }

    void selectable_listsEnglishFirst()
    {
        const LanguageCatalog catalog({u"ja"_s, u"fr"_s});
        QCOMPARE(catalog.selectable(), (QStringList{u"en"_s, u"ja"_s, u"fr"_s}));
    }
};

QTEST_GUILESS_MAIN(TestLanguageCatalog)
#include "tst_languagecatalog.moc"
