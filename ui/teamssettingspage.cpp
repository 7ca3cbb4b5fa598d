// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamssettingspage.h"

#include <core/presence.h>
#include <core/presencesync.h>
#include <session/teamsconnection.h>

#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStringList>
#include <QStyle>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace AgentDesk::Ui {

namespace {
QString idleCodeName(const Core::DesktopProfile &profile, const QString &id)
{
    for (const Core::NamedCode &code : profile.idleCodes) {
        if (code.id == id) {
            return code.name;
        }
    }
    return id;
}
} // namespace

TeamsSettingsPage::TeamsSettingsPage(Session::TeamsConnection *teams,
                                     const Core::DesktopProfile &profile, QWidget *parent)
    : QWidget(parent)
    , m_teams(teams)
{
    setObjectName(u"teamsSettingsPage"_s);
    auto *box = new QGroupBox(tr("Microsoft Teams"), this);
    m_icon = new QLabel(box);
    m_icon->setObjectName(u"teamsStatusIcon"_s);
    m_status = new QLabel(box);
    m_status->setObjectName(u"teamsStatusText"_s);
    m_status->setWordWrap(true);
    m_detail = new QLabel(box);
    m_detail->setObjectName(u"teamsStatusDetail"_s);
    m_detail->setWordWrap(true);
    m_retry = new QPushButton(tr("&Retry"), box);
    m_retry->setObjectName(u"teamsRetryButton"_s);
    m_disconnect = new QPushButton(tr("&Disconnect"), box);
    m_disconnect->setObjectName(u"teamsDisconnectButton"_s);
    m_systemBrowser = new QCheckBox(tr("Sign in with the system &browser"), box);
    m_systemBrowser->setObjectName(u"teamsSystemBrowserCheck"_s);
    m_systemBrowser->setToolTip(tr("For organizations that block sign-in inside applications."));
    m_systemBrowser->setChecked(teams->useSystemBrowser());

    // Read-only: the desktop profile decides, the agent cannot change it here.
    const Core::PresenceSync::Settings sync = Core::PresenceSync::Settings::fromProfile(profile);
    m_stateSync = new QLabel(box);
    m_stateSync->setObjectName(u"teamsStateSyncStatus"_s);
    m_stateSync->setWordWrap(true);
    m_stateSync->setText(sync.enabled ? tr("State synchronization with Teams: on")
                                      : tr("State synchronization with Teams: off"));
    QStringList lines;
    if (sync.enabled) {
        lines.append(tr("Your desktop profile turns it on: your state follows your Teams "
                        "presence, and Teams shows when you are on a customer call."));
        using Status = Core::Presence::Status;
        const std::pair<Status, QString> mapped[] = {
                {Status::DoNotDisturb, sync.doNotDisturbIdleCodeId},
                {Status::InACall, sync.inACallIdleCodeId},
                {Status::Presenting, sync.presentingIdleCodeId}};
        for (const auto &[status, id] : mapped) {
            if (!id.isEmpty()) {
                lines.append(
                        tr("When Teams shows %1, your state becomes %2.")
                                .arg(Core::Presence::label(status), idleCodeName(profile, id)));
            }
        }
    } else {
        lines.append(tr("Your desktop profile turns it off."));
    }
    m_stateSyncDetail = new QLabel(lines.join(u'\n'), box);
    m_stateSyncDetail->setObjectName(u"teamsStateSyncDetail"_s);
    m_stateSyncDetail->setWordWrap(true);

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_icon, 0, Qt::AlignTop);
    statusRow->addWidget(m_status, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addWidget(m_disconnect);
    buttons->addStretch(1);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->addLayout(statusRow);
    boxLayout->addWidget(m_detail);
    boxLayout->addLayout(buttons);
    boxLayout->addWidget(m_systemBrowser);
    boxLayout->addWidget(m_stateSync);
    boxLayout->addWidget(m_stateSyncDetail);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(box);
    layout->addStretch(1);

    connect(m_retry, &QPushButton::clicked, teams, &Session::TeamsConnection::retry);
    connect(m_disconnect, &QPushButton::clicked, teams, &Session::TeamsConnection::disconnect);
    connect(m_systemBrowser, &QCheckBox::toggled, teams,
            &Session::TeamsConnection::setUseSystemBrowser);
    connect(teams, &Session::TeamsConnection::stateChanged, this, &TeamsSettingsPage::showState);
    showState();
}

void TeamsSettingsPage::showState()
{
    using State = Session::TeamsConnection::State;
    const State state = m_teams->state();
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    const QStyle::StandardPixmap icon = state == State::Connected    ? QStyle::SP_DialogApplyButton
                                        : state == State::Connecting ? QStyle::SP_BrowserReload
                                                                     : QStyle::SP_MessageBoxWarning;
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    switch (state) {
    case State::Connected:
        m_status->setText(tr("Successful: signed in as %1.").arg(m_teams->account()));
        break;
    case State::Connecting:
        m_status->setText(tr("Connecting…"));
        break;
    case State::NotConnected:
    case State::NotUsed:
        // The connection's sentence already says "not connected" and why.
        m_status->setText(m_teams->message());
        break;
    }
    m_detail->setText(m_teams->detail());
    m_detail->setVisible(state == State::NotConnected && !m_teams->detail().isEmpty());
    m_retry->setVisible(state == State::NotConnected);
    m_disconnect->setVisible(state == State::Connected);
    m_systemBrowser->setEnabled(state != State::NotUsed && !m_teams->isSsoMode());
}

} // namespace AgentDesk::Ui
