// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSet>
#include <QStringList>

class QSettings;

namespace AgentDesk::Session {

// The colleagues an agent keeps at hand: favourites (chosen) and recent experts (everyone
// consulted or transferred to, newest first). Kept per Microsoft account in the settings, not in
// the directory cache, so a rebuilt cache loses neither. Only Graph user ids are stored.
//   PinnedColleagues pins(&settings);
//   pins.setAccount(u"ana.souza@contoso.example"_s);
//   pins.setFavourite(id, true);
//   pins.addRecent(id); // after a consult or transfer
class PinnedColleagues final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PinnedColleagues)

public:
    static constexpr int MaxRecent = 10;

    explicit PinnedColleagues(QSettings *settings, QObject *parent = nullptr);

    // Loads the lists of this account (empty account: none, nothing is saved).
    void setAccount(const QString &account);

    bool isFavourite(const QString &id) const { return m_favouriteSet.contains(id); }
    const QStringList &favourites() const { return m_favourites; }
    void setFavourite(const QString &id, bool favourite);

    bool isRecent(const QString &id) const { return m_recent.contains(id); }
    const QStringList &recent() const { return m_recent; }
    void addRecent(const QString &id);

    // Favourites first (in the order they were added), then recent experts: who is pinned above
    // the rest of the list, and who the presence poller asks about first.
    QStringList pinned() const;

Q_SIGNALS:
    // The ids whose favourite or recent flag changed (all of them after setAccount()).
    void changed(const QStringList &ids);

private:
    void save() const;
    QString group() const;

    QSettings *m_settings;
    QString m_account;
    QStringList m_favourites;
    QSet<QString> m_favouriteSet;
    QStringList m_recent;
};

} // namespace AgentDesk::Session
