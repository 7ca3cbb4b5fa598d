// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stationloginfailure.h"

#include <QLatin1StringView>

#include <array>

using namespace Qt::StringLiterals;

namespace AgentDesk::Core {

namespace {

enum class ForDevice
{
    Any,
    Extension,
    DialNumber
};

struct Reason
{
    QLatin1StringView code;
    ForDevice device;
    LoginField field;
    const char *text;
};

// The reasons a station login can fail with: the two the SDK maps (SERVICES-REFERENCE.md §1.3),
// AGENT_NOT_FOUND (which the SDK handles on relogin), and those agentdesk-sim sends for a login
// it cannot place. Within one code the entry for the agent's device wins over the Any entry.
// QT_TRANSLATE_NOOP is spelled out on every line because lupdate only reads it literally.
constexpr std::array Reasons{
        Reason{"DUPLICATE_LOCATION"_L1, ForDevice::DialNumber, LoginField::Number,
               QT_TRANSLATE_NOOP("AgentDesk::Core::StationLoginFailure",
                                 "This dial number is already signed in by another agent. "
                                 "Use a different number, or ask your administrator for "
                                 "help.")},
        Reason{"DUPLICATE_LOCATION"_L1, ForDevice::Extension, LoginField::Number,
               QT_TRANSLATE_NOOP("AgentDesk::Core::StationLoginFailure",
                                 "This extension is already signed in by another agent. Use "
                                 "a different extension, or ask your administrator for "
                                 "help.")},
        Reason{"DUPLICATE_LOCATION"_L1, ForDevice::Any, LoginField::Number,
               QT_TRANSLATE_NOOP("AgentDesk::Core::StationLoginFailure",
                                 "This number or extension is already signed in by another "
                                 "agent. Use a different one, or ask your administrator for "
                                 "help.")},
        Reason{"INVALID_DIAL_NUMBER"_L1, ForDevice::Any, LoginField::Number,
               QT_TRANSLATE_NOOP("AgentDesk::Core::StationLoginFailure",
                                 "The contact center does not accept this dial number. "
                                 "Check it, or ask your administrator which numbers you can "
                                 "use.")},
        Reason{"INVALID_EXTENSION"_L1, ForDevice::Any, LoginField::Number,
               QT_TRANSLATE_NOOP("AgentDesk::Core::StationLoginFailure",
                                 "The contact center does not accept this extension. Check "
                                 "it, or ask your administrator which extensions you can "
                                 "use.")},
        Reason{"AGENT_NOT_FOUND"_L1, ForDevice::Any, LoginField::Form,
               QT_TRANSLATE_NOOP("AgentDesk::Core::StationLoginFailure",
                                 "The contact center does not know your agent account. Ask "
                                 "your administrator to check your profile.")},
        Reason{"TEAM_NOT_FOUND"_L1, ForDevice::Any, LoginField::Team,
               QT_TRANSLATE_NOOP("AgentDesk::Core::StationLoginFailure",
                                 "The contact center does not know the chosen team. Choose "
                                 "another team, or ask your administrator.")},
        Reason{"TEAM_NOT_ASSIGNED"_L1, ForDevice::Any, LoginField::Team,
               QT_TRANSLATE_NOOP("AgentDesk::Core::StationLoginFailure",
                                 "You are not a member of the chosen team. Choose another team, "
                                 "or ask your administrator.")},
        Reason{"DEVICE_TYPE_NOT_ALLOWED"_L1, ForDevice::Any, LoginField::Device,
               QT_TRANSLATE_NOOP("AgentDesk::Core::StationLoginFailure",
                                 "Your profile does not allow handling calls this way. Choose "
                                 "another way, or ask your administrator.")},
        Reason{"AGENT_PROFILE_NOT_FOUND"_L1, ForDevice::Any, LoginField::Form,
               QT_TRANSLATE_NOOP("AgentDesk::Core::StationLoginFailure",
                                 "No agent profile is assigned to your account. Ask your "
                                 "administrator to assign one.")},
        Reason{"ROLE_NOT_ALLOWED"_L1, ForDevice::Any, LoginField::Form,
               QT_TRANSLATE_NOOP("AgentDesk::Core::StationLoginFailure",
                                 "Your account may not sign in as an agent. Ask your "
                                 "administrator to check your roles.")},
};

const char *const UnknownReasonText = QT_TRANSLATE_NOOP(
        "AgentDesk::Core::StationLoginFailure",

        "The contact center refused the station login (reason: %1). Try again, or give this "
        "reason to your administrator.");
const char *const NoReasonText =
        QT_TRANSLATE_NOOP("AgentDesk::Core::StationLoginFailure",
                          "The contact center refused the station login without saying why. "
                          "Try again, or ask your administrator.");

ForDevice forDevice(std::optional<VoiceDevice> device)
{
    if (device == VoiceDevice::Extension) {
        return ForDevice::Extension;
    }
    if (device == VoiceDevice::DialNumber) {
        return ForDevice::DialNumber;
    }
    return ForDevice::Any;
}

const Reason *find(const QString &code, std::optional<VoiceDevice> device)
{
    const ForDevice wanted = forDevice(device);
    const Reason *any = nullptr;
    for (const Reason &reason : Reasons) {
        if (code != reason.code) {
            continue;
        }
        if (reason.device == wanted) {
            return &reason;
        }
        if (reason.device == ForDevice::Any) {
            any = &reason;
        }
    }
    return any;
}

} // namespace

QString StationLoginFailure::message(const QString &reason, std::optional<VoiceDevice> device)
{
    const QString code = reason.trimmed();
    if (code.isEmpty()) {
        return tr(NoReasonText);
    }
    if (const Reason *known = find(code, device)) {
        return tr(known->text);
    }
    return tr(UnknownReasonText).arg(code);
}

LoginField StationLoginFailure::field(const QString &reason)
{
    const Reason *known = find(reason.trimmed(), std::nullopt);
    return known ? known->field : LoginField::Form;
}

FieldProblem StationLoginFailure::problem(const QString &reason, std::optional<VoiceDevice> device)
{
    return FieldProblem{field(reason), message(reason, device)};
}

bool StationLoginFailure::isKnown(const QString &reason)
{
    return find(reason.trimmed(), std::nullopt) != nullptr;
}

QStringList StationLoginFailure::knownReasons()
{
    QStringList codes;
    for (const Reason &reason : Reasons) {
        if (!codes.contains(reason.code)) {
            codes.append(reason.code);
        }
    }
    return codes;
}

} // namespace AgentDesk::Core
