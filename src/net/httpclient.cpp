// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpclient.h"

#include "apicall.h"

#include <core/clock.h>

namespace AgentDesk::Net {

HttpClient::HttpClient(QNetworkAccessManager *network, const Core::Clock *clock, RetryPolicy policy,
                       QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock ? clock : Core::Clock::system())
    , m_policy(std::move(policy))
{
    Q_ASSERT(network);
}

HttpClient::~HttpClient() = default;

RequestHandle HttpClient::send(const ApiRequest &request, QObject *context, Callback done)
{
    Q_ASSERT_X(context, "HttpClient::send", "a request needs a context object");
    auto *call = new ApiCall(this, request, context, std::move(done));
    RequestHandle handle(call);
    call->start();
    return handle;
}

} // namespace AgentDesk::Net
