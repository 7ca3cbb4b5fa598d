// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/taskcommands.h>
#include <core/callcommand.h>
#include <core/callsession.h>
#include <core/callstate.h>
#include <core/desktopprofile.h>

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

namespace AgentDesk::Core {
class Clock;
}

namespace AgentDesk::Cc {
struct CcEvent;
}

namespace AgentDesk::Net {
class ApiError;
}

namespace AgentDesk::Session {

class AgentStateController;
class ContactCenterServices;

// The signed-in agent's customer call: one Core::CallSession per interaction, fed with the
// contact center's task events, and the commands the call view asks for, sent as the session
// allows them (one at a time; a second click sends nothing). The state moves only when the
// contact center confirms; a failure, a refused request or a 20 s silence keeps it and says why
// (errorOccurred); a mismatch, a timeout or a reconnect reloads (/v1/agents/reload) and the
// session takes the contact center's picture.
//   CallController calls(&services, &agentState, Core::Clock::system());
//   calls.begin(login.profile());
//   connect(&calls, &CallController::incomingCall, banner, &Banner::show);
//   connect(&calls, &CallController::stateChanged, view, &CallView::refresh);
//   calls.accept();                                 // false: nothing sent (not now)
//   calls.consult(u"+14255550100"_s, u"dialNumber"_s);
//   calls.consultTransfer();
//   calls.wrapUp(codeId);
class CallController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallController)

public:
    // `agentState` hears when a conversation starts and ends (no sign-out meanwhile); it may
    // be null. `clock` times commands and the auto wrap-up.
    CallController(ContactCenterServices *services, AgentStateController *agentState,
                   const Core::Clock *clock, QObject *parent = nullptr);
    ~CallController() override;

    // The profile's wrap-up codes and auto wrap-up; at every sign-in.
    void begin(const Core::DesktopProfile &profile);

    // The clock the call's timers (callSince, consultSince, autoWrapUpAt) are read against.
    const Core::Clock *clock() const { return m_clock; }
    // The current call (the last one, Closed, until the next arrives); null before the first.
    const Core::CallSession *call() const { return m_call.get(); }
    // Idle without a call.
    Core::CallState state() const;
    // Whether the control for `kind` is enabled now (the state allows it, nothing pending).
    bool canRequest(Core::CallCommand::Kind kind) const;
    // The party of the current consult, kept through a conference or a consult transfer
    // (what Recent experts records); empty without one.
    QString consultedDestination() const;
    QString consultedDestinationType() const;
    const QList<Core::NamedCode> &wrapUpCodes() const { return m_profile.wrapUpCodes; }
    // When the wrap-up will be saved on its own, while in wrap-up with the profile's auto
    // wrap-up; nothing otherwise.
    std::optional<QDateTime> autoWrapUpAt() const;

    // The agent's commands. Each returns false, with nothing sent, when the call does not
    // allow it now (wrong state, another command pending, a missing destination or code).
    bool accept();
    bool hold();
    // Takes back whichever leg waits on hold (the customer, or the consulted party).
    bool resume();
    // `destinationType`: agent | queue | dialNumber | entryPoint; a number as the dial plan
    // accepts it (the caller normalises). The customer is held meanwhile.
    bool consult(const QString &destination, const QString &destinationType);
    bool endConsult();
    bool consultTransfer();
    bool conference();
    bool blindTransfer(const QString &destination, const QString &destinationType);
    bool end();
    // One of wrapUpCodes(); false for another id.
    bool wrapUp(const QString &codeId);

    // Click-to-call: calls `destination` (a number the dial plan accepts; the caller
    // normalises) with no customer call, through the profile's outdial entry point. False,
    // with nothing sent, during a conversation, while another outdial is on its way, or when
    // the profile has no outdial entry point. The call then arrives like any other (offered,
    // then connected), without incomingCall(); a failure comes as errorOccurred().
    bool outdial(const QString &destination);
    bool canOutdial() const;
    bool isOutdialPending() const { return m_outdial.has_value(); }
    // The current call was placed by this agent (click-to-call).
    bool isOutdial() const { return m_callIsOutdial; }

public Q_SLOTS:
    // Gives up on a command whose 20 s have passed and saves an auto wrap-up that is due. The
    // controller's timer calls it on time; it is public so that a test that moves a
    // ManualClock can ask at once.
    void checkTimeouts();

Q_SIGNALS:
    // Another call (or the first), or the current one's details: caller, queue, consult and
    // transfer destinations, timers, wrap-up required, missed.
    void callChanged();
    void stateChanged(AgentDesk::Core::CallState state, AgentDesk::Core::CallState previous);
    // A command (or an outdial) went out or was settled: the controls' enabled state changed.
    void pendingChanged();
    // A translated sentence: a command failed, timed out or was refused.
    void errorOccurred(const QString &message);
    // A call rings at this agent: for the banner and the desktop notification.
    void incomingCall(const QString &caller, const QString &queue);

private:
    struct Outdial
    {
        QString destination;
        QDateTime deadline;
    };

    void onEvent(const Cc::CcEvent &event);
    void startCall(const QString &interactionId, bool outdial);
    void outdialFailed(const QString &message);
    bool send(const Core::CallCommand &command);
    void onRejected(const QPointer<Core::CallSession> &session, Core::CallCommand::Kind kind,
                    const Net::ApiError &error);
    void requestReload();
    void onStateChanged(Core::CallState state, Core::CallState previous);
    void scheduleCheck();
    QString defaultWrapUpCodeId() const;

    ContactCenterServices *m_services;
    AgentStateController *m_agentState;
    const Core::Clock *m_clock;
    Core::DesktopProfile m_profile;
    std::unique_ptr<Core::CallSession> m_call;
    Cc::TaskCommands::Media m_media;
    bool m_autoWrapUpTried = false;
    bool m_callIsOutdial = false;
    std::optional<Outdial> m_outdial; // sent, its call not offered yet
    // The next deadline: the pending command's, the outdial's, or the auto wrap-up's.
    QTimer m_checkTimer;
    // A reload that failed is tried again while the call still needs one.
    QTimer m_reloadRetry;
};

} // namespace AgentDesk::Session
