// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialnumber.h"

#include <QString>
#include <QStringBuilder>

namespace AgentDesk::Core {

// One person of the Teams directory as the colleagues panel knows them: the Graph user properties
// the panel shows and searches, the phone numbers read with libphonenumber, and the
// contact-center agent behind the same e-mail, if any. Presence lives elsewhere (it changes every
// few seconds); the search index takes an availability rank per row instead.
struct Colleague
{
    QString id; // the Graph user id
    QString displayName;
    QString jobTitle;
    QString department;
    QString mail;

    // businessPhones[0] as typed in the directory, for display ("425-555-0100 x123").
    QString businessPhone;
    // Its E.164 form ("+14255550100"), empty when it cannot be read: then businessPhoneVerdict
    // says why (DialNumber::message() words it) and the person cannot be called.
    QString businessPhoneE164;
    QString businessPhoneExtension; // "123", empty when none
    DialNumber::Verdict businessPhoneVerdict = DialNumber::Verdict::Empty;

    // The mobile phone, a secondary off-net number: as typed, and E.164 (empty when unreadable).
    QString mobilePhone;
    QString mobilePhoneE164;

    // The contact-center agent with the same e-mail (agent id), empty when none.
    QString ccAgentId;

    bool isCallable() const { return !businessPhoneE164.isEmpty(); }
    // What a consult or call dials: E.164, then the extension after the contact center's pause.
    QString businessDialString() const
    {
        if (businessPhoneExtension.isEmpty()) {
            return businessPhoneE164;
        }
        return QString(businessPhoneE164 % u',' % businessPhoneExtension);
    }

    // What "Copy number" puts on the clipboard: the number as dialled when it can be, else what
    // the directory says, to pass on to whoever keeps it.
    QString copyableNumber() const { return isCallable() ? businessDialString() : businessPhone; }

    friend bool operator==(const Colleague &, const Colleague &) = default;
};

} // namespace AgentDesk::Core
