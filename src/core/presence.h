// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringView>

namespace AgentDesk::Core {

// One colleague's Teams presence as Graph reports it (SERVICES-REFERENCE.md §2.5): the raw
// `availability` and `activity`, and what the colleagues panel makes of them: one display
// status, its translated label, a colour class for the dot, and a rank for sorting by "who can
// take a call".
//   const Presence p = Presence::fromJson(entry); // {"availability":"Busy","activity":"InACall"}
//   p.status();      // Status::InACall
//   p.label();       // "In a call", translated
//   p.activity();    // Value::InACall (Value::InAConferenceCall stays distinguishable)
//   index.setAvailabilityRank(row, p.availabilityRank());
// Graph's lists disagree between its v1.0 resource page (PascalCase, "InACall" only an activity)
// and its generated SDK metadata (camelCase, "inACall" also an availability), so both fields are
// read against one vocabulary, case-insensitively, and the more specific one decides.
class Presence
{
    Q_DECLARE_TR_FUNCTIONS(AgentDesk::Core::Presence)

public:
    // Every value either field may carry (the two lists overlap); Other = not one of these.
    enum class Value
    {
        Available,
        AvailableIdle,
        Away,
        BeRightBack,
        Busy,
        BusyIdle,
        DoNotDisturb,
        Focusing,
        InACall,
        InAConferenceCall,
        Inactive,
        InAMeeting,
        Offline,
        OffWork,
        OutOfOffice,
        PresenceUnknown,
        Presenting,
        UrgentInterruptionsOnly,
        Other
    };

    // What the panel shows: one of these, each with a label.
    enum class Status
    {
        Available,
        Busy,
        InACall, // InACall and InAConferenceCall
        InAMeeting,
        Presenting,
        DoNotDisturb, // also Focusing and UrgentInterruptionsOnly
        Away,
        BeRightBack,
        Offline, // also OffWork ("appear offline")
        OutOfOffice,
        Unknown
    };

    // The dot's colour family, as Teams paints it; the UI picks the actual colours.
    enum class ColourClass
    {
        Green,  // available
        Red,    // busy, in a call or meeting, presenting, do not disturb
        Amber,  // away, be right back
        Purple, // out of office
        Grey    // offline, unknown
    };

    // Unknown: nothing read yet.
    Presence() = default;
    static Presence fromGraph(const QString &availability, const QString &activity);
    // A Graph presence object; fields other than availability and activity are ignored.
    static Presence fromJson(const QJsonObject &object);

    // The raw values as Graph sent them (trimmed), for logs and for rules that need more than
    // the display status (presence sync tells InACall from InAConferenceCall).
    const QString &rawAvailability() const { return m_rawAvailability; }
    const QString &rawActivity() const { return m_rawActivity; }
    Value availability() const { return m_availability; }
    Value activity() const { return m_activity; }

    Status status() const { return m_status; }
    bool isKnown() const { return m_status != Status::Unknown; }
    // The status in words for the agent ("In a call"), translated.
    QString label() const { return label(m_status); }
    ColourClass colourClass() const { return colourClass(m_status); }
    // 0 = most available (ready for a call) ... SearchIndex::MaxAvailabilityRank = unknown.
    // Finer than the status: an idle "Available" ranks after an active one, a conference call
    // after a one-to-one call.
    int availabilityRank() const { return m_rank; }

    static QString label(Status status);
    static ColourClass colourClass(Status status);
    // The ranks up to which a person counts as available (the panel's "available only").
    static constexpr int MaxAvailableRank = 1;
    // The rank of an unknown presence: SearchIndex::MaxAvailabilityRank (checked in the .cpp).
    static constexpr int UnknownRank = 15;

    // Case-insensitive; surrounding spaces ignored; Other when unknown or empty.
    static Value valueFromName(QStringView name);
    // Graph's PascalCase spelling; empty for Other.
    static QString valueName(Value value);
    // The status's name for logs and tests ("InACall").
    static QString statusName(Status status);

    // Same presence: both raw values equal, ignoring case (Graph's spelling may change
    // between answers without the presence changing).
    friend bool operator==(const Presence &a, const Presence &b);
    friend bool operator!=(const Presence &a, const Presence &b) { return !(a == b); }

private:
    QString m_rawAvailability;
    QString m_rawActivity;
    Value m_availability = Value::Other;
    Value m_activity = Value::Other;
    Status m_status = Status::Unknown;
    int m_rank = UnknownRank;
};

} // namespace AgentDesk::Core
