// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QUrl>

namespace AgentDesk::Test {

// A deliberately plain HTTP client for tests: sends one request over real loopback, spins the
// event loop until the answer (the in-process simulator keeps serving meanwhile) and returns
// it raw. Tests use it to drive the simulator and to read what it answers, independently of
// the app's own network layer.
class WireClient
{
public:
    struct Reply
    {
        int status = 0; // 0 = no HTTP answer (connection refused, dropped...)
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QJsonDocument json() const { return QJsonDocument::fromJson(body); }
        QByteArray header(const QByteArray &name) const;
    };

    Reply send(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
               const QList<QPair<QByteArray, QByteArray>> &headers = {}, int timeoutMs = 30'000);
    Reply get(const QUrl &url, const QByteArray &bearer = {});
    Reply postJson(const QUrl &url, const QJsonDocument &body, const QByteArray &bearer = {});
    Reply postForm(const QUrl &url, const QList<QPair<QString, QString>> &fields);

private:
    QNetworkAccessManager m_network;
};

} // namespace AgentDesk::Test
