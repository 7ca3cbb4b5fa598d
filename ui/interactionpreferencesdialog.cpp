// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interactionpreferencesdialog.h"

#include <core/countrylist.h>
#include <core/dialnumberformatter.h>

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace AgentDesk::Ui {

namespace {
constexpr int TeamIdRole = Qt::UserRole + 1;

QLabel *messageLabel(const QString &objectName, const QString &color, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(u"color: %1;"_s.arg(color));
    label->hide();
    return label;
}

QLabel *errorLabel(const QString &objectName, QWidget *parent)
{
    return messageLabel(objectName, u"#b3261e"_s, parent);
}
} // namespace

InteractionPreferencesDialog::InteractionPreferencesDialog(
        Core::LoginFormRules rules, const Core::InteractionPreferences &initial, QWidget *parent)
    : QDialog(parent)
    , m_rules(std::move(rules))
    , m_form(initial)
{
    setObjectName(u"interactionPreferencesDialog"_s);
    setWindowTitle(tr("Interaction preferences"));
    setMinimumSize(460, 460);

    // The form scrolls rather than clips when a long translation meets a small screen.
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    m_formError = errorLabel(u"formError"_s, content);
    layout->addWidget(m_formError);
    m_deviceSection = createDeviceSection();
    layout->addWidget(m_deviceSection);
    m_numberSection = createNumberSection();
    layout->addWidget(m_numberSection);
    layout->addWidget(createTeamSection());
    m_autoSignIn = new QCheckBox(tr("&Don't show this again"), content);
    m_autoSignIn->setObjectName(u"autoSignInCheck"_s);
    m_autoSignIn->setToolTip(tr("Next time, sign in with these preferences without asking. "
                                "You can turn this off in Profile settings."));
    layout->addWidget(m_autoSignIn);
    layout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *buttons = new QDialogButtonBox(this);
    m_saveButton = buttons->addButton(tr("&Save && Continue"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(u"saveAndContinueButton"_s);
    m_saveButton->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"cancelButton"_s);
    connect(m_saveButton, &QPushButton::clicked, this, [this] {
        revalidate();
        if (m_check.canSaveAndContinue() && !m_busy) {
            Q_EMIT saveAndContinueRequested(m_check.preferences);
        }
    });
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto *outer = new QVBoxLayout(this);
    outer->addWidget(scroll, 1);
    outer->addWidget(buttons);

    connect(m_autoSignIn, &QCheckBox::toggled, this, [this](bool on) {
        m_form.autoSignIn = on;
        revalidate();
    });
    loadForm();
}

QWidget *InteractionPreferencesDialog::createDeviceSection()
{
    auto *box = new QGroupBox(tr("Handle calls using"));
    box->setObjectName(u"deviceGroup"_s);
    auto *layout = new QVBoxLayout(box);
    m_devices = new QButtonGroup(box);
    for (const Core::VoiceDevice device : m_rules.deviceOptions()) {
        auto *radio = new QRadioButton(Core::LoginFormRules::deviceLabel(device), box);
        radio->setObjectName(u"device_"_s + Core::InteractionPreferences::deviceKey(device));
        m_devices->addButton(radio, int(device));
        layout->addWidget(radio);
    }
    m_deviceError = errorLabel(u"deviceError"_s, box);
    layout->addWidget(m_deviceError);
    connect(m_devices, &QButtonGroup::idClicked, this, [this](int id) {
        m_form = m_rules.withDevice(m_form, Core::VoiceDevice(id));
        m_serverProblem = {};
        loadForm();
    });
    return box;
}

QWidget *InteractionPreferencesDialog::createNumberSection()
{
    auto *box = new QGroupBox;
    box->setObjectName(u"numberGroup"_s);
    auto *layout = new QVBoxLayout(box);
    m_numberLabel = new QLabel(box);
    m_numberLabel->setWordWrap(true);

    m_numberChoice = new QComboBox(box);
    m_numberChoice->setObjectName(u"numberChoice"_s);
    m_numberEdit = new QLineEdit(box);
    m_numberEdit->setObjectName(u"numberEdit"_s);
    m_numberEdit->setClearButtonEnabled(true);
    m_numberNote = new QLabel(box);
    m_numberNote->setObjectName(u"numberNote"_s);
    m_numberNote->setWordWrap(true);

    m_international = new QCheckBox(tr("&International format"), box);
    m_international->setObjectName(u"internationalCheck"_s);
    m_international->setToolTip(tr("Choose the country, then type the number as dialled in "
                                   "that country. Unticked, type the number with + and the "
                                   "country code, or as you dial it from here."));
    m_country = new QComboBox(box);
    m_country->setObjectName(u"countryCombo"_s);
    // 245 countries: typing part of a name finds one, in any language.
    m_country->setEditable(true);
    m_country->setInsertPolicy(QComboBox::NoInsert);
    m_country->completer()->setFilterMode(Qt::MatchContains);
    m_country->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_country->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_country->setMinimumContentsLength(12);
    m_numberLabel->setBuddy(m_numberEdit);

    m_numberError = errorLabel(u"numberError"_s, box);
    m_numberWarning = messageLabel(u"numberWarning"_s, u"#8a5300"_s, box);

    layout->addWidget(m_numberLabel);
    layout->addWidget(m_numberChoice);
    layout->addWidget(m_international);
    layout->addWidget(m_country);
    layout->addWidget(m_numberEdit);
    layout->addWidget(m_numberNote);
    layout->addWidget(m_numberError);
    layout->addWidget(m_numberWarning);

    connect(m_numberChoice, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading) {
            readNumberFields();
        }
    });
    connect(m_numberEdit, &QLineEdit::textEdited, this, [this] {
        const bool national =
                m_form.device == Core::VoiceDevice::DialNumber && m_international->isChecked();
        if (m_form.device == Core::VoiceDevice::DialNumber) {
            formatAsTyped(m_numberEdit, national ? m_country->currentData().toString()
                                                 : m_rules.profile().defaultRegion);
        }
        readNumberFields();
    });
    connect(m_international, &QCheckBox::toggled, this, [this](bool on) {
        m_country->setVisible(on);
        if (m_loading) {
            return;
        }
        // What was typed is carried over to the other form of entry, never dropped.
        m_form.dialNumber = m_numberEdit->text();
        m_form = m_rules.withInternationalFormat(m_form, on);
        m_loading = true;
        m_numberEdit->setText(m_form.dialNumber);
        const int countryRow = m_country->findData(m_form.region);
        if (countryRow >= 0) {
            m_country->setCurrentIndex(countryRow);
        }
        m_loading = false;
        readNumberFields();
    });
    connect(m_country, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading) {
            readNumberFields();
        }
    });
    return box;
}

QWidget *InteractionPreferencesDialog::createTeamSection()
{
    auto *box = new QGroupBox(tr("Team"));
    box->setObjectName(u"teamGroup"_s);
    auto *layout = new QVBoxLayout(box);
    m_teamSearch = new QLineEdit(box);
    m_teamSearch->setObjectName(u"teamSearch"_s);
    m_teamSearch->setPlaceholderText(tr("Search teams"));
    m_teamSearch->setClearButtonEnabled(true);

    m_teams = new QStandardItemModel(this);
    for (const Core::Team &team : m_rules.profile().teams) {
        auto *item = new QStandardItem(team.name);
        item->setData(team.id, TeamIdRole);
        item->setEditable(false);
        m_teams->appendRow(item);
    }
    m_teamFilter = new QSortFilterProxyModel(this);
    m_teamFilter->setSourceModel(m_teams);
    m_teamFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_teamList = new QListView(box);
    m_teamList->setObjectName(u"teamList"_s);
    m_teamList->setModel(m_teamFilter);
    m_teamList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_teamList->setUniformItemSizes(true);
    // About five rows: enough to choose with the arrows, small enough for a 500 px window.
    m_teamList->setFixedHeight(m_teamList->fontMetrics().height() * 5 +
                               2 * m_teamList->frameWidth() + 8);
    m_teamError = errorLabel(u"teamError"_s, box);

    layout->addWidget(m_teamSearch);
    layout->addWidget(m_teamList);
    layout->addWidget(m_teamError);

    connect(m_teamSearch, &QLineEdit::textChanged, this, [this](const QString &text) {
        // The chosen team stays chosen while the search shows it. Filtering it away clears the
        // choice (and the button follows); the view must not quietly pick a neighbour instead,
        // which it does when its current row disappears.
        const QString chosen = m_form.teamId;
        m_teamFilter->setFilterFixedString(text);
        m_teamList->selectionModel()->clear();
        for (int row = 0; row < m_teamFilter->rowCount(); ++row) {
            const QModelIndex index = m_teamFilter->index(row, 0);
            if (!chosen.isEmpty() && index.data(TeamIdRole).toString() == chosen) {
                m_teamList->selectionModel()->setCurrentIndex(index,
                                                              QItemSelectionModel::ClearAndSelect);
            }
        }
        readTeamSelection();
    });
    connect(m_teamList->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { readTeamSelection(); });
    // Arrow keys from the search field move through the list, as in a completer.
    m_teamSearch->installEventFilter(this);
    setTabOrder(m_teamSearch, m_teamList);
    return box;
}

bool InteractionPreferencesDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_teamSearch && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            const int rows = m_teamFilter->rowCount();
            if (rows > 0) {
                const int current = m_teamList->currentIndex().isValid()
                                            ? m_teamList->currentIndex().row()
                                            : -1;
                const int next = key->key() == Qt::Key_Down ? qMin(current + 1, rows - 1)
                                                            : qMax(current - 1, 0);
                const QModelIndex index = m_teamFilter->index(next, 0);
                m_teamList->setCurrentIndex(index);
                m_teamList->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect);
            }
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void InteractionPreferencesDialog::loadForm()
{
    m_loading = true;
    const bool telephony = m_rules.hasTelephonyStep();
    m_deviceSection->setVisible(telephony);
    if (m_form.device) {
        if (QAbstractButton *button = m_devices->button(int(*m_form.device))) {
            button->setChecked(true);
        }
    }
    showNumberFieldsFor(m_form.device);

    m_autoSignIn->setChecked(m_form.autoSignIn);
    QModelIndex selected;
    for (int row = 0; row < m_teamFilter->rowCount(); ++row) {
        const QModelIndex index = m_teamFilter->index(row, 0);
        if (index.data(TeamIdRole).toString() == m_form.teamId && !m_form.teamId.isEmpty()) {
            selected = index;
        }
    }
    if (selected.isValid()) {
        m_teamList->selectionModel()->select(selected, QItemSelectionModel::ClearAndSelect);
        m_teamList->setCurrentIndex(selected);
        m_teamList->scrollTo(selected);
    } else {
        m_teamList->clearSelection();
    }
    m_loading = false;
    revalidate();
}

void InteractionPreferencesDialog::showNumberFieldsFor(std::optional<Core::VoiceDevice> device)
{
    const bool hasNumber = device && *device != Core::VoiceDevice::Desktop;
    m_numberSection->setVisible(hasNumber);
    if (!hasNumber) {
        return;
    }
    const bool dialNumber = *device == Core::VoiceDevice::DialNumber;
    const Core::NumberChoices choices = m_rules.numberChoices(*device);
    m_numberLabel->setText(dialNumber ? tr("Dial &number") : tr("E&xtension"));

    const bool pick = !choices.freeEntry && !choices.readOnly;
    m_numberChoice->setVisible(pick);
    m_numberEdit->setVisible(!pick);
    m_numberLabel->setBuddy(pick ? static_cast<QWidget *>(m_numberChoice) : m_numberEdit);
    {
        const QSignalBlocker blocker(m_numberChoice);
        m_numberChoice->clear();
        m_numberChoice->addItems(choices.choices);
        m_numberChoice->setCurrentIndex(int(choices.choices.indexOf(m_form.dialNumber)));
    }
    m_numberEdit->setReadOnly(choices.readOnly);
    m_numberEdit->setText(m_form.dialNumber);
    if (choices.freeEntry && !choices.choices.isEmpty()) {
        auto *completer = new QCompleter(choices.choices, m_numberEdit);
        completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
        m_numberEdit->setCompleter(completer);
    } else {
        m_numberEdit->setCompleter(nullptr);
    }
    m_numberEdit->setPlaceholderText(
            dialNumber && choices.freeEntry ? tr("+1 425 555 0100, or as you dial it") : QString());
    m_numberNote->setText(choices.readOnly ? tr("Set by your administrator.") : QString());
    m_numberNote->setVisible(choices.readOnly);

    const bool canUseInternational = dialNumber && choices.freeEntry;
    m_international->setVisible(canUseInternational);
    m_international->setChecked(canUseInternational && m_form.internationalFormat);
    if (canUseInternational && m_country->count() == 0) {
        fillCountries();
    }
    const int countryRow = m_country->findData(m_form.region);
    if (countryRow >= 0) {
        m_country->setCurrentIndex(countryRow);
    }
    m_country->setVisible(m_international->isChecked());
}

void InteractionPreferencesDialog::fillCountries()
{
    const QSignalBlocker blocker(m_country);
    const Core::CountryList countries = Core::CountryList::forLanguage(QLocale().name());
    for (const Core::Country &country : countries.withFirst(m_rules.profile().defaultRegion)) {
        m_country->addItem(Core::CountryList::label(country), country.region);
    }
}

void InteractionPreferencesDialog::formatAsTyped(QLineEdit *edit, const QString &region)
{
    const auto formatted =
            Core::DialNumberFormatter::format(edit->text(), edit->cursorPosition(), region);
    if (formatted.text != edit->text()) {
        edit->setText(formatted.text);
        edit->setCursorPosition(int(formatted.cursor));
    }
}

void InteractionPreferencesDialog::readNumberFields()
{
    if (!m_form.device || *m_form.device == Core::VoiceDevice::Desktop) {
        return;
    }
    m_form.dialNumber =
            m_numberChoice->isVisible() ? m_numberChoice->currentText() : m_numberEdit->text();
    m_form.internationalFormat = m_international->isVisible() && m_international->isChecked();
    if (m_form.internationalFormat) {
        m_form.region = m_country->currentData().toString();
    }
    if (m_serverProblem.field == Core::LoginField::Number) {
        m_serverProblem = {};
    }
    revalidate();
}

void InteractionPreferencesDialog::readTeamSelection()
{
    if (m_loading) {
        return;
    }
    const QModelIndexList selected = m_teamList->selectionModel()->selectedIndexes();
    m_form.teamId = selected.isEmpty() ? QString() : selected.first().data(TeamIdRole).toString();
    if (m_serverProblem.field == Core::LoginField::Team) {
        m_serverProblem = {};
    }
    revalidate();
}

void InteractionPreferencesDialog::revalidate()
{
    m_check = m_rules.validate(m_form);
    // A field the agent has not touched yet shows no error; the button says enough. The team
    // error appears once there is something to choose from and nothing is chosen.
    const bool numberTouched = !m_form.dialNumber.isEmpty();
    showProblem(m_deviceError, m_check.problem(Core::LoginField::Device));
    showProblem(m_numberError,
                numberTouched ? m_check.problem(Core::LoginField::Number) : QString());
    showProblem(m_teamError, m_check.problem(Core::LoginField::Team));
    showProblem(m_numberWarning,
                m_check.problem(Core::LoginField::Number).isEmpty() ? m_check.warning : QString());
    // The server's reason stays until the agent edits the field it is about.
    QLabel *serverLabel = m_formError;
    switch (m_serverProblem.field) {
    case Core::LoginField::Device:
        serverLabel = m_deviceError;
        break;
    case Core::LoginField::Number:
        serverLabel = m_numberError;
        break;
    case Core::LoginField::Team:
        serverLabel = m_teamError;
        break;
    case Core::LoginField::Form:
        break;
    }
    if (!m_serverProblem.message.isEmpty()) {
        showProblem(serverLabel, m_serverProblem.message);
    } else if (serverLabel == m_formError) {
        showProblem(m_formError, m_check.problem(Core::LoginField::Form));
    }
    m_saveButton->setEnabled(!m_busy && m_check.canSaveAndContinue());
}

void InteractionPreferencesDialog::showProblem(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

void InteractionPreferencesDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *widget :
         {m_deviceSection, m_numberSection, static_cast<QWidget *>(m_teamList),
          static_cast<QWidget *>(m_teamSearch), static_cast<QWidget *>(m_autoSignIn)}) {
        widget->setEnabled(!busy);
    }
    m_saveButton->setText(busy ? tr("Signing in…") : tr("&Save && Continue"));
    revalidate();
}

void InteractionPreferencesDialog::showFailure(const Core::FieldProblem &problem)
{
    setBusy(false);
    m_serverProblem = problem;
    revalidate();
}

} // namespace AgentDesk::Ui
