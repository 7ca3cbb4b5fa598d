// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apirequest.h"
#include "apiresult.h"

#include <QDateTime>
#include <QNetworkReply>

namespace AgentDesk::Net {

// Turns what came back for one attempt into an ApiResult: the transport outcome, the HTTP
// status, the service's error body and the expected JSON shape. No I/O, no retry decisions.
class ResponseReader
{
public:
    struct Raw
    {
        QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
        bool timedOut = false;
        ApiResult::Reply reply; // status 0 when no HTTP answer came
    };

    // `now` dates a Retry-After given as an HTTP-date.
    static ApiResult read(Raw raw, ApiRequest::Expect expect, const QDateTime &now);
};

} // namespace AgentDesk::Net
