// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace AgentDesk::Test {

// Texts that do not fit their widget under `root`: labels that neither wrap nor elide and are
// narrower than their text, buttons and check boxes narrower than their size hint. A layout
// that survives every language at the minimum window size returns an empty list.
QStringList clippedTexts(QWidget *root);

// Saves root->grab() as PNG under $AGENTDESK_SCREENSHOT_DIR (when set) as <name>.png, so a
// human can look at what the test saw. Returns the path written, or empty.
QString saveScreenshot(QWidget *root, const QString &name);

} // namespace AgentDesk::Test
