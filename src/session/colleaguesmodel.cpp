// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "colleaguesmodel.h"

#include "pinnedcolleagues.h"

#include <core/colleaguenumbers.h>
#include <teams/photocache.h>

#include <QImage>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace AgentDesk::Session {

namespace {

// Batches of at most this many changed rows are reported row by row; more become one range,
// which views handle in one pass (qBittorrent's transfer list does the same).
constexpr int RowByRowLimit = 32;

bool isCjk(QChar c)
{
    const ushort u = c.unicode();
    return (u >= 0x3040 && u <= 0x30FF) || (u >= 0x3400 && u <= 0x9FFF) ||
           (u >= 0xAC00 && u <= 0xD7AF) || (u >= 0xF900 && u <= 0xFAFF);
}

// "Ana Souza" → "AS"; "佐藤 花子" → "佐" (a family name's first character is how CJK avatars
// usually read); nothing for an empty name.
QString initialsOf(const QString &name)
{
    const QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty()) {
        return {};
    }
    if (isCjk(words.first().at(0))) {
        return words.first().left(1);
    }
    QString initials = words.first().left(1).toUpper();
    if (words.size() > 1) {
        initials += words.last().left(1).toUpper();
    }
    return initials;
}

} // namespace

ColleaguesModel::ColleaguesModel(PinnedColleagues *pins, QObject *parent)
    : QAbstractListModel(parent)
    , m_pins(pins)
{
    if (m_pins) {
        connect(m_pins, &PinnedColleagues::changed, this, &ColleaguesModel::onPinsChanged);
    }
}

ColleaguesModel::~ColleaguesModel() = default;

QString ColleaguesModel::numberProblem(const Core::Colleague &colleague)
{
    return colleague.isCallable() ? QString()
                                  : Core::ColleagueNumbers::reason(colleague.businessPhoneVerdict);
}

// The contact center's words for an agent's state, as the panel shows them next to the Teams
// presence; an agent not in the buddy list is not logged in.
QString ColleaguesModel::agentStateText(const QString &state)
{
    if (state.isEmpty()) {
        return tr("Agent: signed out");
    }
    if (state.compare(u"Available"_s, Qt::CaseInsensitive) == 0) {
        return tr("Agent: available");
    }
    if (state.compare(u"Idle"_s, Qt::CaseInsensitive) == 0) {
        return tr("Agent: idle");
    }
    return tr("Agent: %1").arg(state);
}

void ColleaguesModel::setColleagues(QList<Core::Colleague> colleagues)
{
    beginResetModel();
    m_colleagues = std::move(colleagues);
    m_presence.assign(size_t(m_colleagues.size()), Core::Presence());
    m_stale.assign(size_t(m_colleagues.size()), false);
    rebuild();
    endResetModel();
}

void ColleaguesModel::applyChanges(const QList<Core::Colleague> &upserts,
                                   const QStringList &removedIds)
{
    // Removals from the bottom up, so the rows still to remove keep their numbers.
    QList<int> removedRows;
    for (const QString &id : removedIds) {
        const int row = rowOf(id);
        if (row >= 0) {
            removedRows.append(row);
        }
    }
    std::sort(removedRows.begin(), removedRows.end(), std::greater<>());
    removedRows.erase(std::unique(removedRows.begin(), removedRows.end()), removedRows.end());
    for (const int row : std::as_const(removedRows)) {
        beginRemoveRows({}, row, row);
        m_colleagues.removeAt(row);
        m_presence.erase(m_presence.begin() + row);
        m_stale.erase(m_stale.begin() + row);
        endRemoveRows();
    }
    // Row numbers moved: look ids up again below.
    QHash<QString, int> rowOfId;
    rowOfId.reserve(m_colleagues.size());
    for (int row = 0; row < m_colleagues.size(); ++row) {
        rowOfId.insert(m_colleagues.at(row).id, row);
    }

    QList<Core::Colleague> added;
    QList<int> changedRows;
    for (const Core::Colleague &colleague : upserts) {
        const int row = rowOfId.value(colleague.id, -1);
        if (row < 0) {
            added.append(colleague);
        } else if (!(m_colleagues.at(row) == colleague)) {
            m_colleagues[row] = colleague;
            changedRows.append(row);
        }
    }
    if (!added.isEmpty()) {
        const int first = int(m_colleagues.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_colleagues.append(added);
        m_presence.resize(size_t(m_colleagues.size()));
        m_stale.resize(size_t(m_colleagues.size()), false);
        endInsertRows();
    }
    if (added.isEmpty() && removedRows.isEmpty() && changedRows.isEmpty()) {
        return;
    }
    rebuild();
    emitChanged(changedRows, {});
}

QStringList ColleaguesModel::ids() const
{
    QStringList result;
    result.reserve(m_colleagues.size());
    for (const Core::Colleague &colleague : m_colleagues) {
        result.append(colleague.id);
    }
    return result;
}

bool ColleaguesModel::isPinned(int row) const
{
    const QString &id = m_colleagues.at(row).id;
    return m_pins && (m_pins->isFavourite(id) || m_pins->isRecent(id));
}

bool ColleaguesModel::isFavourite(int row) const
{
    return m_pins && m_pins->isFavourite(m_colleagues.at(row).id);
}

bool ColleaguesModel::hasPinned() const
{
    return m_pins && !m_pins->pinned().isEmpty();
}

void ColleaguesModel::rebuild()
{
    m_index.rebuild(m_colleagues);
    for (size_t row = 0; row < m_presence.size(); ++row) {
        if (m_presence[row].isKnown()) {
            m_index.setAvailabilityRank(int(row), m_presence[row].availabilityRank());
        }
    }
}

void ColleaguesModel::setPresences(const QHash<QString, Core::Presence> &presences)
{
    QList<int> changed;
    for (auto it = presences.cbegin(); it != presences.cend(); ++it) {
        const int row = rowOf(it.key());
        if (row < 0) {
            continue;
        }
        const bool wasStale = m_stale[size_t(row)];
        if (m_presence[size_t(row)] == it.value() && !wasStale) {
            continue;
        }
        m_presence[size_t(row)] = it.value();
        m_stale[size_t(row)] = false;
        m_index.setAvailabilityRank(row, it.value().availabilityRank());
        changed.append(row);
    }
    emitChanged(changed,
                {PresenceStatusRole, PresenceLabelRole, PresenceStaleRole, PresenceKnownRole});
}

void ColleaguesModel::setStale(const QStringList &ids, bool stale)
{
    QList<int> changed;
    for (const QString &id : ids) {
        const int row = rowOf(id);
        if (row >= 0 && m_stale[size_t(row)] != stale) {
            m_stale[size_t(row)] = stale;
            changed.append(row);
        }
    }
    emitChanged(changed, {PresenceStaleRole});
}

void ColleaguesModel::setAgentStates(const QHash<QString, QString> &stateByAgentId)
{
    m_agentStates = stateByAgentId;
    m_agentStatesKnown = true;
    QList<int> changed;
    for (int row = 0; row < m_colleagues.size(); ++row) {
        if (!m_colleagues.at(row).ccAgentId.isEmpty()) {
            changed.append(row);
        }
    }
    emitChanged(changed, {AgentStateRole});
}

void ColleaguesModel::setPhotoCache(Teams::PhotoCache *photos)
{
    if (m_photos) {
        disconnect(m_photos, nullptr, this, nullptr);
    }
    m_photos = photos;
    if (m_photos) {
        connect(m_photos, &Teams::PhotoCache::photoReady, this, &ColleaguesModel::onPhotoReady);
    }
}

void ColleaguesModel::onPhotoReady(const QString &id)
{
    const int row = rowOf(id);
    if (row >= 0) {
        emitChanged({row}, {PhotoRole});
    }
}

void ColleaguesModel::onPinsChanged(const QStringList &ids)
{
    QList<int> changed;
    for (const QString &id : ids) {
        const int row = rowOf(id);
        if (row >= 0) {
            changed.append(row);
        }
    }
    emitChanged(changed, {FavouriteRole, RecentRole, PinnedRole});
}

void ColleaguesModel::emitChanged(QList<int> rows, const QList<int> &roles)
{
    if (rows.isEmpty()) {
        return;
    }
    if (rows.size() > RowByRowLimit) {
        const auto [first, last] = std::minmax_element(rows.cbegin(), rows.cend());
        Q_EMIT dataChanged(index(*first), index(*last), roles);
        return;
    }
    std::sort(rows.begin(), rows.end());
    // Neighbouring rows go out together.
    int start = rows.first();
    int previous = start;
    for (qsizetype i = 1; i <= rows.size(); ++i) {
        if (i < rows.size() && rows.at(i) <= previous + 1) {
            previous = rows.at(i);
            continue;
        }
        Q_EMIT dataChanged(index(start), index(previous), roles);
        if (i < rows.size()) {
            start = previous = rows.at(i);
        }
    }
}

int ColleaguesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_colleagues.size());
}

QVariant ColleaguesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Core::Colleague &colleague = m_colleagues.at(index.row());
    const Core::Presence &presence = m_presence[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return colleague.displayName;
    case Qt::ToolTipRole:
        return colleague.isCallable() ? colleague.businessPhone : numberProblem(colleague);
    case ColleagueIdRole:
        return colleague.id;
    case JobTitleRole:
        return colleague.jobTitle;
    case DepartmentRole:
        return colleague.department;
    case MailRole:
        return colleague.mail;
    case BusinessPhoneRole:
        return colleague.businessPhone;
    case DialStringRole:
        return colleague.businessDialString();
    case CallableRole:
        return colleague.isCallable();
    case NumberProblemRole:
        return numberProblem(colleague);
    case MobilePhoneRole:
        return colleague.mobilePhone;
    case PresenceStatusRole:
        return int(presence.status());
    case PresenceLabelRole:
        return presence.label();
    case PresenceStaleRole:
        return bool(m_stale[size_t(index.row())]);
    case PresenceKnownRole:
        return presence.isKnown();
    case FavouriteRole:
        return m_pins && m_pins->isFavourite(colleague.id);
    case RecentRole:
        return m_pins && m_pins->isRecent(colleague.id);
    case PinnedRole:
        return isPinned(index.row());
    case AgentStateRole:
        return colleague.ccAgentId.isEmpty() || !m_agentStatesKnown
                       ? QString()
                       : m_agentStates.value(colleague.ccAgentId);
    case InitialsRole:
        return initialsOf(colleague.displayName);
    case PhotoRole: {
        if (!m_photos) {
            return QImage();
        }
        // Asked for by a delegate painting the row: the row is on screen, so this is the
        // moment to fetch the photo (PhotoCache coalesces and limits the requests).
        const QImage photo = m_photos->photo(colleague.id);
        if (photo.isNull()) {
            m_photos->request(colleague.id);
        }
        return photo;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> ColleaguesModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{ColleagueIdRole, "colleagueId"},
                  {JobTitleRole, "jobTitle"},
                  {DepartmentRole, "department"},
                  {MailRole, "mail"},
                  {BusinessPhoneRole, "businessPhone"},
                  {DialStringRole, "dialString"},
                  {CallableRole, "callable"},
                  {NumberProblemRole, "numberProblem"},
                  {MobilePhoneRole, "mobilePhone"},
                  {PresenceStatusRole, "presenceStatus"},
                  {PresenceLabelRole, "presenceLabel"},
                  {PresenceStaleRole, "presenceStale"},
                  {PresenceKnownRole, "presenceKnown"},
                  {FavouriteRole, "favourite"},
                  {RecentRole, "recent"},
                  {PinnedRole, "pinned"},
                  {AgentStateRole, "agentState"},
                  {InitialsRole, "initials"},
                  {PhotoRole, "photo"}});
    return names;
}

} // namespace AgentDesk::Session
