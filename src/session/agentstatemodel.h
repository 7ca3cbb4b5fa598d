// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/desktopprofile.h>

#include <QAbstractListModel>

namespace AgentDesk::Session {

// The states an agent can choose: Available, then every idle code the profile allows, in the
// profile's order. Idle-code names are the tenant's own words and are shown as they are.
class AgentStateModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentStateModel)

public:
    enum Role
    {
        CodeIdRole = Qt::UserRole + 1, // the idle code id; empty for Available
        IsAvailableRole,
    };

    explicit AgentStateModel(QObject *parent = nullptr);

    void setIdleCodes(const QList<Core::NamedCode> &idleCodes);
    // The row of Available (0) or of an idle code; -1 when the code is unknown.
    int rowOf(const QString &idleCodeId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<Core::NamedCode> m_idleCodes;
};

} // namespace AgentDesk::Session
