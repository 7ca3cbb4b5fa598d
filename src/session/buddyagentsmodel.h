// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/buddyagent.h>

#include <QAbstractListModel>
#include <QTimer>

namespace AgentDesk::Cc {
class ContactCenterClient;
}

namespace AgentDesk::Session {

// The Agents tab of the consult/transfer panel: the other logged-in contact-center agents
// (the buddy list, POST /v1/agents/buddyList) with their state, Available ones first, then by
// name. Asked for again each time the tab is shown; the rows stay meanwhile, so the agent's
// selection does not jump.
//   BuddyAgentsModel agents(&services.client());
//   agents.refresh(login.profile().agentProfileId);
//   view->setModel(&agents);
class BuddyAgentsModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BuddyAgentsModel)

public:
    enum Role
    {
        AgentIdRole = Qt::UserRole + 1, // QString: what a consult or transfer names ("agent")
        NameRole,                       // QString
        StateRole,                      // QString: the state as the contact center sent it
        AvailableRole,                  // bool: can take a consult or a transfer now
    };

    explicit BuddyAgentsModel(Cc::ContactCenterClient *client, QObject *parent = nullptr);

    // Asks the contact center for the list of agents of this desktop profile.
    void refresh(const QString &agentProfileId);
    bool isLoading() const { return m_loading; }
    // Translated: why the list could not be loaded; empty when it was.
    QString message() const { return m_message; }
    const Cc::BuddyAgent &agent(int row) const { return m_agents.at(row); }
    int rowOf(const QString &agentId) const;
    // "Available", "Idle" (translated), or the state as the contact center names it.
    static QString stateText(const QString &state);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    // Loading started or ended, or the message changed.
    void statusChanged();

private:
    void send();
    void setAgents(QList<Cc::BuddyAgent> agents);

    Cc::ContactCenterClient *m_client;
    QString m_profileId;
    QList<Cc::BuddyAgent> m_agents;
    bool m_loading = false;
    QString m_message;
    // The session asks for the same list now and then, and one request at a time goes out:
    // while that one is on its way, ask again shortly.
    QTimer m_retry;
    int m_retries = 0;
};

} // namespace AgentDesk::Session
