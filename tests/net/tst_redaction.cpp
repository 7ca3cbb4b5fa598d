// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// redactedUrl(): the only form in which a URL reaches a log line.
#include <net/redaction.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace AgentDesk;

class TestRedaction final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redactedUrl_secretsInUrl_areReplaced_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"https://graph.example/v1.0/me"_s
                               << u"https://graph.example/v1.0/me"_s;
        QTest::newRow("oauth redirect")
                << u"https://login.example/cb?code=SECRET1&state=abc"_s
                << u"https://login.example/cb?code=[redacted]&state=[redacted]"_s;
        QTest::newRow("tokens and case")
                << u"http://h/p?Access_Token=SECRET2&refresh_token=SECRET3&id_token=SECRET4"_s
                << u"http://h/p?Access_Token=[redacted]&refresh_token=[redacted]&id_token=[redacted]"_s;
        QTest::newRow("password and secret")
                << u"http://h/p?user=ana&password=SECRET5&client_secret=SECRET6"_s
                << u"http://h/p?user=ana&password=[redacted]&client_secret=[redacted]"_s;
        QTest::newRow("verifier and assertion")
                << u"http://h/p?code_verifier=SECRET7&client_assertion=SECRET8"_s
                << u"http://h/p?code_verifier=[redacted]&client_assertion=[redacted]"_s;
        QTest::newRow("graph paging tokens")
                << u"http://h/v1.0/users/delta?$deltatoken=SECRET9&$top=10"_s
                << u"http://h/v1.0/users/delta?$deltatoken=[redacted]&$top=10"_s;
        QTest::newRow("encoded name")
                << u"http://h/p?%63ode=SECRET10&x=1"_s << u"http://h/p?code=[redacted]&x=1"_s;
        QTest::newRow("user info") << u"http://ana:SECRET11@h/p"_s << u"http://h/p"_s;
        QTest::newRow("fragment") << u"http://h/cb#access_token=SECRET12"_s
                                  << u"http://h/cb#[redacted]"_s;
        QTest::newRow("encoded value kept") << u"http://h/p?$filter=a%20eq%20'b%2Bc'"_s
                                            << u"http://h/p?$filter=a%20eq%20'b%2Bc'"_s;
    }
    void redactedUrl_secretsInUrl_areReplaced()
    {
        QFETCH(QString, url);
        QFETCH(QString, expected);
        const QString redacted = Net::redactedUrl(QUrl(url));
        QCOMPARE(redacted, expected);
        QVERIFY(!redacted.contains(u"SECRET"_s));
    }

    void isSecretParameter_names_classified_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("secret");
        for (const QString &name :
             {u"code"_s, u"CODE"_s, u"code_verifier"_s, u"token"_s, u"access_token"_s,
              u"refresh_token"_s, u"$skiptoken"_s, u"password"_s, u"client_secret"_s,
              u"assertion"_s, u"sig"_s, u"api_key"_s, u"state"_s}) {
            QTest::newRow(qPrintable(name)) << name << true;
        }
        for (const QString &name : {u"grant_type"_s, u"client_id"_s, u"scope"_s, u"redirect_uri"_s,
                                    u"$top"_s, u"$select"_s, u"ids"_s}) {
            QTest::newRow(qPrintable(name)) << name << false;
        }
    }
    void isSecretParameter_names_classified()
    {
        QFETCH(QString, name);
        QFETCH(bool, secret);
        QCOMPARE(Net::isSecretParameter(name), secret);
    }
};

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
