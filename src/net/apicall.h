// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apirequest.h"
#include "apiresult.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QNetworkReply;

namespace AgentDesk::Net {

class HttpClient;

// One logical request inside HttpClient (not used directly): sends attempts, waits between
// them, refreshes the token once on a 401 and reports one ApiResult to the callback, unless
// the context object died first. Deletes itself when done.
class ApiCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiCall)

public:
    using Callback = std::function<void(const ApiResult &)>;

    ApiCall(HttpClient *client, ApiRequest request, QObject *context, Callback done);
    ~ApiCall() override;

    void start();
    // Aborts; the callback gets a Cancelled error on the next turn of the event loop.
    void cancel();
    const QString &correlationId() const { return m_correlationId; }

private:
    void startAttempt();
    void onReplyFinished();
    void onContextDestroyed();
    bool retryAfterRefresh(const ApiResult &result);
    bool scheduleRetry(const ApiResult &result);
    void finish(ApiResult result);
    void abortReply();
    int maxAttempts() const;
    bool isDone() const { return m_finished || m_cancelled; }
    QString describe() const; // "<id> GET <redacted url>" for log lines

    HttpClient *m_client;
    ApiRequest m_request;
    QPointer<QObject> m_context;
    bool m_hasContext;
    Callback m_done;
    QString m_correlationId;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    QElapsedTimer m_elapsed;
    QString m_sentToken;
    int m_attempt = 0;
    bool m_authRetried = false;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace AgentDesk::Net
