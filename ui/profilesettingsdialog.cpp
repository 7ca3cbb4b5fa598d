// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilesettingsdialog.h"

#include "teamssettingspage.h"
#include "translationloader.h"

#include <core/languagecatalog.h>
#include <core/loginformrules.h>
#include <core/preferencesstore.h>
#include <session/logincontroller.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace AgentDesk::Ui {

namespace {
QLabel *valueLabel(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString languageName(const QString &code)
{
    if (code == u"en"_s) {
        return u"English"_s;
    }
    // Each language in its own words, so an agent finds theirs whatever is shown now.
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (code.contains(u'_')) {
        name += u" ("_s + locale.nativeTerritoryName() + u')';
    }
    return name;
}
} // namespace

ProfileSettingsDialog::ProfileSettingsDialog(const Session::LoginController &login,
                                             QSettings *settings, Session::TeamsConnection *teams,
                                             QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_account(login.person().primaryEmail().toLower())
{
    setObjectName(u"profileSettingsDialog"_s);
    setWindowTitle(tr("Profile settings"));

    auto *signIn = new QGroupBox(tr("Sign-in details"), this);
    auto *details = new QFormLayout(signIn);
    details->setRowWrapPolicy(QFormLayout::WrapLongRows);
    const Core::InteractionPreferences &preferences = login.preferences();
    details->addRow(tr("Name:"), valueLabel(login.person().displayName, u"nameValue"_s, signIn));
    details->addRow(tr("E-mail:"), valueLabel(m_account, u"emailValue"_s, signIn));
    details->addRow(tr("Handle calls using:"),
                    valueLabel(Core::LoginFormRules::deviceLabel(preferences.device),
                               u"deviceValue"_s, signIn));
    if (preferences.device && *preferences.device != Core::VoiceDevice::Desktop) {
        details->addRow(tr("Number:"),
                        valueLabel(preferences.normalizedDialNumber, u"numberValue"_s, signIn));
    }
    details->addRow(tr("Team:"), valueLabel(login.profile().teamName(preferences.teamId),
                                            u"teamValue"_s, signIn));

    m_autoSignIn = new QCheckBox(tr("&Sign in with these preferences without asking"), this);
    m_autoSignIn->setObjectName(u"autoSignInSetting"_s);
    m_autoSignIn->setChecked(Core::PreferencesStore(*settings).load(m_account).autoSignIn);

    auto *languageBox = new QGroupBox(tr("Language"), this);
    auto *languageLayout = new QVBoxLayout(languageBox);
    m_language = new QComboBox(languageBox);
    m_language->setObjectName(u"languageSetting"_s);
    m_language->addItem(tr("As the system"), QString());
    const Core::LanguageCatalog catalog(TranslationLoader::shippedLanguages());
    for (const QString &code : catalog.selectable()) {
        m_language->addItem(languageName(code), code);
    }
    m_language->setCurrentIndex(
            qMax(0, m_language->findData(settings->value(u"ui/language"_s).toString())));
    auto *languageNote = new QLabel(tr("A new language is used from the next start."), languageBox);
    languageNote->setWordWrap(true);
    languageLayout->addWidget(m_language);
    languageLayout->addWidget(languageNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *general = new QWidget(this);
    auto *generalLayout = new QVBoxLayout(general);
    generalLayout->addWidget(signIn);
    generalLayout->addWidget(m_autoSignIn);
    generalLayout->addWidget(languageBox);
    generalLayout->addStretch(1);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"profileSettingsTabs"_s);
    m_tabs->addTab(general, tr("General"));
    if (teams) {
        m_collaboration = new TeamsSettingsPage(teams, login.profile(), m_tabs);
        m_tabs->addTab(m_collaboration, tr("Collaboration tools"));
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
}

void ProfileSettingsDialog::showCollaborationTools()
{
    if (m_collaboration) {
        m_tabs->setCurrentWidget(m_collaboration);
    }
}

void ProfileSettingsDialog::save()
{
    Core::PreferencesStore(*m_settings).setAutoSignIn(m_account, m_autoSignIn->isChecked());
    const QString language = m_language->currentData().toString();
    if (language.isEmpty()) {
        m_settings->remove(u"ui/language"_s);
    } else {
        m_settings->setValue(u"ui/language"_s, language);
    }
}

} // namespace AgentDesk::Ui
