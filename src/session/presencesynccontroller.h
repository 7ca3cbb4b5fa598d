// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agentstatecontroller.h"

#include <core/callstate.h>
#include <core/desktopprofile.h>
#include <core/presencesync.h>
#include <core/serviceendpoints.h>
#include <teams/ownpresencereader.h>
#include <teams/presencepublisher.h>

#include <QObject>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <optional>

namespace AgentDesk::Core {
class Clock;
}

namespace AgentDesk::Session {

class CallController;
class TeamsConnection;

// Presence sync in the running session (issue 7), both directions, as the profile allows:
// Teams → contact center: the agent's own Teams presence (OwnPresenceReader, /me/presence every
// 3 s) goes through Core::PresenceSync with every confirmed state change and the customer
// call's activity; what it decides is asked of the contact center with requestState(), the
// reason going out as lastStateChangeReason ("Teams presence: Presenting") and shown translated
// in the state selector (reason(): "from Teams: Presenting").
// Contact center → Teams: the customer call's state goes to a PresencePublisher, which keeps
// Busy/InACall in Teams during the call (refreshed) and clears it afterwards.
//   PresenceSyncController sync(&agentState, &calls, &teams, endpoints, clock);
//   sync.begin(login.profile());   // at every station login; starts once Teams is connected
//   connect(&sync, &PresenceSyncController::reasonChanged, ... selector shows sync.reason());
// It runs while Teams is connected and the profile turns state synchronization on; it stops on
// Teams' disconnection and at sign-out. It never moves the agent during a customer call:
// PresenceSync decides nothing then, and this class checks the call once more before asking.
class PresenceSyncController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresenceSyncController)

public:
    struct Options
    {
        Teams::OwnPresenceReader::Options reader;
        Teams::PresencePublisher::Options publisher;
    };

    // The Graph base and the app's client id (the presence session id) come from `endpoints`.
    // `state`, `calls`, `teams` and `clock` must outlive this.
    PresenceSyncController(AgentStateController *state, CallController *calls,
                           TeamsConnection *teams, const Core::ServiceEndpoints &endpoints,
                           const Core::Clock *clock, QObject *parent = nullptr);
    PresenceSyncController(AgentStateController *state, CallController *calls,
                           TeamsConnection *teams, const Core::ServiceEndpoints &endpoints,
                           const Core::Clock *clock, Options options, QObject *parent = nullptr);
    ~PresenceSyncController() override;

    // At every station login, after AgentStateController::begin(): the profile's mapping and
    // login inheritance; the state the login gave is the login's. Starts when Teams is (or
    // becomes) connected.
    void begin(const Core::DesktopProfile &profile);
    // Stops reading and publishing (sign-out); begin() again to resume.
    void end();

    // Whether the profile turns state synchronization on (Teams used and stateSynchronization).
    bool isEnabled() const { return m_settings.enabled; }
    bool isRunning() const { return m_reader != nullptr; }
    // Why the current state was set, translated ("from Teams: Presenting") when the sync set it;
    // empty otherwise.
    QString reason() const;
    // Who made the last confirmed state change, as the sync sees it.
    Core::PresenceSync::Origin lastOrigin() const { return m_origin; }
    // While running; null otherwise.
    const Teams::OwnPresenceReader *reader() const { return m_reader.get(); }
    const Teams::PresencePublisher *publisher() const { return m_publisher.get(); }

Q_SIGNALS:
    void reasonChanged();
    void runningChanged(bool running);

private:
    void onTeamsStateChanged();
    void start();
    void stop();
    void onAgentStateChanged(const AgentStateController::State &state);
    void onCallStateChanged(Core::CallState state);
    void act(const Core::PresenceSync::Decision &decision);
    Core::PresenceSync::Origin originOf(const AgentStateController::State &state) const;
    Core::PresenceSync::AgentState agentState() const;
    void setShown(const std::optional<Core::PresenceSync::Decision> &decision);

    AgentStateController *m_state;
    CallController *m_calls;
    TeamsConnection *m_teams;
    QUrl m_graphApi;
    QString m_clientId;
    const Core::Clock *m_clock;
    Options m_options;

    bool m_begun = false;
    Core::PresenceSync::Settings m_settings;
    std::unique_ptr<Core::PresenceSync> m_sync;
    std::unique_ptr<Teams::OwnPresenceReader> m_reader;
    std::unique_ptr<Teams::PresencePublisher> m_publisher;

    AgentStateController::State m_last; // the last state change seen
    Core::PresenceSync::Origin m_origin = Core::PresenceSync::Origin::Login;
    // The sync's own state request, sent and not yet confirmed or refused.
    std::optional<Core::PresenceSync::Decision> m_awaiting;
    // A decision that could not be sent because another change was in flight: sent once that
    // one is settled without changing the state (it failed), dropped when the state changes
    // (the change is newer, and the sync decides again from it).
    std::optional<Core::PresenceSync::Decision> m_deferred;
    // Looks again while a decision is deferred: a change settles without a state event when its
    // event came before its 202.
    QTimer m_deferredRetry;
    // The decision behind the current state, when the sync made it.
    std::optional<Core::PresenceSync::Decision> m_shown;
};

} // namespace AgentDesk::Session
