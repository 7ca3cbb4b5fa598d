// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "desktopprofile.h"
#include "loginformcheck.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace AgentDesk::Core {

// What the agent reads when the contact center answers AgentStationLoginFailed {reason}, and
// which field of the login form it belongs to. Every reason and sentence lives in one table in
// stationloginfailure.cpp; an unknown reason gets a generic sentence that names the code, so the
// agent can pass it on.
//   const FieldProblem problem = StationLoginFailure::problem(event[u"reason"_s].toString(),
//   device);
class StationLoginFailure
{
    Q_DECLARE_TR_FUNCTIONS(AgentDesk::Core::StationLoginFailure)

public:
    // device refines the sentence where it matters ("This extension is already signed in…").
    static QString message(const QString &reason, std::optional<VoiceDevice> device = std::nullopt);
    static LoginField field(const QString &reason);
    static FieldProblem problem(const QString &reason,
                                std::optional<VoiceDevice> device = std::nullopt);
    static bool isKnown(const QString &reason);
    static QStringList knownReasons();
};

} // namespace AgentDesk::Core
