// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stableids.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace AgentDesk::Sim {

QString stableUuid(const QString &kind, const QString &email)
{
    static const QUuid kNamespace(u"4f6b1a52-8d0e-4c3a-9b7e-2a1c5d9e8f60"_s);
    return QUuid::createUuidV5(kNamespace, QString(kind + u':' + email.trimmed().toLower()))
            .toString(QUuid::WithoutBraces);
}

} // namespace AgentDesk::Sim
