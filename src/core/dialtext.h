// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace AgentDesk::Core {

// What the agent typed in a number field, taken apart before libphonenumber sees it. We split
// the extension ourselves so that letters left anywhere else can be refused: libphonenumber
// reads letters as a vanity number ("1-800-FLOWERS"), which turns a typo like "555-0l00" into
// a different, valid-looking number.
//   DialText::Parts parts = DialText::split(u"+1 425 555 0100 x123"_s);
//   parts.number == u"+1 425 555 0100"_s, parts.extension == u"123"_s
class DialText
{
public:
    struct Parts
    {
        QString number;        // the text before the extension, trimmed
        QString extension;     // the extension's digits (ASCII), empty when none
        QString extensionText; // the extension as typed, with its marker (" x123", ",,123")
    };

    // Recognized markers: x, ext, ext., extn, extension, #, ";", "~" and one or more commas
    // (the contact center's pause before post-dial digits).
    static Parts split(const QString &typed);

    // Letters other than the Japanese long-vowel mark that Japanese input methods type for "-".
    static bool containsLetters(const QString &text);
    static bool containsDigits(const QString &text);
    static bool startsWithPlus(const QString &text);

    // The characters that matter while typing: digits of any script as ASCII, and a plus when it
    // comes before the first digit. "（03）１２３４" -> "031234".
    static QString significant(const QString &text);
    // Whether c counts in significant() at position "after n significant characters".
    static bool isSignificant(QChar c, bool firstSignificant);
};

} // namespace AgentDesk::Core
