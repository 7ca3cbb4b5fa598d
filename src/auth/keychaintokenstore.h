// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tokenstore.h"

#include <QString>

#include <functional>

namespace QKeychain {
class Job;
}

namespace AgentDesk::Auth {

// The TokenStore of the app: the operating system's keychain through QtKeychain (Secret Service
// on Linux, Keychain on macOS, Credential Manager on Windows), one entry per key under one
// service name. Never falls back to a plain file: when the keychain fails, the error says so.
//   KeychainTokenStore store;   // service "AgentDesk"
//   store.write(provider.storeKey(account), refreshToken, this, onStored);
// Windows limits a credential to 2560 bytes with QtKeychain 0.13; refresh tokens fit.
class KeychainTokenStore final : public TokenStore
{
public:
    static QString defaultService() { return QStringLiteral("AgentDesk"); }

    // Tests pass a service name of their own, so the user's real entries are never touched.
    explicit KeychainTokenStore(QString service = defaultService());

    const QString &service() const { return m_service; }

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &value, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;

private:
    // Starts the job; its end reaches `done` through deliverLater().
    static void run(QKeychain::Job *job, TokenStoreError::Operation operation, const QString &key,
                    QObject *context, Callback done,
                    std::function<QString(QKeychain::Job *)> valueOf = {});

    QString m_service;
};

} // namespace AgentDesk::Auth
