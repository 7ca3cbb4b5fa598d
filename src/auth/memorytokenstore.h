// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tokenstore.h"

#include <QHash>

#include <optional>

namespace AgentDesk::Auth {

// A TokenStore in memory, for unit tests (and nothing that must survive the process). Answers
// asynchronously like the keychain; a test can make every call fail to see how errors travel.
//   MemoryTokenStore store;
//   store.failWith(TokenStoreError::Kind::AccessDenied);
class MemoryTokenStore final : public TokenStore
{
public:
    MemoryTokenStore() = default;

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &value, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;

    // From now on every call fails with this kind; std::nullopt works normally again.
    void failWith(std::optional<TokenStoreError::Kind> kind) { m_failure = kind; }

    // Synchronous looks for tests.
    bool contains(const QString &key) const { return m_values.contains(key); }
    QString value(const QString &key) const { return m_values.value(key); }
    qsizetype size() const { return m_values.size(); }
    int writeCount() const { return m_writes; }
    // Sets a value at once, as if an earlier run had stored it.
    void insert(const QString &key, const QString &value) { m_values.insert(key, value); }

private:
    QHash<QString, QString> m_values;
    std::optional<TokenStoreError::Kind> m_failure;
    int m_writes = 0;
};

} // namespace AgentDesk::Auth
