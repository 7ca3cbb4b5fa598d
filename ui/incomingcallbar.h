// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QShortcut;

namespace AgentDesk::Session {
class CallController;
}

namespace AgentDesk::Ui {

// The bar across the top of the window while a customer's call rings: who calls, through
// which queue, Accept (Ctrl+Shift+A), and for a phone device (Dial number, Extension) that the
// phone rings too. It goes away as soon as the call stops ringing (answered here or on the
// phone, withdrawn, missed).
class IncomingCallBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncomingCallBar)

public:
    explicit IncomingCallBar(Session::CallController *calls, QWidget *parent = nullptr);

    // `answerOnPhone`: the agent's device is a phone, which rings as well.
    void showCall(const QString &caller, const QString &queue, bool answerOnPhone);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();

    Session::CallController *m_calls;
    QLabel *m_text;
    QLabel *m_queue;
    QLabel *m_hint;
    QPushButton *m_accept;
    QShortcut *m_acceptShortcut;
    QString m_caller;
    QString m_queueName;
};

} // namespace AgentDesk::Ui
