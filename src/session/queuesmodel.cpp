// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "queuesmodel.h"

#include <cc/contactcenterclient.h>

#include <QCollator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace AgentDesk::Session {

QueuesModel::QueuesModel(Cc::ContactCenterClient *client, QObject *parent)
    : QAbstractListModel(parent)
    , m_client(client)
{}

void QueuesModel::refresh(const QString &orgId)
{
    const int generation = ++m_generation;
    m_loading = true;
    Q_EMIT statusChanged();
    m_client->fetchQueues(orgId, this,
                          [this, generation](const Cc::CcResult<QList<Cc::CcQueue>> &r) {
                              if (generation != m_generation) {
                                  return;
                              }
                              m_loading = false;
                              if (r.ok()) {
                                  m_message.clear();
                                  setQueues(r.value());
                              } else {
                                  m_message = tr("The list of queues could not be loaded: %1")
                                                      .arg(r.error().message());
                              }
                              Q_EMIT statusChanged();
                          });
}

void QueuesModel::setQueues(QList<Cc::CcQueue> queues)
{
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(queues.begin(), queues.end(),
                     [&collator](const Cc::CcQueue &a, const Cc::CcQueue &b) {
                         return collator.compare(a.name, b.name) < 0;
                     });
    if (queues == m_queues) {
        return;
    }
    beginResetModel();
    m_queues = std::move(queues);
    endResetModel();
}

int QueuesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_queues.size());
}

QVariant QueuesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Cc::CcQueue &queue = m_queues.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return queue.name;
    case QueueIdRole:
        return queue.id;
    default:
        return {};
    }
}

QHash<int, QByteArray> QueuesModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(QueueIdRole, "queueId");
    return names;
}

} // namespace AgentDesk::Session
