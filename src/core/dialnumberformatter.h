// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace AgentDesk::Core {

// As-you-type formatting for a number field (libphonenumber's AsYouTypeFormatter), as a pure
// function of the field's text and cursor, so the widget calls it on every edit:
//   auto [text, cursor] = DialNumberFormatter::format(edit->text(), edit->cursorPosition(),
//   u"BR"_s);
//   // "11987654321" -> "11 98765-4321"; "+14255550100" -> "+1 425-555-0100"
// region is the chosen country for the national field, or the agent's default region for the
// free field (so that "011…" from US is read as IDD); empty: only "+…" numbers get formatted.
// Text the formatter cannot handle (letters, a half-typed extension marker) comes back
// untouched: the validation message says what is wrong, the agent's text is never rewritten.
// An extension at the end ("x123") is kept as typed.
class DialNumberFormatter
{
public:
    struct Result
    {
        QString text;
        qsizetype cursor = 0; // after the same digit as before formatting
    };

    static Result format(const QString &text, qsizetype cursor, const QString &region);
    static QString format(const QString &text, const QString &region);
};

} // namespace AgentDesk::Core
