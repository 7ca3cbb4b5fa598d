// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ccresult.h"

#include <core/desktopprofile.h>

#include <QJsonObject>

namespace AgentDesk::Cc {

// The one adapter from the contact center's desktop-login reply (our own shape, see
// API-CONTRACT.md "desktop-login") to Core::DesktopProfile. A real tenant's format maps here and
// nowhere else. Every field is validated; anything unexpected is an UnexpectedShape error whose
// detail names the field, never a half-read profile.
//   const CcResult<Core::DesktopProfile> profile = DesktopProfileReader::read(reply.object());
class DesktopProfileReader
{
public:
    static CcResult<Core::DesktopProfile> read(const QJsonObject &reply);
};

} // namespace AgentDesk::Cc
