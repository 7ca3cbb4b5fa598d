// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pinnedcolleagues.h"

#include <QCryptographicHash>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace AgentDesk::Session {

PinnedColleagues::PinnedColleagues(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{}

QString PinnedColleagues::group() const
{
    // The account's e-mail stays out of the settings file's keys.
    const QByteArray hash =
            QCryptographicHash::hash(m_account.toLower().toUtf8(), QCryptographicHash::Sha256);
    return u"colleagues/"_s + QString::fromLatin1(hash.toHex().left(16));
}

void PinnedColleagues::setAccount(const QString &account)
{
    QStringList before = m_favourites + m_recent;
    m_account = account;
    m_favourites.clear();
    m_recent.clear();
    if (!m_account.isEmpty() && m_settings) {
        m_settings->beginGroup(group());
        m_favourites = m_settings->value(u"favourites"_s).toStringList();
        m_recent = m_settings->value(u"recent"_s).toStringList().mid(0, MaxRecent);
        m_settings->endGroup();
    }
    m_favouriteSet = QSet<QString>(m_favourites.cbegin(), m_favourites.cend());
    before += m_favourites + m_recent;
    before.removeDuplicates();
    if (!before.isEmpty()) {
        Q_EMIT changed(before);
    }
}

void PinnedColleagues::setFavourite(const QString &id, bool favourite)
{
    if (id.isEmpty() || isFavourite(id) == favourite) {
        return;
    }
    if (favourite) {
        m_favourites.append(id);
        m_favouriteSet.insert(id);
    } else {
        m_favourites.removeAll(id);
        m_favouriteSet.remove(id);
    }
    save();
    Q_EMIT changed({id});
}

void PinnedColleagues::addRecent(const QString &id)
{
    if (id.isEmpty()) {
        return;
    }
    QStringList touched{id};
    m_recent.removeAll(id);
    m_recent.prepend(id);
    while (m_recent.size() > MaxRecent) {
        touched.append(m_recent.takeLast());
    }
    save();
    Q_EMIT changed(touched);
}

QStringList PinnedColleagues::pinned() const
{
    QStringList result = m_favourites;
    for (const QString &id : m_recent) {
        if (!m_favouriteSet.contains(id)) {
            result.append(id);
        }
    }
    return result;
}

void PinnedColleagues::save() const
{
    if (m_account.isEmpty() || !m_settings) {
        return;
    }
    m_settings->beginGroup(group());
    m_settings->setValue(u"favourites"_s, m_favourites);
    m_settings->setValue(u"recent"_s, m_recent);
    m_settings->endGroup();
}

} // namespace AgentDesk::Session
