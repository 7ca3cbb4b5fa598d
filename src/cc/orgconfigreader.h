// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auxiliarycodes.h"
#include "ccresult.h"

#include <core/desktopprofile.h>
#include <core/dialplan.h>

#include <QJsonArray>
#include <QList>

namespace AgentDesk::Cc {

// Reads the organization look-ups of the contact-center API into domain values, validating
// every field (UnexpectedShape otherwise). Pure.
//   auxiliaryCodes: items of GET /organization/{orgId}/v2/auxiliary-code
//                   [{id, name, active, defaultCode, workTypeCode: IDLE_CODE|WRAP_UP_CODE}]
//   teams:          items of GET /organization/{orgId}/v2/team [{id, name, ...}]
//   dialPlan:       items of GET /organization/{orgId}/dial-plan
//                   [{id, name, regex, prefix, strippedChars, active}]
class OrgConfigReader
{
public:
    static CcResult<AuxiliaryCodes> auxiliaryCodes(const QJsonArray &items);
    static CcResult<QList<Core::Team>> teams(const QJsonArray &items);
    static CcResult<QList<Core::DialPlanEntry>> dialPlan(const QJsonArray &items);
};

} // namespace AgentDesk::Cc
