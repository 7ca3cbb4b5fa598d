// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "colleaguespanel.h"

#include "colleaguedelegate.h"
#include "flowlayout.h"

#include <core/teamslinks.h>
#include <session/colleagueroles.h>
#include <session/colleaguesearchmodel.h>
#include <session/colleaguesservice.h>

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace AgentDesk::Ui {

ColleaguesPanel::ColleaguesPanel(Session::ColleaguesService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_results(new Session::ColleagueSearchModel(this))
    , m_search(new QLineEdit(this))
    , m_department(new QComboBox(this))
    , m_availableOnly(new QCheckBox(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_refresh(new QToolButton(this))
    , m_list(new QListView(this))
    , m_consult(new QPushButton(this))
    , m_transfer(new QPushButton(this))
    , m_call(new QPushButton(this))
    , m_copyAction(new QAction(this))
    , m_chatAction(new QAction(this))
    , m_favouriteAction(new QAction(this))
    , m_visibleTimer(new QTimer(this))
{
    m_search->setObjectName(u"colleagueSearch"_s);
    m_department->setObjectName(u"colleagueDepartment"_s);
    m_availableOnly->setObjectName(u"colleagueAvailableOnly"_s);
    m_status->setObjectName(u"colleagueStatus"_s);
    m_progress->setObjectName(u"colleagueSyncProgress"_s);
    m_refresh->setObjectName(u"colleagueRefresh"_s);
    m_list->setObjectName(u"colleagueList"_s);
    m_consult->setObjectName(u"colleagueConsult"_s);
    m_transfer->setObjectName(u"colleagueTransfer"_s);
    m_call->setObjectName(u"colleagueCall"_s);
    m_copyAction->setObjectName(u"colleagueCopyNumber"_s);
    m_chatAction->setObjectName(u"colleagueOpenChat"_s);
    m_favouriteAction->setObjectName(u"colleagueFavourite"_s);

    m_search->setClearButtonEnabled(true);
    m_department->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_department->setMinimumContentsLength(8);
    m_department->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_status->setWordWrap(true);
    m_progress->setRange(0, 0); // Graph does not say how many people there are
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_refresh->setAutoRaise(true);
    m_refresh->setIcon(QIcon::fromTheme(u"view-refresh"_s));
    m_refresh->setToolButtonStyle(Qt::ToolButtonTextOnly);

    // 100,000 rows: uniform heights let the view skip measuring each one, batched layout keeps
    // a reset cheap.
    m_list->setUniformItemSizes(true);
    m_list->setLayoutMode(QListView::Batched);
    m_list->setBatchSize(200);
    m_list->setItemDelegate(new ColleagueDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_results->setSourceModel(&m_service->model());
    m_list->setModel(m_results);

    m_consult->setShortcut(QKeySequence(Qt::ALT | Qt::Key_O));
    m_transfer->setShortcut(QKeySequence(Qt::ALT | Qt::Key_T));
    m_call->setShortcut(QKeySequence(Qt::ALT | Qt::Key_L));
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(m_copyAction);

    // Rows that wrap rather than hold the side panel wide: next to a call at the minimum
    // window size the panel gets about a third of the width.
    auto *filters = new FlowLayout;
    filters->addWidget(m_department);
    filters->addWidget(m_availableOnly);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_refresh);
    auto *buttons = new FlowLayout;
    buttons->addWidget(m_consult);
    buttons->addWidget(m_transfer);
    buttons->addWidget(m_call);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addLayout(statusRow);
    layout->addWidget(m_progress);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_search, &QLineEdit::textChanged, m_results, &Session::ColleagueSearchModel::setQuery);
    connect(m_department, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_results->setDepartment(index <= 0 ? QString() : m_department->itemText(index));
    });
    connect(m_availableOnly, &QCheckBox::toggled, m_results,
            &Session::ColleagueSearchModel::setAvailableOnly);
    connect(m_refresh, &QToolButton::clicked, m_service, &Session::ColleaguesService::refresh);
    connect(m_consult, &QPushButton::clicked, this, [this] {
        if (const auto colleague = currentColleague()) {
            Q_EMIT consultRequested(*colleague);
        }
    });
    connect(m_transfer, &QPushButton::clicked, this, [this] {
        if (const auto colleague = currentColleague()) {
            Q_EMIT transferRequested(*colleague);
        }
    });
    connect(m_call, &QPushButton::clicked, this, [this] {
        if (const auto colleague = currentColleague()) {
            Q_EMIT callRequested(*colleague);
        }
    });
    connect(m_copyAction, &QAction::triggered, this, &ColleaguesPanel::copyNumber);
    connect(m_chatAction, &QAction::triggered, this, &ColleaguesPanel::openChat);
    connect(m_favouriteAction, &QAction::triggered, this, &ColleaguesPanel::toggleFavourite);
    connect(m_list, &QListView::customContextMenuRequested, this,
            &ColleaguesPanel::showContextMenu);
    connect(m_list, &QListView::activated, this, [this] { triggerDefault(false); });

    // Keep the agent's current person across new results; tell the poller who is on screen.
    connect(m_results, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        if (const auto colleague = currentColleague()) {
            m_currentId = colleague->id;
        }
    });
    connect(m_results, &QAbstractItemModel::modelReset, this, [this] {
        const int sourceRow = m_service->model().rowOf(m_currentId);
        const QModelIndex current = m_results->mapFromSource(m_service->model().index(sourceRow));
        if (current.isValid()) {
            m_list->setCurrentIndex(current);
            m_list->scrollTo(current);
        } else if (m_results->rowCount() > 0) {
            m_list->setCurrentIndex(m_results->index(0, 0));
            m_list->scrollToTop();
        }
        updateActions();
        scheduleVisibleUpdate();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ColleaguesPanel::updateActions);
    connect(m_results, &QAbstractItemModel::dataChanged, this, &ColleaguesPanel::updateActions);
    connect(&m_service->model(), &QAbstractItemModel::modelReset, this,
            &ColleaguesPanel::updateDepartments);
    connect(&m_service->model(), &QAbstractItemModel::rowsInserted, this,
            &ColleaguesPanel::updateDepartments);
    connect(m_list->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &ColleaguesPanel::scheduleVisibleUpdate);
    m_visibleTimer->setSingleShot(true);
    m_visibleTimer->setInterval(150);
    connect(m_visibleTimer, &QTimer::timeout, this, &ColleaguesPanel::reportVisible);
    connect(m_service, &Session::ColleaguesService::statusChanged, this,
            &ColleaguesPanel::showStatus);
    connect(m_service, &Session::ColleaguesService::receivedChanged, this,
            &ColleaguesPanel::showStatus);

    m_search->installEventFilter(this);
    m_list->installEventFilter(this);
    m_list->viewport()->installEventFilter(this);
    setFocusProxy(m_search);

    retranslate();
    updateDepartments();
    updateActions();
}

ColleaguesPanel::~ColleaguesPanel() = default;

void ColleaguesPanel::retranslate()
{
    m_search->setPlaceholderText(tr("Search name, department or role"));
    m_search->setAccessibleName(tr("Search colleagues"));
    m_availableOnly->setText(tr("Available only"));
    if (m_department->count() > 0) {
        m_department->setItemText(0, tr("All departments"));
    }
    m_department->setAccessibleName(tr("Department"));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Update the directory from Microsoft Teams now"));
    m_list->setAccessibleName(tr("Colleagues"));
    m_consult->setText(tr("C&onsult"));
    m_consult->setToolTip(tr("Put the customer on hold and call this colleague (Enter)"));
    m_transfer->setText(tr("&Transfer"));
    m_transfer->setToolTip(tr("Transfer the customer's call to this colleague (Shift+Enter)"));
    m_call->setText(tr("Ca&ll"));
    m_call->setToolTip(tr("Call this colleague's business phone"));
    m_copyAction->setText(tr("&Copy number"));
    m_chatAction->setText(tr("Open c&hat in Teams"));
    showStatus();
    updateActions();
}

void ColleaguesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void ColleaguesPanel::showStatus()
{
    using Status = Session::ColleaguesService::Status;
    const int people = m_service->model().rowCount();
    const Status status = m_service->status();
    QString text;
    // "Colleagues: 1,234" rather than "1,234 colleague(s)": no plural forms to get wrong in
    // English, which ships without a catalogue.
    switch (status) {
    case Status::NotConnected:
        text = people > 0 ? tr("Colleagues: %L1, from the last session. Connect Microsoft Teams "
                               "for live presence.")
                                    .arg(people)
                          : tr("Colleagues appear here once Microsoft Teams is connected.");
        break;
    case Status::Loading:
        text = tr("Loading the directory: %L1 received…").arg(m_service->received());
        break;
    case Status::Updating:
        text = tr("Colleagues: %L1, updating…").arg(people);
        break;
    case Status::Ready:
        text = tr("Colleagues: %L1").arg(people);
        break;
    case Status::Failed:
        text = people > 0 ? tr("Colleagues: %L1. The directory could not be updated: %2")
                                    .arg(people)
                                    .arg(m_service->message())
                          : tr("The directory could not be loaded: %1").arg(m_service->message());
        break;
    }
    m_status->setText(text);
    m_progress->setVisible(status == Status::Loading || status == Status::Updating);
    m_refresh->setEnabled(status == Status::Ready || status == Status::Failed);
}

void ColleaguesPanel::updateDepartments()
{
    const QString chosen =
            m_department->currentIndex() > 0 ? m_department->currentText() : QString();
    const QSignalBlocker blocker(m_department);
    m_department->clear();
    m_department->addItem(tr("All departments"));
    m_department->addItems(m_service->model().searchIndex().departments());
    const int index = chosen.isEmpty() ? 0 : m_department->findText(chosen);
    m_department->setCurrentIndex(qMax(0, index));
    if (index < 0) {
        m_results->setDepartment({}); // that department left the directory
    }
}

std::optional<Core::Colleague> ColleaguesPanel::currentColleague() const
{
    const QModelIndex current = m_results->mapToSource(m_list->currentIndex());
    if (!current.isValid()) {
        return std::nullopt;
    }
    return m_service->model().colleague(current.row());
}

void ColleaguesPanel::setCallActive(bool active)
{
    m_callActive = active;
    updateActions();
}

void ColleaguesPanel::setCallingAvailable(bool available)
{
    m_callingAvailable = available;
    updateActions();
}

void ColleaguesPanel::updateActions()
{
    const auto colleague = currentColleague();
    const bool callable = colleague && colleague->isCallable();
    m_consult->setEnabled(callable && m_callActive);
    m_transfer->setEnabled(callable && m_callActive);
    m_call->setEnabled(callable && m_callingAvailable && !m_callActive);
    m_copyAction->setEnabled(colleague && !colleague->businessPhone.isEmpty());
    m_chatAction->setEnabled(colleague && !colleague->mail.isEmpty());
    m_favouriteAction->setEnabled(colleague.has_value());
    m_favouriteAction->setText(colleague && m_service->pins().isFavourite(colleague->id)
                                       ? tr("Remove from &favourites")
                                       : tr("Add to &favourites"));
    const QString why = colleague && !callable ? Session::ColleaguesModel::numberProblem(*colleague)
                                               : QString();
    for (QPushButton *button : {m_consult, m_transfer, m_call}) {
        button->setStatusTip(why);
    }
}

void ColleaguesPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ColleaguesPanel::triggerDefault(bool transfer)
{
    // Enter: consult during a customer call (Shift: transfer), otherwise call.
    QPushButton *button = m_callActive ? (transfer ? m_transfer : m_consult) : m_call;
    if (button->isEnabled()) {
        button->click();
    }
}

bool ColleaguesPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && watched == m_list->viewport()) {
        scheduleVisibleUpdate();
    }
    if (event->type() != QEvent::KeyPress) {
        return QWidget::eventFilter(watched, event);
    }
    auto *key = static_cast<QKeyEvent *>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (watched == m_search) {
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown: {
            // The arrows walk the list while the caret stays in the field.
            QKeyEvent copy(key->type(), key->key(), key->modifiers(), key->text());
            QCoreApplication::sendEvent(m_list, &copy);
            return true;
        }
        default:
            break;
        }
    }
    if ((watched == m_search || watched == m_list) && enter) {
        triggerDefault(key->modifiers() & Qt::ShiftModifier);
        return true;
    }
    if (watched == m_list &&
        (key->key() == Qt::Key_Menu ||
         (key->key() == Qt::Key_F10 && key->modifiers() & Qt::ShiftModifier))) {
        showContextMenu(m_list->visualRect(m_list->currentIndex()).center());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ColleaguesPanel::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_list->indexAt(position);
    if (index.isValid()) {
        m_list->setCurrentIndex(index);
    }
    if (!currentColleague()) {
        return;
    }
    QMenu menu(this);
    menu.setObjectName(u"colleagueMenu"_s);
    for (QPushButton *button : {m_consult, m_transfer, m_call}) {
        QAction *action = menu.addAction(button->text(), button, &QPushButton::click);
        action->setEnabled(button->isEnabled());
    }
    menu.addSeparator();
    menu.addAction(m_copyAction);
    menu.addAction(m_chatAction);
    menu.addAction(m_favouriteAction);
    menu.exec(m_list->viewport()->mapToGlobal(position));
}

void ColleaguesPanel::copyNumber()
{
    if (const auto colleague = currentColleague()) {
        QGuiApplication::clipboard()->setText(colleague->copyableNumber());
    }
}

void ColleaguesPanel::openChat()
{
    const auto colleague = currentColleague();
    if (!colleague || colleague->mail.isEmpty()) {
        return;
    }
    QDesktopServices::openUrl(Core::TeamsLinks::chatWith(colleague->mail));
}

void ColleaguesPanel::toggleFavourite()
{
    if (const auto colleague = currentColleague()) {
        Session::PinnedColleagues &pins = m_service->pins();
        pins.setFavourite(colleague->id, !pins.isFavourite(colleague->id));
        updateActions();
    }
}

void ColleaguesPanel::scheduleVisibleUpdate()
{
    m_visibleTimer->start();
}

void ColleaguesPanel::reportVisible()
{
    const QRect viewport = m_list->viewport()->rect();
    const QModelIndex first = m_list->indexAt(viewport.topLeft());
    if (!first.isValid()) {
        m_service->setVisible({});
        return;
    }
    QModelIndex last = m_list->indexAt(viewport.bottomLeft());
    const int lastRow = last.isValid() ? last.row() : m_results->rowCount() - 1;
    QStringList ids;
    for (int row = first.row(); row <= lastRow; ++row) {
        ids.append(m_results->index(row, 0).data(Session::ColleagueIdRole).toString());
    }
    m_service->setVisible(ids);
}

} // namespace AgentDesk::Ui
