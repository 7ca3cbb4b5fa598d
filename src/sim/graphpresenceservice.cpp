// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphpresenceservice.h"

#include "graphcall.h"
#include "scenario.h"
#include "simdirectory.h"
#include "simrouter.h"

#include <core/clock.h>

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>
#include <optional>

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

namespace {

// The pairs setPresence accepts (presence-setpresence.md), in Graph's spelling.
constexpr std::array<std::pair<QLatin1StringView, QLatin1StringView>, 4> SupportedPairs{{
        {"Available"_L1, "Available"_L1},
        {"Busy"_L1, "InACall"_L1},
        {"Busy"_L1, "InAConferenceCall"_L1},
        {"Away"_L1, "Away"_L1},
}};
constexpr qint64 MinExpirationSeconds = 5 * 60;
constexpr qint64 MaxExpirationSeconds = 4 * 60 * 60;

// Among app sessions: DoNotDisturb > Busy > Available > Away (-1: not an app availability).
int appRank(const QString &availability)
{
    static const QStringList order{u"Away"_s, u"Available"_s, u"Busy"_s, u"DoNotDisturb"_s};
    for (qsizetype i = 0; i < order.size(); ++i) {
        if (availability.compare(order.at(i), Qt::CaseInsensitive) == 0) {
            return int(i);
        }
    }
    return -1;
}

bool sameName(const QString &a, QLatin1StringView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// An xs:duration as Graph takes it (PT5M, PT1H30M, PT300S, P0DT4H); nothing when unreadable or
// when it has years or months, whose length in seconds is not fixed.
std::optional<qint64> durationSeconds(const QString &text)
{
    static const QRegularExpression pattern(
            QRegularExpression::anchoredPattern(u"P(?:(?<d>\\d+)D)?"
                                                u"(?:T(?:(?<h>\\d+)H)?(?:(?<m>\\d+)M)?"
                                                u"(?:(?<s>\\d+(?:\\.\\d+)?)S)?)?"_s));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch() || text.trimmed() == u"P"_s || text.trimmed().endsWith(u'T')) {
        return std::nullopt;
    }
    const auto part = [&match](const QString &name) {
        return match.captured(name).isEmpty() ? 0.0 : match.captured(name).toDouble();
    };
    const double seconds =
            part(u"d"_s) * 86400 + part(u"h"_s) * 3600 + part(u"m"_s) * 60 + part(u"s"_s);
    return qint64(seconds);
}

} // namespace

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
    router.post(u"/v1\\.0/users/(?<id>[^/]+)/presence/setPresence"_s,
                graph([this](const SimRequest &r, const GraphCall &call) {
                    return setAppPresence(r, call);
                }));
    router.post(u"/v1\\.0/users/(?<id>[^/]+)/presence/clearPresence"_s,
                graph([this](const SimRequest &r, const GraphCall &call) {
                    return clearAppPresence(r, call);
                }));
    router.post(u"/_sim/presence"_s, [this](const SimRequest &r) { return setPresence(r); });
    router.get(u"/_sim/presence/(?<id>[^/]+)/sessions"_s,
               [this](const SimRequest &r) { return sessionsView(r); });
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

const std::vector<GraphPresenceService::AppSession> &
GraphPresenceService::sessionsOf(const QString &userId, const QDateTime &now)
{
    static const std::vector<AppSession> none;
    const auto it = m_sessions.find(userId);
    if (it == m_sessions.end()) {
        return none;
    }
    std::erase_if(*it, [&now](const AppSession &session) { return session.expiresAt <= now; });
    if (it->empty()) {
        m_sessions.erase(it);
        return none;
    }
    return *it;
}

std::pair<QString, QString> GraphPresenceService::shownPresence(const SimUser &user,
                                                                const QDateTime &now)
{
    std::pair<QString, QString> own{user.availability(), user.activity()};
    const std::vector<AppSession> &sessions = sessionsOf(user.id, now);
    if (sessions.empty()) {
        return own;
    }
    const bool ownAvailable =
            sameName(own.first, "Available"_L1) || sameName(own.first, "AvailableIdle"_L1);
    const bool ownAbsent =
            sameName(own.first, "Offline"_L1) || sameName(own.first, "PresenceUnknown"_L1);
    if (!ownAvailable && !ownAbsent) {
        return own; // user-configured > app
    }
    const AppSession *best = nullptr;
    for (const AppSession &session : sessions) {
        const int rank = appRank(session.availability);
        if (!best || rank > appRank(best->availability) ||
            (rank == appRank(best->availability) && session.setAt >= best->setAt)) {
            best = &session;
        }
    }
    if (ownAvailable && appRank(best->availability) <= appRank(u"Available"_s)) {
        return own;
    }
    return {best->availability, best->activity};
}

QJsonObject GraphPresenceService::presenceJson(const SimUser &user, const QDateTime &now)
{
    const auto [availability, activity] = shownPresence(user, now);
    return {{u"@odata.type"_s, u"#microsoft.graph.presence"_s},
            {u"id"_s, user.id},
            {u"availability"_s, availability},
            {u"activity"_s, activity}};
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
            value.append(presenceJson(*user, call.now()));
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
    QJsonObject object = presenceJson(*user, call.now());
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
    return SimResponse::json(200, presenceJson(*m_directory.find(userId), m_context.clock->now()));
}

std::variant<const SimUser *, SimResponse>
GraphPresenceService::writableUser(const SimRequest &request, const GraphCall &call) const
{
    const QString key = request.capture(u"id"_s);
    const SimUser *user = m_directory.find(key);
    if (!user) {
        return call.error(404, u"Request_ResourceNotFound"_s,
                          u"Resource '%1' does not exist or one of its queried reference-property "
                          "objects are not present."_s.arg(key));
    }
    // A delegated Presence.ReadWrite token writes its own user's presence only.
    const SimUser *caller = m_directory.findByEmail(call.grant().user);
    if (!caller || caller->id != user->id) {
        return call.error(403, u"Forbidden"_s,
                          u"The caller may only set the presence of the signed-in user."_s);
    }
    return user;
}

SimResponse GraphPresenceService::setAppPresence(const SimRequest &request, const GraphCall &call)
{
    if (auto throttled = throttle(call)) {
        return *throttled;
    }
    const auto target = writableUser(request, call);
    if (const auto *refusal = std::get_if<SimResponse>(&target)) {
        return *refusal;
    }
    const SimUser &user = *std::get<const SimUser *>(target);
    const std::optional<QJsonObject> body = request.jsonObjectBody();
    if (!body) {
        return call.error(400, u"BadRequest"_s, u"The request body must be a JSON object."_s);
    }
    const QString sessionId = body->value(u"sessionId"_s).toString();
    if (sessionId.isEmpty()) {
        return call.error(400, u"BadRequest"_s, u"The sessionId property is required."_s);
    }
    if (sessionId != call.grant().clientId) {
        return call.error(400, u"BadRequest"_s,
                          u"The sessionId must be the application (client) id of the caller."_s);
    }
    const QString availability = body->value(u"availability"_s).toString();
    const QString activity = body->value(u"activity"_s).toString();
    const auto pair = std::find_if(SupportedPairs.cbegin(), SupportedPairs.cend(),
                                   [&](const auto &supported) {
                                       return sameName(availability, supported.first) &&
                                              sameName(activity, supported.second);
                                   });
    if (pair == SupportedPairs.cend()) {
        return call.error(400, u"BadRequest"_s,
                          u"The availability '%1' with the activity '%2' is not supported. "
                          "Supported: Available/Available, Busy/InACall, Busy/InAConferenceCall, "
                          "Away/Away."_s.arg(availability, activity));
    }
    qint64 seconds = MinExpirationSeconds;
    const QJsonValue expiration = body->value(u"expirationDuration"_s);
    if (!expiration.isUndefined() && !expiration.isNull()) {
        const std::optional<qint64> parsed = durationSeconds(expiration.toString());
        if (!expiration.isString() || !parsed) {
            return call.error(400, u"BadRequest"_s,
                              u"The expirationDuration must be an ISO 8601 duration, e.g. "
                              "PT5M."_s);
        }
        if (*parsed < MinExpirationSeconds || *parsed > MaxExpirationSeconds) {
            return call.error(400, u"BadRequest"_s,
                              u"The expirationDuration must be between PT5M and PT4H."_s);
        }
        seconds = *parsed;
    }
    std::vector<AppSession> &sessions = m_sessions[user.id];
    std::erase_if(sessions, [&sessionId](const AppSession &s) { return s.sessionId == sessionId; });
    sessions.push_back({sessionId, QString(pair->first), QString(pair->second), call.now(),
                        call.now().addSecs(seconds)});
    qCInfo(lcSimGraph) << "app presence of" << user.id << "set to" << pair->first << pair->second
                       << "for" << seconds << "s";
    return SimResponse::empty(200);
}

SimResponse GraphPresenceService::clearAppPresence(const SimRequest &request, const GraphCall &call)
{
    if (auto throttled = throttle(call)) {
        return *throttled;
    }
    const auto target = writableUser(request, call);
    if (const auto *refusal = std::get_if<SimResponse>(&target)) {
        return *refusal;
    }
    const SimUser &user = *std::get<const SimUser *>(target);
    const std::optional<QJsonObject> body = request.jsonObjectBody();
    if (!body) {
        return call.error(400, u"BadRequest"_s, u"The request body must be a JSON object."_s);
    }
    const QString sessionId = body->value(u"sessionId"_s).toString();
    if (sessionId.isEmpty()) {
        return call.error(400, u"BadRequest"_s, u"The sessionId property is required."_s);
    }
    if (sessionId != call.grant().clientId) {
        return call.error(400, u"BadRequest"_s,
                          u"The sessionId must be the application (client) id of the caller."_s);
    }
    const std::vector<AppSession> &current = sessionsOf(user.id, call.now());
    const bool known = std::any_of(current.cbegin(), current.cend(), [&sessionId](const auto &s) {
        return s.sessionId == sessionId;
    });
    if (!known) {
        return call.error(404, u"NotFound"_s,
                          u"No presence session '%1' exists for this user."_s.arg(sessionId));
    }
    std::vector<AppSession> &sessions = m_sessions[user.id];
    std::erase_if(sessions, [&sessionId](const AppSession &s) { return s.sessionId == sessionId; });
    if (sessions.empty()) {
        m_sessions.remove(user.id);
    }
    qCInfo(lcSimGraph) << "app presence of" << user.id << "cleared";
    return SimResponse::empty(200);
}

SimResponse GraphPresenceService::sessionsView(const SimRequest &request)
{
    const SimUser *user = m_directory.find(request.capture(u"id"_s));
    if (!user) {
        return SimResponse::json(404, QJsonObject{{u"error"_s, u"no such user"_s}});
    }
    const QDateTime now = m_context.clock->now();
    QJsonArray sessions;
    for (const AppSession &session : sessionsOf(user->id, now)) {
        sessions.append(QJsonObject{
                {u"sessionId"_s, session.sessionId},
                {u"availability"_s, session.availability},
                {u"activity"_s, session.activity},
                {u"expiresAt"_s, session.expiresAt.toUTC().toString(Qt::ISODateWithMs)}});
    }
    const auto [availability, activity] = shownPresence(*user, now);
    return SimResponse::json(
            200, QJsonObject{{u"own"_s, QJsonObject{{u"availability"_s, user->availability()},
                                                    {u"activity"_s, user->activity()}}},
                             {u"shown"_s, QJsonObject{{u"availability"_s, availability},
                                                      {u"activity"_s, activity}}},
                             {u"sessions"_s, sessions}});
}

} // namespace AgentDesk::Sim
