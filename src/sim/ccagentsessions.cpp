// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ccagentsessions.h"

#include "ccagentdirectory.h"
#include "ccagentevents.h"
#include "ccdesktopprofiles.h"
#include "ccdialplan.h"
#include "ccnotifier.h"
#include "cctasks.h"
#include "contactcenterservice.h"
#include "scenario.h"
#include "simrouter.h"
#include "simservice.h"

#include <core/clock.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace AgentDesk::Sim {

// Limits from the CC OpenAPI request schemas.
static constexpr int kMaxDialNumber = 43;
static constexpr int kMaxId = 36;
static constexpr int kMaxReason = 128;

// The SDK's pseudo idle-code id for Available (AGENT_STATE_AVAILABLE_ID).
static const QString kAvailableCodeId = u"0"_s;
static const QString kAvailable = u"Available"_s;
static const QString kIdle = u"Idle"_s;
static const QString kAgentDn = u"AGENT_DN"_s;
static const QString kExtension = u"EXTENSION"_s;
static const QString kBrowser = u"BROWSER"_s;

static SimResponse controlError(int status, const QString &message)
{
    return SimResponse::json(status, QJsonObject{{u"error"_s, message}});
}

static QString webRtcDeviceId(const QString &agentId)
{
    return QString(u"webrtc-"_s + agentId);
}

CcAgentSessions::CcAgentSessions(ContactCenterService &service, SimContext &context)
    : m_service(service)
    , m_context(context)
{}

void CcAgentSessions::registerRoutes(SimRouter &router)
{
    router.post(u"/v1/agents/login"_s,
                m_service.authorized([this](const SimRequest &r, CcAgent &a, const QString &t) {
                    return stationLogin(r, a, t);
                }));
    router.put(u"/v1/agents/session/state"_s,
               m_service.authorized([this](const SimRequest &r, CcAgent &a, const QString &t) {
                   return changeState(r, a, t);
               }));
    router.put(u"/v1/agents/logout"_s,
               m_service.authorized([this](const SimRequest &r, CcAgent &a, const QString &t) {
                   return logout(r, a, t);
               }));
    router.post(u"/v1/agents/reload"_s,
                m_service.authorized([this](const SimRequest &, CcAgent &a, const QString &t) {
                    return reload(a, t);
                }));
    router.post(u"/_sim/cc/agents/state"_s,
                [this](const SimRequest &r) { return controlState(r); });
    for (const QByteArray method : {"GET", "POST", "DELETE"}) {
        router.add(method, u"/_sim/cc/busy-numbers"_s,
                   [this](const SimRequest &r) { return busyNumbers(r); });
    }
}

void CcAgentSessions::publish(const QString &agentId, const CcEvent &event,
                              const QString &trackingId)
{
    m_service.notifier().publish(agentId, event.category, event.name, event.data, trackingId);
}

// --- station login ---------------------------------------------------------------------------

SimResponse CcAgentSessions::stationLogin(const SimRequest &request, CcAgent &agent,
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
    const auto optionalString = [&body](const QString &name) {
        const QJsonValue value = body.value(name);
        return value.isUndefined() || value.isNull() || value.isString();
    };

    LoginRequest login;
    const QJsonValue dialNumber = body.value(u"dialNumber"_s);
    if (!dialNumber.isString() || dialNumber.toString().trimmed().isEmpty() ||
        dialNumber.toString().size() > kMaxDialNumber) {
        return bad(
                u"dialNumber is required: a string of 1 to %1 characters."_s.arg(kMaxDialNumber));
    }
    login.dialNumber = dialNumber.toString().trimmed();

    const QJsonValue roles = body.value(u"roles"_s);
    if (!roles.isArray() || roles.toArray().isEmpty()) {
        return bad(u"roles is required: a non-empty array such as [\"agent\"]."_s);
    }
    for (const QJsonValue &role : roles.toArray()) {
        if (role.toString() != u"agent"_s && role.toString() != u"supervisor"_s) {
            return bad(u"roles may only contain \"agent\" and \"supervisor\"."_s);
        }
        login.roles.append(role.toString());
    }

    const QJsonValue teamId = body.value(u"teamId"_s);
    if (!teamId.isString() || teamId.toString().isEmpty() || teamId.toString().size() > kMaxId) {
        return bad(u"teamId is required: a string of 1 to %1 characters."_s.arg(kMaxId));
    }
    login.teamId = teamId.toString();

    const QJsonValue isExtension = body.value(u"isExtension"_s);
    if (!isExtension.isUndefined() && !isExtension.isBool()) {
        return bad(u"isExtension must be a boolean."_s);
    }
    login.isExtension = isExtension.toBool(false);

    const QJsonValue deviceType = body.value(u"deviceType"_s);
    if (!optionalString(u"deviceType"_s)) {
        return bad(u"deviceType must be a string."_s);
    }
    login.deviceTypeGiven = deviceType.isString() && !deviceType.toString().isEmpty();
    if (login.deviceTypeGiven) {
        login.deviceType = deviceType.toString();
        if (login.deviceType != kAgentDn && login.deviceType != kExtension &&
            login.deviceType != kBrowser) {
            return bad(u"deviceType must be AGENT_DN, EXTENSION or BROWSER."_s);
        }
        if (login.isExtension != (login.deviceType == kExtension)) {
            return bad(u"isExtension must be true exactly when deviceType is EXTENSION."_s);
        }
    }

    if (!optionalString(u"deviceId"_s)) {
        return bad(u"deviceId must be a string."_s);
    }
    login.deviceId = body.value(u"deviceId"_s).toString();
    if (login.deviceType == kBrowser) {
        // What the SDK sends for the desktop's own (WebRTC) device.
        if (login.dialNumber != agent.id || login.deviceId != webRtcDeviceId(agent.id)) {
            return bad(u"For BROWSER, dialNumber must be the agent id and deviceId "
                       "\"webrtc-<agentId>\"."_s);
        }
    } else if (login.deviceTypeGiven && !login.deviceId.isEmpty() &&
               login.deviceId != login.dialNumber) {
        return bad(u"For AGENT_DN and EXTENSION, deviceId must be the dialNumber."_s);
    }

    for (const QString &name : {u"teamName"_s, u"siteId"_s, u"auxCodeId"_s, u"dn"_s}) {
        if (!optionalString(name)) {
            return bad(QString(name + u" must be a string."_s));
        }
    }
    const QJsonValue usesOtherDn = body.value(u"usesOtherDN"_s);
    if (!usesOtherDn.isUndefined() && !usesOtherDn.isBool()) {
        return bad(u"usesOtherDN must be a boolean."_s);
    }

    const QString agentId = agent.id;
    const QByteArray callerKey = CcNotifier::ownerKey(request.bearerToken());
    return m_service.notifier().acceptCommand(
            trackingId, [this, agentId, login, callerKey, trackingId] {
                completeStationLogin(agentId, login, callerKey, trackingId);
            });
}

QString CcAgentSessions::refuseLogin(const CcAgent &agent, const LoginRequest &login,
                                     QString *location) const
{
    const CcDesktopProfile *profile = m_service.profiles().forAgent(agent.id);
    if (!profile) {
        return u"AGENT_PROFILE_NOT_FOUND"_s;
    }
    if (login.roles.contains(u"supervisor"_s)) {
        return u"ROLE_NOT_ALLOWED"_s;
    }
    if (!profile->teamIds.contains(login.teamId)) {
        return u"TEAM_NOT_ASSIGNED"_s;
    }
    QString deviceType = login.deviceType;
    if (!login.deviceTypeGiven) {
        if (profile->isDigitalOnly() && !login.isExtension) {
            location->clear();
            return {};
        }
        deviceType = login.isExtension ? kExtension : kAgentDn;
    }
    if (!profile->loginVoiceOptions.contains(deviceType)) {
        return u"DEVICE_TYPE_NOT_ALLOWED"_s;
    }
    if (deviceType == kBrowser) {
        *location = webRtcDeviceId(agent.id);
        return {};
    }

    const CcDialPlan &plan = m_service.dialPlan();
    const std::optional<QString> canonical = plan.canonical(login.dialNumber);
    if (!canonical) {
        return u"INVALID_DIAL_NUMBER"_s;
    }
    const auto listed = [&plan, &canonical](const QStringList &numbers) {
        for (const QString &number : numbers) {
            if (plan.canonical(number).value_or(CcDialPlan::locationKey(number)) == *canonical) {
                return true;
            }
        }
        return false;
    };
    if (deviceType == kAgentDn) {
        QStringList allowed = profile->dialNumbers;
        if (!profile->defaultDialNumber.isEmpty()) {
            allowed.append(profile->defaultDialNumber);
        }
        if (profile->restrictToDefaultDialNumber) {
            if (!listed({profile->defaultDialNumber})) {
                return u"INVALID_DIAL_NUMBER"_s;
            }
        } else if (!profile->allowFreeDialNumber && !listed(allowed)) {
            return u"INVALID_DIAL_NUMBER"_s;
        }
    } else if (!profile->allowFreeExtension && !listed(profile->extensions)) {
        return u"INVALID_DIAL_NUMBER"_s;
    }

    if (m_busy.contains(*canonical)) {
        return u"DUPLICATE_LOCATION"_s;
    }
    for (const CcAgent *other : m_service.agents().all()) {
        if (other != &agent && other->loggedIn && other->session.location == *canonical) {
            return u"DUPLICATE_LOCATION"_s;
        }
    }
    *location = *canonical;
    return {};
}

void CcAgentSessions::completeStationLogin(const QString &agentId, const LoginRequest &login,
                                           const QByteArray &callerKey, const QString &trackingId)
{
    CcAgent *agent = m_service.agents().byId(agentId);
    if (!agent) {
        return;
    }
    QString location;
    const QString refusal = refuseLogin(*agent, login, &location);
    if (!refusal.isEmpty()) {
        qCInfo(lcSimCc) << "station login of agent" << agentId << "refused:" << refusal;
        publish(agentId, CcAgentEvents::stationLoginFailed(refusal), trackingId);
        return;
    }
    if (agent->loggedIn) {
        // The session moves to the caller: another desktop holding it is told why it ends.
        m_service.notifier().displaceOtherSessions(agentId, callerKey);
    }
    const CcDesktopProfile *profile = m_service.profiles().forAgent(agentId);
    const QJsonObject team = m_service.profiles().team(login.teamId);
    const qint64 now = m_context.clock->msecsSinceEpoch();

    CcAgentSession session;
    session.agentSessionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    session.teamId = login.teamId;
    session.teamName = team.value(u"name"_s).toString();
    session.siteId = team.value(u"siteId"_s).toString();
    session.location = location;
    session.roles = login.roles;
    if (!location.isEmpty()) {
        session.deviceType = login.deviceTypeGiven ? login.deviceType
                                                   : (login.isExtension ? kExtension : kAgentDn);
        session.isExtension = session.deviceType == kExtension;
        session.dialNumber = login.dialNumber;
        session.deviceId =
                session.deviceType == kBrowser ? webRtcDeviceId(agentId) : login.dialNumber;
    }
    session.loginTimestamp = now;
    // A new login of an agent still on a call (another desk took over) keeps the call.
    session.interactionIds = agent->session.interactionIds;
    agent->session = session;
    agent->loggedIn = true;
    // A new session starts Idle on the profile's default idle code.
    applyState(*agent, kIdle, profile->defaultIdleCodeId, QString(), u"self"_s, agentId,
               agent->name);
    qCInfo(lcSimCc) << "agent" << agentId << "logged in, device"
                    << (session.deviceType.isEmpty() ? u"none"_s : session.deviceType);
    publish(agentId, CcAgentEvents::stationLoginSuccess(*agent), trackingId);
}

// --- agent state -----------------------------------------------------------------------------

SimResponse CcAgentSessions::changeState(const SimRequest &request, CcAgent &agent,
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
    const QJsonValue state = body.value(u"state"_s);
    if (state.toString() != kAvailable && state.toString() != kIdle) {
        return bad(u"state is required: Available or Idle."_s);
    }
    const QJsonValue auxCodeId = body.value(u"auxCodeId"_s);
    if (!auxCodeId.isString() || auxCodeId.toString().isEmpty() ||
        auxCodeId.toString().size() > kMaxId) {
        return bad(u"auxCodeId is required: a string of 1 to %1 characters (\"0\" for "
                   "Available)."_s.arg(kMaxId));
    }
    const QJsonValue reason = body.value(u"lastStateChangeReason"_s);
    if (!reason.isUndefined() && !reason.isNull() &&
        (!reason.isString() || reason.toString().size() > kMaxReason)) {
        return bad(u"lastStateChangeReason must be a string of at most %1 characters."_s.arg(
                kMaxReason));
    }
    const QJsonValue agentId = body.value(u"agentId"_s);
    if (!agentId.isUndefined() && !agentId.isNull() &&
        (!agentId.isString() || agentId.toString() != agent.id)) {
        return ContactCenterService::error(403, trackingId,
                                           u"An agent can only change their own state."_s);
    }
    const QString id = agent.id;
    const QString newState = state.toString();
    const QString code = auxCodeId.toString();
    const QString why = reason.toString();
    return m_service.notifier().acceptCommand(
            trackingId, [this, id, newState, code, why, trackingId] {
                completeStateChange(id, newState, code, why, trackingId);
            });
}

QString CcAgentSessions::refuseState(const CcAgent &agent, const QString &state,
                                     const QString &auxCodeId, bool byAgent) const
{
    if (!agent.loggedIn) {
        return u"AGENT_NOT_LOGGED_IN"_s;
    }
    if (state == kAvailable) {
        return auxCodeId == kAvailableCodeId ? QString() : u"INVALID_AUX_CODE"_s;
    }
    const QJsonObject code = m_service.profiles().auxiliaryCode(auxCodeId);
    if (code.value(u"workTypeCode"_s).toString() != u"IDLE_CODE"_s ||
        !code.value(u"active"_s).toBool(true)) {
        return u"INVALID_AUX_CODE"_s;
    }
    if (!byAgent) {
        return {};
    }
    const CcDesktopProfile *profile = m_service.profiles().forAgent(agent.id);
    if (!profile || !profile->idleCodeIds.contains(auxCodeId)) {
        return u"IDLE_CODE_NOT_ALLOWED"_s;
    }
    return {};
}

void CcAgentSessions::applyState(CcAgent &agent, const QString &state, const QString &auxCodeId,
                                 const QString &reason, const QString &changedBy,
                                 const QString &changedById, const QString &changedByName)
{
    CcAgentSession &session = agent.session;
    const qint64 now = m_context.clock->msecsSinceEpoch();
    if (session.auxCodeId != auxCodeId || session.lastIdleCodeChangeTimestamp == 0) {
        session.lastIdleCodeChangeTimestamp = now;
    }
    session.subStatus = state;
    session.auxCodeId = auxCodeId;
    session.lastStateChangeReason = reason;
    session.lastStateChangeTimestamp = now;
    session.changedBy = changedBy;
    session.changedById = changedById;
    session.changedByName = changedByName;
}

void CcAgentSessions::completeStateChange(const QString &agentId, const QString &state,
                                          const QString &auxCodeId, const QString &reason,
                                          const QString &trackingId)
{
    CcAgent *agent = m_service.agents().byId(agentId);
    if (!agent) {
        return;
    }
    const QString refusal = refuseState(*agent, state, auxCodeId, true);
    if (!refusal.isEmpty()) {
        qCInfo(lcSimCc) << "state change of agent" << agentId << "refused:" << refusal;
        publish(agentId, CcAgentEvents::stateChangeFailed(refusal), trackingId);
        return;
    }
    applyState(*agent, state, auxCodeId, reason, u"self"_s, agentId, agent->name);
    publish(agentId, CcAgentEvents::stateChangeSuccess(*agent), trackingId);
}

// --- logout and reload -----------------------------------------------------------------------

SimResponse CcAgentSessions::logout(const SimRequest &request, CcAgent &agent,
                                    const QString &trackingId)
{
    const QJsonObject body = request.jsonBody();
    const QJsonValue reason = body.value(u"logoutReason"_s);
    if (!reason.isString() || reason.toString().trimmed().isEmpty()) {
        return ContactCenterService::error(400, trackingId, u"logoutReason is required."_s);
    }
    if (reason.toString().size() > kMaxReason) {
        return ContactCenterService::error(
                400, trackingId, u"logoutReason must be at most %1 characters."_s.arg(kMaxReason));
    }
    const QJsonValue agentId = body.value(u"agentId"_s);
    if (!agentId.isUndefined() && (!agentId.isString() || agentId.toString() != agent.id)) {
        return ContactCenterService::error(403, trackingId,
                                           u"An agent can only log out their own session."_s);
    }
    const QString id = agent.id;
    const QString logoutReason = reason.toString();
    return m_service.notifier().acceptCommand(trackingId, [this, id, logoutReason, trackingId] {
        CcAgent *loggedOut = m_service.agents().byId(id);
        if (!loggedOut) {
            return;
        }
        if (!loggedOut->loggedIn) {
            publish(id, CcAgentEvents::logoutFailed(u"AGENT_NOT_LOGGED_IN"_s), trackingId);
            return;
        }
        const CcEvent event = CcAgentEvents::logoutSuccess(*loggedOut, logoutReason);
        // The device is free for anyone from now on, and the agent leaves their calls.
        m_service.tasks().forgetAgent(id);
        loggedOut->loggedIn = false;
        loggedOut->session = CcAgentSession{};
        qCInfo(lcSimCc) << "agent" << id << "logged out";
        publish(id, event, trackingId);
    });
}

SimResponse CcAgentSessions::reload(CcAgent &agent, const QString &trackingId)
{
    const QString id = agent.id;
    return m_service.notifier().acceptCommand(trackingId, [this, id, trackingId] {
        const CcAgent *reloaded = m_service.agents().byId(id);
        if (!reloaded) {
            return;
        }
        publish(id,
                reloaded->loggedIn ? CcAgentEvents::reloginSuccess(*reloaded)
                                   : CcAgentEvents::reloginFailed(u"AGENT_NOT_LOGGED_IN"_s),
                trackingId);
        if (reloaded->loggedIn) {
            // The calls come back as AgentContact (SDK: rehydrate the tasks).
            m_service.tasks().rehydrate(id, trackingId);
        }
    });
}

// --- control ---------------------------------------------------------------------------------

SimResponse CcAgentSessions::controlState(const SimRequest &request)
{
    const QJsonObject body = request.jsonBody();
    CcAgent *agent = body.contains(u"agentId"_s)
                             ? m_service.agents().byId(body.value(u"agentId"_s).toString())
                             : m_service.agents().byEmail(body.value(u"email"_s).toString());
    if (!agent) {
        return controlError(404, u"no such agent"_s);
    }
    const QString state = body.value(u"state"_s).toString();
    if (state != kAvailable && state != kIdle) {
        return controlError(400, u"expected {\"email\"|\"agentId\", \"state\": \"Available\"|"
                                 "\"Idle\", \"auxCodeId\"?, \"changedBy\"?, \"changedById\"?, "
                                 "\"changedByName\"?, \"reason\"?}"_s);
    }
    if (!agent->loggedIn) {
        return controlError(409, u"the agent is not logged in"_s);
    }
    const QString changedBy = body.value(u"changedBy"_s).toString(u"supervisor"_s);
    const bool rona = changedBy.compare(u"rona"_s, Qt::CaseInsensitive) == 0;
    const QJsonObject supervisor =
            m_context.scenario->section(u"contactCenter"_s).value(u"supervisor"_s).toObject();
    QString auxCodeId = body.value(u"auxCodeId"_s).toString();
    if (state == kAvailable) {
        auxCodeId = kAvailableCodeId;
    } else if (auxCodeId.isEmpty()) {
        // RONA parks the agent on the system RONA code; a supervisor on the default idle code.
        if (rona) {
            auxCodeId = ronaCodeId();
        }
        if (auxCodeId.isEmpty()) {
            const CcDesktopProfile *profile = m_service.profiles().forAgent(agent->id);
            auxCodeId = profile ? profile->defaultIdleCodeId : QString();
        }
    }
    const QString refusal = refuseState(*agent, state, auxCodeId, false);
    if (!refusal.isEmpty()) {
        return controlError(400, QString(u"cannot change the state: "_s + refusal));
    }
    QString changedById = body.value(u"changedById"_s).toString();
    QString changedByName = body.value(u"changedByName"_s).toString();
    if (!rona && changedBy == u"supervisor"_s) {
        if (changedById.isEmpty()) {
            changedById = supervisor.value(u"id"_s).toString();
        }
        if (changedByName.isEmpty()) {
            changedByName = supervisor.value(u"name"_s).toString();
        }
    }
    const QString reason = body.value(u"reason"_s).toString(rona ? u"RONA"_s : QString());
    applyState(*agent, state, auxCodeId, reason, changedBy, changedById, changedByName);
    const QString trackingId = CcNotifier::newTrackingId();
    const CcEvent event = CcAgentEvents::stateChangeSuccess(*agent);
    const int delivered = m_service.notifier().publish(agent->id, event.category, event.name,
                                                       event.data, trackingId);
    qCInfo(lcSimCc) << "state of agent" << agent->id << "set to" << state << "by" << changedBy;
    return SimResponse::json(200, QJsonObject{{u"agentId"_s, agent->id},
                                              {u"state"_s, state},
                                              {u"auxCodeId"_s, auxCodeId},
                                              {u"delivered"_s, delivered},
                                              {u"trackingId"_s, trackingId}});
}

QString CcAgentSessions::ronaCodeId() const
{
    for (const QJsonValue &code : m_service.auxiliaryCodes()) {
        if (code[u"isSystemCode"_s].toBool() && code[u"name"_s].toString() == u"RONA"_s) {
            return code[u"id"_s].toString();
        }
    }
    return {};
}

void CcAgentSessions::applyRona(const QString &agentId)
{
    CcAgent *agent = m_service.agents().byId(agentId);
    if (!agent || !agent->loggedIn) {
        return;
    }
    QString auxCodeId = ronaCodeId();
    if (auxCodeId.isEmpty()) {
        const CcDesktopProfile *profile = m_service.profiles().forAgent(agentId);
        auxCodeId = profile ? profile->defaultIdleCodeId : QString();
    }
    applyState(*agent, kIdle, auxCodeId, u"RONA"_s, u"rona"_s, QString(), QString());
    qCInfo(lcSimCc) << "agent" << agentId << "missed an offer: Idle (RONA)";
    publish(agentId, CcAgentEvents::stateChangeSuccess(*agent), CcNotifier::newTrackingId());
}

QString CcAgentSessions::canonicalBusy(const QString &number) const
{
    return m_service.dialPlan().canonical(number).value_or(CcDialPlan::locationKey(number));
}

SimResponse CcAgentSessions::busyNumbers(const SimRequest &request)
{
    if (request.method != "GET") {
        const QJsonDocument document = QJsonDocument::fromJson(request.body);
        const QJsonValue numbers = document.object().value(u"numbers"_s);
        const bool clearAll = request.method == "DELETE" && request.body.trimmed().isEmpty();
        bool valid = clearAll || numbers.isArray();
        for (const QJsonValue &number : numbers.toArray()) {
            valid = valid && number.isString() && !number.toString().trimmed().isEmpty();
        }
        if (!valid) {
            return controlError(400, u"expected {\"numbers\": [\"+5511987654321\", ...]}"_s);
        }
        if (clearAll) {
            m_busy.clear();
        }
        for (const QJsonValue &number : numbers.toArray()) {
            if (request.method == "POST") {
                m_busy.insert(canonicalBusy(number.toString()));
            } else {
                m_busy.remove(canonicalBusy(number.toString()));
            }
        }
    }
    QStringList sorted(m_busy.cbegin(), m_busy.cend());
    sorted.sort();
    return SimResponse::json(200, QJsonObject{{u"numbers"_s, QJsonArray::fromStringList(sorted)}});
}

} // namespace AgentDesk::Sim
