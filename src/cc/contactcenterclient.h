// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agentcommands.h"
#include "auxiliarycodes.h"
#include "ccresult.h"
#include "commandtracker.h"

#include <core/desktopprofile.h>
#include <core/dialplan.h>
#include <net/requesthandle.h>

#include <QObject>
#include <QUrl>

#include <functional>

namespace AgentDesk::Net {
class HttpClient;
class TokenProvider;
} // namespace AgentDesk::Net

namespace AgentDesk::Cc {

// The contact-center REST API of one agent (API-CONTRACT.md "Contact center"): the look-ups
// the sign-in needs, and the agent commands, sent through the CommandTracker so that each
// ends with its event (or a timeout) and a second click while one is in flight does nothing.
//   ContactCenterClient cc(&http, endpoints.ccApi, &ccTokens, &tracker);
//   cc.fetchDesktopProfile(me.orgId, me.id, this, [](const CcResult<Core::DesktopProfile> &p) {});
//   cc.stationLogin(check.preferences, profile.agentId, this,
//                   [](const CommandOutcome &outcome) { ... outcome.reason() ... });
// Look-up callbacks run once, unless `context` is destroyed first.
class ContactCenterClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactCenterClient)

public:
    template<typename T>
    using Callback = std::function<void(const CcResult<T> &)>;

    ContactCenterClient(Net::HttpClient *http, QUrl ccApi, Net::TokenProvider *tokens,
                        CommandTracker *tracker, QObject *parent = nullptr);
    ~ContactCenterClient() override;

    // GET /organization/{orgId}/v2/user/by-ci-user-id/{ciUserId}/desktop-login
    Net::RequestHandle fetchDesktopProfile(const QString &orgId, const QString &ciUserId,
                                           QObject *context, Callback<Core::DesktopProfile> done);
    // GET /organization/{orgId}/v2/auxiliary-code, every page
    void fetchAuxiliaryCodes(const QString &orgId, QObject *context, Callback<AuxiliaryCodes> done);
    // GET /organization/{orgId}/v2/team?agentView=true, every page; with an agent id, only
    // that agent's teams (filter=userId=={agentId}, unquoted as the SDK sends it).
    void fetchTeams(const QString &orgId, QObject *context, Callback<QList<Core::Team>> done,
                    const QString &agentId = {});
    // GET /organization/{orgId}/dial-plan?agentView=true, every page (active entries only)
    void fetchDialPlan(const QString &orgId, QObject *context,
                       Callback<QList<Core::DialPlanEntry>> done);

    // The commands: false, with nothing sent, while the same command is in flight.
    // `agentId`: the agent's id (ciUserId), which names the Desktop (WebRTC) device.
    bool stationLogin(const Core::InteractionPreferences &preferences, const QString &agentId,
                      QObject *context, CommandTracker::Callback done);
    // An empty auxCodeId (or "0") means Available.
    bool setState(const QString &auxCodeId, const QString &reason, QObject *context,
                  CommandTracker::Callback done);
    bool logout(const QString &reason, QObject *context, CommandTracker::Callback done);
    bool reload(QObject *context, CommandTracker::Callback done);

    const AgentCommands &commands() const { return m_commands; }
    CommandTracker *tracker() const { return m_tracker; }

private:
    QUrl organizationUrl(const QString &orgId, const QString &path) const;

    Net::HttpClient *m_http;
    QUrl m_ccApi;
    Net::TokenProvider *m_tokens;
    CommandTracker *m_tracker;
    AgentCommands m_commands;
};

} // namespace AgentDesk::Cc
