// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/interactionpreferences.h>
#include <core/loginformcheck.h>
#include <core/loginformrules.h>

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QWidget;

namespace AgentDesk::Ui {

// The interaction-preferences step ("the login form"): how the agent handles calls, the
// number or extension, the team, and "Don't show this again". Every rule comes from
// Core::LoginFormRules; the dialog only shows the form, reports each edit to the rules and
// shows their verdict. "Save & Continue" asks the caller to sign in to the station with
// saveAndContinueRequested(); the caller then closes the dialog, or calls showFailure() with
// the server's reason and the agent's input stays as it was.
class InteractionPreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InteractionPreferencesDialog)

public:
    InteractionPreferencesDialog(Core::LoginFormRules rules,
                                 const Core::InteractionPreferences &initial,
                                 QWidget *parent = nullptr);

    Core::InteractionPreferences form() const { return m_form; }
    Core::LoginFormCheck check() const { return m_check; }

    // While the station login runs: the form is read-only and the button says so.
    void setBusy(bool busy);
    // A station-login failure (or any reason the last attempt failed), next to its field.
    void showFailure(const Core::FieldProblem &problem);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void saveAndContinueRequested(const Core::InteractionPreferences &preferences);

private:
    QWidget *createDeviceSection();
    QWidget *createNumberSection();
    QWidget *createTeamSection();
    void loadForm();
    void showNumberFieldsFor(std::optional<Core::VoiceDevice> device);
    void fillCountries();
    void readNumberFields();
    void formatAsTyped(QLineEdit *edit, const QString &region);
    void readTeamSelection();
    void revalidate();
    void showProblem(QLabel *label, const QString &message);

    Core::LoginFormRules m_rules;
    Core::InteractionPreferences m_form;
    Core::LoginFormCheck m_check;
    Core::FieldProblem m_serverProblem;
    bool m_loading = false;
    bool m_busy = false;

    QLabel *m_formError = nullptr;
    QWidget *m_deviceSection = nullptr;
    QButtonGroup *m_devices = nullptr;
    QLabel *m_deviceError = nullptr;

    QWidget *m_numberSection = nullptr;
    QLabel *m_numberLabel = nullptr;
    QComboBox *m_numberChoice = nullptr; // the admin's pre-validated numbers
    QLineEdit *m_numberEdit = nullptr;   // free entry, or the restricted number read-only
    QLabel *m_numberNote = nullptr;
    QCheckBox *m_international = nullptr;
    QComboBox *m_country = nullptr;
    QLabel *m_numberError = nullptr;
    QLabel *m_numberWarning = nullptr;

    QLineEdit *m_teamSearch = nullptr;
    QListView *m_teamList = nullptr;
    QStandardItemModel *m_teams = nullptr;
    QSortFilterProxyModel *m_teamFilter = nullptr;
    QLabel *m_teamError = nullptr;

    QCheckBox *m_autoSignIn = nullptr;
    QPushButton *m_saveButton = nullptr;
};

} // namespace AgentDesk::Ui
