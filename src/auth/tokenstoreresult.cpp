// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenstoreresult.h"

namespace AgentDesk::Auth {

TokenStoreResult TokenStoreResult::success(const QString &value)
{
    TokenStoreResult result;
    result.m_value = value;
    return result;
}

TokenStoreResult TokenStoreResult::failure(const TokenStoreError &error)
{
    TokenStoreResult result;
    result.m_error = error;
    return result;
}

const TokenStoreError &TokenStoreResult::error() const
{
    Q_ASSERT_X(m_error, "TokenStoreResult::error", "the operation succeeded; check ok() first");
    static const TokenStoreError none(TokenStoreError::Operation::Read,
                                      TokenStoreError::Kind::Failed);
    return m_error ? *m_error : none;
}

} // namespace AgentDesk::Auth
