// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ccevent.h"

#include <net/apierror.h>

#include <QMetaType>
#include <QString>

#include <optional>

namespace AgentDesk::Cc {

// How a contact-center command ended, delivered once by CommandTracker:
//   Succeeded(event)        its success event arrived
//   Failed(reason, event)   its failure event arrived; reason = data.reason ("DUPLICATE_LOCATION")
//   Rejected(error)         the REST call itself failed (401, 500, no network...): no event follows
//   TimedOut                neither event came in time
class CommandOutcome
{
public:
    enum class Kind
    {
        Succeeded,
        Failed,
        Rejected,
        TimedOut
    };

    // For QVariant and queued signals only; a real outcome comes from one of the factories.
    CommandOutcome() = default;

    static CommandOutcome succeeded(CcEvent event);
    static CommandOutcome failed(CcEvent event);
    static CommandOutcome rejected(Net::ApiError error);
    static CommandOutcome timedOut();

    Kind kind() const { return m_kind; }
    bool isSuccess() const { return m_kind == Kind::Succeeded; }
    // The event that ended the command (Succeeded, Failed).
    const std::optional<CcEvent> &event() const { return m_event; }
    // The server's reason of a Failed outcome (data.reason, else data.reasonCode), e.g.
    // "INVALID_DIAL_NUMBER"; empty otherwise.
    const QString &reason() const { return m_reason; }
    // Why the REST call failed (Rejected).
    const std::optional<Net::ApiError> &error() const { return m_error; }

    static QString kindName(Kind kind);

private:
    explicit CommandOutcome(Kind kind)
        : m_kind(kind)
    {}

    Kind m_kind = Kind::TimedOut;
    std::optional<CcEvent> m_event;
    QString m_reason;
    std::optional<Net::ApiError> m_error;
};

} // namespace AgentDesk::Cc

Q_DECLARE_METATYPE(AgentDesk::Cc::CommandOutcome)
