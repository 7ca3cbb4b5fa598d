// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// OAuthSession over real loopback against the simulator, for both identities: sign-in, the
// refresh token kept in the store at every rotation, refresh ahead of expiry (ManualClock and
// a short real lifetime), refresh after a 401, an expired refresh token ending in Expired with
// exactly one request, silent restore at the next start, sign-out, and store failures that
// reach the user.
#include "authtesthelpers.h"

#include <auth/memorytokenstore.h>
#include <auth/oauthsession.h>
#include <core/clock.h>
#include <net/httpclient.h>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace AgentDesk;
using Auth::AuthorizationAttempt;
using Auth::MemoryTokenStore;
using Auth::OAuthError;
using Auth::OAuthSession;
using Auth::TokenStoreError;
using State = OAuthSession::State;

namespace {

// Everything a session said, in order.
struct Recorder
{
    explicit Recorder(OAuthSession &session)
    {
        QObject::connect(&session, &OAuthSession::stateChanged, &session,
                         [this](State state) { states.append(state); });
        QObject::connect(&session, &OAuthSession::signedIn, &session, [this] { ++signedIn; });
        QObject::connect(&session, &OAuthSession::tokensRefreshed, &session,
                         [this] { ++refreshed; });
        QObject::connect(&session, &OAuthSession::signInFailed, &session,
                         [this](const OAuthError &error) { signInFailures.append(error); });
        QObject::connect(&session, &OAuthSession::expired, &session,
                         [this](const OAuthError &error) { expiries.append(error); });
        QObject::connect(&session, &OAuthSession::storeFailed, &session,
                         [this](const TokenStoreError &error) { storeFailures.append(error); });
    }
    QList<State> states;
    int signedIn = 0;
    int refreshed = 0;
    QList<OAuthError> signInFailures;
    QList<OAuthError> expiries;
    QList<TokenStoreError> storeFailures;
};

} // namespace

class TestOAuthSession final : public QObject
{
    Q_OBJECT

private:
    Core::ManualClock m_clock;
    std::unique_ptr<Test::SimFixture> m_sim;
    QNetworkAccessManager m_network;
    std::unique_ptr<Net::HttpClient> m_http;
    std::unique_ptr<MemoryTokenStore> m_store;

    static void addProviders()
    {
        QTest::addColumn<QString>("provider");
        QTest::newRow("contact center") << u"cc"_s;
        QTest::newRow("microsoft") << u"microsoft"_s;
    }

    void startSimulator(const Sim::Scenario &scenario, const Core::Clock *clock)
    {
        m_sim = std::make_unique<Test::SimFixture>(scenario, clock);
        m_http = std::make_unique<Net::HttpClient>(&m_network, clock,
                                                   Net::RetryPolicy{.maxAttempts = 1});
    }

    std::unique_ptr<OAuthSession> newSession(const QString &provider)
    {
        auto session = std::make_unique<OAuthSession>(Test::simProvider(*m_sim, provider),
                                                      m_http.get(), m_store.get());
        session->setCheckInterval(10ms);
        return session;
    }

    QString keyOf(const OAuthSession &session) const
    {
        return session.provider().storeKey(Test::kAuthUser);
    }

    // The interactive part done by the simulator (auto sign-in), then the session's exchange.
    // The contact center names no account in its tokens: the caller knows it (people/me).
    bool signIn(OAuthSession &session)
    {
        const AuthorizationAttempt attempt(session.provider());
        const QString code = Test::authorizationCode(*m_sim, attempt);
        if (code.isEmpty()) {
            return false;
        }
        const bool microsoft = session.provider().id == u"microsoft"_s;
        session.completeSignIn(attempt, code, microsoft ? QString() : Test::kAuthUser);
        return QTest::qWaitFor([&session] { return session.state() != State::SigningIn; }) &&
               session.isSignedIn();
    }

    QUrl meUrl(const OAuthSession &session) const
    {
        return m_sim->url(session.provider().id == u"microsoft"_s ? u"/v1.0/me"_s
                                                                  : u"/v1/people/me"_s);
    }

    // A request to the provider's service with the session as its token provider.
    std::optional<Net::ApiResult> callService(OAuthSession &session)
    {
        std::optional<Net::ApiResult> result;
        QObject context;
        m_http->send(Net::ApiRequest::get(meUrl(session)).withAuth(&session), &context,
                     [&result](const Net::ApiResult &r) { result = r; });
        (void)QTest::qWaitFor([&result] { return result.has_value(); });
        return result;
    }

    bool refreshNow(OAuthSession &session)
    {
        std::optional<bool> done;
        QObject context;
        session.refresh(&context, [&done](bool ok) { done = ok; });
        (void)QTest::qWaitFor([&done] { return done.has_value(); });
        return done.value_or(false);
    }

    bool expireOnSim(const QString &kind)
    {
        return m_sim->wire()
                       .postJson(m_sim->url(u"/_sim/tokens/expire"_s),
                                 QJsonDocument(QJsonObject{{u"kind"_s, kind}}))
                       .status == 204;
    }

    int refreshStatus(const OAuthSession &session, const QString &refreshToken)
    {
        return m_sim->wire()
                .postForm(session.provider().tokenUrl, {{u"grant_type"_s, u"refresh_token"_s},
                                                        {u"client_id"_s, u"agentdesk"_s},
                                                        {u"refresh_token"_s, refreshToken}})
                .status;
    }

    qint64 lastSequence()
    {
        const QJsonArray all = m_sim->requests();
        return all.isEmpty() ? 0 : all.last().toObject().value(u"sequence"_s).toInteger();
    }

private Q_SLOTS:
    void init()
    {
        m_clock.set(QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC));
        m_store = std::make_unique<MemoryTokenStore>();
        startSimulator(Test::autoSignInScenario(), &m_clock);
    }
    void cleanup()
    {
        m_http.reset();
        m_sim.reset();
    }

    // --- sign-in -----------------------------------------------------------------------------

    void completeSignIn_rightCode_signsInAndStoresTheRefreshToken_data() { addProviders(); }
    void completeSignIn_rightCode_signsInAndStoresTheRefreshToken()
    {
        QFETCH(QString, provider);
        auto session = newSession(provider);
        Recorder record(*session);
        QVERIFY(signIn(*session));
        QCOMPARE(record.states, (QList<State>{State::SigningIn, State::SignedIn}));
        QCOMPARE(record.signedIn, 1);
        QCOMPARE(session->account(), Test::kAuthUser);
        QVERIFY(!session->accessToken().isEmpty());
        if (provider == u"microsoft"_s) {
            QCOMPARE(session->claims().name, u"Ana Souza"_s);
        }

        // The refresh token is in the store under provider and account, and it is real.
        QCOMPARE(m_store->size(), 1);
        const QString stored = m_store->value(keyOf(*session));
        QVERIFY(!stored.isEmpty());
        QVERIFY(stored != session->accessToken());
        QCOMPARE(m_sim->wire().get(meUrl(*session), session->accessToken().toLatin1()).status, 200);
        QCOMPARE(refreshStatus(*session, stored), 200);
        QVERIFY(record.storeFailures.isEmpty());
    }

    void completeSignIn_contactCenterWithoutAccount_storesOnceTheAccountIsKnown()
    {
        auto session = newSession(u"cc"_s);
        const AuthorizationAttempt attempt(session->provider());
        session->completeSignIn(attempt, Test::authorizationCode(*m_sim, attempt));
        QTRY_COMPARE(session->state(), State::SignedIn);
        QVERIFY(session->account().isEmpty());
        QCOMPARE(m_store->size(), 0);

        // people/me named the agent: now the refresh token goes to the keychain.
        session->setAccount(Test::kAuthUser);
        QCOMPARE(m_store->size(), 1);
        QVERIFY(!m_store->value(u"cc:ana.souza@contoso.example"_s).isEmpty());
    }

    void completeSignIn_wrongVerifier_failsWithInvalidGrantAndStoresNothing_data()
    {
        addProviders();
    }
    void completeSignIn_wrongVerifier_failsWithInvalidGrantAndStoresNothing()
    {
        QFETCH(QString, provider);
        auto session = newSession(provider);
        Recorder record(*session);
        const AuthorizationAttempt attempt(session->provider());
        const QString code = Test::authorizationCode(*m_sim, attempt);
        const AuthorizationAttempt swapped(attempt.provider(), Auth::Pkce::generate(),
                                           attempt.state());
        session->completeSignIn(swapped, code, Test::kAuthUser);
        QTRY_COMPARE(record.signInFailures.size(), 1);
        QCOMPARE(record.signInFailures.first().kind(), OAuthError::Kind::InvalidGrant);
        QCOMPARE(session->state(), State::SignedOut);
        QCOMPARE(record.states, (QList<State>{State::SigningIn, State::SignedOut}));
        QCOMPARE(record.signedIn, 0);
        QVERIFY(session->accessToken().isEmpty());
        QCOMPARE(m_store->size(), 0);
    }

    // --- refresh -----------------------------------------------------------------------------

    void refresh_onDemand_storesTheRotatedToken_andTheOldOneIsRefused_data() { addProviders(); }
    void refresh_onDemand_storesTheRotatedToken_andTheOldOneIsRefused()
    {
        QFETCH(QString, provider);
        auto session = newSession(provider);
        Recorder record(*session);
        QVERIFY(signIn(*session));
        const QString oldRefresh = m_store->value(keyOf(*session));
        const QString oldAccess = session->accessToken();

        QVERIFY(refreshNow(*session));
        QCOMPARE(record.refreshed, 1);
        QCOMPARE(session->state(), State::SignedIn);
        QVERIFY(session->accessToken() != oldAccess);
        // Stored at once: the store already holds the new refresh token.
        const QString newRefresh = m_store->value(keyOf(*session));
        QVERIFY(!newRefresh.isEmpty());
        QVERIFY(newRefresh != oldRefresh);
        QCOMPARE(m_store->writeCount(), 2);
        QCOMPARE(m_sim->wire().get(meUrl(*session), session->accessToken().toLatin1()).status, 200);
        // The simulator revoked the old refresh token; the stored one is good.
        QCOMPARE(refreshStatus(*session, oldRefresh), 400);
        QCOMPARE(refreshStatus(*session, newRefresh), 200);
    }

    void unauthorizedRequest_refreshesOnceAndRetriesWithTheNewToken_data() { addProviders(); }
    void unauthorizedRequest_refreshesOnceAndRetriesWithTheNewToken()
    {
        QFETCH(QString, provider);
        auto session = newSession(provider);
        QVERIFY(signIn(*session));
        const QString oldRefresh = m_store->value(keyOf(*session));
        QVERIFY(expireOnSim(u"access"_s));
        const qint64 since = lastSequence();

        const auto result = callService(*session);
        QVERIFY(result);
        QVERIFY(result->ok());
        QCOMPARE(result->attempts(), 2);
        QCOMPARE(Test::tokenRequests(*m_sim, u"refresh_token"_s, since).size(), 1);
        QVERIFY(m_store->value(keyOf(*session)) != oldRefresh);
    }

    void scheduledRefresh_manualClock_refreshesAheadOfExpiry_data() { addProviders(); }
    void scheduledRefresh_manualClock_refreshesAheadOfExpiry()
    {
        QFETCH(QString, provider);
        auto session = newSession(provider);
        Recorder record(*session);
        QVERIFY(signIn(*session));
        const int lifetime = provider == u"microsoft"_s ? 3600 : 43200;
        QCOMPARE(session->expiresAt(), m_clock.now().addSecs(lifetime));
        // Five minutes ahead of expiry.
        QCOMPARE(session->nextRefreshAt(), session->expiresAt().addSecs(-300));
        const QString firstRefresh = m_store->value(keyOf(*session));

        // The timer looks at the clock every 10 ms; until the clock gets there, nothing.
        m_clock.set(session->nextRefreshAt().addSecs(-1));
        QTest::qWait(60);
        QCOMPARE(Test::tokenRequests(*m_sim, u"refresh_token"_s).size(), 0);
        QCOMPARE(record.refreshed, 0);

        m_clock.advance(2'000);
        QTRY_COMPARE(record.refreshed, 1);
        QCOMPARE(Test::tokenRequests(*m_sim, u"refresh_token"_s).size(), 1);
        QCOMPARE(session->state(), State::SignedIn);
        QVERIFY(m_store->value(keyOf(*session)) != firstRefresh);
        // The next one is planned from the new expiry, and nothing else runs meanwhile.
        QCOMPARE(session->expiresAt(), m_clock.now().addSecs(lifetime));
        QCOMPARE(session->nextRefreshAt(), session->expiresAt().addSecs(-300));
        QTest::qWait(60);
        QCOMPARE(Test::tokenRequests(*m_sim, u"refresh_token"_s).size(), 1);
    }

    void scheduledRefresh_shortRealLifetime_refreshesHalfWay()
    {
        // Graph access tokens of 2 s: the session refreshes after 1 s of real time.
        startSimulator(Test::autoSignInScenario({{u"graphAccessTokenSeconds"_s, 2}}), nullptr);
        auto session = newSession(u"microsoft"_s);
        session->setCheckInterval(OAuthSession::DefaultCheckInterval);
        Recorder record(*session);
        QElapsedTimer elapsed;
        elapsed.start();
        QVERIFY(signIn(*session));
        const QString firstRefresh = m_store->value(keyOf(*session));
        const qint64 left = Core::Clock::system()->now().msecsTo(session->expiresAt());
        QVERIFY2(left > 1'000 && left <= 2'000, qPrintable(QString::number(left)));

        QTRY_COMPARE_WITH_TIMEOUT(record.refreshed, 1, 5'000);
        QVERIFY2(elapsed.elapsed() >= 900, qPrintable(QString::number(elapsed.elapsed())));
        QVERIFY(m_store->value(keyOf(*session)) != firstRefresh);
        QCOMPARE(m_sim->wire().get(meUrl(*session), session->accessToken().toLatin1()).status, 200);
    }

    void refreshFails_transiently_keepsTheTokensAndTriesAgainLater()
    {
        auto session = newSession(u"microsoft"_s);
        session->setRetryDelay(60s);
        Recorder record(*session);
        QVERIFY(signIn(*session));
        const QString access = session->accessToken();
        QVERIFY(m_sim->injectFault({{u"path"_s, u"/oauth2/v2\\.0/token$"_s},
                                    {u"kind"_s, u"status"_s},
                                    {u"status"_s, 503},
                                    {u"count"_s, 1}}) > 0);

        m_clock.set(session->nextRefreshAt());
        QTRY_COMPARE(Test::tokenRequests(*m_sim, u"refresh_token"_s).size(), 1);
        QTRY_COMPARE(session->nextRefreshAt(), m_clock.now().addSecs(60));
        QCOMPARE(session->state(), State::SignedIn);
        QCOMPARE(session->accessToken(), access);
        QVERIFY(record.expiries.isEmpty());

        m_clock.advance(60'000);
        QTRY_COMPARE(record.refreshed, 1);
        QCOMPARE(Test::tokenRequests(*m_sim, u"refresh_token"_s).size(), 2);
        QVERIFY(session->accessToken() != access);
    }

    void expiredRefreshToken_endsInExpiredOnce_withOneRequestAndNoLoop_data() { addProviders(); }
    void expiredRefreshToken_endsInExpiredOnce_withOneRequestAndNoLoop()
    {
        QFETCH(QString, provider);
        auto session = newSession(provider);
        Recorder record(*session);
        QVERIFY(signIn(*session));
        QVERIFY(m_store->contains(keyOf(*session)));
        QVERIFY(expireOnSim(u"refresh"_s));
        QVERIFY(expireOnSim(u"access"_s));
        const qint64 since = lastSequence();

        // A 401 asks for a refresh, which the identity refuses.
        const auto result = callService(*session);
        QVERIFY(result);
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind(), Net::ApiError::Kind::Unauthorized);
        QCOMPARE(session->state(), State::Expired);
        QCOMPARE(record.expiries.size(), 1);
        QCOMPARE(record.expiries.first().kind(), OAuthError::Kind::InvalidGrant);
        QVERIFY(!record.expiries.first().message().isEmpty());
        QVERIFY(session->accessToken().isEmpty());
        QVERIFY(!session->nextRefreshAt().isValid());
        // The dead refresh token is deleted, not tried again at the next start.
        QTRY_VERIFY(!m_store->contains(keyOf(*session)));

        // Neither more requests, nor time passing, nor an explicit refresh asks again.
        QVERIFY(!callService(*session)->ok());
        QVERIFY(!refreshNow(*session));
        m_clock.advance(7LL * 24 * 3600 * 1000);
        QTest::qWait(60);
        QCOMPARE(Test::tokenRequests(*m_sim, u"refresh_token"_s, since).size(), 1);
        QCOMPARE(record.expiries.size(), 1);
        QCOMPARE(record.states.last(), State::Expired);
        QVERIFY(record.signInFailures.isEmpty());
    }

    // --- the next start ------------------------------------------------------------------

    void restore_storedRefreshToken_signsInWithoutABrowser_data() { addProviders(); }
    void restore_storedRefreshToken_signsInWithoutABrowser()
    {
        QFETCH(QString, provider);
        QString stored;
        {
            auto first = newSession(provider);
            QVERIFY(signIn(*first));
            stored = m_store->value(keyOf(*first));
        } // the app quits without signing out
        QVERIFY(!stored.isEmpty());
        const qint64 since = lastSequence();

        auto session = newSession(provider);
        Recorder record(*session);
        session->restore(u"Ana.Souza@contoso.example"_s);
        QCOMPARE(session->state(), State::Restoring);
        QTRY_COMPARE(record.signedIn, 1);
        QCOMPARE(record.states, (QList<State>{State::Restoring, State::SignedIn}));
        QCOMPARE(session->account(), u"Ana.Souza@contoso.example"_s);
        QVERIFY(record.storeFailures.isEmpty() && record.expiries.isEmpty());

        // No authorize page, one refresh, a working token and the rotated one stored.
        QCOMPARE(m_sim->requestsTo(u"authorize$"_s, since).size(), 0);
        QCOMPARE(Test::tokenRequests(*m_sim, u"refresh_token"_s, since).size(), 1);
        QCOMPARE(Test::tokenRequests(*m_sim, u"authorization_code"_s, since).size(), 0);
        QCOMPARE(m_sim->wire().get(meUrl(*session), session->accessToken().toLatin1()).status, 200);
        QVERIFY(m_store->value(keyOf(*session)) != stored);
        QVERIFY(session->nextRefreshAt().isValid());
    }

    void restore_nothingStored_reportsNotFoundWithoutARequest()
    {
        auto session = newSession(u"cc"_s);
        Recorder record(*session);
        const qint64 since = lastSequence();
        session->restore(u"nobody@contoso.example"_s);
        QTRY_COMPARE(record.storeFailures.size(), 1);
        QCOMPARE(record.storeFailures.first().kind(), TokenStoreError::Kind::NotFound);
        QCOMPARE(session->state(), State::SignedOut);
        QCOMPARE(record.signedIn, 0);
        QCOMPARE(m_sim->requests(since).size(), 1); // only this look at the log itself
    }

    void restore_storedTokenRefused_expiresAndDeletesIt()
    {
        auto session = newSession(u"microsoft"_s);
        Recorder record(*session);
        m_store->insert(keyOf(*session), u"a-refresh-token-the-identity-never-issued"_s);
        session->restore(Test::kAuthUser);
        QTRY_COMPARE(record.expiries.size(), 1);
        QCOMPARE(record.expiries.first().kind(), OAuthError::Kind::InvalidGrant);
        QCOMPARE(session->state(), State::Expired);
        QTRY_VERIFY(!m_store->contains(keyOf(*session)));
        QCOMPARE(Test::tokenRequests(*m_sim, u"refresh_token"_s).size(), 1);
        QCOMPARE(record.signedIn, 0);
    }

    void restore_offline_failsAndKeepsTheStoredToken()
    {
        auto session = newSession(u"cc"_s);
        m_store->insert(keyOf(*session), u"still-good-later"_s);
        m_sim.reset(); // the identity cannot be reached
        Recorder record(*session);
        session->restore(Test::kAuthUser);
        QTRY_COMPARE(record.signInFailures.size(), 1);
        QCOMPARE(record.signInFailures.first().kind(), OAuthError::Kind::Network);
        QCOMPARE(session->state(), State::SignedOut);
        QVERIFY(record.expiries.isEmpty());
        QCOMPARE(m_store->value(keyOf(*session)), u"still-good-later"_s);
    }

    // --- sign-out and store failures -------------------------------------------------------

    void signOut_deletesTheStoredTokenAndForgetsTheTokens_data() { addProviders(); }
    void signOut_deletesTheStoredTokenAndForgetsTheTokens()
    {
        QFETCH(QString, provider);
        auto session = newSession(provider);
        QVERIFY(signIn(*session));
        const QString key = keyOf(*session);
        QVERIFY(m_store->contains(key));
        const qint64 since = lastSequence();

        session->signOut();
        QCOMPARE(session->state(), State::SignedOut);
        QVERIFY(session->accessToken().isEmpty());
        QVERIFY(session->account().isEmpty());
        QVERIFY(!session->nextRefreshAt().isValid());
        QTRY_VERIFY(!m_store->contains(key));
        QCOMPARE(m_store->size(), 0);
        QVERIFY(!refreshNow(*session));
        QCOMPARE(Test::tokenRequests(*m_sim, u"refresh_token"_s, since).size(), 0);

        // And the next start finds nothing to restore.
        auto next = newSession(provider);
        Recorder record(*next);
        next->restore(Test::kAuthUser);
        QTRY_COMPARE(record.storeFailures.size(), 1);
        QCOMPARE(record.storeFailures.first().kind(), TokenStoreError::Kind::NotFound);
    }

    void storeFailure_onWrite_reachesTheUserAndKeepsTheSession()
    {
        auto session = newSession(u"microsoft"_s);
        Recorder record(*session);
        m_store->failWith(TokenStoreError::Kind::AccessDenied);
        QVERIFY(signIn(*session));
        QTRY_COMPARE(record.storeFailures.size(), 1);
        const TokenStoreError &error = record.storeFailures.first();
        QCOMPARE(error.operation(), TokenStoreError::Operation::Write);
        QCOMPARE(error.kind(), TokenStoreError::Kind::AccessDenied);
        QCOMPARE(error.message(),
                 u"Your sign-in could not be saved in the system keychain; you will have to sign "
                 "in again at the next start. Access to the keychain was denied. Unlock it and "
                 "try again."_s);
        QCOMPARE(session->state(), State::SignedIn);

        // Once the keychain works again, the next rotation is stored.
        m_store->failWith(std::nullopt);
        QVERIFY(refreshNow(*session));
        QVERIFY(m_store->contains(keyOf(*session)));
        QCOMPARE(record.storeFailures.size(), 1);
    }

    void storeFailure_onRestoreAndSignOut_reachesTheUser()
    {
        auto session = newSession(u"cc"_s);
        Recorder record(*session);
        m_store->failWith(TokenStoreError::Kind::Unavailable);
        session->restore(Test::kAuthUser);
        QTRY_COMPARE(record.storeFailures.size(), 1);
        QCOMPARE(record.storeFailures.at(0).operation(), TokenStoreError::Operation::Read);
        QCOMPARE(record.storeFailures.at(0).kind(), TokenStoreError::Kind::Unavailable);
        QCOMPARE(session->state(), State::SignedOut);

        m_store->failWith(std::nullopt);
        QVERIFY(signIn(*session));
        m_store->failWith(TokenStoreError::Kind::Failed);
        session->signOut();
        QTRY_COMPARE(record.storeFailures.size(), 2);
        QCOMPARE(record.storeFailures.at(1).operation(), TokenStoreError::Operation::Remove);
        QVERIFY(record.storeFailures.at(1).message().contains(u"could not be removed"_s));
    }

    void newSignIn_whileRefreshing_dropsTheOldAnswer()
    {
        auto session = newSession(u"microsoft"_s);
        QVERIFY(signIn(*session));
        QVERIFY(m_sim->injectFault({{u"path"_s, u"/oauth2/v2\\.0/token$"_s},
                                    {u"kind"_s, u"latency"_s},
                                    {u"latencyMs"_s, 300},
                                    {u"count"_s, 1}}) > 0);
        std::optional<bool> waiter;
        QObject context;
        session->refresh(&context, [&waiter](bool ok) { waiter = ok; });
        QVERIFY(session->isRefreshing());
        // Signing out meanwhile: the waiter hears "failed" at once; the late answer is ignored.
        session->signOut();
        QVERIFY(waiter.has_value());
        QCOMPARE(*waiter, false);
        QTest::qWait(400);
        QCOMPARE(session->state(), State::SignedOut);
        QVERIFY(session->accessToken().isEmpty());
        QTRY_COMPARE(m_store->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestOAuthSession)
#include "tst_oauthsession.moc"
