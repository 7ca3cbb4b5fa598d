// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "startpage.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace AgentDesk::Ui {

static QLabel *selectableLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Long URLs must wrap rather than widen the window past its 500 px minimum.
    label->setWordWrap(true);
    return label;
}

StartPage::StartPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"startPage"_s);
    // A centred column: readable line lengths on a wide screen, full width at 500 px.
    auto *column = new QWidget(this);
    column->setMaximumWidth(640);
    auto *outer = new QHBoxLayout(this);
    outer->addWidget(column);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(16);

    auto *logo = new QLabel(column);
    logo->setPixmap(QIcon(u":/agentdesk/icons/agentdesk.svg"_s).pixmap(64, 64));
    logo->setAlignment(Qt::AlignHCenter);
    layout->addWidget(logo);

    auto *title = new QLabel(tr("Welcome to AgentDesk"), column);
    title->setObjectName(u"startTitle"_s);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignHCenter);
    title->setWordWrap(true);
    layout->addWidget(title);

    m_status = new QLabel(column);
    m_status->setObjectName(u"startStatus"_s);
    m_status->setAlignment(Qt::AlignHCenter);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_signIn = new QPushButton(tr("&Sign in"), column);
    m_signIn->setObjectName(u"signInButton"_s);
    m_signIn->setDefault(true);
    m_signIn->hide();
    layout->addWidget(m_signIn, 0, Qt::AlignHCenter);

    auto *box = new QGroupBox(tr("Services"), column);
    m_servicesBox = box;
    m_services = new QFormLayout(box);
    m_services->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_services->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_ccApi = selectableLabel(u"ccApiValue"_s, box);
    m_ccIdentity = selectableLabel(u"ccIdentityValue"_s, box);
    m_msAuthority = selectableLabel(u"msAuthorityValue"_s, box);
    m_graphApi = selectableLabel(u"graphApiValue"_s, box);
    m_services->addRow(tr("Contact center:"), m_ccApi);
    m_services->addRow(tr("Contact-center sign-in:"), m_ccIdentity);
    m_services->addRow(tr("Microsoft sign-in:"), m_msAuthority);
    m_services->addRow(tr("Microsoft Graph:"), m_graphApi);
    layout->addWidget(box);
    layout->addStretch(1);

    m_servicesBox->hide();
}

void StartPage::showStarting()
{
    m_status->setText(tr("Starting the demo services…"));
    m_servicesBox->hide();
}

void StartPage::showEndpoints(const Core::ServiceEndpoints &endpoints, bool demo)
{
    m_status->setText(demo ? tr("Demo mode: every service is simulated on this computer.")
                           : tr("AgentDesk will connect to these services."));
    m_ccApi->setText(endpoints.ccApi.toDisplayString());
    m_ccIdentity->setText(endpoints.ccIdentity.toDisplayString());
    m_msAuthority->setText(endpoints.msAuthority.toDisplayString());
    m_graphApi->setText(endpoints.graphApi.toDisplayString());
    m_servicesBox->show();
}

void StartPage::showProblem(const QString &message)
{
    m_status->setText(message);
}

} // namespace AgentDesk::Ui

namespace AgentDesk::Ui {

void StartPage::enableSignIn(std::function<void()> signIn)
{
    connect(m_signIn, &QPushButton::clicked, this, [signIn = std::move(signIn)] { signIn(); });
    m_signIn->show();
}

void StartPage::showSigningIn()
{
    m_status->setText(tr("Signing in to the contact center…"));
    m_signIn->setEnabled(false);
}

void StartPage::showSignedOut(const QString &message)
{
    m_status->setText(message.isEmpty() ? tr("Sign in to the contact center to start.") : message);
    m_signIn->setEnabled(true);
    m_signIn->setFocus();
}

} // namespace AgentDesk::Ui
