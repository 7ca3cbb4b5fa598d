// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace AgentDesk::Cc {

// A contact-service queue of the organization (GET /organization/{orgId}/v2/contact-service-queue):
// what the Queues tab offers for a consult or transfer with destinationType "queue".
struct CcQueue
{
    QString id;
    QString name;
    QString channelType; // telephony, chat, email, social

    friend bool operator==(const CcQueue &, const CcQueue &) = default;
};

} // namespace AgentDesk::Cc
