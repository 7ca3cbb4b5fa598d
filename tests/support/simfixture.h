// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wireclient.h"

#include <sim/scenario.h>
#include <sim/simulator.h>

#include <QJsonArray>

#include <memory>

namespace AgentDesk::Test {

// The simulator in the test's own process, on a free loopback port, plus the control calls
// tests make most. Construct one per test function (init()) for a clean tenant each time.
//   SimFixture sim;                 // default scenario
//   QUrl users = sim.url(u"/v1.0/users"_s);
//   QByteArray token = sim.token(u"graph"_s, u"ana.souza@contoso.example"_s);
class SimFixture
{
public:
    explicit SimFixture(Sim::Scenario scenario = Sim::Scenario::defaults(),
                        const Core::Clock *clock = nullptr);

    Sim::Simulator &simulator() { return *m_simulator; }
    QUrl baseUrl() const { return m_simulator->baseUrl(); }
    // The simulator's origin with this path (and query, if any), e.g. url(u"/v1.0/me"_s).
    QUrl url(const QString &pathAndQuery) const;

    // POST /_sim/token; fails the test (QVERIFY in the caller) when empty.
    QByteArray token(const QString &audience, const QString &user);
    // POST /_sim/faults with the given JSON; returns the fault id or -1.
    int injectFault(const QJsonObject &fault);
    // GET /_sim/requests since a sequence number.
    QJsonArray requests(qint64 since = 0);
    // Only the entries whose path matches the pattern.
    QJsonArray requestsTo(const QString &pathPattern, qint64 since = 0);

    // The contact center's view of an agent (GET /_sim/cc/agents): login, device, state.
    QJsonObject ccAgent(const QString &email);

    WireClient &wire() { return m_wire; }

private:
    std::unique_ptr<Sim::Simulator> m_simulator;
    WireClient m_wire;
};

} // namespace AgentDesk::Test
