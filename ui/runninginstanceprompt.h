// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace AgentDesk::Ui {

// Asked when AgentDesk is started while it already runs for this user.
class RunningInstancePrompt
{
public:
    enum class Answer
    {
        BringForward,
        ContinueHere,
        Cancel
    };
    static Answer ask(QWidget *parent = nullptr);
    static QString handOverFailedMessage();
};

} // namespace AgentDesk::Ui
