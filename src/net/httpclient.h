// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apirequest.h"
#include "apiresult.h"
#include "requesthandle.h"
#include "retrypolicy.h"

#include <QObject>

#include <functional>

class QNetworkAccessManager;

namespace AgentDesk::Core {
class Clock;
}

namespace AgentDesk::Net {

// The one HTTP layer of every service client (Graph, identity, contact center): asynchronous
// JSON requests over one QNetworkAccessManager, with bearer tokens, one refresh on 401,
// retries of 429/503 that honour Retry-After, a timeout per attempt and a correlation id.
//   HttpClient http(&network, Core::Clock::system());
//   http.send(ApiRequest::get(meUrl).withAuth(&tokens), this, [this](const ApiResult &result) {
//       if (!result.ok()) { Q_EMIT failed(result.error().message()); return; }
//       readProfile(result.object());
//   });
// The callback runs once, on this thread, never inside send(), and not at all if `context`
// is destroyed first (or if the client is). Requests still running when the client is
// destroyed are aborted.
class HttpClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpClient)

public:
    using Callback = std::function<void(const ApiResult &)>;

    explicit HttpClient(QNetworkAccessManager *network, const Core::Clock *clock,
                        RetryPolicy policy = {}, QObject *parent = nullptr);
    ~HttpClient() override;

    // `context` must not be null: the callback belongs to it (as with QObject::connect).
    RequestHandle send(const ApiRequest &request, QObject *context, Callback done);

    QNetworkAccessManager *network() const { return m_network; }
    const Core::Clock *clock() const { return m_clock; }
    const RetryPolicy &retryPolicy() const { return m_policy; }

private:
    QNetworkAccessManager *m_network;
    const Core::Clock *m_clock;
    RetryPolicy m_policy;
};

} // namespace AgentDesk::Net
