// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simhttp.h"
#include "simservice.h"

#include <optional>

namespace AgentDesk::Sim {

class GraphCall;
class SimDirectory;
struct SimUser;

// Microsoft Graph's directory on its real paths, every call with a Graph Bearer token:
//   GET /v1.0/users[?$select=&$filter=userType eq 'Member' and accountEnabled eq true&$top=999]
//       → {"@odata.context","value":[...],"@odata.nextLink"?} paged with an opaque $skiptoken
//   GET /v1.0/users/{id | userPrincipalName}[?$select=]    GET /v1.0/me[?$select=]
//   GET /v1.0/users/delta[?$select=&$top=] (or Prefer: odata.maxpagesize=N) → pages of
//       nextLinks, then an @odata.deltaLink; following it returns only what changed since,
//       removals as {"id","@removed":{"reason":"changed"|"deleted"}}; $deltatoken=latest too
//   GET /v1.0/users/{id}/photo/$value, /v1.0/me/photo/$value → image/png (404 ImageNotFound)
//   GET /v1.0/users/{id}/photo → the photo's metadata
// and its control routes (no token):
//   POST   /_sim/directory/users {"id"?, Graph user properties..., "photo"?: bool}
//          → 201 added / 200 updated (recorded for delta)
//   DELETE /_sim/directory/users/{id}[?permanent=true] → 204 (delta: @removed changed|deleted)
//   GET    /_sim/directory/users/{id} → every property, presence and photo flag
//   GET    /_sim/directory/stats → {total, members, guests, disabled, enabledMembers, noPhone...}
class GraphService final : public SimService
{
public:
    GraphService(SimContext &context, SimDirectory &directory);
    void registerRoutes(SimRouter &router) override;

private:
    SimResponse listUsers(const SimRequest &request, const GraphCall &call);
    SimResponse getUser(const SimRequest &request, const GraphCall &call, const SimUser *user,
                        const QString &key);
    SimResponse delta(const SimRequest &request, const GraphCall &call);
    SimResponse deltaPage(const QJsonObject &state, const GraphCall &call);
    SimResponse changesPage(const QJsonObject &state, const GraphCall &call);
    SimResponse photo(const GraphCall &call, const SimUser *user, const QString &key,
                      bool metadata);

    SimResponse upsertUser(const SimRequest &request);
    SimResponse removeUser(const SimRequest &request);

    // An absolute URL on the simulator's origin: path plus query options.
    QString link(const QString &path, const QList<QPair<QString, QString>> &options) const;
    QString metadata(const QString &fragment) const;
    QString encodeState(QJsonObject state) const;
    std::optional<QJsonObject> decodeState(const QString &token, const QString &kind) const;

    SimDirectory &m_directory;
};

} // namespace AgentDesk::Sim
