// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wireclient.h"

#include <QEventLoop>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace AgentDesk::Test {

QByteArray WireClient::Reply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

WireClient::Reply WireClient::send(const QByteArray &method, const QUrl &url,
                                   const QByteArray &body,
                                   const QList<QPair<QByteArray, QByteArray>> &headers,
                                   int timeoutMs)
{
    QNetworkRequest request(url);
    // Tests look at redirects themselves (the identity pages answer 302).
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    for (const auto &[name, value] : headers) {
        request.setRawHeader(name, value);
    }
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    Reply result;
    if (!reply->isFinished()) {
        reply->abort();
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.headers = reply->rawHeaderPairs();
    result.body = reply->readAll();
    reply->deleteLater();
    return result;
}

WireClient::Reply WireClient::get(const QUrl &url, const QByteArray &bearer)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!bearer.isEmpty()) {
        headers.append({"Authorization", "Bearer " + bearer});
    }
    return send("GET", url, {}, headers);
}

WireClient::Reply WireClient::postJson(const QUrl &url, const QJsonDocument &body,
                                       const QByteArray &bearer)
{
    QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/json"}};
    if (!bearer.isEmpty()) {
        headers.append({"Authorization", "Bearer " + bearer});
    }
    return send("POST", url, body.toJson(QJsonDocument::Compact), headers);
}

WireClient::Reply WireClient::postForm(const QUrl &url,
                                       const QList<QPair<QString, QString>> &fields)
{
    QUrlQuery form;
    for (const auto &[name, value] : fields) {
        form.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    }
    return send("POST", url, form.toString(QUrl::FullyEncoded).toLatin1(),
                {{"Content-Type", "application/x-www-form-urlencoded"}});
}

} // namespace AgentDesk::Test
