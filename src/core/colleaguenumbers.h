// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "colleague.h"
#include "dialnumber.h"
#include "dialplan.h"

#include <QCoreApplication>
#include <QString>

namespace AgentDesk::Core {

// Reads the phone numbers of the Teams directory, which are free text in real tenants
// ("+1 (425) 555-0100", "425-555-0100 x123", "(11) 3456-7890", "see Teams"), with
// libphonenumber (DialNumber::parse), and fills the phone fields of a Colleague:
//   Colleague c;
//   c.businessPhone = u"425-555-0100 x123"_s; // as Graph gave it, kept for display
//   c.mobilePhone = u"(425) 555-0199"_s;
//   ColleagueNumbers::fill(c, u"US"_s);        // businessPhoneE164 "+14255550100", ext "123"
//   if (!c.isCallable()) showNoCallableNumber(ColleagueNumbers::reason(c.businessPhoneVerdict));
// A number that cannot be read keeps its text, gets no E.164 and keeps the verdict that says
// why: the person stays in the directory, marked "no callable number", never silently dropped
// and never dialled.
//
// Directory numbers are read more strictly than the login form reads what the agent typed:
// the form accepts a number libphonenumber only finds *possible* (PossibleButUnassigned), since
// the agent sees the warning and the contact center's dial plan decides. A directory number
// written without a country code is read as a national number of the default region; when it
// is not a valid number there it most likely belongs to an office in another country ("(11)
// 3456-7890" in São Paulo read as a US number gives "+11134567890"), so it is refused with
// MissingCountryCode instead of being turned into a wrong number. Numbers written with "+" (or
// an international prefix to another country) keep DialNumber's verdict, warning included.
class ColleagueNumbers final
{
    Q_DECLARE_TR_FUNCTIONS(AgentDesk::Core::ColleagueNumbers)

public:
    struct Reading
    {
        QString e164;      // empty when the number cannot be dialled
        QString extension; // "123", empty when none
        DialNumber::Verdict verdict = DialNumber::Verdict::Empty;
    };

    // One directory number; defaultRegion is an ISO 3166 code ("US"), may be empty (then only
    // numbers with a country code can be read).
    static Reading read(const QString &typed, const QString &defaultRegion);

    // Fills businessPhoneE164/Extension/Verdict from colleague.businessPhone and mobilePhoneE164
    // from colleague.mobilePhone (a mobile's extension, if any, is not kept).
    static void fill(Colleague &colleague, const QString &defaultRegion);

    // Why a colleague's business phone cannot be called (or the warning for an unassigned
    // one), one translated sentence for the panel; empty when Valid.
    static QString reason(DialNumber::Verdict verdict);
    // What a consult, transfer or call to this colleague dials, in the first form the tenant's
    // dial plan accepts: E.164 with the extension after the pause, then the same without the
    // "+" (plans written for digits only). Empty when the person has no callable number, or
    // the plan accepts none of the forms (an empty plan accepts any: the server decides).
    static QString dialStringFor(const Colleague &colleague, const DialPlan &plan);
};

} // namespace AgentDesk::Core
