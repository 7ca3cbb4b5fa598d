// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <chrono>
#include <optional>

namespace AgentDesk::Net {

class TokenProvider;

// One logical request, built up and handed to HttpClient::send():
//   auto request = ApiRequest::get(graph.resolved(QUrl(u"users"_s)))
//                          .withQuery(u"$top"_s, u"999"_s)
//                          .withAuth(&graphTokens);
//   auto token = ApiRequest::post(tokenUrl).withForm({{u"grant_type"_s, u"refresh_token"_s}, ...});
// A plain value: copy it, keep it, send it again.
class ApiRequest
{
public:
    // What a successful reply must hold; anything else is an UnexpectedShape error.
    enum class Expect
    {
        Object,  // a JSON object (the default)
        Array,   // a JSON array
        AnyJson, // an object, an array or an empty body (202/204 commands)
        Raw      // not parsed: the bytes as they came (photos)
    };
    static constexpr std::chrono::milliseconds DefaultTimeout{20'000};

    ApiRequest(const QByteArray &method, const QUrl &url);
    static ApiRequest get(const QUrl &url) { return {"GET", url}; }
    static ApiRequest post(const QUrl &url) { return {"POST", url}; }
    static ApiRequest put(const QUrl &url) { return {"PUT", url}; }
    static ApiRequest patch(const QUrl &url) { return {"PATCH", url}; }
    static ApiRequest deleteResource(const QUrl &url) { return {"DELETE", url}; }

    // Adds ?name=value; any character may appear (a '+' arrives as '+', not as a space).
    ApiRequest &withQuery(const QString &name, const QString &value);
    ApiRequest &withJson(const QJsonObject &body);
    ApiRequest &withJson(const QJsonArray &body);
    // An application/x-www-form-urlencoded body, as OAuth token endpoints want.
    ApiRequest &withForm(const QList<QPair<QString, QString>> &fields);
    ApiRequest &withHeader(const QByteArray &name, const QByteArray &value);
    // Sends "Authorization: Bearer <token>" and refreshes once on a 401.
    ApiRequest &withAuth(TokenProvider *provider);
    ApiRequest &withTimeout(std::chrono::milliseconds timeout);
    ApiRequest &withMaxAttempts(int attempts);
    ApiRequest &expecting(Expect expect);

    const QByteArray &method() const { return m_method; }
    const QUrl &url() const { return m_url; }
    const QByteArray &body() const { return m_body; }
    const QByteArray &contentType() const { return m_contentType; }
    const QList<QPair<QByteArray, QByteArray>> &headers() const { return m_headers; }
    TokenProvider *tokenProvider() const;
    bool hasAuth() const { return m_hasAuth; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    std::optional<int> maxAttempts() const { return m_maxAttempts; }
    Expect expect() const { return m_expect; }
    // GET, HEAD, PUT, DELETE, OPTIONS: safe to send again after a network failure.
    bool isIdempotent() const;

private:
    QByteArray m_method;
    QUrl m_url;
    QByteArray m_body;
    QByteArray m_contentType;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QPointer<TokenProvider> m_tokenProvider;
    bool m_hasAuth = false;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
    std::optional<int> m_maxAttempts;
    Expect m_expect = Expect::Object;
};

} // namespace AgentDesk::Net
