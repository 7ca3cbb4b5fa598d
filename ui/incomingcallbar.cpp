// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "incomingcallbar.h"

#include <session/callcontroller.h>

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace AgentDesk::Ui {

using Kind = Core::CallCommand::Kind;

IncomingCallBar::IncomingCallBar(Session::CallController *calls, QWidget *parent)
    : QFrame(parent)
    , m_calls(calls)
    , m_text(new QLabel(this))
    , m_queue(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_accept(new QPushButton(this))
    , m_acceptShortcut(new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), this))
{
    setObjectName(u"incomingCallBar"_s);
    m_text->setObjectName(u"incomingCallText"_s);
    m_queue->setObjectName(u"incomingCallQueue"_s);
    m_hint->setObjectName(u"incomingCallHint"_s);
    m_accept->setObjectName(u"acceptCallButton"_s);
    // Only the bar itself: its button keeps the platform's look.
    setStyleSheet(u"#incomingCallBar { background: #d9ecff; }"
                  "#incomingCallBar QLabel { color: #0b2e4f; }"_s);
    setAutoFillBackground(true);

    for (QLabel *label : {m_text, m_queue, m_hint}) {
        label->setWordWrap(true);
    }
    QFont bold = m_text->font();
    bold.setBold(true);
    m_text->setFont(bold);

    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    texts->addWidget(m_text);
    texts->addWidget(m_queue);
    texts->addWidget(m_hint);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addLayout(texts, 1);
    layout->addWidget(m_accept, 0, Qt::AlignVCenter);

    connect(m_accept, &QPushButton::clicked, m_calls, &Session::CallController::accept);
    connect(m_acceptShortcut, &QShortcut::activated, this, [this] {
        if (m_accept->isVisible() && m_accept->isEnabled()) {
            m_accept->click();
        }
    });
    connect(m_calls, &Session::CallController::stateChanged, this, &IncomingCallBar::refresh);
    connect(m_calls, &Session::CallController::pendingChanged, this, &IncomingCallBar::refresh);

    retranslate();
    hide();
}

void IncomingCallBar::showCall(const QString &caller, const QString &queue, bool answerOnPhone)
{
    m_caller = caller;
    m_queueName = queue;
    m_hint->setVisible(answerOnPhone);
    retranslate();
    show();
    refresh();
}

void IncomingCallBar::refresh()
{
    if (m_calls->state() != Core::CallState::Offered || m_calls->isOutdial()) {
        hide();
        return;
    }
    m_accept->setEnabled(m_calls->canRequest(Kind::Accept));
}

void IncomingCallBar::retranslate()
{
    m_text->setText(tr("Incoming call from %1")
                            .arg(m_caller.isEmpty() ? tr("an unknown caller") : m_caller));
    m_queue->setText(m_queueName.isEmpty() ? QString() : tr("Queue: %1").arg(m_queueName));
    m_queue->setVisible(!m_queueName.isEmpty());
    m_hint->setText(tr("Answer on your phone."));
    m_accept->setText(tr("&Accept"));
    m_accept->setToolTip(tr("Answer the call here (%1)")
                                 .arg(m_acceptShortcut->key().toString(QKeySequence::NativeText)));
}

void IncomingCallBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QFrame::changeEvent(event);
}

} // namespace AgentDesk::Ui
