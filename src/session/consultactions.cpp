// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "consultactions.h"

#include "callcontroller.h"
#include "colleaguesservice.h"

#include <core/colleaguenumbers.h>

using namespace Qt::StringLiterals;

namespace AgentDesk::Session {

using Kind = Core::CallCommand::Kind;

namespace {
// SERVICES-REFERENCE.md §1.8
const QString kDialNumber = u"dialNumber"_s;
const QString kAgent = u"agent"_s;
const QString kQueue = u"queue"_s;
} // namespace

ConsultActions::ConsultActions(CallController *calls, ColleaguesService *colleagues,
                               QObject *parent)
    : QObject(parent)
    , m_calls(calls)
    , m_colleagues(colleagues)
{}

bool ConsultActions::canConsult() const
{
    return m_calls->canRequest(Kind::Consult);
}

bool ConsultActions::canTransfer() const
{
    return m_calls->canRequest(Kind::BlindTransfer);
}

bool ConsultActions::canCall() const
{
    return m_calls->canOutdial();
}

bool ConsultActions::asksFirst(Core::Presence::Status status)
{
    using Status = Core::Presence::Status;
    return status == Status::DoNotDisturb || status == Status::Offline ||
           status == Status::Presenting;
}

QString ConsultActions::confirmationFor(const Core::Colleague &colleague, bool transfer) const
{
    const int row = m_colleagues->model().rowOf(colleague.id);
    if (row < 0) {
        return {};
    }
    const Core::Presence presence = m_colleagues->model().presence(row);
    if (!asksFirst(presence.status())) {
        return {};
    }
    return transfer ? tr("Teams shows %1 as “%2”. Transfer the call to them anyway?")
                              .arg(colleague.displayName, presence.label())
                    : tr("Teams shows %1 as “%2”. Consult them anyway?")
                              .arg(colleague.displayName, presence.label());
}

QString ConsultActions::dialStringFor(const Core::Colleague &colleague)
{
    const QString number = Core::ColleagueNumbers::dialStringFor(colleague, m_dialPlan);
    if (number.isEmpty() && colleague.isCallable()) {
        Q_EMIT refused(tr("The contact center's dial plan does not accept %1's number (%2).")
                               .arg(colleague.displayName, colleague.businessPhone));
    }
    return number;
}

bool ConsultActions::consultColleague(const Core::Colleague &colleague)
{
    const QString number = dialStringFor(colleague);
    if (number.isEmpty() || !m_calls->consult(number, kDialNumber)) {
        return false;
    }
    remember(number, colleague.displayName);
    m_colleagues->pins().addRecent(colleague.id);
    return true;
}

bool ConsultActions::transferToColleague(const Core::Colleague &colleague)
{
    const QString number = dialStringFor(colleague);
    if (number.isEmpty() || !m_calls->blindTransfer(number, kDialNumber)) {
        return false;
    }
    remember(number, colleague.displayName);
    m_colleagues->pins().addRecent(colleague.id);
    return true;
}

bool ConsultActions::callColleague(const Core::Colleague &colleague)
{
    const QString number = dialStringFor(colleague);
    if (number.isEmpty() || !m_calls->outdial(number)) {
        return false;
    }
    remember(number, colleague.displayName);
    return true;
}

bool ConsultActions::consultAgent(const QString &agentId, const QString &name)
{
    if (agentId.isEmpty() || !m_calls->consult(agentId, kAgent)) {
        return false;
    }
    remember(agentId, name);
    return true;
}

bool ConsultActions::transferToAgent(const QString &agentId, const QString &name)
{
    if (agentId.isEmpty() || !m_calls->blindTransfer(agentId, kAgent)) {
        return false;
    }
    remember(agentId, name);
    return true;
}

bool ConsultActions::consultQueue(const QString &queueId, const QString &name)
{
    if (queueId.isEmpty() || !m_calls->consult(queueId, kQueue)) {
        return false;
    }
    remember(queueId, name);
    return true;
}

bool ConsultActions::transferToQueue(const QString &queueId, const QString &name)
{
    if (queueId.isEmpty() || !m_calls->blindTransfer(queueId, kQueue)) {
        return false;
    }
    remember(queueId, name);
    return true;
}

QString ConsultActions::partyName(const QString &destination) const
{
    if (const auto found = m_names.constFind(destination); found != m_names.cend()) {
        return *found;
    }
    const QString key = numberKey(destination);
    return key.isEmpty() ? QString() : m_names.value(key);
}

void ConsultActions::remember(const QString &destination, const QString &name)
{
    if (name.isEmpty()) {
        return;
    }
    m_names.insert(destination, name);
    if (const QString key = numberKey(destination); !key.isEmpty()) {
        m_names.insert(key, name);
    }
}

QString ConsultActions::numberKey(const QString &destination)
{
    // Digits (and the extension after the pause) only, marked so that it never equals an id.
    QString digits;
    for (const QChar c : destination) {
        if (c.isDigit() || c == u',') {
            digits.append(c);
        } else if (c.isLetter()) {
            return {}; // an agent or queue id, not a number
        }
    }
    return digits.isEmpty() ? QString() : u"#"_s + digits;
}

} // namespace AgentDesk::Session
