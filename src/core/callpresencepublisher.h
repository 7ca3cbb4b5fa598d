// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "callstate.h"

#include <QDateTime>
#include <QString>

#include <chrono>

namespace AgentDesk::Core {

// Contact center → Teams: which Graph presence session (SERVICES-REFERENCE.md §2.6) to keep for
// the agent while they handle a customer call. Pure: the owner (Teams::PresencePublisher) sends
// what next() asks for and reports how it went.
//   CallPresencePublisher publisher;
//   publisher.setCallState(call.state());
//   const auto request = publisher.next(clock->now());
//   if (request.action != CallPresencePublisher::Action::None) {
//       publisher.sent(request, clock->now());
//       ... POST setPresence {sessionId: clientId, availability, activity,
//                             expirationDuration: request.expirationDuration()} / clearPresence
//       publisher.succeeded();   // or failed(...)
//   }
//   wake up at publisher.nextRefreshAt() and ask next() again.
//
// While the call is connected, held or in a consult: Busy/InACall; conferenced:
// Busy/InAConferenceCall (the only other pair Graph accepts for a call). Not while it only
// rings (a missed offer would flash "in a call"), nor during wrap-up: the agent is off the phone.
// A session lives `expiration` (PT5M by default, Graph's minimum, so that a crashed app leaves
// no stale "in a call" for long) and is renewed `refreshAfter` its last successful set (4 min);
// after the call it is cleared. A set whose outcome is unknown (no answer: it may have reached
// Graph) is cleared after the call too, unless it has expired by then. A request Graph refuses
// for good (failed(Permanent)) is not repeated until the wanted presence changes.
class CallPresencePublisher final
{
public:
    struct Options
    {
        std::chrono::seconds expiration{300};
        std::chrono::seconds refreshAfter{240};
    };

    enum class Action
    {
        None,
        Set,
        Clear
    };

    struct Request
    {
        Action action = Action::None;
        QString availability; // Set only: "Busy"
        QString activity;     // Set only: "InACall" or "InAConferenceCall"
        std::chrono::seconds expiration{0};
        // ISO 8601, as Graph wants it: "PT5M".
        QString expirationDuration() const;
    };

    enum class Failure
    {
        NoAnswer,  // no answer or a timeout: it may have been applied; ask again after a pause
        Retryable, // Graph answered with an error worth retrying (429, 5xx, 401): not applied
        Permanent, // Graph refused the request itself (400, 403): do not repeat it
        NoSession  // clearPresence answered 404: there is nothing to clear
    };

    // Graph's bounds for expirationDuration.
    static constexpr std::chrono::seconds MinExpiration{5 * 60};
    static constexpr std::chrono::seconds MaxExpiration{4 * 60 * 60};

    CallPresencePublisher();
    // The expiration is clamped to Graph's bounds; a refreshAfter not below it becomes 4/5 of it.
    explicit CallPresencePublisher(Options options);

    // Off: nothing is wanted (a session still in effect is cleared).
    void setEnabled(bool enabled) { m_enabled = enabled; }
    void setCallState(CallState state) { m_wanted = activityFor(state); }
    // The activity to publish in that call state; empty for none.
    static QString activityFor(CallState state);

    // What to send now: nothing while a request is on its way.
    Request next(const QDateTime &now) const;
    // When next() will ask for a refresh without anything else changing; invalid when not.
    QDateTime nextRefreshAt() const;

    void sent(const Request &request, const QDateTime &at);
    void succeeded();
    void failed(Failure failure);

    bool isRequestRunning() const { return m_inFlight.action != Action::None; }
    // Whether our session may show in the agent's presence now (set, on its way, or its outcome
    // unknown, and not expired): PresenceSync::setOwnCallPresencePublished().
    bool mayBeInEffect(const QDateTime &now) const;
    // The activity confirmed by Graph and not expired; empty when none.
    QString publishedActivity(const QDateTime &now) const;
    const Options &options() const { return m_options; }

    static QString isoDuration(std::chrono::seconds duration);

private:
    QString wanted() const { return m_enabled ? m_wanted : QString(); }

    Options m_options;
    bool m_enabled = true;
    QString m_wanted;

    Request m_inFlight;
    QDateTime m_inFlightAt;

    QString m_published; // confirmed activity
    QDateTime m_publishedAt;
    QDateTime m_lastSetSentAt; // any set, confirmed or not
    bool m_unconfirmedSet = false;
    QString m_gaveUpOn; // the activity Graph refused for good
};

} // namespace AgentDesk::Core
