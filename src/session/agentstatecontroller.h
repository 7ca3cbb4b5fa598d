// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agentstatemodel.h"

#include <cc/agentstateevent.h>
#include <core/desktopprofile.h>

#include <QDateTime>
#include <QObject>

namespace AgentDesk::Cc {
struct CcEvent;
}

namespace AgentDesk::Session {

class ContactCenterServices;

// The signed-in agent's state in the contact center: Available or an idle code, who set it
// and since when. A change the agent asks for is sent as a command and shown only once the
// contact center confirms it; changes made elsewhere (a supervisor, RONA) arrive unasked with
// who made them. After the notification socket comes back, the state is reloaded.
//   AgentStateController state(&services);
//   state.begin(login.profile(), login.stationLoginEvent());
//   selector->setModel(state.model());
//   state.requestState(lunchId);   // false while another change is in flight
//   state.requestState(dndId, u"Teams presence: DoNotDisturb"_s); // with lastStateChangeReason
class AgentStateController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentStateController)

public:
    // What made the current state.
    enum class Cause
    {
        Login,    // the station login (begin()), untouched since
        Request,  // a requestState() of this app, confirmed
        Elsewhere // an unasked change: a supervisor, RONA, the agent in another client
    };

    struct State
    {
        bool known = false;
        bool available = false;
        QString idleCodeId; // empty when available
        QString changedByName;
        bool changedByOther = false; // a supervisor, RONA or another client
        QDateTime since;
        Cause cause = Cause::Login;
        QString changedBy; // as the contact center says it: "self", "supervisor", "rona"...
        QString reason;    // lastStateChangeReason, untranslated
    };

    explicit AgentStateController(ContactCenterServices *services, QObject *parent = nullptr);

    void begin(const Core::DesktopProfile &profile,
               const std::optional<Cc::AgentStateEvent> &login);
    AgentStateModel *model() { return &m_model; }
    const State &current() const { return m_state; }
    // The name to show for the current state ("Available" or the idle code's name).
    QString currentName() const;
    bool isChangePending() const { return m_pending; }
    // Between signOut() and signedOut().
    bool isSigningOut() const { return m_signingOut; }

    // Empty = Available. False (nothing sent) while a change is in flight or the code is unknown.
    // `reason` goes out as lastStateChangeReason (SERVICES-REFERENCE.md §1.4; at most 128
    // characters, untranslated: supervisors and reports read it).
    bool requestState(const QString &idleCodeId, const QString &reason = {});

    // The calls issue sets this while the agent handles a conversation.
    void setConversationActive(bool active) { m_conversationActive = active; }
    // Sets Idle, then logs out of the station. Refused while a conversation is active: returns
    // the sentence to show, and does nothing.
    QString signOut();

Q_SIGNALS:
    void stateChanged(const AgentDesk::Session::AgentStateController::State &state);
    void changeFailed(const QString &message);
    void connectionLost();
    void connectionRestored();
    // The agent signed in somewhere else (AGENT_MULTI_LOGIN); this session is over.
    void sessionEndedElsewhere();
    // The station logout finished (or could not be confirmed); the session is closed.
    void signedOut();

private:
    void onEvent(const Cc::CcEvent &event);
    void apply(const Cc::AgentStateEvent &event, Cause cause);
    void logout();
    QString defaultIdleCodeId() const;

    ContactCenterServices *m_services;
    AgentStateModel m_model;
    Core::DesktopProfile m_profile;
    State m_state;
    bool m_pending = false;
    // The state asked for by the change in flight, until its confirmation is applied (the
    // command's outcome and the state event may arrive in either order).
    bool m_requestOpen = false;
    QString m_requestedIdleCodeId;
    bool m_conversationActive = false;
    bool m_signingOut = false;
};

} // namespace AgentDesk::Session
