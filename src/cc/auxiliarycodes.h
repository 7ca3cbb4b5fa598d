// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/desktopprofile.h>

#include <QList>

namespace AgentDesk::Cc {

// The organization's active auxiliary codes (GET /organization/{orgId}/v2/auxiliary-code),
// split by workTypeCode.
struct AuxiliaryCodes
{
    QList<Core::NamedCode> idle;   // IDLE_CODE
    QList<Core::NamedCode> wrapUp; // WRAP_UP_CODE
};

} // namespace AgentDesk::Cc
