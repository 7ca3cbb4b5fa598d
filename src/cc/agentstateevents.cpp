// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agentstateevents.h"

#include "cclogging.h"
#include "jsonshape.h"

#include <net/jsontypename.h>

#include <QHash>

using namespace Qt::StringLiterals;

namespace AgentDesk::Cc {

using Kind = AgentStateEvent::Kind;
using Availability = AgentStateEvent::Availability;

static const QHash<QString, Kind> &kinds()
{
    static const QHash<QString, Kind> table{
            {u"AgentStationLoginSuccess"_s, Kind::StationLoggedIn},
            {u"AgentStationLoginFailed"_s, Kind::StationLoginFailed},
            {u"AgentStateChangeSuccess"_s, Kind::StateChanged},
            {u"AgentStateChangeFailed"_s, Kind::StateChangeFailed},
            {u"AgentLogoutSuccess"_s, Kind::LoggedOut},
            {u"AgentLogoutFailed"_s, Kind::LogoutFailed},
            {u"AgentReloginSuccess"_s, Kind::Relogged},
            {u"AgentChannelReloginSuccess"_s, Kind::Relogged},
            {u"AgentReloginFailed"_s, Kind::ReloginFailed},
    };
    return table;
}

bool AgentStateEvents::isAgentStateEvent(const CcEvent &event)
{
    return kinds().contains(event.name);
}

// Webex sends epoch milliseconds; accept an ISO 8601 text too.
static QDateTime readTime(JsonShape &shape, const QJsonObject &data, const QString &key)
{
    const QJsonValue value = data.value(key);
    if (value.isUndefined() || value.isNull()) {
        return {};
    }
    if (value.isDouble()) {
        return QDateTime::fromMSecsSinceEpoch(qint64(value.toDouble()), Qt::UTC);
    }
    if (value.isString()) {
        const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (time.isValid()) {
            return time.toUTC();
        }
    }
    JsonShape::Scope scope(shape, key);
    shape.fail(QString(u"expected epoch milliseconds or an ISO date, got "_s +
                       Net::jsonTypeName(value)));
    return {};
}

// Optional text that may also come as null, as Webex sends for "nobody" (changedBy: null).
static QString optionalText(JsonShape &shape, const QJsonObject &data, const QString &key)
{
    return shape.text(data, key, JsonShape::Optional);
}

static Availability readAvailability(JsonShape &shape, const QJsonObject &data,
                                     const QString &auxCodeId)
{
    const QString subStatus = optionalText(shape, data, u"subStatus"_s);
    if (subStatus == u"Available"_s) {
        return Availability::Available;
    }
    if (subStatus == u"Idle"_s) {
        return Availability::Idle;
    }
    if (!subStatus.isEmpty()) {
        JsonShape::Scope scope(shape, u"subStatus"_s);
        shape.fail(QString(u"unknown value "_s + subStatus));
        return Availability::Unknown;
    }
    // No subStatus: the idle code says it ("0" is the SDK's Available pseudo-code).
    if (auxCodeId.isEmpty()) {
        return Availability::Unknown;
    }
    return auxCodeId == u"0"_s ? Availability::Available : Availability::Idle;
}

std::optional<AgentStateEvent> AgentStateEvents::read(const CcEvent &event)
{
    const auto kind = kinds().constFind(event.name);
    if (kind == kinds().constEnd()) {
        return std::nullopt;
    }
    JsonShape shape(event.name);
    const QJsonObject &data = event.data;
    AgentStateEvent state;
    state.kind = *kind;
    state.eventName = event.name;
    state.trackingId = event.trackingId;
    state.agentId = optionalText(shape, data, u"agentId"_s);

    if (state.isFailure()) {
        state.reason = optionalText(shape, data, u"reason"_s);
        if (state.reason.isEmpty() && data.value(u"reasonCode"_s).isDouble()) {
            state.reason = QString::number(data.value(u"reasonCode"_s).toInteger());
        }
    } else if (state.kind == Kind::LoggedOut) {
        state.reason = optionalText(shape, data, u"logoutReason"_s);
        state.changedBy = optionalText(shape, data, u"loggedOutBy"_s);
    } else {
        state.auxCodeId = optionalText(shape, data, u"auxCodeId"_s);
        state.availability = readAvailability(shape, data, state.auxCodeId);
        if (state.availability == Availability::Available) {
            state.auxCodeId.clear();
        }
        state.changedBy = optionalText(shape, data, u"changedBy"_s);
        state.changedById = optionalText(shape, data, u"changedById"_s);
        state.changedByName = optionalText(shape, data, u"changedByName"_s);
        state.reason = optionalText(shape, data, u"lastStateChangeReason"_s);
        state.stateChangedAt = readTime(shape, data, u"lastStateChangeTimestamp"_s);
        state.idleCodeChangedAt = readTime(shape, data, u"lastIdleCodeChangeTimestamp"_s);
        state.agentSessionId = optionalText(shape, data, u"agentSessionId"_s);
        state.teamId = optionalText(shape, data, u"teamId"_s);
        state.dialNumber = optionalText(shape, data, u"dialNumber"_s);
        state.deviceType = optionalText(shape, data, u"deviceType"_s);
        if (state.kind == Kind::StateChanged && state.availability == Availability::Unknown) {
            shape.fail(u"neither subStatus nor auxCodeId says the new state"_s);
        }
    }
    if (!shape.ok()) {
        qCWarning(lcCc) << "ignoring an agent event that cannot be read:" << shape.problem();
        return std::nullopt;
    }
    return state;
}

} // namespace AgentDesk::Cc
