// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rosterreader.h"

#include "jsonshape.h"

using namespace Qt::StringLiterals;

namespace AgentDesk::Cc {

static bool isCjk(const QString &text)
{
    if (text.isEmpty()) {
        return false;
    }
    const QChar::Script script = text.at(0).script();
    return script == QChar::Script_Han || script == QChar::Script_Hiragana ||
           script == QChar::Script_Katakana || script == QChar::Script_Hangul;
}

QString RosterReader::displayName(const QString &firstName, const QString &lastName)
{
    const QString first = firstName.trimmed();
    const QString last = lastName.trimmed();
    if (first.isEmpty() || last.isEmpty()) {
        return first.isEmpty() ? last : first;
    }
    return isCjk(last) ? QString(last + u' ' + first) : QString(first + u' ' + last);
}

CcResult<QList<Core::ContactCenterAgent>> RosterReader::agentDirectory(const QJsonArray &items)
{
    JsonShape shape(u"users"_s);
    QList<Core::ContactCenterAgent> agents;
    for (qsizetype i = 0; i < items.size(); ++i) {
        JsonShape::Scope scope(shape, u"data"_s, i);
        const QJsonObject item = shape.object(items.at(i));
        Core::ContactCenterAgent agent;
        agent.agentId = shape.text(item, u"id"_s, JsonShape::NonEmpty);
        agent.email = shape.text(item, u"email"_s, JsonShape::Optional).trimmed();
        agent.name = displayName(shape.text(item, u"firstName"_s, JsonShape::Optional),
                                 shape.text(item, u"lastName"_s, JsonShape::Optional));
        if (agent.name.isEmpty()) {
            agent.name = agent.email.section(u'@', 0, 0);
        }
        agent.teamIds = shape.texts(item, u"teamIds"_s, JsonShape::Optional);
        // A user list holds everyone of the organization; only enabled agents are agents.
        const bool enabled =
                shape.boolean(item, u"contactCenterEnabled"_s, JsonShape::Optional, true);
        const bool active = shape.boolean(item, u"active"_s, JsonShape::Optional, true);
        if (shape.ok() && enabled && active) {
            agents.append(agent);
        }
    }
    if (!shape.ok()) {
        return Net::ApiError::unexpectedShape(shape.problem());
    }
    return agents;
}

CcResult<QList<BuddyAgent>> RosterReader::buddyAgents(const QJsonObject &data)
{
    JsonShape shape(u"buddy agents"_s);
    QList<BuddyAgent> agents;
    const QJsonArray list = shape.array(data, u"agentList"_s);
    for (qsizetype i = 0; i < list.size(); ++i) {
        JsonShape::Scope scope(shape, u"agentList"_s, i);
        const QJsonObject item = shape.object(list.at(i));
        BuddyAgent agent;
        agent.agentId = shape.text(item, u"agentId"_s, JsonShape::NonEmpty);
        agent.name = shape.text(item, u"agentName"_s, JsonShape::Optional);
        agent.state = shape.text(item, u"state"_s, JsonShape::NonEmpty);
        agent.teamId = shape.text(item, u"teamId"_s, JsonShape::Optional);
        agent.teamName = shape.text(item, u"teamName"_s, JsonShape::Optional);
        agent.dn = shape.text(item, u"dn"_s, JsonShape::Optional);
        agent.siteId = shape.text(item, u"siteId"_s, JsonShape::Optional);
        agents.append(agent);
    }
    if (!shape.ok()) {
        return Net::ApiError::unexpectedShape(shape.problem());
    }
    return agents;
}

CcResult<QList<CcQueue>> RosterReader::queues(const QJsonArray &items, const QString &channelType)
{
    JsonShape shape(u"queues"_s);
    QList<CcQueue> queues;
    for (qsizetype i = 0; i < items.size(); ++i) {
        JsonShape::Scope scope(shape, u"data"_s, i);
        const QJsonObject item = shape.object(items.at(i));
        CcQueue queue;
        queue.id = shape.text(item, u"id"_s, JsonShape::NonEmpty);
        queue.name = shape.text(item, u"name"_s, JsonShape::NonEmpty);
        queue.channelType = shape.text(item, u"channelType"_s, JsonShape::Optional);
        const bool active = shape.boolean(item, u"active"_s, JsonShape::Optional, true);
        const bool wanted = channelType.isEmpty() ||
                            queue.channelType.compare(channelType, Qt::CaseInsensitive) == 0;
        if (shape.ok() && active && wanted) {
            queues.append(queue);
        }
    }
    if (!shape.ok()) {
        return Net::ApiError::unexpectedShape(shape.problem());
    }
    return queues;
}

} // namespace AgentDesk::Cc
