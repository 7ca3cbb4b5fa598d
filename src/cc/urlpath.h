// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace AgentDesk::Cc {

// The base URL with `path` appended below its own path: a configured base may carry a path
// ("https://webexapis.com/v1", a proxy's prefix) that QUrl::resolved() with an absolute path
// would drop. `path` is in encoded form: a segment that comes from a server (an id) is passed
// through QUrl::toPercentEncoding() first, so that a '/' or '%' in it stays inside its segment.
//   below(QUrl(u"https://webexapis.com/v1"_s), u"people/me"_s) → https://webexapis.com/v1/people/me
inline QUrl below(QUrl base, const QString &path)
{
    QString joined = base.path(QUrl::FullyEncoded);
    if (!joined.endsWith(u'/')) {
        joined.append(u'/');
    }
    joined.append(path.startsWith(u'/') ? path.mid(1) : path);
    base.setPath(joined, QUrl::TolerantMode);
    return base;
}

} // namespace AgentDesk::Cc
