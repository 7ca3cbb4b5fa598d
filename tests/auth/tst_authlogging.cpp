// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// With every category at debug level, a whole sign-in life (authorize redirect, code
// exchange, refresh, restore, a refused verifier, a forged redirect, an expired refresh token)
// writes no token, code, verifier or state to the log, and no account name to agentdesk.auth.
#include "authtesthelpers.h"

#include <auth/memorytokenstore.h>
#include <auth/oauthsession.h>
#include <net/httpclient.h>

#include <QJsonObject>
#include <QNetworkAccessManager>

#include <support/logcapture.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace AgentDesk;
using Auth::AuthorizationAttempt;
using Auth::OAuthSession;

class TestAuthLogging final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wholeSignInLife_logsNoSecret_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::newRow("contact center") << u"cc"_s;
        QTest::newRow("microsoft") << u"microsoft"_s;
    }
    void wholeSignInLife_logsNoSecret()
    {
        QFETCH(QString, provider);
        Test::LogCapture log;
        Test::SimFixture sim(Test::autoSignInScenario());
        QNetworkAccessManager network;
        Net::HttpClient http(&network, nullptr, Net::RetryPolicy{.maxAttempts = 1});
        Auth::MemoryTokenStore store;
        const Auth::OAuthProvider p = Test::simProvider(sim, provider);
        const QString key = p.storeKey(Test::kAuthUser);
        QMap<QString, QString> secrets; // what it is → the secret

        // Sign in: redirect, exchange, store.
        OAuthSession session(p, &http, &store);
        const AuthorizationAttempt attempt(p);
        const QString code = Test::authorizationCode(sim, attempt);
        QVERIFY(!code.isEmpty());
        secrets.insert(u"code"_s, code);
        secrets.insert(u"state"_s, attempt.state());
        secrets.insert(u"verifier"_s, attempt.pkce().verifier());
        session.completeSignIn(attempt, code, Test::kAuthUser);
        QTRY_VERIFY(session.isSignedIn());
        secrets.insert(u"access token 1"_s, session.accessToken());
        secrets.insert(u"refresh token 1"_s, store.value(key));

        // Refresh after a 401.
        QVERIFY(sim.wire()
                        .postJson(sim.url(u"/_sim/tokens/expire"_s),
                                  QJsonDocument(QJsonObject{{u"kind"_s, u"access"_s}}))
                        .status == 204);
        std::optional<bool> refreshed;
        session.refresh(this, [&refreshed](bool ok) { refreshed = ok; });
        QTRY_VERIFY(refreshed.has_value());
        QVERIFY(*refreshed);
        secrets.insert(u"access token 2"_s, session.accessToken());
        secrets.insert(u"refresh token 2"_s, store.value(key));

        // The next start.
        OAuthSession restored(p, &http, &store);
        restored.restore(Test::kAuthUser);
        QTRY_VERIFY(restored.isSignedIn());
        secrets.insert(u"access token 3"_s, restored.accessToken());
        secrets.insert(u"refresh token 3"_s, store.value(key));

        // A refused verifier and a forged redirect carrying a real code.
        const AuthorizationAttempt second(p);
        const QString secondCode = Test::authorizationCode(sim, second);
        secrets.insert(u"second code"_s, secondCode);
        secrets.insert(u"second state"_s, second.state());
        const AuthorizationAttempt swapped(p, Auth::Pkce::generate(), second.state());
        secrets.insert(u"swapped verifier"_s, swapped.pkce().verifier());
        OAuthSession failing(p, &http, &store);
        bool failed = false;
        connect(&failing, &OAuthSession::signInFailed, this, [&failed] { failed = true; });
        failing.completeSignIn(swapped, secondCode, Test::kAuthUser);
        QTRY_VERIFY(failed);
        const AuthorizationAttempt third(p);
        const QString thirdCode = Test::authorizationCode(sim, third);
        secrets.insert(u"third code"_s, thirdCode);
        QUrl forged(p.redirectUri);
        forged.setQuery(u"code=%1&state=%2"_s.arg(thirdCode, u"forged-state-value-42"_s));
        QVERIFY(!AuthorizationAttempt(p).handleRedirect(forged).hasCode());
        secrets.insert(u"forged state"_s, u"forged-state-value-42"_s);

        // The refresh token expires: the refusal is logged, the token is not.
        QVERIFY(sim.wire()
                        .postJson(sim.url(u"/_sim/tokens/expire"_s),
                                  QJsonDocument(QJsonObject{{u"kind"_s, u"refresh"_s}}))
                        .status == 204);
        bool expired = false;
        connect(&restored, &OAuthSession::expired, this, [&expired] { expired = true; });
        restored.refresh(this, [](bool) {});
        QTRY_VERIFY(expired);

        // The log was really written, at debug level, by both layers...
        const QStringList lines = log.lines();
        QVERIFY(log.contains(u"agentdesk.auth: "_s));
        QVERIFY(log.contains(u"agentdesk.net: "_s));
        QVERIFY(log.contains(u"authorization_code tokens received"_s));
        QVERIFY(log.contains(u"invalid_grant"_s));
        QVERIFY(log.contains(u"StateMismatch"_s));
        // ...and holds no secret anywhere.
        for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
            QVERIFY2(!it.value().isEmpty(), qPrintable(it.key()));
            QVERIFY2(!log.contains(it.value()), qPrintable(it.key() + u" is in the log"_s));
        }
        // Nor does agentdesk.auth name the account.
        for (const QString &line : lines) {
            if (line.startsWith(u"agentdesk.auth:"_s)) {
                QVERIFY2(!line.contains(u"ana.souza"_s, Qt::CaseInsensitive), qPrintable(line));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestAuthLogging)
#include "tst_authlogging.moc"
