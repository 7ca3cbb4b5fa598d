// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "singleinstance.h"

#include <QCryptographicHash>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcInstance, "agentdesk.session.instance", QtInfoMsg)

namespace AgentDesk::Session {

namespace {
const QByteArray kRaise = "raise";
const QByteArray kHandOver = "handover";
const QByteArray kOk = "ok";
const QByteArray kReleased = "released";
constexpr int kConnectTimeoutMs = 1000;
} // namespace

SingleInstance::SingleInstance(QString key, QObject *parent)
    : QObject(parent)
    , m_key(std::move(key))
{}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::keyForCurrentUser()
{
    // Hashed: user names may hold characters a socket name cannot, and it says nothing of them.
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty()) {
        user = qEnvironmentVariable("USERNAME");
    }
    const QByteArray hash =
            QCryptographicHash::hash(user.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return u"agentdesk-"_s + QString::fromLatin1(hash);
}

SingleInstance::Role SingleInstance::claim()
{
    QLocalSocket probe;
    probe.connectToServer(m_key);
    if (probe.waitForConnected(kConnectTimeoutMs)) {
        probe.disconnectFromServer();
        m_role = Role::Secondary;
        qCInfo(lcInstance) << "another AgentDesk is running for this user";
        return m_role;
    }
    m_role = listen() ? Role::Primary : Role::Secondary;
    return m_role;
}

bool SingleInstance::listen()
{
    delete m_server;
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_key)) {
        // Nobody answered, so the socket file is a leftover of an instance that crashed.
        QLocalServer::removeServer(m_key);
        if (!m_server->listen(m_key)) {
            qCWarning(lcInstance) << "cannot listen for other instances:"
                                  << m_server->errorString();
            return false;
        }
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            serveConnection(socket);
        }
    });
    return true;
}

void SingleInstance::serveConnection(QLocalSocket *socket)
{
    connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
        while (socket->canReadLine()) {
            const QByteArray command = socket->readLine().trimmed();
            if (command == kRaise) {
                socket->write(kOk + '\n');
                Q_EMIT raiseRequested();
            } else if (command == kHandOver) {
                m_handOverPeer = socket;
                Q_EMIT handOverRequested();
            } else {
                qCWarning(lcInstance) << "unknown request from another instance";
                socket->disconnectFromServer();
            }
        }
    });
}

void SingleInstance::confirmHandOver()
{
    // Stop answering first, so the new instance can take the name at once.
    if (m_server) {
        m_server->close();
    }
    m_role = Role::Secondary;
    if (m_handOverPeer) {
        m_handOverPeer->write(kReleased + '\n');
        m_handOverPeer->flush();
        m_handOverPeer->disconnectFromServer();
    }
}

void SingleInstance::send(const QByteArray &command,
                          std::function<void(const QByteArray &reply)> onReply, int timeoutMs)
{
    auto *socket = new QLocalSocket(this);
    auto *timer = new QTimer(socket);
    timer->setSingleShot(true);
    auto finish = std::make_shared<std::function<void(const QByteArray &)>>(std::move(onReply));
    const auto complete = [socket, finish](const QByteArray &reply) {
        if (*finish) {
            auto callback = std::move(*finish);
            *finish = nullptr;
            socket->deleteLater();
            callback(reply);
        }
    };
    connect(timer, &QTimer::timeout, socket, [complete] { complete({}); });
    connect(socket, &QLocalSocket::readyRead, socket, [socket, complete] {
        if (socket->canReadLine()) {
            complete(socket->readLine().trimmed());
        }
    });
    connect(socket, &QLocalSocket::errorOccurred, socket, [complete] { complete({}); });
    connect(socket, &QLocalSocket::connected, socket,
            [socket, command] { socket->write(command + '\n'); });
    timer->start(timeoutMs);
    socket->connectToServer(m_key);
}

void SingleInstance::askToRaise(std::function<void(bool ok)> done)
{
    send(
            kRaise, [done = std::move(done)](const QByteArray &reply) { done(reply == kOk); },
            5000);
}

void SingleInstance::askToHandOver(std::function<void(bool ok)> done, int timeoutMs)
{
    send(
            kHandOver,
            [this, done = std::move(done)](const QByteArray &reply) {
                const bool released = reply == kReleased && listen();
                m_role = released ? Role::Primary : Role::Secondary;
                done(released);
            },
            timeoutMs);
}

} // namespace AgentDesk::Session
