// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace AgentDesk::Core {

// One contact-center agent of the organization, as the contact center's user list gives it
// (GET /organization/{orgId}/v2/user, read by src/cc): what the colleagues panel needs to find
// the same person in the Teams directory (the e-mail) and to address them as an agent (the id
// consult and transfer name with destinationType "agent", and the buddy list's agentId).
struct ContactCenterAgent
{
    QString agentId;
    QString email;
    QString name; // for display: "Ana Souza", "田中 健二"
    QStringList teamIds;

    friend bool operator==(const ContactCenterAgent &, const ContactCenterAgent &) = default;
};

} // namespace AgentDesk::Core
