// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ccdesktopprofiles.h"

#include "ccagentdirectory.h"
#include "ccnotifier.h"
#include "scenario.h"
#include "stableids.h"

using namespace Qt::StringLiterals;

namespace AgentDesk::Sim {

static const QStringList &voiceOptions()
{
    static const QStringList options{u"AGENT_DN"_s, u"EXTENSION"_s, u"BROWSER"_s};
    return options;
}

static QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        if (item.isString() && !item.toString().isEmpty()) {
            list.append(item.toString());
        }
    }
    return list;
}

CcDesktopProfiles::CcDesktopProfiles(const Scenario &scenario, const CcAgentDirectory &agents,
                                     const QJsonArray &auxiliaryCodes)
    : m_auxiliaryCodeList(auxiliaryCodes)
{
    for (const QJsonValue &value : auxiliaryCodes) {
        const QJsonObject code = value.toObject();
        m_auxiliaryCodes.insert(code.value(u"id"_s).toString(), code);
    }
    const QJsonObject section = scenario.section(u"contactCenter"_s);
    const QString tenantRegion =
            scenario.section(u"tenant"_s).value(u"defaultRegion"_s).toString(u"US"_s);

    QHash<QString, QString> siteNames;
    for (const QJsonValue &value : section.value(u"sites"_s).toArray()) {
        siteNames.insert(value[u"id"_s].toString(), value[u"name"_s].toString());
    }
    QHash<QString, QJsonObject> teams;
    QStringList teamOrder;
    for (const QJsonValue &value : section.value(u"teams"_s).toArray()) {
        const QString id = value[u"id"_s].toString();
        if (id.isEmpty() || teams.contains(id)) {
            continue;
        }
        teams.insert(id, value.toObject());
        teamOrder.append(id);
    }

    QHash<QString, QJsonArray> members; // team id -> agent ids
    for (const QJsonValue &value : section.value(u"agents"_s).toArray()) {
        const QJsonObject entry = value.toObject();
        const QString email = entry.value(u"email"_s).toString();
        const QJsonObject settings = entry.value(u"profile"_s).toObject();
        const CcAgent *agent = agents.byEmail(email);
        if (!agent || !entry.contains(u"profile"_s)) {
            continue;
        }
        CcDesktopProfile profile;
        profile.agentProfileId = stableUuid(u"agentProfile"_s, email);
        for (const QString &option : strings(settings.value(u"loginVoiceOptions"_s))) {
            if (voiceOptions().contains(option)) {
                profile.loginVoiceOptions.append(option);
            } else {
                qCWarning(lcSimCc)
                        << "profile of" << email << "names unknown voice option" << option;
            }
        }
        profile.defaultDialNumber = settings.value(u"defaultDialNumber"_s).toString();
        profile.restrictToDefaultDialNumber =
                settings.value(u"restrictToDefaultDialNumber"_s).toBool(false) &&
                !profile.defaultDialNumber.isEmpty();
        profile.allowFreeDialNumber = settings.value(u"allowFreeDialNumber"_s).toBool(true);
        profile.allowFreeExtension = settings.value(u"allowFreeExtension"_s).toBool(true);
        profile.defaultRegion = settings.value(u"defaultRegion"_s).toString(tenantRegion);
        profile.dialNumbers = strings(settings.value(u"dialNumbers"_s));
        profile.extensions = strings(settings.value(u"extensions"_s));
        for (const QString &teamId : strings(settings.value(u"teams"_s))) {
            if (!teams.contains(teamId)) {
                qCWarning(lcSimCc) << "profile of" << email << "names unknown team" << teamId;
                continue;
            }
            profile.teamIds.append(teamId);
            members[teamId].append(agent->id);
        }
        profile.idleCodeIds = resolveCodes(settings.value(u"idleCodes"_s), u"IDLE_CODE"_s, email);
        profile.defaultIdleCodeId =
                defaultCode(settings.value(u"defaultIdleCode"_s).toString(), profile.idleCodeIds);
        profile.wrapUpCodeIds =
                resolveCodes(settings.value(u"wrapUpCodes"_s), u"WRAP_UP_CODE"_s, email);
        profile.defaultWrapUpCodeId = defaultCode(settings.value(u"defaultWrapUpCode"_s).toString(),
                                                  profile.wrapUpCodeIds);
        profile.outdialEntryPointId =
                profile.isDigitalOnly()
                        ? QString()
                        : settings.value(u"outdialEntryPointId"_s)
                                  .toString(stableUuid(u"outdialEntryPoint"_s, email));
        profile.autoWrapAfterSeconds = settings.value(u"autoWrapAfterSeconds"_s).toInt(0);
        profile.autoWrapUp =
                settings.value(u"autoWrapUp"_s).toBool(false) && profile.autoWrapAfterSeconds > 0;
        profile.microsoftTeams = microsoftTeams(settings.value(u"microsoftTeams"_s).toObject());
        m_profiles.insert(agent->id, profile);
    }

    for (const QString &id : std::as_const(teamOrder)) {
        const QJsonObject team = teams.value(id);
        const QString siteId = team.value(u"siteId"_s).toString();
        // The fields of the config API's team entity (SDK services/config/types.ts TeamList).
        m_teams.append(QJsonObject{
                {u"id"_s, id},
                {u"name"_s, team.value(u"name"_s).toString()},
                {u"teamType"_s, u"AGENT"_s},
                {u"teamStatus"_s, u"IN_SERVICE"_s},
                {u"active"_s, team.value(u"active"_s).toBool(true)},
                {u"siteId"_s, siteId},
                {u"siteName"_s, siteNames.value(siteId)},
                {u"multiMediaProfileId"_s, stableUuid(u"multimediaProfile"_s, siteId)},
                {u"userIds"_s, members.value(id)},
                {u"rankQueuesForTeam"_s, false},
                {u"queueRankings"_s, QJsonArray{}},
                {u"desktopLayoutId"_s, stableUuid(u"desktopLayout"_s, id)},
        });
    }
}

QStringList CcDesktopProfiles::resolveCodes(const QJsonValue &listed, const QString &workTypeCode,
                                            const QString &email) const
{
    QStringList ids;
    const auto selectable = [&workTypeCode](const QJsonObject &code) {
        // System codes (RONA...) are set by the contact center, never chosen by the agent.
        return code.value(u"workTypeCode"_s).toString() == workTypeCode &&
               code.value(u"active"_s).toBool(true) && !code.value(u"isSystemCode"_s).toBool();
    };
    if (listed.isUndefined() || listed.toString() == u"ALL"_s) {
        for (const QJsonValue &value : m_auxiliaryCodeList) {
            if (selectable(value.toObject())) {
                ids.append(value[u"id"_s].toString());
            }
        }
        return ids;
    }
    for (const QString &id : strings(listed)) {
        if (selectable(m_auxiliaryCodes.value(id))) {
            ids.append(id);
        } else {
            qCWarning(lcSimCc) << "profile of" << email << "names" << id << "which is no active"
                               << workTypeCode;
        }
    }
    return ids;
}

QString CcDesktopProfiles::defaultCode(const QString &preferred, const QStringList &ids) const
{
    if (ids.contains(preferred)) {
        return preferred;
    }
    for (const QString &id : ids) {
        if (m_auxiliaryCodes.value(id).value(u"defaultCode"_s).toBool()) {
            return id;
        }
    }
    return ids.value(0);
}

QJsonObject CcDesktopProfiles::microsoftTeams(const QJsonObject &settings)
{
    // Every key is always present, so the client reads one shape whatever the admin set.
    QJsonObject mapping;
    const QJsonObject listed = settings.value(u"idleCodeMapping"_s).toObject();
    for (const QString &presence : {u"DoNotDisturb"_s, u"InACall"_s, u"Presenting"_s}) {
        if (listed.value(presence).isString()) {
            mapping.insert(presence, listed.value(presence));
        }
    }
    QString inheritance = settings.value(u"loginInheritance"_s).toString(u"none"_s);
    if (inheritance != u"applyAtLogin"_s && inheritance != u"alwaysOverride"_s) {
        inheritance = u"none"_s;
    }
    return QJsonObject{
            {u"enabled"_s, settings.value(u"enabled"_s).toBool(false)},
            {u"ssoEnabled"_s, settings.value(u"ssoEnabled"_s).toBool(false)},
            {u"showUserDetails"_s, settings.value(u"showUserDetails"_s).toBool(false)},
            {u"stateSynchronization"_s, settings.value(u"stateSynchronization"_s).toBool(false)},
            {u"idleCodeMapping"_s, mapping},
            {u"loginInheritance"_s, inheritance},
    };
}

const CcDesktopProfile *CcDesktopProfiles::forAgent(const QString &agentId) const
{
    const auto found = m_profiles.constFind(agentId);
    return found == m_profiles.constEnd() ? nullptr : &found.value();
}

QJsonObject CcDesktopProfiles::team(const QString &teamId) const
{
    for (const QJsonValue &value : m_teams) {
        if (value[u"id"_s].toString() == teamId) {
            return value.toObject();
        }
    }
    return {};
}

QJsonObject CcDesktopProfiles::auxiliaryCode(const QString &id) const
{
    return m_auxiliaryCodes.value(id);
}

QJsonObject CcDesktopProfiles::toWire(const CcAgent &agent, const CcDesktopProfile &profile,
                                      const QString &orgId) const
{
    const auto codes = [this](const QStringList &ids, const QString &defaultId) {
        QJsonArray array;
        for (const QString &id : ids) {
            array.append(QJsonObject{{u"id"_s, id},
                                     {u"name"_s, m_auxiliaryCodes.value(id)[u"name"_s]},
                                     {u"isDefault"_s, id == defaultId}});
        }
        return array;
    };
    QJsonArray teams;
    for (const QString &id : profile.teamIds) {
        teams.append(QJsonObject{{u"id"_s, id}, {u"name"_s, team(id).value(u"name"_s)}});
    }
    return QJsonObject{
            {u"agentId"_s, agent.id},
            {u"ciUserId"_s, agent.ciUserId},
            {u"orgId"_s, orgId},
            {u"agentProfileId"_s, profile.agentProfileId},
            {u"email"_s, agent.email},
            {u"displayName"_s, agent.name},
            {u"loginVoiceOptions"_s, QJsonArray::fromStringList(profile.loginVoiceOptions)},
            {u"defaultDialNumber"_s, profile.defaultDialNumber},
            {u"restrictToDefaultDialNumber"_s, profile.restrictToDefaultDialNumber},
            {u"allowFreeDialNumber"_s, profile.allowFreeDialNumber},
            {u"allowFreeExtension"_s, profile.allowFreeExtension},
            {u"defaultRegion"_s, profile.defaultRegion},
            {u"dialNumbers"_s, QJsonArray::fromStringList(profile.dialNumbers)},
            {u"extensions"_s, QJsonArray::fromStringList(profile.extensions)},
            {u"teams"_s, teams},
            {u"idleCodes"_s, codes(profile.idleCodeIds, profile.defaultIdleCodeId)},
            {u"wrapUpCodes"_s, codes(profile.wrapUpCodeIds, profile.defaultWrapUpCodeId)},
            {u"autoWrapUp"_s, profile.autoWrapUp},
            {u"autoWrapAfterSeconds"_s, profile.autoWrapAfterSeconds},
            {u"outdialEntryPointId"_s, profile.outdialEntryPointId},
            {u"microsoftTeams"_s, profile.microsoftTeams},
    };
}

} // namespace AgentDesk::Sim
