// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator.h"

#include "ccroster.h"
#include "contactcenterservice.h"
#include "controlservice.h"
#include "directorygenerator.h"
#include "graphpresenceservice.h"
#include "graphservice.h"
#include "identityservice.h"
#include "simdirectory.h"
#include "simserver.h"

#include <core/clock.h>

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSim, "agentdesk.sim", QtInfoMsg)

namespace AgentDesk::Sim {

Simulator::Simulator(Scenario scenario, const Core::Clock *clock, QObject *parent)
    : QObject(parent)
    , m_scenario(std::move(scenario))
    , m_clock(clock ? clock : Core::Clock::system())
    , m_tokens(m_clock)
{
    m_context.clock = m_clock;
    m_context.scenario = &m_scenario;
    m_context.log = &m_log;
    m_context.faults = &m_faults;
    m_context.tokens = &m_tokens;

    const QJsonObject identity = m_scenario.section(u"identity"_s);
    m_tokens.setAccessLifetime(Audience::Graph,
                               identity.value(u"graphAccessTokenSeconds"_s).toInt(3600));
    m_tokens.setAccessLifetime(Audience::ContactCenter,
                               identity.value(u"ccAccessTokenSeconds"_s).toInt(43200));

    addService<ControlService>();
    addService<IdentityService>();
    m_contactCenter = addService<ContactCenterService>();
    m_directory = std::make_unique<SimDirectory>(DirectoryGenerator::generate(m_scenario));
    // Some of the Teams directory's people are contact-center agents too (same e-mail).
    m_contactCenter->roster().adoptDirectory(*m_directory);
    addService<GraphService>(*m_directory);
    addService<GraphPresenceService>(*m_directory);

    m_server = new SimServer(m_context, m_router, this);
}

Simulator::~Simulator()
{
    // The server's sockets may still call into services; stop it first.
    delete m_server;
    m_server = nullptr;
}

bool Simulator::listen(const QHostAddress &address, quint16 port)
{
    const quint16 bound = m_server->listen(address, port);
    if (bound == 0) {
        qCWarning(lcSim) << "cannot listen on" << address << port;
        return false;
    }
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(address.toString());
    url.setPort(bound);
    m_context.baseUrl = url;
    qCInfo(lcSim) << "serving on" << url.toString();
    return true;
}

} // namespace AgentDesk::Sim
