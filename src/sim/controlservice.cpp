// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controlservice.h"

#include "faultinjector.h"
#include "requestlog.h"
#include "simrouter.h"
#include "tokenissuer.h"

using namespace Qt::StringLiterals;

namespace AgentDesk::Sim {

static SimResponse controlError(int status, const QString &message)
{
    return SimResponse::json(status, QJsonObject{{u"error"_s, message}});
}

void ControlService::registerRoutes(SimRouter &router)
{
    router.get(u"/_sim/health"_s, [](const SimRequest &) {
        return SimResponse::json(200, QJsonObject{{u"status"_s, u"ok"_s}});
    });
    router.post(u"/_sim/token"_s, [this](const SimRequest &r) { return issueToken(r); });
    for (const QByteArray method : {"GET", "POST", "PUT", "DELETE"}) {
        router.add(method, u"/_sim/echo"_s, [this](const SimRequest &r) { return echo(r); });
    }
    router.post(u"/_sim/tokens/expire"_s, [this](const SimRequest &r) { return expireTokens(r); });
    router.get(u"/_sim/requests"_s, [this](const SimRequest &r) {
        const qint64 since = r.query.queryItemValue(u"since"_s).toLongLong();
        return SimResponse::json(200, m_context.log->toJson(since));
    });
    router.del(u"/_sim/requests"_s, [this](const SimRequest &) {
        m_context.log->clear();
        return SimResponse::empty(204);
    });
    router.get(u"/_sim/faults"_s, [this](const SimRequest &) {
        return SimResponse::json(200, m_context.faults->toJson());
    });
    router.post(u"/_sim/faults"_s, [this](const SimRequest &r) { return addFault(r); });
    router.del(u"/_sim/faults"_s, [this](const SimRequest &) {
        m_context.faults->clear();
        return SimResponse::empty(204);
    });
    router.del(u"/_sim/faults/(?<id>\\d+)"_s, [this](const SimRequest &r) {
        return m_context.faults->remove(r.capture(u"id"_s).toInt())
                       ? SimResponse::empty(204)
                       : controlError(404, u"no such fault"_s);
    });
}

SimResponse ControlService::issueToken(const SimRequest &request)
{
    const QJsonObject body = request.jsonBody();
    const QString audienceName = body.value(u"audience"_s).toString();
    const QString user = body.value(u"user"_s).toString();
    if (user.isEmpty() || (audienceName != u"graph"_s && audienceName != u"cc"_s)) {
        return controlError(400, u"expected {\"audience\": \"graph\"|\"cc\", \"user\": EMAIL}"_s);
    }
    const Audience audience =
            audienceName == u"graph"_s ? Audience::Graph : Audience::ContactCenter;
    const QString clientId = body.value(u"clientId"_s).toString(u"agentdesk"_s);
    const TokenIssuer::Tokens tokens =
            m_context.tokens->issue(audience, user, clientId, body.value(u"scope"_s).toString(),
                                    body.value(u"refresh"_s).toBool(false));
    QJsonObject answer{{u"access_token"_s, tokens.accessToken},
                       {u"token_type"_s, u"Bearer"_s},
                       {u"expires_in"_s, tokens.expiresInSeconds}};
    if (!tokens.refreshToken.isEmpty()) {
        answer.insert(u"refresh_token"_s, tokens.refreshToken);
    }
    return SimResponse::json(200, answer);
}

SimResponse ControlService::expireTokens(const SimRequest &request)
{
    const QJsonObject body = request.jsonBody();
    const QString user = body.value(u"user"_s).toString();
    const QString kind = body.value(u"kind"_s).toString(u"access"_s);
    if (kind == u"access"_s) {
        m_context.tokens->expireAccessTokens(user);
    } else if (kind == u"refresh"_s) {
        m_context.tokens->expireRefreshTokens(user);
    } else {
        return controlError(400, u"kind must be access or refresh"_s);
    }
    return SimResponse::empty(204);
}

SimResponse ControlService::addFault(const SimRequest &request)
{
    QString error;
    std::optional<Fault> fault = Fault::fromJson(request.jsonBody(), &error);
    if (!fault) {
        return controlError(400, error);
    }
    const int id = m_context.faults->add(std::move(*fault));
    return SimResponse::json(201, QJsonObject{{u"id"_s, id}});
}

SimResponse ControlService::echo(const SimRequest &request)
{
    const QByteArray required = request.header("X-Sim-Require-Token").trimmed().toLower();
    if (!required.isEmpty()) {
        const Audience audience = required == "cc" ? Audience::ContactCenter : Audience::Graph;
        const QString token = request.bearerToken();
        if (token.isEmpty() || request.forceTokenExpired ||
            !m_context.tokens->validate(token, audience)) {
            const QString message =
                    token.isEmpty() ? u"Access token is empty."_s
                                    : u"Lifetime validation failed, the token is expired."_s;
            return SimResponse::json(
                    401, QJsonObject{{u"error"_s,
                                      QJsonObject{{u"code"_s, u"InvalidAuthenticationToken"_s},
                                                  {u"message"_s, message}}}});
        }
    }
    QJsonObject query;
    const auto items = request.query.queryItems(QUrl::FullyDecoded);
    for (const auto &[name, value] : items) {
        query.insert(name, value);
    }
    QJsonObject answer{
            {u"method"_s, QString::fromLatin1(request.method)},
            {u"query"_s, query},
            {u"authorization"_s,
             request.header("Authorization").isEmpty() ? u"absent"_s : u"present"_s},
    };
    const QJsonDocument body = QJsonDocument::fromJson(request.body);
    answer.insert(u"body"_s, body.isObject()  ? QJsonValue(body.object())
                             : body.isArray() ? QJsonValue(body.array())
                                              : QJsonValue());
    if (request.header("Content-Type").contains("application/x-www-form-urlencoded")) {
        QJsonObject form;
        const auto fields = request.formBody().queryItems(QUrl::FullyDecoded);
        for (const auto &[name, value] : fields) {
            form.insert(name, value);
        }
        answer.insert(u"form"_s, form);
    }
    return SimResponse::json(200, answer);
}

} // namespace AgentDesk::Sim
