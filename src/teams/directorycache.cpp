// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "directorycache.h"

#include "teamslogging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <atomic>
#include <optional>

using namespace Qt::StringLiterals;

namespace AgentDesk::Teams {

namespace {

using Verdict = Core::DialNumber::Verdict;

const auto kDriver = u"QSQLITE"_s;
const auto kDeltaLinkKey = u"deltaLink"_s;

// SQLite's primary result codes that mean the file itself is damaged or not a database
// (sqlite3.h: SQLITE_CORRUPT, SQLITE_NOTADB); anything else (disk full, locked) is not a reason
// to throw the cache away.
bool isDamaged(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xFF;
    return ok && (code == 11 || code == 26);
}

// The verdict as stored: fixed numbers, so that reordering the enum never reads old rows as
// another verdict. A new enumerator fails to compile (-Wswitch) until it has its number here.
int storedVerdict(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Empty:
        return 0;
    case Verdict::Valid:
        return 1;
    case Verdict::PossibleButUnassigned:
        return 2;
    case Verdict::NotANumber:
        return 3;
    case Verdict::MissingCountryCode:
        return 4;
    case Verdict::InvalidCountryCode:
        return 5;
    case Verdict::NoRegionChosen:
        return 6;
    case Verdict::InvalidForRegion:
        return 7;
    case Verdict::TooShort:
        return 8;
    case Verdict::TooLong:
        return 9;
    case Verdict::InvalidLength:
        return 10;
    case Verdict::LocalOnly:
        return 11;
    }
    return 3;
}

Verdict verdictFromStored(int stored, bool hasE164)
{
    switch (stored) {
    case 0:
        return Verdict::Empty;
    case 1:
        return Verdict::Valid;
    case 2:
        return Verdict::PossibleButUnassigned;
    case 3:
        return Verdict::NotANumber;
    case 4:
        return Verdict::MissingCountryCode;
    case 5:
        return Verdict::InvalidCountryCode;
    case 6:
        return Verdict::NoRegionChosen;
    case 7:
        return Verdict::InvalidForRegion;
    case 8:
        return Verdict::TooShort;
    case 9:
        return Verdict::TooLong;
    case 10:
        return Verdict::InvalidLength;
    case 11:
        return Verdict::LocalOnly;
    default:
        // Written by a newer AgentDesk: what we can still tell is whether it was readable.
        return hasE164 ? Verdict::Valid : Verdict::NotANumber;
    }
}

// Column order of the colleagues table, shared by the SELECT and the INSERT.
const auto kColumns = u"id, display_name, job_title, department, mail, business_phone, "
                      "business_e164, business_extension, business_verdict, mobile_phone, "
                      "mobile_e164, cc_agent_id"_s;

const auto kUpsert =
        u"INSERT INTO colleagues (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET display_name = excluded.display_name, "
        "job_title = excluded.job_title, department = excluded.department, "
        "mail = excluded.mail, business_phone = excluded.business_phone, "
        "business_e164 = excluded.business_e164, "
        "business_extension = excluded.business_extension, "
        "business_verdict = excluded.business_verdict, mobile_phone = excluded.mobile_phone, "
        "mobile_e164 = excluded.mobile_e164, cc_agent_id = excluded.cc_agent_id"_s.arg(kColumns);

// Empty text is stored as '' rather than NULL so every column reads back as a string.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(u""_s)) : QVariant(value);
}

// A department or job title is shared by thousands of people: one string each in memory.
class Interner
{
public:
    QString operator()(QString value)
    {
        const auto it = m_seen.constFind(value);
        if (it != m_seen.cend()) {
            return *it;
        }
        m_seen.insert(value);
        return value;
    }

private:
    QSet<QString> m_seen;
};

std::atomic<int> g_connectionCount{0};

} // namespace

// The SQLite connection and the statements prepared on it; the statements go before the
// connection is removed (QSqlDatabase warns about, and leaks, connections still in use).
struct DirectoryCache::Connection
{
    QString name;
    QSqlDatabase db;
    std::optional<QSqlQuery> upsert;
    std::optional<QSqlQuery> remove;
    std::optional<QSqlQuery> setMeta;

    explicit Connection(const QString &filePath)
        : name(u"agentdesk-directorycache-%1"_s.arg(++g_connectionCount))
        , db(QSqlDatabase::addDatabase(kDriver, name))
    {
        db.setDatabaseName(filePath);
        // Another instance (the sync on a worker thread) may be writing: wait for it a little
        // instead of failing at once with "database is locked".
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=3000"_s);
    }
    ~Connection()
    {
        upsert.reset();
        remove.reset();
        setMeta.reset();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
    Q_DISABLE_COPY_MOVE(Connection)

    QSqlQuery query() const { return QSqlQuery(db); }
    bool exec(const QString &statement, QSqlError *error = nullptr) const
    {
        QSqlQuery q(db);
        if (q.exec(statement)) {
            return true;
        }
        if (error) {
            *error = q.lastError();
        }
        return false;
    }
};

DirectoryCache::DirectoryCache(const QString &filePath)
    : m_filePath(filePath)
{}

DirectoryCache::~DirectoryCache() = default;

QString DirectoryCache::pathFor(const QString &account, const QString &tenant)
{
    const QByteArray key = (account.toLower() + u'\n' + tenant.toLower()).toUtf8();
    const QByteArray hash = QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex();
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/directory/"_s +
           QString::fromLatin1(hash.left(32)) + u".sqlite"_s;
}

bool DirectoryCache::isOpen() const
{
    return m_connection && m_connection->db.isOpen();
}

void DirectoryCache::close()
{
    m_connection.reset();
}

// The file name only: the folder would name the OS user, and the name is a hash.
QString DirectoryCache::logName() const
{
    return QFileInfo(m_filePath).fileName();
}

void DirectoryCache::warn(const QString &what) const
{
    qCWarning(lcTeams).noquote() << u"directory cache %1: %2"_s.arg(logName(), what);
}

bool DirectoryCache::open()
{
    close();
    if (!QSqlDatabase::isDriverAvailable(kDriver)) {
        qCWarning(lcTeams) << "directory cache: the Qt SQLite driver is not installed; "
                              "working without a cache";
        return false;
    }
    if (!openFile()) {
        // A file SQLite cannot open at all (no permission to read it...) is replaced, if the
        // folder lets us.
        return QFileInfo(m_filePath).isFile() && rebuild(u"cannot be opened"_s);
    }
    return prepareSchema();
}

bool DirectoryCache::openFile()
{
    const QFileInfo info(m_filePath);
    if (!QDir().mkpath(info.absolutePath())) {
        warn(u"cannot create its folder; working without a cache"_s);
        return false;
    }
    m_connection = std::make_unique<Connection>(m_filePath);
    if (!m_connection->db.open()) {
        warn(u"cannot open it (%1); working without a cache"_s.arg(
                m_connection->db.lastError().text()));
        m_connection.reset();
        return false;
    }
    return true;
}

bool DirectoryCache::prepareSchema()
{
    QSqlQuery q = m_connection->query();
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next()) {
        return rebuild(u"not a readable SQLite database ("_s + q.lastError().text() + u')');
    }
    const int version = q.value(0).toInt();
    if (!q.exec(u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
                "name IN ('colleagues', 'meta')"_s) ||
        !q.next()) {
        return rebuild(u"not a readable SQLite database ("_s + q.lastError().text() + u')');
    }
    const int tables = q.value(0).toInt();
    q.finish();
    if (version == 0 && tables == 0) {
        qCInfo(lcTeams).noquote() << u"directory cache %1: new, empty"_s.arg(logName());
        return rebuild({});
    }
    if (version != SchemaVersion) {
        return rebuild(
                u"schema version %1, this AgentDesk uses %2"_s.arg(version).arg(SchemaVersion));
    }
    if (tables != 2) {
        return rebuild(u"tables missing"_s);
    }
    // WAL: readers never wait for the delta being written; NORMAL is durable enough for a
    // cache (a power cut may lose the last delta, never the file) and much faster.
    QSqlError error;
    if (!m_connection->exec(u"PRAGMA journal_mode = WAL"_s, &error) ||
        !m_connection->exec(u"PRAGMA synchronous = NORMAL"_s, &error)) {
        if (isDamaged(error)) {
            return rebuild(u"damaged ("_s + error.text() + u')');
        }
        warn(u"cannot set the journal mode: "_s + error.text());
    }
    return true;
}

// Deletes the file and creates an empty cache of this version. `reason` empty: a new file.
bool DirectoryCache::rebuild(const QString &reason)
{
    if (!reason.isEmpty()) {
        warn(reason + u" - rebuilding it empty; the next sync is a full one"_s);
    }
    m_connection.reset();
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        QFile::remove(m_filePath + suffix);
    }
    if (QFileInfo::exists(m_filePath)) {
        warn(u"cannot delete the old file; working without a cache"_s);
        return false;
    }
    if (!openFile()) {
        return false;
    }
    QSqlError error;
    // The rows' order is the insertion order (rowid); `id` is unique for upserts by id.
    const bool created =
            m_connection->exec(u"PRAGMA journal_mode = WAL"_s, &error) &&
            m_connection->exec(u"PRAGMA synchronous = NORMAL"_s, &error) &&
            m_connection->db.transaction() &&
            m_connection->exec(u"CREATE TABLE colleagues ("
                               "id TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL, "
                               "job_title TEXT NOT NULL, department TEXT NOT NULL, "
                               "mail TEXT NOT NULL, business_phone TEXT NOT NULL, "
                               "business_e164 TEXT NOT NULL, business_extension TEXT NOT NULL, "
                               "business_verdict INTEGER NOT NULL, mobile_phone TEXT NOT NULL, "
                               "mobile_e164 TEXT NOT NULL, cc_agent_id TEXT NOT NULL)"_s,
                               &error) &&
            m_connection->exec(u"CREATE TABLE meta ("
                               "key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)"_s,
                               &error) &&
            m_connection->exec(u"PRAGMA user_version = %1"_s.arg(SchemaVersion), &error) &&
            m_connection->db.commit();
    if (!created) {
        const QString text = error.isValid() ? error.text() : m_connection->db.lastError().text();
        warn(u"cannot create the tables (%1); working without a cache"_s.arg(text));
        m_connection.reset();
        return false;
    }
    return true;
}

DirectoryCache::Snapshot DirectoryCache::load()
{
    Snapshot snapshot;
    if (!isOpen()) {
        return snapshot;
    }
    QSqlDatabase &db = m_connection->db;
    // One read transaction: the rows and the delta link belong together.
    db.transaction();
    QSqlQuery q = m_connection->query();
    q.setForwardOnly(true);
    // The largest rowid bounds the count and, unlike count(*), needs no pass over the table.
    bool ok = q.exec(u"SELECT max(rowid) FROM colleagues"_s) && q.next();
    if (ok) {
        snapshot.colleagues.reserve(q.value(0).toLongLong());
        ok = q.exec(u"SELECT %1 FROM colleagues ORDER BY rowid"_s.arg(kColumns));
    }
    Interner departments;
    Interner titles;
    while (ok && q.next()) {
        Core::Colleague &c = snapshot.colleagues.emplace_back();
        c.id = q.value(0).toString();
        c.displayName = q.value(1).toString();
        c.jobTitle = titles(q.value(2).toString());
        c.department = departments(q.value(3).toString());
        c.mail = q.value(4).toString();
        c.businessPhone = q.value(5).toString();
        c.businessPhoneE164 = q.value(6).toString();
        c.businessPhoneExtension = q.value(7).toString();
        c.businessPhoneVerdict =
                verdictFromStored(q.value(8).toInt(), !c.businessPhoneE164.isEmpty());
        c.mobilePhone = q.value(9).toString();
        c.mobilePhoneE164 = q.value(10).toString();
        c.ccAgentId = q.value(11).toString();
    }
    // next() is false at the end and on an error alike; the error tells a damaged page.
    ok = ok && !q.lastError().isValid();
    if (ok) {
        ok = q.exec(u"SELECT value FROM meta WHERE key = '%1'"_s.arg(kDeltaLinkKey));
        if (ok && q.next()) {
            snapshot.deltaLink = q.value(0).toString();
        }
        ok = ok && !q.lastError().isValid();
    }
    const QSqlError error = q.lastError();
    q.finish();
    db.commit();
    if (!ok) {
        if (isDamaged(error)) {
            rebuild(u"damaged ("_s + error.text() + u')');
        } else {
            warn(u"cannot read it: "_s + error.text());
        }
        return {};
    }
    qCInfo(lcTeams).noquote() << u"directory cache %1: loaded %2 colleagues"_s.arg(
            logName(), QString::number(snapshot.colleagues.size()));
    return snapshot;
}

bool DirectoryCache::replaceAll(const QList<Core::Colleague> &colleagues, const QString &deltaLink)
{
    return write(colleagues, {}, deltaLink, true);
}

bool DirectoryCache::apply(const QList<Core::Colleague> &upserts, const QStringList &removedIds,
                           const QString &deltaLink)
{
    return write(upserts, removedIds, deltaLink, false);
}

bool DirectoryCache::clear()
{
    return write({}, {}, {}, true);
}

bool DirectoryCache::write(const QList<Core::Colleague> &upserts, const QStringList &removedIds,
                           const QString &deltaLink, bool replace)
{
    if (!isOpen()) {
        return false;
    }
    Connection &connection = *m_connection;
    QSqlError error;
    auto prepared = [&connection, &error](std::optional<QSqlQuery> &query,
                                          const QString &statement) {
        if (!query) {
            query.emplace(connection.db);
            if (!query->prepare(statement)) {
                error = query->lastError();
                query.reset();
                return false;
            }
        }
        return true;
    };
    bool ok = connection.db.transaction();
    if (!ok) {
        error = connection.db.lastError();
    }
    if (ok && replace) {
        ok = connection.exec(u"DELETE FROM colleagues"_s, &error) &&
             connection.exec(u"DELETE FROM meta"_s, &error);
    }
    if (ok && !upserts.isEmpty()) {
        ok = prepared(connection.upsert, kUpsert);
        QSqlQuery *q = ok ? &*connection.upsert : nullptr;
        for (qsizetype i = 0; ok && i < upserts.size(); ++i) {
            const Core::Colleague &c = upserts.at(i);
            q->bindValue(0, text(c.id));
            q->bindValue(1, text(c.displayName));
            q->bindValue(2, text(c.jobTitle));
            q->bindValue(3, text(c.department));
            q->bindValue(4, text(c.mail));
            q->bindValue(5, text(c.businessPhone));
            q->bindValue(6, text(c.businessPhoneE164));
            q->bindValue(7, text(c.businessPhoneExtension));
            q->bindValue(8, storedVerdict(c.businessPhoneVerdict));
            q->bindValue(9, text(c.mobilePhone));
            q->bindValue(10, text(c.mobilePhoneE164));
            q->bindValue(11, text(c.ccAgentId));
            if (!q->exec()) {
                error = q->lastError();
                ok = false;
            }
        }
    }
    if (ok && !removedIds.isEmpty()) {
        ok = prepared(connection.remove, u"DELETE FROM colleagues WHERE id = ?"_s);
        for (qsizetype i = 0; ok && i < removedIds.size(); ++i) {
            connection.remove->bindValue(0, text(removedIds.at(i)));
            if (!connection.remove->exec()) {
                error = connection.remove->lastError();
                ok = false;
            }
        }
    }
    if (ok && (!replace || !deltaLink.isEmpty())) {
        ok = prepared(connection.setMeta,
                      u"INSERT INTO meta (key, value) VALUES (?, ?) "
                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
        if (ok) {
            connection.setMeta->bindValue(0, kDeltaLinkKey);
            connection.setMeta->bindValue(1, text(deltaLink));
            ok = connection.setMeta->exec();
            if (!ok) {
                error = connection.setMeta->lastError();
            }
        }
    }
    if (ok) {
        ok = connection.db.commit();
        if (!ok) {
            error = connection.db.lastError();
        }
    }
    if (ok) {
        qCDebug(lcTeams).noquote() << u"directory cache %1: %2 %3 upserts, %4 removals"_s.arg(
                logName(), replace ? u"replaced with"_s : u"applied"_s,
                QString::number(upserts.size()), QString::number(removedIds.size()));
        return true;
    }
    connection.db.rollback();
    if (isDamaged(error)) {
        // What was there is lost anyway; an empty cache with no delta link asks for a full sync.
        rebuild(u"damaged ("_s + error.text() + u')');
    } else {
        warn(u"cannot write to it: "_s + error.text());
    }
    return false;
}

} // namespace AgentDesk::Teams
