// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractProxyModel>

#include <vector>

namespace AgentDesk::Session {

class ColleaguesModel;

// The colleagues the agent is looking for: ColleaguesModel's rows that match the search text and
// the filters, in SearchIndex's order (name matches, then availability, then name), with the
// pinned people (favourites, recent experts) that match listed first.
// The order is decided when the query or a filter changes, not when presence does: a list
// that re-sorts itself under the agent's pointer every few seconds cannot be clicked. Presence
// changes still repaint the rows (dataChanged is passed on for the rows shown).
//   ColleagueSearchModel results;
//   results.setSourceModel(&colleagues);
//   results.setQuery(u"sales ana"_s);
class ColleagueSearchModel final : public QAbstractProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColleagueSearchModel)

public:
    explicit ColleagueSearchModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;

    QString query() const { return m_query; }
    void setQuery(const QString &query);
    // Empty: every department.
    QString department() const { return m_department; }
    void setDepartment(const QString &department);
    bool availableOnly() const { return m_availableOnly; }
    void setAvailableOnly(bool availableOnly);

    // The source rows shown, in order (e.g. for the presence poller's "visible" list).
    int sourceRow(int row) const { return m_sourceRows.at(size_t(row)); }

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;

private:
    void refresh();
    void onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                             const QList<int> &roles);

    ColleaguesModel *m_colleagues = nullptr;
    QString m_query;
    QString m_department;
    bool m_availableOnly = false;
    std::vector<int> m_sourceRows;
    std::vector<int> m_proxyRowOfSource; // -1: not shown
};

} // namespace AgentDesk::Session
