// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "securerandom.h"

#include <QList>
#include <QRandomGenerator>

#include <cstring>

namespace AgentDesk::Auth {

QByteArray secureRandomBytes(qsizetype count)
{
    if (count <= 0) {
        return {};
    }
    // fillRange() works on 32-bit words; the last word may be used in part.
    QList<quint32> words((count + 3) / 4);
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    QByteArray bytes(count, Qt::Uninitialized);
    std::memcpy(bytes.data(), words.constData(), size_t(count));
    return bytes;
}

QString base64UrlNoPadding(const QByteArray &bytes)
{
    return QString::fromLatin1(
            bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace AgentDesk::Auth
