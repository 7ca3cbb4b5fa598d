// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "presencepublisher.h"

#include "graphpath.h"
#include "teamslogging.h"

#include <core/clock.h>
#include <net/apirequest.h>
#include <net/apiresult.h>
#include <net/httpclient.h>

#include <algorithm>

using namespace Qt::StringLiterals;
using std::chrono::milliseconds;
using Decisions = AgentDesk::Core::CallPresencePublisher;

namespace AgentDesk::Teams {

namespace {

// How the request's failure counts for what comes next.
Decisions::Failure classify(Decisions::Action action, const Net::ApiError &error)
{
    if (error.kind() == Net::ApiError::Kind::Unauthorized) {
        // Graph refused the token (and no new one came): nothing was applied; try again later.
        return Decisions::Failure::Retryable;
    }
    if (error.kind() != Net::ApiError::Kind::Http) {
        // No answer, a timeout, a cut-off answer, a cancelled request: it may or may not have
        // reached Graph; try again later.
        return Decisions::Failure::NoAnswer;
    }
    const int status = error.httpStatus();
    if (status == 404 && action == Decisions::Action::Clear) {
        return Decisions::Failure::NoSession;
    }
    if (status == 408 || status == 429 || status >= 500) {
        return Decisions::Failure::Retryable;
    }
    return Decisions::Failure::Permanent;
}

} // namespace

PresencePublisher::PresencePublisher(Net::HttpClient *http, Net::TokenProvider *tokens,
                                     QUrl graphApi, QString clientId, const Core::Clock *clock,
                                     QObject *parent)
    : PresencePublisher(http, tokens, std::move(graphApi), std::move(clientId), clock, Options{},
                        parent)
{}

PresencePublisher::PresencePublisher(Net::HttpClient *http, Net::TokenProvider *tokens,
                                     QUrl graphApi, QString clientId, const Core::Clock *clock,
                                     Options options, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_tokens(tokens)
    , m_graphApi(std::move(graphApi))
    , m_clientId(std::move(clientId))
    , m_clock(clock ? clock : Core::Clock::system())
    , m_options(std::move(options))
    , m_budget(m_options.budgetRequests, m_options.budgetWindow)
    , m_state(m_options.session)
{
    Q_ASSERT(http);
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &PresencePublisher::update);
}

PresencePublisher::~PresencePublisher() = default;

qint64 PresencePublisher::now() const
{
    return m_clock->msecsSinceEpoch();
}

QDateTime PresencePublisher::clockNow() const
{
    return m_clock->now();
}

void PresencePublisher::setUserId(const QString &userId)
{
    if (m_userId == userId) {
        return;
    }
    m_userId = userId;
    scheduleSoon();
}

void PresencePublisher::setCallState(Core::CallState state)
{
    m_state.setCallState(state);
    scheduleSoon();
}

void PresencePublisher::setEnabled(bool enabled)
{
    m_state.setEnabled(enabled);
    scheduleSoon();
}

bool PresencePublisher::isInEffect() const
{
    return m_state.mayBeInEffect(clockNow());
}

QString PresencePublisher::publishedActivity() const
{
    return m_state.publishedActivity(clockNow());
}

QDateTime PresencePublisher::holdingUntil() const
{
    if (!m_budget.isHolding(now())) {
        return {};
    }
    return QDateTime::fromMSecsSinceEpoch(m_budget.holdUntil(), Qt::UTC);
}

int PresencePublisher::requestsInWindow() const
{
    return m_budget.requestsInWindow(now());
}

void PresencePublisher::scheduleSoon()
{
    m_timer.start(0);
}

void PresencePublisher::update()
{
    const qint64 at = now();
    reportInEffect();
    if (!m_state.isRequestRunning() && !m_userId.isEmpty() && !m_clientId.isEmpty()) {
        const Decisions::Request request = m_state.next(clockNow());
        if (request.action != Decisions::Action::None && m_budget.canSend(at)) {
            send(request, at);
        }
    }
    arm(at);
}

void PresencePublisher::arm(qint64 at)
{
    if (m_state.isRequestRunning()) {
        return; // the answer wakes us
    }
    qint64 wake = -1;
    if (m_state.next(clockNow()).action != Decisions::Action::None) {
        // Waiting for the budget, the hold after a failure, or the user id.
        wake = m_userId.isEmpty() ? at + m_options.checkInterval.count() : m_budget.nextSendAt(at);
    } else if (const QDateTime refresh = m_state.nextRefreshAt(); refresh.isValid()) {
        wake = refresh.toMSecsSinceEpoch();
    }
    if (m_inEffect) {
        // The session may expire meanwhile: inEffectChanged must say so.
        const qint64 check = at + m_options.checkInterval.count();
        wake = wake < 0 ? check : std::min(wake, check);
    }
    if (wake < 0) {
        m_timer.stop(); // nothing until the call state changes
        return;
    }
    const qint64 wait = std::max<qint64>(wake - at, 1);
    m_timer.start(milliseconds(std::min<qint64>(wait, m_options.checkInterval.count())));
}

void PresencePublisher::send(const Decisions::Request &request, qint64 at)
{
    const bool set = request.action == Decisions::Action::Set;
    const QString path =
            u"users/%1/presence/%2"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(m_userId)),
                                          set ? u"setPresence"_s : u"clearPresence"_s);
    QJsonObject body{{u"sessionId"_s, m_clientId}};
    if (set) {
        body.insert(u"availability"_s, request.availability);
        body.insert(u"activity"_s, request.activity);
        body.insert(u"expirationDuration"_s, request.expirationDuration());
    }
    m_budget.recordSend(at);
    m_state.sent(request, clockNow());
    qCDebug(lcTeams).noquote() << (set ? u"call presence: setting %1/%2 for %3"_s.arg(
                                                 request.availability, request.activity,
                                                 request.expirationDuration())
                                       : u"call presence: clearing"_s);
    const auto apiRequest = Net::ApiRequest::post(graphPath(m_graphApi, path))
                                    .withJson(body)
                                    .withAuth(m_tokens)
                                    .withTimeout(m_options.requestTimeout)
                                    // Graph answers 200 with an empty body.
                                    .expecting(Net::ApiRequest::Expect::Raw)
                                    // Retries are ours: see RequestBudget.
                                    .withMaxAttempts(1);
    m_request = m_http->send(apiRequest, this, [this, request](const Net::ApiResult &result) {
        onReply(request, result);
    });
    reportInEffect();
}

void PresencePublisher::onReply(const Decisions::Request &request, const Net::ApiResult &result)
{
    m_request = {};
    const qint64 at = now();
    const bool set = request.action == Decisions::Action::Set;
    if (result.ok()) {
        m_budget.succeeded();
        m_state.succeeded();
        if (set) {
            qCInfo(lcTeams).noquote() << u"call presence: %1/%2 published"_s.arg(
                    request.availability, request.activity);
            Q_EMIT published(request.activity);
        } else {
            qCInfo(lcTeams) << "call presence: cleared";
            Q_EMIT cleared();
        }
    } else {
        const Net::ApiError &error = result.error();
        const Decisions::Failure failure = classify(request.action, error);
        m_state.failed(failure);
        switch (failure) {
        case Decisions::Failure::NoSession:
            m_budget.succeeded();
            qCInfo(lcTeams) << "call presence: no session left to clear";
            Q_EMIT cleared();
            break;
        case Decisions::Failure::Permanent:
            m_budget.succeeded();
            qCWarning(lcTeams).noquote()
                    << u"call presence: Graph refused to %1 (%2 %3); not repeated for this call "
                       "state"_s.arg(set ? u"set it"_s : u"clear it"_s,
                                     QString::number(error.httpStatus()), error.service().code);
            if (!set) {
                Q_EMIT cleared();
            }
            break;
        case Decisions::Failure::NoAnswer:
        case Decisions::Failure::Retryable:
            if (error.kind() != Net::ApiError::Kind::Cancelled) {
                const RequestBudget::Hold hold = m_budget.failed(at, error, m_http->retryPolicy());
                qCInfo(lcTeams).noquote() << u"call presence: %1; next attempt in %2 ms"_s.arg(
                        hold.why, QString::number(m_budget.holdUntil() - at));
            }
            break;
        }
    }
    scheduleSoon();
}

void PresencePublisher::reportInEffect()
{
    const bool inEffect = isInEffect();
    if (inEffect != m_inEffect) {
        m_inEffect = inEffect;
        Q_EMIT inEffectChanged(inEffect);
    }
}

} // namespace AgentDesk::Teams
