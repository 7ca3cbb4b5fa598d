// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "destinationlist.h"

#include "flowlayout.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace AgentDesk::Ui {

DestinationList::DestinationList(const QString &name, QAbstractItemModel *model, int keyRole,
                                 int reachableRole, QWidget *parent)
    : QWidget(parent)
    , m_keyRole(keyRole)
    , m_reachableRole(reachableRole)
    , m_list(new QListView(this))
    , m_status(new QLabel(this))
    , m_refresh(new QToolButton(this))
    , m_consult(new QPushButton(this))
    , m_transfer(new QPushButton(this))
{
    setObjectName(name + u"Page"_s);
    m_list->setObjectName(name + u"List"_s);
    m_status->setObjectName(name + u"Status"_s);
    m_refresh->setObjectName(name + u"Refresh"_s);
    m_consult->setObjectName(name + u"Consult"_s);
    m_transfer->setObjectName(name + u"Transfer"_s);

    m_list->setModel(model);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setWordWrap(true);
    m_list->setSpacing(2);
    m_status->setWordWrap(true);
    m_refresh->setAutoRaise(true);
    m_refresh->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_refresh, 0, Qt::AlignRight);
    auto *buttons = new FlowLayout;
    buttons->addWidget(m_consult);
    buttons->addWidget(m_transfer);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(statusRow);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_consult, &QPushButton::clicked, this, [this] {
        if (currentIndex().isValid()) {
            Q_EMIT consultRequested(currentIndex());
        }
    });
    connect(m_transfer, &QPushButton::clicked, this, [this] {
        if (currentIndex().isValid()) {
            Q_EMIT transferRequested(currentIndex());
        }
    });
    connect(m_refresh, &QToolButton::clicked, this, &DestinationList::refreshRequested);
    connect(m_list, &QListView::activated, this, [this] {
        if (m_consult->isEnabled()) {
            m_consult->click();
        }
    });
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keptKey = currentIndex().data(m_keyRole); });
    connect(model, &QAbstractItemModel::modelReset, this, [this, model] {
        const QModelIndexList found = m_keptKey.isValid() && model->rowCount() > 0
                                              ? model->match(model->index(0, 0), m_keyRole,
                                                             m_keptKey, 1, Qt::MatchExactly)
                                              : QModelIndexList();
        if (!found.isEmpty()) {
            m_list->setCurrentIndex(found.first());
        } else if (model->rowCount() > 0) {
            m_list->setCurrentIndex(model->index(0, 0));
        }
        updateButtons();
    });
    connect(model, &QAbstractItemModel::dataChanged, this, &DestinationList::updateButtons);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DestinationList::updateButtons);
    m_list->installEventFilter(this);
    setFocusProxy(m_list);

    retranslate();
}

void DestinationList::retranslate()
{
    m_refresh->setText(tr("Refresh"));
    m_consult->setText(tr("C&onsult"));
    m_consult->setToolTip(tr("Put the customer on hold and call the selected one (Enter)"));
    m_transfer->setText(tr("&Transfer"));
    m_transfer->setToolTip(tr("Transfer the customer's call to the selected one (Shift+Enter)"));
    updateButtons();
}

void DestinationList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

QModelIndex DestinationList::currentIndex() const
{
    return m_list->currentIndex();
}

void DestinationList::setActionsAvailable(bool consult, bool transfer)
{
    m_consultAvailable = consult;
    m_transferAvailable = transfer;
    updateButtons();
}

void DestinationList::setStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void DestinationList::updateButtons()
{
    const QModelIndex current = currentIndex();
    const bool reachable =
            current.isValid() && (m_reachableRole < 0 || current.data(m_reachableRole).toBool());
    m_consult->setEnabled(reachable && m_consultAvailable);
    m_transfer->setEnabled(reachable && m_transferAvailable);
}

bool DestinationList::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            // Enter consults, Shift+Enter transfers (as in the colleagues panel).
            QPushButton *button = key->modifiers() & Qt::ShiftModifier ? m_transfer : m_consult;
            if (button->isEnabled()) {
                button->click();
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace AgentDesk::Ui
