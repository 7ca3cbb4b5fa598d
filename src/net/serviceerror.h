// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace AgentDesk::Net {

// What a service said about its own error, read from whichever of the error bodies we know:
//   Microsoft Graph        {"error": {"code", "message", "innerError": {"request-id"}}}
//   Microsoft identity     {"error": "invalid_grant", "error_description", "error_codes": [..],
//                           "correlation_id"}
//   Webex identity         {"message", "errors": [{"description"}], "trackingId"}
//   Webex Contact Center   {"trackingId", "error": {"key", "reason",
//                           "message": [{"description"}]}}
// Anything else (HTML from a proxy, an empty body) gives an empty ServiceError.
struct ServiceError
{
    QString code;       // "Request_ResourceNotFound", "invalid_grant", CC's key...
    QString message;    // the service's own sentence, first line only
    QString trackingId; // the id the service's support asks for

    bool isEmpty() const { return code.isEmpty() && message.isEmpty(); }

    static ServiceError parse(const QByteArray &body);
};

} // namespace AgentDesk::Net
