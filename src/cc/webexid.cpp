// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webexid.h"

#include <QByteArray>
#include <QStringList>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace AgentDesk::Cc {

static std::optional<QString> asUuid(const QString &text)
{
    // QUuid::fromString also takes braces; it answers a null UUID for anything else.
    const QUuid uuid = QUuid::fromString(text);
    if (uuid.isNull()) {
        return std::nullopt;
    }
    return uuid.toString(QUuid::WithoutBraces);
}

std::optional<QString> decodeWebexId(const QString &id, const QString &expectedType)
{
    const QString trimmed = id.trimmed();
    if (trimmed.isEmpty()) {
        return std::nullopt;
    }
    if (std::optional<QString> uuid = asUuid(trimmed)) {
        return uuid;
    }
    // Webex writes the standard alphabet without padding; accept the URL-safe one too.
    QByteArray bytes = trimmed.toLatin1();
    bytes.replace('-', '+').replace('_', '/');
    while (bytes.size() % 4 != 0) {
        bytes.append('=');
    }
    const QByteArray::FromBase64Result decoded =
            QByteArray::fromBase64Encoding(bytes, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return std::nullopt;
    }
    // ciscospark://<region>/<TYPE>/<uuid>
    const QString uri = QString::fromUtf8(decoded.decoded);
    const QString scheme = u"ciscospark://"_s;
    if (!uri.startsWith(scheme)) {
        return std::nullopt;
    }
    const QStringList parts = uri.mid(scheme.size()).split(u'/');
    if (parts.size() != 3 || parts.at(0).isEmpty() ||
        parts.at(1).compare(expectedType, Qt::CaseInsensitive) != 0) {
        return std::nullopt;
    }
    return asUuid(parts.at(2));
}

} // namespace AgentDesk::Cc
