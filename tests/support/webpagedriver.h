// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWebEnginePage;

namespace AgentDesk::Test {

// Drives an identity provider's sign-in pages in the real QtWebEngine, as a person would.
// Each call waits (up to 20 s) for the element to exist in the current page.
bool runWhenElementReady(QWebEnginePage *page, const QString &elementId, const QString &script);
// The simulator's sign-in form: e-mail, password, Sign in.
bool signInWithPassword(QWebEnginePage *page, const QString &email, const QString &password);
// Clicks a button of the current page (the consent page's "accept" or "cancel").
bool clickWhenReady(QWebEnginePage *page, const QString &elementId);

} // namespace AgentDesk::Test
