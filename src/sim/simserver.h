// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractHttpServer>
#include <QHostAddress>

#include <memory>

namespace AgentDesk::Sim {

struct SimContext;
struct SimRequest;
struct SimResponse;
class SimRouter;

// The HTTP + WebSocket front of the simulator. Copies each request, records it in the request
// log, applies injected faults, then hands it to the router. Responses may be written later
// (latency faults), so the socket is watched and a response to a closed socket is dropped.
class SimServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimServer)

public:
    SimServer(SimContext &context, const SimRouter &router, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct PendingResponse;
    void dispatch(const std::shared_ptr<PendingResponse> &pending);
    void write(const std::shared_ptr<PendingResponse> &pending, const SimResponse &response);
    void acceptWebSockets();

    SimContext &m_context;
    const SimRouter &m_router;
};

} // namespace AgentDesk::Sim
