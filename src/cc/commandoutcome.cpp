// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandoutcome.h"

using namespace Qt::StringLiterals;

namespace AgentDesk::Cc {

CommandOutcome CommandOutcome::succeeded(CcEvent event)
{
    CommandOutcome outcome(Kind::Succeeded);
    outcome.m_event = std::move(event);
    return outcome;
}

CommandOutcome CommandOutcome::failed(CcEvent event)
{
    CommandOutcome outcome(Kind::Failed);
    const QJsonValue reason = event.data.value(u"reason"_s);
    const QJsonValue code = event.data.value(u"reasonCode"_s);
    if (reason.isString() && !reason.toString().isEmpty()) {
        outcome.m_reason = reason.toString();
    } else if (code.isDouble()) {
        outcome.m_reason = QString::number(code.toInteger());
    } else if (code.isString()) {
        outcome.m_reason = code.toString();
    }
    outcome.m_event = std::move(event);
    return outcome;
}

CommandOutcome CommandOutcome::rejected(Net::ApiError error)
{
    CommandOutcome outcome(Kind::Rejected);
    outcome.m_error = std::move(error);
    return outcome;
}

CommandOutcome CommandOutcome::timedOut()
{
    return CommandOutcome(Kind::TimedOut);
}

QString CommandOutcome::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Succeeded:
        return u"Succeeded"_s;
    case Kind::Failed:
        return u"Failed"_s;
    case Kind::Rejected:
        return u"Rejected"_s;
    case Kind::TimedOut:
        break;
    }
    return u"TimedOut"_s;
}

} // namespace AgentDesk::Cc
