// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "simfixture.h"

#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace AgentDesk::Test {

SimFixture::SimFixture(Sim::Scenario scenario, const Core::Clock *clock)
    : m_simulator(std::make_unique<Sim::Simulator>(std::move(scenario), clock))
{
    const bool listening = m_simulator->listen();
    Q_ASSERT_X(listening, "SimFixture", "the simulator could not listen on loopback");
}

QUrl SimFixture::url(const QString &pathAndQuery) const
{
    return baseUrl().resolved(QUrl(pathAndQuery));
}

QByteArray SimFixture::token(const QString &audience, const QString &user)
{
    const WireClient::Reply reply = m_wire.postJson(
            url(u"/_sim/token"_s),
            QJsonDocument(QJsonObject{{u"audience"_s, audience}, {u"user"_s, user}}));
    return reply.json().object().value(u"access_token"_s).toString().toLatin1();
}

int SimFixture::injectFault(const QJsonObject &fault)
{
    const WireClient::Reply reply = m_wire.postJson(url(u"/_sim/faults"_s), QJsonDocument(fault));
    return reply.status == 201 ? reply.json().object().value(u"id"_s).toInt() : -1;
}

QJsonArray SimFixture::requests(qint64 since)
{
    return m_wire.get(url(u"/_sim/requests?since=%1"_s.arg(since))).json().array();
}

QJsonArray SimFixture::requestsTo(const QString &pathPattern, qint64 since)
{
    const QRegularExpression pattern(pathPattern);
    QJsonArray matching;
    for (const QJsonValue &entry : requests(since)) {
        if (pattern.match(entry.toObject().value(u"path"_s).toString()).hasMatch()) {
            matching.append(entry);
        }
    }
    return matching;
}

QJsonObject SimFixture::ccAgent(const QString &email)
{
    const QJsonArray agents =
            m_wire.get(url(u"/_sim/cc/agents"_s)).json().object().value(u"agents"_s).toArray();
    for (const QJsonValue &agent : agents) {
        if (agent.toObject().value(u"email"_s).toString().compare(email, Qt::CaseInsensitive) ==
            0) {
            return agent.toObject();
        }
    }
    return {};
}

} // namespace AgentDesk::Test
