// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interactionpreferences.h"

#include <QList>
#include <QString>

namespace AgentDesk::Core {

// Where the login form shows a problem.
enum class LoginField
{
    Form,   // not tied to one field (a station-login failure the agent cannot fix by editing)
    Device, // "Handle calls using"
    Number, // the dial number or extension
    Team,
};

struct FieldProblem
{
    LoginField field = LoginField::Form;
    QString message; // translated
    friend bool operator==(const FieldProblem &, const FieldProblem &) = default;
};

// The answer of LoginFormRules::validate(): the problems per field, a warning that does not
// block, and the preferences ready to save and send (normalizedDialNumber filled) when valid.
//   const LoginFormCheck check = rules.validate(form);
//   saveButton->setEnabled(check.canSaveAndContinue());
//   numberError->setText(check.problem(LoginField::Number));
struct LoginFormCheck
{
    QList<FieldProblem> problems;
    QString warning; // e.g. a dial number libphonenumber does not know as assigned
    InteractionPreferences preferences;

    bool isValid() const { return problems.isEmpty(); }
    // "Save & Continue": every field valid, a team included (a missing team is a Team problem).
    bool canSaveAndContinue() const { return isValid(); }
    bool hasProblem(LoginField field) const;
    // The first problem of field, empty when none.
    QString problem(LoginField field) const;
};

} // namespace AgentDesk::Core
