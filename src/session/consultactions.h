// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/colleague.h>
#include <core/dialplan.h>
#include <core/presence.h>

#include <QHash>
#include <QObject>

namespace AgentDesk::Session {

class CallController;
class ColleaguesService;

// What the consult/transfer side panel and the colleagues panel ask of the customer's call: a
// consult or a blind transfer to a colleague (their business phone as a dial number), to a
// contact-center agent or to a queue, and click-to-call to a colleague. It remembers the name
// each destination was chosen by (the call view shows "Priya Nair", not a number or an id),
// puts every consulted or transferred colleague into Recent experts, and says whom to ask
// about first (Teams shows them as not wanting calls).
//   ConsultActions actions(&session.calls(), &session.colleagues());
//   if (const QString question = actions.confirmationFor(colleague, false);
//       question.isEmpty() || askTheAgent(question)) {
//       actions.consultColleague(colleague);      // false: nothing sent (not now)
//   }
//   actions.transferToQueue(queue.id, queue.name);
//   label->setText(actions.partyName(calls.consultedDestination()));
class ConsultActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsultActions)

public:
    ConsultActions(CallController *calls, ColleaguesService *colleagues, QObject *parent = nullptr);

    // Whether a consult (or blind transfer) may be asked for now; for the panels' buttons.
    bool canConsult() const;
    bool canTransfer() const;
    bool canCall() const;

    // Presences that say "not now": Do not disturb (and Focusing...), Offline, Presenting.
    static bool asksFirst(Core::Presence::Status status);
    // The question to put to the agent before consulting (or transferring to) this colleague,
    // translated; empty when there is nothing to ask.
    QString confirmationFor(const Core::Colleague &colleague, bool transfer) const;

    // Each returns false, with nothing sent, when the call does not allow it now or the target
    // cannot be called (no number, empty id).
    // Colleagues are dialled in the form the tenant's dial plan accepts
    // (ColleagueNumbers::dialStringFor); when it accepts none, refused() says so.
    void setDialPlan(const Core::DialPlan &plan) { m_dialPlan = plan; }
    bool consultColleague(const Core::Colleague &colleague);
    bool transferToColleague(const Core::Colleague &colleague);
    bool callColleague(const Core::Colleague &colleague);
    bool consultAgent(const QString &agentId, const QString &name);
    bool transferToAgent(const QString &agentId, const QString &name);
    bool consultQueue(const QString &queueId, const QString &name);
    bool transferToQueue(const QString &queueId, const QString &name);

    // The name a destination of this session's consults and transfers was chosen by; empty
    // when unknown. A number is also found when the contact center writes it otherwise
    // ("+1 425-555-0100" for "+14255550100").
    QString partyName(const QString &destination) const;

Q_SIGNALS:
    // A colleague could not be dialled: one translated sentence for the window's banner.
    void refused(const QString &message);

private:
    QString dialStringFor(const Core::Colleague &colleague);
    void remember(const QString &destination, const QString &name);
    static QString numberKey(const QString &destination);

    CallController *m_calls;
    ColleaguesService *m_colleagues;
    QHash<QString, QString> m_names; // destination (and its digits) → name
    Core::DialPlan m_dialPlan;
};

} // namespace AgentDesk::Session
