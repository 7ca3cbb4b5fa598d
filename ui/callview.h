// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QComboBox;
class QLabel;
class QPushButton;
class QShortcut;
class QTimer;

namespace AgentDesk::Session {
class CallController;
class ConsultActions;
} // namespace AgentDesk::Session

namespace AgentDesk::Ui {

// The customer's call on the desk page: caller, queue, state and a running timer; Hold or
// Resume and End call; during a consult both legs with their timers and Transfer, Conference,
// End consult; then the wrap-up codes with Submit and, with an auto wrap-up, its countdown.
// Every control is enabled only when the call allows it and nothing is on its way
// (CallController::canRequest), so a second click sends nothing. What to show comes from
// Session::CallDisplay; this widget only copies it. Shortcuts (also in each tooltip): Ctrl+H
// hold or resume, Ctrl+E end call, Ctrl+Shift+T transfer to the consulted party, Ctrl+Shift+C
// conference, Ctrl+Shift+E end consult, Ctrl+Return submit the wrap-up.
class CallView final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallView)

public:
    CallView(Session::CallController *calls, Session::ConsultActions *actions,
             QWidget *parent = nullptr);
    ~CallView() override;

    // Shows the call as it is now (the view also does so on every change and each second).
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillWrapUpCodes();
    void toggleHold();
    void submitWrapUp();
    QShortcut *shortcut(const QKeySequence &keys, QPushButton *button);
    QString withKeys(const QString &text, const QShortcut *shortcut) const;

    Session::CallController *m_calls;
    Session::ConsultActions *m_actions;
    QTimer *m_tick;
    QLabel *m_idle;
    QWidget *m_card;
    QLabel *m_caller;
    QLabel *m_timer;
    QLabel *m_queue;
    QLabel *m_state;
    QLabel *m_pending;
    QLabel *m_note;
    QWidget *m_legs;
    QLabel *m_customerLabel;
    QLabel *m_customerStatus;
    QLabel *m_customerTimer;
    QLabel *m_consultParty;
    QLabel *m_consultStatus;
    QLabel *m_consultTimer;
    QWidget *m_controls;
    QPushButton *m_hold;
    QPushButton *m_end;
    QPushButton *m_transfer;
    QPushButton *m_conference;
    QPushButton *m_endConsult;
    QWidget *m_wrapUp;
    QLabel *m_wrapUpLabel;
    QComboBox *m_wrapUpCodes;
    QPushButton *m_wrapUpSubmit;
    QLabel *m_countdown;
    QShortcut *m_holdKeys;
    QShortcut *m_endKeys;
    QShortcut *m_transferKeys;
    QShortcut *m_conferenceKeys;
    QShortcut *m_endConsultKeys;
    QShortcut *m_submitKeys;
    QString m_wrapUpFilledFor; // the interaction whose codes the list shows
};

} // namespace AgentDesk::Ui
