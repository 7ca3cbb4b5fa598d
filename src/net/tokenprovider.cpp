// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenprovider.h"

namespace AgentDesk::Net {

TokenProvider::TokenProvider(QObject *parent)
    : QObject(parent)
{}

TokenProvider::~TokenProvider() = default;

void TokenProvider::refresh(QObject *context, std::function<void(bool)> done)
{
    Q_ASSERT(context);
    m_waiters.append({context, std::move(done)});
    if (m_refreshing) {
        return;
    }
    m_refreshing = true;
    startRefresh();
}

void TokenProvider::finishRefresh(bool ok)
{
    if (!m_refreshing) {
        return;
    }
    m_refreshing = false;
    // Taken out first: a waiter may ask for the next refresh from inside its callback.
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    const QPointer<TokenProvider> self(this);
    for (const Waiter &waiter : waiters) {
        if (waiter.context) {
            waiter.done(ok);
        }
        if (!self) {
            return;
        }
    }
    Q_EMIT refreshFinished(ok);
}

} // namespace AgentDesk::Net
