// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/colleague.h>

#include <QTabWidget>

class QVBoxLayout;

namespace AgentDesk::Session {
class BuddyAgentsModel;
class ConsultActions;
class QueuesModel;
class SessionContext;
} // namespace AgentDesk::Session

namespace AgentDesk::Ui {

class ColleaguesPanel;
class DestinationList;

// The consult/transfer side panel during a customer's call: Colleagues (the one colleagues
// panel of the window, moved in while the call lasts: same search, same selection, live
// presence), Agents (the contact center's logged-in agents and their state, asked for each
// time the tab is shown) and Queues. In each tab Enter consults and Shift+Enter transfers the
// selected one. A colleague whom Teams shows as Do not disturb, Offline or Presenting is asked
// about first (ConsultConfirmation).
class ConsultPanel final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsultPanel)

public:
    enum Tab
    {
        ColleaguesTab,
        AgentsTab,
        QueuesTab
    };

    ConsultPanel(Session::SessionContext *session, Session::ConsultActions *actions,
                 QWidget *parent = nullptr);
    ~ConsultPanel() override;

    // Moves the colleagues panel into the Colleagues tab (it leaves wherever it was).
    void hostColleagues(ColleaguesPanel *panel);
    // Puts the keyboard in the current tab: the search field or the list.
    void focusCurrent();
    // Asks again for the list of the tab shown (agents, queues).
    void refreshCurrent();

public Q_SLOTS:
    // From the colleagues panel: asks first when Teams says the colleague does not want calls.
    void consultColleague(const AgentDesk::Core::Colleague &colleague);
    void transferToColleague(const AgentDesk::Core::Colleague &colleague);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void updateActions();
    void showAgentsStatus();
    void showQueuesStatus();

    Session::SessionContext *m_session;
    Session::ConsultActions *m_actions;
    Session::BuddyAgentsModel *m_agents;
    Session::QueuesModel *m_queues;
    QWidget *m_colleaguesPage;
    QVBoxLayout *m_colleaguesLayout;
    ColleaguesPanel *m_colleaguesPanel = nullptr;
    DestinationList *m_agentsPage;
    DestinationList *m_queuesPage;
};

} // namespace AgentDesk::Ui
