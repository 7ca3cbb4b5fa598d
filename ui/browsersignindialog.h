// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QUrl>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QWebEngineProfile;
class QWebEngineView;

namespace AgentDesk::Ui {

class RedirectCatchingPage;

// An identity provider's sign-in pages in an embedded browser. The dialog knows nothing of
// OAuth: it opens a URL, and the first navigation the caller recognises as its redirect URI is
// caught before it loads (so https://login.microsoftonline.com/common/oauth2/nativeclient works
// with no network) and reported with redirectReached(); the dialog then closes with accept().
// Closing it any other way is a cancel (reject()). Load and network failures show inside the
// dialog with a Retry button. Each dialog has its own off-the-record profile: no cookie or
// cache outlives it.
//   BrowserSignInDialog dialog(tr("Sign in to the contact center"), this);
//   connect(&dialog, &BrowserSignInDialog::redirectReached, this, &X::finishSignIn);
//   dialog.start(attempt.authorizeUrl(), [&](const QUrl &url) { return attempt.isRedirect(url); });
//   dialog.exec();
class BrowserSignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrowserSignInDialog)

public:
    using RedirectMatcher = std::function<bool(const QUrl &)>;

    explicit BrowserSignInDialog(const QString &title, QWidget *parent = nullptr);
    ~BrowserSignInDialog() override;

    void start(const QUrl &url, RedirectMatcher isRedirect);
    QWebEngineView *view() const { return m_view; }

Q_SIGNALS:
    void redirectReached(const QUrl &url);

private:
    void onRedirect(const QUrl &url);
    void onLoadStarted();
    void onLoadFinished(bool ok);
    void showError(const QString &message);
    void retry();

    QWebEngineProfile *m_profile;
    QStackedWidget *m_pages;
    QWebEngineView *m_view;
    RedirectCatchingPage *m_page;
    QProgressBar *m_progress;
    QWidget *m_errorPanel;
    QLabel *m_errorText;
    QPushButton *m_retry;
    QUrl m_startUrl;
    QUrl m_lastUrl;
    bool m_finished = false;
};

} // namespace AgentDesk::Ui
