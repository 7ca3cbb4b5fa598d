// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "loopbackredirectlistener.h"

#include "authlogging.h"

#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace AgentDesk::Auth {

LoopbackRedirectListener::LoopbackRedirectListener(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this,
            &LoopbackRedirectListener::onNewConnection);
}

LoopbackRedirectListener::~LoopbackRedirectListener() = default;

bool LoopbackRedirectListener::listen()
{
    if (m_server.isListening()) {
        return true;
    }
    // Loopback only: nothing on the network can reach the port the code arrives on.
    if (!m_server.listen(QHostAddress::LocalHost, 0)) {
        qCWarning(lcAuth).noquote()
                << u"loopback redirect: cannot listen:"_s << m_server.errorString();
        return false;
    }
    qCInfo(lcAuth) << "loopback redirect: listening on port" << m_server.serverPort();
    return true;
}

void LoopbackRedirectListener::close()
{
    m_server.close();
}

quint16 LoopbackRedirectListener::port() const
{
    return m_server.isListening() ? m_server.serverPort() : 0;
}

void LoopbackRedirectListener::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        if (socket->bytesAvailable() > 0) {
            onReadyRead(socket);
        }
    }
}

void LoopbackRedirectListener::onReadyRead(QTcpSocket *socket)
{
    if (socket->property("answered").toBool()) {
        socket->readAll();
        return;
    }
    // Only the request line matters ("GET /?code=...&state=... HTTP/1.1"); the headers and
    // any body are read and dropped.
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > MaxRequestBytes) {
            socket->abort();
        }
        return;
    }
    const QByteArray line = socket->readLine(MaxRequestBytes).trimmed();
    socket->setProperty("answered", true);
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3 || !parts.at(2).startsWith("HTTP/") || !parts.at(1).startsWith('/')) {
        answer(socket, 400, "Bad Request", tr("Bad request"),
               tr("This address only receives the answer of a sign-in."));
        return;
    }
    if (parts.at(0) != "GET") {
        answer(socket, 405, "Method Not Allowed", tr("Bad request"),
               tr("This address only receives the answer of a sign-in."));
        return;
    }
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"localhost"_s);
    url.setPort(m_server.serverPort());
    const QUrl target = QUrl::fromEncoded(parts.at(1));
    url.setPath(target.path(QUrl::FullyEncoded), QUrl::StrictMode);
    url.setQuery(target.query(QUrl::FullyEncoded), QUrl::StrictMode);
    if (target.path() == u"/favicon.ico"_s) {
        answer(socket, 404, "Not Found", tr("Not found"), {});
        return;
    }
    answer(socket, 200, "OK", tr("Sign-in finished"),
           tr("You can close this window and return to AgentDesk."));
    qCInfo(lcAuth) << "loopback redirect: the browser came back";
    Q_EMIT redirectReceived(url);
}

void LoopbackRedirectListener::answer(QTcpSocket *socket, int status, const QByteArray &reason,
                                      const QString &title, const QString &text)
{
    const QString page = u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>"
                         "</head><body style=\"font-family: sans-serif; margin: 3em;\">"
                         "<h1>%1</h1><p>%2</p></body></html>\n"_s.arg(title.toHtmlEscaped(),
                                                                      text.toHtmlEscaped());
    const QByteArray body = page.toUtf8();
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    head += "Content-Type: text/html; charset=utf-8\r\n";
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    // The page must not stay in any cache: its address holds the authorization code.
    head += "Cache-Control: no-store\r\n";
    head += "Connection: close\r\n\r\n";
    socket->write(head + body);
    socket->disconnectFromHost();
}

} // namespace AgentDesk::Auth
