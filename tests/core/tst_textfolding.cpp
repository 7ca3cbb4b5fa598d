// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/textfolding.h>

#include <QTest>

using namespace Qt::StringLiterals;
using AgentDesk::Core::TextFolding;

class TestTextFolding final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fold_text_matchesWhatAgentsType_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("folded");

        QTest::newRow("ascii case") << u"Ana SOUZA"_s << u"ana souza"_s;
        QTest::newRow("acute") << u"José"_s << u"jose"_s;
        QTest::newRow("cedilla and tilde") << u"Conceição"_s << u"conceicao"_s;
        QTest::newRow("spanish") << u"Núñez"_s << u"nunez"_s;
        QTest::newRow("french") << u"Hélène Bérénice"_s << u"helene berenice"_s;
        QTest::newRow("german umlaut") << u"Müller"_s << u"muller"_s;
        QTest::newRow("german sharp s") << u"Straße"_s << u"strasse"_s;
        QTest::newRow("turkish dotless i") << u"Aydın"_s << u"aydin"_s;
        QTest::newRow("turkish dotted I") << u"İlkay Şahin"_s << u"ilkay sahin"_s;
        QTest::newRow("polish l") << u"Łukasz"_s << u"lukasz"_s;
        QTest::newRow("nordic o") << u"Søren"_s << u"soren"_s;
        QTest::newRow("greek tonos") << u"Ελένη"_s << u"ελενη"_s;
        QTest::newRow("cyrillic case") << u"Олена"_s << u"олена"_s;
        QTest::newRow("full-width latin") << u"ＡＢＣ１２"_s << u"abc12"_s;
        QTest::newRow("katakana") << u"カタカナ"_s << u"かたかな"_s;
        QTest::newRow("hiragana unchanged") << u"はなこ"_s << u"はなこ"_s;
        QTest::newRow("katakana keeps dakuten") << u"ガブリエル"_s << u"がぶりえる"_s;
        QTest::newRow("half-width katakana") << u"ｶﾞﾌﾞﾘｴﾙ"_s << u"がぶりえる"_s;
        QTest::newRow("handakuten") << u"パウロ"_s << u"ぱうろ"_s;
        QTest::newRow("long vowel mark") << u"ルーシー"_s << u"るーしー"_s;
        QTest::newRow("kanji unchanged") << u"佐藤 花子"_s << u"佐藤 花子"_s;
        QTest::newRow("full-width space") << u"佐藤　花子"_s << u"佐藤 花子"_s;
        QTest::newRow("hangul stays composed") << u"김민준"_s << u"김민준"_s;
    }
    void fold_text_matchesWhatAgentsType()
    {
        QFETCH(QString, text);
        QFETCH(QString, folded);
        QCOMPARE(TextFolding::fold(text), folded);
    }

    void words_folded_splitsOnSeparators_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("words");

        QTest::newRow("spaces") << u"  ana   souza "_s << QStringList{u"ana"_s, u"souza"_s};
        QTest::newRow("apostrophe") << u"o'brien"_s << QStringList{u"o"_s, u"brien"_s};
        QTest::newRow("hyphen and comma")
                << u"ana-maria, tech"_s << QStringList{u"ana"_s, u"maria"_s, u"tech"_s};
        QTest::newRow("slash and ampersand") << u"billing & payments/ops"_s
                                             << QStringList{u"billing"_s, u"payments"_s, u"ops"_s};
        QTest::newRow("katakana middle dot")
                << u"まりあ・さんとす"_s << QStringList{u"まりあ"_s, u"さんとす"_s};
        QTest::newRow("cjk name") << u"佐藤 花子"_s << QStringList{u"佐藤"_s, u"花子"_s};
        QTest::newRow("devanagari keeps its vowel signs")
                << u"प्रिया शर्मा"_s << QStringList{u"प्रिया"_s, u"शर्मा"_s};
        QTest::newRow("only separators") << u" ' - "_s << QStringList{};
    }
    void words_folded_splitsOnSeparators()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, words);
        QCOMPARE(TextFolding::words(text), words);
    }

    void compact_cjkName_dropsSeparators()
    {
        QCOMPARE(TextFolding::compact(TextFolding::fold(u"佐藤　花子"_s)), u"佐藤花子"_s);
        QCOMPARE(TextFolding::compact(u"まりあ・さんとす"_s), u"まりあさんとす"_s);
    }

    void containsCjk_script_detected_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("cjk");

        QTest::newRow("kanji") << u"藤"_s << true;
        QTest::newRow("hiragana") << u"はなこ"_s << true;
        QTest::newRow("katakana") << u"ハナコ"_s << true;
        QTest::newRow("long vowel mark alone") << u"ー"_s << true;
        QTest::newRow("hangul") << u"민준"_s << true;
        QTest::newRow("chinese") << u"王伟"_s << true;
        QTest::newRow("extension B") << u"𠮷田"_s << true;
        QTest::newRow("latin") << u"jose"_s << false;
        QTest::newRow("greek") << u"ελενη"_s << false;
        QTest::newRow("arabic") << u"فاطمة"_s << false;
    }
    void containsCjk_script_detected()
    {
        QFETCH(QString, text);
        QFETCH(bool, cjk);
        QCOMPARE(TextFolding::containsCjk(text), cjk);
    }
};

QTEST_GUILESS_MAIN(TestTextFolding)
#include "tst_textfolding.moc"
