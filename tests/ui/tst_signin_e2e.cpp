// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The whole sign-in through the real main window and dialogs against the simulator over
// loopback: the embedded browser (real QtWebEngine) with the identity's form and consent, the
// interaction-preferences form, the desk with the state selector; Cancel; a failed auto
// sign-in falling back to the prefilled form; a supervisor's change, a lost connection and
// sign out as the agent sees them.
#include <auth/memorytokenstore.h>
#include <core/clock.h>
#include <core/preferencesstore.h>
#include <core/stationloginfailure.h>
#include <session/sessioncontext.h>
#include <ui/browsersignindialog.h>
#include <ui/interactionpreferencesdialog.h>
#include <ui/mainwindow.h>
#include <ui/signinflow.h>
#include <ui/translationloader.h>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWebEnginePage>
#include <QWebEngineView>
#include <QWebSocket>

#include <support/layoutchecks.h>
#include <support/simfixture.h>
#include <support/webpagedriver.h>

using namespace Qt::StringLiterals;
using namespace AgentDesk;

namespace {
const QString kAna = u"ana.souza@contoso.example"_s;

} // namespace

class TestSignInEndToEnd final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::SimFixture> m_sim;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    Auth::MemoryTokenStore m_store;
    std::unique_ptr<Session::SessionContext> m_session;
    std::unique_ptr<Ui::MainWindow> m_window;

    void startApp()
    {
        m_session = std::make_unique<Session::SessionContext>(
                Core::ServiceEndpoints::onOneOrigin(m_sim->baseUrl()), &m_store, m_settings.get(),
                Core::Clock::system());
        m_window = std::make_unique<Ui::MainWindow>();
        m_window->attachSession(m_session.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    Ui::InteractionPreferencesDialog *waitForForm()
    {
        Ui::InteractionPreferencesDialog *form = nullptr;
        const bool shown = QTest::qWaitFor(
                [&] {
                    form = m_window->signInFlow()->preferencesDialog();
                    return form && form->isVisible();
                },
                20'000);
        return shown ? form : nullptr;
    }

    void signInInBrowser()
    {
        Ui::BrowserSignInDialog *browser = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((browser = m_window->signInFlow()->browserDialog()), 10'000);
        QWebEnginePage *page = browser->view()->page();
        QVERIFY(Test::signInWithPassword(page, kAna, u"agentdesk"_s));
        QVERIFY(Test::clickWhenReady(page, u"accept"_s));
    }

private Q_SLOTS:
    void init()
    {
        m_sim = std::make_unique<Test::SimFixture>();
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<QSettings>(m_dir->filePath(u"agentdesk.conf"_s),
                                                 QSettings::IniFormat);
    }
    void cleanup()
    {
        m_window.reset();
        m_session.reset();
        m_settings.reset();
        m_dir.reset();
        m_sim.reset();
    }

    void browserThenForm_reachesTheDeskAndChangesState()
    {
        startApp();
        QTest::mouseClick(m_window->findChild<QPushButton *>(u"signInButton"_s), Qt::LeftButton);
        signInInBrowser();

        Ui::InteractionPreferencesDialog *form = waitForForm();
        QVERIFY(form);
        auto *extension = form->findChild<QRadioButton *>(u"device_extension"_s);
        QTest::mouseClick(extension, Qt::LeftButton, {},
                          QPoint(extension->height() / 2, extension->height() / 2));
        // One of Ana's pre-validated extensions, from the list or typed.
        const QString firstExtension = m_session->login()
                                               .rules()
                                               ->numberChoices(Core::VoiceDevice::Extension)
                                               .choices.first();
        if (auto *choice = form->findChild<QComboBox *>(u"numberChoice"_s); choice->isVisible()) {
            choice->setCurrentIndex(choice->findText(firstExtension));
        } else {
            QTest::keyClicks(form->findChild<QLineEdit *>(u"numberEdit"_s), firstExtension);
        }
        auto *teams = form->findChild<QListView *>(u"teamList"_s);
        QTest::keyClicks(form->findChild<QLineEdit *>(u"teamSearch"_s), u"billing"_s);
        QTest::keyClick(form->findChild<QLineEdit *>(u"teamSearch"_s), Qt::Key_Down);
        QVERIFY(teams->selectionModel()->hasSelection());
        auto *save = form->findChild<QPushButton *>(u"saveAndContinueButton"_s);
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);

        auto *summary = m_window->findChild<QLabel *>(u"deskSummary"_s);
        QTRY_VERIFY_WITH_TIMEOUT(summary->isVisible(), 15'000);
        QVERIFY(summary->text().contains(u"Ana Souza"_s));
        QCOMPARE(m_sim->ccAgent(kAna).value(u"deviceType"_s).toVariant().toString(),
                 u"EXTENSION"_s);

        auto *selector = m_window->findChild<QComboBox *>(u"stateSelector"_s);
        QVERIFY(selector->isVisible());
        selector->setCurrentIndex(0);
        Q_EMIT selector->activated(0); // Available, as a click in the list does
        QTRY_COMPARE(m_sim->ccAgent(kAna).value(u"state"_s).toVariant().toString(), u"Available"_s);
        QCOMPARE(selector->currentIndex(), 0);

        // A supervisor sets Ana to an idle code: the selector follows and says who did it.
        m_sim->wire().postJson(m_sim->url(u"/_sim/cc/agents/state"_s),
                               QJsonDocument(QJsonObject{{u"email"_s, kAna},
                                                         {u"state"_s, u"Idle"_s},
                                                         {u"changedBy"_s, u"supervisor"_s}}));
        auto *origin = m_window->findChild<QLabel *>(u"stateOrigin"_s);
        QTRY_VERIFY(!origin->text().isEmpty());
        QVERIFY(selector->currentIndex() > 0);
        m_window->resize(500, 500);
        const QStringList clipped = Test::clippedTexts(m_window.get());
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(u'\n')));
        Test::saveScreenshot(m_window.get(), u"desk-signed-in"_s);

        // The connection drops: a banner says so, then that it is back.
        auto *banner = m_window->findChild<QLabel *>(u"banner"_s);
        m_sim->wire().postJson(m_sim->url(u"/_sim/cc/drop-sockets"_s),
                               QJsonDocument(QJsonObject{{u"email"_s, kAna}}));
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(banner->text().contains(u"back"_s), 20'000);

        // Sign out: Idle, logout, and the start page again.
        m_window->findChild<QAction *>(u"signOutAction"_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<QPushButton *>(u"signInButton"_s)->isVisible(),
                                 10'000);
        QCOMPARE(m_sim->ccAgent(kAna).value(u"loggedIn"_s).toVariant().toString(), u"false"_s);
    }

    void profileSettings_turnAutoSignInOff_andSessionTakenOverElsewhere()
    {
        startApp();
        QTest::mouseClick(m_window->findChild<QPushButton *>(u"signInButton"_s), Qt::LeftButton);
        signInInBrowser();
        Ui::InteractionPreferencesDialog *form = waitForForm();
        QVERIFY(form);
        auto *autoSignIn = form->findChild<QCheckBox *>(u"autoSignInCheck"_s);
        QTest::mouseClick(autoSignIn, Qt::LeftButton, {},
                          QPoint(autoSignIn->height() / 2, autoSignIn->height() / 2));
        QTest::keyClicks(form->findChild<QLineEdit *>(u"teamSearch"_s), u"vip"_s);
        QTest::keyClick(form->findChild<QLineEdit *>(u"teamSearch"_s), Qt::Key_Down);
        QTest::mouseClick(form->findChild<QPushButton *>(u"saveAndContinueButton"_s),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<QLabel *>(u"deskSummary"_s)->isVisible(),
                                 15'000);
        QVERIFY(Core::PreferencesStore(*m_settings).load(kAna).autoSignIn);

        // Profile settings show the sign-in and turn "Don't show this again" off.
        QString team;
        QTimer::singleShot(0, this, [&team] {
            auto *dialog = QApplication::activeModalWidget();
            QVERIFY(dialog);
            team = dialog->findChild<QLabel *>(u"teamValue"_s)->text();
            auto *check = dialog->findChild<QCheckBox *>(u"autoSignInSetting"_s);
            QVERIFY(check->isChecked());
            check->setChecked(false);
            QTest::keyClick(dialog, Qt::Key_Return);
        });
        m_window->findChild<QAction *>(u"profileSettingsAction"_s)->trigger();
        QCOMPARE(team, u"VIP Care"_s);
        QVERIFY(!Core::PreferencesStore(*m_settings).load(kAna).autoSignIn);

        // The dialog in every language at the 500 px minimum: nothing clipped.
        for (const QString &language :
             {u"en"_s, u"pt_BR"_s, u"pt_PT"_s, u"ja"_s, u"es"_s, u"fr"_s}) {
            Ui::TranslationLoader translations;
            QCOMPARE(translations.install(language), language);
            QStringList clipped;
            QTimer::singleShot(0, this, [&clipped, language] {
                auto *dialog = QApplication::activeModalWidget();
                dialog->resize(500, dialog->sizeHint().height());
                clipped = Test::clippedTexts(dialog);
                Test::saveScreenshot(dialog, u"profilesettings-"_s + language);
                QTest::keyClick(dialog, Qt::Key_Escape);
            });
            m_window->findChild<QAction *>(u"profileSettingsAction"_s)->trigger();
            QVERIFY2(clipped.isEmpty(), qPrintable(language + u": "_s + clipped.join(u'\n')));
        }

        // Another desktop signs in as Ana: this window says why its session ended.
        const auto subscribed =
                m_sim->wire().postJson(m_sim->url(u"/v1/notification/subscribe"_s),
                                       QJsonDocument(QJsonObject{{u"force"_s, true},
                                                                 {u"isKeepAliveEnabled"_s, false},
                                                                 {u"clientType"_s, u"OtherDesk"_s},
                                                                 {u"allowMultiLogin"_s, false}}),
                                       m_sim->token(u"cc"_s, kAna));
        QWebSocket other;
        other.open(QUrl(subscribed.json().object().value(u"webSocketUrl"_s).toString()));
        auto *status = m_window->findChild<QLabel *>(u"startStatus"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
                status->isVisible() && status->text().contains(u"somewhere else"_s), 10'000);
        QVERIFY(m_window->findChild<QPushButton *>(u"signInButton"_s)->isEnabled());
    }

    // Each kind of agent profile of the simulated tenant, through the real form. The identity
    // answers at once (an active session), so each row costs a second.
    void profileCases_throughTheRealForm_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("expectedDeviceType");
        QTest::newRow("digital only: no telephony choice")
                << u"marie.dubois@contoso.example"_s << QString();
        QTest::newRow("restricted to the default number")
                << u"lucia.garcia@contoso.example"_s << u"AGENT_DN"_s;
        QTest::newRow("one extension, lists only")
                << u"kenji.tanaka@contoso.example"_s << u"EXTENSION"_s;
        QTest::newRow("25 teams, free dial number")
                << u"joao.pereira@contoso.example"_s << u"AGENT_DN"_s;
    }
    void profileCases_throughTheRealForm()
    {
        QFETCH(QString, email);
        QFETCH(QString, expectedDeviceType);
        Sim::Scenario tenant = Sim::Scenario::defaults();
        tenant.setAutoSignIn(email);
        m_sim = std::make_unique<Test::SimFixture>(std::move(tenant));
        startApp();
        QTest::mouseClick(m_window->findChild<QPushButton *>(u"signInButton"_s), Qt::LeftButton);
        Ui::InteractionPreferencesDialog *form = waitForForm();
        QVERIFY(form);
        const Core::LoginFormRules &rules = *m_session->login().rules();
        auto *deviceGroup = form->findChild<QWidget *>(u"deviceGroup"_s);
        auto *numberEdit = form->findChild<QLineEdit *>(u"numberEdit"_s);
        auto *numberChoice = form->findChild<QComboBox *>(u"numberChoice"_s);
        if (expectedDeviceType.isEmpty()) {
            QVERIFY(!deviceGroup->isVisible());
            QVERIFY(!form->findChild<QWidget *>(u"numberGroup"_s)->isVisible());
        } else if (expectedDeviceType == u"EXTENSION"_s) {
            auto *radio = form->findChild<QRadioButton *>(u"device_extension"_s);
            QTest::mouseClick(radio, Qt::LeftButton, {},
                              QPoint(radio->height() / 2, radio->height() / 2));
            // The only configured extension is chosen already; there is nothing to type.
            QVERIFY(numberChoice->isVisible());
            QCOMPARE(numberChoice->count(), 1);
            QCOMPARE(numberChoice->currentIndex(), 0);
        } else if (rules.numberChoices(Core::VoiceDevice::DialNumber).readOnly) {
            QVERIFY(numberEdit->isReadOnly());
            QCOMPARE(numberEdit->text(), rules.profile().defaultDialNumber);
        } else {
            auto *radio = form->findChild<QRadioButton *>(u"device_dialNumber"_s);
            QTest::mouseClick(radio, Qt::LeftButton, {},
                              QPoint(radio->height() / 2, radio->height() / 2));
            numberEdit->clear();
            QTest::keyClicks(numberEdit, u"+351 912 345 678"_s);
        }
        // The last of the agent's teams, found through the search field (set, not typed:
        // QTest types ASCII only, and team names are not).
        const QString team = rules.profile().teams.last().name;
        form->findChild<QLineEdit *>(u"teamSearch"_s)->setText(team);
        QTest::keyClick(form->findChild<QLineEdit *>(u"teamSearch"_s), Qt::Key_Down);
        auto *save = form->findChild<QPushButton *>(u"saveAndContinueButton"_s);
        QVERIFY2(save->isEnabled(), qPrintable(form->check().problems.value(0).message));
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<QLabel *>(u"deskSummary"_s)->isVisible(),
                                 15'000);
        const QJsonObject agent = m_sim->ccAgent(email);
        QVERIFY(agent.value(u"loggedIn"_s).toBool());
        QCOMPARE(agent.value(u"teamName"_s).toString(), team);
        if (!expectedDeviceType.isEmpty()) {
            QCOMPARE(agent.value(u"deviceType"_s).toString(), expectedDeviceType);
        }
    }

    void browserClosed_backToStartWithReason()
    {
        startApp();
        QTest::mouseClick(m_window->findChild<QPushButton *>(u"signInButton"_s), Qt::LeftButton);
        Ui::BrowserSignInDialog *browser = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((browser = m_window->signInFlow()->browserDialog()), 10'000);
        browser->reject();
        auto *button = m_window->findChild<QPushButton *>(u"signInButton"_s);
        QTRY_VERIFY(button->isEnabled());
        QVERIFY(!m_window->findChild<QLabel *>(u"startStatus"_s)->text().isEmpty());
        QVERIFY(m_sim->requestsTo(u"^/v1/access_token$"_s).isEmpty());
    }

    void failedAutoSignIn_formComesBackPrefilledWithReason()
    {
        const QString number = u"+5511987654321"_s;
        Core::InteractionPreferences saved;
        saved.device = Core::VoiceDevice::DialNumber;
        saved.dialNumber = number;
        saved.teamId = u"d7b0f4a2-6c1e-4f3a-9b8d-2e5c7a1f0b31"_s; // replaced below
        saved.autoSignIn = true;
        startApp();
        // Learn Ana's first team from a first pass, then save "Don't show this again".
        QTest::mouseClick(m_window->findChild<QPushButton *>(u"signInButton"_s), Qt::LeftButton);
        signInInBrowser();
        QVERIFY(waitForForm());
        saved.teamId = m_session->login().rules()->profile().teams.first().id;
        Core::PreferencesStore(*m_settings).save(kAna, saved);
        m_window->signInFlow()->preferencesDialog()->reject();
        QTRY_VERIFY(m_window->findChild<QPushButton *>(u"signInButton"_s)->isEnabled());

        m_sim->wire().postJson(m_sim->url(u"/_sim/cc/busy-numbers"_s),
                               QJsonDocument(QJsonObject{{u"numbers"_s, QJsonArray{number}}}));
        QTest::mouseClick(m_window->findChild<QPushButton *>(u"signInButton"_s), Qt::LeftButton);
        Ui::InteractionPreferencesDialog *form = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((form = m_window->signInFlow()->preferencesDialog()) &&
                                         form->findChild<QLabel *>(u"numberError"_s)->isVisible(),
                                 15'000);
        QCOMPARE(form->findChild<QLineEdit *>(u"numberEdit"_s)->text(), number);
        QCOMPARE(form->findChild<QLabel *>(u"numberError"_s)->text(),
                 Core::StationLoginFailure::message(u"DUPLICATE_LOCATION"_s,
                                                    Core::VoiceDevice::DialNumber));
        QVERIFY(form->findChild<QRadioButton *>(u"device_dialNumber"_s)->isChecked());
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestSignInEndToEnd test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_signin_e2e.moc"
