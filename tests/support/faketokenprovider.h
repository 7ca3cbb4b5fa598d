// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <net/tokenprovider.h>

namespace AgentDesk::Test {

// A token provider whose refresh answers after a short delay with a token chosen by the test
// (or fails when that token is empty), and counts how often it was asked.
//   FakeTokenProvider tokens(u"stale"_s);
//   tokens.setNextToken(sim.token(u"graph"_s, user));
class FakeTokenProvider final : public Net::TokenProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeTokenProvider)

public:
    explicit FakeTokenProvider(const QString &token, QObject *parent = nullptr);

    QString accessToken() const override { return m_token; }
    // What the next refresh gives, after `delayMs`; an empty token makes it fail.
    void setNextToken(const QString &token, int delayMs = 50);
    int refreshCount() const { return m_refreshCount; }

protected:
    void startRefresh() override;

private:
    QString m_token;
    QString m_next;
    int m_delayMs = 50;
    int m_refreshCount = 0;
};

} // namespace AgentDesk::Test
