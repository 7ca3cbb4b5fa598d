// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QModelIndex>
#include <QVariant>
#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QListView;
class QPushButton;
class QToolButton;

namespace AgentDesk::Ui {

// One tab of the consult/transfer panel that is a plain list (contact-center agents, queues):
// the list, a line saying how it stands, Refresh, and Consult and Transfer for the selected
// row. Enter consults, Shift+Enter transfers. Child names start with `name` ("agent" →
// "agentList", "agentConsult", "agentTransfer", "agentStatus", "agentRefresh").
class DestinationList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DestinationList)

public:
    // `keyRole`: what names a row across refreshes (the agent or queue id). `reachableRole`: a
    // bool role that must be true for a row to be consulted or transferred to (the agent is
    // available); -1 when every row can be.
    DestinationList(const QString &name, QAbstractItemModel *model, int keyRole, int reachableRole,
                    QWidget *parent = nullptr);

    // What the call allows now.
    void setActionsAvailable(bool consult, bool transfer);
    // `text` empty: the line is hidden.
    void setStatus(const QString &text);
    QModelIndex currentIndex() const;
    QListView *list() const { return m_list; }

Q_SIGNALS:
    void consultRequested(const QModelIndex &index);
    void transferRequested(const QModelIndex &index);
    void refreshRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();

    int m_keyRole;
    int m_reachableRole;
    QListView *m_list;
    QLabel *m_status;
    QToolButton *m_refresh;
    QPushButton *m_consult;
    QPushButton *m_transfer;
    bool m_consultAvailable = false;
    bool m_transferAvailable = false;
    QVariant m_keptKey; // the row chosen before a reset, found again after it
};

} // namespace AgentDesk::Ui
