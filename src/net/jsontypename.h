// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QString>

namespace AgentDesk::Net {

// What a JSON value is, for messages about a reply of the wrong shape: "a string", "null",
// "nothing" (absent). Shared by every service's reply readers (cc's JsonShape, Graph's
// GraphUserReader), so their logs read alike.
QString jsonTypeName(const QJsonValue &value);

} // namespace AgentDesk::Net
