// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agentcommands.h"

#include "urlpath.h"

#include <core/stationloginrequest.h>

using namespace Qt::StringLiterals;

namespace AgentDesk::Cc {

// lastStateChangeReason is at most 128 characters (CC OpenAPI StateResourceRequest).
static constexpr qsizetype kMaxReason = 128;

AgentCommands::AgentCommands(QUrl ccApi, Net::TokenProvider *tokens)
    : m_ccApi(std::move(ccApi))
    , m_tokens(tokens)
{}

CcCommand AgentCommands::stationLogin(const Core::InteractionPreferences &preferences,
                                      const QString &agentId) const
{
    return CcCommand{loginKey(),
                     Net::ApiRequest::post(below(m_ccApi, u"v1/agents/login"_s))
                             .withJson(Core::StationLoginRequest::body(preferences, agentId))
                             .withAuth(m_tokens)
                             .expecting(Net::ApiRequest::Expect::AnyJson),
                     {u"AgentStationLoginSuccess"_s},
                     {u"AgentStationLoginFailed"_s}};
}

CcCommand AgentCommands::setState(const QString &auxCodeId, const QString &reason) const
{
    const bool available = auxCodeId.isEmpty() || auxCodeId == availableCodeId();
    return CcCommand{stateKey(),
                     Net::ApiRequest::put(below(m_ccApi, u"v1/agents/session/state"_s))
                             .withJson(QJsonObject{
                                     {u"state"_s, available ? u"Available"_s : u"Idle"_s},
                                     {u"auxCodeId"_s, available ? availableCodeId() : auxCodeId},
                                     {u"lastStateChangeReason"_s, reason.left(kMaxReason)}})
                             .withAuth(m_tokens)
                             .expecting(Net::ApiRequest::Expect::AnyJson),
                     {u"AgentStateChangeSuccess"_s},
                     {u"AgentStateChangeFailed"_s}};
}

CcCommand AgentCommands::logout(const QString &reason) const
{
    return CcCommand{logoutKey(),
                     Net::ApiRequest::put(below(m_ccApi, u"v1/agents/logout"_s))
                             .withJson(QJsonObject{{u"logoutReason"_s, reason.left(kMaxReason)}})
                             .withAuth(m_tokens)
                             .expecting(Net::ApiRequest::Expect::AnyJson),
                     {u"AgentLogoutSuccess"_s},
                     {u"AgentLogoutFailed"_s}};
}

CcCommand AgentCommands::reload() const
{
    return CcCommand{reloadKey(),
                     Net::ApiRequest::post(below(m_ccApi, u"v1/agents/reload"_s))
                             .withAuth(m_tokens)
                             .expecting(Net::ApiRequest::Expect::AnyJson),
                     {u"AgentReloginSuccess"_s, u"AgentChannelReloginSuccess"_s},
                     {u"AgentReloginFailed"_s}};
}

CcCommand AgentCommands::buddyList(const QString &agentProfileId, const QString &mediaType,
                                   const QString &state) const
{
    QJsonObject body{{u"agentProfileId"_s, agentProfileId}, {u"mediaType"_s, mediaType}};
    if (!state.isEmpty()) {
        body.insert(u"state"_s, state);
    }
    return CcCommand{buddyListKey(),
                     Net::ApiRequest::post(below(m_ccApi, u"v1/agents/buddyList"_s))
                             .withJson(body)
                             .withAuth(m_tokens)
                             .expecting(Net::ApiRequest::Expect::AnyJson),
                     {u"BuddyAgents"_s},
                     {u"BuddyAgentsRetrieveFailed"_s}};
}

} // namespace AgentDesk::Cc
