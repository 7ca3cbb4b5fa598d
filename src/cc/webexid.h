// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace AgentDesk::Cc {

// Webex's public ids are unpadded base64 (standard or URL-safe alphabet) of a URI such as
// "ciscospark://us/PEOPLE/<uuid>"; the contact-center API paths use the bare UUID.
//   decodeWebexId(u"Y2lzY29zcGFyazovL3VzL1BFT1BMRS84ZTlk..."_s, u"PEOPLE"_s) == u"8e9d..."_s
// A bare UUID (with or without braces) is accepted as is. Returns the UUID in lower case, or
// nothing when the text is neither, or names another kind of object than `expectedType`.
std::optional<QString> decodeWebexId(const QString &id, const QString &expectedType);

} // namespace AgentDesk::Cc
