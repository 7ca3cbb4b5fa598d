// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenstore.h"

#include <QMetaObject>
#include <QObject>

namespace AgentDesk::Auth {

TokenStore::~TokenStore() = default;

void TokenStore::deliverLater(QObject *context, Callback done, const TokenStoreResult &result)
{
    Q_ASSERT_X(context, "TokenStore", "a token store call needs a context object");
    // Queued on the context: dropped by Qt if the context is destroyed before it runs.
    QMetaObject::invokeMethod(
            context,
            [done = std::move(done), result] {
                if (done) {
                    done(result);
                }
            },
            Qt::QueuedConnection);
}

} // namespace AgentDesk::Auth
