// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interactionpreferences.h"

using namespace Qt::StringLiterals;

namespace AgentDesk::Core {

QString InteractionPreferences::deviceKey(VoiceDevice device)
{
    switch (device) {
    case VoiceDevice::Desktop:
        return u"desktop"_s;
    case VoiceDevice::Extension:
        return u"extension"_s;
    case VoiceDevice::DialNumber:
        return u"dialNumber"_s;
    }
    return {};
}

std::optional<VoiceDevice> InteractionPreferences::deviceFromKey(const QString &key)
{
    for (const VoiceDevice device :
         {VoiceDevice::Desktop, VoiceDevice::Extension, VoiceDevice::DialNumber}) {
        if (key == deviceKey(device)) {
            return device;
        }
    }
    return std::nullopt;
}

} // namespace AgentDesk::Core
