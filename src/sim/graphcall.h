// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simrouter.h"
#include "tokenissuer.h"

#include <QDateTime>
#include <QString>

#include <functional>

namespace AgentDesk::Sim {

struct SimContext;

// One Microsoft Graph request as the Graph services handle it: the request-id pair every answer
// carries (request-id, and client-request-id echoing the client's), the caller's grant, and
// Graph's error shape {"error":{"code","message","innerError":{date, request-id,
// client-request-id}}}. wrap() turns a handler into a route that first checks the Bearer token
// (401 InvalidAuthenticationToken as Graph words it) and stamps the headers on every answer.
//   router.get(u"/v1.0/me"_s, GraphCall::wrap(m_context, [this](const SimRequest &r,
//                                                            const GraphCall &call) { ... }));
class GraphCall final
{
public:
    using Handler = std::function<SimResponse(const SimRequest &, const GraphCall &)>;
    static SimRouter::Handler wrap(const SimContext &context, Handler handler);

    const TokenIssuer::Grant &grant() const { return m_grant; }
    const QString &requestId() const { return m_requestId; }
    const QDateTime &now() const { return m_now; }

    SimResponse error(int status, const QString &code, const QString &message) const;

private:
    GraphCall() = default;

    TokenIssuer::Grant m_grant;
    QString m_requestId;
    QString m_clientRequestId;
    QDateTime m_now;
};

} // namespace AgentDesk::Sim
