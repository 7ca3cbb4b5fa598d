// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialnumber.h"

#include "dialtext.h"

#include <phonenumbers/phonenumberutil.h>

#include <string>

using namespace Qt::StringLiterals;
using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace AgentDesk::Core {

namespace {

constexpr auto UnknownRegion = "ZZ";

// libphonenumber refuses a lone digit or "+1" as NOT_A_NUMBER; with so few digits and no letters
// the honest answer is "too short".
constexpr int MinimumDigitsForNotANumber = 3;

QString formatted(const PhoneNumber &number, PhoneNumberUtil::PhoneNumberFormat format)
{
    PhoneNumber withoutExtension = number;
    withoutExtension.clear_extension();
    std::string text;
    PhoneNumberUtil::GetInstance()->Format(withoutExtension, format, &text);
    return QString::fromStdString(text);
}

QString regionOf(const PhoneNumber &number)
{
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    std::string region;
    util->GetRegionCodeForNumber(number, &region);
    if (region == UnknownRegion) {
        // Unassigned numbers have no region of their own: the calling code's main one
        // ("+1 123…" -> US) is still the right flag to show.
        util->GetRegionCodeForCountryCode(number.country_code(), &region);
    }
    return region == UnknownRegion ? QString() : QString::fromStdString(region);
}

DialNumber::Verdict verdictFor(PhoneNumberUtil::ValidationResult possibility, bool valid)
{
    using Verdict = DialNumber::Verdict;
    switch (possibility) {
    case PhoneNumberUtil::IS_POSSIBLE:
        return valid ? Verdict::Valid : Verdict::PossibleButUnassigned;
    case PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY:
        return Verdict::LocalOnly;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE:
        return Verdict::InvalidCountryCode;
    case PhoneNumberUtil::TOO_SHORT:
        return Verdict::TooShort;
    case PhoneNumberUtil::INVALID_LENGTH:
        return Verdict::InvalidLength;
    case PhoneNumberUtil::TOO_LONG:
        return Verdict::TooLong;
    }
    return Verdict::InvalidLength;
}

} // namespace

DialNumber DialNumber::parse(const QString &typed, const QString &defaultRegion)
{
    return read(typed, defaultRegion, false);
}

DialNumber DialNumber::parseNational(const QString &typed, const QString &region)
{
    return read(typed, region, true);
}

bool DialNumber::isSupportedRegion(const QString &region)
{
    const QString upper = region.trimmed().toUpper();
    if (upper.size() != 2) {
        return false;
    }
    // GetCountryCodeForRegion answers 0 for a region it has no metadata for.
    return PhoneNumberUtil::GetInstance()->GetCountryCodeForRegion(upper.toStdString()) != 0;
}

DialNumber DialNumber::read(const QString &typed, const QString &regionCode, bool national)
{
    DialNumber result;
    result.m_typed = typed;
    if (typed.trimmed().isEmpty()) {
        result.m_verdict = Verdict::Empty;
        return result;
    }
    const DialText::Parts parts = DialText::split(typed);
    if (DialText::containsLetters(parts.number) || !DialText::containsDigits(parts.number)) {
        result.m_verdict = Verdict::NotANumber;
        return result;
    }
    const bool regionKnown = isSupportedRegion(regionCode);
    const QString region = regionCode.trimmed().toUpper();
    if (national && !regionKnown) {
        result.m_verdict = Verdict::NoRegionChosen;
        return result;
    }

    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    const std::string parseRegion = regionKnown ? region.toStdString() : std::string(UnknownRegion);
    switch (util->Parse(parts.number.toStdString(), parseRegion, &number)) {
    case PhoneNumberUtil::NO_PARSING_ERROR:
        break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        result.m_verdict = !regionKnown && !DialText::startsWithPlus(parts.number)
                                   ? Verdict::MissingCountryCode
                                   : Verdict::InvalidCountryCode;
        return result;
    case PhoneNumberUtil::NOT_A_NUMBER:
        result.m_verdict = DialText::significant(parts.number).size() < MinimumDigitsForNotANumber
                                   ? Verdict::TooShort
                                   : Verdict::NotANumber;
        return result;
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN:
        result.m_verdict = Verdict::TooShort;
        return result;
    case PhoneNumberUtil::TOO_LONG_NSN:
        result.m_verdict = Verdict::TooLong;
        return result;
    }

    if (!parts.extension.isEmpty()) {
        number.set_extension(parts.extension.toStdString());
    }
    result.m_extension = QString::fromStdString(number.extension());
    result.m_callingCode = number.country_code();
    result.m_region = regionOf(number);
    result.m_e164 = formatted(number, PhoneNumberUtil::E164);
    result.m_national = formatted(number, PhoneNumberUtil::NATIONAL);
    result.m_international = formatted(number, PhoneNumberUtil::INTERNATIONAL);

    if (national) {
        result.m_expectedCallingCode = util->GetCountryCodeForRegion(region.toStdString());
        // Regions sharing a calling code (US and CA on +1) are one dialling plan: a Canadian
        // number typed with "United States" chosen still dials correctly.
        if (result.m_callingCode != result.m_expectedCallingCode) {
            result.m_verdict = Verdict::InvalidForRegion;
            return result;
        }
    }
    result.m_verdict =
            verdictFor(util->IsPossibleNumberWithReason(number), util->IsValidNumber(number));
    return result;
}

bool DialNumber::isAcceptable() const
{
    return m_verdict == Verdict::Valid || m_verdict == Verdict::PossibleButUnassigned;
}

QString DialNumber::dialString() const
{
    if (m_e164.isEmpty() || m_extension.isEmpty()) {
        return m_e164;
    }
    return QString(m_e164 % u',' % m_extension);
}

QString DialNumber::message() const
{
    switch (m_verdict) {
    case Verdict::Valid:
        return {};
    case Verdict::PossibleButUnassigned:
        return tr("This number does not look assigned in its country. It can still be used: the "
                  "contact center's dial plan decides whether it is accepted.");
    case Verdict::Empty:
        return tr("Enter a phone number.");
    case Verdict::NotANumber:
        return tr("This is not a phone number. Use digits, optionally starting with + and the "
                  "country code; an extension goes at the end, such as x123.");
    case Verdict::MissingCountryCode:
        return tr("Start the number with + and its country code (for example +44 20 7946 0958), "
                  "or choose its country.");
    case Verdict::InvalidCountryCode:
        return tr("No country uses the calling code at the start of this number. Check the digits "
                  "after + or after the international prefix.");
    case Verdict::NoRegionChosen:
        return tr("Choose the country of this number.");
    case Verdict::InvalidForRegion:
        return tr("This number has the country code +%1, but the chosen country's code is +%2. "
                  "Remove the country code, or choose the right country.")
                .arg(m_callingCode)
                .arg(m_expectedCallingCode);
    case Verdict::TooShort:
        return tr("This number is too short: digits are missing.");
    case Verdict::TooLong:
        return tr("This number is too long for its country.");
    case Verdict::InvalidLength:
        return tr("This number does not have the right number of digits for its country.");
    case Verdict::LocalOnly:
        return tr("This number is missing its area code. Add it, so that the number can be "
                  "dialled from anywhere.");
    }
    return {};
}

QString DialNumber::verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Valid:
        return u"Valid"_s;
    case Verdict::PossibleButUnassigned:
        return u"PossibleButUnassigned"_s;
    case Verdict::Empty:
        return u"Empty"_s;
    case Verdict::NotANumber:
        return u"NotANumber"_s;
    case Verdict::MissingCountryCode:
        return u"MissingCountryCode"_s;
    case Verdict::InvalidCountryCode:
        return u"InvalidCountryCode"_s;
    case Verdict::NoRegionChosen:
        return u"NoRegionChosen"_s;
    case Verdict::InvalidForRegion:
        return u"InvalidForRegion"_s;
    case Verdict::TooShort:
        return u"TooShort"_s;
    case Verdict::TooLong:
        return u"TooLong"_s;
    case Verdict::InvalidLength:
        return u"InvalidLength"_s;
    case Verdict::LocalOnly:
        return u"LocalOnly"_s;
    }
    return {};
}

} // namespace AgentDesk::Core
