// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

namespace AgentDesk::Core {
class CallSession;
}

namespace AgentDesk::Session {

class CallController;

// What the call view shows of the current call at one instant: the caller, the state in words,
// the timers, both legs of a consult, which way the hold button goes, and the wrap-up
// countdown. Worked out here, from the call alone, so that the widget only copies texts into
// labels and the rules have tests without a window.
//   const CallDisplay shown = CallDisplay::of(calls, clock->now(), names);
//   timer->setText(shown.timer);
//   holdButton->setText(shown.holdAction == CallDisplay::HoldAction::Hold ? tr("Hold") : ...);
struct CallDisplay
{
    Q_DECLARE_TR_FUNCTIONS(AgentDesk::Session::CallDisplay)

public:
    enum class Phase
    {
        None,    // no call yet
        Ringing, // offered (or, placed by the agent, being connected)
        Talking, // connected, on hold, consulting, in a conference
        WrapUp,  // the agent picks a wrap-up code
        Over     // transferred, ended, wrapped up, missed
    };
    // What the hold button does now.
    enum class HoldAction
    {
        Hold,            // put the customer on hold (maybe not allowed now: see canRequest)
        ResumeCustomer,  // take the customer back (a consulted party then waits on hold)
        ResumeConsulted, // take the consulted party back (the customer then waits)
    };
    // Maps a consult or transfer destination (a number, an agent or queue id) to the name the
    // agent chose it by; empty when unknown.
    using PartyNames = std::function<QString(const QString &destination)>;

    Phase phase = Phase::None;
    QString caller;       // the customer's number (or, placed by the agent, the number called)
    QString queue;        // empty when the call came through no queue
    QString state;        // "On hold", translated
    QString timer;        // "04:12": ringing, talking or in wrap-up for that long; empty when over
    bool pending = false; // a command is on its way: every control waits
    HoldAction holdAction = HoldAction::Hold;

    // A consulted party is (or was just) on the line: both legs are shown.
    bool showLegs = false;
    QString customerStatus; // "On hold", "Talking", "In the conference"
    QString consultParty;   // the name the agent chose, else the destination as sent
    QString consultStatus;  // "Ringing…", "Talking", "On hold", "In the conference"
    QString consultTimer;   // since the consult started ringing, then since it was answered;
                            // empty when the contact center does not say (a conference)

    // "00:25" until the wrap-up is saved on its own; empty without an auto wrap-up.
    QString wrapUpCountdown;
    // For a call that is over: where it went ("Transferred to Priya Nair"), or that it was
    // missed; empty otherwise.
    QString note;

    static CallDisplay of(const CallController &calls, const QDateTime &now,
                          const PartyNames &names = {});
    // `call` may be null (no call yet). `placedByAgent`: click-to-call.
    static CallDisplay of(const Core::CallSession *call, bool placedByAgent, const QDateTime &now,
                          std::optional<QDateTime> autoWrapUpAt, const PartyNames &names = {});

    // "00:07", "59:59", "1:00:00": minutes and seconds, hours once there are some. Negative
    // counts as zero.
    static QString elapsed(qint64 seconds);
};

} // namespace AgentDesk::Session
