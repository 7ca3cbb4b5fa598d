// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "simserver.h"

#include "faultinjector.h"
#include "requestlog.h"
#include "simhttp.h"
#include "simrouter.h"
#include "simservice.h"

#include <core/clock.h>

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSimServer, "agentdesk.sim.server", QtInfoMsg)

namespace AgentDesk::Sim {

struct SimServer::PendingResponse
{
    SimRequest request;
    qint64 sequence = 0;
    QPointer<QTcpSocket> socket;
    QHttpServerResponder responder;
};

// Answers the server itself gives (unknown path, injected status) use Graph's error shape,
// the one most clients on this origin parse.
static SimResponse errorResponse(int status, const QString &code, const QString &message)
{
    return SimResponse::json(
            status,
            QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, code}, {u"message"_s, message}}}});
}

static QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

SimServer::SimServer(SimContext &context, const SimRouter &router, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_context(context)
    , m_router(router)
{
    connect(this, &QAbstractHttpServer::newWebSocketConnection, this, &SimServer::acceptWebSockets);
}

bool SimServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Qt 6.4 asks handleRequest about a WebSocket upgrade first and, on true, gives the socket
    // to its WebSocket server, which answers the handshake; acceptWebSockets() then logs and
    // routes it. Any answer written here would reach the client before the 101 and break it.
    if (request.value("upgrade").compare("websocket", Qt::CaseInsensitive) == 0) {
        return true;
    }
    SimRequest copy;
    copy.method = methodName(request.method());
    copy.url = request.url();
    copy.path = request.url().path(QUrl::FullyDecoded);
    copy.query = request.query();
    copy.headers = request.headers();
    copy.body = request.body();

    auto pending = std::shared_ptr<PendingResponse>(
            new PendingResponse{std::move(copy), 0, socket, makeResponder(request, socket)});
    pending->sequence = m_context.log->record(pending->request, m_context.clock->now());

    const std::optional<Fault> fault =
            m_context.faults->take(pending->request.method, pending->request.path);
    if (!fault) {
        dispatch(pending);
        return true;
    }
    qCInfo(lcSimServer) << "fault" << Fault::kindName(fault->kind) << "on"
                        << pending->request.method << pending->request.path;
    switch (fault->kind) {
    case Fault::Kind::Latency:
        QTimer::singleShot(fault->latencyMs, this, [this, pending] { dispatch(pending); });
        break;
    case Fault::Kind::Status:
    case Fault::Kind::Throttle: {
        SimResponse response =
                fault->body.isEmpty()
                        ? errorResponse(fault->status,
                                        fault->status == 429 ? u"TooManyRequests"_s
                                                             : u"ServiceUnavailable"_s,
                                        u"Injected fault."_s)
                        : SimResponse::bytes(fault->status, "application/json", fault->body);
        if (fault->retryAfterSeconds >= 0) {
            response.withHeader("Retry-After", QByteArray::number(fault->retryAfterSeconds));
        }
        write(pending, response);
        break;
    }
    case Fault::Kind::Malformed:
        // A real reply cut mid-way: valid start, no end.
        write(pending, SimResponse::bytes(200, "application/json; charset=utf-8",
                                          R"({"value":[{"id":"1","displayName":"Trunc)"));
        break;
    case Fault::Kind::Drop:
        m_context.log->setStatus(pending->sequence, 0);
        if (pending->socket) {
            pending->socket->abort();
        }
        break;
    case Fault::Kind::ExpiredToken:
        pending->request.forceTokenExpired = true;
        dispatch(pending);
        break;
    }
    return true;
}

void SimServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Not reached: handleRequest answers every request, unknown paths included.
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

void SimServer::dispatch(const std::shared_ptr<PendingResponse> &pending)
{
    const SimRouter::Handler *handler = nullptr;
    switch (m_router.route(pending->request, &handler)) {
    case SimRouter::Match::Found:
        write(pending, (*handler)(pending->request));
        return;
    case SimRouter::Match::WrongMethod:
        write(pending, errorResponse(405, u"BadRequest"_s, u"Method not allowed."_s));
        return;
    case SimRouter::Match::NotFound:
        write(pending, errorResponse(404, u"NotFound"_s,
                                     QString(u"No such resource: "_s + pending->request.path)));
        return;
    }
}

void SimServer::write(const std::shared_ptr<PendingResponse> &pending, const SimResponse &response)
{
    m_context.log->setStatus(pending->sequence, response.status);
    if (!pending->socket || pending->socket->state() != QAbstractSocket::ConnectedState) {
        qCDebug(lcSimServer) << "client left before the answer to" << pending->request.path;
        return;
    }
    // HeaderList is an initializer_list in 6.4, so a dynamic header set is written piecewise.
    QHttpServerResponder &responder = pending->responder;
    responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    for (const auto &[name, value] : response.headers) {
        responder.writeHeader(name, value);
    }
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
}

void SimServer::acceptWebSockets()
{
    while (hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> socket = nextPendingWebSocketConnection();
        const QString path = socket->requestUrl().path(QUrl::FullyDecoded);
        SimRequest request;
        request.method = "GET";
        request.url = socket->requestUrl();
        request.path = path;
        request.query = QUrlQuery(socket->requestUrl());
        const qint64 sequence = m_context.log->record(request, m_context.clock->now());
        if (m_context.faults->takeWebSocketDrop(path)) {
            m_context.log->setStatus(sequence, 0);
            socket->abort();
            continue;
        }
        if (!m_router.routeWebSocket(path, socket)) {
            m_context.log->setStatus(sequence, 404);
            socket->close(QWebSocketProtocol::CloseCodeProtocolError, u"unknown path"_s);
            continue;
        }
        m_context.log->setStatus(sequence, 101);
    }
}

} // namespace AgentDesk::Sim
