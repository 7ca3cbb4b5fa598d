// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace AgentDesk::Sim {

// What the far end of a call does, as tests and the demo script it through /_sim/cc (see
// CcTasks): how a consulted destination answers, and which next task commands fail.
//   CcCallOutcomes outcomes;
//   outcomes.setConsultOutcome(u"+14155550123"_s, {CcCallOutcomes::Busy, 800});
//   outcomes.consultOutcome({u"+14155550123"_s});          // busy after 800 ms
//   outcomes.addFailure({u"hold"_s, u"MEDIA_ERROR"_s, {}, 1});
//   outcomes.takeFailure(u"hold"_s, agentId);                // "MEDIA_ERROR", then nothing
// Keys are compared case-insensitively; the caller passes every name a destination goes by
// (number in canonical form, agent id and e-mail, queue id and name) and "*" is the default.
class CcCallOutcomes final
{
public:
    enum Kind
    {
        Answer,
        Busy,
        NoAnswer
    };
    struct ConsultOutcome
    {
        Kind kind = Answer;
        int delayMs = 0;
    };
    struct Failure
    {
        QString action; // one of actions()
        QString reason;
        QString agentId;   // empty = whoever sends the command next
        int count = 1;     // how many commands fail before it is used up
        bool lost = false; // no event at all, as if it were lost (the client times out)
    };

    // The task actions a failure can target: the path after /v1/tasks/{id}/.
    static const QStringList &actions();
    static std::optional<Kind> kindFromString(const QString &text);
    static QString kindToString(Kind kind);

    void setConsultOutcome(const QString &key, ConsultOutcome outcome);
    bool removeConsultOutcome(const QString &key);
    void clearConsultOutcomes() { m_consult.clear(); }
    // The first configured outcome among the keys, else the "*" one, else nothing.
    std::optional<ConsultOutcome> consultOutcome(const QStringList &keys) const;
    // [{to, outcome, delayMs}]
    QJsonArray consultOutcomesJson() const;

    void addFailure(const Failure &failure);
    void clearFailures() { m_failures.clear(); }
    // The first failure for this action and agent, using it up; else nothing.
    std::optional<Failure> takeFailure(const QString &action, const QString &agentId);
    // [{action, reason, agentId, count, lost}]
    QJsonArray failuresJson() const;

private:
    struct Entry
    {
        QString key; // lower case
        QString to;  // as configured
        ConsultOutcome outcome;
    };
    QList<Entry> m_consult;
    QList<Failure> m_failures;
};

} // namespace AgentDesk::Sim
