// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "colleaguenumbers.h"

#include "dialtext.h"

#include <phonenumbers/phonenumberutil.h>

using i18n::phonenumbers::PhoneNumberUtil;

namespace AgentDesk::Core {

namespace {

// The calling code national numbers of the region are read with (1 for "US"), 0 when unknown.
int callingCodeOf(const QString &region)
{
    const QString upper = region.trimmed().toUpper();
    if (upper.size() != 2) {
        return 0;
    }
    return PhoneNumberUtil::GetInstance()->GetCountryCodeForRegion(upper.toStdString());
}

} // namespace

ColleagueNumbers::Reading ColleagueNumbers::read(const QString &typed, const QString &defaultRegion)
{
    const DialNumber number = DialNumber::parse(typed, defaultRegion);
    Reading reading;
    reading.verdict = number.verdict();
    if (reading.verdict == DialNumber::Verdict::PossibleButUnassigned &&
        !DialText::startsWithPlus(DialText::split(typed).number) &&
        number.callingCode() == callingCodeOf(defaultRegion)) {
        // Read as a national number of the default region, and not a valid one there: most
        // likely another country's number without its country code (see the class comment).
        reading.verdict = DialNumber::Verdict::MissingCountryCode;
    }
    if (reading.verdict == DialNumber::Verdict::Valid ||
        reading.verdict == DialNumber::Verdict::PossibleButUnassigned) {
        reading.e164 = number.e164();
        reading.extension = number.extension();
    }
    return reading;
}

void ColleagueNumbers::fill(Colleague &colleague, const QString &defaultRegion)
{
    const Reading business = read(colleague.businessPhone, defaultRegion);
    colleague.businessPhoneE164 = business.e164;
    colleague.businessPhoneExtension = business.extension;
    colleague.businessPhoneVerdict = business.verdict;
    colleague.mobilePhoneE164 = colleague.mobilePhone.isEmpty()
                                        ? QString()
                                        : read(colleague.mobilePhone, defaultRegion).e164;
}

QString ColleagueNumbers::reason(DialNumber::Verdict verdict)
{
    using Verdict = DialNumber::Verdict;
    switch (verdict) {
    case Verdict::Valid:
        return {};
    case Verdict::PossibleButUnassigned:
        return tr("This business phone does not look assigned in its country; the call may not "
                  "connect.");
    case Verdict::Empty:
        return tr("No business phone in the directory.");
    case Verdict::NotANumber:
        return tr("No callable number: the directory's business phone is not a phone number.");
    case Verdict::MissingCountryCode:
    case Verdict::NoRegionChosen:
        return tr("No callable number: the directory's business phone has no country code and "
                  "is not a valid number of the company's country.");
    case Verdict::InvalidCountryCode:
    case Verdict::InvalidForRegion:
        return tr("No callable number: no country uses the calling code of the directory's "
                  "business phone.");
    case Verdict::TooShort:
        return tr("No callable number: the directory's business phone is too short.");
    case Verdict::TooLong:
        return tr("No callable number: the directory's business phone is too long for its "
                  "country.");
    case Verdict::InvalidLength:
        return tr("No callable number: the directory's business phone does not have the right "
                  "number of digits for its country.");
    case Verdict::LocalOnly:
        return tr("No callable number: the directory's business phone is missing its area "
                  "code.");
    }
    return {};
}

QString ColleagueNumbers::dialStringFor(const Colleague &colleague, const DialPlan &plan)
{
    if (!colleague.isCallable()) {
        return {};
    }
    const QString international = colleague.businessDialString();
    for (const QString &form : {international, international.mid(1)}) {
        if (plan.accepts(form)) {
            return form;
        }
    }
    return {};
}

} // namespace AgentDesk::Core
