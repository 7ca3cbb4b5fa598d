// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialnumberformatter.h"

#include "dialnumber.h"
#include "dialtext.h"

#include <phonenumbers/asyoutypeformatter.h>
#include <phonenumbers/phonenumberutil.h>

#include <memory>
#include <string>

using i18n::phonenumbers::AsYouTypeFormatter;
using i18n::phonenumbers::PhoneNumberUtil;

namespace AgentDesk::Core {

namespace {

// The number of significant characters (digits, a leading plus) in text before position.
qsizetype significantBefore(const QString &text, qsizetype position)
{
    return DialText::significant(text.left(position)).size();
}

// The position just after the n-th significant character of text.
qsizetype positionAfterSignificant(const QString &text, qsizetype n)
{
    if (n <= 0) {
        return 0;
    }
    qsizetype seen = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (DialText::isSignificant(text.at(i), seen == 0) && ++seen == n) {
            return i + 1;
        }
    }
    return text.size();
}

} // namespace

QString DialNumberFormatter::format(const QString &text, const QString &region)
{
    return format(text, text.size(), region).text;
}

DialNumberFormatter::Result DialNumberFormatter::format(const QString &text, qsizetype cursor,
                                                        const QString &region)
{
    const Result unchanged{text, cursor};
    const DialText::Parts parts = DialText::split(text);
    if (DialText::containsLetters(parts.number)) {
        return unchanged;
    }
    const QString digits = DialText::significant(parts.number);
    if (digits.isEmpty()) {
        return unchanged;
    }

    const std::string regionCode = DialNumber::isSupportedRegion(region)
                                           ? region.trimmed().toUpper().toStdString()
                                           : std::string("ZZ");
    const std::unique_ptr<AsYouTypeFormatter> formatter(
            PhoneNumberUtil::GetInstance()->GetAsYouTypeFormatter(regionCode));
    std::string formatted;
    for (const QChar c : digits) {
        formatter->InputDigit(c.unicode(), &formatted);
    }
    const QString number = QString::fromStdString(formatted);
    // The formatter only ever adds punctuation; anything else means we would change the number.
    if (DialText::significant(number) != digits) {
        return unchanged;
    }

    Result result{number + parts.extensionText, 0};
    qsizetype end = text.size();
    while (end > 0 && text.at(end - 1).isSpace()) {
        --end;
    }
    const qsizetype extensionStart = end - parts.extensionText.size();
    if (cursor >= text.size()) {
        result.cursor = result.text.size();
    } else if (!parts.extensionText.isEmpty() && cursor >= extensionStart) {
        result.cursor = number.size() + qMin(cursor - extensionStart, parts.extensionText.size());
    } else {
        result.cursor = positionAfterSignificant(number, significantBefore(text, cursor));
    }
    return result;
}

} // namespace AgentDesk::Core
