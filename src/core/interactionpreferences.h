// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "desktopprofile.h"

#include <QString>

#include <optional>

namespace AgentDesk::Core {

// The agent's answers in the interaction-preferences step ("the login form"), as edited, saved
// (PreferencesStore) and used for the station login (StationLoginRequest). Never a secret.
struct InteractionPreferences
{
    std::optional<VoiceDevice> device; // none: digital-only, or not chosen yet
    QString dialNumber;                // dial number or extension, as typed or chosen
    // What the station login sends: E.164 (with ",extension" when there is one) for a typed dial
    // number, the digits of an extension, or an admin-configured value exactly as configured.
    // Filled by LoginFormRules::validate(); empty while the form is not valid.
    QString normalizedDialNumber;
    bool internationalFormat = false; // ticked: region plus national number
    QString region;                   // ISO 3166 region of the national number
    QString teamId;
    bool autoSignIn = false; // "Don't show this again"

    // Nothing was ever saved.
    bool isEmpty() const { return !device && dialNumber.isEmpty() && teamId.isEmpty(); }
    // The key used in settings ("desktop", "extension", "dialNumber").
    static QString deviceKey(VoiceDevice device);
    static std::optional<VoiceDevice> deviceFromKey(const QString &key);

    friend bool operator==(const InteractionPreferences &,
                           const InteractionPreferences &) = default;
};

} // namespace AgentDesk::Core
