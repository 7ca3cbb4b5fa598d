// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace AgentDesk::Auth {

// Catches the system browser's way back to the app on a loopback redirect (RFC 8252 §7.3): a
// tiny HTTP listener on 127.0.0.1, on a port the system picks. Each GET is answered with a
// short page ("You can close this window") and reported as the URL the browser asked for, with
// the host "localhost" the redirect URI names.
//   LoopbackRedirectListener listener;
//   if (!listener.listen()) { fail(); }
//   AuthorizationAttempt attempt(OAuthProvider::microsoftSystemBrowser(endpoints,
//                                                                      listener.port()));
//   connect(&listener, &LoopbackRedirectListener::redirectReceived, this, [&](const QUrl &url) {
//       if (attempt.isRedirect(url)) { const auto outcome = attempt.handleRedirect(url); ... }
//   });
//   QDesktopServices::openUrl(attempt.authorizeUrl());
class LoopbackRedirectListener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopbackRedirectListener)

public:
    // A request line longer than this is not a browser coming back: the connection is closed.
    static constexpr qsizetype MaxRequestBytes = 16 * 1024;

    explicit LoopbackRedirectListener(QObject *parent = nullptr);
    ~LoopbackRedirectListener() override;

    // Starts listening on 127.0.0.1, on a free port; false when that is impossible.
    bool listen();
    void close();
    bool isListening() const { return m_server.isListening(); }
    // The port chosen by listen(); 0 when not listening.
    quint16 port() const;

Q_SIGNALS:
    // A browser asked for this URL (e.g. http://localhost:49152/?code=...&state=...). Secrets
    // inside: never log it.
    void redirectReceived(const QUrl &url);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, int status, const QByteArray &reason, const QString &title,
                const QString &text);

    QTcpServer m_server;
};

} // namespace AgentDesk::Auth
