// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tokenstoreerror.h"

#include <QString>

#include <optional>

namespace AgentDesk::Auth {

// The outcome of one token store operation: the value read (reads only), or a TokenStoreError.
//   if (!result.ok()) { report(result.error()); return; }
//   useRefreshToken(result.value());
class TokenStoreResult
{
public:
    static TokenStoreResult success(const QString &value = {});
    static TokenStoreResult failure(const TokenStoreError &error);

    bool ok() const { return !m_error.has_value(); }
    // The secret read; empty for writes and removals. Never log it.
    const QString &value() const { return m_value; }
    // Asserts !ok(): check first.
    const TokenStoreError &error() const;

private:
    TokenStoreResult() = default;

    QString m_value;
    std::optional<TokenStoreError> m_error;
};

} // namespace AgentDesk::Auth
