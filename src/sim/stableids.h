// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace AgentDesk::Sim {

// The one way the simulator derives a person's ids from their e-mail when the scenario gives
// none: a UUIDv5 of "<kind>:<email>" in one fixed namespace. Every service uses it, so the
// Microsoft id token's oid, Graph's /me id, the contact center's ciUserId and its agent id all
// agree for the same person, run after run.
//   stableUuid(u"objectId"_s, email)   // Graph / Entra object id
//   stableUuid(u"ciUserId"_s, email)   // contact-center (Common Identity) user id
QString stableUuid(const QString &kind, const QString &email);

} // namespace AgentDesk::Sim
