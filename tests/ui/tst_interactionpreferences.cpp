// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The login form through its real widgets: what each profile offers, phone numbers as typed,
// the team list, "Save & Continue" only while valid, a server failure shown next to its field
// with the agent's input kept, and every language at the minimum size.
#include <core/stationloginfailure.h>
#include <ui/interactionpreferencesdialog.h>
#include <ui/translationloader.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

#include <support/layoutchecks.h>

using namespace Qt::StringLiterals;
using namespace AgentDesk;
using Core::VoiceDevice;

namespace {
Core::DesktopProfile richProfile()
{
    Core::DesktopProfile profile;
    profile.agentId = u"agent-1"_s;
    profile.voiceDevices = {VoiceDevice::Desktop, VoiceDevice::Extension, VoiceDevice::DialNumber};
    profile.defaultDialNumber = u"+5511987654321"_s;
    profile.extensions = {u"4101"_s, u"4102"_s};
    profile.defaultRegion = u"BR"_s;
    profile.teams = {{u"t1"_s, u"Atendimento São Paulo"_s},
                     {u"t2"_s, u"Billing Lisbon"_s},
                     {u"t3"_s, u"Tokyo Support 東京"_s}};
    return profile;
}

template<typename T>
T *child(QWidget *parent, const QString &name)
{
    T *widget = parent->findChild<T *>(name);
    if (!widget) {
        qWarning() << "no child" << name;
    }
    return widget;
}

// Radio buttons and check boxes take clicks on their indicator and text, not their whole row.
void clickIndicator(QAbstractButton *button)
{
    QTest::mouseClick(button, Qt::LeftButton, {},
                      QPoint(button->height() / 2, button->height() / 2));
}

void selectTeam(QWidget *dialog, const QString &name)
{
    auto *list = child<QListView>(dialog, u"teamList"_s);
    const QModelIndexList matches = list->model()->match(
            list->model()->index(0, 0), Qt::DisplayRole, name, 1, Qt::MatchExactly);
    QVERIFY2(!matches.isEmpty(), qPrintable(name));
    list->scrollTo(matches.first());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualRect(matches.first()).center());
}
} // namespace

class TestInteractionPreferences final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void allDevices_offeredInProfileOrder()
    {
        Core::LoginFormRules rules(richProfile());
        Ui::InteractionPreferencesDialog dialog(rules, rules.initialForm());
        dialog.show();
        QVERIFY(child<QGroupBox>(&dialog, u"deviceGroup"_s)->isVisible());
        QVERIFY(child<QRadioButton>(&dialog, u"device_desktop"_s)->isChecked());
        QVERIFY(child<QRadioButton>(&dialog, u"device_extension"_s));
        QVERIFY(child<QRadioButton>(&dialog, u"device_dialNumber"_s));
        QVERIFY(!child<QGroupBox>(&dialog, u"numberGroup"_s)->isVisible());
    }

    void digitalOnly_showsNoTelephonyChoice()
    {
        Core::DesktopProfile profile = richProfile();
        profile.voiceDevices.clear();
        Core::LoginFormRules rules(profile);
        Ui::InteractionPreferencesDialog dialog(rules, rules.initialForm());
        dialog.show();
        QVERIFY(!child<QGroupBox>(&dialog, u"deviceGroup"_s)->isVisible());
        QVERIFY(!child<QGroupBox>(&dialog, u"numberGroup"_s)->isVisible());
        auto *save = child<QPushButton>(&dialog, u"saveAndContinueButton"_s);
        QVERIFY(!save->isEnabled());
        selectTeam(&dialog, u"Billing Lisbon"_s);
        QVERIFY(save->isEnabled());
    }

    void teamSelectedThenCleared_disablesSaveAgain()
    {
        Core::LoginFormRules rules(richProfile());
        Ui::InteractionPreferencesDialog dialog(rules, rules.initialForm());
        dialog.show();
        auto *save = child<QPushButton>(&dialog, u"saveAndContinueButton"_s);
        QVERIFY(!save->isEnabled());
        selectTeam(&dialog, u"Tokyo Support 東京"_s);
        QVERIFY(save->isEnabled());
        // Searching for another team hides (and so clears) the chosen one.
        QTest::keyClicks(child<QLineEdit>(&dialog, u"teamSearch"_s), u"billing"_s);
        QVERIFY(!save->isEnabled());
        QVERIFY(child<QLabel>(&dialog, u"teamError"_s)->isVisible());
        // The arrow keys pick from the filtered list without leaving the search field.
        QTest::keyClick(child<QLineEdit>(&dialog, u"teamSearch"_s), Qt::Key_Down);
        QVERIFY(save->isEnabled());
        QCOMPARE(dialog.form().teamId, u"t2"_s);
    }

    void teamSearch_stillShowingTheChosenTeam_keepsIt()
    {
        Core::LoginFormRules rules(richProfile());
        Ui::InteractionPreferencesDialog dialog(rules, rules.initialForm());
        dialog.show();
        selectTeam(&dialog, u"Atendimento São Paulo"_s);
        QTest::keyClicks(child<QLineEdit>(&dialog, u"teamSearch"_s), u"paulo"_s);
        QCOMPARE(dialog.form().teamId, u"t1"_s);
        QVERIFY(child<QPushButton>(&dialog, u"saveAndContinueButton"_s)->isEnabled());
    }

    void restrictedNumber_isReadOnlyAndNeedsNoInput()
    {
        Core::DesktopProfile profile = richProfile();
        profile.voiceDevices = {VoiceDevice::DialNumber};
        profile.restrictToDefaultDialNumber = true;
        profile.teams = {{u"t1"_s, u"Only team"_s}};
        Core::LoginFormRules rules(profile);
        Ui::InteractionPreferencesDialog dialog(rules, rules.initialForm());
        dialog.show();
        auto *number = child<QLineEdit>(&dialog, u"numberEdit"_s);
        QVERIFY(number->isVisible());
        QVERIFY(number->isReadOnly());
        QCOMPARE(number->text(), u"+5511987654321"_s);
        QVERIFY(child<QLabel>(&dialog, u"numberNote"_s)->isVisible());
        QVERIFY(!child<QCheckBox>(&dialog, u"internationalCheck"_s)->isVisible());
        QVERIFY(child<QPushButton>(&dialog, u"saveAndContinueButton"_s)->isEnabled());
    }

    void severalExtensions_areAListOfThePreValidatedOnes()
    {
        Core::DesktopProfile profile = richProfile();
        profile.allowFreeExtension = false;
        Core::LoginFormRules rules(profile);
        Ui::InteractionPreferencesDialog dialog(rules, rules.initialForm());
        dialog.show();
        clickIndicator(child<QRadioButton>(&dialog, u"device_extension"_s));
        auto *choice = child<QComboBox>(&dialog, u"numberChoice"_s);
        QVERIFY(choice->isVisible());
        QCOMPARE(choice->count(), 2);
        QVERIFY(!child<QLineEdit>(&dialog, u"numberEdit"_s)->isVisible());
        choice->setCurrentIndex(1);
        selectTeam(&dialog, u"Billing Lisbon"_s);
        QSignalSpy requested(&dialog, &Ui::InteractionPreferencesDialog::saveAndContinueRequested);
        QTest::mouseClick(child<QPushButton>(&dialog, u"saveAndContinueButton"_s), Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
        const auto preferences = requested.first().first().value<Core::InteractionPreferences>();
        QCOMPARE(preferences.device, VoiceDevice::Extension);
        QCOMPARE(preferences.normalizedDialNumber, u"4102"_s);
        QCOMPARE(preferences.teamId, u"t2"_s);
    }

    void dialNumber_typed_data()
    {
        QTest::addColumn<bool>("international");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("e164");
        QTest::newRow("E.164 Brazil mobile")
                << false << QString() << u"+55 11 98765-4321"_s << true << u"+5511987654321"_s;
        QTest::newRow("E.164 Japan")
                << false << QString() << u"+81 3-1234-5678"_s << true << u"+81312345678"_s;
        QTest::newRow("IDD from Brazil to Portugal")
                << false << QString() << u"0021351213456789"_s << true << u"+351213456789"_s;
        QTest::newRow("international format France")
                << true << u"FR"_s << u"01 23 45 67 89"_s << true << u"+33123456789"_s;
        QTest::newRow("international format Spain")
                << true << u"ES"_s << u"912 345 678"_s << true << u"+34912345678"_s;
        QTest::newRow("letters") << false << QString() << u"+55 11 9876A-4321"_s << false
                                 << QString();
        QTest::newRow("too short") << false << QString() << u"+55 11"_s << false << QString();
    }
    void dialNumber_typed()
    {
        QFETCH(bool, international);
        QFETCH(QString, region);
        QFETCH(QString, typed);
        QFETCH(bool, valid);
        QFETCH(QString, e164);
        Core::LoginFormRules rules(richProfile());
        Ui::InteractionPreferencesDialog dialog(rules, rules.initialForm());
        dialog.show();
        clickIndicator(child<QRadioButton>(&dialog, u"device_dialNumber"_s));
        selectTeam(&dialog, u"Billing Lisbon"_s);
        auto *edit = child<QLineEdit>(&dialog, u"numberEdit"_s);
        if (international) {
            clickIndicator(child<QCheckBox>(&dialog, u"internationalCheck"_s));
            auto *country = child<QComboBox>(&dialog, u"countryCombo"_s);
            QVERIFY(country->isVisible());
            country->setCurrentIndex(country->findData(region));
        }
        edit->clear();
        QTest::keyClicks(edit, typed);
        auto *save = child<QPushButton>(&dialog, u"saveAndContinueButton"_s);
        auto *error = child<QLabel>(&dialog, u"numberError"_s);
        QCOMPARE(save->isEnabled(), valid);
        QCOMPARE(error->isVisible(), !valid);
        if (valid) {
            QCOMPARE(dialog.check().preferences.normalizedDialNumber, e164);
        } else {
            QVERIFY(!error->text().isEmpty());
            // What the agent typed is never thrown away.
            QVERIFY2(edit->text().remove(u' ').remove(u'-') ==
                             QString(typed).remove(u' ').remove(u'-'),
                     qPrintable(edit->text()));
        }
    }

    void internationalFormatTicked_carriesTheTypedNumberOver()
    {
        Core::LoginFormRules rules(richProfile());
        Ui::InteractionPreferencesDialog dialog(rules, rules.initialForm());
        dialog.show();
        clickIndicator(child<QRadioButton>(&dialog, u"device_dialNumber"_s));
        auto *edit = child<QLineEdit>(&dialog, u"numberEdit"_s);
        edit->clear();
        QTest::keyClicks(edit, u"+351 21 345 6789"_s);
        clickIndicator(child<QCheckBox>(&dialog, u"internationalCheck"_s));
        QCOMPARE(child<QComboBox>(&dialog, u"countryCombo"_s)->currentData().toString(), u"PT"_s);
        QCOMPARE(edit->text(), u"21 345 6789"_s);
        selectTeam(&dialog, u"Billing Lisbon"_s);
        QCOMPARE(dialog.check().preferences.normalizedDialNumber, u"+351213456789"_s);
        clickIndicator(child<QCheckBox>(&dialog, u"internationalCheck"_s));
        QCOMPARE(edit->text(), u"+351 21 345 6789"_s);
    }

    void serverFailure_shownNextToNumber_inputKept()
    {
        Core::LoginFormRules rules(richProfile());
        Core::InteractionPreferences saved;
        saved.device = VoiceDevice::DialNumber;
        saved.dialNumber = u"+55 11 98765-4321"_s;
        saved.teamId = u"t1"_s;
        Ui::InteractionPreferencesDialog dialog(rules, rules.initialForm(saved));
        dialog.show();
        auto *save = child<QPushButton>(&dialog, u"saveAndContinueButton"_s);
        QVERIFY(save->isEnabled());
        dialog.setBusy(true);
        QVERIFY(!save->isEnabled());
        dialog.showFailure(Core::StationLoginFailure::problem(u"DUPLICATE_LOCATION"_s));
        auto *error = child<QLabel>(&dialog, u"numberError"_s);
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), Core::StationLoginFailure::message(u"DUPLICATE_LOCATION"_s));
        QCOMPARE(child<QLineEdit>(&dialog, u"numberEdit"_s)->text(), u"+55 11 98765-4321"_s);
        QVERIFY(save->isEnabled());
        // Editing the number clears the server's reason.
        QTest::keyClick(child<QLineEdit>(&dialog, u"numberEdit"_s), Qt::Key_Backspace);
        QVERIFY(error->text() != Core::StationLoginFailure::message(u"DUPLICATE_LOCATION"_s));
    }

    void everyLanguage_at500x500_clipsNothing_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language :
             {u"en"_s, u"pt_BR"_s, u"pt_PT"_s, u"ja"_s, u"es"_s, u"fr"_s}) {
            QTest::newRow(qPrintable(language)) << language;
        }
    }
    void everyLanguage_at500x500_clipsNothing()
    {
        QFETCH(QString, language);
        Ui::TranslationLoader translations;
        QCOMPARE(translations.install(language), language);
        Core::LoginFormRules rules(richProfile());
        Ui::InteractionPreferencesDialog dialog(rules, rules.initialForm());
        dialog.resize(500, 500);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        clickIndicator(child<QRadioButton>(&dialog, u"device_dialNumber"_s));
        clickIndicator(child<QCheckBox>(&dialog, u"internationalCheck"_s));
        QTest::keyClicks(child<QLineEdit>(&dialog, u"numberEdit"_s), u"12"_s);
        QVERIFY(child<QLabel>(&dialog, u"numberError"_s)->isVisible());
        const QStringList clipped = Test::clippedTexts(&dialog);
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(u'\n')));
        Test::saveScreenshot(&dialog, u"interactionpreferences-"_s + language);
    }
};

QTEST_MAIN(TestInteractionPreferences)
#include "tst_interactionpreferences.moc"
