// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QString>

#include <optional>
#include <vector>

namespace AgentDesk::Sim {

// Faults that tests and the demo inject on a path pattern (POST /_sim/faults):
//   {"path": "^/v1\\.0/users", "method": "GET", "kind": "throttle", "retryAfter": 2, "count": 1}
// kinds: latency (latencyMs, then the normal answer), status (status, optional retryAfter and
// body), throttle (429 + Retry-After), malformed (a 200 whose JSON is cut short), drop (the
// connection or WebSocket closes without an answer), expiredToken (the caller's token is treated
// as expired, so the service answers with its own 401 body).
// count = how many matching requests the fault applies to; absent or -1 = until removed.
struct Fault
{
    enum class Kind
    {
        Latency,
        Status,
        Throttle,
        Malformed,
        Drop,
        ExpiredToken
    };

    int id = 0;
    Kind kind = Kind::Status;
    QRegularExpression path;
    QByteArray method; // empty = any
    int status = 503;
    int retryAfterSeconds = -1; // -1 = no Retry-After header
    int latencyMs = 0;
    QByteArray body;
    int remaining = -1;

    static std::optional<Fault> fromJson(const QJsonObject &object, QString *error);
    QJsonObject toJson() const;
    static QString kindName(Kind kind);
};

class FaultInjector
{
public:
    // Returns the id of the new fault.
    int add(Fault fault);
    bool remove(int id);
    void clear();

    // The first fault matching the request, consuming one of its uses.
    std::optional<Fault> take(const QByteArray &method, const QString &path);
    // Same, for WebSocket paths: only Drop faults apply.
    bool takeWebSocketDrop(const QString &path);

    QJsonArray toJson() const;

private:
    std::vector<Fault> m_faults;
    int m_nextId = 1;
};

} // namespace AgentDesk::Sim
