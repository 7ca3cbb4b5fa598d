// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTest>
#include <QUrl>
#include <QWebSocket>

namespace AgentDesk::Test {

// A notification-socket client for the contact-center tests: records every frame and how and
// when the socket ended.
//   NotificationSocket socket(webSocketUrl);
//   QTRY_COMPARE(socket.messages.size(), 1);           // Welcome
//   QJsonObject event = socket.waitForEvent(1);         // the first frame after Welcome
class NotificationSocket final : public QObject
{
public:
    explicit NotificationSocket(const QUrl &url)
    {
        connect(&m_socket, &QWebSocket::connected, this, [this] {
            connected = true;
            m_age.start();
        });
        connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
            messages.append(QJsonDocument::fromJson(text.toUtf8()).object());
        });
        connect(&m_socket, &QWebSocket::disconnected, this, [this] {
            closed = true;
            closedAfterMs = m_age.isValid() ? m_age.elapsed() : -1;
        });
        m_socket.open(url);
    }

    void send(const QString &text) { m_socket.sendTextMessage(text); }
    qint64 age() const { return m_age.isValid() ? m_age.elapsed() : 0; }
    QWebSocketProtocol::CloseCode closeCode() const { return m_socket.closeCode(); }
    QString closeReason() const { return m_socket.closeReason(); }
    QJsonObject last() const { return messages.isEmpty() ? QJsonObject{} : messages.last(); }

    // The frame at `index`, waiting up to `timeoutMs` for it; empty when it never came.
    QJsonObject waitForEvent(qsizetype index, int timeoutMs = 5000)
    {
        const bool arrived =
                QTest::qWaitFor([&] { return messages.size() > index || closed; }, timeoutMs);
        return arrived ? messages.value(index) : QJsonObject{};
    }

    bool connected = false;
    bool closed = false;
    qint64 closedAfterMs = -1;
    QList<QJsonObject> messages;

private:
    QWebSocket m_socket;
    QElapsedTimer m_age;
};

} // namespace AgentDesk::Test
