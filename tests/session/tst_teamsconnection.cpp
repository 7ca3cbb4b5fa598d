// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Microsoft Teams connection against the simulator over loopback: the embedded-browser
// sign-in (the test follows the identity's redirect as the browser would), Cancel and the
// identity's errors ending in NotConnected with a reason and no retry by itself, Retry, the
// silent start from a stored refresh token, rotation, an expired refresh token, silent SSO
// (prompt=none, no window), Disconnect, the system browser on a loopback redirect, and the
// profile turning Teams off. Tokens in memory, once in the real keychain.
#include <auth/keychaintokenstore.h>
#include <auth/memorytokenstore.h>
#include <core/clock.h>
#include <net/apirequest.h>
#include <net/apiresult.h>
#include <session/teamsconnection.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

#include <support/logcapture.h>
#include <support/simfixture.h>

using namespace Qt::StringLiterals;
using namespace AgentDesk;
using Session::TeamsConnection;
using State = TeamsConnection::State;
using Reason = TeamsConnection::Reason;

namespace {
const QString kAna = u"ana.souza@contoso.example"_s;
const QString kKey = u"microsoft:ana.souza@contoso.example"_s;
const QString kNativeClient = u"https://login.microsoftonline.com/common/oauth2/nativeclient"_s;

Core::DesktopProfile teamsProfile(bool enabled = true, bool sso = false)
{
    Core::DesktopProfile profile;
    profile.microsoftTeams.enabled = enabled;
    profile.microsoftTeams.ssoEnabled = sso;
    return profile;
}

QString queryItem(const QUrl &url, const QString &name)
{
    return QUrlQuery(url).queryItemValue(name, QUrl::FullyDecoded);
}

// Answers the connection's requests the way the UI does, and records them.
struct Driver
{
    enum class Browser
    {
        Follow, // load the page; the identity redirects at once (auto sign-in)
        Leave   // keep the window open: the test answers
    };
    Browser mode = Browser::Follow;
    QList<QUrl> browserUrls;
    QList<QUrl> systemBrowserUrls;
    QList<State> states;
};
} // namespace

class TestTeamsConnection final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::SimFixture> m_sim;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Auth::MemoryTokenStore> m_store;

    static Sim::Scenario scenario(const QString &autoSignIn, const QStringList &ssoSessions = {})
    {
        Sim::Scenario tenant = Sim::Scenario::defaults();
        tenant.setAutoSignIn(autoSignIn);
        tenant.merge({{u"identity"_s,
                       QJsonObject{{u"ssoSessions"_s, QJsonArray::fromStringList(ssoSessions)}}}});
        return tenant;
    }

    std::unique_ptr<TeamsConnection> newConnection(Auth::TokenStore *store = nullptr)
    {
        return std::make_unique<TeamsConnection>(
                Core::ServiceEndpoints::onOneOrigin(m_sim->baseUrl()),
                store ? store : m_store.get(), Core::Clock::system(), m_settings.get());
    }

    void drive(TeamsConnection &teams, Driver &driver)
    {
        connect(&teams, &TeamsConnection::stateChanged, &teams,
                [&driver](State state) { driver.states.append(state); });
        connect(&teams, &TeamsConnection::browserSignInRequested, &teams,
                [this, &teams, &driver](const QUrl &url, const Session::RedirectMatcher &matcher) {
                    driver.browserUrls.append(url);
                    if (driver.mode == Driver::Browser::Leave) {
                        return;
                    }
                    const auto reply = m_sim->wire().get(url);
                    const QUrl location = QUrl::fromEncoded(reply.header("Location"));
                    QVERIFY(matcher(location));
                    QVERIFY(!matcher(m_sim->url(u"/elsewhere"_s)));
                    teams.completeBrowserSignIn(location);
                });
        connect(&teams, &TeamsConnection::systemBrowserRequested, &teams,
                [&driver](const QUrl &url) { driver.systemBrowserUrls.append(url); });
    }

    // Signs in through the embedded browser; true once Connected.
    bool connectOnce(TeamsConnection &teams, Driver &driver)
    {
        drive(teams, driver);
        teams.start(teamsProfile(), kAna);
        return QTest::qWaitFor([&teams] { return teams.state() == State::Connected; }, 15'000);
    }

    qint64 lastSequence()
    {
        const QJsonArray all = m_sim->requests();
        return all.isEmpty() ? 0 : all.last().toObject().value(u"sequence"_s).toInteger();
    }

    QJsonArray tokenRequests(const QString &grantType, qint64 since = 0)
    {
        QJsonArray matching;
        for (const QJsonValue &entry : m_sim->requestsTo(u"/oauth2/v2\\.0/token$"_s, since)) {
            if (entry.toObject().value(u"body"_s).toString().contains(
                        QString(u"grant_type="_s + grantType))) {
                matching.append(entry);
            }
        }
        return matching;
    }

    bool expireOnSim(const QString &kind)
    {
        return m_sim->wire()
                       .postJson(m_sim->url(u"/_sim/tokens/expire"_s),
                                 QJsonDocument(QJsonObject{{u"user"_s, kAna}, {u"kind"_s, kind}}))
                       .status == 204;
    }

    static void expectNotConnected(const TeamsConnection &teams, Reason reason)
    {
        QCOMPARE(teams.state(), State::NotConnected);
        QCOMPARE(teams.reason(), reason);
        QVERIFY(!teams.message().isEmpty());
        QVERIFY(teams.account().isEmpty());
    }

private Q_SLOTS:
    void init()
    {
        m_sim = std::make_unique<Test::SimFixture>(scenario(kAna));
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<QSettings>(m_dir->filePath(u"agentdesk.conf"_s),
                                                 QSettings::IniFormat);
        m_store = std::make_unique<Auth::MemoryTokenStore>();
    }
    void cleanup()
    {
        m_settings.reset();
        m_dir.reset();
        m_store.reset();
        m_sim.reset();
    }

    void embeddedBrowser_success_connectsWithAccountAndStoresToken()
    {
        Test::LogCapture log;
        auto teams = newConnection();
        Driver driver;
        QVERIFY(connectOnce(*teams, driver));
        QCOMPARE(driver.browserUrls.size(), 1);
        QVERIFY(driver.systemBrowserUrls.isEmpty());
        QCOMPARE(driver.states.first(), State::Connecting);
        QCOMPARE(teams->reason(), Reason::None);
        QVERIFY(teams->message().isEmpty());
        QCOMPARE(teams->account(), kAna);

        // What the embedded browser was asked to open.
        const QUrl url = driver.browserUrls.first();
        QVERIFY(url.path().endsWith(u"/oauth2/v2.0/authorize"_s));
        QCOMPARE(queryItem(url, u"redirect_uri"_s), kNativeClient);
        QCOMPARE(queryItem(url, u"scope"_s),
                 u"openid profile offline_access User.Read User.Read.All Presence.Read.All "
                 "Presence.ReadWrite"_s);
        QCOMPARE(queryItem(url, u"code_challenge_method"_s), u"S256"_s);
        QCOMPARE(queryItem(url, u"login_hint"_s), kAna);
        QVERIFY(!QUrlQuery(url).hasQueryItem(u"prompt"_s));

        // Stored under microsoft:<account>; the settings name the account, never a token.
        QTRY_VERIFY(m_store->contains(kKey));
        QCOMPARE(m_settings->value(TeamsConnection::AccountSettingsKey).toString(), kAna);
        m_settings->sync();
        QFile file(m_settings->fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(!text.contains(m_store->value(kKey).toUtf8()));
        QVERIFY(!text.contains(teams->session().accessToken().toUtf8()));
        QVERIFY(!log.contains(m_store->value(kKey)));
        QVERIFY(!log.contains(teams->session().accessToken()));

        // The tokens work at Graph.
        std::optional<Net::ApiResult> me;
        teams->http().send(
                Net::ApiRequest::get(m_sim->url(u"/v1.0/me"_s)).withAuth(teams->tokens()), this,
                [&me](const Net::ApiResult &result) { me = result; });
        QTRY_VERIFY(me.has_value());
        QVERIFY(me->ok());
        QCOMPARE(me->object().value(u"userPrincipalName"_s).toString(), kAna);
    }

    void cancel_endsNotConnectedCancelled_withoutTouchingOtherTokens()
    {
        m_store->insert(u"cc:ana.souza@contoso.example"_s, u"the-agents-cc-token"_s);
        auto teams = newConnection();
        Driver driver;
        driver.mode = Driver::Browser::Leave;
        drive(*teams, driver);
        teams->start(teamsProfile(), kAna);
        QCOMPARE(driver.browserUrls.size(), 1);
        QCOMPARE(teams->state(), State::Connecting);
        teams->cancelBrowserSignIn();
        expectNotConnected(*teams, Reason::Cancelled);
        QVERIFY(teams->message().contains(u"cancelled"_s));
        // A redirect arriving late changes nothing.
        teams->completeBrowserSignIn(QUrl(kNativeClient + u"?code=late&state=x"_s));
        QTest::qWait(50);
        QCOMPARE(teams->state(), State::NotConnected);
        QVERIFY(tokenRequests(u"authorization_code"_s).isEmpty());
        QCOMPARE(m_store->size(), 1);
        QCOMPARE(m_store->value(u"cc:ana.souza@contoso.example"_s), u"the-agents-cc-token"_s);
        QCOMPARE(driver.browserUrls.size(), 1); // nothing opens by itself
    }

    void identityError_endsNotConnectedWithReason_data()
    {
        QTest::addColumn<QString>("error");
        QTest::addColumn<Reason>("reason");
        QTest::newRow("consent_required") << u"consent_required"_s << Reason::ConsentRequired;
        QTest::newRow("interaction_required")
                << u"interaction_required"_s << Reason::ConsentRequired;
        QTest::newRow("access_denied") << u"access_denied"_s << Reason::Cancelled;
        QTest::newRow("server_error") << u"server_error"_s << Reason::SignInError;
    }
    void identityError_endsNotConnectedWithReason()
    {
        QFETCH(QString, error);
        QFETCH(Reason, reason);
        auto teams = newConnection();
        Driver driver;
        driver.mode = Driver::Browser::Leave;
        drive(*teams, driver);
        teams->start(teamsProfile(), kAna);
        QCOMPARE(driver.browserUrls.size(), 1);
        // The identity's error redirect, as Entra words it (AADSTS65001 for consent).
        QUrl redirect(kNativeClient);
        QUrlQuery query;
        query.addQueryItem(u"error"_s, error);
        query.addQueryItem(u"error_description"_s,
                           u"AADSTS65001:+The+user+or+administrator+has+not+consented."_s);
        query.addQueryItem(u"state"_s, queryItem(driver.browserUrls.first(), u"state"_s));
        redirect.setQuery(query);
        teams->completeBrowserSignIn(redirect);
        expectNotConnected(*teams, reason);
        QVERIFY(!teams->detail().isEmpty());
        QVERIFY(tokenRequests(u"authorization_code"_s).isEmpty());
        QCOMPARE(m_store->size(), 0);
    }

    void tokenEndpointError_endsNotConnectedTokenError()
    {
        QVERIFY(m_sim->injectFault(
                        {{u"path"_s, u"/oauth2/v2\\.0/token$"_s},
                         {u"kind"_s, u"status"_s},
                         {u"status"_s, 400},
                         {u"count"_s, 1},
                         {u"body"_s,
                          u"{\"error\":\"invalid_grant\",\"error_description\":\"AADSTS70008: "
                          "The provided authorization code or refresh token has expired.\","
                          "\"error_codes\":[70008]}"_s}}) > 0);
        auto teams = newConnection();
        Driver driver;
        drive(*teams, driver);
        teams->start(teamsProfile(), kAna);
        QTRY_COMPARE(teams->state(), State::NotConnected);
        expectNotConnected(*teams, Reason::TokenError);
        QVERIFY(!teams->detail().isEmpty());
        QCOMPARE(tokenRequests(u"authorization_code"_s).size(), 1);
        QCOMPARE(driver.browserUrls.size(), 1);
        QCOMPARE(m_store->size(), 0);
    }

    void retry_afterFailure_connects()
    {
        auto teams = newConnection();
        Driver driver;
        driver.mode = Driver::Browser::Leave;
        drive(*teams, driver);
        teams->start(teamsProfile(), kAna);
        teams->cancelBrowserSignIn();
        expectNotConnected(*teams, Reason::Cancelled);

        driver.mode = Driver::Browser::Follow;
        teams->retry();
        QTRY_COMPARE(teams->state(), State::Connected);
        QCOMPARE(driver.browserUrls.size(), 2);
        // A new attempt: a new state and PKCE pair.
        QVERIFY(queryItem(driver.browserUrls.at(0), u"state"_s) !=
                queryItem(driver.browserUrls.at(1), u"state"_s));
        QVERIFY(queryItem(driver.browserUrls.at(0), u"code_challenge"_s) !=
                queryItem(driver.browserUrls.at(1), u"code_challenge"_s));
        QCOMPARE(teams->account(), kAna);
        QTRY_VERIFY(m_store->contains(kKey));
    }

    void nextStart_storedRefreshToken_connectsSilently()
    {
        QString stored;
        {
            auto first = newConnection();
            Driver driver;
            QVERIFY(connectOnce(*first, driver));
            QTRY_VERIFY(m_store->contains(kKey));
            stored = m_store->value(kKey);
        } // the app quits
        const qint64 since = lastSequence();
        auto teams = newConnection();
        Driver driver;
        drive(*teams, driver);
        teams->start(teamsProfile(), kAna);
        QCOMPARE(teams->state(), State::Connecting);
        QTRY_COMPARE(teams->state(), State::Connected);
        QCOMPARE(teams->account(), kAna);
        QVERIFY(driver.browserUrls.isEmpty());
        QVERIFY(driver.systemBrowserUrls.isEmpty());
        QVERIFY(m_sim->requestsTo(u"authorize"_s, since).isEmpty());
        QCOMPARE(tokenRequests(u"refresh_token"_s, since).size(), 1);
        // The rotated refresh token replaced the one used.
        QTRY_VERIFY(m_store->value(kKey) != stored);
    }

    void nextStart_storedTokenRefused_fallsBackToTheBrowser()
    {
        m_settings->setValue(TeamsConnection::AccountSettingsKey, kAna);
        m_store->insert(kKey, u"a-refresh-token-the-identity-never-issued"_s);
        auto teams = newConnection();
        Driver driver;
        drive(*teams, driver);
        teams->start(teamsProfile(), kAna);
        QTRY_COMPARE(teams->state(), State::Connected);
        QCOMPARE(driver.browserUrls.size(), 1);
        QCOMPARE(tokenRequests(u"refresh_token"_s).size(), 1);
        QTRY_VERIFY(m_store->value(kKey) != u"a-refresh-token-the-identity-never-issued"_s);
    }

    void refresh_rotates_newRefreshTokenStored()
    {
        auto teams = newConnection();
        Driver driver;
        QVERIFY(connectOnce(*teams, driver));
        QTRY_VERIFY(m_store->contains(kKey));
        const QString firstRefresh = m_store->value(kKey);
        const QString firstAccess = teams->session().accessToken();
        const int writes = m_store->writeCount();

        std::optional<bool> refreshed;
        teams->tokens()->refresh(this, [&refreshed](bool ok) { refreshed = ok; });
        QTRY_VERIFY(refreshed.has_value());
        QVERIFY(*refreshed);
        QTRY_COMPARE(m_store->writeCount(), writes + 1);
        QVERIFY(m_store->value(kKey) != firstRefresh);
        QVERIFY(teams->session().accessToken() != firstAccess);
        QCOMPARE(teams->state(), State::Connected);
        // The old refresh token is spent; the stored one works.
        const auto old = m_sim->wire().postForm(m_sim->url(u"/common/oauth2/v2.0/token"_s),
                                                {{u"grant_type"_s, u"refresh_token"_s},
                                                 {u"client_id"_s, u"agentdesk"_s},
                                                 {u"refresh_token"_s, firstRefresh}});
        QCOMPARE(old.status, 400);
    }

    void expiredRefreshToken_graph401_endsExpiredOnceWithoutLoop()
    {
        auto teams = newConnection();
        Driver driver;
        QVERIFY(connectOnce(*teams, driver));
        QTRY_VERIFY(m_store->contains(kKey));
        QVERIFY(expireOnSim(u"refresh"_s));
        QVERIFY(expireOnSim(u"access"_s));
        const qint64 since = lastSequence();
        QSignalSpy changes(teams.get(), &TeamsConnection::stateChanged);

        const auto callGraph = [&] {
            std::optional<Net::ApiResult> me;
            teams->http().send(
                    Net::ApiRequest::get(m_sim->url(u"/v1.0/me"_s)).withAuth(teams->tokens()), this,
                    [&me](const Net::ApiResult &result) { me = result; });
            (void)QTest::qWaitFor([&me] { return me.has_value(); }, 10'000);
            return me;
        };
        const auto first = callGraph();
        QVERIFY(first && !first->ok());
        QCOMPARE(first->error().kind(), Net::ApiError::Kind::Unauthorized);
        expectNotConnected(*teams, Reason::Expired);
        QCOMPARE(changes.size(), 1);
        QTRY_VERIFY(!m_store->contains(kKey));

        // More Graph calls do not refresh again, nor does a browser open by itself.
        QVERIFY(!callGraph()->ok());
        QTest::qWait(50);
        QCOMPARE(tokenRequests(u"refresh_token"_s, since).size(), 1);
        // One request per call: without a refresh token, the 401 is final.
        QCOMPARE(m_sim->requestsTo(u"/v1.0/me$"_s, since).size(), 2);
        QCOMPARE(driver.browserUrls.size(), 1);
        QCOMPARE(changes.size(), 1);

        // Retry from the settings signs in again.
        teams->retry();
        QTRY_COMPARE(teams->state(), State::Connected);
        QTRY_VERIFY(m_store->contains(kKey));
    }

    void sso_withSession_connectsWithoutAnyWindow()
    {
        m_sim = std::make_unique<Test::SimFixture>(scenario({}, {kAna}));
        auto teams = newConnection();
        Driver driver;
        drive(*teams, driver);
        teams->start(teamsProfile(true, true), kAna);
        QVERIFY(teams->isSsoMode());
        QTRY_COMPARE(teams->state(), State::Connected);
        QCOMPARE(teams->account(), kAna);
        QVERIFY(driver.browserUrls.isEmpty());
        QVERIFY(driver.systemBrowserUrls.isEmpty());
        const QJsonArray authorize = m_sim->requestsTo(u"/oauth2/v2\\.0/authorize$"_s);
        QCOMPARE(authorize.size(), 1);
        const QUrlQuery sent(authorize.first().toObject().value(u"query"_s).toString());
        QCOMPARE(sent.queryItemValue(u"prompt"_s), u"none"_s);
        QCOMPARE(sent.queryItemValue(u"login_hint"_s, QUrl::FullyDecoded), kAna);
        QCOMPARE(tokenRequests(u"authorization_code"_s).size(), 1);
        QTRY_VERIFY(m_store->contains(kKey));
    }

    void sso_withoutSession_endsNotConnectedWithoutAnyWindow()
    {
        m_sim = std::make_unique<Test::SimFixture>(scenario({}, {}));
        auto teams = newConnection();
        Driver driver;
        drive(*teams, driver);
        teams->start(teamsProfile(true, true), kAna);
        QTRY_COMPARE(teams->state(), State::NotConnected);
        expectNotConnected(*teams, Reason::SsoUnavailable);
        QVERIFY(driver.browserUrls.isEmpty());
        QVERIFY(driver.systemBrowserUrls.isEmpty());
        QVERIFY(tokenRequests(u"authorization_code"_s).isEmpty());

        // Once the agent has a session, Retry connects, still silently.
        QCOMPARE(m_sim->wire()
                         .postJson(m_sim->url(u"/_sim/identity/sso-sessions"_s),
                                   QJsonDocument(QJsonObject{{u"email"_s, kAna}}))
                         .status,
                 200);
        teams->retry();
        QTRY_COMPARE(teams->state(), State::Connected);
        QVERIFY(driver.browserUrls.isEmpty());
    }

    void disconnectOrSignOut_deletesStoredTokens_data()
    {
        QTest::addColumn<bool>("signOutOfApp");
        QTest::newRow("disconnect") << false;
        QTest::newRow("sign out of the app") << true;
    }
    void disconnectOrSignOut_deletesStoredTokens()
    {
        QFETCH(bool, signOutOfApp);
        auto teams = newConnection();
        Driver driver;
        QVERIFY(connectOnce(*teams, driver));
        QTRY_VERIFY(m_store->contains(kKey));
        if (signOutOfApp) {
            teams->signOutOfApp();
            expectNotConnected(*teams, Reason::NotStarted);
        } else {
            teams->disconnect();
            expectNotConnected(*teams, Reason::Disconnected);
        }
        QVERIFY(teams->session().accessToken().isEmpty());
        QTRY_VERIFY(!m_store->contains(kKey));
        QVERIFY(!m_settings->contains(TeamsConnection::AccountSettingsKey));

        // The next start cannot connect silently: the browser opens.
        const qint64 since = lastSequence();
        auto next = newConnection();
        Driver nextDriver;
        QVERIFY(connectOnce(*next, nextDriver));
        QCOMPARE(nextDriver.browserUrls.size(), 1);
        QVERIFY(tokenRequests(u"refresh_token"_s, since).isEmpty());
    }

    void systemBrowser_loopbackRedirect_connects()
    {
        auto teams = newConnection();
        teams->setUseSystemBrowser(true);
        QVERIFY(teams->useSystemBrowser());
        QCOMPARE(m_settings->value(TeamsConnection::SystemBrowserSettingsKey).toBool(), true);
        Driver driver;
        drive(*teams, driver);
        teams->start(teamsProfile(), kAna);
        QCOMPARE(driver.systemBrowserUrls.size(), 1);
        QVERIFY(driver.browserUrls.isEmpty());
        const QUrl url = driver.systemBrowserUrls.first();
        const QUrl redirectUri(queryItem(url, u"redirect_uri"_s));
        QCOMPARE(redirectUri.scheme(), u"http"_s);
        QCOMPARE(redirectUri.host(), u"localhost"_s);
        QVERIFY(redirectUri.port() > 0);

        // The system browser: the identity's page redirects to the listener, which answers.
        const auto authorize = m_sim->wire().get(url);
        QCOMPARE(authorize.status, 302);
        const QUrl location = QUrl::fromEncoded(authorize.header("Location"));
        QCOMPARE(location.port(), redirectUri.port());
        QVERIFY(!queryItem(location, u"code"_s).isEmpty());
        const auto page = m_sim->wire().get(location);
        QCOMPARE(page.status, 200);
        QVERIFY(page.header("Content-Type").startsWith("text/html"));
        QVERIFY(page.body.contains("You can close this window"));
        QTRY_COMPARE(teams->state(), State::Connected);
        QCOMPARE(teams->account(), kAna);
        // The code was redeemed with the loopback redirect URI the authorize request named.
        const QJsonArray redeemed = tokenRequests(u"authorization_code"_s);
        QCOMPARE(redeemed.size(), 1);
        const QString body = redeemed.first().toObject().value(u"body"_s).toString();
        QVERIFY2(body.contains(QString(u"redirect_uri="_s + redirectUri.toString())) ||
                         body.contains(QString(u"redirect_uri="_s +
                                               QString::fromLatin1(QUrl::toPercentEncoding(
                                                       redirectUri.toString())))),
                 qPrintable(body));
        // The listener is closed once the answer came.
        QCOMPARE(m_sim->wire().get(location, {}).status, 0);
    }

    void systemBrowser_cancelWhileWaiting_closesTheListener()
    {
        auto teams = newConnection();
        teams->setUseSystemBrowser(true);
        Driver driver;
        drive(*teams, driver);
        teams->start(teamsProfile(), kAna);
        QCOMPARE(driver.systemBrowserUrls.size(), 1);
        const auto authorize = m_sim->wire().get(driver.systemBrowserUrls.first());
        const QUrl location = QUrl::fromEncoded(authorize.header("Location"));
        teams->cancelBrowserSignIn();
        expectNotConnected(*teams, Reason::Cancelled);
        QCOMPARE(m_sim->wire().get(location).status, 0);
        QVERIFY(tokenRequests(u"authorization_code"_s).isEmpty());
    }

    void profileWithoutTeams_isNotUsed_withoutAnyRequest()
    {
        m_settings->setValue(TeamsConnection::AccountSettingsKey, kAna);
        m_store->insert(kKey, u"stored"_s);
        const qint64 since = lastSequence();
        auto teams = newConnection();
        Driver driver;
        drive(*teams, driver);
        teams->start(teamsProfile(false), kAna);
        QCOMPARE(teams->state(), State::NotUsed);
        QCOMPARE(teams->reason(), Reason::DisabledByProfile);
        QVERIFY(!teams->message().isEmpty());
        QTest::qWait(50);
        QVERIFY(driver.browserUrls.isEmpty());
        QCOMPARE(m_sim->requests(since).size(), 1); // only this look at the log
        teams->retry();
        QCOMPARE(teams->state(), State::NotUsed);
    }

    void realKeychain_storesRestoresAndDeletes()
    {
        // The real keychain (Secret Service), under a service name of this test only.
        Auth::KeychainTokenStore keychain(u"AgentDesk-test-"_s +
                                          QUuid::createUuid().toString(QUuid::Id128));
        const auto readStored = [&keychain, this]() -> std::optional<QString> {
            std::optional<QString> value;
            keychain.read(kKey, this, [&value](const Auth::TokenStoreResult &result) {
                value = result.ok() ? result.value() : QString();
            });
            if (!QTest::qWaitFor([&value] { return value.has_value(); }, 10'000)) {
                return std::nullopt;
            }
            return value;
        };
        {
            auto teams = newConnection(&keychain);
            Driver driver;
            QSignalSpy problems(teams.get(), &TeamsConnection::keychainProblem);
            QVERIFY(connectOnce(*teams, driver));
            QTRY_VERIFY(!readStored().value_or(QString()).isEmpty());
            QCOMPARE(problems.size(), 0);
        }
        const qint64 since = lastSequence();
        auto teams = newConnection(&keychain);
        Driver driver;
        drive(*teams, driver);
        teams->start(teamsProfile(), kAna);
        QTRY_COMPARE_WITH_TIMEOUT(teams->state(), State::Connected, 10'000);
        QVERIFY(driver.browserUrls.isEmpty());
        QVERIFY(m_sim->requestsTo(u"authorize"_s, since).isEmpty());

        teams->disconnect();
        QTRY_COMPARE_WITH_TIMEOUT(readStored().value_or(u"?"_s), QString(), 10'000);
    }
};

QTEST_GUILESS_MAIN(TestTeamsConnection)
#include "tst_teamsconnection.moc"
