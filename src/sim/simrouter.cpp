// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "simrouter.h"

#include <QWebSocket>

namespace AgentDesk::Sim {

static QRegularExpression anchored(const QString &pattern)
{
    QRegularExpression expression(QRegularExpression::anchoredPattern(pattern));
    Q_ASSERT_X(expression.isValid(), "SimRouter", qPrintable(expression.errorString()));
    return expression;
}

void SimRouter::add(const QByteArray &method, const QString &pattern, Handler handler)
{
    m_routes.push_back({method, anchored(pattern), std::move(handler)});
}

void SimRouter::webSocket(const QString &pattern, WebSocketHandler handler)
{
    m_webSocketRoutes.push_back({anchored(pattern), std::move(handler)});
}

SimRouter::Match SimRouter::route(SimRequest &request, const Handler **handler) const
{
    Match result = Match::NotFound;
    for (const Route &route : m_routes) {
        QRegularExpressionMatch match = route.pattern.match(request.path);
        if (!match.hasMatch()) {
            continue;
        }
        if (route.method != request.method) {
            result = Match::WrongMethod;
            continue;
        }
        request.match = std::move(match);
        *handler = &route.handler;
        return Match::Found;
    }
    return result;
}

bool SimRouter::routeWebSocket(const QString &path, std::unique_ptr<QWebSocket> &socket) const
{
    for (const WebSocketRoute &route : m_webSocketRoutes) {
        const QRegularExpressionMatch match = route.pattern.match(path);
        if (match.hasMatch()) {
            route.handler(std::move(socket), match);
            return true;
        }
    }
    return false;
}

} // namespace AgentDesk::Sim
