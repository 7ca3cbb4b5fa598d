// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "desktopprofile.h"
#include "interactionpreferences.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace AgentDesk::Core {

// The body of POST /v1/agents/login (API-CONTRACT.md, SERVICES-REFERENCE.md §1.3), built from
// validated preferences so src/cc only sends it:
//   const QJsonObject body = StationLoginRequest::body(check.preferences, profile.agentId);
// Desktop (BROWSER): dialNumber = the agent id, deviceId = "webrtc-<agentId>".
// Extension (EXTENSION) and dial number (AGENT_DN): dialNumber = deviceId = the normalized number,
// isExtension true only for an extension.
// Digital-only (no device): dialNumber = the agent id (the field is required) and no
// deviceType/deviceId, since there is no voice device to name.
class StationLoginRequest
{
public:
    static QJsonObject body(const InteractionPreferences &preferences, const QString &agentId);

    // The contact center's names: "BROWSER", "EXTENSION", "AGENT_DN".
    static QString deviceType(VoiceDevice device);
    // The reverse, for reading loginVoiceOptions; nullopt for anything else.
    static std::optional<VoiceDevice> deviceFromType(const QString &deviceType);
};

} // namespace AgentDesk::Core
