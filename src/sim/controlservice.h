// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simhttp.h"
#include "simservice.h"

namespace AgentDesk::Sim {

// The simulator's own control API under /_sim, shared by every service:
//   POST   /_sim/token {"audience":"graph"|"cc","user":EMAIL}  → {"access_token",...}
//   POST   /_sim/tokens/expire {"user"?, "kind":"access"|"refresh"}
//   GET    /_sim/requests[?since=SEQ]   DELETE /_sim/requests
//   GET    /_sim/faults   POST /_sim/faults {...}   DELETE /_sim/faults[/ID]
//   GET    /_sim/health
//   GET|POST|PUT|DELETE /_sim/echo  → {"method","query":{..},"body":JSON|null,"form":{..}?,
//          "authorization":"present"|"absent"}; with "X-Sim-Require-Token: graph|cc" and no
//          valid token of that audience (or an expiredToken fault) → 401 in Graph's error shape.
//          A generic JSON endpoint for testing client plumbing (src/net) without any service.
// Services add their own control routes (presence, calls...) next to their API.
class ControlService final : public SimService
{
public:
    using SimService::SimService;
    void registerRoutes(SimRouter &router) override;

private:
    SimResponse issueToken(const SimRequest &request);
    SimResponse expireTokens(const SimRequest &request);
    SimResponse addFault(const SimRequest &request);
    SimResponse echo(const SimRequest &request);
};

} // namespace AgentDesk::Sim
