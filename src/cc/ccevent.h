// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

namespace AgentDesk::Cc {

// One message of the notification WebSocket, read from its envelope
// {"type": <category>, "data": {"type": <EventName>, "trackingId": ..., ...}}.
//   category "StationLogin", name "AgentStationLoginSuccess"
//   category "Welcome",      name "Welcome" (its data has no type of its own)
struct CcEvent
{
    QString category;   // the envelope's type: RoutingMessage, AgentStateChange, Welcome...
    QString name;       // data.type, or the category when data has none
    QJsonObject data;   // the whole data object, as it came
    QString trackingId; // data.trackingId, empty when absent
    QString agentId;    // data.agentId, empty when absent

    // The event in a text frame; nothing (with the reason in `problem`) for a frame that is
    // not JSON, not an object, or has no string type.
    static std::optional<CcEvent> fromFrame(const QByteArray &frame, QString *problem = nullptr);
    static std::optional<CcEvent> fromEnvelope(const QJsonObject &envelope,
                                               QString *problem = nullptr);
};

} // namespace AgentDesk::Cc

Q_DECLARE_METATYPE(AgentDesk::Cc::CcEvent)
