// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The loopback listener of the system-browser sign-in (RFC 8252) over real sockets: it
// listens on 127.0.0.1 only, reports the browser's GET as a localhost URL with the query
// intact, answers a page, ignores favicon requests, refuses what is not a GET, and the
// Microsoft system-browser provider's redirect URI matches it on any port.
#include <auth/authorizationattempt.h>
#include <auth/loopbackredirectlistener.h>
#include <auth/oauthprovider.h>
#include <core/serviceendpoints.h>

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

#include <support/wireclient.h>

using namespace Qt::StringLiterals;
using namespace AgentDesk;
using Auth::LoopbackRedirectListener;

class TestLoopbackRedirectListener final : public QObject
{
    Q_OBJECT

private:
    Test::WireClient m_wire;

    static QUrl at(const LoopbackRedirectListener &listener, const QString &pathAndQuery)
    {
        return QUrl(u"http://127.0.0.1:%1%2"_s.arg(listener.port()).arg(pathAndQuery));
    }

private Q_SLOTS:
    void listen_picksAFreeLoopbackPort()
    {
        LoopbackRedirectListener first;
        LoopbackRedirectListener second;
        QCOMPARE(first.port(), quint16(0));
        QVERIFY(first.listen());
        QVERIFY(second.listen());
        QVERIFY(first.port() > 0);
        QVERIFY(first.port() != second.port());
        first.close();
        QVERIFY(!first.isListening());
        QCOMPARE(first.port(), quint16(0));
    }

    void get_reportsTheUrlAndAnswersAPage()
    {
        LoopbackRedirectListener listener;
        QVERIFY(listener.listen());
        QSignalSpy received(&listener, &LoopbackRedirectListener::redirectReceived);
        const auto reply = m_wire.get(at(listener, u"/?code=c%2B1&state=s%26t"_s));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.header("Content-Type").startsWith("text/html"));
        QCOMPARE(reply.header("Cache-Control"), QByteArray("no-store"));
        QVERIFY(reply.body.contains("You can close this window"));
        QCOMPARE(received.size(), 1);
        const QUrl url = received.first().first().toUrl();
        QCOMPARE(url.host(), u"localhost"_s);
        QCOMPARE(url.port(), int(listener.port()));
        QCOMPARE(QUrlQuery(url).queryItemValue(u"code"_s, QUrl::FullyDecoded), u"c+1"_s);
        QCOMPARE(QUrlQuery(url).queryItemValue(u"state"_s, QUrl::FullyDecoded), u"s&t"_s);
    }

    void otherRequests_areAnsweredButNotReported_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::newRow("favicon") << QByteArray("GET") << u"/favicon.ico"_s << 404;
        QTest::newRow("post") << QByteArray("POST") << u"/?code=x"_s << 405;
    }
    void otherRequests_areAnsweredButNotReported()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(int, status);
        LoopbackRedirectListener listener;
        QVERIFY(listener.listen());
        QSignalSpy received(&listener, &LoopbackRedirectListener::redirectReceived);
        QCOMPARE(m_wire.send(method, at(listener, path), "x").status, status);
        QCOMPARE(received.size(), 0);
    }

    void garbage_isRefusedWithoutReport()
    {
        LoopbackRedirectListener listener;
        QVERIFY(listener.listen());
        QSignalSpy received(&listener, &LoopbackRedirectListener::redirectReceived);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, listener.port());
        QVERIFY(socket.waitForConnected(5'000));
        socket.write("HELLO\r\n\r\n");
        QByteArray answer;
        QTRY_VERIFY((answer += socket.readAll()).contains("\r\n\r\n"));
        QVERIFY(answer.startsWith("HTTP/1.1 400 "));
        QCOMPARE(received.size(), 0);
    }

    void systemBrowserProvider_redirectMatchesTheListener()
    {
        const auto endpoints = Core::ServiceEndpoints::onOneOrigin(QUrl(u"http://127.0.0.1:1"_s));
        const auto provider = Auth::OAuthProvider::microsoftSystemBrowser(endpoints, 49152);
        QCOMPARE(provider.redirectUri, u"http://localhost:49152"_s);
        QCOMPARE(provider.id, u"microsoft"_s);
        QCOMPARE(provider.scopes, Auth::OAuthProvider::microsoft(endpoints).scopes);
        QVERIFY(provider.isRedirect(QUrl(u"http://localhost:49152/?code=x&state=y"_s)));
        QVERIFY(provider.isRedirect(QUrl(u"http://localhost:49152?code=x"_s)));
        QVERIFY(!provider.isRedirect(QUrl(u"http://localhost:49152/favicon.ico"_s)));
        QVERIFY(!provider.isRedirect(QUrl(u"https://localhost:49152/"_s)));
        QVERIFY(!provider.isRedirect(QUrl(u"http://evil.example:49152/"_s)));
        const Auth::AuthorizationAttempt attempt(provider);
        QCOMPARE(QUrlQuery(attempt.authorizeUrl())
                         .queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded),
                 u"http://localhost:49152"_s);
    }
};

QTEST_GUILESS_MAIN(TestLoopbackRedirectListener)
#include "tst_loopbackredirectlistener.moc"
