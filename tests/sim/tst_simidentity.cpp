// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The simulator's two identity providers (Microsoft identity, the contact-center identity) over
// real loopback: the authorize pages, PKCE at the token endpoints, code and refresh-token rules,
// each service's error format, people/me, and that no secret reaches the request log.
#include <core/clock.h>

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

#include <support/logcapture.h>
#include <support/simfixture.h>

using namespace Qt::StringLiterals;
using namespace AgentDesk;

namespace {

enum class Idp
{
    Microsoft,
    Webex
};

const QString kClient = u"agentdesk"_s;
const QString kUser = u"ana.souza@contoso.example"_s;
const QString kPassword = u"agentdesk"_s;
const QString kMsRedirect = u"https://login.microsoftonline.com/common/oauth2/nativeclient"_s;
const QString kCcRedirect = u"http://localhost:53682/agentdesk/callback"_s;
const QString kMsScope = u"openid profile offline_access User.Read Presence.Read.All"_s;
const QString kCcScope = u"cjp:config_read cjp:user spark:people_read"_s;
// 43..128 characters of the unreserved set, as RFC 7636 asks.
const QString kVerifier = u"dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk.~abcdefghij0123456789"_s;

QString challengeOf(const QString &verifier)
{
    return QString::fromLatin1(
            QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QUrl withQuery(QUrl url, const QList<QPair<QString, QString>> &items)
{
    QUrlQuery query;
    for (const auto &[name, value] : items) {
        query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    }
    url.setQuery(query);
    return url;
}

QString redirectOf(Idp idp)
{
    return idp == Idp::Microsoft ? kMsRedirect : kCcRedirect;
}

QString sessionOf(const QByteArray &html)
{
    static const QRegularExpression pattern(u"name=\"session\" value=\"([^\"]+)\""_s);
    return pattern.match(QString::fromUtf8(html)).captured(1);
}

QUrlQuery locationQuery(const Test::WireClient::Reply &reply)
{
    return QUrlQuery(QUrl::fromEncoded(reply.header("Location")));
}

QString item(const QUrlQuery &query, const QString &name)
{
    return query.queryItemValue(name, QUrl::FullyDecoded);
}

QJsonObject jwtPayload(const QString &jwt)
{
    const QStringList parts = jwt.split(u'.');
    if (parts.size() != 3) {
        return {};
    }
    return QJsonDocument::fromJson(
                   QByteArray::fromBase64(parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding))
            .object();
}

QString webexIdPayload(const QString &id)
{
    return QString::fromUtf8(QByteArray::fromBase64(id.toLatin1()));
}

} // namespace

Q_DECLARE_METATYPE(Idp)

class TestSimIdentity final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::SimFixture> m_sim;

    // --- the flow, step by step, as a browser would drive it ---------------------------------

    static QUrl authorizeUrl(Test::SimFixture &sim, Idp idp,
                             QList<QPair<QString, QString>> overrides = {},
                             const QString &tenant = u"common"_s)
    {
        QList<QPair<QString, QString>> items{
                {u"client_id"_s, kClient},
                {u"response_type"_s, u"code"_s},
                {u"redirect_uri"_s, redirectOf(idp)},
                {u"scope"_s, idp == Idp::Microsoft ? kMsScope : kCcScope},
                {u"state"_s, u"st-42"_s},
                {u"code_challenge"_s, challengeOf(kVerifier)},
                {u"code_challenge_method"_s, u"S256"_s},
        };
        for (const auto &[name, value] : overrides) {
            items.removeIf([&name](const auto &pair) { return pair.first == name; });
            if (!value.isNull()) {
                items.append({name, value});
            }
        }
        const QString path = idp == Idp::Microsoft
                                     ? QString(u'/' + tenant + u"/oauth2/v2.0/authorize"_s)
                                     : u"/v1/authorize"_s;
        return withQuery(sim.url(path), items);
    }

    static QUrl postUrl(Test::SimFixture &sim, Idp idp)
    {
        return sim.url(idp == Idp::Microsoft ? u"/common/oauth2/v2.0/authorize"_s
                                             : u"/v1/authorize"_s);
    }

    static QUrl tokenUrl(Test::SimFixture &sim, Idp idp)
    {
        return sim.url(idp == Idp::Microsoft ? u"/common/oauth2/v2.0/token"_s
                                             : u"/v1/access_token"_s);
    }

    // GET authorize, then the right password: answers the consent page and its session id.
    static QString signIn(Test::SimFixture &sim, Idp idp,
                          const QList<QPair<QString, QString>> &overrides = {},
                          const QString &password = kPassword)
    {
        const auto form = sim.wire().get(authorizeUrl(sim, idp, overrides));
        const QString session = sessionOf(form.body);
        const auto consent = sim.wire().postForm(
                postUrl(sim, idp),
                {{u"session"_s, session}, {u"email"_s, kUser}, {u"password"_s, password}});
        return consent.body.contains(R"(id="accept")") ? sessionOf(consent.body) : QString();
    }

    // The whole interactive flow: the 302 that Accept answers.
    static Test::WireClient::Reply accept(Test::SimFixture &sim, Idp idp,
                                          const QList<QPair<QString, QString>> &overrides = {},
                                          const QString &password = kPassword)
    {
        const QString session = signIn(sim, idp, overrides, password);
        return sim.wire().postForm(postUrl(sim, idp),
                                   {{u"session"_s, session}, {u"consent"_s, u"accept"_s}});
    }

    static QString codeFor(Test::SimFixture &sim, Idp idp,
                           const QList<QPair<QString, QString>> &overrides = {},
                           const QString &password = kPassword)
    {
        return item(locationQuery(accept(sim, idp, overrides, password)), u"code"_s);
    }

    static Test::WireClient::Reply exchange(Test::SimFixture &sim, Idp idp, const QString &code,
                                            const QString &verifier = kVerifier,
                                            const QString &redirect = {})
    {
        return sim.wire().postForm(
                tokenUrl(sim, idp),
                {{u"grant_type"_s, u"authorization_code"_s},
                 {u"client_id"_s, kClient},
                 {u"code"_s, code},
                 {u"redirect_uri"_s, redirect.isEmpty() ? redirectOf(idp) : redirect},
                 {u"code_verifier"_s, verifier}});
    }

    static Test::WireClient::Reply refresh(Test::SimFixture &sim, Idp idp,
                                           const QString &refreshToken)
    {
        return sim.wire().postForm(tokenUrl(sim, idp), {{u"grant_type"_s, u"refresh_token"_s},
                                                        {u"client_id"_s, kClient},
                                                        {u"refresh_token"_s, refreshToken}});
    }

    // The refusal is in the identity's own format: Entra's OAuth error with AADSTS code, or
    // Webex's message/errors/trackingId.
    static void verifyError(const Test::WireClient::Reply &reply, Idp idp, int status,
                            const QString &error, int aadsts)
    {
        QCOMPARE(reply.status, status);
        const QJsonObject body = reply.json().object();
        if (idp == Idp::Microsoft) {
            QCOMPARE(body.value(u"error"_s).toString(), error);
            QCOMPARE(body.value(u"error_codes"_s).toArray(), QJsonArray{aadsts});
            const QString description = body.value(u"error_description"_s).toString();
            QVERIFY2(description.startsWith(u"AADSTS%1: "_s.arg(aadsts)), qPrintable(description));
            QVERIFY(description.contains(u"\r\nTrace ID: "_s));
            QVERIFY(description.contains(u"\r\nCorrelation ID: "_s));
            QVERIFY(description.contains(u"\r\nTimestamp: "_s));
            QVERIFY(!body.value(u"timestamp"_s).toString().isEmpty());
            QVERIFY(!body.value(u"trace_id"_s).toString().isEmpty());
            QVERIFY(!body.value(u"correlation_id"_s).toString().isEmpty());
            QCOMPARE(body.value(u"error_uri"_s).toString(),
                     u"https://login.microsoftonline.com/error?code=%1"_s.arg(aadsts));
        } else {
            QVERIFY(!body.value(u"message"_s).toString().isEmpty());
            const QJsonArray errors = body.value(u"errors"_s).toArray();
            QCOMPARE(errors.size(), 1);
            QVERIFY(!errors.at(0).toObject().value(u"description"_s).toString().isEmpty());
            QVERIFY(!body.value(u"trackingId"_s).toString().isEmpty());
            QVERIFY(!body.contains(u"error"_s));
        }
    }

    static void addIdps()
    {
        QTest::addColumn<Idp>("idp");
        QTest::newRow("microsoft") << Idp::Microsoft;
        QTest::newRow("webex") << Idp::Webex;
    }

private Q_SLOTS:
    void init() { m_sim = std::make_unique<Test::SimFixture>(); }
    void cleanup() { m_sim.reset(); }

    // --- authorize ---------------------------------------------------------------------------

    void authorize_validRequest_showsSignInForm_data() { addIdps(); }
    void authorize_validRequest_showsSignInForm()
    {
        QFETCH(Idp, idp);
        const auto reply = m_sim->wire().get(authorizeUrl(*m_sim, idp));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("Content-Type"), QByteArray("text/html; charset=utf-8"));
        QVERIFY(reply.body.startsWith("<!DOCTYPE html>"));
        QVERIFY(reply.body.contains(R"(<meta charset="utf-8">)"));
        QVERIFY(reply.body.contains(R"(<form method="post")"));
        QVERIFY(reply.body.contains(R"(id="email")"));
        QVERIFY(reply.body.contains(R"(type="password" id="password")"));
        QVERIFY(reply.body.contains(R"(id="signin")"));
        QVERIFY(!sessionOf(reply.body).isEmpty());
        // The request's parameters stay on the server, out of reach of the page.
        QVERIFY(!reply.body.contains(challengeOf(kVerifier).toLatin1()));
        QVERIFY(!reply.body.contains("http"));
    }

    void authorize_loginHint_prefillsEmail()
    {
        const auto reply = m_sim->wire().get(
                authorizeUrl(*m_sim, Idp::Microsoft, {{u"login_hint"_s, u"kenji@x.example"_s}}));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.body.contains(R"(id="email" name="email" value="kenji@x.example")"));
    }

    void authorize_knownTenants_areAccepted_data()
    {
        QTest::addColumn<QString>("tenant");
        QTest::newRow("common") << u"common"_s;
        QTest::newRow("organizations") << u"organizations"_s;
        QTest::newRow("id") << u"6f1c2a9e-3b7d-4e58-9a21-0c4d5e6f7a8b"_s;
        QTest::newRow("domain") << u"contoso.example"_s;
    }
    void authorize_knownTenants_areAccepted()
    {
        QFETCH(QString, tenant);
        const auto reply = m_sim->wire().get(authorizeUrl(*m_sim, Idp::Microsoft, {}, tenant));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.body.contains(
                QString(u"action=\"/"_s + tenant + u"/oauth2/v2.0/authorize\""_s).toUtf8()));
    }

    void authorize_unknownTenant_showsMicrosoftError()
    {
        const auto page =
                m_sim->wire().get(authorizeUrl(*m_sim, Idp::Microsoft, {}, u"fabrikam.example"_s));
        QCOMPARE(page.status, 400);
        QVERIFY(page.header("Location").isEmpty());
        QVERIFY(page.body.contains("AADSTS90002: Tenant &#39;fabrikam.example&#39; not found") ||
                page.body.contains("AADSTS90002: Tenant 'fabrikam.example' not found"));

        const auto token = m_sim->wire().postForm(
                m_sim->url(u"/fabrikam.example/oauth2/v2.0/token"_s),
                {{u"grant_type"_s, u"authorization_code"_s}, {u"client_id"_s, kClient}});
        verifyError(token, Idp::Microsoft, 400, u"invalid_request"_s, 90002);
    }

    void authorize_badClientOrRedirect_showsErrorPageWithoutRedirect_data()
    {
        QTest::addColumn<Idp>("idp");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("expected");
        for (const Idp idp : {Idp::Microsoft, Idp::Webex}) {
            const char *prefix = idp == Idp::Microsoft ? "microsoft" : "webex";
            QTest::addRow("%s unknown client", prefix)
                    << idp << u"client_id"_s << u"someone-else"_s
                    << (idp == Idp::Microsoft ? QByteArray("AADSTS700016") : "someone-else");
            QTest::addRow("%s no client", prefix)
                    << idp << u"client_id"_s << QString() << QByteArray("client_id");
            QTest::addRow("%s foreign redirect", prefix)
                    << idp << u"redirect_uri"_s << u"https://evil.example/cb"_s
                    << QByteArray("https://evil.example/cb");
            QTest::addRow("%s loopback other path", prefix)
                    << idp << u"redirect_uri"_s << u"http://localhost:8080/elsewhere"_s
                    << QByteArray("http://localhost:8080/elsewhere");
            QTest::addRow("%s loopback https", prefix)
                    << idp << u"redirect_uri"_s << u"https://localhost/agentdesk/callback"_s
                    << QByteArray("https://localhost/agentdesk/callback");
            QTest::addRow("%s nativeclient with suffix", prefix)
                    << idp << u"redirect_uri"_s << QString(kMsRedirect + u"/x"_s)
                    << QByteArray("nativeclient/x");
        }
    }
    void authorize_badClientOrRedirect_showsErrorPageWithoutRedirect()
    {
        QFETCH(Idp, idp);
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(QByteArray, expected);
        const auto reply = m_sim->wire().get(authorizeUrl(*m_sim, idp, {{name, value}}));
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.header("Location").isEmpty());
        QCOMPARE(reply.header("Content-Type"), QByteArray("text/html; charset=utf-8"));
        QVERIFY2(reply.body.contains(expected), reply.body.constData());
        QVERIFY(!reply.body.contains(R"(id="signin")"));
        if (name == u"redirect_uri"_s && idp == Idp::Microsoft) {
            QVERIFY(reply.body.contains("AADSTS50011"));
        }
    }

    void authorize_loopbackRedirectAnyPort_isAccepted_data()
    {
        QTest::addColumn<QString>("redirect");
        QTest::newRow("localhost, port") << u"http://localhost:1234"_s;
        QTest::newRow("localhost, port, slash") << u"http://localhost:65000/"_s;
        QTest::newRow("localhost, no port") << u"http://localhost"_s;
        QTest::newRow("127.0.0.1, port") << u"http://127.0.0.1:49152/"_s;
        QTest::newRow("callback, port") << u"http://localhost:40001/agentdesk/callback"_s;
        QTest::newRow("callback, no port") << u"http://localhost/agentdesk/callback"_s;
    }
    void authorize_loopbackRedirectAnyPort_isAccepted()
    {
        QFETCH(QString, redirect);
        const auto reply =
                accept(*m_sim, Idp::Webex, {{u"redirect_uri"_s, redirect}, {u"state"_s, u"s"_s}});
        QCOMPARE(reply.status, 302);
        const QUrl location = QUrl::fromEncoded(reply.header("Location"));
        QUrl sent(redirect);
        if (sent.path().isEmpty()) {
            sent.setPath(u"/"_s); // as Entra answers a path-less URI
        }
        QCOMPARE(location.adjusted(QUrl::RemoveQuery), sent);
        QCOMPARE(location.port(), sent.port());
        QVERIFY(!item(QUrlQuery(location), u"code"_s).isEmpty());
    }

    void authorize_requestErrors_redirectWithError_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("error");
        QTest::addColumn<int>("aadsts");
        QTest::newRow("token flow")
                << u"response_type"_s << u"token"_s << u"unsupported_response_type"_s << 70005;
        QTest::newRow("no challenge")
                << u"code_challenge"_s << QString() << u"invalid_request"_s << 50147;
        QTest::newRow("bad method")
                << u"code_challenge_method"_s << u"S512"_s << u"invalid_request"_s << 90100;
        QTest::newRow("short challenge")
                << u"code_challenge"_s << u"abc"_s << u"invalid_request"_s << 501491;
        QTest::newRow("no scope") << u"scope"_s << QString() << u"invalid_request"_s << 900144;
        QTest::newRow("silent") << u"prompt"_s << u"none"_s << u"login_required"_s << 50058;
        QTest::newRow("fragment") << u"response_mode"_s << u"fragment"_s << u"invalid_request"_s
                                  << 70007;
    }
    void authorize_requestErrors_redirectWithError()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(QString, error);
        QFETCH(int, aadsts);
        const auto reply = m_sim->wire().get(authorizeUrl(*m_sim, Idp::Microsoft, {{name, value}}));
        QCOMPARE(reply.status, 302);
        const QUrl location = QUrl::fromEncoded(reply.header("Location"));
        QCOMPARE(location.adjusted(QUrl::RemoveQuery).toString(), kMsRedirect);
        const QUrlQuery query(location);
        QCOMPARE(item(query, u"error"_s), error);
        QVERIFY(item(query, u"error_description"_s).startsWith(u"AADSTS%1: "_s.arg(aadsts)));
        QCOMPARE(item(query, u"state"_s), u"st-42"_s);
        QVERIFY(!query.hasQueryItem(u"code"_s));
    }

    // --- sign-in and consent -----------------------------------------------------------------

    void signIn_wrongPassword_showsErrorThenAcceptsRightOne_data() { addIdps(); }
    void signIn_wrongPassword_showsErrorThenAcceptsRightOne()
    {
        QFETCH(Idp, idp);
        const auto form = m_sim->wire().get(authorizeUrl(*m_sim, idp));
        const QString session = sessionOf(form.body);
        QVERIFY(!session.isEmpty());

        const auto wrong = m_sim->wire().postForm(
                postUrl(*m_sim, idp),
                {{u"session"_s, session}, {u"email"_s, kUser}, {u"password"_s, u"nope"_s}});
        QCOMPARE(wrong.status, 200);
        QVERIFY(wrong.body.contains(R"(id="error")"));
        QVERIFY(wrong.body.contains("incorrect"));
        QVERIFY(wrong.body.contains(R"(id="password")"));
        QVERIFY(wrong.body.contains(QString(u"value=\""_s + kUser + u'"').toUtf8()));
        QVERIFY(!wrong.body.contains(R"(id="accept")"));

        const auto consent =
                m_sim->wire().postForm(postUrl(*m_sim, idp), {{u"session"_s, sessionOf(wrong.body)},
                                                              {u"email"_s, kUser.toUpper()},
                                                              {u"password"_s, kPassword}});
        QCOMPARE(consent.status, 200);
        QVERIFY(consent.body.contains(R"(id="accept")"));
        QVERIFY(consent.body.contains(R"(id="cancel")"));
        QVERIFY(!consent.body.contains(R"(id="error")"));
        const QStringList scopes = (idp == Idp::Microsoft ? kMsScope : kCcScope).split(u' ');
        for (const QString &scope : scopes) {
            QVERIFY2(consent.body.contains(QString(u"<code>"_s + scope + u"</code>"_s).toUtf8()),
                     qPrintable(scope));
        }
    }

    void signIn_unknownSession_showsErrorPage()
    {
        const auto reply = m_sim->wire().postForm(
                postUrl(*m_sim, Idp::Microsoft),
                {{u"session"_s, u"forged"_s}, {u"email"_s, kUser}, {u"password"_s, kPassword}});
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.header("Location").isEmpty());
        QVERIFY(reply.body.contains("AADSTS50089"));
    }

    void consent_accept_redirectsWithCodeAndState_data() { addIdps(); }
    void consent_accept_redirectsWithCodeAndState()
    {
        QFETCH(Idp, idp);
        // A state with every character that could break a naive query builder.
        const QString state = u"a b&c=d/é+%#?"_s;
        const auto reply = accept(*m_sim, idp, {{u"state"_s, state}});
        QCOMPARE(reply.status, 302);
        const QUrl location = QUrl::fromEncoded(reply.header("Location"));
        QCOMPARE(location.adjusted(QUrl::RemoveQuery).toString(), redirectOf(idp));
        const QUrlQuery query(location);
        QVERIFY(item(query, u"code"_s).size() >= 32);
        QCOMPARE(item(query, u"state"_s), state);
        QVERIFY(!query.hasQueryItem(u"error"_s));
    }

    void consent_cancel_redirectsWithAccessDenied_data() { addIdps(); }
    void consent_cancel_redirectsWithAccessDenied()
    {
        QFETCH(Idp, idp);
        const QString session = signIn(*m_sim, idp);
        QVERIFY(!session.isEmpty());
        const auto reply = m_sim->wire().postForm(
                postUrl(*m_sim, idp), {{u"session"_s, session}, {u"consent"_s, u"cancel"_s}});
        QCOMPARE(reply.status, 302);
        const QUrl location = QUrl::fromEncoded(reply.header("Location"));
        QCOMPARE(location.adjusted(QUrl::RemoveQuery).toString(), redirectOf(idp));
        const QUrlQuery query(location);
        QCOMPARE(item(query, u"error"_s), u"access_denied"_s);
        QCOMPARE(item(query, u"state"_s), u"st-42"_s);
        QVERIFY(!query.hasQueryItem(u"code"_s));
        const QString description = item(query, u"error_description"_s);
        if (idp == Idp::Microsoft) {
            QVERIFY2(description.startsWith(
                             u"AADSTS65004: User declined to consent to access the app."_s),
                     qPrintable(description));
        } else {
            QVERIFY(!description.isEmpty());
        }
        // The session is over: a replayed Accept gets nothing.
        const auto replay = m_sim->wire().postForm(
                postUrl(*m_sim, idp), {{u"session"_s, session}, {u"consent"_s, u"accept"_s}});
        QCOMPARE(replay.status, 400);
        QVERIFY(replay.header("Location").isEmpty());
    }

    void autoSignIn_authorize_redirectsAtOnce_data() { addIdps(); }
    void autoSignIn_authorize_redirectsAtOnce()
    {
        QFETCH(Idp, idp);
        Sim::Scenario scenario = Sim::Scenario::defaults();
        scenario.setAutoSignIn(u"marie.dubois@contoso.example"_s);
        Test::SimFixture sim(scenario);
        const auto reply = sim.wire().get(authorizeUrl(sim, idp));
        QCOMPARE(reply.status, 302);
        const QUrlQuery query = locationQuery(reply);
        QCOMPARE(item(query, u"state"_s), u"st-42"_s);
        const auto tokens = exchange(sim, idp, item(query, u"code"_s));
        QCOMPARE(tokens.status, 200);
        const auto grant = sim.simulator().tokens().validate(
                tokens.json().object().value(u"access_token"_s).toString(),
                idp == Idp::Microsoft ? Sim::Audience::Graph : Sim::Audience::ContactCenter);
        QVERIFY(grant);
        QCOMPARE(grant->user, u"marie.dubois@contoso.example"_s);
    }

    void silentSignIn_ssoSession_redirectsWithCodeOnlyForThatUser_data()
    {
        QTest::addColumn<bool>("fromScenario");
        QTest::addColumn<QString>("loginHint");
        QTest::addColumn<bool>("granted");
        QTest::newRow("scenario, hint") << true << u"Marie.Dubois@contoso.example"_s << true;
        QTest::newRow("scenario, no hint") << true << QString() << true;
        QTest::newRow("scenario, other user") << true << kUser << false;
        QTest::newRow("control, hint") << false << u"marie.dubois@contoso.example"_s << true;
        QTest::newRow("control, other user") << false << kUser << false;
    }
    void silentSignIn_ssoSession_redirectsWithCodeOnlyForThatUser()
    {
        QFETCH(bool, fromScenario);
        QFETCH(QString, loginHint);
        QFETCH(bool, granted);
        const QString marie = u"marie.dubois@contoso.example"_s;
        Sim::Scenario scenario = Sim::Scenario::defaults();
        if (fromScenario) {
            scenario.merge({{u"identity"_s, QJsonObject{{u"ssoSessions"_s, QJsonArray{marie}}}}});
        }
        Test::SimFixture sim(scenario);
        if (!fromScenario) {
            const auto added = sim.wire().postJson(sim.url(u"/_sim/identity/sso-sessions"_s),
                                                   QJsonDocument(QJsonObject{{u"email"_s, marie}}));
            QCOMPARE(added.status, 200);
            QCOMPARE(sim.wire()
                             .postJson(sim.url(u"/_sim/identity/sso-sessions"_s),
                                       QJsonDocument(QJsonObject{{u"email"_s, u"x@y.example"_s}}))
                             .status,
                     404);
        }
        QList<QPair<QString, QString>> parameters{{u"prompt"_s, u"none"_s}};
        if (!loginHint.isEmpty()) {
            parameters.append({u"login_hint"_s, loginHint});
        }
        const auto reply = sim.wire().get(authorizeUrl(sim, Idp::Microsoft, parameters));
        QCOMPARE(reply.status, 302);
        const QUrlQuery query = locationQuery(reply);
        QCOMPARE(item(query, u"state"_s), u"st-42"_s);
        if (!granted) {
            QCOMPARE(item(query, u"error"_s), u"login_required"_s);
            QVERIFY(!query.hasQueryItem(u"code"_s));
            return;
        }
        const auto tokens = exchange(sim, Idp::Microsoft, item(query, u"code"_s));
        QCOMPARE(tokens.status, 200);
        const auto grant = sim.simulator().tokens().validate(
                tokens.json().object().value(u"access_token"_s).toString(), Sim::Audience::Graph);
        QVERIFY(grant);
        QCOMPARE(grant->user, marie);

        // Cleared: the next silent request needs a sign-in again.
        QCOMPARE(sim.wire().send("DELETE", sim.url(u"/_sim/identity/sso-sessions"_s)).status, 204);
        const auto after = sim.wire().get(authorizeUrl(sim, Idp::Microsoft, parameters));
        QCOMPARE(item(locationQuery(after), u"error"_s), u"login_required"_s);
    }

    // --- token: authorization_code -----------------------------------------------------------

    void token_microsoftCode_answersEntraShape()
    {
        const auto reply = exchange(*m_sim, Idp::Microsoft, codeFor(*m_sim, Idp::Microsoft));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("Cache-Control"), QByteArray("no-store"));
        const QJsonObject body = reply.json().object();
        QStringList keys = body.keys();
        keys.sort();
        QCOMPARE(keys,
                 (QStringList{u"access_token"_s, u"expires_in"_s, u"ext_expires_in"_s,
                              u"id_token"_s, u"refresh_token"_s, u"scope"_s, u"token_type"_s}));
        QCOMPARE(body.value(u"token_type"_s).toString(), u"Bearer"_s);
        QCOMPARE(body.value(u"expires_in"_s).toInt(), 3600);
        QCOMPARE(body.value(u"ext_expires_in"_s).toInt(), 3600);
        QCOMPARE(body.value(u"scope"_s).toString(),
                 u"openid profile User.Read Presence.Read.All"_s);
        const auto grant = m_sim->simulator().tokens().validate(
                body.value(u"access_token"_s).toString(), Sim::Audience::Graph);
        QVERIFY(grant);
        QCOMPARE(grant->user, kUser);
        QCOMPARE(grant->clientId, kClient);

        const QJsonObject claims = jwtPayload(body.value(u"id_token"_s).toString());
        QCOMPARE(claims.value(u"name"_s).toString(), u"Ana Souza"_s);
        QCOMPARE(claims.value(u"preferred_username"_s).toString(), kUser);
        QCOMPARE(claims.value(u"oid"_s).toString(), u"33977aae-5dd1-4084-8e49-8d72f5682e46"_s);
        QCOMPARE(claims.value(u"tid"_s).toString(), u"6f1c2a9e-3b7d-4e58-9a21-0c4d5e6f7a8b"_s);
        QCOMPARE(claims.value(u"aud"_s).toString(), kClient);
    }

    void token_microsoftWithoutOfflineAccessOrOpenid_omitsThoseTokens()
    {
        const QString code =
                codeFor(*m_sim, Idp::Microsoft, {{u"scope"_s, u"User.Read Presence.Read.All"_s}});
        const auto reply = exchange(*m_sim, Idp::Microsoft, code);
        QCOMPARE(reply.status, 200);
        const QJsonObject body = reply.json().object();
        QVERIFY(body.contains(u"access_token"_s));
        QVERIFY(!body.contains(u"refresh_token"_s));
        QVERIFY(!body.contains(u"id_token"_s));
    }

    void token_webexCode_answersWebexShape()
    {
        const auto reply = exchange(*m_sim, Idp::Webex, codeFor(*m_sim, Idp::Webex));
        QCOMPARE(reply.status, 200);
        const QJsonObject body = reply.json().object();
        QStringList keys = body.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{u"access_token"_s, u"expires_in"_s, u"refresh_token"_s,
                                    u"refresh_token_expires_in"_s, u"token_type"_s}));
        QCOMPARE(body.value(u"token_type"_s).toString(), u"Bearer"_s);
        QCOMPARE(body.value(u"expires_in"_s).toInt(), 43200);
        QCOMPARE(body.value(u"refresh_token_expires_in"_s).toInt(), 5184000);
        const QString accessToken = body.value(u"access_token"_s).toString();
        QVERIFY(m_sim->simulator().tokens().validate(accessToken, Sim::Audience::ContactCenter));
        QVERIFY(!m_sim->simulator().tokens().validate(accessToken, Sim::Audience::Graph));
    }

    void token_plainChallenge_isVerified()
    {
        const QString plain = QString(kVerifier).replace(u'~', u'x');
        const QString code =
                codeFor(*m_sim, Idp::Microsoft,
                        {{u"code_challenge"_s, plain}, {u"code_challenge_method"_s, QString()}});
        QCOMPARE(exchange(*m_sim, Idp::Microsoft, code, plain).status, 200);
    }

    void token_wrongVerifier_isRejected_data()
    {
        QTest::addColumn<Idp>("idp");
        QTest::addColumn<QString>("verifier");
        const QString other = QString(kVerifier).replace(u'd', u'e');
        for (const Idp idp : {Idp::Microsoft, Idp::Webex}) {
            const char *prefix = idp == Idp::Microsoft ? "microsoft" : "webex";
            QTest::addRow("%s other verifier", prefix) << idp << other;
            QTest::addRow("%s challenge as verifier", prefix) << idp << challengeOf(kVerifier);
            QTest::addRow("%s too short", prefix) << idp << kVerifier.left(42);
            QTest::addRow("%s missing", prefix) << idp << QString();
        }
    }
    void token_wrongVerifier_isRejected()
    {
        QFETCH(Idp, idp);
        QFETCH(QString, verifier);
        const QString code = codeFor(*m_sim, idp);
        QVERIFY(!code.isEmpty());
        const auto reply = exchange(*m_sim, idp, code, verifier);
        verifyError(reply, idp, 400, u"invalid_grant"_s, 501481);
        if (idp == Idp::Microsoft) {
            QVERIFY(reply.json()
                            .object()
                            .value(u"error_description"_s)
                            .toString()
                            .startsWith(u"AADSTS501481: The Code_Verifier does not match the "
                                        "code_challenge supplied in the authorization request."_s));
        }
    }

    void token_codeReused_isRejected_data() { addIdps(); }
    void token_codeReused_isRejected()
    {
        QFETCH(Idp, idp);
        const QString code = codeFor(*m_sim, idp);
        QCOMPARE(exchange(*m_sim, idp, code).status, 200);
        verifyError(exchange(*m_sim, idp, code), idp, 400, u"invalid_grant"_s, 54005);
    }

    void token_codeOfOtherIdentity_isRejected()
    {
        const QString code = codeFor(*m_sim, Idp::Microsoft);
        verifyError(exchange(*m_sim, Idp::Webex, code, kVerifier, kMsRedirect), Idp::Webex, 400,
                    u"invalid_grant"_s, 70000);
    }

    void token_codeLifetime_isEnforced_data()
    {
        QTest::addColumn<int>("seconds");
        QTest::addColumn<int>("status");
        QTest::newRow("just in time") << 599 << 200;
        QTest::newRow("too late") << 601 << 400;
    }
    void token_codeLifetime_isEnforced()
    {
        QFETCH(int, seconds);
        QFETCH(int, status);
        Core::ManualClock clock;
        Test::SimFixture sim(Sim::Scenario::defaults(), &clock);
        const QString code = codeFor(sim, Idp::Microsoft);
        QVERIFY(!code.isEmpty());
        clock.advance(qint64(seconds) * 1000);
        const auto reply = exchange(sim, Idp::Microsoft, code);
        if (status == 200) {
            QCOMPARE(reply.status, 200);
        } else {
            verifyError(reply, Idp::Microsoft, 400, u"invalid_grant"_s, 70008);
        }
    }

    void token_redirectMismatch_isRejected_data()
    {
        QTest::addColumn<Idp>("idp");
        QTest::addColumn<QString>("redirect");
        QTest::addColumn<QString>("error");
        QTest::addColumn<int>("aadsts");
        for (const Idp idp : {Idp::Microsoft, Idp::Webex}) {
            const char *prefix = idp == Idp::Microsoft ? "microsoft" : "webex";
            // Registered, but not the one the code was issued for.
            QTest::addRow("%s other registered", prefix)
                    << idp << u"http://localhost:5000/agentdesk/callback"_s << u"invalid_grant"_s
                    << 500112;
            QTest::addRow("%s unregistered", prefix)
                    << idp << u"https://evil.example/cb"_s << u"invalid_request"_s << 50011;
        }
    }
    void token_redirectMismatch_isRejected()
    {
        QFETCH(Idp, idp);
        QFETCH(QString, redirect);
        QFETCH(QString, error);
        QFETCH(int, aadsts);
        const QString code =
                codeFor(*m_sim, idp, {{u"redirect_uri"_s, u"http://localhost:4000/"_s}});
        QVERIFY(!code.isEmpty());
        verifyError(exchange(*m_sim, idp, code, kVerifier, redirect), idp, 400, error, aadsts);
        // The same port-less URI is not the same string either: the token request must repeat
        // the authorize request's redirect_uri exactly.
        verifyError(
                exchange(*m_sim, idp,
                         codeFor(*m_sim, idp, {{u"redirect_uri"_s, u"http://localhost:4000/"_s}}),
                         kVerifier, u"http://localhost/"_s),
                idp, 400, u"invalid_grant"_s, 500112);
    }

    void token_badRequests_areRejected_data()
    {
        QTest::addColumn<Idp>("idp");
        QTest::addColumn<QString>("grantType");
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::addColumn<int>("aadsts");
        for (const Idp idp : {Idp::Microsoft, Idp::Webex}) {
            const char *prefix = idp == Idp::Microsoft ? "microsoft" : "webex";
            QTest::addRow("%s unknown client", prefix)
                    << idp << u"authorization_code"_s << u"someone-else"_s << QString() << 400
                    << u"unauthorized_client"_s << 700016;
            QTest::addRow("%s unsupported grant", prefix)
                    << idp << u"password"_s << kClient << QString() << 400
                    << u"unsupported_grant_type"_s << 70003;
            QTest::addRow("%s no grant", prefix) << idp << QString() << kClient << QString() << 400
                                                 << u"invalid_request"_s << 900144;
            QTest::addRow("%s no code", prefix)
                    << idp << u"authorization_code"_s << kClient << QString() << 400
                    << u"invalid_request"_s << 900144;
        }
        QTest::addRow("microsoft public client with secret")
                << Idp::Microsoft << u"authorization_code"_s << kClient << u"s3cr3t"_s << 401
                << u"invalid_client"_s << 700025;
    }
    void token_badRequests_areRejected()
    {
        QFETCH(Idp, idp);
        QFETCH(QString, grantType);
        QFETCH(QString, clientId);
        QFETCH(QString, secret);
        QFETCH(int, status);
        QFETCH(QString, error);
        QFETCH(int, aadsts);
        QList<QPair<QString, QString>> fields{{u"client_id"_s, clientId},
                                              {u"redirect_uri"_s, redirectOf(idp)}};
        if (!grantType.isEmpty()) {
            fields.append({u"grant_type"_s, grantType});
        }
        if (!secret.isEmpty()) {
            fields.append({u"client_secret"_s, secret});
        }
        verifyError(m_sim->wire().postForm(tokenUrl(*m_sim, idp), fields), idp, status, error,
                    aadsts);
    }

    // --- token: refresh_token ----------------------------------------------------------------

    void refresh_rotates_oldTokenRejectedNewOneWorks_data() { addIdps(); }
    void refresh_rotates_oldTokenRejectedNewOneWorks()
    {
        QFETCH(Idp, idp);
        const auto first = exchange(*m_sim, idp, codeFor(*m_sim, idp));
        const QString original = first.json().object().value(u"refresh_token"_s).toString();
        QVERIFY(!original.isEmpty());

        const auto second = refresh(*m_sim, idp, original);
        QCOMPARE(second.status, 200);
        const QJsonObject body = second.json().object();
        const QString rotated = body.value(u"refresh_token"_s).toString();
        QVERIFY(!rotated.isEmpty());
        QVERIFY(rotated != original);
        QVERIFY(body.value(u"access_token"_s).toString() !=
                first.json().object().value(u"access_token"_s).toString());
        if (idp == Idp::Microsoft) {
            QVERIFY(body.contains(u"id_token"_s));
            QVERIFY(body.contains(u"ext_expires_in"_s));
        } else {
            QVERIFY(body.contains(u"refresh_token_expires_in"_s));
        }

        verifyError(refresh(*m_sim, idp, original), idp, 400, u"invalid_grant"_s, 50173);
        const auto third = refresh(*m_sim, idp, rotated);
        QCOMPARE(third.status, 200);
        QVERIFY(m_sim->simulator().tokens().validate(
                third.json().object().value(u"access_token"_s).toString(),
                idp == Idp::Microsoft ? Sim::Audience::Graph : Sim::Audience::ContactCenter));
    }

    void refresh_expiredByControl_isInvalidGrant_data() { addIdps(); }
    void refresh_expiredByControl_isInvalidGrant()
    {
        QFETCH(Idp, idp);
        const auto first = exchange(*m_sim, idp, codeFor(*m_sim, idp));
        const QString refreshToken = first.json().object().value(u"refresh_token"_s).toString();
        QVERIFY(!refreshToken.isEmpty());
        const auto expired =
                m_sim->wire().postJson(m_sim->url(u"/_sim/tokens/expire"_s),
                                       QJsonDocument(QJsonObject{{u"kind"_s, u"refresh"_s}}));
        QCOMPARE(expired.status, 204);
        verifyError(refresh(*m_sim, idp, refreshToken), idp, 400, u"invalid_grant"_s, 700082);
    }

    void refresh_unknownOrOtherAudience_isInvalidGrant()
    {
        verifyError(refresh(*m_sim, Idp::Microsoft, u"0.graph-rt.made-up"_s), Idp::Microsoft, 400,
                    u"invalid_grant"_s, 9002313);
        const auto cc = exchange(*m_sim, Idp::Webex, codeFor(*m_sim, Idp::Webex));
        verifyError(refresh(*m_sim, Idp::Microsoft,
                            cc.json().object().value(u"refresh_token"_s).toString()),
                    Idp::Microsoft, 400, u"invalid_grant"_s, 9002313);
    }

    // --- people/me ---------------------------------------------------------------------------

    void peopleMe_ccToken_answersWebexPerson()
    {
        const auto tokens = exchange(*m_sim, Idp::Webex, codeFor(*m_sim, Idp::Webex));
        const QByteArray token =
                tokens.json().object().value(u"access_token"_s).toString().toLatin1();
        const auto reply = m_sim->wire().get(m_sim->url(u"/v1/people/me"_s), token);
        QCOMPARE(reply.status, 200);
        const QJsonObject person = reply.json().object();
        QCOMPARE(webexIdPayload(person.value(u"id"_s).toString()),
                 u"ciscospark://us/PEOPLE/8e9d9554-3372-4692-bc10-1594b1e29d39"_s);
        QCOMPARE(webexIdPayload(person.value(u"orgId"_s).toString()),
                 u"ciscospark://us/ORGANIZATION/b3a8f9e2-61d4-4c2b-8e7f-5a9d0c1e2f34"_s);
        QCOMPARE(person.value(u"emails"_s).toArray(), QJsonArray{kUser});
        QCOMPARE(person.value(u"displayName"_s).toString(), u"Ana Souza"_s);
        QCOMPARE(person.value(u"type"_s).toString(), u"person"_s);
    }

    void peopleMe_withoutValidCcToken_answers401InWebexShape_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("graph token") << u"graph"_s;
        QTest::newRow("no token") << u"none"_s;
        QTest::newRow("made-up token") << u"made-up"_s;
        QTest::newRow("expiredToken fault") << u"fault"_s;
        QTest::newRow("expired by control") << u"expired"_s;
    }
    void peopleMe_withoutValidCcToken_answers401InWebexShape()
    {
        QFETCH(QString, kind);
        QByteArray token;
        if (kind == u"graph"_s) {
            token = m_sim->token(u"graph"_s, kUser);
        } else if (kind == u"made-up"_s) {
            token = "cc_at_made-up";
        } else if (kind != u"none"_s) {
            token = m_sim->token(u"cc"_s, kUser);
        }
        if (kind == u"fault"_s) {
            QVERIFY(m_sim->injectFault({{u"kind"_s, u"expiredToken"_s},
                                        {u"path"_s, u"^/v1/people/me$"_s},
                                        {u"count"_s, 1}}) > 0);
        } else if (kind == u"expired"_s) {
            m_sim->wire().postJson(m_sim->url(u"/_sim/tokens/expire"_s),
                                   QJsonDocument(QJsonObject{{u"kind"_s, u"access"_s}}));
        }
        const auto reply = m_sim->wire().get(m_sim->url(u"/v1/people/me"_s), token);
        verifyError(reply, Idp::Webex, 401, {}, 0);
        QCOMPARE(reply.json().object().value(u"message"_s).toString(),
                 u"The request requires a valid access token set in the Authorization request "
                 "header."_s);
        if (kind == u"fault"_s) {
            // The fault was for one request only; the token itself is still good.
            QCOMPARE(m_sim->wire().get(m_sim->url(u"/v1/people/me"_s), token).status, 200);
        }
    }

    // --- secrets -----------------------------------------------------------------------------

    void requestLogAndLog_fullFlows_holdNoSecrets()
    {
        const QString password = u"Pa55-Secret-Word!"_s;
        Sim::Scenario scenario = Sim::Scenario::defaults();
        scenario.merge({{u"accounts"_s, QJsonArray{QJsonObject{{u"email"_s, kUser},
                                                               {u"displayName"_s, u"Ana Souza"_s},
                                                               {u"password"_s, password}}}}});
        Test::LogCapture log;
        Test::SimFixture sim(scenario);
        QStringList secrets{password, kVerifier};
        for (const Idp idp : {Idp::Microsoft, Idp::Webex}) {
            const QString code = codeFor(sim, idp, {}, password);
            QVERIFY(!code.isEmpty());
            const QJsonObject first = exchange(sim, idp, code).json().object();
            const QJsonObject second =
                    refresh(sim, idp, first.value(u"refresh_token"_s).toString()).json().object();
            for (const QJsonObject &tokens : {first, second}) {
                for (const QString &key : {u"access_token"_s, u"refresh_token"_s, u"id_token"_s}) {
                    if (tokens.contains(key)) {
                        secrets.append(tokens.value(key).toString());
                    }
                }
            }
            secrets.append(code);
            if (idp == Idp::Webex) {
                QCOMPARE(sim.wire()
                                 .get(sim.url(u"/v1/people/me"_s),
                                      second.value(u"access_token"_s).toString().toLatin1())
                                 .status,
                         200);
            }
        }
        // The password, the verifier, two codes, six Microsoft tokens and four Webex tokens.
        QCOMPARE(secrets.size(), 14);

        const QJsonArray entries = sim.requests();
        const QString wire = QString::fromUtf8(QJsonDocument(entries).toJson());
        QVERIFY(wire.contains(u"grant_type=authorization_code"_s));
        QVERIFY(wire.contains(u"grant_type=refresh_token"_s));
        QVERIFY(wire.contains(u"/v1/people/me"_s));
        for (const QString &secret : std::as_const(secrets)) {
            QVERIFY2(!wire.contains(secret), qPrintable(secret.left(8)));
            QVERIFY2(!log.contains(secret), qPrintable(secret.left(8)));
        }
        QVERIFY(log.contains(u"agentdesk.sim.identity"_s));
    }
};

QTEST_GUILESS_MAIN(TestSimIdentity)
#include "tst_simidentity.moc"
