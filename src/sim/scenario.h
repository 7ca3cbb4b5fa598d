// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace AgentDesk::Sim {

// The tenant the simulator plays: identities, clients, accounts, the Teams directory, the
// contact center. The built-in default (scenarios/default.json, compiled in) is always loaded;
// a scenario file given with --scenario is merged over it key by key, so a file only says what
// differs. Each service reads its own section ("identity", "graph", "contactCenter", ...).
class Scenario
{
public:
    static Scenario defaults();
    // Merges a JSON file over the current values; false with a message when it can't be read.
    bool mergeFile(const QString &path, QString *error);
    void merge(const QJsonObject &overrides);

    QJsonObject section(const QString &name) const { return m_root.value(name).toObject(); }
    const QJsonObject &root() const { return m_root; }

    // Values the command line may override.
    int directorySize() const;
    void setDirectorySize(int size);
    quint64 seed() const;
    void setSeed(quint64 seed);
    QString autoSignIn() const; // e-mail the identity pages sign in at once, or empty
    void setAutoSignIn(const QString &email);

    static QJsonObject deepMerge(QJsonObject base, const QJsonObject &overrides);

private:
    QJsonObject m_root;
};

} // namespace AgentDesk::Sim
