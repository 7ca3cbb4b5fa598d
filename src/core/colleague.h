// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace AgentDesk::Core {

// One person of the Teams directory as the colleagues panel knows them: the Graph user properties
// the panel shows and searches. Presence lives elsewhere (it changes every few seconds); the
// search index takes an availability rank per row instead.
struct Colleague
{
    QString id; // the Graph user id
    QString displayName;
    QString jobTitle;
    QString department;
    QString mail;
    QString businessPhone; // as typed in the directory, for display
};

} // namespace AgentDesk::Core
