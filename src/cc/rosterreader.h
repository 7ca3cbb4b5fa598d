// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "buddyagent.h"
#include "ccqueue.h"
#include "ccresult.h"

#include <core/contactcenteragent.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace AgentDesk::Cc {

// Reads who and where a call can go into values, validating every field it uses
// (UnexpectedShape otherwise). Pure.
//   agentDirectory: items of GET /organization/{orgId}/v2/user [{id, email, firstName, lastName,
//                   teamIds, contactCenterEnabled, active, ...}]; users who are not contact-center
//                   enabled or not active are left out
//   buddyAgents:    data of the BuddyAgents event {agentList: [{agentId, agentName, state,
//                   teamId, teamName?, dn, siteId}]}
//   queues:         items of GET /organization/{orgId}/v2/contact-service-queue [{id, name,
//                   channelType, active, ...}]; inactive queues and, when channelType is given,
//                   queues of other channels are left out
class RosterReader
{
public:
    static CcResult<QList<Core::ContactCenterAgent>> agentDirectory(const QJsonArray &items);
    static CcResult<QList<BuddyAgent>> buddyAgents(const QJsonObject &data);
    static CcResult<QList<CcQueue>> queues(const QJsonArray &items,
                                           const QString &channelType = {});

    // "Ana" + "Souza" → "Ana Souza"; "健二" + "田中" → "田中 健二" (CJK names family-first).
    static QString displayName(const QString &firstName, const QString &lastName);
};

} // namespace AgentDesk::Cc
