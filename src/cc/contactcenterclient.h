// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agentcommands.h"
#include "auxiliarycodes.h"
#include "buddyagent.h"
#include "ccqueue.h"
#include "ccresult.h"
#include "commandtracker.h"
#include "taskcommands.h"

#include <core/contactcenteragent.h>
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
//   cc.requestBuddyAgents(profile.agentProfileId, u"telephony"_s, {}, this,
//                         [](const CommandOutcome &outcome, const QList<BuddyAgent> &agents) {});
//   cc.sendTaskCommand(cc.taskCommands().hold(interactionId, mediaId), this,
//                      [](const CcResult<QString> &accepted) { ... 202, or why not ... });
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
    // GET /organization/{orgId}/v2/user, every page: the organization's contact-center agents
    // (enabled and active users only), for the e-mail merge with the Teams directory.
    void fetchAgentDirectory(const QString &orgId, QObject *context,
                             Callback<QList<Core::ContactCenterAgent>> done);
    // GET /organization/{orgId}/v2/contact-service-queue?desktopProfileFilter=true, every page:
    // the active queues of one channel (empty: every channel).
    void fetchQueues(const QString &orgId, QObject *context, Callback<QList<CcQueue>> done,
                     const QString &channelType = QStringLiteral("telephony"));

    // The commands: false, with nothing sent, while the same command is in flight.
    // `agentId`: the agent's id (ciUserId), which names the Desktop (WebRTC) device.
    bool stationLogin(const Core::InteractionPreferences &preferences, const QString &agentId,
                      QObject *context, CommandTracker::Callback done);
    // An empty auxCodeId (or "0") means Available.
    bool setState(const QString &auxCodeId, const QString &reason, QObject *context,
                  CommandTracker::Callback done);
    bool logout(const QString &reason, QObject *context, CommandTracker::Callback done);
    bool reload(QObject *context, CommandTracker::Callback done);

    // The buddy list's answer: the outcome, and on success the agents (empty otherwise). A
    // BuddyAgents event whose agentList does not validate ends as Rejected(UnexpectedShape).
    using BuddyAgentsCallback =
            std::function<void(const CommandOutcome &outcome, const QList<BuddyAgent> &agents)>;
    // POST /v1/agents/buddyList → the other logged-in agents and their state, for the Agents
    // tab. `agentProfileId`: the desktop profile's (Core::DesktopProfile::agentProfileId);
    // `state`: Available or Idle to ask for those only, empty for all. False, with nothing
    // sent, while a buddy-list request is in flight.
    bool requestBuddyAgents(const QString &agentProfileId, const QString &mediaType,
                            const QString &state, QObject *context, BuddyAgentsCallback done);

    // A task command (TaskCommands, `/v1/tasks/…`), sent with a fresh TrackingID header. `done`
    // gets the REST answer only: the tracking id on 202, or why the call failed. The outcome
    // arrives as events, which Core::CallSession reads itself, with its own 20 s deadline: task
    // commands bypass the CommandTracker so that one command has one clock.
    Net::RequestHandle sendTaskCommand(const CcCommand &command, QObject *context,
                                       Callback<QString> done);

    const AgentCommands &commands() const { return m_commands; }
    const TaskCommands &taskCommands() const { return m_taskCommands; }
    CommandTracker *tracker() const { return m_tracker; }

private:
    QUrl organizationUrl(const QString &orgId, const QString &path) const;

    Net::HttpClient *m_http;
    QUrl m_ccApi;
    Net::TokenProvider *m_tokens;
    CommandTracker *m_tracker;
    AgentCommands m_commands;
    TaskCommands m_taskCommands;
};

} // namespace AgentDesk::Cc
