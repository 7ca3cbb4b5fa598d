// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stationloginrequest.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace AgentDesk::Core {

QJsonObject StationLoginRequest::body(const InteractionPreferences &preferences,
                                      const QString &agentId)
{
    QJsonObject body{
            {u"teamId"_s, preferences.teamId},
            {u"roles"_s, QJsonArray{u"agent"_s}},
            {u"isExtension"_s, preferences.device == VoiceDevice::Extension},
    };
    if (!preferences.device) {
        body.insert(u"dialNumber"_s, agentId);
        return body;
    }
    body.insert(u"deviceType"_s, deviceType(*preferences.device));
    if (*preferences.device == VoiceDevice::Desktop) {
        body.insert(u"dialNumber"_s, agentId);
        body.insert(u"deviceId"_s, QString(u"webrtc-"_s % agentId));
        return body;
    }
    const QString number = preferences.normalizedDialNumber.isEmpty()
                                   ? preferences.dialNumber.trimmed()
                                   : preferences.normalizedDialNumber;
    body.insert(u"dialNumber"_s, number);
    body.insert(u"deviceId"_s, number);
    return body;
}

QString StationLoginRequest::deviceType(VoiceDevice device)
{
    switch (device) {
    case VoiceDevice::Desktop:
        return u"BROWSER"_s;
    case VoiceDevice::Extension:
        return u"EXTENSION"_s;
    case VoiceDevice::DialNumber:
        return u"AGENT_DN"_s;
    }
    return {};
}

std::optional<VoiceDevice> StationLoginRequest::deviceFromType(const QString &type)
{
    for (const VoiceDevice device :
         {VoiceDevice::Desktop, VoiceDevice::Extension, VoiceDevice::DialNumber}) {
        if (type == deviceType(device)) {
            return device;
        }
    }
    return std::nullopt;
}

} // namespace AgentDesk::Core
