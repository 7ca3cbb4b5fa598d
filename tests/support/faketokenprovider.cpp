// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "faketokenprovider.h"

#include <QTimer>

namespace AgentDesk::Test {

FakeTokenProvider::FakeTokenProvider(const QString &token, QObject *parent)
    : Net::TokenProvider(parent)
    , m_token(token)
{}

void FakeTokenProvider::setNextToken(const QString &token, int delayMs)
{
    m_next = token;
    m_delayMs = delayMs;
}

void FakeTokenProvider::startRefresh()
{
    ++m_refreshCount;
    QTimer::singleShot(m_delayMs, this, [this] {
        if (m_next.isEmpty()) {
            finishRefresh(false);
            return;
        }
        m_token = m_next;
        finishRefresh(true);
    });
}

} // namespace AgentDesk::Test
