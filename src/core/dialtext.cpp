// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialtext.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace AgentDesk::Core {

namespace {

constexpr char16_t LongVowelMark = u'\u30FC'; // "ー", typed as a dash by Japanese IMEs
constexpr char16_t FullWidthPlus = u'\uFF0B';

bool isPlus(QChar c)
{
    return c == u'+' || c == FullWidthPlus;
}

} // namespace

DialText::Parts DialText::split(const QString &typed)
{
    // Anchored at the end: the extension is what follows the number, never something inside it.
    static const QRegularExpression extension(
            uR"(^(.*?)(\s*(?:,+|;|#|~|(?:ext(?:ension|n)?|x)\.?:?)\s*(\d{1,10})\s*#?)$)"_s,
            QRegularExpression::CaseInsensitiveOption |
                    QRegularExpression::UseUnicodePropertiesOption |
                    QRegularExpression::DotMatchesEverythingOption);
    const QString text = typed.trimmed();
    Parts parts;
    parts.number = text;
    const QRegularExpressionMatch match = extension.match(text);
    if (!match.hasMatch() || !containsDigits(match.captured(1))) {
        return parts;
    }
    parts.number = match.captured(1).trimmed();
    parts.extensionText = match.captured(2);
    parts.extension = significant(match.captured(3));
    return parts;
}

bool DialText::containsLetters(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.isLetter() && c != LongVowelMark; });
}

bool DialText::containsDigits(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
}

bool DialText::startsWithPlus(const QString &text)
{
    const QString trimmed = text.trimmed();
    return !trimmed.isEmpty() && isPlus(trimmed.front());
}

bool DialText::isSignificant(QChar c, bool firstSignificant)
{
    return c.isDigit() || (firstSignificant && isPlus(c));
}

QString DialText::significant(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (c.isDigit()) {
            result.append(QChar(u'0' + c.digitValue()));
        } else if (result.isEmpty() && isPlus(c)) {
            result.append(u'+');
        }
    }
    return result;
}

} // namespace AgentDesk::Core
