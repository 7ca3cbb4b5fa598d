// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QString>

namespace AgentDesk::Net {

class ApiCall;

// What HttpClient::send() returns: a weak handle to cancel the request or ask whether it still
// runs. Outliving the request is fine; a default-constructed handle does nothing.
class RequestHandle
{
public:
    RequestHandle() = default;
    explicit RequestHandle(ApiCall *call);

    // Aborts the request; its callback gets ApiError::Kind::Cancelled (asynchronously).
    void cancel();
    bool isRunning() const;
    // The id sent as client-request-id and written on every log line of this request.
    const QString &correlationId() const { return m_correlationId; }

private:
    QPointer<ApiCall> m_call;
    QString m_correlationId;
};

} // namespace AgentDesk::Net
