// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <functional>

namespace AgentDesk::Cc {

// How long to wait before reconnect attempt n (1, 2, ...): exponential, capped, with "equal
// jitter" (half fixed, half random) so that many desktops dropped together by one server
// restart do not all come back in the same instant, yet none retries at once in a loop.
//   ReconnectBackoff backoff{.base = 1s, .max = 30s};
//   backoff.delay(1) in [0.5 s, 1 s], delay(2) in [1 s, 2 s], ... delay(10) in [15 s, 30 s]
// Tests shrink the delays and pin the jitter: {.base = 50ms, .jitter = [] { return 0.0; }}.
struct ReconnectBackoff
{
    std::chrono::milliseconds base{1'000};
    std::chrono::milliseconds max{30'000};
    // A number in [0, 1]; empty = QRandomGenerator::global().
    std::function<double()> jitter = {};

    std::chrono::milliseconds delay(int attempt) const;
};

} // namespace AgentDesk::Cc
