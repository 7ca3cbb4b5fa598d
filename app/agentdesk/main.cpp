// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// agentdesk: reads the settings and the command line, loads the translations, starts the
// simulator in --demo mode, and shows the main window.
#include <core/startupoptions.h>
#include <session/demosimulator.h>
#include <ui/mainwindow.h>
#include <ui/translationloader.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTextStream>

#include <memory>

using namespace Qt::StringLiterals;
using namespace AgentDesk;

int main(int argc, char *argv[])
{
    // QtWebEngine (the sign-in browser) shares OpenGL contexts with the widgets.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"AgentDesk"_s);
    QApplication::setOrganizationName(u"AgentDesk"_s);
    QApplication::setApplicationVersion(QStringLiteral(AGENTDESK_VERSION));
    QApplication::setDesktopFileName(u"io.github.agentdesk.AgentDesk"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Desktop for contact-center agents."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    Core::StartupOptions::addTo(parser);
    parser.process(app);

    const QString settingsFile = Core::StartupOptions::settingsFileFrom(parser);
    const std::unique_ptr<QSettings> settings =
            settingsFile.isEmpty()
                    ? std::make_unique<QSettings>()
                    : std::make_unique<QSettings>(settingsFile, QSettings::IniFormat);
    const Core::StartupOptions options = Core::StartupOptions::read(parser, *settings);
    if (!options.problems.isEmpty()) {
        QTextStream err(stderr);
        for (const QString &problem : options.problems) {
            err << "agentdesk: " << problem << Qt::endl;
        }
        return 2;
    }

    Ui::TranslationLoader translations;
    translations.install(options.language);

    Ui::MainWindow window;
    Session::DemoSimulator demo(Session::DemoSimulator::locateExecutable());
    if (options.demo) {
        window.showDemoStarting();
        QObject::connect(
                &demo, &Session::DemoSimulator::ready, &window, [&window](const QUrl &origin) {
                    window.showEndpoints(Core::ServiceEndpoints::onOneOrigin(origin), true);
                });
        QObject::connect(&demo, &Session::DemoSimulator::failed, &window, [&window] {
            window.showStartupProblem(QApplication::translate(
                    "main", "The demo services could not start. See the log for details."));
        });
        // The demo signs in as a seeded agent at once, as an identity provider with an active
        // session would, so a newcomer gets in with one click.
        demo.start({u"--auto-signin"_s, u"ana.souza@contoso.example"_s});
    } else {
        window.showEndpoints(options.endpoints, false);
    }
    window.show();
    return app.exec();
}
