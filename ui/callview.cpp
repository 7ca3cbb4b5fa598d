// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "callview.h"

#include "flowlayout.h"

#include <core/clock.h>
#include <session/callcontroller.h>
#include <session/calldisplay.h>
#include <session/consultactions.h>

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

#include <chrono>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace AgentDesk::Ui {

using Kind = Core::CallCommand::Kind;
using Session::CallDisplay;

namespace {

QLabel *makeLabel(QWidget *parent, const QString &name, bool wrap = false)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(wrap);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void scaleFont(QLabel *label, qreal factor, bool bold)
{
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    label->setFont(font);
}

} // namespace

CallView::CallView(Session::CallController *calls, Session::ConsultActions *actions,
                   QWidget *parent)
    : QFrame(parent)
    , m_calls(calls)
    , m_actions(actions)
    , m_tick(new QTimer(this))
    , m_idle(makeLabel(this, u"callIdleText"_s, true))
    , m_card(new QWidget(this))
    , m_caller(makeLabel(m_card, u"callCaller"_s))
    , m_timer(makeLabel(m_card, u"callTimer"_s))
    , m_queue(makeLabel(m_card, u"callQueue"_s, true))
    , m_state(makeLabel(m_card, u"callState"_s, true))
    , m_pending(makeLabel(m_card, u"callPending"_s, true))
    , m_note(makeLabel(m_card, u"callNote"_s, true))
    , m_legs(new QWidget(m_card))
    , m_customerLabel(makeLabel(m_legs, u"customerLegName"_s, true))
    , m_customerStatus(makeLabel(m_legs, u"customerLegStatus"_s, true))
    , m_customerTimer(makeLabel(m_legs, u"customerLegTimer"_s))
    , m_consultParty(makeLabel(m_legs, u"consultLegParty"_s, true))
    , m_consultStatus(makeLabel(m_legs, u"consultLegStatus"_s, true))
    , m_consultTimer(makeLabel(m_legs, u"consultLegTimer"_s))
    , m_controls(new QWidget(m_card))
    , m_hold(new QPushButton(m_controls))
    , m_end(new QPushButton(m_controls))
    , m_transfer(new QPushButton(m_controls))
    , m_conference(new QPushButton(m_controls))
    , m_endConsult(new QPushButton(m_controls))
    , m_wrapUp(new QWidget(m_card))
    , m_wrapUpLabel(new QLabel(m_wrapUp))
    , m_wrapUpCodes(new QComboBox(m_wrapUp))
    , m_wrapUpSubmit(new QPushButton(m_wrapUp))
    , m_countdown(makeLabel(m_wrapUp, u"wrapUpCountdown"_s, true))
    , m_holdKeys(shortcut(QKeySequence(Qt::CTRL | Qt::Key_H), m_hold))
    , m_endKeys(shortcut(QKeySequence(Qt::CTRL | Qt::Key_E), m_end))
    , m_transferKeys(shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), m_transfer))
    , m_conferenceKeys(shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), m_conference))
    , m_endConsultKeys(shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), m_endConsult))
    , m_submitKeys(shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_wrapUpSubmit))
{
    setObjectName(u"callView"_s);
    setFrameShape(QFrame::StyledPanel);
    m_card->setObjectName(u"callCard"_s);
    m_legs->setObjectName(u"callLegs"_s);
    m_controls->setObjectName(u"callControls"_s);
    m_hold->setObjectName(u"holdButton"_s);
    m_end->setObjectName(u"endCallButton"_s);
    m_transfer->setObjectName(u"consultTransferButton"_s);
    m_conference->setObjectName(u"conferenceButton"_s);
    m_endConsult->setObjectName(u"endConsultButton"_s);
    m_wrapUp->setObjectName(u"wrapUpBox"_s);
    m_wrapUpLabel->setObjectName(u"wrapUpLabel"_s);
    m_wrapUpCodes->setObjectName(u"wrapUpCodes"_s);
    m_wrapUpSubmit->setObjectName(u"wrapUpSubmitButton"_s);

    scaleFont(m_caller, 1.5, true);
    scaleFont(m_timer, 1.5, false);
    scaleFont(m_state, 1.0, true);
    m_caller->setTextInteractionFlags(Qt::TextSelectableByMouse); // to copy the number
    QFont italic = m_pending->font();
    italic.setItalic(true);
    m_pending->setFont(italic);
    scaleFont(m_customerLabel, 1.0, true);
    scaleFont(m_consultParty, 1.0, true);
    m_wrapUpLabel->setBuddy(m_wrapUpCodes);
    m_wrapUpCodes->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_wrapUpCodes->setMinimumContentsLength(8);

    auto *top = new QHBoxLayout;
    top->addWidget(m_caller, 1);
    top->addWidget(m_timer, 0, Qt::AlignRight | Qt::AlignVCenter);

    // Each leg: who (and how it stands) on the left, its timer on the right.
    auto *legs = new QGridLayout(m_legs);
    legs->setContentsMargins(0, 4, 0, 4);
    legs->setColumnStretch(0, 1);
    legs->addWidget(m_customerLabel, 0, 0);
    legs->addWidget(m_customerTimer, 0, 1, Qt::AlignRight);
    legs->addWidget(m_customerStatus, 1, 0, 1, 2);
    legs->addWidget(m_consultParty, 2, 0);
    legs->addWidget(m_consultTimer, 2, 1, Qt::AlignRight);
    legs->addWidget(m_consultStatus, 3, 0, 1, 2);
    legs->setVerticalSpacing(2);

    auto *controls = new FlowLayout(m_controls);
    for (QPushButton *button : {m_hold, m_end, m_transfer, m_conference, m_endConsult}) {
        controls->addWidget(button);
    }

    auto *submitRow = new FlowLayout;
    submitRow->addWidget(m_wrapUpSubmit);
    auto *wrapUp = new QVBoxLayout(m_wrapUp);
    wrapUp->setContentsMargins(0, 0, 0, 0);
    wrapUp->addWidget(m_wrapUpLabel);
    wrapUp->addWidget(m_wrapUpCodes);
    wrapUp->addLayout(submitRow);
    wrapUp->addWidget(m_countdown);

    auto *card = new QVBoxLayout(m_card);
    card->setContentsMargins(0, 0, 0, 0);
    card->addLayout(top);
    card->addWidget(m_state);
    card->addWidget(m_queue);
    card->addWidget(m_pending);
    card->addWidget(m_note);
    card->addWidget(m_legs);
    card->addWidget(m_controls);
    card->addWidget(m_wrapUp);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(m_idle);
    layout->addWidget(m_card);

    connect(m_hold, &QPushButton::clicked, this, &CallView::toggleHold);
    connect(m_end, &QPushButton::clicked, m_calls, &Session::CallController::end);
    connect(m_transfer, &QPushButton::clicked, m_calls, &Session::CallController::consultTransfer);
    connect(m_conference, &QPushButton::clicked, m_calls, &Session::CallController::conference);
    connect(m_endConsult, &QPushButton::clicked, m_calls, &Session::CallController::endConsult);
    connect(m_wrapUpSubmit, &QPushButton::clicked, this, &CallView::submitWrapUp);

    connect(m_calls, &Session::CallController::callChanged, this, &CallView::refresh);
    connect(m_calls, &Session::CallController::stateChanged, this, &CallView::refresh);
    connect(m_calls, &Session::CallController::pendingChanged, this, &CallView::refresh);
    // The timers count seconds.
    m_tick->setInterval(1s);
    connect(m_tick, &QTimer::timeout, this, &CallView::refresh);

    retranslate();
}

CallView::~CallView() = default;

QShortcut *CallView::shortcut(const QKeySequence &keys, QPushButton *button)
{
    auto *shortcut = new QShortcut(keys, this);
    connect(shortcut, &QShortcut::activated, button, [button] {
        if (button->isVisible() && button->isEnabled()) {
            button->click();
        }
    });
    return shortcut;
}

QString CallView::withKeys(const QString &text, const QShortcut *shortcut) const
{
    return tr("%1 (%2)", "a tooltip, then its keyboard shortcut")
            .arg(text, shortcut->key().toString(QKeySequence::NativeText));
}

void CallView::retranslate()
{
    m_idle->setText(tr("No call right now. A customer's call shows here when it comes in."));
    m_pending->setText(tr("Waiting for the contact center…"));
    m_customerLabel->setText(tr("Customer"));
    m_end->setText(tr("&End call"));
    m_end->setToolTip(withKeys(tr("Hang up the customer's call"), m_endKeys));
    m_transfer->setText(tr("T&ransfer"));
    m_transfer->setToolTip(
            withKeys(tr("Hand the customer over to the consulted party and leave the call"),
                     m_transferKeys));
    m_conference->setText(tr("Co&nference"));
    m_conference->setToolTip(
            withKeys(tr("Bring the customer and the consulted party together"), m_conferenceKeys));
    m_endConsult->setText(tr("End cons&ult"));
    m_endConsult->setToolTip(withKeys(
            tr("Hang up on the consulted party and go back to the customer"), m_endConsultKeys));
    m_wrapUpLabel->setText(tr("&Wrap-up code:"));
    m_wrapUpSubmit->setText(tr("Su&bmit"));
    m_wrapUpSubmit->setToolTip(withKeys(tr("Save the wrap-up with this code"), m_submitKeys));
    refresh();
}

void CallView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QFrame::changeEvent(event);
}

void CallView::refresh()
{
    using Phase = CallDisplay::Phase;
    using Hold = CallDisplay::HoldAction;
    const CallDisplay shown =
            CallDisplay::of(*m_calls, m_calls->clock()->now(), [this](const QString &destination) {
                return m_actions->partyName(destination);
            });
    const bool hasCall = shown.phase != Phase::None;
    m_idle->setVisible(!hasCall);
    m_card->setVisible(hasCall);
    const bool running = shown.phase == Phase::Ringing || shown.phase == Phase::Talking ||
                         shown.phase == Phase::WrapUp;
    if (running && !m_tick->isActive()) {
        m_tick->start();
    } else if (!running) {
        m_tick->stop();
    }
    if (!hasCall) {
        return;
    }

    m_caller->setText(shown.caller);
    m_timer->setText(shown.timer);
    m_timer->setVisible(!shown.timer.isEmpty());
    m_state->setText(shown.state);
    m_queue->setText(shown.queue.isEmpty() ? QString() : tr("Queue: %1").arg(shown.queue));
    m_queue->setVisible(!shown.queue.isEmpty());
    m_pending->setVisible(shown.pending);
    m_note->setText(shown.note);
    m_note->setVisible(!shown.note.isEmpty());

    m_legs->setVisible(shown.showLegs);
    if (shown.showLegs) {
        m_customerStatus->setText(shown.customerStatus);
        m_customerTimer->setText(shown.timer);
        m_consultParty->setText(shown.consultParty);
        m_consultStatus->setText(shown.consultStatus);
        m_consultTimer->setText(shown.consultTimer);
        m_consultTimer->setVisible(!shown.consultTimer.isEmpty());
    }

    m_controls->setVisible(shown.phase == Phase::Talking);
    switch (shown.holdAction) {
    case Hold::Hold:
        m_hold->setText(tr("Hol&d"));
        m_hold->setToolTip(withKeys(tr("Put the customer on hold"), m_holdKeys));
        m_hold->setEnabled(m_calls->canRequest(Kind::Hold));
        break;
    case Hold::ResumeCustomer:
        m_hold->setText(tr("Resu&me"));
        m_hold->setToolTip(withKeys(shown.showLegs ? tr("Talk to the customer again; the "
                                                        "consulted party waits on hold")
                                                   : tr("Take the customer off hold"),
                                    m_holdKeys));
        m_hold->setEnabled(m_calls->canRequest(Kind::Resume));
        break;
    case Hold::ResumeConsulted:
        m_hold->setText(tr("Resu&me"));
        m_hold->setToolTip(withKeys(tr("Talk to the consulted party again; the customer "
                                       "waits on hold"),
                                    m_holdKeys));
        m_hold->setEnabled(m_calls->canRequest(Kind::Resume));
        break;
    }
    m_end->setEnabled(m_calls->canRequest(Kind::End));
    for (QPushButton *button : {m_transfer, m_conference, m_endConsult}) {
        button->setVisible(shown.showLegs);
    }
    m_transfer->setEnabled(m_calls->canRequest(Kind::ConsultTransfer));
    m_conference->setEnabled(m_calls->canRequest(Kind::Conference));
    m_endConsult->setEnabled(m_calls->canRequest(Kind::EndConsult));

    m_wrapUp->setVisible(shown.phase == Phase::WrapUp);
    if (shown.phase == Phase::WrapUp) {
        fillWrapUpCodes();
        m_wrapUpSubmit->setEnabled(m_calls->canRequest(Kind::WrapUp) &&
                                   m_wrapUpCodes->currentIndex() >= 0);
        m_countdown->setText(shown.wrapUpCountdown.isEmpty()
                                     ? QString()
                                     : tr("Saved on its own in %1.").arg(shown.wrapUpCountdown));
        m_countdown->setVisible(!shown.wrapUpCountdown.isEmpty());
    }
}

void CallView::fillWrapUpCodes()
{
    const QString interaction = m_calls->call() ? m_calls->call()->interactionId() : QString();
    if (interaction == m_wrapUpFilledFor && m_wrapUpCodes->count() > 0) {
        return; // keep the agent's choice
    }
    m_wrapUpFilledFor = interaction;
    m_wrapUpCodes->clear();
    int preferred = 0;
    for (const Core::NamedCode &code : m_calls->wrapUpCodes()) {
        if (code.isDefault) {
            preferred = m_wrapUpCodes->count();
        }
        m_wrapUpCodes->addItem(code.name, code.id);
    }
    m_wrapUpCodes->setCurrentIndex(m_wrapUpCodes->count() > 0 ? preferred : -1);
}

void CallView::toggleHold()
{
    if (m_calls->canRequest(Kind::Hold)) {
        m_calls->hold();
    } else {
        m_calls->resume();
    }
}

void CallView::submitWrapUp()
{
    const QString codeId = m_wrapUpCodes->currentData().toString();
    if (!codeId.isEmpty()) {
        m_calls->wrapUp(codeId);
    }
}

} // namespace AgentDesk::Ui
