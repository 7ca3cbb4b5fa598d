// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "presence.h"

#include "searchindex.h"

#include <QLatin1StringView>

#include <array>
#include <optional>

using namespace Qt::StringLiterals;

namespace AgentDesk::Core {

namespace {

using Value = Presence::Value;
using Status = Presence::Status;

struct ValueName
{
    Value value;
    QLatin1StringView name;
};

// Graph's spellings (v1.0 resource page, plus "Focusing" from the SDK metadata); matched
// case-insensitively, so "inACall" and "INACALL" are the same value.
constexpr std::array ValueNames{
        ValueName{Value::Available, "Available"_L1},
        ValueName{Value::AvailableIdle, "AvailableIdle"_L1},
        ValueName{Value::Away, "Away"_L1},
        ValueName{Value::BeRightBack, "BeRightBack"_L1},
        ValueName{Value::Busy, "Busy"_L1},
        ValueName{Value::BusyIdle, "BusyIdle"_L1},
        ValueName{Value::DoNotDisturb, "DoNotDisturb"_L1},
        ValueName{Value::Focusing, "Focusing"_L1},
        ValueName{Value::InACall, "InACall"_L1},
        ValueName{Value::InAConferenceCall, "InAConferenceCall"_L1},
        ValueName{Value::Inactive, "Inactive"_L1},
        ValueName{Value::InAMeeting, "InAMeeting"_L1},
        ValueName{Value::Offline, "Offline"_L1},
        ValueName{Value::OffWork, "OffWork"_L1},
        ValueName{Value::OutOfOffice, "OutOfOffice"_L1},
        ValueName{Value::PresenceUnknown, "PresenceUnknown"_L1},
        ValueName{Value::Presenting, "Presenting"_L1},
        ValueName{Value::UrgentInterruptionsOnly, "UrgentInterruptionsOnly"_L1},
};

struct StatusInfo
{
    Status status;
    QLatin1StringView name;
    Presence::ColourClass colour;
    const char *label;
};

// QT_TRANSLATE_NOOP is spelled out on every line because lupdate only reads it literally.
constexpr std::array Statuses{
        StatusInfo{Status::Available, "Available"_L1, Presence::ColourClass::Green,
                   QT_TRANSLATE_NOOP("AgentDesk::Core::Presence", "Available")},
        StatusInfo{Status::Busy, "Busy"_L1, Presence::ColourClass::Red,
                   QT_TRANSLATE_NOOP("AgentDesk::Core::Presence", "Busy")},
        StatusInfo{Status::InACall, "InACall"_L1, Presence::ColourClass::Red,
                   QT_TRANSLATE_NOOP("AgentDesk::Core::Presence", "In a call")},
        StatusInfo{Status::InAMeeting, "InAMeeting"_L1, Presence::ColourClass::Red,
                   QT_TRANSLATE_NOOP("AgentDesk::Core::Presence", "In a meeting")},
        StatusInfo{Status::Presenting, "Presenting"_L1, Presence::ColourClass::Red,
                   QT_TRANSLATE_NOOP("AgentDesk::Core::Presence", "Presenting")},
        StatusInfo{Status::DoNotDisturb, "DoNotDisturb"_L1, Presence::ColourClass::Red,
                   QT_TRANSLATE_NOOP("AgentDesk::Core::Presence", "Do not disturb")},
        StatusInfo{Status::Away, "Away"_L1, Presence::ColourClass::Amber,
                   QT_TRANSLATE_NOOP("AgentDesk::Core::Presence", "Away")},
        StatusInfo{Status::BeRightBack, "BeRightBack"_L1, Presence::ColourClass::Amber,
                   QT_TRANSLATE_NOOP("AgentDesk::Core::Presence", "Be right back")},
        StatusInfo{Status::Offline, "Offline"_L1, Presence::ColourClass::Grey,
                   QT_TRANSLATE_NOOP("AgentDesk::Core::Presence", "Offline")},
        StatusInfo{Status::OutOfOffice, "OutOfOffice"_L1, Presence::ColourClass::Purple,
                   QT_TRANSLATE_NOOP("AgentDesk::Core::Presence", "Out of office")},
        StatusInfo{Status::Unknown, "Unknown"_L1, Presence::ColourClass::Grey,
                   QT_TRANSLATE_NOOP("AgentDesk::Core::Presence", "Unknown")},
};

const StatusInfo &infoOf(Status status)
{
    for (const StatusInfo &info : Statuses) {
        if (info.status == status) {
            return info;
        }
    }
    return Statuses.back();
}

// Availability ranks: who can take a consult soonest. Available people first, then those at
// their desk but occupied (a plain "Busy" may still pick up, a presenter should not be
// disturbed), then those away from it, then those gone for the day.
namespace Rank {
constexpr int Available = 0;
constexpr int AvailableIdle = 1;
constexpr int Busy = 2;
constexpr int BusyIdle = 3;
constexpr int InAMeeting = 4;
constexpr int InACall = 5;
constexpr int InAConferenceCall = 6;
constexpr int Presenting = 7;
constexpr int DoNotDisturb = 8;
constexpr int BeRightBack = 9;
constexpr int Away = 10;
constexpr int OutOfOffice = 11;
constexpr int Offline = 12;
constexpr int Unknown = Presence::UnknownRank;
} // namespace Rank
static_assert(Rank::Unknown == SearchIndex::MaxAvailabilityRank);
static_assert(Rank::Offline < Rank::Unknown);
static_assert(Presence::MaxAvailableRank == Rank::AvailableIdle);

struct Resolved
{
    Status status;
    int rank;
};

// What one value says on its own about someone's general state; empty for the specific
// activities (handled first) and for values that say nothing.
std::optional<Resolved> general(Value value, bool idle)
{
    switch (value) {
    case Value::Available:
        return Resolved{Status::Available, idle ? Rank::AvailableIdle : Rank::Available};
    case Value::AvailableIdle:
        return Resolved{Status::Available, Rank::AvailableIdle};
    case Value::Busy:
        return Resolved{Status::Busy, idle ? Rank::BusyIdle : Rank::Busy};
    case Value::BusyIdle:
        return Resolved{Status::Busy, Rank::BusyIdle};
    case Value::BeRightBack:
        return Resolved{Status::BeRightBack, Rank::BeRightBack};
    case Value::Away:
    case Value::Inactive: // alone, without an availability: not at the computer
        return Resolved{Status::Away, Rank::Away};
    case Value::Offline:
        return Resolved{Status::Offline, Rank::Offline};
    default:
        return std::nullopt;
    }
}

Resolved resolve(Value availability, Value activity)
{
    const auto either = [&](Value value) { return availability == value || activity == value; };
    // The specific activities first: Teams reports Presenting as DoNotDisturb/Presenting and a
    // call as Busy/InACall, and shows the activity. Newer metadata may put them in availability.
    if (either(Value::OutOfOffice)) {
        return {Status::OutOfOffice, Rank::OutOfOffice};
    }
    if (either(Value::Presenting)) {
        return {Status::Presenting, Rank::Presenting};
    }
    if (either(Value::InAConferenceCall)) {
        return {Status::InACall, Rank::InAConferenceCall};
    }
    if (either(Value::InACall)) {
        return {Status::InACall, Rank::InACall};
    }
    if (either(Value::InAMeeting)) {
        return {Status::InAMeeting, Rank::InAMeeting};
    }
    if (either(Value::DoNotDisturb) || either(Value::Focusing) ||
        either(Value::UrgentInterruptionsOnly)) {
        return {Status::DoNotDisturb, Rank::DoNotDisturb};
    }
    if (either(Value::OffWork)) { // "appear offline" (setUserPreferredPresence Offline/OffWork)
        return {Status::Offline, Rank::Offline};
    }
    // Then the availability, which is the general state; the activity only when the
    // availability is missing or unknown.
    const bool idle = activity == Value::Inactive;
    if (const auto byAvailability = general(availability, idle)) {
        return *byAvailability;
    }
    if (const auto byActivity = general(activity, false)) {
        return *byActivity;
    }
    return {Status::Unknown, Rank::Unknown};
}

} // namespace

Presence Presence::fromGraph(const QString &availability, const QString &activity)
{
    Presence presence;
    presence.m_rawAvailability = availability.trimmed();
    presence.m_rawActivity = activity.trimmed();
    presence.m_availability = valueFromName(presence.m_rawAvailability);
    presence.m_activity = valueFromName(presence.m_rawActivity);
    const Resolved resolved = resolve(presence.m_availability, presence.m_activity);
    presence.m_status = resolved.status;
    presence.m_rank = resolved.rank;
    return presence;
}

Presence Presence::fromJson(const QJsonObject &object)
{
    // A null or non-string value reads as empty, i.e. unknown.
    return fromGraph(object.value(u"availability"_s).toString(),
                     object.value(u"activity"_s).toString());
}

QString Presence::label(Status status)
{
    return tr(infoOf(status).label);
}

Presence::ColourClass Presence::colourClass(Status status)
{
    return infoOf(status).colour;
}

Presence::Value Presence::valueFromName(QStringView name)
{
    const QStringView trimmed = name.trimmed();
    for (const ValueName &entry : ValueNames) {
        if (trimmed.compare(entry.name, Qt::CaseInsensitive) == 0) {
            return entry.value;
        }
    }
    return Value::Other;
}

QString Presence::valueName(Value value)
{
    for (const ValueName &entry : ValueNames) {
        if (entry.value == value) {
            return entry.name;
        }
    }
    return {};
}

QString Presence::statusName(Status status)
{
    return infoOf(status).name;
}

bool operator==(const Presence &a, const Presence &b)
{
    return a.m_rawAvailability.compare(b.m_rawAvailability, Qt::CaseInsensitive) == 0 &&
           a.m_rawActivity.compare(b.m_rawActivity, Qt::CaseInsensitive) == 0;
}

} // namespace AgentDesk::Core
