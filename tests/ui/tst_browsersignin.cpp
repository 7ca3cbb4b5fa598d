// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The embedded sign-in browser with the real QtWebEngine against the simulator's identity
// pages over loopback: the redirect is caught (never loaded), Cancel and closing are reported,
// and a page that cannot load shows an error with Retry.
#include <ui/browsersignindialog.h>

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>
#include <QWebEnginePage>
#include <QWebEngineView>

#include <support/simfixture.h>

using namespace Qt::StringLiterals;
using namespace AgentDesk;

namespace {
const QString kNativeClient = u"https://login.microsoftonline.com/common/oauth2/nativeclient"_s;
const QString kChallenge = u"E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"_s; // RFC 7636 App. B

QUrl authorizeUrl(const QUrl &origin)
{
    QUrl url = origin.resolved(QUrl(u"/organizations/oauth2/v2.0/authorize"_s));
    QUrlQuery query;
    query.addQueryItem(u"client_id"_s, u"agentdesk"_s);
    query.addQueryItem(u"response_type"_s, u"code"_s);
    query.addQueryItem(u"redirect_uri"_s, kNativeClient);
    query.addQueryItem(u"scope"_s, u"openid profile offline_access User.Read"_s);
    query.addQueryItem(u"state"_s, u"state-42"_s);
    query.addQueryItem(u"code_challenge"_s, kChallenge);
    query.addQueryItem(u"code_challenge_method"_s, u"S256"_s);
    url.setQuery(query);
    return url;
}

bool isNativeClient(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment) == QUrl(kNativeClient);
}

// Runs JavaScript in the page and waits for it to finish.
void runScript(QWebEnginePage *page, const QString &script)
{
    bool done = false;
    page->runJavaScript(script, [&done](const QVariant &) { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10'000);
}

// Waits until the page has an element with this id.
bool waitForElement(QWebEnginePage *page, const QString &id)
{
    return QTest::qWaitFor(
            [page, id] {
                bool found = false;
                bool answered = false;
                page->runJavaScript(u"document.getElementById('%1') !== null"_s.arg(id),
                                    [&](const QVariant &value) {
                                        found = value.toBool();
                                        answered = true;
                                    });
                return QTest::qWaitFor([&answered] { return answered; }, 2000) && found;
            },
            20'000);
}

void signInAs(QWebEnginePage *page, const QString &email, const QString &password)
{
    QVERIFY(waitForElement(page, u"email"_s));
    runScript(page, u"document.getElementById('email').value = '%1';"
                    u"document.getElementById('password').value = '%2';"
                    u"document.getElementById('signin').click();"_s.arg(email, password));
}
} // namespace

class TestBrowserSignIn final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_sim = std::make_unique<Test::SimFixture>(); }
    void cleanup() { m_sim.reset(); }

    void accept_onConsentPage_catchesRedirectWithCodeAndState()
    {
        Ui::BrowserSignInDialog dialog(u"Sign in"_s);
        QSignalSpy redirected(&dialog, &Ui::BrowserSignInDialog::redirectReached);
        dialog.show();
        dialog.start(authorizeUrl(m_sim->baseUrl()), isNativeClient);

        signInAs(dialog.view()->page(), u"ana.souza@contoso.example"_s, u"agentdesk"_s);
        QVERIFY(waitForElement(dialog.view()->page(), u"accept"_s));
        runScript(dialog.view()->page(), u"document.getElementById('accept').click();"_s);

        QTRY_COMPARE_WITH_TIMEOUT(redirected.size(), 1, 20'000);
        const QUrl url = redirected.first().first().toUrl();
        const QUrlQuery query(url);
        QVERIFY(isNativeClient(url));
        QVERIFY(!query.queryItemValue(u"code"_s).isEmpty());
        QCOMPARE(query.queryItemValue(u"state"_s), u"state-42"_s);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());
    }

    void cancel_onConsentPage_catchesAccessDenied()
    {
        Ui::BrowserSignInDialog dialog(u"Sign in"_s);
        QSignalSpy redirected(&dialog, &Ui::BrowserSignInDialog::redirectReached);
        dialog.show();
        dialog.start(authorizeUrl(m_sim->baseUrl()), isNativeClient);

        signInAs(dialog.view()->page(), u"ana.souza@contoso.example"_s, u"agentdesk"_s);
        QVERIFY(waitForElement(dialog.view()->page(), u"cancel"_s));
        runScript(dialog.view()->page(), u"document.getElementById('cancel').click();"_s);

        QTRY_COMPARE_WITH_TIMEOUT(redirected.size(), 1, 20'000);
        const QUrlQuery query(redirected.first().first().toUrl());
        QCOMPARE(query.queryItemValue(u"error"_s), u"access_denied"_s);
        QCOMPARE(query.queryItemValue(u"state"_s), u"state-42"_s);
    }

    void closingTheDialog_isACancel()
    {
        Ui::BrowserSignInDialog dialog(u"Sign in"_s);
        QSignalSpy redirected(&dialog, &Ui::BrowserSignInDialog::redirectReached);
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        dialog.show();
        dialog.start(authorizeUrl(m_sim->baseUrl()), isNativeClient);
        QVERIFY(waitForElement(dialog.view()->page(), u"email"_s));
        dialog.close();
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(redirected.size(), 0);
    }

    void unreachableServer_showsErrorThenRetryLoadsThePage()
    {
        // A port nobody listens on yet.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        QUrl origin(u"http://127.0.0.1"_s);
        origin.setPort(port);

        Ui::BrowserSignInDialog dialog(u"Sign in"_s);
        dialog.show();
        dialog.start(authorizeUrl(origin), isNativeClient);
        auto *error = dialog.findChild<QWidget *>(u"signInError"_s);
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 20'000);
        QVERIFY(!dialog.findChild<QLabel *>(u"signInErrorText"_s)->text().isEmpty());

        // The server comes up; Retry shows the sign-in form.
        Sim::Simulator late(Sim::Scenario::defaults());
        QVERIFY(late.listen(QHostAddress::LocalHost, port));
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"signInRetry"_s), Qt::LeftButton);
        QVERIFY(waitForElement(dialog.view()->page(), u"email"_s));
        QVERIFY(!error->isVisible());
    }

private:
    std::unique_ptr<Test::SimFixture> m_sim;
};

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestBrowserSignIn test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_browsersignin.moc"
