// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace AgentDesk::Core {

// Folds text so that what an agent types matches what the directory holds: case- and
// accent-insensitive (José = jose, Núñez = nunez), full-width as half-width (ＡＢＣ１２ = abc12),
// katakana as hiragana (カタカナ = かたかな, half-width ｶﾀｶﾅ too). Kana keep their voicing marks
// (ガ stays が, not か): they change the sound, unlike Latin accents.
//   TextFolding::fold(u"Conceição"_s) == u"conceicao"_s
//   TextFolding::words(u"o'brien, ana-maria"_s) == {"o", "brien", "ana", "maria"}
class TextFolding
{
public:
    static QString fold(QStringView text);

    // The words of folded text: runs of letters, digits and marks; everything else separates.
    static QStringList words(QStringView folded);
    // The folded text without separators, for substring matching of CJK names written with or
    // without a space between family and given name ("佐藤 花子" -> "佐藤花子").
    static QString compact(QStringView folded);

    // Han, kana, Hangul and Bopomofo: scripts written without spaces between words, so they are
    // matched as substrings rather than by word prefix.
    static bool isCjk(QChar c);
    static bool containsCjk(QStringView text);
};

} // namespace AgentDesk::Core
