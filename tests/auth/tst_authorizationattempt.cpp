// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// One sign-in attempt, for both providers: the authorize URL it opens, a fresh state each
// time, which navigations are our redirect (loopback ports ignored), and each outcome from
// crafted redirect URLs; then the same reading of the simulator's own redirects over loopback.
#include <auth/authorizationattempt.h>
#include <auth/oauthprovider.h>
#include <core/serviceendpoints.h>

#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

#include <support/simfixture.h>

using namespace Qt::StringLiterals;
using namespace AgentDesk;
using Auth::AuthorizationAttempt;
using Auth::AuthorizationOutcome;
using Auth::OAuthProvider;
using Kind = AuthorizationOutcome::Kind;
using Items = QList<QPair<QString, QString>>;

namespace {

const QString kUser = u"ana.souza@contoso.example"_s;
const QString kMsRedirect = u"https://login.microsoftonline.com/common/oauth2/nativeclient"_s;
const QString kCcRedirect = u"http://localhost/agentdesk/callback"_s;

Core::ServiceEndpoints realEndpoints()
{
    Core::ServiceEndpoints endpoints = Core::ServiceEndpoints::preset(u"us1"_s).value();
    endpoints.clientId = u"c0ffee00-1234-4abc-9def-0123456789ab"_s;
    endpoints.tenant = u"contoso.example"_s;
    return endpoints;
}

OAuthProvider providerNamed(const QString &name, const Core::ServiceEndpoints &endpoints)
{
    return name == u"microsoft"_s ? OAuthProvider::microsoft(endpoints)
                                  : OAuthProvider::contactCenter(endpoints);
}

QString item(const QUrl &url, const QString &name)
{
    return QUrlQuery(url).queryItemValue(name, QUrl::FullyDecoded);
}

// A redirect URL as a provider would send it: each value percent-encoded.
QUrl redirect(const QString &base, const QList<QPair<QString, QString>> &items)
{
    QStringList pairs;
    for (const auto &[name, value] : items) {
        pairs.append(QString(name + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(value))));
    }
    QUrl url(base);
    url.setQuery(pairs.join(u'&'));
    return url;
}

AuthorizationAttempt fixedAttempt(const OAuthProvider &provider)
{
    return AuthorizationAttempt(provider, Auth::Pkce::generate(), u"our-state_0123456789"_s);
}

} // namespace

Q_DECLARE_METATYPE(AgentDesk::Auth::AuthorizationOutcome::Kind)

class TestAuthorizationAttempt final : public QObject
{
    Q_OBJECT

private:
    static void addProviders()
    {
        QTest::addColumn<QString>("provider");
        QTest::newRow("contact center") << u"cc"_s;
        QTest::newRow("microsoft") << u"microsoft"_s;
    }

private Q_SLOTS:
    // --- the providers ---------------------------------------------------------------------

    void providers_realEndpoints_haveTheirDocumentedUrls()
    {
        const OAuthProvider cc = OAuthProvider::contactCenter(realEndpoints());
        QCOMPARE(cc.id, u"cc"_s);
        QCOMPARE(cc.authorizeUrl, QUrl(u"https://webexapis.com/v1/authorize"_s));
        QCOMPARE(cc.tokenUrl, QUrl(u"https://webexapis.com/v1/access_token"_s));
        QCOMPARE(cc.redirectUri, kCcRedirect);
        QVERIFY(cc.scopes.contains(u"cjp:user"_s));
        QVERIFY(cc.scopes.contains(u"spark:people_read"_s));

        const OAuthProvider ms = OAuthProvider::microsoft(realEndpoints());
        QCOMPARE(ms.id, u"microsoft"_s);
        QCOMPARE(
                ms.authorizeUrl,
                QUrl(u"https://login.microsoftonline.com/contoso.example/oauth2/v2.0/authorize"_s));
        QCOMPARE(ms.tokenUrl,
                 QUrl(u"https://login.microsoftonline.com/contoso.example/oauth2/v2.0/token"_s));
        QCOMPARE(ms.redirectUri, kMsRedirect);
        QCOMPARE(ms.scope(), u"openid profile offline_access User.Read User.Read.All "
                             "Presence.Read.All Presence.ReadWrite"_s);
        QCOMPARE(cc.clientId, realEndpoints().clientId);
        QCOMPARE(ms.clientId, realEndpoints().clientId);
    }

    void providers_simulatorOrigin_pointAtItsRealPaths()
    {
        const auto endpoints =
                Core::ServiceEndpoints::onOneOrigin(QUrl(u"http://127.0.0.1:4711"_s));
        QCOMPARE(OAuthProvider::contactCenter(endpoints).tokenUrl,
                 QUrl(u"http://127.0.0.1:4711/v1/access_token"_s));
        QCOMPARE(OAuthProvider::microsoft(endpoints).authorizeUrl,
                 QUrl(u"http://127.0.0.1:4711/organizations/oauth2/v2.0/authorize"_s));
    }

    void storeKey_isPerProviderAndAccount()
    {
        QCOMPARE(OAuthProvider::contactCenter(realEndpoints())
                         .storeKey(u" Ana.Souza@Contoso.example"_s),
                 u"cc:ana.souza@contoso.example"_s);
        QCOMPARE(OAuthProvider::microsoft(realEndpoints()).storeKey(kUser),
                 u"microsoft:ana.souza@contoso.example"_s);
    }

    // --- the authorize URL -----------------------------------------------------------------

    void authorizeUrl_carriesEveryParameter_data() { addProviders(); }
    void authorizeUrl_carriesEveryParameter()
    {
        QFETCH(QString, provider);
        const OAuthProvider p = providerNamed(provider, realEndpoints());
        const AuthorizationAttempt attempt(p);
        const QUrl url = attempt.authorizeUrl();

        QCOMPARE(url.adjusted(QUrl::RemoveQuery), p.authorizeUrl);
        QCOMPARE(item(url, u"client_id"_s), realEndpoints().clientId);
        QCOMPARE(item(url, u"response_type"_s), u"code"_s);
        QCOMPARE(item(url, u"redirect_uri"_s), p.redirectUri);
        QCOMPARE(item(url, u"scope"_s), p.scopes.join(u' '));
        QCOMPARE(item(url, u"code_challenge_method"_s), u"S256"_s);
        QCOMPARE(item(url, u"code_challenge"_s), attempt.pkce().challenge());
        QCOMPARE(item(url, u"code_challenge"_s),
                 Auth::Pkce::s256Challenge(attempt.pkce().verifier()));
        QCOMPARE(item(url, u"state"_s), attempt.state());
        QVERIFY(attempt.state().size() >= 43);
        // The verifier stays with us: only its hash travels.
        QVERIFY(!url.toString(QUrl::FullyDecoded).contains(attempt.pkce().verifier()));
        QVERIFY(!QUrlQuery(url).hasQueryItem(u"code_verifier"_s));
        // Spaces as %20 and reserved characters escaped: no '+' that a server reads as space.
        const QString encoded = url.query(QUrl::FullyEncoded);
        QVERIFY2(!encoded.contains(u'+'), qPrintable(encoded));
        QVERIFY(encoded.contains(u"redirect_uri=http"_s));
        QVERIFY(!encoded.contains(u"redirect_uri=http://"_s) &&
                !encoded.contains(u"redirect_uri=https://"_s));
        if (provider == u"microsoft"_s) {
            QCOMPARE(item(url, u"response_mode"_s), u"query"_s);
            QVERIFY(item(url, u"scope"_s).contains(u"offline_access"_s));
        }
    }

    void authorizeUrl_loginHint_isSent()
    {
        AuthorizationAttempt attempt(OAuthProvider::microsoft(realEndpoints()));
        QVERIFY(!QUrlQuery(attempt.authorizeUrl()).hasQueryItem(u"login_hint"_s));
        attempt.setLoginHint(u"kenji+test@contoso.example"_s);
        QCOMPARE(item(attempt.authorizeUrl(), u"login_hint"_s), u"kenji+test@contoso.example"_s);
    }

    void newAttempts_haveDifferentStatesAndVerifiers_data() { addProviders(); }
    void newAttempts_haveDifferentStatesAndVerifiers()
    {
        QFETCH(QString, provider);
        const OAuthProvider p = providerNamed(provider, realEndpoints());
        QSet<QString> states;
        QSet<QString> verifiers;
        static const QRegularExpression base64Url(u"^[A-Za-z0-9_-]{43}$"_s);
        for (int i = 0; i < 200; ++i) {
            const AuthorizationAttempt attempt(p);
            QVERIFY(base64Url.match(attempt.state()).hasMatch());
            states.insert(item(attempt.authorizeUrl(), u"state"_s));
            verifiers.insert(attempt.pkce().verifier());
        }
        QCOMPARE(states.size(), 200);
        QCOMPARE(verifiers.size(), 200);
    }

    // --- which navigations are the redirect ------------------------------------------------

    void isRedirect_matchesSchemeHostPathAndLoopbackAnyPort_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("matches");
        QTest::newRow("cc exact") << u"cc"_s << u"http://localhost/agentdesk/callback?code=a"_s
                                  << true;
        QTest::newRow("cc loopback port")
                << u"cc"_s << u"http://localhost:53682/agentdesk/callback?code=a&state=b"_s << true;
        QTest::newRow("cc loopback port 80")
                << u"cc"_s << u"http://localhost:80/agentdesk/callback"_s << true;
        QTest::newRow("cc host case")
                << u"cc"_s << u"http://LOCALHOST:1234/agentdesk/callback"_s << true;
        QTest::newRow("cc other path")
                << u"cc"_s << u"http://localhost:53682/agentdesk/callback2"_s << false;
        QTest::newRow("cc path prefix") << u"cc"_s << u"http://localhost/agentdesk"_s << false;
        QTest::newRow("cc https") << u"cc"_s << u"https://localhost/agentdesk/callback"_s << false;
        QTest::newRow("cc other loopback name")
                << u"cc"_s << u"http://127.0.0.1/agentdesk/callback"_s << false;
        QTest::newRow("cc look-alike host")
                << u"cc"_s << u"http://localhost.evil.example/agentdesk/callback"_s << false;
        QTest::newRow("cc user info")
                << u"cc"_s << u"http://evil@localhost/agentdesk/callback"_s << false;
        QTest::newRow("cc the identity page")
                << u"cc"_s << u"https://webexapis.com/v1/authorize?x=1"_s << false;
        QTest::newRow("ms exact") << u"microsoft"_s << QString(kMsRedirect + u"?code=a&state=b"_s)
                                  << true;
        QTest::newRow("ms explicit 443")
                << u"microsoft"_s
                << u"https://login.microsoftonline.com:443/common/oauth2/nativeclient"_s << true;
        QTest::newRow("ms other port")
                << u"microsoft"_s
                << u"https://login.microsoftonline.com:8443/common/oauth2/nativeclient"_s << false;
        QTest::newRow("ms http") << u"microsoft"_s
                                 << u"http://login.microsoftonline.com/common/oauth2/nativeclient"_s
                                 << false;
        QTest::newRow("ms other tenant path")
                << u"microsoft"_s
                << u"https://login.microsoftonline.com/contoso/oauth2/nativeclient"_s << false;
        QTest::newRow("ms authorize page")
                << u"microsoft"_s
                << u"https://login.microsoftonline.com/common/oauth2/v2.0/authorize"_s << false;
        QTest::newRow("ms other host")
                << u"microsoft"_s << u"https://evil.example/common/oauth2/nativeclient"_s << false;
    }
    void isRedirect_matchesSchemeHostPathAndLoopbackAnyPort()
    {
        QFETCH(QString, provider);
        QFETCH(QString, url);
        QFETCH(bool, matches);
        const AuthorizationAttempt attempt(providerNamed(provider, realEndpoints()));
        QCOMPARE(attempt.isRedirect(QUrl(url)), matches);
    }

    void isRedirect_loopbackRegisteredOn127_ignoresPortToo()
    {
        OAuthProvider provider = OAuthProvider::contactCenter(realEndpoints());
        provider.redirectUri = u"http://127.0.0.1"_s;
        const AuthorizationAttempt attempt(provider);
        QVERIFY(attempt.isRedirect(QUrl(u"http://127.0.0.1:49152/?code=a"_s)));
        QVERIFY(attempt.isRedirect(QUrl(u"http://127.0.0.1:49152"_s)));
        QVERIFY(!attempt.isRedirect(QUrl(u"http://127.0.0.1:49152/other"_s)));
    }

    // --- outcomes from crafted redirects -----------------------------------------------------

    void handleRedirect_craftedUrls_giveEachOutcome_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<Items>("items");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("error");
        const QString state = u"our-state_0123456789"_s;
        for (const QString &p : {u"cc"_s, u"microsoft"_s}) {
            const QByteArray tag = p.toLatin1();
            QTest::addRow("%s code", tag.constData())
                    << p << Items{{u"code"_s, u"c-123.x~y"_s}, {u"state"_s, state}} << Kind::Code
                    << QString();
            QTest::addRow("%s access_denied", tag.constData())
                    << p
                    << Items{{u"error"_s, u"access_denied"_s},
                             {u"error_description"_s,
                              u"AADSTS65004: User declined to consent to access the app.\r\nTrace ID: 1"_s},
                             {u"state"_s, state}}
                    << Kind::Cancelled << u"access_denied"_s;
            QTest::addRow("%s access_denied without state", tag.constData())
                    << p << Items{{u"error"_s, u"access_denied"_s}} << Kind::Cancelled
                    << u"access_denied"_s;
            QTest::addRow("%s consent_required", tag.constData())
                    << p
                    << Items{{u"error"_s, u"consent_required"_s},
                             {u"error_description"_s,
                              u"AADSTS65001: The user or administrator has not consented."_s},
                             {u"state"_s, state}}
                    << Kind::ConsentRequired << u"consent_required"_s;
            QTest::addRow("%s interaction_required", tag.constData())
                    << p << Items{{u"error"_s, u"interaction_required"_s}, {u"state"_s, state}}
                    << Kind::ConsentRequired << u"interaction_required"_s;
            QTest::addRow("%s other error", tag.constData())
                    << p
                    << Items{{u"error"_s, u"invalid_request"_s},
                             {u"error_description"_s,
                              u"AADSTS50011: The redirect URI does not match."_s},
                             {u"state"_s, state}}
                    << Kind::ProviderError << u"invalid_request"_s;
            QTest::addRow("%s wrong state", tag.constData())
                    << p << Items{{u"code"_s, u"c-123"_s}, {u"state"_s, u"someone-elses"_s}}
                    << Kind::StateMismatch << QString();
            QTest::addRow("%s state prefix", tag.constData())
                    << p << Items{{u"code"_s, u"c-123"_s}, {u"state"_s, state.left(10)}}
                    << Kind::StateMismatch << QString();
            QTest::addRow("%s state twice", tag.constData())
                    << p
                    << Items{{u"code"_s, u"c-123"_s}, {u"state"_s, state}, {u"state"_s, u"other"_s}}
                    << Kind::StateMismatch << QString();
            QTest::addRow("%s no state", tag.constData())
                    << p << Items{{u"code"_s, u"c-123"_s}} << Kind::StateMismatch << QString();
            QTest::addRow("%s error with wrong state", tag.constData())
                    << p << Items{{u"error"_s, u"access_denied"_s}, {u"state"_s, u"forged"_s}}
                    << Kind::StateMismatch << QString();
            QTest::addRow("%s missing code", tag.constData())
                    << p << Items{{u"state"_s, state}} << Kind::MissingCode << QString();
            QTest::addRow("%s empty code", tag.constData())
                    << p << Items{{u"code"_s, QString()}, {u"state"_s, state}} << Kind::MissingCode
                    << QString();
        }
    }
    void handleRedirect_craftedUrls_giveEachOutcome()
    {
        QFETCH(QString, provider);
        QFETCH(Items, items);
        QFETCH(Kind, kind);
        QFETCH(QString, error);
        const OAuthProvider p = providerNamed(provider, realEndpoints());
        const AuthorizationAttempt attempt = fixedAttempt(p);
        QString base = p.redirectUri;
        if (provider == u"cc"_s) {
            base = u"http://localhost:53682/agentdesk/callback"_s; // any loopback port
        }
        const QUrl url = redirect(base, items);
        QVERIFY(attempt.isRedirect(url));
        const AuthorizationOutcome outcome = attempt.handleRedirect(url);
        QCOMPARE(outcome.kind(), kind);
        QCOMPARE(outcome.error(), error);
        QCOMPARE(outcome.hasCode(), kind == Kind::Code);
        if (kind == Kind::Code) {
            QCOMPARE(outcome.code(), u"c-123.x~y"_s);
        } else {
            // Never a code to redeem, whatever the URL carried.
            QVERIFY(outcome.code().isEmpty());
            QVERIFY(!outcome.message().isEmpty());
        }
    }

    void handleRedirect_description_keepsFirstLineAndDecodesPlus()
    {
        const AuthorizationAttempt attempt =
                fixedAttempt(OAuthProvider::microsoft(realEndpoints()));
        // Entra form-encodes: '+' for spaces, %0D%0A before its trace lines.
        const QUrl url = QUrl::fromEncoded(
                QString(kMsRedirect +
                        u"?error=invalid_client&error_description=AADSTS7000218%3a+The+request+"
                        u"body+must+"
                        "contain+client_assertion.%0d%0aTrace+ID%3a+42&state=our-state_0123456789"_s)
                        .toLatin1());
        const AuthorizationOutcome outcome = attempt.handleRedirect(url);
        QCOMPARE(outcome.kind(), Kind::ProviderError);
        QCOMPARE(outcome.description(),
                 u"AADSTS7000218: The request body must contain client_assertion."_s);
        QCOMPARE(outcome.message(), u"The sign-in service reported an error: AADSTS7000218: "
                                    "The request body must contain client_assertion."_s);
    }

    void handleRedirect_notTheRedirectUri_neverGivesTheCode()
    {
        const AuthorizationAttempt attempt =
                fixedAttempt(OAuthProvider::contactCenter(realEndpoints()));
        const QUrl elsewhere = redirect(u"http://localhost/elsewhere"_s,
                                        {{u"code"_s, u"c"_s}, {u"state"_s, attempt.state()}});
        const AuthorizationOutcome outcome = attempt.handleRedirect(elsewhere);
        QVERIFY(!outcome.hasCode());
        QCOMPARE(outcome.kind(), Kind::MissingCode);
    }

    void outcomeMessages_eachKind_isItsOwnSentence()
    {
        QSet<QString> messages;
        for (const Kind kind : {Kind::Cancelled, Kind::ConsentRequired, Kind::StateMismatch,
                                Kind::ProviderError, Kind::MissingCode}) {
            const QString message = AuthorizationOutcome::failure(kind).message();
            QVERIFY(!message.isEmpty());
            messages.insert(message);
        }
        QCOMPARE(messages.size(), 5);
        QCOMPARE(AuthorizationOutcome::failure(Kind::Cancelled).message(),
                 u"Sign-in was cancelled."_s);
    }

    // --- the simulator's own redirects over loopback ----------------------------------------

    void simulator_autoSignIn_redirectsWithOurStateAndACode_data() { addProviders(); }
    void simulator_autoSignIn_redirectsWithOurStateAndACode()
    {
        QFETCH(QString, provider);
        Sim::Scenario scenario = Sim::Scenario::defaults();
        scenario.setAutoSignIn(kUser);
        Test::SimFixture sim(scenario);
        const auto endpoints = Core::ServiceEndpoints::onOneOrigin(sim.baseUrl());
        const AuthorizationAttempt attempt(providerNamed(provider, endpoints));
        const auto reply = sim.wire().get(attempt.authorizeUrl());
        QCOMPARE(reply.status, 302);
        const QUrl location = QUrl::fromEncoded(reply.header("Location"));
        QVERIFY(attempt.isRedirect(location));
        const AuthorizationOutcome outcome = attempt.handleRedirect(location);
        QCOMPARE(outcome.kind(), Kind::Code);
        QVERIFY(!outcome.code().isEmpty());

        // The same answer read by another attempt (a stale or forged redirect) gives no code.
        const AuthorizationAttempt other(providerNamed(provider, endpoints));
        QCOMPARE(other.handleRedirect(location).kind(), Kind::StateMismatch);
    }

    void simulator_consentCancelled_givesCancelled_data() { addProviders(); }
    void simulator_consentCancelled_givesCancelled()
    {
        QFETCH(QString, provider);
        Test::SimFixture sim;
        const auto endpoints = Core::ServiceEndpoints::onOneOrigin(sim.baseUrl());
        const AuthorizationAttempt attempt(providerNamed(provider, endpoints));
        // The pages as a browser drives them: the form, the password, then Cancel.
        const auto form = sim.wire().get(attempt.authorizeUrl());
        QCOMPARE(form.status, 200);
        static const QRegularExpression session(u"name=\"session\" value=\"([^\"]+)\""_s);
        const QString id = session.match(QString::fromUtf8(form.body)).captured(1);
        QVERIFY(!id.isEmpty());
        const QUrl post = attempt.provider().authorizeUrl;
        const auto consent = sim.wire().postForm(
                post, {{u"session"_s, id}, {u"email"_s, kUser}, {u"password"_s, u"agentdesk"_s}});
        QVERIFY(consent.body.contains(R"(id="cancel")"));
        const auto cancelled =
                sim.wire().postForm(post, {{u"session"_s, id}, {u"consent"_s, u"cancel"_s}});
        QCOMPARE(cancelled.status, 302);
        const QUrl location = QUrl::fromEncoded(cancelled.header("Location"));
        QVERIFY(attempt.isRedirect(location));
        const AuthorizationOutcome outcome = attempt.handleRedirect(location);
        QCOMPARE(outcome.kind(), Kind::Cancelled);
        QCOMPARE(outcome.error(), u"access_denied"_s);
        QVERIFY(!outcome.description().isEmpty());
        QVERIFY(!outcome.description().contains(u"Trace ID"_s));
    }
};

QTEST_GUILESS_MAIN(TestAuthorizationAttempt)
#include "tst_authorizationattempt.moc"
