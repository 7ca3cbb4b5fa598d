// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "loginformcheck.h"

#include <algorithm>

namespace AgentDesk::Core {

bool LoginFormCheck::hasProblem(LoginField field) const
{
    return std::any_of(problems.cbegin(), problems.cend(),
                       [field](const FieldProblem &problem) { return problem.field == field; });
}

QString LoginFormCheck::problem(LoginField field) const
{
    for (const FieldProblem &problem : problems) {
        if (problem.field == field) {
            return problem.message;
        }
    }
    return {};
}

} // namespace AgentDesk::Core
