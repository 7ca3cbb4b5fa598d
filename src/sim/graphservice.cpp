// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphservice.h"

#include "avatarpainter.h"
#include "graphcall.h"
#include "simdirectory.h"
#include "simrouter.h"

#include <core/clock.h>

#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSimGraph, "agentdesk.sim.graph", QtInfoMsg)

namespace AgentDesk::Sim {

namespace {

constexpr int DefaultPageSize = 100; // user-list: "default page size is 100"
constexpr int MaxPageSize = 999;
// Delta links of identity resources live seven days; an older one answers syncStateNotFound
// (devblogs.microsoft.com/microsoft365dev/duration-of-change-tracking-tokens-for-identity-and-
// education-resources/).
constexpr qint64 DeltaTokenLifetimeMs = 7LL * 24 * 3600 * 1000;

// The query options, keys lower-cased ("$select"), values fully decoded.
QHash<QString, QString> queryOptions(const SimRequest &request)
{
    QHash<QString, QString> options;
    const auto items = request.query.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        options.insert(key.toLower(), value);
    }
    return options;
}

// $select → a property mask (id included); 0 with *error for an unknown property.
quint32 parseSelect(const QString &select, QString *error)
{
    quint32 mask = SimUser::Id;
    const QStringList names = select.split(u',', Qt::SkipEmptyParts);
    for (const QString &raw : names) {
        const QString name = raw.trimmed();
        const quint32 property = SimUser::propertyFromName(name);
        if (property == 0) {
            *error = u"Could not find a property named '%1' on type 'microsoft.graph.user'."_s.arg(
                    name);
            return 0;
        }
        mask |= property;
    }
    return mask;
}

struct UserFilter
{
    int guest = -1;   // -1 = any, 0 = members, 1 = guests
    int enabled = -1; // -1 = any
    bool matchesNone = false;

    bool matches(const SimUser &user) const
    {
        return !matchesNone && (guest < 0 || user.guest == (guest == 1)) &&
               (enabled < 0 || user.accountEnabled == (enabled == 1));
    }
};

// The subset of OData $filter this simulator supports on /users: userType eq 'Member'|'Guest'
// and accountEnabled eq true|false, joined with "and". false with *error otherwise.
bool parseFilter(const QString &filter, UserFilter *result, QString *error)
{
    static const QRegularExpression andOperator(u"\\s+and\\s+"_s,
                                                QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression clause(u"^\\s*(\\w+)\\s+eq\\s+(\\S+)\\s*$"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    const QStringList clauses = filter.split(andOperator);
    for (const QString &text : clauses) {
        const QRegularExpressionMatch match = clause.match(text);
        const QString property = match.captured(1);
        const QString value = match.captured(2);
        int *target = nullptr;
        int wanted = -1;
        if (match.hasMatch() && property.compare(u"userType"_s, Qt::CaseInsensitive) == 0) {
            target = &result->guest;
            if (value.compare(u"'Member'"_s, Qt::CaseInsensitive) == 0) {
                wanted = 0;
            } else if (value.compare(u"'Guest'"_s, Qt::CaseInsensitive) == 0) {
                wanted = 1;
            }
        } else if (match.hasMatch() &&
                   property.compare(u"accountEnabled"_s, Qt::CaseInsensitive) == 0) {
            target = &result->enabled;
            if (value.compare(u"true"_s, Qt::CaseInsensitive) == 0) {
                wanted = 1;
            } else if (value.compare(u"false"_s, Qt::CaseInsensitive) == 0) {
                wanted = 0;
            }
        }
        if (!target || wanted < 0) {
            *error = match.hasMatch()
                             ? u"Unsupported or invalid query filter clause specified for property "
                               u"'%1' "
                               "of resource 'User'."_s.arg(property)
                             : u"Unsupported query: '%1'. agentdesk-sim supports userType eq and "
                               "accountEnabled eq joined with and."_s.arg(text.trimmed());
            return false;
        }
        if (*target >= 0 && *target != wanted) {
            result->matchesNone = true;
        }
        *target = wanted;
    }
    return true;
}

// $top, or the error message Graph gives for a bad page size.
int parseTop(const QString &top, QString *error)
{
    bool ok = false;
    const int value = top.toInt(&ok);
    if (!ok || value < 1 || value > MaxPageSize) {
        *error = u"Invalid page size specified: '%1'. Must be between 1 and 999 inclusive."_s.arg(
                top);
        return 0;
    }
    return value;
}

// odata.maxpagesize from a Prefer header, or 0.
int preferredPageSize(const SimRequest &request)
{
    static const QRegularExpression maxPageSize(u"odata\\.maxpagesize\\s*=\\s*(\\d+)"_s,
                                                QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match =
            maxPageSize.match(QString::fromLatin1(request.header("Prefer")));
    return match.hasMatch() ? qBound(1, match.captured(1).toInt(), MaxPageSize) : 0;
}

bool prefersMinimal(const SimRequest &request)
{
    return QString::fromLatin1(request.header("Prefer"))
            .contains(u"return=minimal"_s, Qt::CaseInsensitive);
}

// The options Graph supports on these paths that the simulator implements.
std::optional<QString> unsupportedOption(const QHash<QString, QString> &options,
                                         const QStringList &supported)
{
    for (auto it = options.begin(); it != options.end(); ++it) {
        if (it.key().startsWith(u'$') && !supported.contains(it.key())) {
            return it.key();
        }
    }
    return std::nullopt;
}

// The $select list of an @odata.context, e.g. "displayName,mail" (id only when nothing else).
QString selectedNames(quint32 mask)
{
    const quint32 others = mask & ~SimUser::Id;
    return others ? SimUser::propertyNames(others) : SimUser::propertyName(SimUser::Id);
}

SimResponse controlError(int status, const QString &message)
{
    return SimResponse::json(status, QJsonObject{{u"error"_s, message}});
}

QJsonObject controlView(const SimUser &user)
{
    QJsonObject object = user.toJson(SimUser::AllProperties);
    object.insert(u"photo"_s, user.hasPhoto);
    object.insert(u"availability"_s, user.availability());
    object.insert(u"activity"_s, user.activity());
    return object;
}

} // namespace

GraphService::GraphService(SimContext &context, SimDirectory &directory)
    : SimService(context)
    , m_directory(directory)
{}

void GraphService::registerRoutes(SimRouter &router)
{
    const auto graph = [this](GraphCall::Handler handler) {
        return GraphCall::wrap(m_context, std::move(handler));
    };
    router.get(u"/v1\\.0/users"_s, graph([this](const SimRequest &r, const GraphCall &call) {
                   return listUsers(r, call);
               }));
    // delta, delta() and the fully qualified microsoft.graph.delta are the same function.
    router.get(
            u"/v1\\.0/users/(?:microsoft\\.graph\\.)?delta(?:\\(\\))?"_s,
            graph([this](const SimRequest &r, const GraphCall &call) { return delta(r, call); }));
    router.get(u"/v1\\.0/users/(?<id>[^/]+)/photo(?<value>/\\$value)?"_s,
               graph([this](const SimRequest &r, const GraphCall &call) {
                   const QString key = r.capture(u"id"_s);
                   return photo(call, m_directory.find(key), key, r.capture(u"value"_s).isEmpty());
               }));
    router.get(u"/v1\\.0/me/photo(?<value>/\\$value)?"_s,
               graph([this](const SimRequest &r, const GraphCall &call) {
                   return photo(call, m_directory.findByEmail(call.grant().user), call.grant().user,
                                r.capture(u"value"_s).isEmpty());
               }));
    router.get(u"/v1\\.0/users/(?<id>[^/]+)"_s,
               graph([this](const SimRequest &r, const GraphCall &call) {
                   const QString key = r.capture(u"id"_s);
                   return getUser(r, call, m_directory.find(key), key);
               }));
    router.get(u"/v1\\.0/me"_s, graph([this](const SimRequest &r, const GraphCall &call) {
                   return getUser(r, call, m_directory.findByEmail(call.grant().user),
                                  call.grant().user);
               }));

    router.post(u"/_sim/directory/users"_s, [this](const SimRequest &r) { return upsertUser(r); });
    router.del(u"/_sim/directory/users/(?<id>[^/]+)"_s,
               [this](const SimRequest &r) { return removeUser(r); });
    router.get(u"/_sim/directory/users/(?<id>[^/]+)"_s, [this](const SimRequest &r) {
        const SimUser *user = m_directory.find(r.capture(u"id"_s));
        return user ? SimResponse::json(200, controlView(*user))
                    : controlError(404, u"no such user"_s);
    });
    router.get(u"/_sim/directory/stats"_s,
               [this](const SimRequest &) { return SimResponse::json(200, m_directory.stats()); });
}

QString GraphService::link(const QString &path, const QList<QPair<QString, QString>> &options) const
{
    QString url = m_context.baseUrl.toString(QUrl::StripTrailingSlash) + path;
    QChar separator = u'?';
    for (const auto &[key, value] : options) {
        // Readable like Graph's own links: $, commas, quotes and parentheses stay as they are.
        url += separator + key + u'=' +
               QString::fromLatin1(QUrl::toPercentEncoding(value, "$,'()*:@/"));
        separator = u'&';
    }
    return url;
}

QString GraphService::metadata(const QString &fragment) const
{
    return m_context.baseUrl.toString(QUrl::StripTrailingSlash) + u"/v1.0/$metadata#"_s + fragment;
}

// Paging and delta tokens: base64url of a small JSON state, stamped with the directory's epoch
// so that a token from another run (or hand-made) is refused.
QString GraphService::encodeState(QJsonObject state) const
{
    state.insert(u"e"_s, qint64(m_directory.epoch()));
    return QString::fromLatin1(
            QJsonDocument(state)
                    .toJson(QJsonDocument::Compact)
                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<QJsonObject> GraphService::decodeState(const QString &token,
                                                     const QString &kind) const
{
    const auto decoded = QByteArray::fromBase64Encoding(
            token.toLatin1(),
            QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return std::nullopt;
    }
    const QJsonObject state = QJsonDocument::fromJson(*decoded).object();
    if (state.value(u"e"_s).toInteger(-1) != qint64(m_directory.epoch()) ||
        state.value(u"k"_s).toString() != kind) {
        return std::nullopt;
    }
    return state;
}

SimResponse GraphService::listUsers(const SimRequest &request, const GraphCall &call)
{
    const QHash<QString, QString> options = queryOptions(request);
    if (const auto option = unsupportedOption(
                options, {u"$select"_s, u"$filter"_s, u"$top"_s, u"$skiptoken"_s})) {
        return call.error(
                400, u"Request_UnsupportedQuery"_s,
                u"The query option '%1' is not supported by agentdesk-sim."_s.arg(*option));
    }
    QString error;
    quint32 mask = SimUser::DefaultProperties;
    const bool selected = options.contains(u"$select"_s);
    if (selected) {
        mask = parseSelect(options.value(u"$select"_s), &error);
        if (mask == 0) {
            return call.error(400, u"BadRequest"_s, error);
        }
    }
    UserFilter filter;
    if (options.contains(u"$filter"_s) &&
        !parseFilter(options.value(u"$filter"_s), &filter, &error)) {
        return call.error(400, u"Request_UnsupportedQuery"_s, error);
    }
    int top = DefaultPageSize;
    if (options.contains(u"$top"_s)) {
        top = parseTop(options.value(u"$top"_s), &error);
        if (top == 0) {
            return call.error(400, u"Request_BadRequest"_s, error);
        }
    }
    quint64 after = 0;
    if (options.contains(u"$skiptoken"_s)) {
        const auto state = decodeState(options.value(u"$skiptoken"_s), u"u"_s);
        if (!state) {
            return call.error(400, u"Directory_ExpiredPageToken"_s,
                              u"The specified page token value has expired and can no longer be "
                              "included in your request."_s);
        }
        after = quint64(state->value(u"a"_s).toInteger());
    }

    const std::vector<SimUser> &users = m_directory.users();
    QJsonArray value;
    qsizetype index = m_directory.indexAfter(after);
    quint64 last = after;
    for (; index < qsizetype(users.size()) && value.size() < top; ++index) {
        const SimUser &user = users[size_t(index)];
        if (filter.matches(user)) {
            value.append(user.toJson(mask));
            last = user.sequence;
        }
    }
    bool more = false;
    for (; index < qsizetype(users.size()) && !more; ++index) {
        more = filter.matches(users[size_t(index)]);
    }

    QJsonObject page{
            {u"@odata.context"_s,
             metadata(selected ? QString(u"users("_s + selectedNames(mask) + u')') : u"users"_s)},
            {u"value"_s, value}};
    if (more) {
        QList<QPair<QString, QString>> next;
        for (const QString &key : {u"$select"_s, u"$filter"_s, u"$top"_s}) {
            if (options.contains(key)) {
                next.append({key, options.value(key)});
            }
        }
        next.append({u"$skiptoken"_s, encodeState({{u"k"_s, u"u"_s}, {u"a"_s, qint64(last)}})});
        page.insert(u"@odata.nextLink"_s, link(u"/v1.0/users"_s, next));
    }
    return SimResponse::json(200, page);
}

SimResponse GraphService::getUser(const SimRequest &request, const GraphCall &call,
                                  const SimUser *user, const QString &key)
{
    if (!user) {
        return call.error(404, u"Request_ResourceNotFound"_s,
                          u"Resource '%1' does not exist or one of its queried reference-property "
                          "objects are not present."_s.arg(key));
    }
    const QHash<QString, QString> options = queryOptions(request);
    if (const auto option = unsupportedOption(options, {u"$select"_s})) {
        return call.error(
                400, u"Request_UnsupportedQuery"_s,
                u"The query option '%1' is not supported by agentdesk-sim."_s.arg(*option));
    }
    quint32 mask = SimUser::DefaultProperties;
    const bool selected = options.contains(u"$select"_s);
    if (selected) {
        QString error;
        mask = parseSelect(options.value(u"$select"_s), &error);
        if (mask == 0) {
            return call.error(400, u"BadRequest"_s, error);
        }
    }
    QJsonObject object = user->toJson(mask);
    object.insert(u"@odata.context"_s,
                  metadata(selected ? QString(u"users("_s + selectedNames(mask) + u")/$entity"_s)
                                    : u"users/$entity"_s));
    return SimResponse::json(200, object);
}

SimResponse GraphService::delta(const SimRequest &request, const GraphCall &call)
{
    const QHash<QString, QString> options = queryOptions(request);
    if (const auto option = unsupportedOption(
                options, {u"$select"_s, u"$top"_s, u"$skiptoken"_s, u"$deltatoken"_s})) {
        return call.error(
                400, u"Request_UnsupportedQuery"_s,
                u"The query option '%1' is not supported by agentdesk-sim on delta."_s.arg(
                        *option));
    }
    // The answer Graph gives when it cannot continue from a token: the client must start a full
    // synchronisation again. Graph's delta overview (learn.microsoft.com/graph/delta-query-
    // overview, "token duration") promises "a 40X-series error with error codes such as
    // syncStateNotFound"; 410 Gone is Graph's status for a resource that is no longer available
    // (learn.microsoft.com/graph/errors), and the message is the one Microsoft quotes for expired
    // directory delta links (devblogs link above). Clients should key on the code.
    const auto syncStateNotFound = [&call] {
        return call.error(410, u"syncStateNotFound"_s,
                          u"The sync state generation is not found. The delta token is expired and "
                          "data must be synchronized again."_s);
    };

    if (options.contains(u"$skiptoken"_s)) {
        const QString token = options.value(u"$skiptoken"_s);
        if (const auto state = decodeState(token, u"i"_s)) {
            return deltaPage(*state, call);
        }
        if (const auto state = decodeState(token, u"c"_s)) {
            if (quint64(state->value(u"f"_s).toInteger()) < m_directory.oldestVersion()) {
                return syncStateNotFound();
            }
            return changesPage(*state, call);
        }
        return syncStateNotFound();
    }

    QString error;
    quint32 mask = SimUser::DefaultProperties;
    if (options.contains(u"$select"_s)) {
        mask = parseSelect(options.value(u"$select"_s), &error);
        if (mask == 0) {
            return call.error(400, u"BadRequest"_s, error);
        }
    }
    int pageSize = preferredPageSize(request);
    if (options.contains(u"$top"_s)) {
        pageSize = parseTop(options.value(u"$top"_s), &error);
        if (pageSize == 0) {
            return call.error(400, u"Request_BadRequest"_s, error);
        }
    }
    if (pageSize == 0) {
        pageSize = DefaultPageSize;
    }
    const qint64 now = call.now().toMSecsSinceEpoch();

    if (options.contains(u"$deltatoken"_s)) {
        const QString token = options.value(u"$deltatoken"_s);
        if (token.compare(u"latest"_s, Qt::CaseInsensitive) == 0) {
            // "Sync from now": no resource data, only a deltaLink (delta-query-overview).
            return changesPage({{u"f"_s, qint64(m_directory.version())},
                                {u"u"_s, qint64(m_directory.version())},
                                {u"o"_s, 0},
                                {u"s"_s, qint64(mask)},
                                {u"n"_s, pageSize}},
                               call);
        }
        const auto state = decodeState(token, u"d"_s);
        if (!state) {
            return syncStateNotFound();
        }
        const quint64 from = quint64(state->value(u"v"_s).toInteger());
        const qint64 issued = state->value(u"t"_s).toInteger();
        if (from < m_directory.oldestVersion() || from > m_directory.version() ||
            now - issued > DeltaTokenLifetimeMs) {
            return syncStateNotFound();
        }
        return changesPage({{u"f"_s, qint64(from)},
                            {u"u"_s, qint64(m_directory.version())},
                            {u"o"_s, 0},
                            {u"s"_s, state->value(u"s"_s)},
                            {u"n"_s, state->value(u"n"_s)},
                            {u"m"_s, prefersMinimal(request)}},
                           call);
    }

    // A first round: the whole directory, as of now, page by page.
    return deltaPage({{u"a"_s, 0},
                      {u"v"_s, qint64(m_directory.version())},
                      {u"s"_s, qint64(mask)},
                      {u"n"_s, pageSize}},
                     call);
}

SimResponse GraphService::deltaPage(const QJsonObject &state, const GraphCall &call)
{
    const quint64 after = quint64(state.value(u"a"_s).toInteger());
    const quint32 mask = quint32(state.value(u"s"_s).toInteger(SimUser::DefaultProperties));
    const int pageSize = state.value(u"n"_s).toInt(DefaultPageSize);
    const std::vector<SimUser> &users = m_directory.users();

    // Guests and disabled accounts too: delta has no $filter on these, the client filters.
    QJsonArray value;
    qsizetype index = m_directory.indexAfter(after);
    quint64 last = after;
    for (; index < qsizetype(users.size()) && value.size() < pageSize; ++index) {
        value.append(users[size_t(index)].toJson(mask));
        last = users[size_t(index)].sequence;
    }
    QJsonObject page{
            {u"@odata.context"_s, metadata(QString(u"users("_s + selectedNames(mask) + u')'))},
            {u"value"_s, value}};
    if (index < qsizetype(users.size())) {
        QJsonObject next = state;
        next.insert(u"k"_s, u"i"_s);
        next.insert(u"a"_s, qint64(last));
        page.insert(u"@odata.nextLink"_s,
                    link(u"/v1.0/users/delta"_s, {{u"$skiptoken"_s, encodeState(next)}}));
    } else {
        // Changes made while the client paged are after the version the round started at, so
        // the next round reports them.
        const QJsonObject token{{u"k"_s, u"d"_s},
                                {u"v"_s, state.value(u"v"_s)},
                                {u"s"_s, qint64(mask)},
                                {u"n"_s, pageSize},
                                {u"t"_s, call.now().toMSecsSinceEpoch()}};
        page.insert(u"@odata.deltaLink"_s,
                    link(u"/v1.0/users/delta"_s, {{u"$deltatoken"_s, encodeState(token)}}));
    }
    return SimResponse::json(200, page);
}

SimResponse GraphService::changesPage(const QJsonObject &state, const GraphCall &call)
{
    const quint64 from = quint64(state.value(u"f"_s).toInteger());
    const quint64 upTo = quint64(state.value(u"u"_s).toInteger());
    const qsizetype offset = qsizetype(state.value(u"o"_s).toInteger());
    const quint32 mask = quint32(state.value(u"s"_s).toInteger(SimUser::DefaultProperties));
    const int pageSize = state.value(u"n"_s).toInt(DefaultPageSize);
    const bool minimal = state.value(u"m"_s).toBool();

    // With $select, Graph tracks only the selected properties: an update elsewhere is no change.
    std::vector<SimDirectory::Change> changes;
    for (SimDirectory::Change &change : m_directory.changesSince(from, upTo)) {
        if (change.kind != SimDirectory::ChangeKind::Updated ||
            (change.properties & mask & ~SimUser::Id) != 0) {
            changes.push_back(std::move(change));
        }
    }

    QJsonArray value;
    qsizetype index = offset;
    for (; index < qsizetype(changes.size()) && value.size() < pageSize; ++index) {
        const SimDirectory::Change &change = changes[size_t(index)];
        if (change.kind == SimDirectory::ChangeKind::Removed) {
            value.append(QJsonObject{
                    {u"id"_s, change.id},
                    {u"@removed"_s,
                     QJsonObject{{u"reason"_s, change.reason == SimDirectory::RemoveReason::Deleted
                                                       ? u"deleted"_s
                                                       : u"changed"_s}}}});
            continue;
        }
        const SimUser *user = m_directory.find(change.id);
        if (!user) {
            continue;
        }
        // Prefer: return=minimal → only what changed (user-delta).
        const quint32 properties = minimal && change.kind == SimDirectory::ChangeKind::Updated
                                           ? (change.properties & mask)
                                           : mask;
        value.append(user->toJson(properties));
    }

    QJsonObject page{
            {u"@odata.context"_s, metadata(QString(u"users("_s + selectedNames(mask) + u')'))},
            {u"value"_s, value}};
    if (index < qsizetype(changes.size())) {
        QJsonObject next = state;
        next.insert(u"k"_s, u"c"_s);
        next.insert(u"o"_s, qint64(index));
        page.insert(u"@odata.nextLink"_s,
                    link(u"/v1.0/users/delta"_s, {{u"$skiptoken"_s, encodeState(next)}}));
    } else {
        const QJsonObject token{{u"k"_s, u"d"_s},
                                {u"v"_s, qint64(upTo)},
                                {u"s"_s, qint64(mask)},
                                {u"n"_s, pageSize},
                                {u"t"_s, call.now().toMSecsSinceEpoch()}};
        page.insert(u"@odata.deltaLink"_s,
                    link(u"/v1.0/users/delta"_s, {{u"$deltatoken"_s, encodeState(token)}}));
    }
    SimResponse response = SimResponse::json(200, page);
    if (minimal) {
        response.withHeader("Preference-Applied", "return=minimal");
    }
    return response;
}

SimResponse GraphService::photo(const GraphCall &call, const SimUser *user, const QString &key,
                                bool metadataOnly)
{
    if (!user) {
        return call.error(404, u"Request_ResourceNotFound"_s,
                          u"Resource '%1' does not exist or one of its queried reference-property "
                          "objects are not present."_s.arg(key));
    }
    if (!user->hasPhoto) {
        // Graph's words when a user has no photo.
        return call.error(404, u"ImageNotFound"_s,
                          u"Exception of type "
                          "'Microsoft.Fast.Profile.Core.Exception.ImageNotFoundException' was "
                          "thrown."_s);
    }
    constexpr int size = 96;
    const QByteArray etag =
            '"' + QCryptographicHash::hash(user->id.toUtf8(), QCryptographicHash::Sha1).toHex() +
            '"';
    if (metadataOnly) {
        return SimResponse::json(
                200, QJsonObject{{u"@odata.context"_s, metadata(QString(u"users('"_s + user->id +
                                                                        u"')/photo/$entity"_s))},
                                 {u"@odata.mediaContentType"_s, u"image/png"_s},
                                 {u"@odata.mediaEtag"_s, QString::fromLatin1(etag)},
                                 {u"id"_s, u"%1X%1"_s.arg(size)},
                                 {u"height"_s, size},
                                 {u"width"_s, size}});
    }
    return SimResponse::bytes(200, "image/png", AvatarPainter::png(user->id, size))
            .withHeader("ETag", etag);
}

SimResponse GraphService::upsertUser(const SimRequest &request)
{
    QJsonObject body = request.jsonBody();
    if (body.isEmpty()) {
        return controlError(400, u"expected a JSON object of Graph user properties"_s);
    }
    const QJsonValue photoValue = body.take(u"photo"_s);
    const QString availability = body.take(u"availability"_s).toString();
    const QString activity = body.take(u"activity"_s).toString();
    const QString id = body.value(u"id"_s).toString();
    QString error;

    const SimUser *found = id.isEmpty() ? nullptr : m_directory.find(id);
    const SimUser *existing = found && found->id == id ? found : nullptr;
    if (existing) {
        if (!m_directory.update(id, body, &error)) {
            return controlError(400, error);
        }
    } else {
        SimUser user;
        user.id = id;
        if (user.apply(body, &error) == 0 && !error.isEmpty()) {
            return controlError(400, error);
        }
        if (user.displayName.isEmpty()) {
            return controlError(400, u"a new user needs a displayName"_s);
        }
        if (user.userPrincipalName.isEmpty()) {
            user.userPrincipalName = user.mail;
        }
        if (!m_directory.add(user)) {
            return controlError(409, u"id already taken"_s);
        }
    }
    const QString userId = existing ? id : m_directory.users().back().id;
    if (photoValue.isBool()) {
        m_directory.setHasPhoto(userId, photoValue.toBool());
    }
    if (!availability.isEmpty() &&
        !m_directory.setPresence(userId, availability,
                                 activity.isEmpty() ? availability : activity)) {
        return controlError(400, u"unknown availability or activity"_s);
    }
    qCInfo(lcSimGraph) << (existing ? "updated" : "added") << "directory user" << userId;
    return SimResponse::json(existing ? 200 : 201, controlView(*m_directory.find(userId)));
}

SimResponse GraphService::removeUser(const SimRequest &request)
{
    const QString id = request.capture(u"id"_s);
    const bool permanent = request.query.queryItemValue(u"permanent"_s) == u"true"_s;
    if (!m_directory.remove(id, permanent ? SimDirectory::RemoveReason::Deleted
                                          : SimDirectory::RemoveReason::Changed)) {
        return controlError(404, u"no such user"_s);
    }
    qCInfo(lcSimGraph) << "removed directory user" << id << (permanent ? "for good" : "(soft)");
    return SimResponse::empty(204);
}

} // namespace AgentDesk::Sim
