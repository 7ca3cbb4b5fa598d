// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactcenterservice.h"

#include "ccagentsessions.h"
#include "ccdesktopprofiles.h"
#include "ccdialplan.h"
#include "ccnotifier.h"
#include "ccroster.h"
#include "ccrsqlfilter.h"
#include "cctasks.h"
#include "scenario.h"
#include "tokenissuer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>
#include <QUuid>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace AgentDesk::Sim {

// Limits from the CC OpenAPI request schemas.
static constexpr int kMaxClientType = 20;
static constexpr int kDefaultPageSize = 100;
static constexpr int kMaxPageSize = 1000;

static QString reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return u"Bad Request"_s;
    case 401:
        return u"Unauthorized"_s;
    case 403:
        return u"Forbidden"_s;
    case 404:
        return u"Not Found"_s;
    case 409:
        return u"Conflict"_s;
    default:
        return u"Error"_s;
    }
}

SimResponse ContactCenterService::error(int status, const QString &trackingId,
                                        const QString &description)
{
    // The CC OpenAPI examples carry the key as a string ("key": "401").
    const QJsonObject body{
            {u"trackingId"_s, trackingId},
            {u"error"_s, QJsonObject{{u"key"_s, QString::number(status)},
                                     {u"reason"_s, reasonPhrase(status)},
                                     {u"message"_s,
                                      QJsonArray{QJsonObject{{u"description"_s, description}}}}}}};
    return SimResponse::json(status, body).withHeader("TrackingID", trackingId.toLatin1());
}

static SimResponse controlError(int status, const QString &message)
{
    return SimResponse::json(status, QJsonObject{{u"error"_s, message}});
}

// Scenario codes ({id, name, description?, defaultCode?, active?, isSystemCode?}) in the wire
// shape of GET /organization/{orgId}/v2/auxiliary-code.
static void appendCodes(QJsonArray &codes, const QJsonArray &listed, const QString &workTypeCode)
{
    for (const QJsonValue &value : listed) {
        const QJsonObject code = value.toObject();
        codes.append(QJsonObject{
                {u"id"_s, code.value(u"id"_s).toString()},
                {u"name"_s, code.value(u"name"_s).toString()},
                {u"active"_s, code.value(u"active"_s).toBool(true)},
                {u"defaultCode"_s, code.value(u"defaultCode"_s).toBool(false)},
                {u"isSystemCode"_s, code.value(u"isSystemCode"_s).toBool(false)},
                {u"description"_s, code.value(u"description"_s).toString()},
                {u"workTypeCode"_s, workTypeCode},
        });
    }
}

ContactCenterService::ContactCenterService(SimContext &context)
    : SimService(context)
    , m_agents(*context.scenario)
    , m_notifier(std::make_unique<CcNotifier>())
{
    const QJsonObject section = context.scenario->section(u"contactCenter"_s);
    m_notifier->setKeepaliveTimeout(section.value(u"keepaliveTimeoutMs"_s).toInt(16000));
    m_notifier->setEventDelay(section.value(u"eventDelayMs"_s).toInt(50));
    m_orgId = context.scenario->section(u"tenant"_s).value(u"orgId"_s).toString();
    m_notifier->setOrgId(m_orgId);
    appendCodes(m_auxiliaryCodes, section.value(u"idleCodes"_s).toArray(), u"IDLE_CODE"_s);
    appendCodes(m_auxiliaryCodes, section.value(u"wrapUpCodes"_s).toArray(), u"WRAP_UP_CODE"_s);
    m_dialPlan = std::make_unique<CcDialPlan>(section.value(u"dialPlan"_s).toArray());
    m_profiles = std::make_unique<CcDesktopProfiles>(*context.scenario, m_agents, m_auxiliaryCodes);
    m_sessions = std::make_unique<CcAgentSessions>(*this, context);
    m_tasks = std::make_unique<CcTasks>(*this, context);
    m_roster = std::make_unique<CcRoster>(*this, context);
}

ContactCenterService::~ContactCenterService() = default;

void ContactCenterService::registerRoutes(SimRouter &router)
{
    router.post(u"/v1/notification/subscribe"_s,
                authorized([this](const SimRequest &r, CcAgent &agent, const QString &t) {
                    return subscribe(r, agent, t);
                }));
    router.webSocket(u"/v1/notification/subscription/(?<id>[^/]+)"_s,
                     [this](std::unique_ptr<QWebSocket> socket, const QRegularExpressionMatch &m) {
                         m_notifier->attach(m.captured(u"id"_s), std::move(socket));
                     });
    m_sessions->registerRoutes(router);
    m_tasks->registerRoutes(router);
    m_roster->registerRoutes(router);
    router.get(u"/organization/(?<orgId>[^/]+)/v2/auxiliary-code"_s,
               authorized([this](const SimRequest &r, CcAgent &, const QString &t) {
                   return listAuxiliaryCodes(r, t);
               }));
    router.get(u"/organization/(?<orgId>[^/]+)/v2/team"_s,
               authorized([this](const SimRequest &r, CcAgent &, const QString &t) {
                   return listTeams(r, t);
               }));
    router.get(u"/organization/(?<orgId>[^/]+)/dial-plan"_s,
               authorized([this](const SimRequest &r, CcAgent &, const QString &t) {
                   return listDialPlan(r, t);
               }));
    router.get(u"/organization/(?<orgId>[^/]+)/v2/user/by-ci-user-id/(?<ciUserId>[^/]+)/"
               "desktop-login"_s,
               authorized([this](const SimRequest &r, CcAgent &, const QString &t) {
                   return desktopLogin(r, t);
               }));

    router.get(u"/_sim/cc/agents"_s, [this](const SimRequest &) { return listAgents(); });
    router.post(u"/_sim/cc/events"_s, [this](const SimRequest &r) { return pushEvent(r); });
    router.post(u"/_sim/cc/drop-sockets"_s, [this](const SimRequest &r) { return dropSockets(r); });
}

SimRouter::Handler ContactCenterService::authorized(AgentHandler handler)
{
    return [this, handler = std::move(handler)](const SimRequest &request) {
        // Echo the client's TrackingID so both sides log the same id; else make one.
        QString trackingId = QString::fromLatin1(request.header("TrackingID"));
        if (trackingId.isEmpty()) {
            trackingId = CcNotifier::newTrackingId();
        }
        SimResponse response;
        const QString token = request.bearerToken();
        const std::optional<TokenIssuer::Grant> grant =
                token.isEmpty() || request.forceTokenExpired
                        ? std::nullopt
                        : m_context.tokens->validate(token, Audience::ContactCenter);
        if (token.isEmpty()) {
            response = error(401, trackingId, u"Missing Bearer token in Authorization header."_s);
        } else if (!grant) {
            response = error(401, trackingId,
                             u"The access token is invalid, expired or not for this service."_s);
        } else {
            response = handler(request, m_agents.forEmail(grant->user), trackingId);
        }
        if (response.header("TrackingID").isEmpty()) {
            response.withHeader("TrackingID", trackingId.toLatin1());
        }
        return response;
    };
}

SimResponse ContactCenterService::subscribe(const SimRequest &request, CcAgent &agent,
                                            const QString &trackingId)
{
    const std::optional<QJsonObject> parsed = request.jsonObjectBody();
    if (!parsed) {
        return error(400, trackingId, u"The request body must be a JSON object."_s);
    }
    const QJsonObject &body = *parsed;
    CcNotifier::Options options;
    const auto flag = [&body](const QString &name, bool *target) {
        const QJsonValue value = body.value(name);
        if (value.isUndefined()) {
            return true;
        }
        *target = value.toBool();
        return value.isBool();
    };
    for (const auto &[name, target] : {std::pair{u"force"_s, &options.force},
                                       std::pair{u"isKeepAliveEnabled"_s, &options.keepAlive},
                                       std::pair{u"allowMultiLogin"_s, &options.allowMultiLogin}}) {
        if (!flag(name, target)) {
            return error(400, trackingId, QString(name + u" must be a boolean."_s));
        }
    }
    const QJsonValue clientType = body.value(u"clientType"_s);
    if (!clientType.isUndefined()) {
        if (!clientType.isString() || clientType.toString().isEmpty() ||
            clientType.toString().size() > kMaxClientType) {
            return error(
                    400, trackingId,
                    u"clientType must be a string of 1 to %1 characters."_s.arg(kMaxClientType));
        }
        options.clientType = clientType.toString();
    }

    options.ownerKey = CcNotifier::ownerKey(request.bearerToken());
    const QString id = m_notifier->subscribe(agent.id, options);
    QUrl socketUrl = m_context.baseUrl;
    socketUrl.setScheme(u"ws"_s);
    socketUrl.setPath(QString(u"/v1/notification/subscription/"_s + id));
    return SimResponse::json(
            200, QJsonObject{{u"webSocketUrl"_s, socketUrl.toString()}, {u"subscriptionId"_s, id}});
}

std::optional<SimResponse> ContactCenterService::checkOrg(const SimRequest &request,
                                                          const QString &trackingId) const
{
    if (request.capture(u"orgId"_s) != m_orgId) {
        return error(403, trackingId, u"The caller does not belong to this organization."_s);
    }
    return std::nullopt;
}

SimResponse ContactCenterService::listAuxiliaryCodes(const SimRequest &request,
                                                     const QString &trackingId) const
{
    if (auto refused = checkOrg(request, trackingId)) {
        return *refused;
    }
    static const QStringList fields{u"id"_s,          u"name"_s,         u"active"_s,
                                    u"defaultCode"_s, u"isSystemCode"_s, u"description"_s,
                                    u"workTypeCode"_s};
    return pagedList(request, m_auxiliaryCodes, fields, trackingId);
}

SimResponse ContactCenterService::listTeams(const SimRequest &request,
                                            const QString &trackingId) const
{
    if (auto refused = checkOrg(request, trackingId)) {
        return *refused;
    }
    // The SDK asks for the agent's teams with filter=userId=={id} (unquoted).
    static const QStringList fields{u"id"_s,         u"name"_s,   u"active"_s, u"teamType"_s,
                                    u"teamStatus"_s, u"siteId"_s, u"userId"_s};
    return pagedList(request, m_profiles->teams(), fields, trackingId,
                     {{u"userId"_s, u"userIds"_s}});
}

SimResponse ContactCenterService::listDialPlan(const SimRequest &request,
                                               const QString &trackingId) const
{
    if (auto refused = checkOrg(request, trackingId)) {
        return *refused;
    }
    static const QStringList fields{u"id"_s, u"name"_s, u"active"_s};
    return pagedList(request, m_dialPlan->entries(), fields, trackingId);
}

// GET /organization/{orgId}/v2/user/by-ci-user-id/{ciUserId}/desktop-login
// The real endpoint is internal (SERVICES-REFERENCE.md §1.6); API-CONTRACT.md defines this shape
// as our own, so this comment is its reference. {ciUserId} is the Common Identity UUID, i.e.
// people/me's id decoded (base64 "ciscospark://us/PEOPLE/<uuid>"). Any contact-center token of
// the organization may read any of its agents' profiles. 403 for another orgId, 404 for a user
// who is not an agent with a profile, 401 without a valid token. 200 body:
//   agentId          string   the id Welcome and the events carry (the team filter's userId)
//   ciUserId, orgId, email, displayName   strings
//   agentProfileId   string   the profile's id, what POST /v1/agents/buddyList names
//   loginVoiceOptions [string] subset of AGENT_DN, EXTENSION, BROWSER; [] = digital-only (log in
//                              without deviceType, see CcAgentSessions)
//   defaultDialNumber string   E.164 or "" when none
//   restrictToDefaultDialNumber bool  only the default number is accepted for AGENT_DN
//   allowFreeDialNumber / allowFreeExtension  bool  false = only dialNumbers / extensions
//                              (plus the default number) are accepted
//   defaultRegion    string   ISO 3166 region for numbers typed without a country code
//   dialNumbers, extensions [string]  pre-validated by the administrator
//   teams            [{id, name}]
//   idleCodes, wrapUpCodes [{id, name, isDefault}]  ids of GET /v2/auxiliary-code; exactly one
//                              isDefault when the list is not empty; system codes (RONA) never
//                              appear here, though state events may carry them
//   autoWrapUp, autoWrapAfterSeconds  bool, int: the desktop saves the wrap-up on its own with
//                              the default code after that many seconds (SDK field names)
//   outdialEntryPointId string  the entry point of click-to-call (POST /v1/tasks), "" = none
//   microsoftTeams   {enabled, ssoEnabled, showUserDetails, stateSynchronization,
//                     idleCodeMapping: {DoNotDisturb?, InACall?, Presenting?: auxCodeId},
//                     loginInheritance: none | applyAtLogin | alwaysOverride}, all keys always
SimResponse ContactCenterService::desktopLogin(const SimRequest &request,
                                               const QString &trackingId) const
{
    if (auto refused = checkOrg(request, trackingId)) {
        return *refused;
    }
    const QString ciUserId = request.capture(u"ciUserId"_s);
    const CcAgent *agent = m_agents.byCiUserId(ciUserId);
    const CcDesktopProfile *profile = agent ? m_profiles->forAgent(agent->id) : nullptr;
    if (!profile) {
        return error(404, trackingId,
                     QUuid::fromString(ciUserId).isNull()
                             ? u"No user with this ciUserId; it is the Common Identity UUID "
                               "(people/me's id, base64-decoded, after PEOPLE/)."_s
                             : u"No contact-center agent with this ciUserId."_s);
    }
    return SimResponse::json(200, m_profiles->toWire(*agent, *profile, m_orgId));
}

SimResponse ContactCenterService::pagedList(const SimRequest &request, const QJsonArray &items,
                                            const QStringList &filterFields,
                                            const QString &trackingId,
                                            const QHash<QString, QString> &arrayFields) const
{
    const auto number = [&request](const QString &name, int fallback, bool *ok) {
        const QString text = request.query.queryItemValue(name);
        *ok = true;
        return text.isEmpty() ? fallback : text.toInt(ok);
    };
    bool pageOk = false;
    bool sizeOk = false;
    const int page = number(u"page"_s, 0, &pageOk);
    const int pageSize = number(u"pageSize"_s, kDefaultPageSize, &sizeOk);
    if (!pageOk || page < 0) {
        return error(400, trackingId, u"page must be a number from 0."_s);
    }
    if (!sizeOk || pageSize < 1 || pageSize > kMaxPageSize) {
        return error(400, trackingId,
                     u"pageSize must be a number from 1 to %1."_s.arg(kMaxPageSize));
    }
    QString filterError;
    std::optional<CcRsqlFilter> filter =
            CcRsqlFilter::parse(request.query.queryItemValue(u"filter"_s, QUrl::FullyDecoded),
                                filterFields, &filterError);
    if (!filter) {
        return error(400, trackingId, filterError);
    }
    for (auto it = arrayFields.cbegin(); it != arrayFields.cend(); ++it) {
        filter->matchInArray(it.key(), it.value());
    }
    const QJsonArray matching = filter->apply(items);
    const QStringList attributes =
            request.query.queryItemValue(u"attributes"_s).split(u',', Qt::SkipEmptyParts);

    QJsonArray data;
    const qsizetype first = qsizetype(page) * pageSize;
    for (qsizetype i = first; i < matching.size() && i < first + pageSize; ++i) {
        QJsonObject item = matching.at(i).toObject();
        if (!attributes.isEmpty()) {
            QJsonObject picked{{u"id"_s, item.value(u"id"_s)}};
            for (const QString &attribute : attributes) {
                if (item.contains(attribute)) {
                    picked.insert(attribute, item.value(attribute));
                }
            }
            item = picked;
        }
        data.append(item);
    }

    const int totalRecords = int(matching.size());
    const int totalPages = (totalRecords + pageSize - 1) / pageSize;
    const auto link = [&request, pageSize](int target) {
        QUrlQuery query = request.query;
        query.removeAllQueryItems(u"page"_s);
        query.removeAllQueryItems(u"pageSize"_s);
        query.addQueryItem(u"page"_s, QString::number(target));
        query.addQueryItem(u"pageSize"_s, QString::number(pageSize));
        return QString(request.path + u'?' + query.toString(QUrl::FullyEncoded));
    };
    QJsonObject links{{u"self"_s, link(page)},
                      {u"first"_s, link(0)},
                      {u"last"_s, link(qMax(0, totalPages - 1))}};
    if (page + 1 < totalPages) {
        links.insert(u"next"_s, link(page + 1));
    }
    if (page > 0 && page - 1 < totalPages) {
        links.insert(u"prev"_s, link(page - 1));
    }
    const QJsonObject meta{{u"orgid"_s, m_orgId},
                           {u"page"_s, page},
                           {u"pageSize"_s, pageSize},
                           {u"totalPages"_s, totalPages},
                           {u"totalRecords"_s, totalRecords},
                           {u"links"_s, links}};
    return SimResponse::json(200, QJsonObject{{u"data"_s, data}, {u"meta"_s, meta}});
}

SimResponse ContactCenterService::listAgents() const
{
    QJsonArray agents;
    for (const QJsonValue &value : m_agents.toJson()) {
        QJsonObject agent = value.toObject();
        const QString agentId = agent.value(u"agentId"_s).toString();
        agent.insert(u"sockets"_s, m_notifier->socketCount(agentId));
        // The agent's call (CcTasks::agentTaskJson), null without one.
        const QJsonObject task = m_tasks->agentTaskJson(agentId);
        agent.insert(u"task"_s, task.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(task));
        agents.append(agent);
    }
    return SimResponse::json(200, QJsonObject{{u"agents"_s, agents}});
}

SimResponse ContactCenterService::pushEvent(const SimRequest &request)
{
    const QJsonObject body = request.jsonBody();
    const QString category = body.value(u"category"_s).toString();
    const QJsonValue dataValue = body.value(u"data"_s);
    if (category.isEmpty() || !(dataValue.isUndefined() || dataValue.isObject())) {
        return controlError(400, u"expected {\"agentId\"|\"email\", \"category\", \"data\": {}}"_s);
    }
    const CcAgent *agent = body.contains(u"agentId"_s)
                                   ? m_agents.byId(body.value(u"agentId"_s).toString())
                                   : m_agents.byEmail(body.value(u"email"_s).toString());
    if (!agent) {
        return controlError(404, u"no such agent"_s);
    }
    const QJsonObject data = dataValue.toObject();
    const QString eventName = data.value(u"type"_s).toString(category);
    const QString trackingId = data.value(u"trackingId"_s).toString(CcNotifier::newTrackingId());
    const int delivered = m_notifier->publish(agent->id, category, eventName, data, trackingId);
    return SimResponse::json(200, QJsonObject{{u"agentId"_s, agent->id},
                                              {u"delivered"_s, delivered},
                                              {u"trackingId"_s, trackingId}});
}

SimResponse ContactCenterService::dropSockets(const SimRequest &request)
{
    const QJsonObject body = request.jsonBody();
    QString agentId;
    if (body.contains(u"agentId"_s) || body.contains(u"email"_s)) {
        const CcAgent *agent = body.contains(u"agentId"_s)
                                       ? m_agents.byId(body.value(u"agentId"_s).toString())
                                       : m_agents.byEmail(body.value(u"email"_s).toString());
        if (!agent) {
            return controlError(404, u"no such agent"_s);
        }
        agentId = agent->id;
    }
    return SimResponse::json(200, QJsonObject{{u"dropped"_s, m_notifier->dropSockets(agentId)}});
}

} // namespace AgentDesk::Sim
