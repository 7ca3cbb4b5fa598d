// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphuserreader.h"

#include <core/colleaguenumbers.h>
#include <net/jsontypename.h>

#include <QHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace AgentDesk::Teams {

namespace {

// Reads the fields of one user; the first problem is kept with its path ("value[3].mail").
// Graph sends null for a property that is not set, and leaves out a property it never had in a
// delta round, so both read as empty.
class UserFields
{
public:
    UserFields(const QJsonObject &object, qsizetype index, QString *problem)
        : m_object(object)
        , m_index(index)
        , m_problem(problem)
    {}

    bool ok() const { return m_ok; }

    QString text(QStringView key)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isString()) {
            return value.toString();
        }
        if (!value.isNull() && !value.isUndefined()) {
            fail(key.toString(), u"expected a string, got "_s + Net::jsonTypeName(value));
        }
        return {};
    }

    // Absent or null: `fallback`.
    bool boolean(QStringView key, bool fallback)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isBool()) {
            return value.toBool();
        }
        if (!value.isNull() && !value.isUndefined()) {
            fail(key.toString(), u"expected a boolean, got "_s + Net::jsonTypeName(value));
        }
        return fallback;
    }

    // The first entry that is not blank: Graph allows one business phone, as a collection.
    QString firstText(QStringView key)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isNull() || value.isUndefined()) {
            return {};
        }
        if (!value.isArray()) {
            fail(key.toString(), u"expected an array, got "_s + Net::jsonTypeName(value));
            return {};
        }
        const QJsonArray items = value.toArray();
        QString first;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QJsonValue item = items.at(i);
            if (!item.isString()) {
                fail(key.toString() + u'[' + QString::number(i) + u']',
                     u"expected a string, got "_s + Net::jsonTypeName(item));
                return {};
            }
            if (first.isEmpty()) {
                const QString text = item.toString();
                if (!text.trimmed().isEmpty()) {
                    first = text;
                }
            }
        }
        return first;
    }

    void fail(const QString &field, const QString &what)
    {
        if (m_ok && m_problem) {
            *m_problem = u"value[%1].%2: %3"_s.arg(m_index).arg(field, what);
        }
        m_ok = false;
    }

private:
    const QJsonObject &m_object;
    qsizetype m_index;
    QString *m_problem;
    bool m_ok = true;
};

// Gathers a page with each id once, the last entry winning: Graph may list an object more than
// once in a delta round (delta-query-overview), and DirectorySync merges pages on the same terms.
// A slot an id leaves is emptied, and the page compacted at the end if that ever happened.
class PageCollector
{
public:
    PageCollector(GraphUserReader::Page &page, qsizetype expected)
        : m_page(page)
    {
        m_slots.reserve(expected);
        m_page.people.reserve(expected);
    }

    void keep(Core::Colleague &&colleague)
    {
        forget(colleague.id);
        m_slots.insert(colleague.id, m_page.people.size());
        m_page.people.append(std::move(colleague));
    }

    void remove(const QString &id)
    {
        forget(id);
        m_slots.insert(id, -1 - m_page.removedIds.size());
        m_page.removedIds.append(id);
    }

    void finish()
    {
        if (!m_duplicates) {
            return;
        }
        m_page.people.removeIf([](const Core::Colleague &c) { return c.id.isEmpty(); });
        m_page.removedIds.removeIf([](const QString &id) { return id.isEmpty(); });
    }

private:
    void forget(const QString &id)
    {
        const auto slot = m_slots.constFind(id);
        if (slot == m_slots.cend()) {
            return;
        }
        m_duplicates = true;
        if (slot.value() >= 0) {
            m_page.people[slot.value()].id.clear();
        } else {
            m_page.removedIds[-1 - slot.value()].clear();
        }
    }

    GraphUserReader::Page &m_page;
    // id → index in people (>= 0) or -1 - index in removedIds.
    QHash<QString, qsizetype> m_slots;
    bool m_duplicates = false;
};

bool readLink(const QJsonObject &page, QStringView key, QString *link, QString *problem)
{
    const QJsonValue value = page.value(key);
    if (value.isUndefined() || value.isNull()) {
        return true;
    }
    if (!value.isString() || value.toString().trimmed().isEmpty()) {
        if (problem) {
            *problem = key.toString() + u": expected a URL, got "_s + Net::jsonTypeName(value);
        }
        return false;
    }
    *link = value.toString();
    return true;
}

} // namespace

GraphUserReader::GraphUserReader(QString defaultRegion)
    : m_defaultRegion(std::move(defaultRegion))
{}

std::optional<GraphUserReader::Page> GraphUserReader::read(const QJsonObject &object,
                                                           QString *problem) const
{
    Page page;
    const QJsonValue values = object.value(u"value");
    if (!values.isArray()) {
        if (problem) {
            *problem = u"value: expected an array, got "_s + Net::jsonTypeName(values);
        }
        return std::nullopt;
    }
    if (!readLink(object, u"@odata.nextLink", &page.nextLink, problem) ||
        !readLink(object, u"@odata.deltaLink", &page.deltaLink, problem)) {
        return std::nullopt;
    }
    if (!page.nextLink.isEmpty() && !page.deltaLink.isEmpty()) {
        // delta-query-overview: a page carries one or the other, never both.
        if (problem) {
            *problem = u"both @odata.nextLink and @odata.deltaLink"_s;
        }
        return std::nullopt;
    }

    const QJsonArray users = values.toArray();
    page.received = int(users.size());
    PageCollector collector(page, users.size());
    for (qsizetype i = 0; i < users.size(); ++i) {
        const QJsonValue entry = users.at(i);
        if (!entry.isObject()) {
            if (problem) {
                *problem = u"value[%1]: expected an object, got %2"_s.arg(i).arg(
                        Net::jsonTypeName(entry));
            }
            return std::nullopt;
        }
        const QJsonObject user = entry.toObject();
        UserFields fields(user, i, problem);
        const QString id = fields.text(u"id");
        if (fields.ok() && id.trimmed().isEmpty()) {
            fields.fail(u"id"_s, u"expected a non-empty string"_s);
        }
        const QJsonValue removed = user.value(u"@removed");
        if (!removed.isUndefined()) {
            if (!removed.isObject()) {
                fields.fail(u"@removed"_s,
                            u"expected an object, got "_s + Net::jsonTypeName(removed));
                return std::nullopt;
            }
            if (!fields.ok()) {
                return std::nullopt;
            }
            // "changed" (soft-deleted, restorable) and "deleted" (for good) both leave the
            // directory the panel shows.
            collector.remove(id);
            ++page.deleted;
            continue;
        }

        Core::Colleague colleague;
        colleague.id = id;
        colleague.displayName = fields.text(u"displayName");
        colleague.mail = fields.text(u"mail");
        colleague.jobTitle = fields.text(u"jobTitle");
        colleague.department = fields.text(u"department");
        colleague.businessPhone = fields.firstText(u"businessPhones");
        colleague.mobilePhone = fields.text(u"mobilePhone").trimmed();
        // Every user has a userType and accountEnabled; absent only when not selected, which
        // our queries always do. Missing then reads as Graph's defaults (Member, enabled).
        const QString userType = fields.text(u"userType");
        const bool enabled = fields.boolean(u"accountEnabled", true);
        if (!fields.ok()) {
            return std::nullopt;
        }

        if (!userType.isEmpty() && userType.compare(u"Member", Qt::CaseInsensitive) != 0) {
            ++page.guests;
        } else if (!enabled) {
            ++page.disabled;
        } else if (colleague.businessPhone.isEmpty()) {
            ++page.withoutBusinessPhone;
        } else {
            colleague.businessPhone = colleague.businessPhone.trimmed();
            Core::ColleagueNumbers::fill(colleague, m_defaultRegion);
            collector.keep(std::move(colleague));
            continue;
        }
        collector.remove(id);
    }
    collector.finish();
    return page;
}

} // namespace AgentDesk::Teams
