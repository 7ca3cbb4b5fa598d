// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "presencesynccontroller.h"

#include "callcontroller.h"
#include "teamsconnection.h"

#include <core/clock.h>

#include <QLoggingCategory>

#include <chrono>
#include <utility>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

Q_LOGGING_CATEGORY(lcPresenceSync, "agentdesk.session.presencesync", QtInfoMsg)

namespace AgentDesk::Session {

using Core::PresenceSync;
using Origin = PresenceSync::Origin;

PresenceSyncController::PresenceSyncController(AgentStateController *state, CallController *calls,
                                               TeamsConnection *teams,
                                               const Core::ServiceEndpoints &endpoints,
                                               const Core::Clock *clock, QObject *parent)
    : PresenceSyncController(state, calls, teams, endpoints, clock, Options{}, parent)
{}

PresenceSyncController::PresenceSyncController(AgentStateController *state, CallController *calls,
                                               TeamsConnection *teams,
                                               const Core::ServiceEndpoints &endpoints,
                                               const Core::Clock *clock, Options options,
                                               QObject *parent)
    : QObject(parent)
    , m_state(state)
    , m_calls(calls)
    , m_teams(teams)
    , m_graphApi(endpoints.graphApi)
    , m_clientId(endpoints.clientId)
    , m_clock(clock)
    , m_options(std::move(options))
{
    m_deferredRetry.setInterval(250ms);
    connect(&m_deferredRetry, &QTimer::timeout, this, [this] {
        if (!m_deferred) {
            m_deferredRetry.stop();
        } else if (!m_state->isChangePending()) {
            m_deferredRetry.stop();
            act(*std::exchange(m_deferred, std::nullopt));
        }
    });
    connect(m_state, &AgentStateController::stateChanged, this,
            &PresenceSyncController::onAgentStateChanged);
    connect(m_calls, &CallController::stateChanged, this,
            [this](Core::CallState state, Core::CallState) { onCallStateChanged(state); });
    connect(m_teams, &TeamsConnection::stateChanged, this,
            &PresenceSyncController::onTeamsStateChanged);
}

PresenceSyncController::~PresenceSyncController() = default;

void PresenceSyncController::begin(const Core::DesktopProfile &profile)
{
    stop();
    m_settings = PresenceSync::Settings::fromProfile(profile);
    m_begun = true;
    m_awaiting.reset();
    m_deferred.reset();
    setShown(std::nullopt);
    m_last = m_state->current();
    m_origin = originOf(m_last);
    qCInfo(lcPresenceSync) << "state synchronization with Teams"
                           << (m_settings.enabled ? "on" : "off") << "in the profile";
    onTeamsStateChanged();
}

void PresenceSyncController::end()
{
    m_begun = false;
    stop();
    m_awaiting.reset();
    setShown(std::nullopt);
}

QString PresenceSyncController::reason() const
{
    return m_shown ? m_shown->reason() : QString();
}

void PresenceSyncController::onTeamsStateChanged()
{
    const bool wanted =
            m_begun && m_settings.enabled && m_teams->state() == TeamsConnection::State::Connected;
    if (wanted && !isRunning()) {
        start();
    } else if (!wanted && isRunning()) {
        stop();
    }
}

void PresenceSyncController::start()
{
    m_sync = std::make_unique<PresenceSync>(m_settings);
    m_reader = std::make_unique<Teams::OwnPresenceReader>(&m_teams->http(), m_teams->tokens(),
                                                          m_graphApi, m_clock, m_options.reader);
    m_publisher = std::make_unique<Teams::PresencePublisher>(&m_teams->http(), m_teams->tokens(),
                                                             m_graphApi, m_clientId, m_clock,
                                                             m_options.publisher);

    connect(m_reader.get(), &Teams::OwnPresenceReader::presenceRead, this,
            [this](const Core::Presence &presence, const QDateTime &sentAt) {
                if (m_sync) {
                    act(m_sync->teamsPresenceRead(presence, sentAt));
                }
            });
    connect(m_reader.get(), &Teams::OwnPresenceReader::userIdChanged, m_publisher.get(),
            &Teams::PresencePublisher::setUserId);
    connect(m_publisher.get(), &Teams::PresencePublisher::inEffectChanged, this,
            [this](bool inEffect) {
                if (!m_sync) {
                    return;
                }
                m_sync->setOwnCallPresencePublished(inEffect, m_clock->now());
                if (!inEffect && m_reader) {
                    // The agent's own presence shows again: read it without waiting.
                    m_reader->readSoon();
                }
            });

    // What the sync must know before the first read: the call, then the agent's state and
    // who made it (Teams is Unknown until then, so neither acts yet).
    const Core::CallState call = m_calls->state();
    m_publisher->setCallState(call);
    act(m_sync->callActivityChanged(PresenceSync::callActivity(call)));
    if (m_last.known) {
        act(m_sync->agentStateChanged(agentState()));
    }
    qCInfo(lcPresenceSync) << "started";
    m_reader->start();
    Q_EMIT runningChanged(true);
}

void PresenceSyncController::stop()
{
    if (!isRunning()) {
        return;
    }
    // A request of the sync still on its way keeps m_awaiting: its confirmation is the sync's.
    m_deferred.reset();
    m_reader.reset();
    m_publisher.reset();
    m_sync.reset();
    qCInfo(lcPresenceSync) << "stopped";
    Q_EMIT runningChanged(false);
}

void PresenceSyncController::onAgentStateChanged(const AgentStateController::State &state)
{
    if (!state.known) {
        return;
    }
    const bool same = m_last.known && state.available == m_last.available &&
                      state.idleCodeId == m_last.idleCodeId && state.since == m_last.since;
    if (same) {
        // No change: a refused request shows the state again, or a reload repeated it.
        if (!m_state->isChangePending()) {
            if (m_awaiting) {
                qCInfo(lcPresenceSync).noquote()
                        << u"the contact center did not take the change (%1)"_s.arg(
                                   m_awaiting->wireReason());
                m_awaiting.reset();
            }
            if (m_deferred) {
                // The agent's own change failed: the sync's waiting one goes now.
                act(*std::exchange(m_deferred, std::nullopt));
            }
        }
        return;
    }
    m_last = state;
    m_origin = originOf(state);
    if (state.cause == AgentStateController::Cause::Request) {
        setShown(m_origin == Origin::Sync ? m_awaiting : std::nullopt);
        m_awaiting.reset();
    } else {
        setShown(std::nullopt);
    }
    // Someone else's change is newer than what the sync wanted meanwhile.
    m_deferred.reset();
    qCInfo(lcPresenceSync).noquote() << u"state %1 by %2"_s.arg(
            state.available ? u"Available"_s : u"Idle"_s, PresenceSync::originName(m_origin));
    if (m_sync) {
        act(m_sync->agentStateChanged(agentState()));
    }
}

void PresenceSyncController::onCallStateChanged(Core::CallState state)
{
    if (m_publisher) {
        m_publisher->setCallState(state);
    }
    if (m_sync) {
        act(m_sync->callActivityChanged(PresenceSync::callActivity(state)));
    }
}

void PresenceSyncController::act(const PresenceSync::Decision &decision)
{
    if (decision.isNone() || !m_sync) {
        return;
    }
    // PresenceSync already decides nothing during a call; this is the last word before the
    // contact center hears of it: a customer call is never interrupted.
    if (PresenceSync::callActivity(m_calls->state()) != PresenceSync::CallActivity::None ||
        m_state->isSigningOut()) {
        qCInfo(lcPresenceSync) << "not changing the state during a call or a sign-out";
        return;
    }
    const QString code = decision.action == PresenceSync::Decision::Action::SetAvailable
                                 ? QString()
                                 : decision.idleCodeId;
    if (m_state->requestState(code, decision.wireReason())) {
        m_awaiting = decision;
        m_deferred.reset();
        return;
    }
    if (m_state->isChangePending()) {
        qCInfo(lcPresenceSync) << "waiting for the state change in flight";
        m_deferred = decision;
        m_deferredRetry.start();
        return;
    }
    qCWarning(lcPresenceSync) << "the state the sync wants is not in the profile's list";
}

Origin PresenceSyncController::originOf(const AgentStateController::State &state) const
{
    switch (state.cause) {
    case AgentStateController::Cause::Login:
        return Origin::Login;
    case AgentStateController::Cause::Request:
        return m_awaiting ? Origin::Sync : Origin::Agent;
    case AgentStateController::Cause::Elsewhere:
        break;
    }
    if (!state.changedByOther) {
        return Origin::Agent; // the agent, in another client
    }
    if (state.changedBy.contains(u"rona"_s, Qt::CaseInsensitive)) {
        return Origin::Rona;
    }
    if (state.changedBy.contains(u"supervisor"_s, Qt::CaseInsensitive)) {
        return Origin::Supervisor;
    }
    return Origin::Other;
}

PresenceSync::AgentState PresenceSyncController::agentState() const
{
    return {m_last.available, m_last.available ? QString() : m_last.idleCodeId, m_origin};
}

void PresenceSyncController::setShown(const std::optional<PresenceSync::Decision> &decision)
{
    const QString before = reason();
    m_shown = decision;
    if (reason() != before) {
        Q_EMIT reasonChanged();
    }
}

} // namespace AgentDesk::Session
