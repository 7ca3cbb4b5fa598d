// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/colleague.h>

#include <QWidget>

#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QProgressBar;
class QPushButton;
class QTimer;
class QToolButton;

namespace AgentDesk::Session {
class ColleagueSearchModel;
class ColleaguesService;
} // namespace AgentDesk::Session

namespace AgentDesk::Ui {

// The colleagues panel: one search field over name, department and job title, a department
// filter and "Available only", the list (favourites and recent experts first), and what can be
// done with the selected person: Consult and Transfer during a customer call, Call, Copy
// number, Open chat in Teams, favourite. Keyboard: Ctrl+F (focusSearch()) then arrows, Enter
// for the main action, Shift+Enter to transfer, the menu key for the rest.
// It only shows and asks; ColleaguesService owns the data, the calls controller the calls.
class ColleaguesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColleaguesPanel)

public:
    explicit ColleaguesPanel(Session::ColleaguesService *service, QWidget *parent = nullptr);
    ~ColleaguesPanel() override;

    // A customer call is active: Consult and Transfer become available.
    void setCallActive(bool active);
    // Someone can place calls (the calls controller is attached): Call becomes available.
    void setCallingAvailable(bool available);
    void focusSearch();

    // The person the actions apply to; nullopt when nobody is selected.
    std::optional<Core::Colleague> currentColleague() const;
    Session::ColleagueSearchModel *results() const { return m_results; }

Q_SIGNALS:
    void consultRequested(const AgentDesk::Core::Colleague &colleague);
    void transferRequested(const AgentDesk::Core::Colleague &colleague);
    void callRequested(const AgentDesk::Core::Colleague &colleague);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showStatus();
    void updateActions();
    void updateDepartments();
    void scheduleVisibleUpdate();
    void reportVisible();
    void triggerDefault(bool transfer);
    void showContextMenu(const QPoint &position);
    void copyNumber();
    void openChat();
    void toggleFavourite();

    Session::ColleaguesService *m_service;
    Session::ColleagueSearchModel *m_results;
    QLineEdit *m_search;
    QComboBox *m_department;
    QCheckBox *m_availableOnly;
    QLabel *m_status;
    QProgressBar *m_progress;
    QToolButton *m_refresh;
    QListView *m_list;
    QPushButton *m_consult;
    QPushButton *m_transfer;
    QPushButton *m_call;
    QAction *m_copyAction;
    QAction *m_chatAction;
    QAction *m_favouriteAction;
    QTimer *m_visibleTimer;
    QString m_currentId; // kept across result changes
    bool m_callActive = false;
    bool m_callingAvailable = false;
};

} // namespace AgentDesk::Ui
