// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "redirectcatchingpage.h"

namespace AgentDesk::Ui {

RedirectCatchingPage::RedirectCatchingPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
{}

bool RedirectCatchingPage::acceptNavigationRequest(const QUrl &url, NavigationType type,
                                                   bool isMainFrame)
{
    if (isMainFrame && m_isRedirect && m_isRedirect(url)) {
        // Never load it: the code is ours, not the redirect host's.
        Q_EMIT redirectCaught(url);
        return false;
    }
    return QWebEnginePage::acceptNavigationRequest(url, type, isMainFrame);
}

} // namespace AgentDesk::Ui
