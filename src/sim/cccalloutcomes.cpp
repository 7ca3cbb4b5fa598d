// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cccalloutcomes.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace AgentDesk::Sim {

const QStringList &CcCallOutcomes::actions()
{
    static const QStringList names{
            u"accept"_s,         u"hold"_s,        u"unhold"_s,           u"consult"_s,
            u"consult/accept"_s, u"consult/end"_s, u"consult/transfer"_s, u"consult/conference"_s,
            u"transfer"_s,       u"end"_s,         u"wrapup"_s,
    };
    return names;
}

std::optional<CcCallOutcomes::Kind> CcCallOutcomes::kindFromString(const QString &text)
{
    if (text == u"answer"_s) {
        return Answer;
    }
    if (text == u"busy"_s) {
        return Busy;
    }
    if (text == u"noAnswer"_s) {
        return NoAnswer;
    }
    return std::nullopt;
}

QString CcCallOutcomes::kindToString(Kind kind)
{
    switch (kind) {
    case Answer:
        return u"answer"_s;
    case Busy:
        return u"busy"_s;
    case NoAnswer:
        return u"noAnswer"_s;
    }
    return {};
}

void CcCallOutcomes::setConsultOutcome(const QString &key, ConsultOutcome outcome)
{
    const QString folded = key.trimmed().toLower();
    for (Entry &entry : m_consult) {
        if (entry.key == folded) {
            entry.outcome = outcome;
            entry.to = key.trimmed();
            return;
        }
    }
    m_consult.append(Entry{folded, key.trimmed(), outcome});
}

bool CcCallOutcomes::removeConsultOutcome(const QString &key)
{
    const QString folded = key.trimmed().toLower();
    return m_consult.removeIf([&folded](const Entry &entry) { return entry.key == folded; }) > 0;
}

std::optional<CcCallOutcomes::ConsultOutcome>
CcCallOutcomes::consultOutcome(const QStringList &keys) const
{
    for (QString key : keys + QStringList{u"*"_s}) {
        key = key.trimmed().toLower();
        if (key.isEmpty()) {
            continue;
        }
        for (const Entry &entry : m_consult) {
            if (entry.key == key) {
                return entry.outcome;
            }
        }
    }
    return std::nullopt;
}

QJsonArray CcCallOutcomes::consultOutcomesJson() const
{
    QJsonArray array;
    for (const Entry &entry : m_consult) {
        array.append(QJsonObject{{u"to"_s, entry.to},
                                 {u"outcome"_s, kindToString(entry.outcome.kind)},
                                 {u"delayMs"_s, entry.outcome.delayMs}});
    }
    return array;
}

void CcCallOutcomes::addFailure(const Failure &failure)
{
    m_failures.append(failure);
}

std::optional<CcCallOutcomes::Failure> CcCallOutcomes::takeFailure(const QString &action,
                                                                   const QString &agentId)
{
    for (auto it = m_failures.begin(); it != m_failures.end(); ++it) {
        if (it->action != action || (!it->agentId.isEmpty() && it->agentId != agentId)) {
            continue;
        }
        const Failure taken = *it;
        if (--it->count <= 0) {
            m_failures.erase(it);
        }
        return taken;
    }
    return std::nullopt;
}

QJsonArray CcCallOutcomes::failuresJson() const
{
    QJsonArray array;
    for (const Failure &failure : m_failures) {
        array.append(QJsonObject{{u"action"_s, failure.action},
                                 {u"reason"_s, failure.reason},
                                 {u"agentId"_s, failure.agentId},
                                 {u"count"_s, failure.count},
                                 {u"lost"_s, failure.lost}});
    }
    return array;
}

} // namespace AgentDesk::Sim
