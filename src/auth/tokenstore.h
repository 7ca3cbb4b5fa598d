// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tokenstoreresult.h"

#include <QString>
#include <QtGlobal>

#include <functional>

class QObject;

namespace AgentDesk::Auth {

// Where refresh tokens live between runs: the system keychain (KeychainTokenStore) in the app,
// memory (MemoryTokenStore) in unit tests. Asynchronous, because keychains are: each call
// answers once through its callback, later on the caller's thread (never inside the call), and
// not at all if `context` was destroyed first.
//   store.read(provider.storeKey(account), this, [this](const TokenStoreResult &result) {
//       if (!result.ok()) { report(result.error()); return; }
//       refreshWith(result.value());
//   });
class TokenStore
{
    Q_DISABLE_COPY_MOVE(TokenStore)

public:
    using Callback = std::function<void(const TokenStoreResult &)>;

    virtual ~TokenStore();

    // NotFound when nothing is stored under the key.
    virtual void read(const QString &key, QObject *context, Callback done) = 0;
    // Replaces any value stored under the key.
    virtual void write(const QString &key, const QString &value, QObject *context,
                       Callback done) = 0;
    // Succeeds also when nothing was stored.
    virtual void remove(const QString &key, QObject *context, Callback done) = 0;

protected:
    TokenStore() = default;
    // Calls `done(result)` on the next turn of `context`'s event loop, if `context` still lives.
    static void deliverLater(QObject *context, Callback done, const TokenStoreResult &result);
};

} // namespace AgentDesk::Auth
