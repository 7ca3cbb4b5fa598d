// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "colleagueroles.h"

#include <core/colleague.h>
#include <core/presence.h>
#include <core/searchindex.h>

#include <QAbstractListModel>
#include <QHash>

#include <vector>

namespace AgentDesk::Teams {
class PhotoCache;
}

namespace AgentDesk::Session {

class PinnedColleagues;

// Every colleague of the Teams directory, one row each in directory order, with presence,
// photos, favourites and the contact-center state as roles (colleagueroles.h). It also keeps
// the SearchIndex over those rows; ColleagueSearchModel shows the matches. Presence updates
// emit dataChanged for the changed rows only, batched into ranges.
//   ColleaguesModel model(&pins);
//   model.setColleagues(cache.load().colleagues);
//   model.setPresences({{id, presence}}, {});
class ColleaguesModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColleaguesModel)

public:
    explicit ColleaguesModel(PinnedColleagues *pins, QObject *parent = nullptr);
    ~ColleaguesModel() override;

    // The whole directory, e.g. from the cache or a full sync.
    void setColleagues(QList<Core::Colleague> colleagues);
    // A delta: changed or new people, and ids that left.
    void applyChanges(const QList<Core::Colleague> &upserts, const QStringList &removedIds);
    const QList<Core::Colleague> &colleagues() const { return m_colleagues; }
    const Core::Colleague &colleague(int row) const { return m_colleagues.at(row); }
    int rowOf(const QString &id) const { return m_index.rowOf(id); }
    QStringList ids() const;
    // A favourite or a recent expert: listed above the rest.
    bool isPinned(int row) const;
    bool isFavourite(int row) const;
    bool hasPinned() const;

    void setPresences(const QHash<QString, Core::Presence> &presences);
    void setStale(const QStringList &ids, bool stale);
    Core::Presence presence(int row) const { return m_presence.at(size_t(row)); }
    // Contact-center states by agent id (Colleague::ccAgentId), e.g. from the buddy list.
    void setAgentStates(const QHash<QString, QString> &stateByAgentId);
    // Where PhotoRole comes from; asking for a missing photo starts its download.
    void setPhotoCache(Teams::PhotoCache *photos);

    const Core::SearchIndex &searchIndex() const { return m_index; }
    // Why the person cannot be called (ColleagueNumbers::reason); empty when they can.
    static QString numberProblem(const Core::Colleague &colleague);
    static QString agentStateText(const QString &state);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void rebuild();
    void emitChanged(QList<int> rows, const QList<int> &roles);
    void onPinsChanged(const QStringList &ids);
    void onPhotoReady(const QString &id);

    PinnedColleagues *m_pins;
    Teams::PhotoCache *m_photos = nullptr;
    QList<Core::Colleague> m_colleagues;
    std::vector<Core::Presence> m_presence;
    std::vector<bool> m_stale;
    QHash<QString, QString> m_agentStates;
    bool m_agentStatesKnown = false; // before the first buddy list, nobody's state is known
    Core::SearchIndex m_index;
};

} // namespace AgentDesk::Session
