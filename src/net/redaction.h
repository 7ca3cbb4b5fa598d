// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace AgentDesk::Net {

// Whether a query or form parameter carries a secret: OAuth codes and verifiers, anything
// named like a token, secret or password, signatures and keys. Compared case-insensitively.
bool isSecretParameter(const QString &name);

// The URL as it may appear in a log line: secret query values replaced by "[redacted]", the
// user info dropped and a fragment (where implicit flows put tokens) replaced too.
//   redactedUrl(QUrl(u"https://h/cb?code=abc&state=s"_s)) ==
//   u"https://h/cb?code=[redacted]&state=s"_s
QString redactedUrl(const QUrl &url);

} // namespace AgentDesk::Net
