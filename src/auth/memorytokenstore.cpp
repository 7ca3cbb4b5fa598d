// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "memorytokenstore.h"

using namespace Qt::StringLiterals;

namespace AgentDesk::Auth {

using Operation = TokenStoreError::Operation;

void MemoryTokenStore::read(const QString &key, QObject *context, Callback done)
{
    if (m_failure) {
        deliverLater(context, std::move(done),
                     TokenStoreResult::failure({Operation::Read, *m_failure, u"injected"_s}));
        return;
    }
    const auto it = m_values.constFind(key);
    deliverLater(context, std::move(done),
                 it == m_values.cend() ? TokenStoreResult::failure(
                                                 {Operation::Read, TokenStoreError::Kind::NotFound})
                                       : TokenStoreResult::success(*it));
}

void MemoryTokenStore::write(const QString &key, const QString &value, QObject *context,
                             Callback done)
{
    if (m_failure) {
        deliverLater(context, std::move(done),
                     TokenStoreResult::failure({Operation::Write, *m_failure, u"injected"_s}));
        return;
    }
    m_values.insert(key, value);
    ++m_writes;
    deliverLater(context, std::move(done), TokenStoreResult::success());
}

void MemoryTokenStore::remove(const QString &key, QObject *context, Callback done)
{
    if (m_failure) {
        deliverLater(context, std::move(done),
                     TokenStoreResult::failure({Operation::Remove, *m_failure, u"injected"_s}));
        return;
    }
    m_values.remove(key);
    deliverLater(context, std::move(done), TokenStoreResult::success());
}

} // namespace AgentDesk::Auth
