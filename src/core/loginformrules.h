// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "desktopprofile.h"
#include "dialplan.h"
#include "interactionpreferences.h"
#include "loginformcheck.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace AgentDesk::Core {

class DialNumber;

// How the number field of one device is offered.
struct NumberChoices
{
    QStringList choices;    // pre-validated by the admin; the default dial number first
    bool freeEntry = false; // the agent may type a number of their own
    bool readOnly = false;  // restricted to the default dial number: shown, never edited

    bool isUsable() const { return freeEntry || !choices.isEmpty(); }
    // The step asks nothing of the agent for this device's number.
    bool needsInput() const { return !readOnly && !(choices.size() == 1 && !freeEntry); }
};

// Whether the next start may sign in with the saved preferences without showing the form.
struct AutoSignInDecision
{
    bool attempt = false;
    InteractionPreferences preferences; // ready to send when attempt
    QString reason; // translated: why not, when the agent asked for it; empty otherwise
};

// The rules of the interaction-preferences step, computed from the agent's desktop profile
// (and the tenant's dial plan, when there is one). Pure: the dialog binds to it, tests need no
// window.
//   LoginFormRules rules(profile, dialPlan);
//   if (!rules.hasTelephonyStep()) …                 // digital-only: team only
//   InteractionPreferences form = rules.initialForm(store.load(account));
//   … on every edit: saveButton->setEnabled(rules.validate(form).canSaveAndContinue());
//   if (const auto decision = rules.autoSignIn(saved); decision.attempt)
//   stationLogin(decision.preferences);
// Saved preferences take precedence over the profile's default, except where the profile
// restricts the agent to its default dial number.
class LoginFormRules
{
    Q_DECLARE_TR_FUNCTIONS(AgentDesk::Core::LoginFormRules)

public:
    explicit LoginFormRules(DesktopProfile profile, DialPlan dialPlan = {});

    const DesktopProfile &profile() const { return m_profile; }

    // False for a digital-only profile: no "Handle calls using", no number.
    bool hasTelephonyStep() const { return !m_profile.isDigitalOnly(); }
    // The devices offered, in the profile's order: only those the profile allows and that can
    // be used (an extension device with no extension configured and no free entry is not).
    QList<VoiceDevice> deviceOptions() const;
    // Non-empty when the profile allows calls but no device can be used: what to tell the agent.
    QString profileProblem() const;

    NumberChoices numberChoices(VoiceDevice device) const;
    // What the number field shows when device is chosen: the default dial number, or the only
    // configured number or extension; empty when the agent picks or types one.
    QString numberPrefill(VoiceDevice device) const;

    // The form as it opens, from the saved preferences (may be empty) and the profile.
    InteractionPreferences initialForm(const InteractionPreferences &saved = {}) const;
    // The form after the agent picks another device: that device's prefill, team kept.
    InteractionPreferences withDevice(const InteractionPreferences &form, VoiceDevice device) const;
    // The form after the agent ticks or unticks "International format": a number already typed
    // is carried over, not lost — a full number becomes its country plus the national number,
    // and back. Text that is not a number yet stays as it is.
    InteractionPreferences withInternationalFormat(const InteractionPreferences &form,
                                                   bool international) const;
    LoginFormCheck validate(const InteractionPreferences &form) const;
    AutoSignInDecision autoSignIn(const InteractionPreferences &saved) const;

    // "Desktop", "Extension", "Dial number", translated.
    static QString deviceLabel(VoiceDevice device);
    // The same, or "No telephony (digital channels only)" when there is no device.
    static QString deviceLabel(std::optional<VoiceDevice> device);

private:
    void checkNumber(VoiceDevice device, const InteractionPreferences &form,
                     LoginFormCheck &check) const;
    void checkDialNumber(const InteractionPreferences &form, LoginFormCheck &check) const;
    void checkExtension(const InteractionPreferences &form, LoginFormCheck &check) const;
    // The configured number that is the same number as the one typed, in another format.
    QString sameNumberChoice(const QStringList &choices, const DialNumber &number) const;
    void checkTeam(const InteractionPreferences &form, LoginFormCheck &check) const;
    bool hasTeam(const QString &teamId) const;

    DesktopProfile m_profile;
    DialPlan m_dialPlan;
};

} // namespace AgentDesk::Core
