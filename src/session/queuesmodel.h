// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/ccqueue.h>

#include <QAbstractListModel>

namespace AgentDesk::Cc {
class ContactCenterClient;
}

namespace AgentDesk::Session {

// The Queues tab of the consult/transfer panel: the organization's active telephony queues
// (GET …/v2/contact-service-queue), by name. Asked for again each time the tab is shown; the
// rows stay meanwhile.
//   QueuesModel queues(&services.client());
//   queues.refresh(login.person().orgId);
class QueuesModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueuesModel)

public:
    enum Role
    {
        QueueIdRole = Qt::UserRole + 1, // QString: what a consult or transfer names ("queue")
    };

    explicit QueuesModel(Cc::ContactCenterClient *client, QObject *parent = nullptr);

    void refresh(const QString &orgId);
    bool isLoading() const { return m_loading; }
    // Translated: why the list could not be loaded; empty when it was.
    QString message() const { return m_message; }
    const Cc::CcQueue &queue(int row) const { return m_queues.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void statusChanged();

private:
    void setQueues(QList<Cc::CcQueue> queues);

    Cc::ContactCenterClient *m_client;
    QList<Cc::CcQueue> m_queues;
    bool m_loading = false;
    QString m_message;
    int m_generation = 0; // only the newest answer counts
};

} // namespace AgentDesk::Session
