// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// agentdesk: reads the settings and the command line, loads the translations, makes sure only
// one AgentDesk runs for this user, starts the simulator in --demo mode, and wires the session
// to the main window.
#include <auth/keychaintokenstore.h>
#include <core/clock.h>
#include <core/startupoptions.h>
#include <session/demosimulator.h>
#include <session/sessioncontext.h>
#include <session/singleinstance.h>
#include <ui/mainwindow.h>
#include <ui/runninginstanceprompt.h>
#include <ui/translationloader.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QMessageBox>
#include <QSettings>
#include <QTextStream>

#include <memory>

using namespace Qt::StringLiterals;
using namespace AgentDesk;

namespace {
// A second start: bring the first window forward (and leave), or take the session over.
// Returns false when this process should end.
bool settleRunningInstance(Session::SingleInstance &instance)
{
    if (instance.claim() == Session::SingleInstance::Role::Primary) {
        return true;
    }
    const Ui::RunningInstancePrompt::Answer answer = Ui::RunningInstancePrompt::ask();
    if (answer == Ui::RunningInstancePrompt::Answer::Cancel) {
        return false;
    }
    QEventLoop wait;
    bool tookOver = false;
    if (answer == Ui::RunningInstancePrompt::Answer::BringForward) {
        instance.askToRaise([&wait](bool) { wait.quit(); });
        wait.exec();
        return false;
    }
    instance.askToHandOver([&wait, &tookOver](bool ok) {
        tookOver = ok;
        wait.quit();
    });
    wait.exec();
    if (!tookOver) {
        QMessageBox::warning(nullptr, QApplication::applicationName(),
                             Ui::RunningInstancePrompt::handOverFailedMessage());
    }
    return tookOver;
}
} // namespace

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

    // The demo's simulated tenant is its own world: it does not count as the agent's session.
    Session::SingleInstance instance(options.demo ? Session::SingleInstance::keyForCurrentUser() +
                                                            u"-demo"_s
                                                  : Session::SingleInstance::keyForCurrentUser());
    if (!settleRunningInstance(instance)) {
        return 0;
    }

    Ui::MainWindow window;
    Auth::KeychainTokenStore keychain(options.demo ? u"AgentDesk-demo"_s
                                                   : Auth::KeychainTokenStore::defaultService());
    std::unique_ptr<Session::SessionContext> session;
    const auto startSession = [&](const Core::ServiceEndpoints &endpoints) {
        session = std::make_unique<Session::SessionContext>(endpoints, &keychain, settings.get(),
                                                            Core::Clock::system());
        window.attachSession(session.get());
        session->login().start();
    };

    QObject::connect(&instance, &Session::SingleInstance::raiseRequested, &window, [&window] {
        window.showNormal();
        window.raise();
        window.activateWindow();
    });
    QObject::connect(
            &instance, &Session::SingleInstance::handOverRequested, &window, [&instance, &session] {
                const auto finish = [&instance] {
                    instance.confirmHandOver();
                    QApplication::quit();
                };
                if (!session ||
                    session->login().step() != Session::LoginController::Step::SignedIn) {
                    finish();
                    return;
                }
                QObject::connect(&session->state(), &Session::AgentStateController::signedOut,
                                 &instance, finish);
                if (!session->state().signOut().isEmpty()) {
                    // A conversation is active: this session stays.
                    instance.confirmHandOver();
                }
            });

    Session::DemoSimulator demo(Session::DemoSimulator::locateExecutable());
    if (options.demo) {
        window.showDemoStarting();
        QObject::connect(&demo, &Session::DemoSimulator::ready, &window,
                         [&window, &startSession](const QUrl &origin) {
                             const auto endpoints = Core::ServiceEndpoints::onOneOrigin(origin);
                             window.showEndpoints(endpoints, true);
                             startSession(endpoints);
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
        startSession(options.endpoints);
    }
    window.show();
    const int code = app.exec();
    session.reset();
    return code;
}
