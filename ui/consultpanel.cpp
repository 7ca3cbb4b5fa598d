// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "consultpanel.h"

#include "colleaguespanel.h"
#include "consultconfirmation.h"
#include "destinationlist.h"

#include <session/buddyagentsmodel.h>
#include <session/consultactions.h>
#include <session/queuesmodel.h>
#include <session/sessioncontext.h>

#include <QEvent>
#include <QListView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace AgentDesk::Ui {

using Session::BuddyAgentsModel;
using Session::QueuesModel;

ConsultPanel::ConsultPanel(Session::SessionContext *session, Session::ConsultActions *actions,
                           QWidget *parent)
    : QTabWidget(parent)
    , m_session(session)
    , m_actions(actions)
    , m_agents(new BuddyAgentsModel(&session->services().client(), this))
    , m_queues(new QueuesModel(&session->services().client(), this))
    , m_colleaguesPage(new QWidget(this))
    , m_colleaguesLayout(new QVBoxLayout(m_colleaguesPage))
    , m_agentsPage(new DestinationList(u"agent"_s, m_agents, BuddyAgentsModel::AgentIdRole,
                                       BuddyAgentsModel::AvailableRole, this))
    , m_queuesPage(new DestinationList(u"queue"_s, m_queues, QueuesModel::QueueIdRole, -1, this))
{
    setObjectName(u"consultPanel"_s);
    m_colleaguesPage->setObjectName(u"colleaguesPage"_s);
    m_colleaguesLayout->setContentsMargins(0, 0, 0, 0);
    addTab(m_colleaguesPage, QString());
    addTab(m_agentsPage, QString());
    addTab(m_queuesPage, QString());
    setDocumentMode(true);
    // The tab names are short; at the minimum window size they scroll rather than clip.
    setUsesScrollButtons(true);

    connect(m_agentsPage, &DestinationList::consultRequested, this, [this](const QModelIndex &i) {
        m_actions->consultAgent(i.data(BuddyAgentsModel::AgentIdRole).toString(),
                                i.data(BuddyAgentsModel::NameRole).toString());
    });
    connect(m_agentsPage, &DestinationList::transferRequested, this, [this](const QModelIndex &i) {
        m_actions->transferToAgent(i.data(BuddyAgentsModel::AgentIdRole).toString(),
                                   i.data(BuddyAgentsModel::NameRole).toString());
    });
    connect(m_queuesPage, &DestinationList::consultRequested, this, [this](const QModelIndex &i) {
        m_actions->consultQueue(i.data(QueuesModel::QueueIdRole).toString(),
                                i.data(Qt::DisplayRole).toString());
    });
    connect(m_queuesPage, &DestinationList::transferRequested, this, [this](const QModelIndex &i) {
        m_actions->transferToQueue(i.data(QueuesModel::QueueIdRole).toString(),
                                   i.data(Qt::DisplayRole).toString());
    });
    connect(m_agentsPage, &DestinationList::refreshRequested, this, &ConsultPanel::refreshCurrent);
    connect(m_queuesPage, &DestinationList::refreshRequested, this, &ConsultPanel::refreshCurrent);
    connect(m_agents, &BuddyAgentsModel::statusChanged, this, &ConsultPanel::showAgentsStatus);
    connect(m_agents, &QAbstractItemModel::modelReset, this, &ConsultPanel::showAgentsStatus);
    connect(m_queues, &QueuesModel::statusChanged, this, &ConsultPanel::showQueuesStatus);
    connect(m_queues, &QAbstractItemModel::modelReset, this, &ConsultPanel::showQueuesStatus);
    connect(this, &QTabWidget::currentChanged, this, &ConsultPanel::refreshCurrent);

    Session::CallController &calls = session->calls();
    connect(&calls, &Session::CallController::stateChanged, this, &ConsultPanel::updateActions);
    connect(&calls, &Session::CallController::pendingChanged, this, &ConsultPanel::updateActions);

    retranslate();
    updateActions();
}

ConsultPanel::~ConsultPanel() = default;

void ConsultPanel::retranslate()
{
    setTabText(ColleaguesTab, tr("&Colleagues"));
    setTabText(AgentsTab, tr("A&gents"));
    setTabText(QueuesTab, tr("&Queues"));
    setTabToolTip(ColleaguesTab, tr("Colleagues from Microsoft Teams, with their presence"));
    setTabToolTip(AgentsTab, tr("Contact-center agents who are signed in, with their state"));
    setTabToolTip(QueuesTab, tr("The contact center's queues"));
    showAgentsStatus();
    showQueuesStatus();
}

void ConsultPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QTabWidget::changeEvent(event);
}

void ConsultPanel::showEvent(QShowEvent *event)
{
    QTabWidget::showEvent(event);
    refreshCurrent();
}

void ConsultPanel::hostColleagues(ColleaguesPanel *panel)
{
    m_colleaguesPanel = panel;
    m_colleaguesLayout->addWidget(panel);
    panel->show();
}

void ConsultPanel::focusCurrent()
{
    if (currentIndex() == ColleaguesTab && m_colleaguesPanel) {
        m_colleaguesPanel->focusSearch();
    } else if (currentIndex() == AgentsTab) {
        m_agentsPage->list()->setFocus(Qt::ShortcutFocusReason);
    } else if (currentIndex() == QueuesTab) {
        m_queuesPage->list()->setFocus(Qt::ShortcutFocusReason);
    }
}

void ConsultPanel::refreshCurrent()
{
    if (!isVisible()) {
        return;
    }
    if (currentIndex() == AgentsTab) {
        m_agents->refresh(m_session->login().profile().agentProfileId);
    } else if (currentIndex() == QueuesTab) {
        m_queues->refresh(m_session->login().person().orgId);
    }
}

void ConsultPanel::consultColleague(const Core::Colleague &colleague)
{
    const QString question = m_actions->confirmationFor(colleague, false);
    if (!question.isEmpty() && !ConsultConfirmation::ask(window(), question, false)) {
        return;
    }
    m_actions->consultColleague(colleague);
}

void ConsultPanel::transferToColleague(const Core::Colleague &colleague)
{
    const QString question = m_actions->confirmationFor(colleague, true);
    if (!question.isEmpty() && !ConsultConfirmation::ask(window(), question, true)) {
        return;
    }
    m_actions->transferToColleague(colleague);
}

void ConsultPanel::updateActions()
{
    const bool consult = m_actions->canConsult();
    const bool transfer = m_actions->canTransfer();
    m_agentsPage->setActionsAvailable(consult, transfer);
    m_queuesPage->setActionsAvailable(consult, transfer);
}

void ConsultPanel::showAgentsStatus()
{
    if (!m_agents->message().isEmpty()) {
        m_agentsPage->setStatus(m_agents->message());
    } else if (m_agents->rowCount() == 0) {
        m_agentsPage->setStatus(m_agents->isLoading() ? tr("Loading the agents…")
                                                      : tr("No other agent is signed in."));
    } else {
        m_agentsPage->setStatus({});
    }
}

void ConsultPanel::showQueuesStatus()
{
    if (!m_queues->message().isEmpty()) {
        m_queuesPage->setStatus(m_queues->message());
    } else if (m_queues->rowCount() == 0) {
        m_queuesPage->setStatus(m_queues->isLoading() ? tr("Loading the queues…")
                                                      : tr("There are no queues."));
    } else {
        m_queuesPage->setStatus({});
    }
}

} // namespace AgentDesk::Ui
