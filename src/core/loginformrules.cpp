// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "loginformrules.h"

#include "dialnumber.h"
#include "dialtext.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace AgentDesk::Core {

namespace {

// The station-login body's dialNumber and deviceId allow 43 characters (CC OpenAPI
// LogInResourceRequest).
constexpr qsizetype MaximumDialNumberLength = 43;

void appendUnique(QStringList &list, const QString &value)
{
    const QString trimmed = value.trimmed();
    if (!trimmed.isEmpty() && !list.contains(trimmed)) {
        list.append(trimmed);
    }
}

// The configured value the agent picked or typed again: the same text, or the same digits
// ("+1 (425) 555-0100" and "+14255550100"). Empty when none matches.
QString matchingChoice(const QStringList &choices, const QString &typed)
{
    const QString text = typed.trimmed();
    if (text.isEmpty()) {
        return {};
    }
    const QString digits = DialText::significant(text);
    for (const QString &choice : choices) {
        if (choice == text ||
            (!DialText::containsLetters(text) && DialText::significant(choice) == digits)) {
            return choice;
        }
    }
    return {};
}

void addProblem(LoginFormCheck &check, LoginField field, const QString &message)
{
    check.problems.append(FieldProblem{field, message});
}

} // namespace

LoginFormRules::LoginFormRules(DesktopProfile profile, DialPlan dialPlan)
    : m_profile(std::move(profile))
    , m_dialPlan(std::move(dialPlan))
{}

QList<VoiceDevice> LoginFormRules::deviceOptions() const
{
    QList<VoiceDevice> options;
    for (const VoiceDevice device : m_profile.voiceDevices) {
        if (options.contains(device)) {
            continue;
        }
        if (device == VoiceDevice::Desktop || numberChoices(device).isUsable()) {
            options.append(device);
        }
    }
    return options;
}

QString LoginFormRules::profileProblem() const
{
    if (!hasTelephonyStep() || !deviceOptions().isEmpty()) {
        return {};
    }
    return tr("Your profile lets you handle calls, but no extension or dial number is set up for "
              "you. Ask your administrator to check your profile.");
}

NumberChoices LoginFormRules::numberChoices(VoiceDevice device) const
{
    NumberChoices result;
    switch (device) {
    case VoiceDevice::Desktop:
        break;
    case VoiceDevice::Extension:
        for (const QString &extension : m_profile.extensions) {
            appendUnique(result.choices, extension);
        }
        result.freeEntry = m_profile.allowFreeExtension;
        break;
    case VoiceDevice::DialNumber:
        appendUnique(result.choices, m_profile.defaultDialNumber);
        if (m_profile.restrictToDefaultDialNumber) {
            // Without a default number the restriction leaves nothing to use: the device is
            // then not offered (isUsable() is false), rather than offered with an empty field.
            result.readOnly = !result.choices.isEmpty();
            break;
        }
        for (const QString &number : m_profile.dialNumbers) {
            appendUnique(result.choices, number);
        }
        result.freeEntry = m_profile.allowFreeDialNumber;
        break;
    }
    return result;
}

QString LoginFormRules::numberPrefill(VoiceDevice device) const
{
    const NumberChoices choices = numberChoices(device);
    if (choices.choices.isEmpty()) {
        return {};
    }
    const bool hasDefault =
            device == VoiceDevice::DialNumber && !m_profile.defaultDialNumber.trimmed().isEmpty();
    if (choices.readOnly || hasDefault || choices.choices.size() == 1) {
        return choices.choices.first();
    }
    return {};
}

InteractionPreferences LoginFormRules::initialForm(const InteractionPreferences &saved) const
{
    InteractionPreferences form;
    form.region = m_profile.defaultRegion;
    form.autoSignIn = saved.autoSignIn;

    const QList<VoiceDevice> options = deviceOptions();
    if (!options.isEmpty()) {
        const bool savedOffered = saved.device && options.contains(*saved.device);
        form.device = savedOffered ? *saved.device : options.first();
        const bool keepSavedNumber = savedOffered && *saved.device != VoiceDevice::Desktop &&
                                     !numberChoices(*saved.device).readOnly &&
                                     !saved.dialNumber.trimmed().isEmpty();
        if (keepSavedNumber) {
            form.dialNumber = saved.dialNumber;
            if (*saved.device == VoiceDevice::DialNumber) {
                form.internationalFormat = saved.internationalFormat;
                if (!saved.region.isEmpty()) {
                    form.region = saved.region;
                }
            }
        } else {
            form.dialNumber = numberPrefill(*form.device);
        }
    }

    if (hasTeam(saved.teamId)) {
        form.teamId = saved.teamId;
    } else if (m_profile.teams.size() == 1) {
        form.teamId = m_profile.teams.first().id;
    }
    return form;
}

InteractionPreferences LoginFormRules::withDevice(const InteractionPreferences &form,
                                                  VoiceDevice device) const
{
    InteractionPreferences result = form;
    result.device = device;
    result.dialNumber = numberPrefill(device);
    result.normalizedDialNumber.clear();
    result.internationalFormat = false;
    result.region = m_profile.defaultRegion;
    return result;
}

LoginFormCheck LoginFormRules::validate(const InteractionPreferences &form) const
{
    LoginFormCheck check;
    check.preferences = form;
    check.preferences.normalizedDialNumber.clear();

    if (hasTelephonyStep()) {
        const QList<VoiceDevice> options = deviceOptions();
        if (options.isEmpty()) {
            addProblem(check, LoginField::Device, profileProblem());
        } else if (!form.device) {
            addProblem(check, LoginField::Device, tr("Choose how to handle calls."));
        } else if (!options.contains(*form.device)) {
            addProblem(check, LoginField::Device,
                       tr("Your profile no longer allows handling calls with %1. Choose another "
                          "way.")
                               .arg(deviceLabel(*form.device)));
        } else {
            checkNumber(*form.device, form, check);
        }
    } else {
        // Digital-only: whatever was saved for telephony no longer applies.
        check.preferences.device.reset();
        check.preferences.dialNumber.clear();
        check.preferences.internationalFormat = false;
    }
    checkTeam(form, check);
    if (!check.isValid()) {
        check.preferences.normalizedDialNumber.clear();
    }
    return check;
}

void LoginFormRules::checkNumber(VoiceDevice device, const InteractionPreferences &form,
                                 LoginFormCheck &check) const
{
    switch (device) {
    case VoiceDevice::Desktop:
        check.preferences.dialNumber.clear();
        check.preferences.internationalFormat = false;
        return;
    case VoiceDevice::Extension:
        check.preferences.internationalFormat = false;
        checkExtension(form, check);
        return;
    case VoiceDevice::DialNumber:
        checkDialNumber(form, check);
        return;
    }
}

InteractionPreferences LoginFormRules::withInternationalFormat(const InteractionPreferences &form,
                                                               bool international) const
{
    InteractionPreferences result = form;
    result.internationalFormat = international;
    if (form.internationalFormat == international || form.dialNumber.trimmed().isEmpty()) {
        return result;
    }
    const DialNumber number = international
                                      ? DialNumber::parse(form.dialNumber, m_profile.defaultRegion)
                                      : DialNumber::parseNational(form.dialNumber, form.region);
    if (!number.isAcceptable() || !DialNumber::isSupportedRegion(number.region())) {
        return result;
    }
    const QString extension =
            number.extension().isEmpty() ? QString() : u" x"_s + number.extension();
    if (international) {
        result.region = number.region();
        result.dialNumber = number.nationalFormat() + extension;
    } else {
        result.dialNumber = number.internationalFormat() + extension;
    }
    return result;
}

void LoginFormRules::checkDialNumber(const InteractionPreferences &form,
                                     LoginFormCheck &check) const
{
    const NumberChoices choices = numberChoices(VoiceDevice::DialNumber);
    const DialNumber number = form.internationalFormat
                                      ? DialNumber::parseNational(form.dialNumber, form.region)
                                      : DialNumber::parse(form.dialNumber, m_profile.defaultRegion);
    // What the admin configured is sent as configured: the contact center validated it, and a
    // restricted default number must reach it unchanged. The agent may type it in any format.
    QString chosen = matchingChoice(choices.choices, form.dialNumber);
    if (chosen.isEmpty() && number.isAcceptable()) {
        chosen = sameNumberChoice(choices.choices, number);
    }
    if (choices.readOnly) {
        if (chosen.isEmpty()) {
            addProblem(check, LoginField::Number,
                       tr("Your administrator set your dial number to %1; it cannot be changed.")
                               .arg(choices.choices.first()));
        } else {
            check.preferences.normalizedDialNumber = chosen;
        }
        return;
    }
    if (!chosen.isEmpty()) {
        check.preferences.normalizedDialNumber = chosen;
        return;
    }
    if (!choices.freeEntry) {
        addProblem(check, LoginField::Number,
                   tr("Choose one of the dial numbers your administrator set up for you."));
        return;
    }

    if (!number.isAcceptable()) {
        addProblem(check, LoginField::Number, number.message());
        return;
    }
    const QString dialString = number.dialString();
    if (dialString.size() > MaximumDialNumberLength) {
        addProblem(check, LoginField::Number, tr("This dial number is too long."));
        return;
    }
    if (!m_dialPlan.accepts(dialString)) {
        addProblem(check, LoginField::Number,
                   tr("The contact center's dial plan does not allow this number. Ask your "
                      "administrator which numbers you can use."));
        return;
    }
    if (number.hasWarning()) {
        check.warning = number.message();
    }
    check.preferences.normalizedDialNumber = dialString;
}

QString LoginFormRules::sameNumberChoice(const QStringList &choices, const DialNumber &number) const
{
    for (const QString &choice : choices) {
        const DialNumber configured = DialNumber::parse(choice, m_profile.defaultRegion);
        if (configured.isAcceptable() && configured.dialString() == number.dialString()) {
            return choice;
        }
    }
    return {};
}

void LoginFormRules::checkExtension(const InteractionPreferences &form, LoginFormCheck &check) const
{
    const NumberChoices choices = numberChoices(VoiceDevice::Extension);
    const QString chosen = matchingChoice(choices.choices, form.dialNumber);
    if (!chosen.isEmpty()) {
        check.preferences.normalizedDialNumber = chosen;
        return;
    }
    if (!choices.freeEntry) {
        addProblem(check, LoginField::Number,
                   tr("Choose one of the extensions your administrator set up for you."));
        return;
    }
    QString compact = form.dialNumber;
    compact.remove(u'-');
    compact = compact.simplified().remove(u' ');
    if (compact.isEmpty()) {
        addProblem(check, LoginField::Number, tr("Enter your extension."));
        return;
    }
    if (!std::all_of(compact.cbegin(), compact.cend(), [](QChar c) { return c.isDigit(); })) {
        addProblem(check, LoginField::Number, tr("An extension has digits only."));
        return;
    }
    const QString digits = DialText::significant(compact);
    if (digits.size() > MaximumDialNumberLength) {
        addProblem(check, LoginField::Number, tr("This extension is too long."));
        return;
    }
    check.preferences.normalizedDialNumber = digits;
}

void LoginFormRules::checkTeam(const InteractionPreferences &form, LoginFormCheck &check) const
{
    if (form.teamId.isEmpty()) {
        addProblem(check, LoginField::Team, tr("Choose a team."));
    } else if (!hasTeam(form.teamId)) {
        addProblem(check, LoginField::Team,
                   tr("You are no longer a member of this team. Choose another one."));
    }
}

bool LoginFormRules::hasTeam(const QString &teamId) const
{
    return !teamId.isEmpty() &&
           std::any_of(m_profile.teams.cbegin(), m_profile.teams.cend(),
                       [&teamId](const Team &team) { return team.id == teamId; });
}

AutoSignInDecision LoginFormRules::autoSignIn(const InteractionPreferences &saved) const
{
    AutoSignInDecision decision;
    if (saved.isEmpty() || !saved.autoSignIn) {
        return decision;
    }
    const LoginFormCheck check = validate(saved);
    if (!check.isValid()) {
        decision.reason = tr("Your saved preferences can no longer be used: %1")
                                  .arg(check.problems.first().message);
        return decision;
    }
    decision.attempt = true;
    decision.preferences = check.preferences;
    return decision;
}

QString LoginFormRules::deviceLabel(std::optional<VoiceDevice> device)
{
    return device ? deviceLabel(*device) : tr("No telephony (digital channels only)");
}

QString LoginFormRules::deviceLabel(VoiceDevice device)
{
    switch (device) {
    case VoiceDevice::Desktop:
        return tr("Desktop");
    case VoiceDevice::Extension:
        return tr("Extension");
    case VoiceDevice::DialNumber:
        return tr("Dial number");
    }
    return {};
}

} // namespace AgentDesk::Core
