// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUrl>

namespace AgentDesk::Core {

// Microsoft Teams deep links the desktop opens in the Teams client (or its web app).
//   QDesktopServices::openUrl(TeamsLinks::chatWith(colleague.mail));
class TeamsLinks
{
public:
    // A 1:1 chat with this person (Teams' documented /l/chat/0/0?users=<upn> link); empty URL
    // without an address.
    static QUrl chatWith(const QString &mail);
};

} // namespace AgentDesk::Core
