// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "faultinjector.h"
#include "requestlog.h"
#include "scenario.h"
#include "simrouter.h"
#include "simservice.h"
#include "tokenissuer.h"

#include <QHostAddress>
#include <QObject>

#include <memory>
#include <vector>

namespace AgentDesk::Sim {

class ContactCenterService;
class SimDirectory;
class SimServer;

// agentdesk-sim as a library: Microsoft identity, Microsoft Graph and the contact center on one
// loopback origin, each on its real paths. Used by the agentdesk-sim executable, by
// `agentdesk --demo` (through that executable) and in-process by the tests.
//   Simulator sim(Scenario::defaults());
//   sim.listen();               // 127.0.0.1, a free port
//   QUrl graph = sim.baseUrl().resolved(QUrl(u"/v1.0"_s));
class Simulator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Simulator)

public:
    explicit Simulator(Scenario scenario, const Core::Clock *clock = nullptr,
                       QObject *parent = nullptr);
    ~Simulator() override;

    // Listens on the address (loopback unless told otherwise); false when the port is taken.
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    QUrl baseUrl() const { return m_context.baseUrl; }

    const Scenario &scenario() const { return m_scenario; }
    RequestLog &requestLog() { return m_log; }
    FaultInjector &faults() { return m_faults; }
    TokenIssuer &tokens() { return m_tokens; }
    ContactCenterService &contactCenter() { return *m_contactCenter; }
    // The Graph directory (users, presence, photos) the Graph services serve.
    SimDirectory &directory() { return *m_directory; }

private:
    // Extra arguments go to the service's constructor after the context.
    template<typename Service, typename... Args>
    Service *addService(Args &&...args)
    {
        auto service = std::make_unique<Service>(m_context, std::forward<Args>(args)...);
        Service *raw = service.get();
        raw->registerRoutes(m_router);
        m_services.push_back(std::move(service));
        return raw;
    }

    Scenario m_scenario;
    const Core::Clock *m_clock;
    RequestLog m_log;
    FaultInjector m_faults;
    TokenIssuer m_tokens;
    SimContext m_context;
    SimRouter m_router;
    std::unique_ptr<SimDirectory> m_directory; // before m_services: they refer to it
    std::vector<std::unique_ptr<SimService>> m_services;
    ContactCenterService *m_contactCenter = nullptr;
    SimServer *m_server = nullptr;
};

} // namespace AgentDesk::Sim
