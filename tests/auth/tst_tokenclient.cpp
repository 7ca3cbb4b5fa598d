// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The token endpoint of both identities over real loopback: code exchange with PKCE, the
// answer read into a TokenSet, refresh-token rotation, and each refusal read into an
// OAuthError (both services' error bodies, invalid_grant as its own kind).
#include "authtesthelpers.h"

#include <auth/oautherror.h>
#include <auth/tokenclient.h>
#include <core/clock.h>
#include <net/httpclient.h>
#include <net/serviceerror.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace AgentDesk;
using Auth::AuthorizationAttempt;
using Auth::OAuthError;
using Auth::TokenClient;
using Auth::TokenSet;

class TestTokenClient final : public QObject
{
    Q_OBJECT

private:
    Core::ManualClock m_clock;
    std::unique_ptr<Test::SimFixture> m_sim;
    QNetworkAccessManager m_network;
    std::unique_ptr<Net::HttpClient> m_http;

    static void addProviders()
    {
        QTest::addColumn<QString>("provider");
        QTest::newRow("contact center") << u"cc"_s;
        QTest::newRow("microsoft") << u"microsoft"_s;
    }

    std::optional<TokenClient::Result>
    exchange(const TokenClient &client, const AuthorizationAttempt &attempt, const QString &code)
    {
        return Test::awaitTokens([&](QObject *context, TokenClient::Callback done) {
            client.exchangeCode(attempt, code, context, std::move(done));
        });
    }

    std::optional<TokenClient::Result> refresh(const TokenClient &client, const QString &token)
    {
        return Test::awaitTokens([&](QObject *context, TokenClient::Callback done) {
            client.refresh(token, context, std::move(done));
        });
    }

    // A full sign-in: authorize (auto sign-in) and exchange; fails the test on any error.
    TokenSet signIn(const TokenClient &client)
    {
        const AuthorizationAttempt attempt(client.provider());
        const QString code = Test::authorizationCode(*m_sim, attempt);
        const auto result = exchange(client, attempt, code);
        if (!result || !std::holds_alternative<TokenSet>(*result)) {
            return {};
        }
        return std::get<TokenSet>(*result);
    }

    static OAuthError errorOf(int status, const QByteArray &body)
    {
        return OAuthError::fromApiError(
                Net::ApiError::http(status, Net::ServiceError::parse(body)));
    }

private Q_SLOTS:
    void init()
    {
        m_clock.set(QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC));
        m_sim = std::make_unique<Test::SimFixture>(Test::autoSignInScenario(), &m_clock);
        m_http = std::make_unique<Net::HttpClient>(&m_network, &m_clock,
                                                   Net::RetryPolicy{.maxAttempts = 1});
    }
    void cleanup()
    {
        m_http.reset();
        m_sim.reset();
    }

    // --- code exchange -----------------------------------------------------------------------

    void exchangeCode_rightVerifier_givesTokensThatTheServiceAccepts_data() { addProviders(); }
    void exchangeCode_rightVerifier_givesTokensThatTheServiceAccepts()
    {
        QFETCH(QString, provider);
        const TokenClient client(Test::simProvider(*m_sim, provider), m_http.get());
        const AuthorizationAttempt attempt(client.provider());
        const QString code = Test::authorizationCode(*m_sim, attempt);
        QVERIFY(!code.isEmpty());

        const auto result = exchange(client, attempt, code);
        QVERIFY(result);
        const auto *tokens = std::get_if<TokenSet>(&*result);
        QVERIFY2(tokens, tokens ? "" : qPrintable(std::get<OAuthError>(*result).logSummary()));
        QVERIFY(!tokens->accessToken.isEmpty());
        QVERIFY(tokens->hasRefreshToken());
        QVERIFY(tokens->accessToken != tokens->refreshToken);

        const bool microsoft = provider == u"microsoft"_s;
        // Lifetimes of the default scenario, counted on the shared ManualClock.
        QCOMPARE(tokens->expiresAt, m_clock.now().addSecs(microsoft ? 3600 : 43200));
        QVERIFY(!tokens->isExpired(m_clock.now()));
        if (microsoft) {
            // Entra lists what was granted, without offline_access; the id token names the user.
            QCOMPARE(tokens->scope, u"openid profile User.Read User.Read.All Presence.Read.All "
                                    "Presence.ReadWrite"_s);
            QCOMPARE(tokens->claims.preferredUsername, Test::kAuthUser);
            QCOMPARE(tokens->claims.name, u"Ana Souza"_s);
            QVERIFY(!tokens->claims.objectId.isEmpty());
            QVERIFY(!tokens->refreshExpiresAt.isValid());
        } else {
            // Webex sends no scope (then it is the requested one) and no id token.
            QCOMPARE(tokens->scope, client.provider().scope());
            QVERIFY(tokens->claims.isEmpty());
            QCOMPARE(tokens->refreshExpiresAt, m_clock.now().addSecs(60 * 86400));
        }

        // The access token works at the service it is for.
        const QUrl me = m_sim->url(microsoft ? u"/v1.0/me"_s : u"/v1/people/me"_s);
        QCOMPARE(m_sim->wire().get(me, tokens->accessToken.toLatin1()).status, 200);

        // On the wire: one form POST with the verifier, no client secret.
        const QJsonArray sent = Test::tokenRequests(*m_sim, u"authorization_code"_s);
        QCOMPARE(sent.size(), 1);
        const QString body = sent.at(0).toObject().value(u"body"_s).toString();
        QVERIFY2(body.contains(u"code_verifier="_s), qPrintable(body));
        QVERIFY(body.contains(QString(u"redirect_uri="_s + client.provider().redirectUri)));
        QVERIFY(body.contains(u"client_id=agentdesk"_s));
        QVERIFY(!body.contains(u"client_secret"_s));
        QCOMPARE(sent.at(0).toObject().value(u"status"_s).toInt(), 200);
    }

    void exchangeCode_wrongVerifier_givesInvalidGrant_data() { addProviders(); }
    void exchangeCode_wrongVerifier_givesInvalidGrant()
    {
        QFETCH(QString, provider);
        const TokenClient client(Test::simProvider(*m_sim, provider), m_http.get());
        const AuthorizationAttempt attempt(client.provider());
        const QString code = Test::authorizationCode(*m_sim, attempt);
        QVERIFY(!code.isEmpty());
        // The same code, redeemed with another attempt's verifier.
        const AuthorizationAttempt swapped(attempt.provider(), Auth::Pkce::generate(),
                                           attempt.state());
        QVERIFY(swapped.pkce().verifier() != attempt.pkce().verifier());

        const auto result = exchange(client, swapped, code);
        QVERIFY(result);
        const auto *error = std::get_if<OAuthError>(&*result);
        QVERIFY(error);
        QCOMPARE(error->kind(), OAuthError::Kind::InvalidGrant);
        QCOMPARE(error->code(), u"invalid_grant"_s);
        QCOMPARE(error->httpStatus(), 400);
        QVERIFY(!error->trackingId().isEmpty());
        QVERIFY(!error->isTransient());
        QCOMPARE(error->message(), u"Your sign-in is no longer valid: it has expired or was "
                                   "revoked. Please sign in again."_s);
        if (provider == u"microsoft"_s) {
            QCOMPARE(error->errorCodes(), QList<int>{501481});
            QVERIFY(error->description().startsWith(u"AADSTS501481: "_s));
        } else {
            QVERIFY(error->errorCodes().isEmpty());
            QVERIFY(error->description().contains(u"code_verifier"_s));
        }
        // The code is spent: even the right verifier cannot use it now.
        const auto again = exchange(client, attempt, code);
        QVERIFY(again && std::holds_alternative<OAuthError>(*again));
        QCOMPARE(std::get<OAuthError>(*again).kind(), OAuthError::Kind::InvalidGrant);
    }

    void exchangeCode_codeUsedTwice_secondIsInvalidGrant()
    {
        const TokenClient client(Test::simProvider(*m_sim, u"microsoft"_s), m_http.get());
        const AuthorizationAttempt attempt(client.provider());
        const QString code = Test::authorizationCode(*m_sim, attempt);
        const auto first = exchange(client, attempt, code);
        QVERIFY(first && std::holds_alternative<TokenSet>(*first));
        const auto second = exchange(client, attempt, code);
        QVERIFY(second && std::holds_alternative<OAuthError>(*second));
        QCOMPARE(std::get<OAuthError>(*second).kind(), OAuthError::Kind::InvalidGrant);
        QCOMPARE(std::get<OAuthError>(*second).errorCodes(), QList<int>{54005});
    }

    // --- refresh -----------------------------------------------------------------------------

    void refresh_rotatesTheRefreshToken_andTheOldOneIsRefused_data() { addProviders(); }
    void refresh_rotatesTheRefreshToken_andTheOldOneIsRefused()
    {
        QFETCH(QString, provider);
        const TokenClient client(Test::simProvider(*m_sim, provider), m_http.get());
        const TokenSet first = signIn(client);
        QVERIFY(first.hasRefreshToken());

        m_clock.advance(60'000);
        const auto result = refresh(client, first.refreshToken);
        QVERIFY(result);
        const auto *second = std::get_if<TokenSet>(&*result);
        QVERIFY(second);
        QVERIFY(second->hasRefreshToken());
        QVERIFY(second->refreshToken != first.refreshToken);
        QVERIFY(second->accessToken != first.accessToken);
        QCOMPARE(second->expiresAt,
                 m_clock.now().addSecs(provider == u"microsoft"_s ? 3600 : 43200));

        const QJsonArray sent = Test::tokenRequests(*m_sim, u"refresh_token"_s);
        QCOMPARE(sent.size(), 1);
        const QString body = sent.at(0).toObject().value(u"body"_s).toString();
        QVERIFY(body.contains(u"refresh_token="_s));
        QVERIFY(!body.contains(u"client_secret"_s));
        QVERIFY(!body.contains(u"redirect_uri"_s));

        // The used one is revoked by the simulator, as a rotating identity may do.
        const auto old = refresh(client, first.refreshToken);
        QVERIFY(old && std::holds_alternative<OAuthError>(*old));
        const OAuthError &error = std::get<OAuthError>(*old);
        QCOMPARE(error.kind(), OAuthError::Kind::InvalidGrant);
        if (provider == u"microsoft"_s) {
            QCOMPARE(error.errorCodes(), QList<int>{50173});
        }
        // The new one still works.
        const auto third = refresh(client, second->refreshToken);
        QVERIFY(third && std::holds_alternative<TokenSet>(*third));
    }

    void refresh_expiredRefreshToken_givesInvalidGrant_data() { addProviders(); }
    void refresh_expiredRefreshToken_givesInvalidGrant()
    {
        QFETCH(QString, provider);
        const TokenClient client(Test::simProvider(*m_sim, provider), m_http.get());
        const TokenSet tokens = signIn(client);
        QVERIFY(tokens.hasRefreshToken());
        QCOMPARE(m_sim->wire()
                         .postJson(m_sim->url(u"/_sim/tokens/expire"_s),
                                   QJsonDocument(QJsonObject{{u"kind"_s, u"refresh"_s}}))
                         .status,
                 204);
        const auto result = refresh(client, tokens.refreshToken);
        QVERIFY(result && std::holds_alternative<OAuthError>(*result));
        QCOMPARE(std::get<OAuthError>(*result).kind(), OAuthError::Kind::InvalidGrant);
    }

    // --- failures without a token answer ----------------------------------------------------

    void tokenEndpoint_unreachable_givesTransientNetworkError()
    {
        Auth::OAuthProvider provider = Test::simProvider(*m_sim, u"cc"_s);
        const QUrl closed = m_sim->baseUrl();
        m_sim.reset(); // nothing listens on that port any more
        provider.tokenUrl = closed.resolved(QUrl(u"/v1/access_token"_s));
        const TokenClient client(provider, m_http.get());
        const auto result = refresh(client, u"some-refresh-token"_s);
        QVERIFY(result && std::holds_alternative<OAuthError>(*result));
        const OAuthError &error = std::get<OAuthError>(*result);
        QCOMPARE(error.kind(), OAuthError::Kind::Network);
        QVERIFY(error.isTransient());
        QCOMPARE(error.message(),
                 u"The server could not be reached. Check your network connection."_s);
    }

    void tokenEndpoint_faults_giveTheirKinds_data()
    {
        QTest::addColumn<QJsonObject>("fault");
        QTest::addColumn<OAuthError::Kind>("kind");
        QTest::newRow("503") << QJsonObject{{u"kind"_s, u"status"_s}, {u"status"_s, 503}}
                             << OAuthError::Kind::Unavailable;
        QTest::newRow("502") << QJsonObject{{u"kind"_s, u"status"_s}, {u"status"_s, 502}}
                             << OAuthError::Kind::Unavailable;
        QTest::newRow("cut-off JSON")
                << QJsonObject{{u"kind"_s, u"malformed"_s}} << OAuthError::Kind::MalformedResponse;
        QTest::newRow("200 without a token")
                << QJsonObject{{u"kind"_s, u"status"_s},
                               {u"status"_s, 200},
                               {u"body"_s, u"{\"token_type\":\"Bearer\"}"_s}}
                << OAuthError::Kind::MalformedResponse;
    }
    void tokenEndpoint_faults_giveTheirKinds()
    {
        QFETCH(QJsonObject, fault);
        QFETCH(OAuthError::Kind, kind);
        fault.insert(u"path"_s, u"^/v1/access_token$"_s);
        fault.insert(u"count"_s, 1);
        QVERIFY(m_sim->injectFault(fault) > 0);
        const TokenClient client(Test::simProvider(*m_sim, u"cc"_s), m_http.get());
        const auto result = refresh(client, u"whatever"_s);
        QVERIFY(result && std::holds_alternative<OAuthError>(*result));
        QCOMPARE(std::get<OAuthError>(*result).kind(), kind);
    }

    // --- reading both services' error bodies -------------------------------------------------

    void fromApiError_bothServicesBodies_giveKindCodeAndNumbers_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<OAuthError::Kind>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QList<int>>("numbers");
        QTest::addColumn<QString>("trackingId");
        QTest::newRow("microsoft invalid_grant")
                << 400
                << QByteArray("{\"error\":\"invalid_grant\",\"error_description\":\"AADSTS70008: "
                              "The provided authorization code or refresh token has expired due to "
                              "inactivity.\\r\\nTrace ID: t\\r\\nCorrelation ID: "
                              "c-1\\r\\nTimestamp: 2026-01-01 "
                              "00:00:00Z\",\"error_codes\":[70008],\"correlation_id\":\"c-1\"}")
                << OAuthError::Kind::InvalidGrant << u"invalid_grant"_s << QList<int>{70008}
                << u"c-1"_s;
        QTest::newRow("microsoft invalid_client")
                << 401
                << QByteArray("{\"error\":\"invalid_client\",\"error_description\":\"AADSTS700025: "
                              "Client is public so neither 'client_assertion' nor 'client_secret' "
                              "should be presented.\",\"error_codes\":[700025]}")
                << OAuthError::Kind::InvalidClient << u"invalid_client"_s << QList<int>{700025}
                << QString();
        QTest::newRow("microsoft unauthorized_client")
                << 400
                << QByteArray("{\"error\":\"unauthorized_client\",\"error_description\":"
                              "\"AADSTS700016: Application not found.\"}")
                << OAuthError::Kind::InvalidClient << u"unauthorized_client"_s << QList<int>{700016}
                << QString();
        QTest::newRow("microsoft consent_required")
                << 400
                << QByteArray(
                           "{\"error\":\"consent_required\",\"error_description\":\"AADSTS65001: "
                           "The user or administrator has not consented to use the application.\"}")
                << OAuthError::Kind::ConsentRequired << u"consent_required"_s << QList<int>{65001}
                << QString();
        QTest::newRow("microsoft interaction_required")
                << 400
                << QByteArray("{\"error\":\"interaction_required\",\"error_description\":"
                              "\"AADSTS50076: Due to a configuration change you must use "
                              "multi-factor authentication.\"}")
                << OAuthError::Kind::ConsentRequired << u"interaction_required"_s
                << QList<int>{50076} << QString();
        QTest::newRow("microsoft temporarily_unavailable")
                << 400
                << QByteArray("{\"error\":\"temporarily_unavailable\",\"error_description\":"
                              "\"AADSTS90033: A transient error has occurred.\"}")
                << OAuthError::Kind::Unavailable << u"temporarily_unavailable"_s
                << QList<int>{90033} << QString();
        QTest::newRow("microsoft invalid_scope")
                << 400
                << QByteArray("{\"error\":\"invalid_scope\",\"error_description\":\"AADSTS70011: "
                              "The provided value for the input parameter 'scope' is not valid.\"}")
                << OAuthError::Kind::Rejected << u"invalid_scope"_s << QList<int>{70011}
                << QString();
        QTest::newRow("webex refused refresh token")
                << 400
                << QByteArray("{\"message\":\"The refresh token provided is expired, revoked, "
                              "malformed, or invalid.\",\"errors\":[{\"description\":\"The refresh "
                              "token provided is expired, revoked, malformed, or "
                              "invalid.\"}],\"trackingId\":\"ROUTER_1\"}")
                << OAuthError::Kind::InvalidGrant << u"invalid_grant"_s << QList<int>{}
                << u"ROUTER_1"_s;
        QTest::newRow("webex broker quoting invalid_client")
                << 400
                << QByteArray("{\"message\":\"POST failed: HTTP/1.1 400 Bad Request (url = "
                              "https://idbroker.webex.com/idb/oauth2/v1/access_token, error = "
                              "'(invalid_client) The client_id or client_secret is invalid.')\","
                              "\"errors\":[{\"description\":\"...\"}],\"trackingId\":\"ROUTER_2\"}")
                << OAuthError::Kind::InvalidClient << u"invalid_client"_s << QList<int>{}
                << u"ROUTER_2"_s;
        QTest::newRow("webex 401")
                << 401 << QByteArray("{\"message\":\"Unauthorized\",\"trackingId\":\"ROUTER_3\"}")
                << OAuthError::Kind::InvalidClient << u"invalid_client"_s << QList<int>{}
                << u"ROUTER_3"_s;
        QTest::newRow("proxy 502 page")
                << 502 << QByteArray("<html>Bad gateway</html>") << OAuthError::Kind::Unavailable
                << QString() << QList<int>{} << QString();
        QTest::newRow("429") << 429 << QByteArray() << OAuthError::Kind::Unavailable << QString()
                             << QList<int>{} << QString();
        QTest::newRow("403 without body") << 403 << QByteArray() << OAuthError::Kind::Rejected
                                          << QString() << QList<int>{} << QString();
    }
    void fromApiError_bothServicesBodies_giveKindCodeAndNumbers()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(OAuthError::Kind, kind);
        QFETCH(QString, code);
        QFETCH(QList<int>, numbers);
        QFETCH(QString, trackingId);
        const OAuthError error = errorOf(status, body);
        QCOMPARE(error.kind(), kind);
        QCOMPARE(error.code(), code);
        QCOMPARE(error.errorCodes(), numbers);
        QCOMPARE(error.trackingId(), trackingId);
        QCOMPARE(error.httpStatus(), status);
        QVERIFY(!error.message().isEmpty());
        // Log lines carry the code and numbers, never the service's sentence.
        QVERIFY(!error.logSummary().contains(u"expired due to inactivity"_s));
    }

    void messages_eachKind_isItsOwnSentence()
    {
        const QList<OAuthError> errors{
                errorOf(400, "{\"error\":\"invalid_grant\"}"),
                errorOf(401, "{\"error\":\"invalid_client\"}"),
                errorOf(400, "{\"error\":\"consent_required\"}"),
                errorOf(400, "{\"error\":\"invalid_scope\",\"error_description\":\"AADSTS70011: "
                             "Bad scope.\"}"),
                errorOf(503, {}),
                OAuthError::fromApiError(Net::ApiError::timeout()),
                OAuthError::malformedResponse(u"no access_token"_s),
                OAuthError::fromApiError(Net::ApiError::cancelled()),
        };
        QSet<QString> messages;
        for (const OAuthError &error : errors) {
            messages.insert(error.message());
        }
        QCOMPARE(messages.size(), errors.size());
        QCOMPARE(errors.at(3).message(),
                 u"The sign-in service refused the request: AADSTS70011: Bad scope."_s);
        QCOMPARE(errors.at(5).kind(), OAuthError::Kind::Network);
        QCOMPARE(errors.at(5).message(), u"The server took too long to answer."_s);
    }

    void tokenSet_fromJson_readsLifetimesScopeAndIdToken()
    {
        const QDateTime issued = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
        const QByteArray payload =
                QJsonDocument(
                        QJsonObject{{u"preferred_username"_s, u"kenji.tanaka@contoso.example"_s},
                                    {u"name"_s, u"田中 健二"_s},
                                    {u"oid"_s, u"o-1"_s},
                                    {u"tid"_s, u"t-1"_s}})
                        .toJson(QJsonDocument::Compact)
                        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        const QString idToken =
                QString(u"eyJhbGciOiJub25lIn0."_s + QString::fromLatin1(payload) + u'.');
        QString problem;
        const auto tokens = TokenSet::fromJson(
                QJsonObject{{u"access_token"_s, u"a"_s},
                            {u"token_type"_s, u"bearer"_s},
                            {u"expires_in"_s, u"3599"_s}, // a string, as some servers send
                            {u"refresh_token"_s, u"r"_s},
                            {u"id_token"_s, idToken}},
                issued, u"openid profile"_s, &problem);
        QVERIFY2(tokens, qPrintable(problem));
        QCOMPARE(tokens->expiresAt, issued.addSecs(3599));
        QCOMPARE(tokens->scope, u"openid profile"_s);
        QCOMPARE(tokens->claims.preferredUsername, u"kenji.tanaka@contoso.example"_s);
        QCOMPARE(tokens->claims.name, u"田中 健二"_s);
        QCOMPARE(tokens->claims.objectId, u"o-1"_s);

        QVERIFY(!TokenSet::fromJson({{u"token_type"_s, u"Bearer"_s}}, issued, {}, &problem));
        QCOMPARE(problem, u"no access_token"_s);
        QVERIFY(!TokenSet::fromJson({{u"access_token"_s, u"a"_s}, {u"token_type"_s, u"mac"_s}},
                                    issued, {}, &problem));
        const auto noExpiry =
                TokenSet::fromJson({{u"access_token"_s, u"a"_s}}, issued, {}, nullptr);
        QVERIFY(noExpiry);
        QVERIFY(!noExpiry->expiresAt.isValid());
        QVERIFY(!noExpiry->isExpired(issued.addYears(1)));
        QVERIFY(Auth::IdTokenClaims::fromJwt(u"not-a-jwt"_s).isEmpty());
        QVERIFY(Auth::IdTokenClaims::fromJwt(u"a.!!!.c"_s).isEmpty());
    }
};

Q_DECLARE_METATYPE(AgentDesk::Auth::OAuthError::Kind)

QTEST_GUILESS_MAIN(TestTokenClient)
#include "tst_tokenclient.moc"
