// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <net/apirequest.h>

#include <QString>
#include <QStringList>

namespace AgentDesk::Cc {

// A contact-center command: the REST call that the server answers with 202, and the events
// (data.type) that carry its outcome on the notification socket. At most one command per key is
// in flight: commands whose outcomes could be confused share a key ("agent/state").
struct CcCommand
{
    QString key;
    Net::ApiRequest request;
    QStringList successEvents;
    QStringList failureEvents;
};

} // namespace AgentDesk::Cc
