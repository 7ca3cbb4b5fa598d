// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "colleaguesearchmodel.h"

#include "colleagueroles.h"
#include "colleaguesmodel.h"

#include <core/presence.h>

#include <algorithm>

namespace AgentDesk::Session {

ColleagueSearchModel::ColleagueSearchModel(QObject *parent)
    : QAbstractProxyModel(parent)
{}

void ColleagueSearchModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    if (m_colleagues) {
        disconnect(m_colleagues, nullptr, this, nullptr);
    }
    m_colleagues = qobject_cast<ColleaguesModel *>(sourceModel);
    Q_ASSERT_X(!sourceModel || m_colleagues, "ColleagueSearchModel",
               "the source must be a ColleaguesModel: its SearchIndex answers the query");
    QAbstractProxyModel::setSourceModel(m_colleagues);
    if (m_colleagues) {
        // Structural changes are rare (a directory delta every few minutes): search again.
        connect(m_colleagues, &QAbstractItemModel::modelReset, this,
                &ColleagueSearchModel::refresh);
        connect(m_colleagues, &QAbstractItemModel::rowsInserted, this,
                &ColleagueSearchModel::refresh);
        connect(m_colleagues, &QAbstractItemModel::rowsRemoved, this,
                &ColleagueSearchModel::refresh);
        connect(m_colleagues, &QAbstractItemModel::layoutChanged, this,
                &ColleagueSearchModel::refresh);
        connect(m_colleagues, &QAbstractItemModel::dataChanged, this,
                &ColleagueSearchModel::onSourceDataChanged);
    }
    refresh();
}

void ColleagueSearchModel::setQuery(const QString &query)
{
    if (query == m_query) {
        return;
    }
    m_query = query;
    refresh();
}

void ColleagueSearchModel::setDepartment(const QString &department)
{
    if (department == m_department) {
        return;
    }
    m_department = department;
    refresh();
}

void ColleagueSearchModel::setAvailableOnly(bool availableOnly)
{
    if (availableOnly == m_availableOnly) {
        return;
    }
    m_availableOnly = availableOnly;
    refresh();
}

void ColleagueSearchModel::refresh()
{
    // A new result set, in a new order: a reset of this proxy (the source is never reset to
    // filter). Views keep their current item by id (see ColleaguesPanel).
    beginResetModel();
    m_sourceRows.clear();
    m_proxyRowOfSource.clear();
    if (m_colleagues) {
        Core::SearchIndex::Filter filter;
        filter.department = m_department;
        filter.maxAvailabilityRank = m_availableOnly ? Core::Presence::MaxAvailableRank : -1;
        const QList<int> rows = m_colleagues->searchIndex().search(m_query, filter);
        m_sourceRows.assign(rows.cbegin(), rows.cend());
        // Favourites, then recent experts, then everyone else, each group in search order.
        if (m_colleagues->hasPinned()) {
            const auto pinnedEnd =
                    std::stable_partition(m_sourceRows.begin(), m_sourceRows.end(),
                                          [this](int row) { return m_colleagues->isPinned(row); });
            std::stable_partition(m_sourceRows.begin(), pinnedEnd,
                                  [this](int row) { return m_colleagues->isFavourite(row); });
        }
        m_proxyRowOfSource.assign(size_t(m_colleagues->rowCount()), -1);
        for (size_t i = 0; i < m_sourceRows.size(); ++i) {
            m_proxyRowOfSource[size_t(m_sourceRows[i])] = int(i);
        }
    }
    endResetModel();
}

void ColleagueSearchModel::onSourceDataChanged(const QModelIndex &topLeft,
                                               const QModelIndex &bottomRight,
                                               const QList<int> &roles)
{
    if (roles.contains(PinnedRole)) {
        // Pinning someone moves them: keep the order true to the pins.
        refresh();
        return;
    }
    if (m_sourceRows.empty()) {
        return;
    }
    // One source range may map anywhere: report the span of proxy rows it touches when it is
    // small, else everything shown (a view repaints only what is on screen either way).
    const int first = topLeft.row();
    const int last = bottomRight.row();
    if (last - first > 64) {
        Q_EMIT dataChanged(index(0, 0), index(int(m_sourceRows.size()) - 1, 0), roles);
        return;
    }
    for (int source = first; source <= last; ++source) {
        const int proxy = m_proxyRowOfSource[size_t(source)];
        if (proxy >= 0) {
            const QModelIndex changed = index(proxy, 0);
            Q_EMIT dataChanged(changed, changed, roles);
        }
    }
}

QModelIndex ColleagueSearchModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_colleagues || !proxyIndex.isValid()) {
        return {};
    }
    return m_colleagues->index(m_sourceRows.at(size_t(proxyIndex.row())), 0);
}

QModelIndex ColleagueSearchModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || size_t(sourceIndex.row()) >= m_proxyRowOfSource.size()) {
        return {};
    }
    const int row = m_proxyRowOfSource[size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : index(row, 0);
}

QModelIndex ColleagueSearchModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || column != 0 || row < 0 || size_t(row) >= m_sourceRows.size()) {
        return {};
    }
    return createIndex(row, column);
}

QModelIndex ColleagueSearchModel::parent(const QModelIndex &) const
{
    return {};
}

int ColleagueSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sourceRows.size());
}

int ColleagueSearchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1;
}

} // namespace AgentDesk::Session
