// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace AgentDesk::Teams {

// Graph's base with an encoded path appended below its own path: "…/v1.0" keeps its "/v1.0",
// which QUrl::resolved() with an absolute path would drop. A segment that comes from a server
// (a user id) goes through QUrl::toPercentEncoding() first, so that a '/' stays in its segment.
//   graphPath(QUrl(u"https://graph.microsoft.com/v1.0"_s), u"me/presence"_s)
inline QUrl graphPath(QUrl base, const QString &encodedPath)
{
    QString joined = base.path(QUrl::FullyEncoded);
    if (!joined.endsWith(u'/')) {
        joined.append(u'/');
    }
    joined.append(encodedPath.startsWith(u'/') ? encodedPath.mid(1) : encodedPath);
    base.setPath(joined, QUrl::TolerantMode);
    return base;
}

} // namespace AgentDesk::Teams
