// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simhttp.h"

#include <QRegularExpression>

#include <functional>
#include <memory>
#include <vector>

class QWebSocket;

namespace AgentDesk::Sim {

// Maps (method, path pattern) to a handler. Patterns are anchored regular expressions on the
// decoded path with named captures, e.g. "/v1.0/users/(?<id>[^/]+)/photo/\\$value".
// Usage: router.get(u"/v1.0/me"_s, [this](const SimRequest &r) { return me(r); });
class SimRouter
{
public:
    using Handler = std::function<SimResponse(const SimRequest &)>;
    using WebSocketHandler =
            std::function<void(std::unique_ptr<QWebSocket>, const QRegularExpressionMatch &)>;

    void add(const QByteArray &method, const QString &pattern, Handler handler);
    void get(const QString &pattern, Handler handler) { add("GET", pattern, std::move(handler)); }
    void post(const QString &pattern, Handler handler) { add("POST", pattern, std::move(handler)); }
    void put(const QString &pattern, Handler handler) { add("PUT", pattern, std::move(handler)); }
    void patch(const QString &pattern, Handler handler)
    {
        add("PATCH", pattern, std::move(handler));
    }
    void del(const QString &pattern, Handler handler)
    {
        add("DELETE", pattern, std::move(handler));
    }
    void webSocket(const QString &pattern, WebSocketHandler handler);

    enum class Match
    {
        Found,
        WrongMethod,
        NotFound
    };
    // Finds the handler for the request and fills request.match with the route's captures.
    Match route(SimRequest &request, const Handler **handler) const;
    bool routeWebSocket(const QString &path, std::unique_ptr<QWebSocket> &socket) const;

private:
    struct Route
    {
        QByteArray method;
        QRegularExpression pattern;
        Handler handler;
    };
    struct WebSocketRoute
    {
        QRegularExpression pattern;
        WebSocketHandler handler;
    };
    std::vector<Route> m_routes;
    std::vector<WebSocketRoute> m_webSocketRoutes;
};

} // namespace AgentDesk::Sim
