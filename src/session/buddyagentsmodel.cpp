// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "buddyagentsmodel.h"

#include <cc/commandoutcome.h>
#include <cc/contactcenterclient.h>

#include <QCollator>
#include <QLoggingCategory>

#include <algorithm>
#include <chrono>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

Q_LOGGING_CATEGORY(lcBuddies, "agentdesk.session.buddies", QtInfoMsg)

namespace AgentDesk::Session {

// A buddy-list request answers within a second; a few tries cover the session's own one.
static constexpr int kMaxRetries = 20;

BuddyAgentsModel::BuddyAgentsModel(Cc::ContactCenterClient *client, QObject *parent)
    : QAbstractListModel(parent)
    , m_client(client)
{
    m_retry.setSingleShot(true);
    m_retry.setInterval(250ms);
    connect(&m_retry, &QTimer::timeout, this, &BuddyAgentsModel::send);
}

void BuddyAgentsModel::refresh(const QString &agentProfileId)
{
    m_profileId = agentProfileId;
    m_retries = 0;
    m_loading = true;
    Q_EMIT statusChanged();
    send();
}

void BuddyAgentsModel::send()
{
    const bool sent = m_client->requestBuddyAgents(
            m_profileId, u"telephony"_s, {}, this,
            [this](const Cc::CommandOutcome &outcome, const QList<Cc::BuddyAgent> &agents) {
                m_loading = false;
                if (outcome.isSuccess()) {
                    m_message.clear();
                    setAgents(agents);
                } else {
                    qCWarning(lcBuddies)
                            << "buddy list failed:" << Cc::CommandOutcome::kindName(outcome.kind())
                            << outcome.reason();
                    m_message = tr("The list of agents could not be loaded. Try again later.");
                }
                Q_EMIT statusChanged();
            });
    if (sent) {
        return;
    }
    if (++m_retries <= kMaxRetries) {
        m_retry.start();
        return;
    }
    m_loading = false;
    m_message = tr("The list of agents could not be loaded. Try again later.");
    Q_EMIT statusChanged();
}

void BuddyAgentsModel::setAgents(QList<Cc::BuddyAgent> agents)
{
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(agents.begin(), agents.end(),
                     [&collator](const Cc::BuddyAgent &a, const Cc::BuddyAgent &b) {
                         if (a.isAvailable() != b.isAvailable()) {
                             return a.isAvailable();
                         }
                         return collator.compare(a.name, b.name) < 0;
                     });
    const bool sameRows =
            std::equal(agents.cbegin(), agents.cend(), m_agents.cbegin(), m_agents.cend(),
                       [](const auto &a, const auto &b) { return a.agentId == b.agentId; });
    if (sameRows) {
        // The same people in the same order: only states may have changed; keep the view's
        // selection and scroll position.
        QList<int> changed;
        for (int row = 0; row < agents.size(); ++row) {
            if (!(agents.at(row) == m_agents.at(row))) {
                changed.append(row);
            }
        }
        m_agents = std::move(agents);
        if (!changed.isEmpty()) {
            Q_EMIT dataChanged(index(changed.first()), index(changed.last()));
        }
        return;
    }
    beginResetModel();
    m_agents = std::move(agents);
    endResetModel();
}

int BuddyAgentsModel::rowOf(const QString &agentId) const
{
    for (int row = 0; row < m_agents.size(); ++row) {
        if (m_agents.at(row).agentId == agentId) {
            return row;
        }
    }
    return -1;
}

QString BuddyAgentsModel::stateText(const QString &state)
{
    if (state.compare(u"Available"_s, Qt::CaseInsensitive) == 0) {
        return tr("Available");
    }
    if (state.compare(u"Idle"_s, Qt::CaseInsensitive) == 0) {
        return tr("Idle");
    }
    return state;
}

int BuddyAgentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_agents.size());
}

QVariant BuddyAgentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Cc::BuddyAgent &agent = m_agents.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return agent.teamName.isEmpty()
                       ? u"%1 · %2"_s.arg(agent.name, stateText(agent.state))
                       : u"%1 · %2 · %3"_s.arg(agent.name, stateText(agent.state), agent.teamName);
    case Qt::ToolTipRole:
        return agent.isAvailable()
                       ? QVariant()
                       : QVariant(tr("%1 is not available for calls now.").arg(agent.name));
    case AgentIdRole:
        return agent.agentId;
    case NameRole:
        return agent.name;
    case StateRole:
        return agent.state;
    case AvailableRole:
        return agent.isAvailable();
    default:
        return {};
    }
}

QHash<int, QByteArray> BuddyAgentsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(AgentIdRole, "agentId");
    names.insert(NameRole, "name");
    names.insert(StateRole, "state");
    names.insert(AvailableRole, "available");
    return names;
}

} // namespace AgentDesk::Session
