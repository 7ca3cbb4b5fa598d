// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindex.h"

#include "textfolding.h"

#include <algorithm>
#include <array>
#include <numeric>

using namespace Qt::StringLiterals;

namespace AgentDesk::Core {

namespace {

// Interns a field's values: folds each distinct text once (a directory has a few hundred
// departments and titles for 100,000 people) and merges texts that fold alike.
class ValueTable
{
public:
    quint32 intern(const QString &text)
    {
        const auto raw = m_idOfRaw.constFind(text);
        if (raw != m_idOfRaw.cend()) {
            return *raw;
        }
        QString folded = TextFolding::fold(text);
        auto it = m_idOfFolded.constFind(folded);
        if (it == m_idOfFolded.cend()) {
            it = m_idOfFolded.insert(folded, quint32(m_folded.size()));
            m_folded.append(folded);
            m_display.append(text);
        }
        m_idOfRaw.insert(text, *it);
        return *it;
    }
    const QStringList &folded() const { return m_folded; }
    const QStringList &display() const { return m_display; }

private:
    QHash<QString, quint32> m_idOfRaw;
    QHash<QString, quint32> m_idOfFolded;
    QStringList m_folded;
    QStringList m_display;
};

} // namespace

void SearchIndex::rebuild(const QList<Colleague> &colleagues)
{
    const auto count = colleagues.size();
    std::vector<QString> foldedNames(count);
    for (qsizetype row = 0; row < count; ++row) {
        foldedNames[row] = TextFolding::fold(colleagues.at(row).displayName);
    }

    // Positions are name order, ties broken by the name as written and then by row, so equal
    // queries always list people in the same order.
    m_rowOfPos.resize(count);
    std::iota(m_rowOfPos.begin(), m_rowOfPos.end(), 0);
    std::sort(m_rowOfPos.begin(), m_rowOfPos.end(), [&](int a, int b) {
        if (const int c = QString::compare(foldedNames[a], foldedNames[b]); c != 0) {
            return c < 0;
        }
        const int c = QString::compare(colleagues.at(a).displayName, colleagues.at(b).displayName);
        return c != 0 ? c < 0 : a < b;
    });
    m_posOfRow.assign(count, 0);
    for (qsizetype pos = 0; pos < count; ++pos) {
        m_posOfRow[m_rowOfPos[pos]] = int(pos);
    }

    m_rowOfId.clear();
    m_rowOfId.reserve(count);
    m_departmentOfPos.resize(count);
    m_comboOfPos.resize(count);
    m_comboDepartment.clear();
    m_comboTitle.clear();
    QHash<quint64, quint32> comboIds;
    m_rankOfPos.assign(count, quint8(MaxAvailabilityRank));
    m_cjkText.clear();
    m_cjkStart.clear();
    m_cjkPosting.clear();

    QHash<QString, std::vector<quint32>> postingsOfWord;
    const auto addText = [&](const QString &folded, quint32 posting) {
        for (const QString &word : TextFolding::words(folded)) {
            if (TextFolding::containsCjk(word)) {
                continue; // found by substring below
            }
            std::vector<quint32> &postings = postingsOfWord[word];
            if (postings.empty() || postings.back() != posting) {
                postings.push_back(posting);
            }
        }
        if (TextFolding::containsCjk(folded)) {
            m_cjkStart.push_back(m_cjkText.size());
            m_cjkPosting.push_back(posting);
            m_cjkText += TextFolding::compact(folded);
            m_cjkText += QChar(u'\0'); // no match spans two values
        }
    };

    ValueTable departments;
    ValueTable titles;
    for (qsizetype pos = 0; pos < count; ++pos) {
        const int row = m_rowOfPos[pos];
        const Colleague &colleague = colleagues.at(row);
        m_rowOfId.insert(colleague.id, row);
        addText(foldedNames[row], (NameField << FieldShift) | quint32(pos));
        const quint32 department = departments.intern(colleague.department);
        const quint32 title = titles.intern(colleague.jobTitle);
        const quint64 combo = (quint64(department) << 32) | title;
        auto it = comboIds.constFind(combo);
        if (it == comboIds.cend()) {
            it = comboIds.insert(combo, quint32(m_comboDepartment.size()));
            m_comboDepartment.push_back(department);
            m_comboTitle.push_back(title);
        }
        m_departmentOfPos[pos] = department;
        m_comboOfPos[pos] = *it;
    }
    for (qsizetype id = 0; id < departments.folded().size(); ++id) {
        addText(departments.folded().at(id), (DepartmentField << FieldShift) | quint32(id));
    }
    for (qsizetype id = 0; id < titles.folded().size(); ++id) {
        addText(titles.folded().at(id), (TitleField << FieldShift) | quint32(id));
    }
    m_departmentNames = departments.display();
    m_foldedDepartments = departments.folded();
    m_titleCount = titles.folded().size();

    // Sorted words make every word with a prefix one contiguous range.
    m_words.clear();
    m_words.reserve(postingsOfWord.size());
    for (auto it = postingsOfWord.cbegin(); it != postingsOfWord.cend(); ++it) {
        m_words.push_back(it.key());
    }
    std::sort(m_words.begin(), m_words.end());
    m_postingStart.clear();
    m_postingStart.reserve(m_words.size() + 1);
    m_postings.clear();
    for (const QString &word : m_words) {
        m_postingStart.push_back(quint32(m_postings.size()));
        const std::vector<quint32> &postings = postingsOfWord.value(word);
        m_postings.insert(m_postings.end(), postings.begin(), postings.end());
    }
    m_postingStart.push_back(quint32(m_postings.size()));

    m_state.assign(count, 0);
    m_placed.assign(count, 0);
    m_termHitName.assign(count, 0);
    m_termHitDepartment.assign(m_departmentNames.size(), 0);
    m_termHitTitle.assign(m_titleCount, 0);
    m_termHitCombo.assign(m_comboDepartment.size(), 0);
}

void SearchIndex::setAvailabilityRank(int row, int rank)
{
    if (row < 0 || row >= size()) {
        return;
    }
    m_rankOfPos[m_posOfRow[row]] = quint8(std::clamp(rank, 0, MaxAvailabilityRank));
}

bool SearchIndex::setAvailabilityRank(const QString &id, int rank)
{
    const int row = rowOf(id);
    if (row < 0) {
        return false;
    }
    setAvailabilityRank(row, rank);
    return true;
}

int SearchIndex::availabilityRank(int row) const
{
    return row >= 0 && row < size() ? m_rankOfPos[m_posOfRow[row]] : MaxAvailabilityRank;
}

void SearchIndex::mark(quint32 posting) const
{
    const quint32 id = posting & IdMask;
    switch (posting >> FieldShift) {
    case NameField:
        m_termHitName[id] = 1;
        break;
    case DepartmentField:
        m_termHitDepartment[id] = 1;
        break;
    default:
        m_termHitTitle[id] = 1;
        break;
    }
}

void SearchIndex::matchTerm(const QString &term) const
{
    matchWords(term);
    for (size_t combo = 0; combo < m_comboDepartment.size(); ++combo) {
        m_termHitCombo[combo] =
                m_termHitDepartment[m_comboDepartment[combo]] | m_termHitTitle[m_comboTitle[combo]];
    }
}

void SearchIndex::matchWords(const QString &term) const
{
    std::fill(m_termHitName.begin(), m_termHitName.end(), 0);
    std::fill(m_termHitDepartment.begin(), m_termHitDepartment.end(), 0);
    std::fill(m_termHitTitle.begin(), m_termHitTitle.end(), 0);

    if (TextFolding::containsCjk(term)) {
        // CJK names have no word boundaries to anchor a prefix: find the term anywhere.
        const QStringView text(m_cjkText);
        qsizetype from = 0;
        while ((from = text.indexOf(term, from)) >= 0) {
            const auto next = std::upper_bound(m_cjkStart.begin(), m_cjkStart.end(), from);
            mark(m_cjkPosting[std::distance(m_cjkStart.begin(), next) - 1]);
            from = next == m_cjkStart.end() ? text.size() : *next;
        }
        return;
    }
    for (auto it = std::lower_bound(m_words.begin(), m_words.end(), term);
         it != m_words.end() && it->startsWith(term); ++it) {
        const auto word = std::distance(m_words.begin(), it);
        for (quint32 i = m_postingStart[word]; i < m_postingStart[word + 1]; ++i) {
            mark(m_postings[i]);
        }
    }
}

QList<int> SearchIndex::search(QStringView query, const Filter &filter) const
{
    const qsizetype count = size();
    qsizetype department = -1;
    if (!filter.department.isEmpty()) {
        department = m_foldedDepartments.indexOf(TextFolding::fold(filter.department));
        if (department < 0) {
            return {};
        }
    }
    const int maxRank =
            filter.maxAvailabilityRank < 0 ? MaxAvailabilityRank : filter.maxAvailabilityRank;

    // Plain pointers in the loops below: stores through quint8 may alias anything, so the
    // compiler would otherwise reload every vector's data pointer on each row.
    quint8 *const states = m_state.data();
    const quint8 *const inName = m_termHitName.data();
    const quint8 *const comboHit = m_termHitCombo.data();
    const quint32 *const combos = m_comboOfPos.data();
    const quint8 *const ranks = m_rankOfPos.data();
    const quint32 *const departments = m_departmentOfPos.data();

    // A row's state: Dead, or how many query words it matched other than by name. Branch-free
    // updates: which rows a word hits is as good as random to the branch predictor.
    const auto narrow = [&](qsizetype pos) {
        const int state = states[pos];
        const bool hit = inName[pos] | comboHit[combos[pos]];
        const int missed = std::min(state + (inName[pos] ? 0 : 1), Dead - 1);
        return (state == Dead || !hit) ? int(Dead) : missed;
    };

    // Rank by counting rather than sorting: positions are already in name order, so placing
    // them into (name misses, availability) buckets in scan order keeps name order inside each.
    constexpr int Tiers = 8;
    constexpr int Ranks = MaxAvailabilityRank + 1;
    constexpr int Discarded = Tiers * Ranks;
    // Four interleaved counters so that runs of rows in one bucket do not wait on each other.
    std::array<std::array<qsizetype, Discarded + 1>, 4> lanes{};
    const auto place = [&](qsizetype pos, int state) {
        const quint8 rank = ranks[pos];
        const bool kept = state != Dead && rank <= maxRank &&
                          (department < 0 || departments[pos] == quint32(department));
        const int key = kept ? std::min(state, Tiers - 1) * Ranks + rank : Discarded;
        states[pos] = quint8(key);
        ++lanes[pos & 3][key];
    };

    const QStringList terms = TextFolding::words(TextFolding::fold(query));
    if (terms.isEmpty()) {
        for (qsizetype pos = 0; pos < count; ++pos) {
            place(pos, 0);
        }
    } else {
        std::fill(m_state.begin(), m_state.end(), 0);
    }
    for (qsizetype i = 0; i < terms.size(); ++i) {
        matchTerm(terms.at(i));
        if (i + 1 < terms.size()) {
            for (qsizetype pos = 0; pos < count; ++pos) {
                states[pos] = quint8(narrow(pos));
            }
        } else { // the last word: narrow and place in one pass
            for (qsizetype pos = 0; pos < count; ++pos) {
                place(pos, narrow(pos));
            }
        }
    }

    std::array<qsizetype, Discarded + 1> start{};
    qsizetype matches = 0;
    for (int key = 0; key < Discarded; ++key) {
        start[key] = matches;
        matches += lanes[0][key] + lanes[1][key] + lanes[2][key] + lanes[3][key];
    }
    int *const placed = m_placed.data();
    const int *const rowOfPos = m_rowOfPos.data();
    for (qsizetype pos = 0; pos < count; ++pos) {
        if (const quint8 key = states[pos]; key != Discarded) {
            placed[start[key]++] = rowOfPos[pos];
        }
    }
    return QList<int>(m_placed.begin(), m_placed.begin() + matches);
}

QList<int> SearchIndex::search(QStringView query) const
{
    return search(query, Filter());
}

QStringList SearchIndex::departments() const
{
    std::vector<qsizetype> order(m_departmentNames.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return m_foldedDepartments.at(a) < m_foldedDepartments.at(b);
    });
    QStringList result;
    for (const qsizetype id : order) {
        if (!m_departmentNames.at(id).isEmpty()) {
            result.append(m_departmentNames.at(id));
        }
    }
    return result;
}

} // namespace AgentDesk::Core
