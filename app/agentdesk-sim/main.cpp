// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// agentdesk-sim: Microsoft identity, Microsoft Graph and the contact center on one loopback
// origin, for the tests and `agentdesk --demo`. Prints "listening on http://HOST:PORT" once
// ready, which is the line launchers wait for.
#include <sim/scenario.h>
#include <sim/simulator.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace AgentDesk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"agentdesk-sim"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(AGENTDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
            u"Simulator of Microsoft identity, Microsoft Graph and the contact center."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(u"listen"_s, u"Address and port, e.g. 127.0.0.1:0."_s,
                                    u"host:port"_s, u"127.0.0.1:0"_s);
    const QCommandLineOption scenario(u"scenario"_s, u"Scenario JSON merged over the default."_s,
                                      u"file"_s);
    const QCommandLineOption users(u"users"_s, u"Size of the generated Teams directory."_s,
                                   u"count"_s);
    const QCommandLineOption seed(u"seed"_s, u"Seed of the directory generator."_s, u"number"_s);
    const QCommandLineOption autoSignIn(
            u"auto-signin"_s, u"Sign-in pages redirect at once as this user."_s, u"email"_s);
    parser.addOptions({listen, scenario, users, seed, autoSignIn});
    parser.process(app);

    QTextStream err(stderr);
    Sim::Scenario tenant = Sim::Scenario::defaults();
    if (parser.isSet(scenario)) {
        QString error;
        if (!tenant.mergeFile(parser.value(scenario), &error)) {
            err << error << Qt::endl;
            return 2;
        }
    }
    if (parser.isSet(users)) {
        bool ok = false;
        const int count = parser.value(users).toInt(&ok);
        if (!ok || count < 0) {
            err << "--users needs a non-negative number" << Qt::endl;
            return 2;
        }
        tenant.setDirectorySize(count);
    }
    if (parser.isSet(seed)) {
        bool ok = false;
        const quint64 value = parser.value(seed).toULongLong(&ok);
        if (!ok) {
            err << "--seed needs a number" << Qt::endl;
            return 2;
        }
        tenant.setSeed(value);
    }
    if (parser.isSet(autoSignIn)) {
        tenant.setAutoSignIn(parser.value(autoSignIn));
    }

    const QString hostPort = parser.value(listen);
    const qsizetype colon = hostPort.lastIndexOf(u':');
    const QHostAddress address(colon > 0 ? hostPort.left(colon) : hostPort);
    bool portOk = colon > 0;
    const uint port = colon > 0 ? hostPort.mid(colon + 1).toUInt(&portOk) : 0;
    if (address.isNull() || !portOk || port > 65535) {
        err << "--listen needs HOST:PORT, e.g. 127.0.0.1:0" << Qt::endl;
        return 2;
    }

    Sim::Simulator simulator(std::move(tenant));
    if (!simulator.listen(address, quint16(port))) {
        err << "cannot listen on " << hostPort << Qt::endl;
        return 1;
    }
    // Launchers read this exact line; flush so a pipe sees it at once.
    std::printf("listening on %s\n", qPrintable(simulator.baseUrl().toString()));
    std::fflush(stdout);
    return app.exec();
}
