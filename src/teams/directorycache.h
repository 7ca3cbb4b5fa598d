// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/colleague.h>

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace AgentDesk::Teams {

// The Teams directory kept on disk between runs, so the colleagues panel is usable at the next
// start while the Graph delta query runs: every Core::Colleague and the delta link that
// continues from them, in one SQLite file per Microsoft account and tenant.
//   DirectoryCache cache(DirectoryCache::pathFor(account, tenantId));
//   cache.open();                                 // false only when the file cannot be written
//   const DirectoryCache::Snapshot saved = cache.load();
//   showAtOnce(saved.colleagues);                 // then /users/delta from saved.deltaLink
//   cache.apply(changed, removedIds, page.deltaLink);
// A missing, unreadable (not SQLite, truncated, damaged) or other-version file is never fatal:
// it is replaced by an empty cache and a log line says so; the next sync is then a full one.
// Holds nothing secret: no token ever goes in (a Colleague has none).
// Use one instance from one thread (the one that called open()): it owns its own SQLite
// connection, so instances in other threads or for other accounts do not interfere.
class DirectoryCache final
{
    Q_DISABLE_COPY_MOVE(DirectoryCache)

public:
    // Bumped whenever the tables change: a file of any other version is rebuilt empty.
    static constexpr int SchemaVersion = 1;

    struct Snapshot
    {
        QList<Core::Colleague> colleagues; // in the order they were first stored
        QString deltaLink;                 // empty: no sync finished yet, start a full one
    };

    explicit DirectoryCache(const QString &filePath);
    ~DirectoryCache();

    // <CacheLocation>/directory/<hash>.sqlite: one file per account and tenant, named by a hash
    // so the file name carries no personal data. Both are compared case-insensitively.
    static QString pathFor(const QString &account, const QString &tenant);

    // Opens the file (creating it and its folder when missing), rebuilding it empty when it is
    // unreadable or of another schema version. False only when no usable cache could be made
    // (the folder is not writable, the disk is full...); the panel then works without one.
    bool open();
    void close();
    bool isOpen() const;
    const QString &filePath() const { return m_filePath; }

    // Everything stored; empty when closed. A file found damaged while reading is rebuilt
    // empty, and an empty snapshot returned.
    Snapshot load();

    // Replaces the whole directory (after a full sync), in one transaction.
    bool replaceAll(const QList<Core::Colleague> &colleagues, const QString &deltaLink);
    // Applies one delta: inserts or updates the upserts (by id; an updated person keeps their
    // place), deletes the removed ids, and stores the new delta link, in one transaction.
    bool apply(const QList<Core::Colleague> &upserts, const QStringList &removedIds,
               const QString &deltaLink);
    // Forgets everything (the account signed out, or a full sync is needed).
    bool clear();

private:
    struct Connection;

    bool openFile();
    bool prepareSchema();
    bool rebuild(const QString &reason);
    bool write(const QList<Core::Colleague> &upserts, const QStringList &removedIds,
               const QString &deltaLink, bool replace);
    QString logName() const;
    void warn(const QString &what) const;

    QString m_filePath;
    std::unique_ptr<Connection> m_connection;
};

} // namespace AgentDesk::Teams
