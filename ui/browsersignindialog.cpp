// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "browsersignindialog.h"

#include "redirectcatchingpage.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLoggingCategory>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QWebEngineProfile>
#include <QWebEngineView>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcBrowser, "agentdesk.ui.browser", QtInfoMsg)

namespace AgentDesk::Ui {

BrowserSignInDialog::BrowserSignInDialog(const QString &title, QWidget *parent)
    : QDialog(parent)
    // A default-constructed profile is off-the-record: nothing is written to disk.
    , m_profile(new QWebEngineProfile(this))
    , m_pages(new QStackedWidget(this))
    , m_view(new QWebEngineView(m_pages))
    , m_page(new RedirectCatchingPage(m_profile, m_view))
    , m_progress(new QProgressBar(this))
    , m_errorPanel(new QWidget(m_pages))
    , m_errorText(new QLabel(m_errorPanel))
    , m_retry(new QPushButton(tr("&Retry"), m_errorPanel))
{
    setObjectName(u"browserSignInDialog"_s);
    setWindowTitle(title);
    setMinimumSize(480, 480);
    resize(560, 680);

    m_view->setObjectName(u"signInBrowser"_s);
    m_view->setPage(m_page);

    m_progress->setObjectName(u"signInProgress"_s);
    m_progress->setRange(0, 100);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(4);

    m_errorPanel->setObjectName(u"signInError"_s);
    m_errorText->setObjectName(u"signInErrorText"_s);
    m_errorText->setWordWrap(true);
    m_errorText->setAlignment(Qt::AlignCenter);
    m_retry->setObjectName(u"signInRetry"_s);
    auto *errorLayout = new QVBoxLayout(m_errorPanel);
    errorLayout->addStretch(1);
    errorLayout->addWidget(m_errorText);
    errorLayout->addWidget(m_retry, 0, Qt::AlignHCenter);
    errorLayout->addStretch(1);

    m_pages->addWidget(m_view);
    m_pages->addWidget(m_errorPanel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"signInButtons"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 8);
    layout->addWidget(m_progress);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);
    buttons->setContentsMargins(8, 0, 8, 0);

    connect(m_page, &RedirectCatchingPage::redirectCaught, this, &BrowserSignInDialog::onRedirect);
    connect(m_page, &QWebEnginePage::loadStarted, this, &BrowserSignInDialog::onLoadStarted);
    connect(m_page, &QWebEnginePage::loadProgress, m_progress, &QProgressBar::setValue);
    connect(m_page, &QWebEnginePage::loadFinished, this, &BrowserSignInDialog::onLoadFinished);
    connect(m_page, &QWebEnginePage::urlChanged, this, [this](const QUrl &url) {
        if (!url.isEmpty()) {
            m_lastUrl = url;
        }
    });
    connect(m_page, &QWebEnginePage::renderProcessTerminated, this,
            [this](QWebEnginePage::RenderProcessTerminationStatus status) {
                if (status != QWebEnginePage::NormalTerminationStatus) {
                    showError(tr("The sign-in page stopped unexpectedly."));
                }
            });
    connect(m_retry, &QPushButton::clicked, this, &BrowserSignInDialog::retry);
}

BrowserSignInDialog::~BrowserSignInDialog()
{
    // The page must not outlive its profile (WebEngine warns at exit otherwise).
    delete m_page;
    m_page = nullptr;
}

void BrowserSignInDialog::start(const QUrl &url, RedirectMatcher isRedirect)
{
    m_finished = false;
    m_startUrl = url;
    m_lastUrl = url;
    m_page->setRedirectMatcher(std::move(isRedirect));
    m_pages->setCurrentWidget(m_view);
    m_page->load(url);
}

void BrowserSignInDialog::onRedirect(const QUrl &url)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    qCInfo(lcBrowser) << "sign-in pages returned to the application";
    Q_EMIT redirectReached(url);
    accept();
}

void BrowserSignInDialog::onLoadStarted()
{
    m_progress->setValue(0);
    m_progress->show();
}

void BrowserSignInDialog::onLoadFinished(bool ok)
{
    m_progress->hide();
    // A navigation we refused (the redirect) also ends as a failed load: not an error.
    if (ok || m_finished) {
        return;
    }
    showError(tr("The sign-in page could not be loaded. Check your network connection, "
                 "then try again."));
}

void BrowserSignInDialog::showError(const QString &message)
{
    qCWarning(lcBrowser) << "sign-in page failed to load";
    m_errorText->setText(message);
    m_pages->setCurrentWidget(m_errorPanel);
    m_retry->setFocus();
}

void BrowserSignInDialog::retry()
{
    m_pages->setCurrentWidget(m_view);
    // Reload what failed; a failure before any page loaded retries the sign-in start.
    m_page->load(m_lastUrl.isValid() ? m_lastUrl : m_startUrl);
}

} // namespace AgentDesk::Ui
