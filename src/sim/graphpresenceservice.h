// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simhttp.h"
#include "simservice.h"
#include "slidingwindowlimiter.h"

#include <QDateTime>
#include <QHash>

#include <utility>
#include <variant>
#include <vector>

namespace AgentDesk::Sim {

class GraphCall;
class SimDirectory;
struct SimUser;

// Teams presence through Microsoft Graph, with Graph's limits (scenario section "graph"):
//   POST /v1.0/communications/getPresencesByUserId {"ids":[...]}   (at most presenceBatchLimit,
//        650; unknown ids are left out) → {"value":[{"@odata.type","id","availability",
//        "activity"}...]}
//   GET  /v1.0/me/presence, /v1.0/users/{id}/presence, /v1.0/communications/presences/{id}
//   POST /v1.0/users/{id}/presence/setPresence {"sessionId", "availability", "activity",
//        "expirationDuration"?} → 200, empty
//   POST /v1.0/users/{id}/presence/clearPresence {"sessionId"} → 200, empty; 404 when the app
//        has no (unexpired) session for the user
// All of them share one tenant-wide sliding window of presenceRateLimit.requests (1500) per
// windowSeconds (30); beyond it → 429 TooManyRequests with Retry-After = seconds until the
// window admits one more. Time comes from the simulator's clock.
//
// Presence writes (SERVICES-REFERENCE.md §2.6), with a delegated token: {id} (an id or a
// userPrincipalName) must be the token's own user (else 403); sessionId is required and must be
// the client id the token was issued to; the pair must be Available/Available, Busy/InACall,
// Busy/InAConferenceCall or Away/Away (case-insensitive); expirationDuration is ISO 8601 between
// PT5M and PT4H, PT5M when absent. Anything else → 400 in Graph's error shape. A session lasts
// its duration on the simulator's clock; setting it again replaces it (a refresh).
// What a read answers: the user's own presence (the directory's, set with /_sim/presence) is
// what the person's Teams shows by itself. Available/AvailableIdle (Teams idle), Offline and
// PresenceUnknown (Teams closed) are not a configured state, so the app sessions aggregate over
// them: the highest of DoNotDisturb > Busy > Available > Away (the latest set among equals),
// shown when it ranks above the user's own Available (an Away session never hides Available).
// Any other own value (Busy, DoNotDisturb, Away, BeRightBack, InAMeeting...) is user-configured
// and wins over every app session ("user-configured > app").
// Control routes (no token):
//   POST /_sim/presence {"id"|"email", "availability", "activity"?} → the presence now shown
//   GET  /_sim/presence/{id}/sessions → {"own": {availability, activity}, "shown": {...},
//        "sessions": [{"sessionId", "availability", "activity", "expiresAt"}...]}
class GraphPresenceService final : public SimService
{
public:
    GraphPresenceService(SimContext &context, SimDirectory &directory);
    void registerRoutes(SimRouter &router) override;

private:
    struct AppSession
    {
        QString sessionId;
        QString availability;
        QString activity;
        QDateTime setAt;
        QDateTime expiresAt;
    };

    // A 429 when the window is full, else nothing (and the request is counted).
    std::optional<SimResponse> throttle(const GraphCall &call);
    SimResponse presencesByUserId(const SimRequest &request, const GraphCall &call);
    SimResponse singlePresence(const GraphCall &call, const SimUser *user, const QString &key);
    SimResponse setAppPresence(const SimRequest &request, const GraphCall &call);
    SimResponse clearAppPresence(const SimRequest &request, const GraphCall &call);
    // The user {id} names when the caller may write their presence; else the error to answer.
    std::variant<const SimUser *, SimResponse> writableUser(const SimRequest &request,
                                                            const GraphCall &call) const;
    SimResponse setPresence(const SimRequest &request);
    SimResponse sessionsView(const SimRequest &request);

    // The user's unexpired app sessions (expired ones are dropped on the way).
    const std::vector<AppSession> &sessionsOf(const QString &userId, const QDateTime &now);
    // {availability, activity} as reads answer them now.
    std::pair<QString, QString> shownPresence(const SimUser &user, const QDateTime &now);
    QJsonObject presenceJson(const SimUser &user, const QDateTime &now);

    SimDirectory &m_directory;
    int m_batchLimit;
    SlidingWindowLimiter m_limiter;
    QHash<QString, std::vector<AppSession>> m_sessions; // by user id
};

} // namespace AgentDesk::Sim
