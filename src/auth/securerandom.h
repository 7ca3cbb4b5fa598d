// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace AgentDesk::Auth {

// Bytes from the operating system's cryptographic generator (QRandomGenerator::system()), for
// everything an attacker must not guess: PKCE verifiers and OAuth state values.
QByteArray secureRandomBytes(qsizetype count);

// base64url without padding: the RFC 7636 unreserved set, safe in URLs without escaping.
QString base64UrlNoPadding(const QByteArray &bytes);

} // namespace AgentDesk::Auth
