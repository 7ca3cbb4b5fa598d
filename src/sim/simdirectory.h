// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simuser.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace AgentDesk::Sim {

// The simulated tenant's directory: users in creation order (the order paging walks), looked up
// by id or sign-in address, with a change log that delta queries read. Every add, update and
// removal bumps the version and is logged; presence changes are not directory changes and are
// not logged, as in Graph.
//   SimDirectory directory(DirectoryGenerator::generate(scenario));
//   const quint64 v = directory.version();
//   directory.update(id, {{u"jobTitle"_s, u"Claims Manager"_s}}, &error);
//   directory.changesSince(v, directory.version()); // one change: id, JobTitle
class SimDirectory final
{
public:
    enum class ChangeKind
    {
        Added,
        Updated,
        Removed
    };
    // What delta reports in @removed.reason: "changed" = soft-deleted (restorable for 30 days),
    // "deleted" = gone for good (learn.microsoft.com/graph/delta-query-overview).
    enum class RemoveReason
    {
        Changed,
        Deleted
    };
    struct Change
    {
        quint64 version = 0;
        QString id;
        ChangeKind kind = ChangeKind::Updated;
        quint32 properties = 0; // for updates: the changed properties
        RemoveReason reason = RemoveReason::Changed;
    };

    explicit SimDirectory(std::vector<SimUser> users);

    qsizetype size() const { return qsizetype(m_users.size()); }
    const std::vector<SimUser> &users() const { return m_users; }
    // By id, or by userPrincipalName as Graph's /users/{id | userPrincipalName} allows.
    const SimUser *find(const QString &idOrPrincipalName) const;
    // By mail or userPrincipalName, case-insensitively.
    const SimUser *findByEmail(const QString &email) const;
    // Position of the first user created after the given sequence number (paging cursors).
    qsizetype indexAfter(quint64 sequence) const;

    // Adds a user (id and sequence are assigned when empty/zero); false when the id is taken.
    bool add(SimUser user);
    // Applies Graph properties to a user; false with *error when the user or a value is wrong.
    bool update(const QString &id, const QJsonObject &properties, QString *error);
    bool remove(const QString &id, RemoveReason reason);
    // Not directory changes: presence and photo.
    bool setPresence(const QString &id, const QString &availability, const QString &activity);
    bool setHasPhoto(const QString &id, bool hasPhoto);

    quint64 version() const { return m_version; }
    // The oldest version a delta token may still name.
    quint64 oldestVersion() const { return m_oldestVersion; }
    // Identifies this directory's history, so tokens of another run are refused.
    quint32 epoch() const { return m_epoch; }
    // The changes after `from` up to and including `to`, one per user (the latest, with the
    // properties changed meanwhile merged), in the order of their latest change.
    std::vector<Change> changesSince(quint64 from, quint64 to) const;

    // {total, members, guests, disabled, enabledMembers, noPhone, withMobile, withoutPhoto}
    QJsonObject stats() const;

private:
    const SimUser *atSequence(quint64 sequence) const;
    SimUser *mutableUser(const QString &id);
    void indexLogins(const SimUser &user);
    void unindexLogins(const SimUser &user);
    void record(const QString &id, ChangeKind kind, quint32 properties,
                RemoveReason reason = RemoveReason::Changed);

    std::vector<SimUser> m_users;      // sorted by sequence
    QHash<QString, quint64> m_byId;    // id → sequence
    QHash<QString, quint64> m_byLogin; // lower-case mail and userPrincipalName → sequence
    std::vector<Change> m_changes;
    quint64 m_version = 1;
    quint64 m_oldestVersion = 1;
    quint64 m_nextSequence = 1;
    quint32 m_epoch = 0;
};

} // namespace AgentDesk::Sim
