// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apirequest.h"

#include "tokenprovider.h"

#include <QJsonDocument>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace AgentDesk::Net {

// Percent-encodes everything but the unreserved characters and a few that read well in logs
// and mean nothing special inside a query value; '+', '&', '=' and '#' are always encoded,
// because servers read a bare '+' as a space.
static QString encodeComponent(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text, "$',:/@!*()"));
}

ApiRequest::ApiRequest(const QByteArray &method, const QUrl &url)
    : m_method(method.toUpper())
    , m_url(url)
{}

ApiRequest &ApiRequest::withQuery(const QString &name, const QString &value)
{
    QUrlQuery query(m_url);
    query.addQueryItem(encodeComponent(name), encodeComponent(value));
    m_url.setQuery(query);
    return *this;
}

ApiRequest &ApiRequest::withJson(const QJsonObject &body)
{
    m_body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    m_contentType = "application/json";
    return *this;
}

ApiRequest &ApiRequest::withJson(const QJsonArray &body)
{
    m_body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    m_contentType = "application/json";
    return *this;
}

ApiRequest &ApiRequest::withForm(const QList<QPair<QString, QString>> &fields)
{
    QStringList pairs;
    for (const auto &[name, value] : fields) {
        pairs.append(QString(encodeComponent(name) + u'=' + encodeComponent(value)));
    }
    m_body = pairs.join(u'&').toLatin1();
    m_contentType = "application/x-www-form-urlencoded";
    return *this;
}

ApiRequest &ApiRequest::withHeader(const QByteArray &name, const QByteArray &value)
{
    m_headers.append({name, value});
    return *this;
}

ApiRequest &ApiRequest::withAuth(TokenProvider *provider)
{
    m_tokenProvider = provider;
    m_hasAuth = provider != nullptr;
    return *this;
}

ApiRequest &ApiRequest::withTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
    return *this;
}

ApiRequest &ApiRequest::withMaxAttempts(int attempts)
{
    m_maxAttempts = std::max(1, attempts);
    return *this;
}

ApiRequest &ApiRequest::expecting(Expect expect)
{
    m_expect = expect;
    return *this;
}

TokenProvider *ApiRequest::tokenProvider() const
{
    return m_tokenProvider.data();
}

bool ApiRequest::isIdempotent() const
{
    static const QByteArrayList idempotent = {"GET", "HEAD", "PUT", "DELETE", "OPTIONS"};
    return idempotent.contains(m_method);
}

} // namespace AgentDesk::Net
