// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "simdirectory.h"

#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace AgentDesk::Sim {

SimDirectory::SimDirectory(std::vector<SimUser> users)
    : m_users(std::move(users))
    , m_epoch(QRandomGenerator::global()->generate())
{
    std::stable_sort(m_users.begin(), m_users.end(),
                     [](const SimUser &a, const SimUser &b) { return a.sequence < b.sequence; });
    m_byId.reserve(qsizetype(m_users.size()));
    m_byLogin.reserve(qsizetype(m_users.size()) * 2);
    for (SimUser &user : m_users) {
        if (user.sequence < m_nextSequence) {
            user.sequence = m_nextSequence;
        }
        m_nextSequence = user.sequence + 1;
        Q_ASSERT_X(!m_byId.contains(user.id), "SimDirectory", "duplicate user id");
        m_byId.insert(user.id, user.sequence);
        indexLogins(user);
    }
}

qsizetype SimDirectory::indexAfter(quint64 sequence) const
{
    const auto it = std::upper_bound(
            m_users.begin(), m_users.end(), sequence,
            [](quint64 value, const SimUser &user) { return value < user.sequence; });
    return qsizetype(it - m_users.begin());
}

const SimUser *SimDirectory::find(const QString &idOrPrincipalName) const
{
    auto it = m_byId.constFind(idOrPrincipalName);
    if (it == m_byId.constEnd()) {
        if (!idOrPrincipalName.contains(u'@')) {
            return nullptr;
        }
        it = m_byLogin.constFind(idOrPrincipalName.toLower());
        if (it == m_byLogin.constEnd()) {
            return nullptr;
        }
    }
    return atSequence(it.value());
}

const SimUser *SimDirectory::atSequence(quint64 sequence) const
{
    const qsizetype index = indexAfter(sequence - 1);
    if (index >= size() || m_users[size_t(index)].sequence != sequence) {
        return nullptr;
    }
    return &m_users[size_t(index)];
}

const SimUser *SimDirectory::findByEmail(const QString &email) const
{
    const auto it = m_byLogin.constFind(email.toLower());
    if (it == m_byLogin.constEnd()) {
        return nullptr;
    }
    return atSequence(it.value());
}

SimUser *SimDirectory::mutableUser(const QString &id)
{
    return const_cast<SimUser *>(find(id));
}

void SimDirectory::indexLogins(const SimUser &user)
{
    if (!user.mail.isEmpty()) {
        m_byLogin.insert(user.mail.toLower(), user.sequence);
    }
    if (!user.userPrincipalName.isEmpty()) {
        m_byLogin.insert(user.userPrincipalName.toLower(), user.sequence);
    }
}

void SimDirectory::unindexLogins(const SimUser &user)
{
    for (const QString &login : {user.mail.toLower(), user.userPrincipalName.toLower()}) {
        const auto it = m_byLogin.find(login);
        if (it != m_byLogin.end() && it.value() == user.sequence) {
            m_byLogin.erase(it);
        }
    }
}

void SimDirectory::record(const QString &id, ChangeKind kind, quint32 properties,
                          RemoveReason reason)
{
    ++m_version;
    m_changes.push_back({m_version, id, kind, properties, reason});
}

bool SimDirectory::add(SimUser user)
{
    if (user.id.isEmpty()) {
        user.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    if (m_byId.contains(user.id)) {
        return false;
    }
    user.sequence = m_nextSequence++;
    m_byId.insert(user.id, user.sequence);
    indexLogins(user);
    const QString id = user.id;
    m_users.push_back(std::move(user));
    record(id, ChangeKind::Added, SimUser::AllProperties);
    return true;
}

bool SimDirectory::update(const QString &id, const QJsonObject &properties, QString *error)
{
    SimUser *user = mutableUser(id);
    if (!user || user->id != id) {
        *error = u"no user with id %1"_s.arg(id);
        return false;
    }
    // Applied to a copy, so a bad value leaves the user as it was.
    SimUser changed = *user;
    const quint32 mask = changed.apply(properties, error);
    if (!error->isEmpty()) {
        return false;
    }
    if (mask == 0) {
        return true;
    }
    unindexLogins(*user);
    *user = std::move(changed);
    indexLogins(*user);
    record(id, ChangeKind::Updated, mask);
    return true;
}

bool SimDirectory::remove(const QString &id, RemoveReason reason)
{
    const auto it = m_byId.find(id);
    if (it == m_byId.end()) {
        return false;
    }
    const qsizetype index = indexAfter(it.value() - 1);
    unindexLogins(m_users[size_t(index)]);
    m_users.erase(m_users.begin() + index);
    m_byId.erase(it);
    record(id, ChangeKind::Removed, 0, reason);
    return true;
}

bool SimDirectory::setPresence(const QString &id, const QString &availability,
                               const QString &activity)
{
    SimUser *user = mutableUser(id);
    return user && user->setPresence(availability, activity);
}

bool SimDirectory::setHasPhoto(const QString &id, bool hasPhoto)
{
    SimUser *user = mutableUser(id);
    if (!user) {
        return false;
    }
    user->hasPhoto = hasPhoto;
    return true;
}

std::vector<SimDirectory::Change> SimDirectory::changesSince(quint64 from, quint64 to) const
{
    const auto first = std::upper_bound(
            m_changes.begin(), m_changes.end(), from,
            [](quint64 value, const Change &change) { return value < change.version; });
    QHash<QString, Change> merged;
    for (auto it = first; it != m_changes.end() && it->version <= to; ++it) {
        auto existing = merged.find(it->id);
        if (existing == merged.end()) {
            merged.insert(it->id, *it);
            continue;
        }
        Change &change = existing.value();
        change.version = it->version;
        change.reason = it->reason;
        if (it->kind == ChangeKind::Removed) {
            change.kind = ChangeKind::Removed;
        } else if (it->kind == ChangeKind::Added || change.kind == ChangeKind::Removed) {
            // Added, or back after a removal: the client needs the whole user again.
            change.kind = ChangeKind::Added;
            change.properties = SimUser::AllProperties;
        } else {
            change.properties |= it->properties;
        }
    }
    std::vector<Change> changes;
    changes.reserve(size_t(merged.size()));
    for (const Change &change : std::as_const(merged)) {
        changes.push_back(change);
    }
    std::sort(changes.begin(), changes.end(),
              [](const Change &a, const Change &b) { return a.version < b.version; });
    return changes;
}

QJsonObject SimDirectory::stats() const
{
    int guests = 0;
    int disabled = 0;
    int enabledMembers = 0;
    int noPhone = 0;
    int withMobile = 0;
    int withoutPhoto = 0;
    for (const SimUser &user : m_users) {
        guests += user.guest ? 1 : 0;
        disabled += user.accountEnabled ? 0 : 1;
        enabledMembers += (!user.guest && user.accountEnabled) ? 1 : 0;
        noPhone += user.businessPhones.isEmpty() ? 1 : 0;
        withMobile += user.mobilePhone.isEmpty() ? 0 : 1;
        withoutPhoto += user.hasPhoto ? 0 : 1;
    }
    const int total = int(m_users.size());
    return {{u"total"_s, total},
            {u"members"_s, total - guests},
            {u"guests"_s, guests},
            {u"disabled"_s, disabled},
            {u"enabledMembers"_s, enabledMembers},
            {u"noPhone"_s, noPhone},
            {u"withMobile"_s, withMobile},
            {u"withoutPhoto"_s, withoutPhoto},
            {u"version"_s, qint64(m_version)}};
}

} // namespace AgentDesk::Sim
