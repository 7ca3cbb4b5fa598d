// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ccroster.h"

#include "ccagentdirectory.h"
#include "ccagentevents.h"
#include "ccdesktopprofiles.h"
#include "ccdialplan.h"
#include "ccnotifier.h"
#include "contactcenterservice.h"
#include "scenario.h"
#include "simdirectory.h"
#include "simrouter.h"
#include "simservice.h"
#include "stableids.h"

#include <core/clock.h>

using namespace Qt::StringLiterals;

namespace AgentDesk::Sim {

// Limits from the CC OpenAPI request schemas.
static constexpr int kMaxId = 36;

static const QString kAvailable = u"Available"_s;
static const QString kIdle = u"Idle"_s;
static const QString kAvailableCodeId = u"0"_s;
static const QString kTelephony = u"telephony"_s;

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

// "Ana Souza" → (Ana, Souza); "田中 健二" → (健二, 田中): CJK names are written family-first.
static std::pair<QString, QString> splitName(const QString &name)
{
    const QString trimmed = name.trimmed();
    const qsizetype space = trimmed.indexOf(u' ');
    if (space < 0) {
        return {trimmed, QString()};
    }
    const QChar::Script script = trimmed.at(0).script();
    const bool familyFirst = script == QChar::Script_Han || script == QChar::Script_Hiragana ||
                             script == QChar::Script_Katakana || script == QChar::Script_Hangul;
    const QString head = trimmed.left(space);
    const QString tail = trimmed.mid(space + 1).trimmed();
    return familyFirst ? std::pair{tail, head} : std::pair{head, tail};
}

CcRoster::CcRoster(ContactCenterService &service, SimContext &context)
    : m_service(service)
    , m_context(context)
{
    const QJsonObject section = context.scenario->section(u"contactCenter"_s);
    for (const QJsonValue &value : section.value(u"queues"_s).toArray()) {
        const QJsonObject queue = value.toObject();
        const QString id = queue.value(u"id"_s).toString();
        if (id.isEmpty()) {
            continue;
        }
        // The fields of the config API's contact-service-queue entity that a desktop reads.
        m_queues.append(QJsonObject{
                {u"id"_s, id},
                {u"name"_s, queue.value(u"name"_s).toString()},
                {u"description"_s, queue.value(u"description"_s).toString()},
                {u"channelType"_s, queue.value(u"channelType"_s).toString(kTelephony)},
                {u"active"_s, queue.value(u"active"_s).toBool(true)},
                {u"queueType"_s, u"INBOUND"_s},
                {u"routingType"_s, u"LONGEST_AVAILABLE_AGENT"_s},
                {u"checkAgentAvailability"_s, true},
                {u"serviceLevelThreshold"_s, 30},
                {u"maxTimeInQueue"_s, 3600},
                {u"maxActiveContacts"_s, 100},
                {u"monitoringPermitted"_s, true},
        });
    }

    for (const QJsonValue &value : section.value(u"agents"_s).toArray()) {
        const QJsonObject entry = value.toObject();
        CcAgent *agent = m_service.agents().byEmail(entry.value(u"email"_s).toString());
        if (!agent || entry.contains(u"profile"_s)) {
            continue; // agents with a profile take their teams from it
        }
        const auto [first, last] = splitName(agent->name);
        m_records.insert(agent->id, UserRecord{first, last, strings(entry.value(u"teams"_s))});
        const QJsonObject session = entry.value(u"session"_s).toObject();
        if (!session.isEmpty()) {
            presetSession(*agent, session.value(u"teamId"_s).toString(),
                          session.value(u"state"_s).toString(kAvailable),
                          session.value(u"auxCodeId"_s).toString(),
                          session.value(u"extension"_s).toString());
        }
    }
}

void CcRoster::registerRoutes(SimRouter &router)
{
    router.get(u"/organization/(?<orgId>[^/]+)/v2/user"_s,
               m_service.authorized([this](const SimRequest &r, CcAgent &, const QString &t) {
                   return listUsers(r, t);
               }));
    router.get(u"/organization/(?<orgId>[^/]+)/v2/contact-service-queue"_s,
               m_service.authorized([this](const SimRequest &r, CcAgent &, const QString &t) {
                   return listQueues(r, t);
               }));
    router.post(u"/v1/agents/buddyList"_s,
                m_service.authorized([this](const SimRequest &r, CcAgent &a, const QString &t) {
                    return buddyList(r, a, t);
                }));
}

QString CcRoster::defaultProfileId()
{
    return stableUuid(u"agentProfile"_s, u"default"_s);
}

// --- the organization's users ----------------------------------------------------------------

int CcRoster::adoptDirectory(const SimDirectory &directory)
{
    const QJsonObject settings =
            m_context.scenario->section(u"contactCenter"_s).value(u"directoryAgents"_s).toObject();
    const int count = qMax(0, settings.value(u"count"_s).toInt(0));
    const int plainUsers = qMax(0, settings.value(u"plainUsers"_s).toInt(0));
    int extension = settings.value(u"firstExtension"_s).toInt(7101);

    QList<const SimUser *> eligible;
    for (const SimUser &user : directory.users()) {
        if (!user.guest && user.accountEnabled && !user.mail.isEmpty() &&
            !m_service.agents().byEmail(user.mail)) {
            eligible.append(&user);
        }
    }
    const qsizetype wanted = count + plainUsers;
    if (wanted == 0 || eligible.isEmpty()) {
        return 0;
    }

    QStringList teamIds;
    for (const QJsonValue &team : m_service.profiles().teams()) {
        teamIds.append(team[u"id"_s].toString());
    }
    QStringList idleCodes;
    for (const QJsonValue &code : m_service.auxiliaryCodes()) {
        if (code[u"workTypeCode"_s].toString() == u"IDLE_CODE"_s &&
            code[u"active"_s].toBool(true) && !code[u"isSystemCode"_s].toBool()) {
            idleCodes.append(code[u"id"_s].toString());
        }
    }

    // Spread over the whole directory, so people of every culture and department are agents.
    const qsizetype stride = qMax<qsizetype>(1, eligible.size() / wanted);
    int added = 0;
    for (qsizetype i = 0, k = 0; i < eligible.size() && k < wanted; i += stride, ++k) {
        const SimUser &user = *eligible.at(i);
        if (k >= count) {
            const QString id = CcAgentDirectory::derivedAgentId(user.mail);
            m_plainUsers.append(PlainUser{id, id, user.mail.toLower(),
                                          UserRecord{user.givenName, user.surname, {}}});
            continue;
        }
        CcAgent &agent = m_service.agents().forEmail(user.mail);
        agent.name = user.displayName;
        QStringList teams;
        if (!teamIds.isEmpty()) {
            teams.append(teamIds.at(k % teamIds.size()));
            if (k % 2 == 1 && teamIds.size() > 1) {
                teams.append(teamIds.at((k + teamIds.size() / 2) % teamIds.size()));
            }
        }
        m_records.insert(agent.id, UserRecord{user.givenName, user.surname, teams});
        ++added;
        // Available, Idle, Available, logged out: the Agents tab shows every kind.
        const qsizetype pattern = k % 4;
        if (pattern == 3 || teams.isEmpty()) {
            continue;
        }
        const QString code =
                idleCodes.isEmpty() ? QString() : idleCodes.at((k / 4) % idleCodes.size());
        presetSession(agent, teams.first(), pattern == 1 ? kIdle : kAvailable, code,
                      QString::number(extension++));
    }
    qCInfo(lcSimCc) << added << "directory people are agents," << m_plainUsers.size()
                    << "more are users without contact center";
    return added;
}

void CcRoster::presetSession(CcAgent &agent, const QString &teamId, const QString &state,
                             const QString &auxCodeId, const QString &extension)
{
    const QJsonObject team = m_service.profiles().team(teamId);
    if (team.isEmpty() || extension.isEmpty() || (state != kAvailable && state != kIdle)) {
        qCWarning(lcSimCc) << "scenario session of agent" << agent.id
                           << "needs a known teamId, an extension and Available or Idle";
        return;
    }
    const qint64 now = m_context.clock->msecsSinceEpoch();
    CcAgentSession session;
    session.agentSessionId = stableUuid(u"agentSession"_s, agent.email);
    session.teamId = teamId;
    session.teamName = team.value(u"name"_s).toString();
    session.siteId = team.value(u"siteId"_s).toString();
    session.deviceType = u"EXTENSION"_s;
    session.isExtension = true;
    session.dialNumber = extension;
    session.deviceId = extension;
    session.location =
            m_service.dialPlan().canonical(extension).value_or(CcDialPlan::locationKey(extension));
    session.roles = {u"agent"_s};
    session.subStatus = state;
    session.auxCodeId = state == kAvailable ? kAvailableCodeId : auxCodeId;
    session.loginTimestamp = now;
    session.lastStateChangeTimestamp = now;
    session.lastIdleCodeChangeTimestamp = now;
    session.changedBy = u"self"_s;
    session.changedById = agent.id;
    session.changedByName = agent.name;
    agent.session = session;
    agent.loggedIn = true;
}

QJsonObject CcRoster::userJson(const CcAgent &agent) const
{
    const CcDesktopProfile *profile = m_service.profiles().forAgent(agent.id);
    UserRecord record;
    const auto found = m_records.constFind(agent.id);
    if (found != m_records.constEnd()) {
        record = found.value();
    } else {
        const auto [first, last] = splitName(agent.name);
        record = UserRecord{first, last, profile ? profile->teamIds : QStringList()};
    }
    const QString siteId = record.teamIds.isEmpty() ? QString()
                                                    : m_service.profiles()
                                                              .team(record.teamIds.first())
                                                              .value(u"siteId"_s)
                                                              .toString();
    return QJsonObject{
            {u"id"_s, agent.id},
            {u"ciUserId"_s, agent.ciUserId},
            {u"email"_s, agent.email},
            {u"firstName"_s, record.firstName},
            {u"lastName"_s, record.lastName},
            {u"teamIds"_s, QJsonArray::fromStringList(record.teamIds)},
            {u"contactCenterEnabled"_s, true},
            {u"agentProfileId"_s, profile ? profile->agentProfileId : defaultProfileId()},
            {u"siteId"_s, siteId},
            {u"active"_s, true},
    };
}

QJsonArray CcRoster::users() const
{
    QJsonArray users;
    for (const CcAgent *agent : m_service.agents().all()) {
        users.append(userJson(*agent));
    }
    for (const PlainUser &user : m_plainUsers) {
        users.append(QJsonObject{
                {u"id"_s, user.id},
                {u"ciUserId"_s, user.ciUserId},
                {u"email"_s, user.email},
                {u"firstName"_s, user.record.firstName},
                {u"lastName"_s, user.record.lastName},
                {u"teamIds"_s, QJsonArray{}},
                {u"contactCenterEnabled"_s, false},
                {u"siteId"_s, QString()},
                {u"active"_s, true},
        });
    }
    return users;
}

SimResponse CcRoster::listUsers(const SimRequest &request, const QString &trackingId) const
{
    if (auto refused = m_service.checkOrg(request, trackingId)) {
        return *refused;
    }
    static const QStringList fields{u"id"_s,        u"ciUserId"_s,       u"email"_s,
                                    u"firstName"_s, u"lastName"_s,       u"contactCenterEnabled"_s,
                                    u"active"_s,    u"agentProfileId"_s, u"teamId"_s};
    return m_service.pagedList(request, users(), fields, trackingId, {{u"teamId"_s, u"teamIds"_s}});
}

SimResponse CcRoster::listQueues(const SimRequest &request, const QString &trackingId) const
{
    if (auto refused = m_service.checkOrg(request, trackingId)) {
        return *refused;
    }
    static const QStringList fields{u"id"_s, u"name"_s, u"channelType"_s, u"active"_s,
                                    u"queueType"_s};
    return m_service.pagedList(request, m_queues, fields, trackingId);
}

// --- the buddy list --------------------------------------------------------------------------

bool CcRoster::isKnownProfile(const QString &agentProfileId) const
{
    if (agentProfileId == defaultProfileId()) {
        return true;
    }
    for (const CcAgent *agent : m_service.agents().all()) {
        const CcDesktopProfile *profile = m_service.profiles().forAgent(agent->id);
        if (profile && profile->agentProfileId == agentProfileId) {
            return true;
        }
    }
    return false;
}

SimResponse CcRoster::buddyList(const SimRequest &request, CcAgent &agent,
                                const QString &trackingId)
{
    const auto bad = [&trackingId](const QString &description) {
        return ContactCenterService::error(400, trackingId, description);
    };
    const std::optional<QJsonObject> parsed = request.jsonObjectBody();
    if (!parsed) {
        return bad(u"The request body must be a JSON object."_s);
    }
    const QJsonObject &body = *parsed;
    const QJsonValue profileId = body.value(u"agentProfileId"_s);
    if (!profileId.isString() || profileId.toString().isEmpty() ||
        profileId.toString().size() > kMaxId) {
        return bad(u"agentProfileId is required: a string of 1 to %1 characters."_s.arg(kMaxId));
    }
    static const QStringList mediaTypes{kTelephony, u"chat"_s, u"email"_s, u"social"_s};
    const QJsonValue mediaType = body.value(u"mediaType"_s);
    if (!mediaTypes.contains(mediaType.toString())) {
        return bad(u"mediaType is required: telephony, chat, email or social."_s);
    }
    const QJsonValue state = body.value(u"state"_s);
    if (!state.isUndefined() && !state.isNull() && state.toString() != kAvailable &&
        state.toString() != kIdle) {
        return bad(u"state, when given, must be Available or Idle."_s);
    }
    const QString agentId = agent.id;
    const QString profile = profileId.toString();
    const QString media = mediaType.toString();
    const QString wantedState = state.toString();
    return m_service.notifier().acceptCommand(
            trackingId, [this, agentId, profile, media, wantedState, trackingId] {
                completeBuddyList(agentId, profile, media, wantedState, trackingId);
            });
}

void CcRoster::completeBuddyList(const QString &agentId, const QString &agentProfileId,
                                 const QString &mediaType, const QString &state,
                                 const QString &trackingId)
{
    const CcAgent *agent = m_service.agents().byId(agentId);
    if (!agent) {
        return;
    }
    CcEvent event;
    if (!agent->loggedIn) {
        event = CcAgentEvents::buddyAgentsFailed(u"AGENT_NOT_LOGGED_IN"_s);
    } else if (!isKnownProfile(agentProfileId)) {
        event = CcAgentEvents::buddyAgentsFailed(u"AGENT_PROFILE_NOT_FOUND"_s);
    } else {
        QList<const CcAgent *> buddies;
        for (const CcAgent *other : m_service.agents().all()) {
            // Only agents who could take this media: a voice device for telephony.
            if (other == agent || !other->loggedIn ||
                (mediaType == kTelephony && other->session.deviceType.isEmpty()) ||
                (!state.isEmpty() && other->session.subStatus != state)) {
                continue;
            }
            buddies.append(other);
        }
        event = CcAgentEvents::buddyAgents(*agent, buddies);
    }
    m_service.notifier().publish(agentId, event.category, event.name, event.data, trackingId);
}

} // namespace AgentDesk::Sim
