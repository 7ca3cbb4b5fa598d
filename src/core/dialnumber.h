// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace AgentDesk::Core {

// A phone number the agent typed, read with libphonenumber: its E.164 form, its country, its
// national format for display, its extension, and a verdict that says whether it may be used and,
// if not, why (message(), translated). The text as typed is kept for the form.
//
// Two ways in, matching the login form's "International format" checkbox:
//   // unticked: E.164, IDD from the agent's region, or a national number of that region
//   DialNumber n = DialNumber::parse(u"011 61 2 9374 4000"_s, u"US"_s); // +61293744000
//   // ticked: a chosen region plus its national number
//   DialNumber m = DialNumber::parseNational(u"(11) 98765-4321"_s, u"BR"_s); // +5511987654321
//   if (!m.isAcceptable()) showError(m.message());
//
// Only numbers that cannot be dialled are refused (not a number, wrong length, unknown country
// code). A number of the right length that libphonenumber does not know as assigned is
// PossibleButUnassigned: usable, with a warning, because the contact center's dial plan is the
// authority (PLATFORM-NOTES.md; the Webex help's own "+11234567890" is such a number).
class DialNumber
{
    Q_DECLARE_TR_FUNCTIONS(AgentDesk::Core::DialNumber)

public:
    enum class Verdict
    {
        Valid,                 // assigned in its country
        PossibleButUnassigned, // right length, unknown to libphonenumber: usable with a warning
        Empty,
        NotANumber,         // letters, or no digits at all
        MissingCountryCode, // no "+", no IDD, and no region to read a national number in
        InvalidCountryCode, // "+999 …": no country has this calling code
        NoRegionChosen,     // national number without a (known) region
        InvalidForRegion,   // national mode, but the number carries another country's code
        TooShort,
        TooLong,
        InvalidLength, // between the shortest and longest numbers of its country, yet no match
        LocalOnly,     // dialable only inside its area: the area code is missing
    };

    DialNumber() = default;

    // Free entry: "+…" (E.164, any punctuation), IDD as dialled from defaultRegion ("011…" from
    // US, "00…" from PT, "00 21 …" from BR with its carrier code), or a national number of
    // defaultRegion. defaultRegion is an ISO 3166 code, may be empty.
    static DialNumber parse(const QString &typed, const QString &defaultRegion);
    // National entry: the number as dialled inside region (trunk prefix allowed: "020 …" in GB).
    static DialNumber parseNational(const QString &typed, const QString &region);

    const QString &typed() const { return m_typed; }
    Verdict verdict() const { return m_verdict; }
    // May be used: Valid or PossibleButUnassigned.
    bool isAcceptable() const;
    bool hasWarning() const { return m_verdict == Verdict::PossibleButUnassigned; }

    // Filled whenever libphonenumber could read the digits, even when the verdict refuses them.
    QString e164() const { return m_e164; }           // "+14255550100", never with the extension
    QString region() const { return m_region; }       // "US"; "001" for non-geographic numbers
    int callingCode() const { return m_callingCode; } // 1
    QString nationalFormat() const { return m_national; }           // "(425) 555-0100"
    QString internationalFormat() const { return m_international; } // "+1 425-555-0100"
    QString extension() const { return m_extension; }               // "123", empty when none
    // What a dialler needs: E.164 then the extension after the contact center's pause (",").
    QString dialString() const;

    // One translated sentence: why the number is refused, or the warning; empty when Valid.
    QString message() const;
    // The verdict's name for logs and tests ("TooShort").
    static QString verdictName(Verdict verdict);
    // Whether libphonenumber knows region ("BR", case-insensitive).
    static bool isSupportedRegion(const QString &region);

private:
    static DialNumber read(const QString &typed, const QString &region, bool national);

    QString m_typed;
    Verdict m_verdict = Verdict::Empty;
    QString m_e164;
    QString m_region;
    int m_callingCode = 0;
    int m_expectedCallingCode = 0; // national mode: the chosen region's code
    QString m_national;
    QString m_international;
    QString m_extension;
};

} // namespace AgentDesk::Core
