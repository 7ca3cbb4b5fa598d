// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The whole way in against the simulator over loopback: browser sign-in (the identity answers
// at once, as with an active session), profile, notification socket, the form or the saved
// preferences, station login; a failed auto sign-in falls back to the prefilled form with the
// server's reason; tokens never reach the settings file or the log.
#include <auth/keychaintokenstore.h>
#include <auth/memorytokenstore.h>
#include <core/clock.h>
#include <core/preferencesstore.h>
#include <core/stationloginfailure.h>
#include <session/contactcenterservices.h>
#include <session/logincontroller.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <support/logcapture.h>
#include <support/simfixture.h>

using namespace Qt::StringLiterals;
using namespace AgentDesk;
using Session::LoginController;

namespace {
const QString kAna = u"ana.souza@contoso.example"_s;

// Drives each request of the controller the way the UI would, recording what happened.
struct Driver
{
    std::optional<Core::LoginFormRules> rules;
    Core::InteractionPreferences form;
    Core::FieldProblem problem;
    int browserRequests = 0;
    int formRequests = 0;
    QList<Core::FieldProblem> failures;
};
} // namespace

class TestLoginController final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::SimFixture> m_sim;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    Auth::MemoryTokenStore m_memoryStore;

    Sim::Scenario scenario(const QString &autoSignIn = kAna)
    {
        Sim::Scenario tenant = Sim::Scenario::defaults();
        tenant.setAutoSignIn(autoSignIn);
        return tenant;
    }

    // Wires a controller to a Driver that answers like the UI: the browser follows the
    // identity's redirect, the form is answered with `answer` (or left open).
    void drive(LoginController &login, Driver &driver,
               std::function<Core::InteractionPreferences(const Core::LoginFormRules &,
                                                          Core::InteractionPreferences)>
                       answer)
    {
        connect(&login, &LoginController::browserSignInRequested, &login,
                [this, &login, &driver](const QUrl &url, const Session::RedirectMatcher &matcher) {
                    ++driver.browserRequests;
                    const auto reply = m_sim->wire().get(url);
                    const QUrl location(QString::fromUtf8(reply.header("Location")));
                    QVERIFY(matcher(location));
                    login.completeBrowserSignIn(location);
                });
        connect(&login, &LoginController::preferencesRequested, &login,
                [&login, &driver, answer](const Core::LoginFormRules &rules,
                                          const Core::InteractionPreferences &form,
                                          const Core::FieldProblem &problem) {
                    ++driver.formRequests;
                    driver.rules = rules;
                    driver.form = form;
                    driver.problem = problem;
                    if (answer) {
                        login.submitPreferences(answer(rules, form));
                    }
                });
        connect(&login, &LoginController::stationLoginFailed, &login,
                [&driver](const Core::FieldProblem &problem) { driver.failures.append(problem); });
    }

    static Core::InteractionPreferences desktopWithFirstTeam(const Core::LoginFormRules &rules,
                                                             Core::InteractionPreferences form)
    {
        form = rules.withDevice(form, Core::VoiceDevice::Desktop);
        form.teamId = rules.profile().teams.first().id;
        return rules.validate(form).preferences;
    }

private Q_SLOTS:
    void init()
    {
        m_sim = std::make_unique<Test::SimFixture>(scenario());
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<QSettings>(m_dir->filePath(u"agentdesk.conf"_s),
                                                 QSettings::IniFormat);
    }
    void cleanup()
    {
        m_settings.reset();
        m_dir.reset();
        m_sim.reset();
    }

    void firstStart_browserThenForm_signsInAndSavesPreferences()
    {
        Session::ContactCenterServices services(
                Core::ServiceEndpoints::onOneOrigin(m_sim->baseUrl()), &m_memoryStore,
                Core::Clock::system());
        LoginController login(&services, m_settings.get());
        Driver driver;
        drive(login, driver, desktopWithFirstTeam);
        QSignalSpy signedIn(&login, &LoginController::signedIn);
        login.start();
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 15'000);
        QCOMPARE(driver.browserRequests, 1);
        QCOMPARE(driver.formRequests, 1);
        QVERIFY(driver.problem.message.isEmpty());
        QCOMPARE(login.person().primaryEmail(), kAna);
        QVERIFY(login.profile().allows(Core::VoiceDevice::Extension));

        const QJsonObject agent = m_sim->ccAgent(kAna);
        QVERIFY2(agent.value(u"loggedIn"_s).toBool(), QJsonDocument(agent).toJson().constData());
        const Core::PreferencesStore store(*m_settings);
        QCOMPARE(store.load(kAna).device, Core::VoiceDevice::Desktop);
        QCOMPARE(store.load(kAna).teamId, login.profile().teams.first().id);
    }

    void savedAutoSignIn_nextStart_signsInSilentlyWithoutForm()
    {
        {
            Session::ContactCenterServices services(
                    Core::ServiceEndpoints::onOneOrigin(m_sim->baseUrl()), &m_memoryStore,
                    Core::Clock::system());
            LoginController login(&services, m_settings.get());
            Driver driver;
            drive(login, driver,
                  [](const Core::LoginFormRules &rules, Core::InteractionPreferences form) {
                      form = desktopWithFirstTeam(rules, form);
                      form.autoSignIn = true;
                      return form;
                  });
            QSignalSpy signedIn(&login, &LoginController::signedIn);
            login.start();
            QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 15'000);
            // The agent quits without signing out of the station; the server still has them.
            services.channel().close();
        }
        const qint64 before = m_sim->requests().last().toObject().value(u"sequence"_s).toInteger();

        Session::ContactCenterServices services(
                Core::ServiceEndpoints::onOneOrigin(m_sim->baseUrl()), &m_memoryStore,
                Core::Clock::system());
        LoginController login(&services, m_settings.get());
        Driver driver;
        drive(login, driver, {});
        QSignalSpy signedIn(&login, &LoginController::signedIn);
        login.start();
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 15'000);
        QCOMPARE(driver.browserRequests, 0); // refresh token from the store
        QCOMPARE(driver.formRequests, 0);    // "Don't show this again"
        QVERIFY(m_sim->requestsTo(u"/authorize$"_s, before).isEmpty());
        QCOMPARE(m_sim->requestsTo(u"^/v1/agents/login$"_s, before).size(), 1);
    }

    void failedAutoSignIn_showsPrefilledFormWithServersReason()
    {
        const QString number = u"+5511987654321"_s; // Ana's default dial number
        Core::PreferencesStore store(*m_settings);
        Session::ContactCenterServices services(
                Core::ServiceEndpoints::onOneOrigin(m_sim->baseUrl()), &m_memoryStore,
                Core::Clock::system());
        LoginController login(&services, m_settings.get());
        Driver driver;
        drive(login, driver, {});
        // Saved last time: dial number + team + Don't show this again.
        Core::InteractionPreferences saved;
        saved.device = Core::VoiceDevice::DialNumber;
        saved.dialNumber = number;
        saved.teamId = u"placeholder"_s;
        saved.autoSignIn = true;
        // The team id must be one of Ana's: learn it from a first pass through the form.
        QSignalSpy formShown(&login, &LoginController::preferencesRequested);
        login.start();
        QTRY_COMPARE_WITH_TIMEOUT(formShown.size(), 1, 15'000);
        saved.teamId = driver.rules->profile().teams.first().id;
        store.save(kAna, saved);
        login.reset();

        // Someone else now uses that number.
        m_sim->wire().postJson(m_sim->url(u"/_sim/cc/busy-numbers"_s),
                               QJsonDocument(QJsonObject{{u"numbers"_s, QJsonArray{number}}}));
        QSignalSpy failed(&login, &LoginController::failed);
        login.start();
        QTRY_COMPARE_WITH_TIMEOUT(formShown.size(), 2, 15'000);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(driver.form.device, Core::VoiceDevice::DialNumber);
        QCOMPARE(driver.form.dialNumber, number);
        QCOMPARE(driver.form.teamId, saved.teamId);
        QCOMPARE(driver.problem.field, Core::LoginField::Number);
        QCOMPARE(driver.problem.message,
                 Core::StationLoginFailure::message(u"DUPLICATE_LOCATION"_s,
                                                    Core::VoiceDevice::DialNumber));
        QCOMPARE(login.step(), LoginController::Step::Preferences);
    }

    void formStationLoginFailure_keepsFormOpenWithReason()
    {
        const QString number = u"+5511987654321"_s;
        m_sim->wire().postJson(m_sim->url(u"/_sim/cc/busy-numbers"_s),
                               QJsonDocument(QJsonObject{{u"numbers"_s, QJsonArray{number}}}));
        Session::ContactCenterServices services(
                Core::ServiceEndpoints::onOneOrigin(m_sim->baseUrl()), &m_memoryStore,
                Core::Clock::system());
        LoginController login(&services, m_settings.get());
        Driver driver;
        drive(login, driver,
              [number](const Core::LoginFormRules &rules, Core::InteractionPreferences form) {
                  form = rules.withDevice(form, Core::VoiceDevice::DialNumber);
                  form.dialNumber = number;
                  form.teamId = rules.profile().teams.first().id;
                  return rules.validate(form).preferences;
              });
        login.start();
        QTRY_COMPARE_WITH_TIMEOUT(driver.failures.size(), 1, 15'000);
        QCOMPARE(driver.failures.first().field, Core::LoginField::Number);
        QCOMPARE(login.step(), LoginController::Step::Preferences);
        QVERIFY(!m_sim->ccAgent(kAna).value(u"loggedIn"_s).toBool());
    }

    void browserCancelled_failsWithSentence()
    {
        Session::ContactCenterServices services(
                Core::ServiceEndpoints::onOneOrigin(m_sim->baseUrl()), &m_memoryStore,
                Core::Clock::system());
        LoginController login(&services, m_settings.get());
        connect(&login, &LoginController::browserSignInRequested, &login,
                [&login] { login.cancelBrowserSignIn(); });
        QSignalSpy failed(&login, &LoginController::failed);
        login.start();
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(!failed.first().first().toString().isEmpty());
        QCOMPARE(login.step(), LoginController::Step::Idle);
    }

    void redirectWithWrongState_isRefused()
    {
        Session::ContactCenterServices services(
                Core::ServiceEndpoints::onOneOrigin(m_sim->baseUrl()), &m_memoryStore,
                Core::Clock::system());
        LoginController login(&services, m_settings.get());
        connect(&login, &LoginController::browserSignInRequested, &login,
                [this, &login](const QUrl &url) {
                    QUrl location(QString::fromUtf8(m_sim->wire().get(url).header("Location")));
                    QUrlQuery query(location);
                    query.removeQueryItem(u"state"_s);
                    query.addQueryItem(u"state"_s, u"forged"_s);
                    location.setQuery(query);
                    login.completeBrowserSignIn(location);
                });
        QSignalSpy failed(&login, &LoginController::failed);
        login.start();
        QTRY_COMPARE(failed.size(), 1);
        // The code was never redeemed.
        QVERIFY(m_sim->requestsTo(u"^/v1/access_token$"_s).isEmpty());
    }

    void tokens_neverInSettingsOrLog()
    {
        Test::LogCapture log;
        // The real keychain (Secret Service), under a service name of this test only.
        Auth::KeychainTokenStore keychain(u"AgentDesk-test-"_s +
                                          QUuid::createUuid().toString(QUuid::Id128));
        Session::ContactCenterServices services(
                Core::ServiceEndpoints::onOneOrigin(m_sim->baseUrl()), &keychain,
                Core::Clock::system());
        LoginController login(&services, m_settings.get());
        Driver driver;
        drive(login, driver, desktopWithFirstTeam);
        QSignalSpy signedIn(&login, &LoginController::signedIn);
        QSignalSpy keychainProblems(&login, &LoginController::keychainProblem);
        login.start();
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 15'000);
        QCOMPARE(keychainProblems.size(), 0);

        const QString accessToken = services.session().accessToken();
        QVERIFY(!accessToken.isEmpty());
        std::optional<QString> refreshToken;
        keychain.read(services.session().provider().storeKey(kAna), this,
                      [&refreshToken](const Auth::TokenStoreResult &result) {
                          refreshToken = result.ok() ? result.value() : QString();
                      });
        QTRY_VERIFY(refreshToken.has_value());
        QVERIFY2(!refreshToken->isEmpty(), "the refresh token is in the keychain");

        m_settings->sync();
        QFile settingsFile(m_settings->fileName());
        QVERIFY(settingsFile.open(QIODevice::ReadOnly));
        const QByteArray settingsText = settingsFile.readAll();
        QVERIFY(settingsText.contains(kAna.toUtf8())); // the file is the one we wrote
        for (const QString &secret : {accessToken, *refreshToken}) {
            QVERIFY(!settingsText.contains(secret.toUtf8()));
            QVERIFY(!log.contains(secret));
        }
        login.reset();
        bool removed = false;
        keychain.read(services.session().provider().storeKey(kAna), this,
                      [&removed](const Auth::TokenStoreResult &result) { removed = !result.ok(); });
        QTRY_VERIFY(removed);
    }
};

QTEST_GUILESS_MAIN(TestLoginController)
#include "tst_logincontroller.moc"
