// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <net/apirequest.h>
#include <net/apiresult.h>
#include <net/httpclient.h>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <optional>

namespace AgentDesk::Test {

// Sends one request and spins the event loop until its callback ran (or `timeoutMs` passed).
inline std::optional<Net::ApiResult> await(Net::HttpClient &client, const Net::ApiRequest &request,
                                           int timeoutMs = 30'000)
{
    std::optional<Net::ApiResult> result;
    QObject context;
    client.send(request, &context, [&result](const Net::ApiResult &r) { result = r; });
    // The caller checks the optional; a timeout simply leaves it empty.
    (void)QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs);
    return result;
}

// The instant the simulator logged a request (GET /_sim/requests entry).
inline QDateTime loggedAt(const QJsonValue &entry)
{
    return QDateTime::fromString(entry.toObject().value(QStringLiteral("time")).toString(),
                                 Qt::ISODateWithMs);
}

} // namespace AgentDesk::Test
