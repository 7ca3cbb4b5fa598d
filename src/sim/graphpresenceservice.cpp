// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphpresenceservice.h"

#include "graphcall.h"
#include "scenario.h"
#include "simdirectory.h"
#include "simrouter.h"

#include <QLoggingCategory>
#include <QSet>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcSimGraph)

namespace AgentDesk::Sim {

static int presenceSetting(const SimContext &context, const QString &key, int fallback)
{
    const QJsonObject graph = context.scenario->section(u"graph"_s);
    if (key == u"presenceBatchLimit"_s) {
        return graph.value(key).toInt(fallback);
    }
    return graph.value(u"presenceRateLimit"_s).toObject().value(key).toInt(fallback);
}

GraphPresenceService::GraphPresenceService(SimContext &context, SimDirectory &directory)
    : SimService(context)
    , m_directory(directory)
    , m_batchLimit(presenceSetting(context, u"presenceBatchLimit"_s, 650))
    , m_limiter(presenceSetting(context, u"requests"_s, 1500),
                qint64(presenceSetting(context, u"windowSeconds"_s, 30)) * 1000)
{}

void GraphPresenceService::registerRoutes(SimRouter &router)
{
    const auto graph = [this](GraphCall::Handler handler) {
        return GraphCall::wrap(m_context, std::move(handler));
    };
    router.post(u"/v1\\.0/communications/getPresencesByUserId"_s,
                graph([this](const SimRequest &r, const GraphCall &call) {
                    return presencesByUserId(r, call);
                }));
    router.get(u"/v1\\.0/me/presence"_s, graph([this](const SimRequest &, const GraphCall &call) {
                   return singlePresence(call, m_directory.findByEmail(call.grant().user),
                                         call.grant().user);
               }));
    const auto byId = graph([this](const SimRequest &r, const GraphCall &call) {
        const QString id = r.capture(u"id"_s);
        return singlePresence(call, m_directory.find(id), id);
    });
    router.get(u"/v1\\.0/users/(?<id>[^/]+)/presence"_s, byId);
    router.get(u"/v1\\.0/communications/presences/(?<id>[^/]+)"_s, byId);
    router.post(u"/_sim/presence"_s, [this](const SimRequest &r) { return setPresence(r); });
}

std::optional<SimResponse> GraphPresenceService::throttle(const GraphCall &call)
{
    const qint64 waitMs = m_limiter.tryAcquire(call.now().toMSecsSinceEpoch());
    if (waitMs == 0) {
        return std::nullopt;
    }
    const qint64 seconds = qMax<qint64>(1, (waitMs + 999) / 1000);
    qCInfo(lcSimGraph) << "presence throttled; Retry-After" << seconds;
    // The body of Graph's throttling answer (learn.microsoft.com/graph/throttling).
    return call.error(429, u"TooManyRequests"_s, u"Please retry again later."_s)
            .withHeader("Retry-After", QByteArray::number(seconds));
}

QJsonObject GraphPresenceService::presenceJson(const SimUser &user)
{
    return {{u"@odata.type"_s, u"#microsoft.graph.presence"_s},
            {u"id"_s, user.id},
            {u"availability"_s, user.availability()},
            {u"activity"_s, user.activity()}};
}

SimResponse GraphPresenceService::presencesByUserId(const SimRequest &request,
                                                    const GraphCall &call)
{
    if (auto throttled = throttle(call)) {
        return *throttled;
    }
    const QJsonValue ids = request.jsonBody().value(u"ids"_s);
    if (!ids.isArray() || ids.toArray().isEmpty()) {
        return call.error(400, u"BadRequest"_s,
                          u"The request body must be {\"ids\": [...]} with at least one id."_s);
    }
    const QJsonArray list = ids.toArray();
    if (list.size() > m_batchLimit) {
        // Graph documents the limit (cloudcommunications-getpresencesbyuserid: "maximum of 650
        // users per API request") but not the wording of its 400.
        return call.error(
                400, u"BadRequest"_s,
                u"The number of ids (%1) exceeds the limit of %2 per request."_s.arg(list.size())
                        .arg(m_batchLimit));
    }
    QJsonArray value;
    QSet<QString> seen;
    for (const QJsonValue &id : list) {
        if (!id.isString()) {
            return call.error(400, u"BadRequest"_s, u"Every id must be a string."_s);
        }
        const QString key = id.toString();
        if (seen.contains(key)) {
            continue;
        }
        seen.insert(key);
        const SimUser *user = m_directory.find(key);
        if (user && user->id == key) {
            value.append(presenceJson(*user));
        }
    }
    return SimResponse::json(
            200, QJsonObject{{u"@odata.context"_s,
                              QString(m_context.baseUrl.toString(QUrl::StripTrailingSlash) +
                                      u"/v1.0/$metadata#Collection(microsoft.graph.presence)"_s)},
                             {u"value"_s, value}});
}

SimResponse GraphPresenceService::singlePresence(const GraphCall &call, const SimUser *user,
                                                 const QString &key)
{
    if (auto throttled = throttle(call)) {
        return *throttled;
    }
    if (!user) {
        return call.error(404, u"Request_ResourceNotFound"_s,
                          u"Resource '%1' does not exist or one of its queried reference-property "
                          "objects are not present."_s.arg(key));
    }
    QJsonObject object = presenceJson(*user);
    object.insert(u"@odata.context"_s,
                  QString(m_context.baseUrl.toString(QUrl::StripTrailingSlash) +
                          u"/v1.0/$metadata#users('"_s + user->id + u"')/presence/$entity"_s));
    return SimResponse::json(200, object);
}

SimResponse GraphPresenceService::setPresence(const SimRequest &request)
{
    const QJsonObject body = request.jsonBody();
    const QString id = body.value(u"id"_s).toString();
    const QString email = body.value(u"email"_s).toString();
    const SimUser *user = !id.isEmpty() ? m_directory.find(id) : m_directory.findByEmail(email);
    if (!user) {
        return SimResponse::json(404, QJsonObject{{u"error"_s, u"no such user"_s}});
    }
    const QString availability = body.value(u"availability"_s).toString();
    // Most availabilities are also an activity of the same name (Busy/Busy, Away/Away...).
    const QString activity = body.value(u"activity"_s).toString(availability);
    const QString userId = user->id;
    if (!m_directory.setPresence(userId, availability, activity)) {
        return SimResponse::json(
                400, QJsonObject{{u"error"_s, u"unknown availability or activity; expected "
                                              "Graph's values, e.g. Busy and InACall"_s}});
    }
    qCInfo(lcSimGraph) << "presence of" << userId << "set to" << availability << activity;
    return SimResponse::json(200, presenceJson(*m_directory.find(userId)));
}

} // namespace AgentDesk::Sim
