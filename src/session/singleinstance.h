// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QLocalServer;
class QLocalSocket;

namespace AgentDesk::Session {

// One running AgentDesk per user on this machine. The first instance listens on a local socket
// named after the user; a second one finds it there and can ask it to come to the front, or to
// hand the session over (the first signs out cleanly, confirms, and quits; the second then
// takes its place). A socket left by a crashed instance is detected and replaced.
//   SingleInstance instance(SingleInstance::keyForCurrentUser());
//   if (instance.claim() == SingleInstance::Role::Secondary) {
//       ... ask the agent, then instance.askToRaise() or instance.askToHandOver(...)
//   }
//   connect(&instance, &SingleInstance::handOverRequested, ...sign out, then confirmHandOver());
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    enum class Role
    {
        Primary,
        Secondary
    };

    explicit SingleInstance(QString key, QObject *parent = nullptr);
    ~SingleInstance() override;

    static QString keyForCurrentUser();

    // Becomes the primary instance unless a live one answers on the key.
    Role claim();
    Role role() const { return m_role; }

    // Secondary: the primary raises its window. `done(ok)`: false when it did not answer.
    void askToRaise(std::function<void(bool ok)> done);
    // Secondary: the primary signs out and quits; once it confirmed, this instance claims the
    // key and `done(true)`; false when the primary refused or vanished without confirming.
    void askToHandOver(std::function<void(bool ok)> done, int timeoutMs = 30'000);

    // Primary: the session was handed over (signed out); tell the waiting instance.
    void confirmHandOver();

Q_SIGNALS:
    void raiseRequested();
    // The primary must sign out and call confirmHandOver(), then quit.
    void handOverRequested();

private:
    bool listen();
    void serveConnection(QLocalSocket *socket);
    void send(const QByteArray &command, std::function<void(const QByteArray &reply)> onReply,
              int timeoutMs);

    QString m_key;
    Role m_role = Role::Secondary;
    QLocalServer *m_server = nullptr;
    QPointer<QLocalSocket> m_handOverPeer;
};

} // namespace AgentDesk::Session
