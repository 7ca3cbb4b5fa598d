// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agentstatemodel.h"

namespace AgentDesk::Session {

AgentStateModel::AgentStateModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void AgentStateModel::setIdleCodes(const QList<Core::NamedCode> &idleCodes)
{
    beginResetModel();
    m_idleCodes = idleCodes;
    endResetModel();
}

int AgentStateModel::rowOf(const QString &idleCodeId) const
{
    if (idleCodeId.isEmpty()) {
        return 0;
    }
    for (qsizetype i = 0; i < m_idleCodes.size(); ++i) {
        if (m_idleCodes.at(i).id == idleCodeId) {
            return int(i) + 1;
        }
    }
    return -1;
}

int AgentStateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_idleCodes.size()) + 1;
}

QVariant AgentStateModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const bool available = index.row() == 0;
    switch (role) {
    case Qt::DisplayRole:
        return available ? tr("Available") : m_idleCodes.at(index.row() - 1).name;
    case CodeIdRole:
        return available ? QString() : m_idleCodes.at(index.row() - 1).id;
    case IsAvailableRole:
        return available;
    default:
        return {};
    }
}

QHash<int, QByteArray> AgentStateModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(CodeIdRole, "codeId");
    names.insert(IsAvailableRole, "isAvailable");
    return names;
}

} // namespace AgentDesk::Session
