// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace AgentDesk::Core {

// How the agent handles calls (the contact center's deviceType).
enum class VoiceDevice
{
    Desktop,    // BROWSER: WebRTC voice in the app
    Extension,  // EXTENSION
    DialNumber, // AGENT_DN
};

struct NamedCode
{
    QString id;
    QString name;
    bool isDefault = false;
    friend bool operator==(const NamedCode &, const NamedCode &) = default;
};

struct Team
{
    QString id;
    QString name;
    friend bool operator==(const Team &, const Team &) = default;
};

// What the contact center lets this agent do at sign-in and in the desktop, as the domain sees
// it. The wire format (API-CONTRACT.md "desktop-login") is read into this by one adapter in
// src/cc, so a real tenant's format maps in one place.
struct DesktopProfile
{
    QString agentId;
    QString agentProfileId; // what the buddy list (POST /v1/agents/buddyList) names
    QString orgId;
    QString displayName;
    QString email;

    QList<VoiceDevice> voiceDevices; // empty = digital-only: no telephony choice at all
    QString defaultDialNumber;
    bool restrictToDefaultDialNumber = false;
    QStringList dialNumbers; // pre-validated by the admin
    QStringList extensions;  // pre-validated by the admin
    bool allowFreeDialNumber = true;
    bool allowFreeExtension = true;
    QString defaultRegion; // ISO 3166 region for national numbers, e.g. "US"

    QList<Team> teams;
    QList<NamedCode> idleCodes;
    QList<NamedCode> wrapUpCodes;
    // When set, the desktop saves the wrap-up on its own, with the default wrap-up code, this
    // many seconds after it starts (the SDK's autoWrapUp / autoWrapAfterSeconds); 0 = never.
    int autoWrapUpSeconds = 0;
    // The entry point click-to-call goes out through (POST /v1/tasks); empty = not allowed.
    QString outdialEntryPointId;

    struct MicrosoftTeams
    {
        bool enabled = false;
        bool ssoEnabled = false;
        bool showUserDetails = true;
        bool stateSynchronization = false;
        QString doNotDisturbIdleCodeId;
        QString inACallIdleCodeId;
        QString presentingIdleCodeId;
        enum class LoginInheritance
        {
            None,
            ApplyAtLogin,
            AlwaysOverride
        };
        LoginInheritance loginInheritance = LoginInheritance::None;
    } microsoftTeams;

    bool isDigitalOnly() const { return voiceDevices.isEmpty(); }
    // The name of one of the agent's teams; empty when the id is not theirs.
    QString teamName(const QString &teamId) const
    {
        for (const Team &team : teams) {
            if (team.id == teamId) {
                return team.name;
            }
        }
        return {};
    }
    bool allows(VoiceDevice device) const { return voiceDevices.contains(device); }
};

} // namespace AgentDesk::Core
