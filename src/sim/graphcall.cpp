// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphcall.h"

#include "simservice.h"

#include <core/clock.h>

#include <QUuid>

using namespace Qt::StringLiterals;

namespace AgentDesk::Sim {

SimRouter::Handler GraphCall::wrap(const SimContext &context, Handler handler)
{
    return [&context, handler = std::move(handler)](const SimRequest &request) {
        GraphCall call;
        call.m_now = context.clock->now();
        call.m_requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        call.m_clientRequestId = QString::fromLatin1(request.header("client-request-id"));
        if (call.m_clientRequestId.isEmpty()) {
            // Graph answers with its own id in both headers when the client sent none.
            call.m_clientRequestId = call.m_requestId;
        }

        SimResponse response;
        const QString token = request.bearerToken();
        const std::optional<TokenIssuer::Grant> grant =
                token.isEmpty() ? std::nullopt : context.tokens->validate(token, Audience::Graph);
        if (!grant || request.forceTokenExpired) {
            // The messages Graph gives for each case.
            QString message = u"Access token has expired or is not yet valid."_s;
            if (token.isEmpty()) {
                message = u"Access token is empty."_s;
            } else if (!request.forceTokenExpired &&
                       context.tokens->validate(token, Audience::ContactCenter)) {
                message = u"Access token validation failure. Invalid audience."_s;
            }
            response = call.error(401, u"InvalidAuthenticationToken"_s, message);
            response.withHeader("WWW-Authenticate",
                                "Bearer realm=\"\", authorization_uri=\"https://"
                                "login.microsoftonline.com/common/oauth2/authorize\", "
                                "client_id=\"00000003-0000-0000-c000-000000000000\"");
        } else {
            call.m_grant = *grant;
            response = handler(request, call);
        }
        response.withHeader("request-id", call.m_requestId.toLatin1())
                .withHeader("client-request-id", call.m_clientRequestId.toLatin1());
        return response;
    };
}

SimResponse GraphCall::error(int status, const QString &code, const QString &message) const
{
    const QJsonObject innerError{{u"date"_s, m_now.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss"_s)},
                                 {u"request-id"_s, m_requestId},
                                 {u"client-request-id"_s, m_clientRequestId}};
    return SimResponse::json(status,
                             QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, code},
                                                                  {u"message"_s, message},
                                                                  {u"innerError"_s, innerError}}}});
}

} // namespace AgentDesk::Sim
