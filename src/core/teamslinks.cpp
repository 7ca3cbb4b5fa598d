// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamslinks.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace AgentDesk::Core {

QUrl TeamsLinks::chatWith(const QString &mail)
{
    if (mail.trimmed().isEmpty()) {
        return {};
    }
    QUrl url(u"https://teams.microsoft.com/l/chat/0/0"_s);
    QUrlQuery query;
    query.addQueryItem(u"users"_s, mail.trimmed());
    url.setQuery(query);
    return url;
}

} // namespace AgentDesk::Core
