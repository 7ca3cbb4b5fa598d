// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUrl>

namespace AgentDesk::Core {
class Clock;
}

namespace AgentDesk::Sim {

class FaultInjector;
class RequestLog;
class Scenario;
class SimRouter;
class TokenIssuer;

// What every simulated service shares. Owned by Simulator, which outlives the services.
struct SimContext
{
    const Core::Clock *clock = nullptr;
    const Scenario *scenario = nullptr;
    RequestLog *log = nullptr;
    FaultInjector *faults = nullptr;
    TokenIssuer *tokens = nullptr;
    // The origin every service is served from, e.g. http://127.0.0.1:40123 (set once listening).
    QUrl baseUrl;
};

// One simulated service (Microsoft identity, Graph, contact center, control API...). It adds its
// routes to the shared router; handlers run on the simulator's thread, one at a time.
class SimService
{
public:
    explicit SimService(SimContext &context)
        : m_context(context)
    {}
    virtual ~SimService() = default;
    virtual void registerRoutes(SimRouter &router) = 0;

protected:
    SimContext &m_context;
};

} // namespace AgentDesk::Sim
