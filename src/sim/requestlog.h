// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simhttp.h"

#include <QDateTime>
#include <QJsonArray>

#include <deque>

namespace AgentDesk::Sim {

// What clients sent, for tests and scripts to assert on the wire (GET /_sim/requests).
// Secrets never enter it: the Authorization header is reduced to its scheme, and form, JSON
// and query values whose names carry secrets are replaced before the entry is stored.
class RequestLog
{
public:
    struct Entry
    {
        qint64 sequence = 0;
        QDateTime time;
        QByteArray method;
        QString path;
        QString query;      // redacted, percent-decoded
        QString body;       // redacted
        QString authScheme; // "Bearer" when a token was sent, never the token
        QString clientRequestId;
        int status = 0;
    };

    explicit RequestLog(qsizetype capacity = 50'000);

    // Records the request and returns its sequence number (to set the status later).
    qint64 record(const SimRequest &request, const QDateTime &time);
    void setStatus(qint64 sequence, int status);
    void clear();

    QJsonArray toJson(qint64 sinceSequence = 0) const;
    qsizetype size() const { return qsizetype(m_entries.size()); }

    static bool isSecretName(const QString &name);
    static QString redactQuery(const QUrlQuery &query);
    static QString redactBody(const QByteArray &body, const QByteArray &contentType);

private:
    std::deque<Entry> m_entries;
    qsizetype m_capacity;
    qint64 m_nextSequence = 1;
};

} // namespace AgentDesk::Sim
