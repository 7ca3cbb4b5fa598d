// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "requesthandle.h"

#include "apicall.h"

namespace AgentDesk::Net {

RequestHandle::RequestHandle(ApiCall *call)
    : m_call(call)
    , m_correlationId(call ? call->correlationId() : QString())
{}

void RequestHandle::cancel()
{
    if (m_call) {
        m_call->cancel();
    }
}

bool RequestHandle::isRunning() const
{
    return !m_call.isNull();
}

} // namespace AgentDesk::Net
