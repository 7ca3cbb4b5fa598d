// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ccagentevents.h"

#include "ccagentdirectory.h"
#include "stableids.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace AgentDesk::Sim {

// Capacities of the simulated multimedia profile, per channel.
static constexpr int kChatCapacity = 3;
static constexpr int kEmailCapacity = 2;
static constexpr int kSocialCapacity = 1;

static QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

int CcAgentEvents::reasonCode(const QString &reason)
{
    // The simulator's own numbers: real events carry a numeric reasonCode next to the reason,
    // but its values are not public. Clients must map the reason text.
    static const QStringList reasons{
            u"DUPLICATE_LOCATION"_s,  u"INVALID_DIAL_NUMBER"_s, u"DEVICE_TYPE_NOT_ALLOWED"_s,
            u"TEAM_NOT_ASSIGNED"_s,   u"ROLE_NOT_ALLOWED"_s,    u"AGENT_PROFILE_NOT_FOUND"_s,
            u"AGENT_NOT_LOGGED_IN"_s, u"INVALID_AUX_CODE"_s,    u"IDLE_CODE_NOT_ALLOWED"_s,
    };
    const qsizetype index = reasons.indexOf(reason);
    return index < 0 ? 1000 : 1001 + int(index);
}

QJsonObject CcAgentEvents::failure(const QString &reason)
{
    return QJsonObject{{u"reason"_s, reason}, {u"reasonCode"_s, reasonCode(reason)}};
}

QJsonObject CcAgentEvents::sessionFields(const CcAgent &agent)
{
    const CcAgentSession &session = agent.session;
    const bool voice = !session.deviceType.isEmpty();
    // Channel ids per media type: one voice channel when a device is logged in, then the
    // digital channels of the multimedia profile.
    QJsonObject channelsMap;
    const auto channels = [&session](const QString &media, int count) {
        QJsonArray ids;
        for (int i = 0; i < count; ++i) {
            ids.append(stableUuid(u"channel"_s, QString(session.agentSessionId + u'/' + media +
                                                        u'/' + QString::number(i))));
        }
        return ids;
    };
    channelsMap.insert(u"telephony"_s, channels(u"telephony"_s, voice ? 1 : 0));
    channelsMap.insert(u"chat"_s, channels(u"chat"_s, kChatCapacity));
    channelsMap.insert(u"email"_s, channels(u"email"_s, kEmailCapacity));
    channelsMap.insert(u"social"_s, channels(u"social"_s, kSocialCapacity));
    return QJsonObject{
            {u"agentSessionId"_s, session.agentSessionId},
            {u"teamId"_s, session.teamId},
            {u"teamName"_s, session.teamName},
            {u"siteId"_s, session.siteId},
            {u"auxCodeId"_s, session.auxCodeId},
            {u"status"_s, u"LoggedIn"_s},
            {u"subStatus"_s, session.subStatus},
            {u"dialNumber"_s, session.dialNumber},
            {u"deviceType"_s, orNull(session.deviceType)},
            {u"deviceId"_s, orNull(session.deviceId)},
            {u"isExtension"_s, session.isExtension},
            {u"roles"_s, QJsonArray::fromStringList(session.roles)},
            {u"interactionIds"_s, QJsonArray::fromStringList(session.interactionIds)},
            {u"profileType"_s, u"BLENDED"_s},
            {u"channelsMap"_s, channelsMap},
            {u"mmProfile"_s, QJsonObject{{u"chat"_s, kChatCapacity},
                                         {u"email"_s, kEmailCapacity},
                                         {u"social"_s, kSocialCapacity},
                                         {u"telephony"_s, voice ? 1 : 0}}},
            {u"lastStateChangeTimestamp"_s, session.lastStateChangeTimestamp},
            {u"lastIdleCodeChangeTimestamp"_s, session.lastIdleCodeChangeTimestamp},
            {u"lastStateChangeReason"_s, session.lastStateChangeReason},
    };
}

CcEvent CcAgentEvents::stationLoginSuccess(const CcAgent &agent)
{
    return {stationLoginCategory(), u"AgentStationLoginSuccess"_s, sessionFields(agent)};
}

CcEvent CcAgentEvents::stationLoginFailed(const QString &reason)
{
    return {stationLoginCategory(), u"AgentStationLoginFailed"_s, failure(reason)};
}

CcEvent CcAgentEvents::stateChangeSuccess(const CcAgent &agent)
{
    const CcAgentSession &session = agent.session;
    return {stateChangeCategory(), u"AgentStateChangeSuccess"_s,
            QJsonObject{{u"agentSessionId"_s, session.agentSessionId},
                        {u"status"_s, u"LoggedIn"_s},
                        {u"subStatus"_s, session.subStatus},
                        {u"auxCodeId"_s, session.auxCodeId},
                        {u"changedBy"_s, orNull(session.changedBy)},
                        {u"changedById"_s, orNull(session.changedById)},
                        {u"changedByName"_s, orNull(session.changedByName)},
                        {u"lastStateChangeReason"_s, session.lastStateChangeReason},
                        {u"lastStateChangeTimestamp"_s, session.lastStateChangeTimestamp},
                        {u"lastIdleCodeChangeTimestamp"_s, session.lastIdleCodeChangeTimestamp}}};
}

CcEvent CcAgentEvents::stateChangeFailed(const QString &reason)
{
    return {stateChangeCategory(), u"AgentStateChangeFailed"_s, failure(reason)};
}

CcEvent CcAgentEvents::logoutSuccess(const CcAgent &agent, const QString &logoutReason,
                                     const QString &loggedOutBy)
{
    QJsonObject data{{u"agentSessionId"_s, agent.session.agentSessionId},
                     {u"status"_s, u"LoggedOut"_s},
                     {u"subStatus"_s, u"Idle"_s},
                     {u"roles"_s, QJsonArray::fromStringList(agent.session.roles)},
                     {u"logoutReason"_s, logoutReason}};
    if (!loggedOutBy.isEmpty()) {
        data.insert(u"loggedOutBy"_s, loggedOutBy);
    }
    return {logoutCategory(), u"AgentLogoutSuccess"_s, data};
}

CcEvent CcAgentEvents::logoutFailed(const QString &reason)
{
    return {logoutCategory(), u"AgentLogoutFailed"_s, failure(reason)};
}

CcEvent CcAgentEvents::reloginSuccess(const CcAgent &agent)
{
    QJsonObject data = sessionFields(agent);
    data.insert(u"dn"_s, agent.session.dialNumber);
    data.insert(u"changedBy"_s, orNull(agent.session.changedBy));
    data.insert(u"changedById"_s, orNull(agent.session.changedById));
    data.insert(u"changedByName"_s, orNull(agent.session.changedByName));
    return {u"AgentReloginSuccess"_s, u"AgentReloginSuccess"_s, data};
}

CcEvent CcAgentEvents::reloginFailed(const QString &reason)
{
    return {u"AgentReloginFailed"_s, u"AgentReloginFailed"_s, failure(reason)};
}

CcEvent CcAgentEvents::buddyAgents(const CcAgent &asking, const QList<const CcAgent *> &buddies)
{
    QJsonArray agentList;
    for (const CcAgent *buddy : buddies) {
        const CcAgentSession &session = buddy->session;
        agentList.append(QJsonObject{{u"agentId"_s, buddy->id},
                                     {u"agentName"_s, buddy->name},
                                     {u"state"_s, session.subStatus},
                                     {u"teamId"_s, session.teamId},
                                     {u"teamName"_s, session.teamName},
                                     {u"dn"_s, session.dialNumber},
                                     {u"siteId"_s, session.siteId}});
    }
    return {u"BuddyAgents"_s, u"BuddyAgents"_s,
            QJsonObject{{u"agentSessionId"_s, asking.session.agentSessionId},
                        {u"agentList"_s, agentList}}};
}

CcEvent CcAgentEvents::buddyAgentsFailed(const QString &reason)
{
    return {u"BuddyAgents"_s, u"BuddyAgentsRetrieveFailed"_s, failure(reason)};
}

} // namespace AgentDesk::Sim
