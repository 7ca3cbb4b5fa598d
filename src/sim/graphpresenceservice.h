// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simhttp.h"
#include "simservice.h"
#include "slidingwindowlimiter.h"

namespace AgentDesk::Sim {

class GraphCall;
class SimDirectory;
struct SimUser;

// Teams presence through Microsoft Graph, with Graph's limits (scenario section "graph"):
//   POST /v1.0/communications/getPresencesByUserId {"ids":[...]}   (at most presenceBatchLimit,
//        650; unknown ids are left out) → {"value":[{"@odata.type","id","availability",
//        "activity"}...]}
//   GET  /v1.0/me/presence, /v1.0/users/{id}/presence, /v1.0/communications/presences/{id}
// All of them share one tenant-wide sliding window of presenceRateLimit.requests (1500) per
// windowSeconds (30); beyond it → 429 TooManyRequests with Retry-After = seconds until the
// window admits one more. Time comes from the simulator's clock.
// Control route (no token):
//   POST /_sim/presence {"id"|"email", "availability", "activity"?} → the new presence
class GraphPresenceService final : public SimService
{
public:
    GraphPresenceService(SimContext &context, SimDirectory &directory);
    void registerRoutes(SimRouter &router) override;

private:
    // A 429 when the window is full, else nothing (and the request is counted).
    std::optional<SimResponse> throttle(const GraphCall &call);
    SimResponse presencesByUserId(const SimRequest &request, const GraphCall &call);
    SimResponse singlePresence(const GraphCall &call, const SimUser *user, const QString &key);
    SimResponse setPresence(const SimRequest &request);

    static QJsonObject presenceJson(const SimUser &user);

    SimDirectory &m_directory;
    int m_batchLimit;
    SlidingWindowLimiter m_limiter;
};

} // namespace AgentDesk::Sim
