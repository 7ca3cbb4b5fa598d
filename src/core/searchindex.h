// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "colleague.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace AgentDesk::Core {

// The colleagues panel's instant search: one query over name, department and job title, answered
// per keystroke from memory with no server round trip.
// Matching: text is folded (TextFolding: case, accents, width, kana); each word of the query must
// match in one of the three fields; a word with CJK characters matches as a substring ("藤" finds
// "佐藤 花子"), any other word as the prefix of a word ("ana" finds "Ana" and "Ana-Maria", not
// "Mariana"). Ranking: people whose name matched more of the query first, then the caller's
// availability rank (lower = more available), then name order. Rows are indexes into the list
// given to rebuild().
//   SearchIndex index;
//   index.rebuild(colleagues);                       // 100,000 people: well under a second
//   index.setAvailabilityRank(row, 0);               // presence changed: no rebuild
//   const QList<int> rows = index.search(u"sales ana"); // best first
// Not thread-safe: search() reuses scratch buffers so a keystroke allocates only its result.
class SearchIndex final
{
public:
    struct Filter
    {
        QString department;           // the department exactly (folded); empty: every department
        int maxAvailabilityRank = -1; // only rows ranked at most this; -1: everyone
    };
    // Ranks above this are treated as this: enough for every Teams availability.
    static constexpr int MaxAvailabilityRank = 15;

    SearchIndex() = default;
    explicit SearchIndex(const QList<Colleague> &colleagues) { rebuild(colleagues); }

    // Indexes the colleagues; availability ranks start at MaxAvailabilityRank (unknown).
    void rebuild(const QList<Colleague> &colleagues);
    qsizetype size() const { return qsizetype(m_rowOfPos.size()); }

    void setAvailabilityRank(int row, int rank);
    // False when no colleague has the id.
    bool setAvailabilityRank(const QString &id, int rank);
    int availabilityRank(int row) const;
    int rowOf(const QString &id) const { return m_rowOfId.value(id, -1); }

    // The matching rows, best first; an empty query lists everyone (that the filter lets through).
    QList<int> search(QStringView query, const Filter &filter) const;
    QList<int> search(QStringView query) const;

    // The distinct departments as first written in the directory, in folded order (for the
    // department filter).
    QStringList departments() const;

private:
    // A posting names what a word occurs in: a person's name (by position) or a distinct
    // department or job-title value. The field is kept in the top bits.
    static constexpr quint32 FieldShift = 30;
    static constexpr quint32 NameField = 0;
    static constexpr quint32 DepartmentField = 1;
    static constexpr quint32 TitleField = 2;
    static constexpr quint32 IdMask = (1u << FieldShift) - 1;
    static constexpr quint8 Dead = 0xFF;

    // Sets the m_termHit* arrays for one word of the query.
    void matchTerm(const QString &term) const;
    void matchWords(const QString &term) const;
    void mark(quint32 posting) const;

    // Everything per person is stored by position: people sorted by folded name, so name order
    // is scan order and the result needs no sort.
    std::vector<int> m_rowOfPos;
    std::vector<int> m_posOfRow;
    std::vector<quint32> m_departmentOfPos;
    // Each person's (department, title) combination: a directory has a few hundred, so a
    // query tests each combination once and each person with one look-up.
    std::vector<quint32> m_comboOfPos;
    std::vector<quint32> m_comboDepartment;
    std::vector<quint32> m_comboTitle;
    std::vector<quint8> m_rankOfPos;
    QHash<QString, int> m_rowOfId;

    QStringList m_departmentNames; // display text per department value
    QStringList m_foldedDepartments;
    qsizetype m_titleCount = 0;

    // Non-CJK words, sorted, each with its postings m_postings[m_postingStart[w]..[w + 1]).
    std::vector<QString> m_words;
    std::vector<quint32> m_postingStart;
    std::vector<quint32> m_postings;

    // Every value with CJK characters, compacted and '\0'-separated, for substring search;
    // m_cjkStart[i] is where value i starts and m_cjkPosting[i] what it is.
    QString m_cjkText;
    std::vector<qsizetype> m_cjkStart;
    std::vector<quint32> m_cjkPosting;

    // Scratch for search(), sized at rebuild.
    // Dead, or how many query words missed the name; then each row's ranking bucket.
    mutable std::vector<quint8> m_state;
    mutable std::vector<int> m_placed; // rows in result order, then the discarded ones
    mutable std::vector<quint8> m_termHitName;
    mutable std::vector<quint8> m_termHitDepartment;
    mutable std::vector<quint8> m_termHitTitle;
    mutable std::vector<quint8> m_termHitCombo;
};

} // namespace AgentDesk::Core
