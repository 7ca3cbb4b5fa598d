// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <net/apierror.h>

#include <QtGlobal>

#include <optional>
#include <utility>

namespace AgentDesk::Cc {

// A typed answer of the contact-center client: the value read from a reply, or why there is
// none (the HTTP layer's error, or an UnexpectedShape error when the reply did not validate).
//   client.fetchDesktopProfile(orgId, userId, this, [](const CcResult<Core::DesktopProfile> &r) {
//       if (!r.ok()) { showError(r.error().message()); return; }
//       use(r.value());
//   });
template<typename T>
class CcResult
{
public:
    CcResult(T value)
        : m_value(std::move(value))
    {}
    CcResult(Net::ApiError error)
        : m_error(std::move(error))
    {}

    bool ok() const { return m_value.has_value(); }
    const T &value() const
    {
        Q_ASSERT(ok());
        return *m_value;
    }
    const Net::ApiError &error() const
    {
        Q_ASSERT(!ok());
        return *m_error;
    }

private:
    std::optional<T> m_value;
    std::optional<Net::ApiError> m_error;
};

} // namespace AgentDesk::Cc
