// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <auth/authorizationattempt.h>
#include <auth/oauthprovider.h>
#include <auth/tokenclient.h>
#include <core/serviceendpoints.h>

#include <QObject>
#include <QTest>
#include <QUrlQuery>

#include <optional>
#include <support/simfixture.h>

namespace AgentDesk::Test {

inline const QString kAuthUser = QStringLiteral("ana.souza@contoso.example");

// The default tenant, with the identity pages signing kAuthUser in at once (no form).
inline Sim::Scenario autoSignInScenario(const QJsonObject &identityOverrides = {})
{
    Sim::Scenario scenario = Sim::Scenario::defaults();
    if (!identityOverrides.isEmpty()) {
        scenario.merge(QJsonObject{{QStringLiteral("identity"), identityOverrides}});
    }
    scenario.setAutoSignIn(kAuthUser);
    return scenario;
}

inline Auth::OAuthProvider simProvider(SimFixture &sim, const QString &id)
{
    const auto endpoints = Core::ServiceEndpoints::onOneOrigin(sim.baseUrl());
    return id == QStringLiteral("microsoft") ? Auth::OAuthProvider::microsoft(endpoints)
                                             : Auth::OAuthProvider::contactCenter(endpoints);
}

// The authorization code the simulator's authorize endpoint redirects with (auto sign-in), as
// the attempt reads it; empty when anything went wrong.
inline QString authorizationCode(SimFixture &sim, const Auth::AuthorizationAttempt &attempt)
{
    const auto reply = sim.wire().get(attempt.authorizeUrl());
    const QUrl location = QUrl::fromEncoded(reply.header("Location"));
    if (reply.status != 302 || !attempt.isRedirect(location)) {
        return {};
    }
    return attempt.handleRedirect(location).code();
}

// Spins the event loop until the token client answers.
template<typename Call>
std::optional<Auth::TokenClient::Result> awaitTokens(Call call, int timeoutMs = 30'000)
{
    std::optional<Auth::TokenClient::Result> result;
    QObject context;
    call(&context, [&result](const Auth::TokenClient::Result &r) { result = r; });
    (void)QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs);
    return result;
}

// The simulator's log entries of token requests with that grant type.
inline QJsonArray tokenRequests(SimFixture &sim, const QString &grantType, qint64 since = 0)
{
    QJsonArray matching;
    const QJsonArray all =
            sim.requestsTo(QStringLiteral("^/(v1/access_token|[^/]+/oauth2/v2\\.0/token)$"), since);
    for (const QJsonValue &entry : all) {
        if (entry.toObject()
                    .value(QStringLiteral("body"))
                    .toString()
                    .contains(QString(QStringLiteral("grant_type=") + grantType))) {
            matching.append(entry);
        }
    }
    return matching;
}

} // namespace AgentDesk::Test
