// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// KeychainTokenStore against the real Secret Service (gnome-keyring in the private D-Bus
// session that scripts/test starts): write, read, overwrite, delete, read-missing, entries per
// key and per service, no plain-text fallback, and a session restored from the real keychain.
// Everything lives under a service name of its own, so a user's real entries are never touched.
#include "authtesthelpers.h"

#include <auth/keychaintokenstore.h>
#include <auth/oauthsession.h>
#include <net/httpclient.h>

#include <QNetworkAccessManager>
#include <QProcess>
#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace AgentDesk;
using Auth::KeychainTokenStore;
using Auth::TokenStoreError;
using Auth::TokenStoreResult;

class TestKeychainTokenStore final : public QObject
{
    Q_OBJECT

private:
    const QString m_service = u"AgentDesk-test-%1"_s.arg(QRandomGenerator::system()->generate64(),
                                                         16, 16, QLatin1Char('0'));
    KeychainTokenStore m_store{m_service};
    QStringList m_keys; // every key written, removed at the end

    // Runs one store call and waits for its answer (the keychain answers asynchronously).
    template<typename Call>
    std::optional<TokenStoreResult> await(Call call)
    {
        std::optional<TokenStoreResult> result;
        QObject context;
        call(&context, [&result](const TokenStoreResult &r) { result = r; });
        // Never inside the call.
        if (result) {
            return TokenStoreResult::failure({TokenStoreError::Operation::Read,
                                              TokenStoreError::Kind::Failed,
                                              u"answered inside the call"_s});
        }
        (void)QTest::qWaitFor([&result] { return result.has_value(); }, 20'000);
        return result;
    }

    std::optional<TokenStoreResult> write(const QString &key, const QString &value,
                                          KeychainTokenStore *store = nullptr)
    {
        m_keys.append(key);
        return await([&](QObject *context, auto done) {
            (store ? store : &m_store)->write(key, value, context, done);
        });
    }
    std::optional<TokenStoreResult> read(const QString &key, KeychainTokenStore *store = nullptr)
    {
        return await([&](QObject *context, auto done) {
            (store ? store : &m_store)->read(key, context, done);
        });
    }
    std::optional<TokenStoreResult> remove(const QString &key)
    {
        return await([&](QObject *context, auto done) { m_store.remove(key, context, done); });
    }

    // What the Secret Service itself holds (QtKeychain's libsecret schema: server = service,
    // user = key), read with libsecret's own tool rather than through our code.
    QString secretToolLookup(const QString &key) const
    {
        QProcess tool;
        tool.start(u"secret-tool"_s, {u"lookup"_s, u"server"_s, m_service, u"user"_s, key});
        if (!tool.waitForFinished(10'000)) {
            return u"<secret-tool did not finish>"_s;
        }
        return QString::fromUtf8(tool.readAllStandardOutput());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const auto probe = write(u"cc:probe@contoso.example"_s, u"probe"_s);
        QVERIFY(probe);
        QVERIFY2(probe->ok(),
                 qPrintable(u"No usable Secret Service (%1). These tests need the real keychain: "
                            "run them through scripts/test, which starts gnome-keyring in a "
                            "private D-Bus session."_s.arg(
                                    probe->ok() ? QString() : probe->error().message())));
    }

    void cleanupTestCase()
    {
        for (const QString &key : std::as_const(m_keys)) {
            (void)remove(key);
        }
    }

    void write_thenRead_givesTheValueBack_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("opaque token") << u"0.ARoA6f1c2a9e-refresh_token~value.with-dots"_s;
        QTest::newRow("long token") << QString(2'400, u'x');
        QTest::newRow("non-latin") << u"jeton-été-トークン"_s;
    }
    void write_thenRead_givesTheValueBack()
    {
        QFETCH(QString, value);
        const QString key = u"microsoft:ana.souza@contoso.example"_s;
        const auto written = write(key, value);
        QVERIFY(written && written->ok());
        const auto result = read(key);
        QVERIFY(result);
        QVERIFY2(result->ok(), result->ok() ? "" : qPrintable(result->error().message()));
        QCOMPARE(result->value(), value);
        // It is in the Secret Service itself...
        QCOMPARE(secretToolLookup(key), value);
        // ...and never in a plain settings file.
        QVERIFY(QSettings(m_service).allKeys().isEmpty());
        QVERIFY(QSettings(m_service, m_service).allKeys().isEmpty());
    }

    void write_again_overwrites()
    {
        const QString key = u"cc:ana.souza@contoso.example"_s;
        QVERIFY(write(key, u"first-refresh-token"_s)->ok());
        QVERIFY(write(key, u"rotated-refresh-token"_s)->ok());
        const auto result = read(key);
        QVERIFY(result && result->ok());
        QCOMPARE(result->value(), u"rotated-refresh-token"_s);
        QCOMPARE(secretToolLookup(key), u"rotated-refresh-token"_s);
    }

    void remove_thenRead_givesNotFound_andRemovingAgainIsFine()
    {
        const QString key = u"cc:marie.dubois@contoso.example"_s;
        QVERIFY(write(key, u"to-be-deleted"_s)->ok());
        const auto removed = remove(key);
        QVERIFY(removed);
        QVERIFY(removed->ok());
        const auto result = read(key);
        QVERIFY(result);
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind(), TokenStoreError::Kind::NotFound);
        QCOMPARE(secretToolLookup(key), QString());
        const auto again = remove(key);
        QVERIFY(again && again->ok());
    }

    void read_missing_givesNotFoundWithASentence()
    {
        const auto result = read(u"microsoft:nobody@contoso.example"_s);
        QVERIFY(result);
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind(), TokenStoreError::Kind::NotFound);
        QCOMPARE(result->error().operation(), TokenStoreError::Operation::Read);
        QCOMPARE(result->error().message(), u"No saved sign-in was found. Please sign in."_s);
    }

    void entries_areSeparatePerKeyAndPerService()
    {
        QVERIFY(write(u"cc:kenji.tanaka@contoso.example"_s, u"cc-token"_s)->ok());
        QVERIFY(write(u"microsoft:kenji.tanaka@contoso.example"_s, u"ms-token"_s)->ok());
        QCOMPARE(read(u"cc:kenji.tanaka@contoso.example"_s)->value(), u"cc-token"_s);
        QCOMPARE(read(u"microsoft:kenji.tanaka@contoso.example"_s)->value(), u"ms-token"_s);

        // Another service name sees none of them: the app's "AgentDesk" entries and the
        // tests' entries never meet.
        KeychainTokenStore other(QString(m_service + u"-other"_s));
        const auto result = read(u"cc:kenji.tanaka@contoso.example"_s, &other);
        QVERIFY(result);
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind(), TokenStoreError::Kind::NotFound);
        QCOMPARE(KeychainTokenStore().service(), u"AgentDesk"_s);
    }

    void contextDestroyed_beforeTheAnswer_dropsTheCallback()
    {
        bool called = false;
        {
            QObject context;
            m_store.read(u"cc:probe@contoso.example"_s, &context,
                         [&called](const TokenStoreResult &) { called = true; });
        }
        // A later call on the same store answers; the dropped one never does.
        const auto after = read(u"cc:probe@contoso.example"_s);
        QVERIFY(after && after->ok());
        QTest::qWait(50);
        QVERIFY(!called);
    }

    void session_restoresFromTheRealKeychain()
    {
        Test::SimFixture sim(Test::autoSignInScenario());
        QNetworkAccessManager network;
        Net::HttpClient http(&network, nullptr);
        const Auth::OAuthProvider provider = Test::simProvider(sim, u"microsoft"_s);
        m_keys.append(provider.storeKey(Test::kAuthUser));
        {
            Auth::OAuthSession first(provider, &http, &m_store);
            const Auth::AuthorizationAttempt attempt(provider);
            first.completeSignIn(attempt, Test::authorizationCode(sim, attempt));
            QTRY_VERIFY(first.isSignedIn());
            QTRY_VERIFY(!secretToolLookup(provider.storeKey(Test::kAuthUser)).isEmpty());
        }
        Auth::OAuthSession next(provider, &http, &m_store);
        bool signedIn = false;
        connect(&next, &Auth::OAuthSession::signedIn, this, [&signedIn] { signedIn = true; });
        next.restore(Test::kAuthUser);
        QTRY_VERIFY_WITH_TIMEOUT(signedIn, 20'000);
        QCOMPARE(sim.wire().get(sim.url(u"/v1.0/me"_s), next.accessToken().toLatin1()).status, 200);

        next.signOut();
        QTRY_COMPARE(secretToolLookup(provider.storeKey(Test::kAuthUser)), QString());
    }
};

QTEST_GUILESS_MAIN(TestKeychainTokenStore)
#include "tst_keychaintokenstore.moc"
