// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace AgentDesk::Cc {

// The signed-in person as the contact-center identity describes them (GET /people/me), with
// the ids decoded to the UUIDs the contact-center API paths use.
struct CcPerson
{
    QString id;    // ciUserId: the agent's id in /organization/{orgId}/v2/user/by-ci-user-id/{id}
    QString orgId; // the organization's UUID
    QStringList emails;
    QString displayName;

    QString primaryEmail() const { return emails.value(0); }
    friend bool operator==(const CcPerson &, const CcPerson &) = default;
};

} // namespace AgentDesk::Cc
