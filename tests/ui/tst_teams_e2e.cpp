// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Microsoft Teams connection as the agent sees it, through the real window, dialogs and
// QtWebEngine against the simulator: the Teams sign-in window after the station login, Cancel
// leaving the agent at work with a warning, the settings page's Retry connecting, and that
// page in every language in both states.
#include <auth/memorytokenstore.h>
#include <core/clock.h>
#include <session/sessioncontext.h>
#include <ui/browsersignindialog.h>
#include <ui/interactionpreferencesdialog.h>
#include <ui/mainwindow.h>
#include <ui/signinflow.h>
#include <ui/translationloader.h>

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <support/layoutchecks.h>
#include <support/simfixture.h>

using namespace Qt::StringLiterals;
using namespace AgentDesk;

namespace {
const QString kAna = u"ana.souza@contoso.example"_s;
}

class TestTeamsEndToEnd final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::SimFixture> m_sim;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    Auth::MemoryTokenStore m_store;
    std::unique_ptr<Session::SessionContext> m_session;
    std::unique_ptr<Ui::MainWindow> m_window;

    // Opens Profile settings on Collaboration tools, runs `inspect` on it, closes it.
    void inspectTeamsSettings(const std::function<void(QWidget *)> &inspect)
    {
        bool ran = false;
        QTimer::singleShot(0, this, [&] {
            QWidget *dialog = QApplication::activeModalWidget();
            QVERIFY(dialog);
            dialog->findChild<QTabWidget *>(u"profileSettingsTabs"_s)->setCurrentIndex(1);
            inspect(dialog);
            ran = true;
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
        m_window->findChild<QAction *>(u"profileSettingsAction"_s)->trigger();
        QVERIFY(ran);
    }

    void checkSettingsInEveryLanguage(const QString &stateName)
    {
        for (const QString &language :
             {u"en"_s, u"pt_BR"_s, u"pt_PT"_s, u"ja"_s, u"es"_s, u"fr"_s}) {
            Ui::TranslationLoader translations;
            QCOMPARE(translations.install(language), language);
            QStringList clipped;
            inspectTeamsSettings([&](QWidget *dialog) {
                dialog->resize(500, dialog->sizeHint().height());
                clipped = Test::clippedTexts(dialog);
                Test::saveScreenshot(dialog, u"teams-settings-%1-%2"_s.arg(stateName, language));
            });
            QVERIFY2(clipped.isEmpty(), qPrintable(language + u": "_s + clipped.join(u'\n')));
        }
    }

private Q_SLOTS:
    void init()
    {
        // The identities answer at once, as with an active session; the Teams sign-in window
        // stays open a while (latency on its first authorize) so the agent can close it.
        Sim::Scenario tenant = Sim::Scenario::defaults();
        tenant.setAutoSignIn(kAna);
        m_sim = std::make_unique<Test::SimFixture>(std::move(tenant));
        m_settings = std::make_unique<QSettings>(m_dir.filePath(u"t.conf"_s), QSettings::IniFormat);
        m_settings->clear();
        m_session = std::make_unique<Session::SessionContext>(
                Core::ServiceEndpoints::onOneOrigin(m_sim->baseUrl()), &m_store, m_settings.get(),
                Core::Clock::system());
        m_window = std::make_unique<Ui::MainWindow>();
        m_window->attachSession(m_session.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanup()
    {
        m_window.reset();
        m_session.reset();
        m_sim.reset();
    }

    void teamsCancelled_agentWorksOn_retryFromSettingsConnects()
    {
        QVERIFY(m_sim->injectFault({{u"kind"_s, u"latency"_s},
                                    {u"path"_s, u"/oauth2/v2.0/authorize$"_s},
                                    {u"latencyMs"_s, 4000},
                                    {u"count"_s, 1}}) > 0);
        QTest::mouseClick(m_window->findChild<QPushButton *>(u"signInButton"_s), Qt::LeftButton);
        Ui::InteractionPreferencesDialog *form = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
                (form = m_window->signInFlow()->preferencesDialog()) && form->isVisible(), 20'000);
        QTest::keyClicks(form->findChild<QLineEdit *>(u"teamSearch"_s), u"billing"_s);
        QTest::keyClick(form->findChild<QLineEdit *>(u"teamSearch"_s), Qt::Key_Down);
        QTest::mouseClick(form->findChild<QPushButton *>(u"saveAndContinueButton"_s),
                          Qt::LeftButton);

        // After the station login, the Teams sign-in opens; the agent closes it.
        Ui::BrowserSignInDialog *teamsBrowser = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((teamsBrowser = m_window->signInFlow()->teamsBrowserDialog()),
                                 15'000);
        teamsBrowser->reject();
        auto *indicator = m_window->findChild<QToolButton *>(u"teamsIndicator"_s);
        QTRY_VERIFY(indicator->isVisible() && indicator->text() == u"Teams not connected"_s);
        auto *banner = m_window->findChild<QLabel *>(u"banner"_s);
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(u"cancelled"_s));
        // The agent is at work all the same.
        QVERIFY(m_window->findChild<QLabel *>(u"deskSummary"_s)->isVisible());
        QVERIFY(m_sim->ccAgent(kAna).value(u"loggedIn"_s).toBool());

        checkSettingsInEveryLanguage(u"warning"_s);
        Ui::TranslationLoader english;
        english.install(u"en"_s);

        inspectTeamsSettings([](QWidget *dialog) {
            auto *status = dialog->findChild<QLabel *>(u"teamsStatusText"_s);
            QVERIFY(status->text().contains(u"cancelled"_s));
            auto *retry = dialog->findChild<QPushButton *>(u"teamsRetryButton"_s);
            QVERIFY(retry->isVisible());
            QTest::mouseClick(retry, Qt::LeftButton);
        });
        QTRY_VERIFY_WITH_TIMEOUT(indicator->text() == u"Teams connected"_s, 20'000);
        QVERIFY(indicator->toolTip().contains(kAna));

        checkSettingsInEveryLanguage(u"connected"_s);
        english.install(u"en"_s);
        inspectTeamsSettings([](QWidget *dialog) {
            QVERIFY(dialog->findChild<QLabel *>(u"teamsStatusText"_s)->text().contains(kAna));
            QVERIFY(dialog->findChild<QPushButton *>(u"teamsDisconnectButton"_s)->isVisible());
            QVERIFY(!dialog->findChild<QPushButton *>(u"teamsRetryButton"_s)->isVisible());
        });
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestTeamsEndToEnd test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_teams_e2e.moc"
