// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reconnectbackoff.h"

#include <QRandomGenerator>

#include <algorithm>

namespace AgentDesk::Cc {

std::chrono::milliseconds ReconnectBackoff::delay(int attempt) const
{
    const qint64 cap = std::max<qint64>(0, max.count());
    qint64 ceiling = std::max<qint64>(0, base.count());
    // Doubling stops at the cap (and long before an overflow).
    for (int i = 1; i < attempt && ceiling < cap; ++i) {
        ceiling *= 2;
    }
    ceiling = std::min(ceiling, cap);
    double random = jitter ? jitter() : QRandomGenerator::global()->generateDouble();
    random = std::clamp(random, 0.0, 1.0);
    const qint64 half = ceiling / 2;
    return std::chrono::milliseconds(half + qint64(double(ceiling - half) * random));
}

} // namespace AgentDesk::Cc
