// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "requestbudget.h"

#include <core/callpresencepublisher.h>
#include <core/callstate.h>
#include <net/requesthandle.h>

#include <QObject>
#include <QTimer>
#include <QUrl>

#include <chrono>

namespace AgentDesk::Core {
class Clock;
}

namespace AgentDesk::Net {
class ApiResult;
class HttpClient;
class TokenProvider;
} // namespace AgentDesk::Net

namespace AgentDesk::Teams {

// Contact center → Teams: shows "in a call" in Teams while the agent handles a customer call,
// through an app presence session (SERVICES-REFERENCE.md §2.6):
//   POST /users/{id}/presence/setPresence {sessionId: <client id>, availability: "Busy",
//        activity: "InACall" | "InAConferenceCall", expirationDuration: "PT5M"}
//   POST /users/{id}/presence/clearPresence {sessionId}
//   PresencePublisher publisher(&http, teams.tokens(), endpoints.graphApi, endpoints.clientId,
//                               Core::Clock::system());
//   connect(&own, &OwnPresenceReader::userIdChanged, &publisher, &PresencePublisher::setUserId);
//   connect(call, &CallSession::stateChanged, ... publisher.setCallState(call->state()));
//   connect(&publisher, &PresencePublisher::inEffectChanged, ...
//           sync.setOwnCallPresencePublished(inEffect));
// What to send and when is Core::CallPresencePublisher's decision (set during the call,
// refreshed 4 min after each successful set so the 5-min session never lapses, cleared after
// the call); this class sends it. One request at a time; failures are logged and retried: after
// Retry-After on 429/503, else with the retry policy's exponential backoff, inside its own
// RequestBudget (budgetRequests per budgetWindow) so that nothing ever loops fast. A request
// Graph refuses as such (400, 403; 404 on setPresence) is not repeated until the call state
// changes; 404 on clearPresence means there is nothing to clear. The session id is the app's
// client id, as Graph requires. If the app quits during a call, Graph drops the session when it
// expires (at most `expiration` later).
class PresencePublisher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresencePublisher)

public:
    struct Options
    {
        Core::CallPresencePublisher::Options session; // expiration PT5M, refresh after 4 min
        int budgetRequests = 10;
        std::chrono::milliseconds budgetWindow{30'000};
        // The longest the timer sleeps before it looks at the clock again.
        std::chrono::milliseconds checkInterval{1'000};
        std::chrono::milliseconds requestTimeout{10'000};
    };

    // `graphApi` is Graph's base with its version; `clientId` the app's registered client id
    // (ServiceEndpoints::clientId). `http`, `tokens` and `clock` must outlive the publisher.
    PresencePublisher(Net::HttpClient *http, Net::TokenProvider *tokens, QUrl graphApi,
                      QString clientId, const Core::Clock *clock, QObject *parent = nullptr);
    PresencePublisher(Net::HttpClient *http, Net::TokenProvider *tokens, QUrl graphApi,
                      QString clientId, const Core::Clock *clock, Options options,
                      QObject *parent = nullptr);
    ~PresencePublisher() override;

    // The agent's Graph user id (OwnPresenceReader::userId()); nothing is sent without it.
    void setUserId(const QString &userId);
    void setCallState(Core::CallState state);
    // Off (the profile or the agent turned the sync off): nothing is set, a session is cleared.
    void setEnabled(bool enabled);

    // Whether our session may show in the agent's presence now (set, on its way, or its outcome
    // unknown, and not expired).
    bool isInEffect() const;
    // The activity Graph confirmed and that has not expired; empty when none.
    QString publishedActivity() const;
    bool isRequestRunning() const { return m_request.isRunning() || m_state.isRequestRunning(); }
    QDateTime holdingUntil() const;
    int requestsInWindow() const;
    const Core::CallPresencePublisher &decisions() const { return m_state; }

Q_SIGNALS:
    void inEffectChanged(bool inEffect);
    // A set succeeded (the first one of a call and every refresh).
    void published(const QString &activity);
    void cleared();

private:
    void update();
    void scheduleSoon();
    void arm(qint64 now);
    void send(const Core::CallPresencePublisher::Request &request, qint64 now);
    void onReply(const Core::CallPresencePublisher::Request &request, const Net::ApiResult &result);
    void reportInEffect();
    QDateTime clockNow() const;
    qint64 now() const;

    Net::HttpClient *m_http;
    Net::TokenProvider *m_tokens;
    QUrl m_graphApi;
    QString m_clientId;
    const Core::Clock *m_clock;
    Options m_options;
    RequestBudget m_budget;
    Core::CallPresencePublisher m_state;
    QString m_userId;
    bool m_inEffect = false; // what inEffectChanged last said
    Net::RequestHandle m_request;
    QTimer m_timer;
};

} // namespace AgentDesk::Teams
