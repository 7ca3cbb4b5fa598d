// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Presence sync as the agent sees it, through the real window against the simulator: the state
// selector says why the state changed ("from Teams: Do not disturb" when the sync made the
// change, "Set by <supervisor>" after a supervisor's), and Profile settings → Collaboration
// tools shows state synchronization on (with the profile's mapping) or off, as the desktop
// profile says.
#include <auth/memorytokenstore.h>
#include <core/clock.h>
#include <session/sessioncontext.h>
#include <ui/interactionpreferencesdialog.h>
#include <ui/mainwindow.h>
#include <ui/signinflow.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <support/simfixture.h>

using namespace Qt::StringLiterals;
using namespace AgentDesk;

namespace {
const QString kAna = u"ana.souza@contoso.example"_s;     // state synchronization on
const QString kJoao = u"joao.pereira@contoso.example"_s; // Teams on, synchronization off
} // namespace

class TestPresenceSyncEndToEnd final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::SimFixture> m_sim;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    Auth::MemoryTokenStore m_store;
    std::unique_ptr<Session::SessionContext> m_session;
    std::unique_ptr<Ui::MainWindow> m_window;

    void start(const QString &agent)
    {
        Sim::Scenario tenant = Sim::Scenario::defaults();
        tenant.setAutoSignIn(agent);
        m_sim = std::make_unique<Test::SimFixture>(std::move(tenant));
        m_settings = std::make_unique<QSettings>(m_dir.filePath(u"p.conf"_s), QSettings::IniFormat);
        m_settings->clear();
        m_session = std::make_unique<Session::SessionContext>(
                Core::ServiceEndpoints::onOneOrigin(m_sim->baseUrl()), &m_store, m_settings.get(),
                Core::Clock::system());
        m_window = std::make_unique<Ui::MainWindow>();
        m_window->attachSession(m_session.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    // The station login through the form, then Teams in the sign-in window (the simulator
    // signs in by itself).
    void signInWithTeams()
    {
        QTest::mouseClick(m_window->findChild<QPushButton *>(u"signInButton"_s), Qt::LeftButton);
        Ui::InteractionPreferencesDialog *form = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
                (form = m_window->signInFlow()->preferencesDialog()) && form->isVisible(), 20'000);
        QTest::keyClicks(form->findChild<QLineEdit *>(u"teamSearch"_s), u"billing"_s);
        QTest::keyClick(form->findChild<QLineEdit *>(u"teamSearch"_s), Qt::Key_Down);
        QTest::mouseClick(form->findChild<QPushButton *>(u"saveAndContinueButton"_s),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_session->teams().state(),
                                  Session::TeamsConnection::State::Connected, 30'000);
    }

    // Opens Profile settings on Collaboration tools and reads the synchronization lines.
    QPair<QString, QString> stateSyncTexts()
    {
        QPair<QString, QString> texts;
        QTimer::singleShot(0, this, [&] {
            QWidget *dialog = QApplication::activeModalWidget();
            QVERIFY(dialog);
            dialog->findChild<QTabWidget *>(u"profileSettingsTabs"_s)->setCurrentIndex(1);
            texts = {dialog->findChild<QLabel *>(u"teamsStateSyncStatus"_s)->text(),
                     dialog->findChild<QLabel *>(u"teamsStateSyncDetail"_s)->text()};
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
        m_window->findChild<QAction *>(u"profileSettingsAction"_s)->trigger();
        return texts;
    }

    bool setTeams(const QString &email, const QString &availability, const QString &activity)
    {
        return m_sim->wire()
                       .postJson(m_sim->url(u"/_sim/presence"_s),
                                 QJsonDocument(QJsonObject{{u"email"_s, email},
                                                           {u"availability"_s, availability},
                                                           {u"activity"_s, activity}}))
                       .status == 200;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cleanup()
    {
        m_window.reset();
        m_session.reset();
        m_sim.reset();
    }

    void stateSelector_saysWhyTheStateChanged()
    {
        start(kAna);
        signInWithTeams();
        QTRY_VERIFY_WITH_TIMEOUT(m_session->presenceSync().isRunning(), 10'000);
        auto *selector = m_window->findChild<QComboBox *>(u"stateSelector"_s);
        auto *origin = m_window->findChild<QLabel *>(u"stateOrigin"_s);

        // The agent picks Available (the first entry) with the keyboard.
        selector->setFocus();
        QTest::keyClick(selector, Qt::Key_Home);
        QTRY_VERIFY(m_session->state().current().available);
        QCOMPARE(selector->currentText(), u"Available"_s);
        QVERIFY(origin->text().isEmpty());

        // Teams goes Do not disturb: so does the state, and the selector says why.
        QVERIFY(setTeams(kAna, u"DoNotDisturb"_s, u"DoNotDisturb"_s));
        QTRY_COMPARE_WITH_TIMEOUT(origin->text(), u"from Teams: Do not disturb"_s, 15'000);
        QCOMPARE(selector->currentText(), u"Teams: Do not disturb"_s);

        // A supervisor's change: the selector names the supervisor instead.
        QCOMPARE(m_sim->wire()
                         .postJson(m_sim->url(u"/_sim/cc/agents/state"_s),
                                   QJsonDocument(QJsonObject{{u"email"_s, kAna},
                                                             {u"state"_s, u"Available"_s},
                                                             {u"changedBy"_s, u"supervisor"_s}}))
                         .status,
                 200);
        QTRY_COMPARE(origin->text(), u"Set by Sofia Ribeiro"_s);
        QCOMPARE(selector->currentText(), u"Available"_s);
    }

    void collaborationTools_stateSynchronizationOn_listsTheMapping()
    {
        start(kAna);
        signInWithTeams();
        const auto [status, detail] = stateSyncTexts();
        QCOMPARE(status, u"State synchronization with Teams: on"_s);
        QVERIFY2(detail.contains(u"When Teams shows Do not disturb, your state becomes Teams: "
                                 "Do not disturb."_s),
                 qPrintable(detail));
        QVERIFY2(detail.contains(u"When Teams shows Presenting, your state becomes Teams: "
                                 "Presenting."_s),
                 qPrintable(detail));
    }

    void collaborationTools_stateSynchronizationOffInProfile_saysOff()
    {
        start(kJoao);
        signInWithTeams();
        QVERIFY(!m_session->presenceSync().isEnabled());
        QVERIFY(!m_session->presenceSync().isRunning());
        const auto [status, detail] = stateSyncTexts();
        QCOMPARE(status, u"State synchronization with Teams: off"_s);
        QCOMPARE(detail, u"Your desktop profile turns it off."_s);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestPresenceSyncEndToEnd test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_presencesync_e2e.moc"
