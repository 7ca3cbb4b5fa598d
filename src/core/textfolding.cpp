// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textfolding.h"

using namespace Qt::StringLiterals;

namespace AgentDesk::Core {

namespace {

bool isAscii(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80) {
            return false;
        }
    }
    return true;
}

bool isWordChar(QChar c)
{
    // Surrogates: the halves of a supplementary-plane letter (CJK extension B names) stay together.
    return c.isLetterOrNumber() || c.isMark() || c.isSurrogate();
}

// Kana voicing marks (dakuten, handakuten) that NFKD splits off ガ and ﾊﾟ.
bool isKanaVoicing(char16_t c)
{
    return c == 0x3099 || c == 0x309A;
}

} // namespace

QString TextFolding::fold(QStringView text)
{
    // Most directory entries and most queries are plain ASCII: skip the Unicode machinery.
    if (isAscii(text)) {
        return text.toString().toLower();
    }
    // Compatibility decomposition splits accents off their letters and maps full-width and
    // half-width forms to their ordinary ones.
    const QString decomposed =
            text.toString().normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString out;
    out.reserve(decomposed.size());
    bool recompose = false;
    for (const QChar qc : decomposed) {
        const char16_t c = qc.unicode();
        const QChar::Category category = qc.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing) {
            if (isKanaVoicing(c)) {
                out.append(qc);
                recompose = true;
            }
            continue; // an accent: José = jose
        }
        if (c >= 0x30A1 && c <= 0x30F6) { // katakana -> hiragana
            out.append(QChar(char16_t(c - 0x60)));
            continue;
        }
        if (c == 0x30FD || c == 0x30FE) { // katakana iteration marks
            out.append(QChar(char16_t(c - 0x60)));
            continue;
        }
        // Letters that are not "letter + accent" in Unicode but that agents type without it.
        switch (c) {
        case 0x0131: // Turkish dotless ı
            out.append(u'i');
            continue;
        case 0x0142: // ł
            out.append(u'l');
            continue;
        case 0x00F8: // ø
            out.append(u'o');
            continue;
        case 0x0111: // đ
            out.append(u'd');
            continue;
        case 0x00DF: // ß
            out.append(u"ss");
            continue;
        case 0x00E6: // æ
            out.append(u"ae");
            continue;
        case 0x0153: // œ
            out.append(u"oe");
            continue;
        default:
            break;
        }
        if (c >= 0x1100) {
            recompose = true; // Hangul syllables come back together below
        }
        out.append(qc);
    }
    // Put kana voicing marks and Hangul syllables back together; no Latin accent is left to
    // recompose, so Latin text comes out unchanged.
    return recompose ? out.normalized(QString::NormalizationForm_C) : out;
}

QStringList TextFolding::words(QStringView folded)
{
    QStringList result;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= folded.size(); ++i) {
        const bool word = i < folded.size() && isWordChar(folded[i]);
        if (word && start < 0) {
            start = i;
        } else if (!word && start >= 0) {
            result.append(folded.mid(start, i - start).toString());
            start = -1;
        }
    }
    return result;
}

QString TextFolding::compact(QStringView folded)
{
    QString out;
    out.reserve(folded.size());
    for (const QChar c : folded) {
        if (isWordChar(c)) {
            out.append(c);
        }
    }
    return out;
}

bool TextFolding::isCjk(QChar c)
{
    if (c.unicode() < 0x1100) {
        return false;
    }
    if (c.unicode() == 0x30FC) { // the long-vowel mark of katakana names (script Common)
        return true;
    }
    if (c.isSurrogate()) { // CJK extension B and later live in the supplementary planes
        return c.isHighSurrogate() && c.unicode() >= 0xD840 && c.unicode() <= 0xD87F;
    }
    switch (c.script()) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
    case QChar::Script_Bopomofo:
        return true;
    default:
        return false;
    }
}

bool TextFolding::containsCjk(QStringView text)
{
    for (const QChar c : text) {
        if (isCjk(c)) {
            return true;
        }
    }
    return false;
}

} // namespace AgentDesk::Core
