// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/colleague.h>

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace AgentDesk::Teams {

// Reads one page of Graph's GET /users or /users/delta (SERVICES-REFERENCE.md §2.1, §2.3) into
// the colleagues the panel keeps, checking the shape as it goes:
//   GraphUserReader reader(u"US"_s);
//   QString problem;
//   const auto page = reader.read(result.object(), &problem);
//   if (!page) return fail(Net::ApiError::unexpectedShape(problem));
//   people += page->people; removed += page->removedIds; next = page->nextLink;
// Only enabled members with a business phone are kept: delta has no $filter on userType or
// accountEnabled, so the rule is applied here, on every page of both queries. A user the rule
// leaves out is listed in removedIds, because in a delta round it may be someone the panel
// showed until now (a member turned guest, a disabled account, a deleted phone). A business
// phone that is present but unreadable keeps the person, with the verdict that says why
// (Core::ColleagueNumbers). A page that is not of the documented shape gives nullopt and a
// problem for the log (untranslated, naming the field, never its value); nothing is thrown.
class GraphUserReader final
{
public:
    struct Page
    {
        // Each id is in one of the two lists at most once: the last entry for it wins.
        QList<Core::Colleague> people; // kept, in page order
        // "@removed" entries and the users the rule leaves out, in page order.
        QStringList removedIds;
        QString nextLink;  // "@odata.nextLink": more pages of this round
        QString deltaLink; // "@odata.deltaLink": the round is complete (delta only)
        int received = 0;  // entries in "value"
        // Why users were left out (for the log and tests).
        int guests = 0;
        int disabled = 0;
        int withoutBusinessPhone = 0;
        int deleted = 0; // "@removed"
    };

    // defaultRegion: ISO 3166 code national numbers are read in ("US"); may be empty.
    explicit GraphUserReader(QString defaultRegion);

    // The page, or nullopt with *problem set ("value[3].businessPhones[0]: expected a string,
    // got a number"). problem may be null.
    std::optional<Page> read(const QJsonObject &page, QString *problem = nullptr) const;

    const QString &defaultRegion() const { return m_defaultRegion; }

private:
    QString m_defaultRegion;
};

} // namespace AgentDesk::Teams
