// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apicall.h"

#include "httpclient.h"
#include "netlogging.h"
#include "oneshotbody.h"
#include "redaction.h"
#include "responsereader.h"
#include "tokenprovider.h"

#include <core/clock.h>

#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUuid>

using namespace Qt::StringLiterals;
using std::chrono::milliseconds;

namespace AgentDesk::Net {

// Failures where the request most likely never reached the service, or the connection broke
// in a way a second try often survives. A wrong host name is not among them: it fails fast.
static bool isTransient(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        return false;
    }
}

static QString outcome(const ApiResult &result)
{
    if (result.ok()) {
        return QString::number(result.status());
    }
    const ApiError &error = result.error();
    QString text = ApiError::kindName(error.kind());
    if (error.httpStatus() != 0) {
        text += u' ' + QString::number(error.httpStatus());
    }
    // The service's code only: its message may quote what was sent.
    if (!error.service().code.isEmpty()) {
        text += u' ' + error.service().code;
    }
    if (error.kind() == ApiError::Kind::Network) {
        // The enum, never errorString(): Qt puts the full URL, query and all, in that text.
        text += u" ("_s +
                QLatin1StringView(QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(
                        error.networkError())) +
                u')';
    }
    if (!error.detail().isEmpty()) {
        text += u": "_s + error.detail();
    }
    return text;
}

ApiCall::ApiCall(HttpClient *client, ApiRequest request, QObject *context, Callback done)
    : QObject(client)
    , m_client(client)
    , m_request(std::move(request))
    , m_context(context)
    , m_hasContext(context != nullptr)
    , m_done(std::move(done))
    , m_correlationId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_retryTimer.setSingleShot(true);
    // A coarse timer may fire up to 5 % early, which would knock before Retry-After is over.
    m_retryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiCall::startAttempt);
    if (context) {
        connect(context, &QObject::destroyed, this, &ApiCall::onContextDestroyed);
    }
}

ApiCall::~ApiCall()
{
    abortReply();
}

void ApiCall::start()
{
    m_elapsed.start();
    startAttempt();
}

void ApiCall::cancel()
{
    if (isDone()) {
        return;
    }
    m_cancelled = true;
    abortReply();
    m_retryTimer.stop();
    QMetaObject::invokeMethod(
            this, [this] { finish(ApiResult::failure(ApiError::cancelled())); },
            Qt::QueuedConnection);
}

QString ApiCall::describe() const
{
    return u"[%1] %2 %3"_s.arg(m_correlationId, QString::fromLatin1(m_request.method()),
                               redactedUrl(m_request.url()));
}

int ApiCall::maxAttempts() const
{
    return m_request.maxAttempts().value_or(std::max(1, m_client->retryPolicy().maxAttempts));
}

void ApiCall::startAttempt()
{
    if (isDone()) {
        return;
    }
    ++m_attempt;
    QNetworkRequest request(m_request.url());
    request.setTransferTimeout(int(m_request.timeout().count()));
    for (const auto &[name, value] : m_request.headers()) {
        request.setRawHeader(name, value);
    }
    if (!m_request.contentType().isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_request.contentType());
    }
    if (m_request.expect() != ApiRequest::Expect::Raw && !request.hasRawHeader("Accept")) {
        request.setRawHeader("Accept", "application/json");
    }
    request.setRawHeader("client-request-id", m_correlationId.toLatin1());
    m_sentToken.clear();
    if (const TokenProvider *provider = m_request.tokenProvider()) {
        m_sentToken = provider->accessToken();
        if (!m_sentToken.isEmpty()) {
            request.setRawHeader("Authorization", "Bearer " + m_sentToken.toUtf8());
        }
    }

    qCDebug(lcNet).noquote() << describe() << u"attempt %1/%2"_s.arg(m_attempt).arg(maxAttempts());
    if (m_request.isIdempotent()) {
        m_reply = m_client->network()->sendCustomRequest(request, m_request.method(),
                                                         m_request.body());
    } else {
        // Streamed from a device that cannot rewind, so that Qt 6.4 cannot send it twice
        // (see OneShotBody); a declared length lets Qt stream it instead of buffering a copy.
        auto *body = new OneShotBody(m_request.body());
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_request.body().size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        m_reply = m_client->network()->sendCustomRequest(request, m_request.method(), body);
        body->setParent(m_reply);
    }
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    if (m_reply->isFinished()) {
        // Some schemes finish before we could connect; the signal is gone, so read it now.
        QMetaObject::invokeMethod(this, &ApiCall::onReplyFinished, Qt::QueuedConnection);
    }
}

void ApiCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply.data();
    if (!reply || isDone()) {
        return;
    }
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    reply->deleteLater();

    ResponseReader::Raw raw;
    raw.networkError = reply->error();
    // setTransferTimeout() ends the reply with OperationCanceledError; our own aborts
    // disconnect before aborting, so a cancel seen here is always the timeout.
    raw.timedOut = raw.networkError == QNetworkReply::OperationCanceledError ||
                   raw.networkError == QNetworkReply::TimeoutError;
    raw.reply.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    raw.reply.headers = reply->rawHeaderPairs();
    raw.reply.body = reply->readAll();
    ApiResult result =
            ResponseReader::read(std::move(raw), m_request.expect(), m_client->clock()->now());

    if (retryAfterRefresh(result) || scheduleRetry(result)) {
        return;
    }
    finish(std::move(result));
}

bool ApiCall::retryAfterRefresh(const ApiResult &result)
{
    TokenProvider *provider = m_request.tokenProvider();
    if (result.ok() || result.status() != 401 || !provider || m_authRetried) {
        return false;
    }
    m_authRetried = true;
    const QString current = provider->accessToken();
    if (!provider->isRefreshing() && !current.isEmpty() && current != m_sentToken) {
        // Another request refreshed while this one was on the wire: use its token.
        qCInfo(lcNet).noquote() << describe() << "401, retrying with the token renewed meanwhile";
        startAttempt();
        return true;
    }
    qCInfo(lcNet).noquote() << describe() << "401, refreshing the token once";
    provider->refresh(this, [this, result](bool ok) {
        if (isDone()) {
            return;
        }
        if (!ok) {
            qCInfo(lcNet).noquote() << describe() << "token refresh failed";
            finish(result);
            return;
        }
        startAttempt();
    });
    return true;
}

bool ApiCall::scheduleRetry(const ApiResult &result)
{
    if (result.ok()) {
        return false;
    }
    const ApiError &error = result.error();
    const bool busy = error.kind() == ApiError::Kind::Http &&
                      (error.httpStatus() == 429 || error.httpStatus() == 503);
    // 429 and 503 say the request was not processed, so even a POST may go again; after a
    // broken connection only an idempotent request may.
    const bool broken = error.kind() == ApiError::Kind::Network && m_request.isIdempotent() &&
                        isTransient(error.networkError());
    if ((!busy && !broken) || m_attempt >= maxAttempts()) {
        return false;
    }
    const RetryPolicy &policy = m_client->retryPolicy();
    milliseconds wait{0};
    QString reason;
    if (const auto retryAfter = error.retryAfter()) {
        if (*retryAfter > policy.maxRetryAfter) {
            qCInfo(lcNet).noquote() << describe()
                                    << u"Retry-After %1 ms is longer than we wait; reporting"_s.arg(
                                               retryAfter->count());
            return false;
        }
        wait = *retryAfter;
        reason = u"Retry-After"_s;
    } else {
        wait = policy.backoff(m_attempt);
        reason = u"backoff"_s;
    }
    qCInfo(lcNet).noquote() << describe()
                            << u"%1 after %2 ms, attempt %3/%4; retrying in %5 ms (%6)"_s
                                       .arg(outcome(result))
                                       .arg(m_elapsed.elapsed())
                                       .arg(m_attempt)
                                       .arg(maxAttempts())
                                       .arg(wait.count())
                                       .arg(reason);
    m_retryTimer.start(wait);
    return true;
}

void ApiCall::finish(ApiResult result)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    result.setCorrelationId(m_correlationId);
    result.setAttempts(m_attempt);
    const QString summary = u"%1 in %2 ms, %3 attempt(s)"_s.arg(outcome(result))
                                    .arg(m_elapsed.elapsed())
                                    .arg(m_attempt);
    if (result.ok() || result.error().kind() == ApiError::Kind::Cancelled) {
        qCDebug(lcNet).noquote() << describe() << summary;
    } else {
        qCWarning(lcNet).noquote() << describe() << summary;
    }

    // Nothing of this object is touched after the callback: it may delete the client, and
    // with it this call.
    const Callback done = std::exchange(m_done, {});
    const bool deliver = !m_hasContext || m_context;
    deleteLater();
    if (deliver && done) {
        done(result);
    }
}

void ApiCall::onContextDestroyed()
{
    m_done = {};
    if (isDone()) {
        return;
    }
    qCDebug(lcNet).noquote() << describe() << "abandoned: its context object was destroyed";
    m_finished = true;
    abortReply();
    m_retryTimer.stop();
    deleteLater();
}

void ApiCall::abortReply()
{
    if (QNetworkReply *reply = m_reply.data()) {
        m_reply = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
}

} // namespace AgentDesk::Net
