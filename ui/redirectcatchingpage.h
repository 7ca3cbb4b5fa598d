// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWebEnginePage>

#include <functional>

namespace AgentDesk::Ui {

// A page that refuses to navigate to the redirect URI and reports it instead. In QtWebEngine
// 6.4 the identity provider's 302 reaches acceptNavigationRequest() as NavigationTypeRedirect
// with the full query, before any DNS or network access (PLATFORM-NOTES.md).
class RedirectCatchingPage final : public QWebEnginePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RedirectCatchingPage)

public:
    using RedirectMatcher = std::function<bool(const QUrl &)>;

    RedirectCatchingPage(QWebEngineProfile *profile, QObject *parent);
    void setRedirectMatcher(RedirectMatcher matcher) { m_isRedirect = std::move(matcher); }

Q_SIGNALS:
    void redirectCaught(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;

private:
    RedirectMatcher m_isRedirect;
};

} // namespace AgentDesk::Ui
