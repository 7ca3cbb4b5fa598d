// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/clock.h>
#include <net/httpclient.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

#include <memory>
#include <support/faketokenprovider.h>
#include <support/simfixture.h>

namespace AgentDesk::Test {

// What every src/cc test needs: the simulator (default scenario unless given), one HttpClient
// that does not retry on its own (so the request log shows exactly what the client sent), and
// a contact-center token for a scenario agent.
//   CcTestKit kit;
//   auto tokens = kit.tokensFor(kAna);
//   NotificationChannel channel(&kit.http(), kit.ccApi(), tokens.get(), Core::Clock::system());
class CcTestKit
{
public:
    explicit CcTestKit(Sim::Scenario scenario = Sim::Scenario::defaults(),
                       const Core::Clock *clock = Core::Clock::system())
        : m_sim(std::make_unique<SimFixture>(std::move(scenario)))
        , m_http(&m_network, clock,
                 Net::RetryPolicy{.maxAttempts = 1, .baseDelay = std::chrono::milliseconds(1)})
    {}

    SimFixture &sim() { return *m_sim; }
    Net::HttpClient &http() { return m_http; }
    QUrl ccApi() const { return m_sim->baseUrl(); }

    std::unique_ptr<FakeTokenProvider> tokensFor(const QString &email)
    {
        return std::make_unique<FakeTokenProvider>(
                QString::fromLatin1(m_sim->token(QStringLiteral("cc"), email)));
    }

    // The scenario agent's entry in GET /_sim/cc/agents.
    QJsonObject agent(const QString &email)
    {
        const auto reply = m_sim->wire().get(m_sim->url(QStringLiteral("/_sim/cc/agents")));
        for (const QJsonValue &agent :
             reply.json().object().value(QStringLiteral("agents")).toArray()) {
            if (agent.toObject().value(QStringLiteral("email")).toString() == email) {
                return agent.toObject();
            }
        }
        return {};
    }

    // POST a control call with a JSON body; the HTTP status.
    int control(const QString &path, const QJsonObject &body)
    {
        return m_sim->wire().postJson(m_sim->url(path), QJsonDocument(body)).status;
    }

    // The JSON body the client sent, as the simulator logged it.
    static QJsonObject loggedBody(const QJsonValue &entry)
    {
        return QJsonDocument::fromJson(
                       entry.toObject().value(QStringLiteral("body")).toString().toUtf8())
                .object();
    }

private:
    std::unique_ptr<SimFixture> m_sim;
    QNetworkAccessManager m_network;
    Net::HttpClient m_http;
};

} // namespace AgentDesk::Test
