// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/loginformrules.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace AgentDesk::Core;

Q_DECLARE_METATYPE(AgentDesk::Core::DesktopProfile)
Q_DECLARE_METATYPE(AgentDesk::Core::InteractionPreferences)
Q_DECLARE_METATYPE(AgentDesk::Core::VoiceDevice)

namespace {

const auto DefaultNumber = u"+14255550100"_s;

DesktopProfile baseProfile()
{
    DesktopProfile profile;
    profile.agentId = u"agent-1"_s;
    profile.defaultRegion = u"US"_s;
    profile.teams = {Team{u"t-sales"_s, u"Sales"_s}, Team{u"t-support"_s, u"Support"_s}};
    return profile;
}

DesktopProfile allDevices()
{
    DesktopProfile profile = baseProfile();
    profile.voiceDevices = {VoiceDevice::Desktop, VoiceDevice::Extension, VoiceDevice::DialNumber};
    profile.extensions = {u"1001"_s};
    return profile;
}

DesktopProfile digitalOnly()
{
    DesktopProfile profile = baseProfile();
    profile.voiceDevices = {};
    return profile;
}

DesktopProfile withDefaultNumber()
{
    DesktopProfile profile = baseProfile();
    profile.voiceDevices = {VoiceDevice::DialNumber};
    profile.defaultDialNumber = DefaultNumber;
    return profile;
}

DesktopProfile restrictedNumber()
{
    DesktopProfile profile = withDefaultNumber();
    profile.restrictToDefaultDialNumber = true;
    profile.teams = {Team{u"t-sales"_s, u"Sales"_s}};
    return profile;
}

DesktopProfile oneExtension()
{
    DesktopProfile profile = baseProfile();
    profile.voiceDevices = {VoiceDevice::Extension};
    profile.extensions = {u"1001"_s};
    profile.allowFreeExtension = false;
    return profile;
}

DesktopProfile severalExtensions()
{
    DesktopProfile profile = oneExtension();
    profile.extensions = {u"1001"_s, u"1002"_s, u"1003"_s};
    return profile;
}

DesktopProfile severalNumbers(bool freeEntry)
{
    DesktopProfile profile = baseProfile();
    profile.voiceDevices = {VoiceDevice::DialNumber};
    profile.dialNumbers = {u"+1 425 555 0101"_s, u"+351 912 345 678"_s};
    profile.allowFreeDialNumber = freeEntry;
    return profile;
}

InteractionPreferences form(std::optional<VoiceDevice> device, const QString &number,
                            const QString &teamId = u"t-sales"_s)
{
    InteractionPreferences preferences;
    preferences.device = device;
    preferences.dialNumber = number;
    preferences.teamId = teamId;
    preferences.region = u"US"_s;
    return preferences;
}

} // namespace

class TestLoginFormRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void withInternationalFormat_carriesTheNumberBothWays()
    {
        DesktopProfile profile;
        profile.voiceDevices = {VoiceDevice::DialNumber};
        profile.defaultRegion = u"US"_s;
        profile.teams = {{u"t"_s, u"Team"_s}};
        const LoginFormRules rules(profile);
        InteractionPreferences typed = rules.initialForm();
        typed.dialNumber = u"+55 11 98765-4321"_s;

        const InteractionPreferences national = rules.withInternationalFormat(typed, true);
        QVERIFY(national.internationalFormat);
        QCOMPARE(national.region, u"BR"_s);
        QCOMPARE(national.dialNumber, u"(11) 98765-4321"_s);
        InteractionPreferences withTeam = national;
        withTeam.teamId = u"t"_s;
        QCOMPARE(rules.validate(withTeam).preferences.normalizedDialNumber, u"+5511987654321"_s);

        const InteractionPreferences back = rules.withInternationalFormat(national, false);
        QVERIFY(!back.internationalFormat);
        QCOMPARE(back.dialNumber, u"+55 11 98765-4321"_s);

        // Half-typed text is left exactly as it is.
        typed.dialNumber = u"+55 1"_s;
        QCOMPARE(rules.withInternationalFormat(typed, true).dialNumber, u"+55 1"_s);
    }

    void deviceOptions_profile_offersOnlyWhatItAllows_data()
    {
        QTest::addColumn<DesktopProfile>("profile");
        QTest::addColumn<QList<VoiceDevice>>("expected");

        QTest::newRow("all") << allDevices()
                             << QList<VoiceDevice>{VoiceDevice::Desktop, VoiceDevice::Extension,
                                                   VoiceDevice::DialNumber};
        QTest::newRow("digital only") << digitalOnly() << QList<VoiceDevice>{};
        QTest::newRow("dial number only")
                << withDefaultNumber() << QList<VoiceDevice>{VoiceDevice::DialNumber};
        QTest::newRow("extension only")
                << oneExtension() << QList<VoiceDevice>{VoiceDevice::Extension};
        DesktopProfile reordered = allDevices();
        reordered.voiceDevices = {VoiceDevice::DialNumber, VoiceDevice::Desktop,
                                  VoiceDevice::DialNumber};
        QTest::newRow("profile order, once")
                << reordered << QList<VoiceDevice>{VoiceDevice::DialNumber, VoiceDevice::Desktop};
        DesktopProfile noExtension = allDevices();
        noExtension.extensions.clear();
        noExtension.allowFreeExtension = false;
        QTest::newRow("extension with nothing to use")
                << noExtension << QList<VoiceDevice>{VoiceDevice::Desktop, VoiceDevice::DialNumber};
        DesktopProfile restrictedWithoutDefault = restrictedNumber();
        restrictedWithoutDefault.defaultDialNumber.clear();
        restrictedWithoutDefault.voiceDevices = {VoiceDevice::Desktop, VoiceDevice::DialNumber};
        QTest::newRow("restricted without a default")
                << restrictedWithoutDefault << QList<VoiceDevice>{VoiceDevice::Desktop};
    }
    void deviceOptions_profile_offersOnlyWhatItAllows()
    {
        QFETCH(DesktopProfile, profile);
        QFETCH(QList<VoiceDevice>, expected);
        const LoginFormRules rules(profile);
        QCOMPARE(rules.deviceOptions(), expected);
        QVERIFY(rules.profileProblem().isEmpty());
    }

    void digitalOnly_noTelephonyStep_teamIsEnough()
    {
        const LoginFormRules rules(digitalOnly());
        QVERIFY(!rules.hasTelephonyStep());
        QVERIFY(rules.deviceOptions().isEmpty());
        QVERIFY(rules.profileProblem().isEmpty());
        const InteractionPreferences initial = rules.initialForm();
        QVERIFY(!initial.device);
        QVERIFY(initial.dialNumber.isEmpty());
        QVERIFY(!rules.validate(initial).isValid()); // two teams: one must be chosen

        InteractionPreferences chosen = initial;
        chosen.teamId = u"t-support"_s;
        const LoginFormCheck check = rules.validate(chosen);
        QVERIFY(check.canSaveAndContinue());
        QVERIFY(!check.preferences.device);

        // Saved telephony answers from before the profile changed are dropped, not refused.
        const LoginFormCheck old = rules.validate(form(VoiceDevice::DialNumber, DefaultNumber));
        QVERIFY(old.isValid());
        QVERIFY(!old.preferences.device);
        QVERIFY(old.preferences.dialNumber.isEmpty());
    }

    void profileProblem_voiceWithNothingUsable_isExplained()
    {
        DesktopProfile profile = oneExtension();
        profile.extensions.clear();
        const LoginFormRules rules(profile);
        QVERIFY(rules.hasTelephonyStep());
        QVERIFY(rules.deviceOptions().isEmpty());
        QVERIFY(rules.profileProblem().contains(u"administrator"_s));
        const LoginFormCheck check = rules.validate(form(VoiceDevice::Extension, u"1001"_s));
        QCOMPARE(check.problem(LoginField::Device), rules.profileProblem());
        QVERIFY(!check.canSaveAndContinue());
    }

    void initialForm_defaultNumber_isPrefilledAndEditable()
    {
        const LoginFormRules rules(withDefaultNumber());
        const NumberChoices choices = rules.numberChoices(VoiceDevice::DialNumber);
        QVERIFY(!choices.readOnly);
        QVERIFY(choices.freeEntry);
        QCOMPARE(choices.choices, QStringList{DefaultNumber});
        const InteractionPreferences initial = rules.initialForm();
        QVERIFY(initial.device == VoiceDevice::DialNumber);
        QCOMPARE(initial.dialNumber, DefaultNumber);
        QCOMPARE(initial.region, u"US"_s);
        QVERIFY(initial.teamId.isEmpty()); // two teams

        InteractionPreferences edited = initial;
        edited.dialNumber = u"+44 20 7946 0958"_s;
        edited.teamId = u"t-sales"_s;
        const LoginFormCheck check = rules.validate(edited);
        QVERIFY(check.isValid());
        QCOMPARE(check.preferences.normalizedDialNumber, u"+442079460958"_s);
    }

    void initialForm_restrictedNumber_readOnlyAndNeedsNoInput()
    {
        const LoginFormRules rules(restrictedNumber());
        const NumberChoices choices = rules.numberChoices(VoiceDevice::DialNumber);
        QVERIFY(choices.readOnly);
        QVERIFY(!choices.freeEntry);
        QVERIFY(!choices.needsInput());
        QCOMPARE(rules.numberPrefill(VoiceDevice::DialNumber), DefaultNumber);

        // Even a different saved number gives way to the administrator's restriction.
        const InteractionPreferences initial =
                rules.initialForm(form(VoiceDevice::DialNumber, u"+44 20 7946 0958"_s));
        QCOMPARE(initial.dialNumber, DefaultNumber);
        QCOMPARE(initial.teamId, u"t-sales"_s); // the only team
        const LoginFormCheck check = rules.validate(initial);
        QVERIFY(check.canSaveAndContinue()); // the step needs no input
        QCOMPARE(check.preferences.normalizedDialNumber, DefaultNumber);

        InteractionPreferences edited = initial;
        edited.dialNumber = u"+44 20 7946 0958"_s;
        const LoginFormCheck refused = rules.validate(edited);
        QVERIFY(!refused.isValid());
        QVERIFY(refused.problem(LoginField::Number).contains(DefaultNumber));
    }

    void initialForm_oneExtension_isPrefilled()
    {
        const LoginFormRules rules(oneExtension());
        const NumberChoices choices = rules.numberChoices(VoiceDevice::Extension);
        QCOMPARE(choices.choices, QStringList{u"1001"_s});
        QVERIFY(!choices.needsInput());
        const InteractionPreferences initial = rules.initialForm();
        QVERIFY(initial.device == VoiceDevice::Extension);
        QCOMPARE(initial.dialNumber, u"1001"_s);
        InteractionPreferences withTeam = initial;
        withTeam.teamId = u"t-sales"_s;
        QCOMPARE(rules.validate(withTeam).preferences.normalizedDialNumber, u"1001"_s);
    }

    void initialForm_severalExtensions_listWithoutPrefill()
    {
        const LoginFormRules rules(severalExtensions());
        const NumberChoices choices = rules.numberChoices(VoiceDevice::Extension);
        QCOMPARE(choices.choices, (QStringList{u"1001"_s, u"1002"_s, u"1003"_s}));
        QVERIFY(!choices.freeEntry);
        QVERIFY(choices.needsInput());
        const InteractionPreferences initial = rules.initialForm();
        QVERIFY(initial.dialNumber.isEmpty());
        InteractionPreferences picked = initial;
        picked.teamId = u"t-sales"_s;
        QVERIFY(rules.validate(picked).hasProblem(LoginField::Number));
        picked.dialNumber = u"1002"_s;
        const LoginFormCheck check = rules.validate(picked);
        QVERIFY(check.isValid());
        QCOMPARE(check.preferences.normalizedDialNumber, u"1002"_s);
    }

    void initialForm_severalNumbers_listWithoutPrefill()
    {
        const LoginFormRules rules(severalNumbers(true));
        QCOMPARE(rules.numberChoices(VoiceDevice::DialNumber).choices,
                 (QStringList{u"+1 425 555 0101"_s, u"+351 912 345 678"_s}));
        QVERIFY(rules.initialForm().dialNumber.isEmpty());
        // A configured number is sent as the administrator configured it.
        const LoginFormCheck check =
                rules.validate(form(VoiceDevice::DialNumber, u"+351 912 345 678"_s));
        QVERIFY(check.isValid());
        QCOMPARE(check.preferences.normalizedDialNumber, u"+351 912 345 678"_s);
        // Typed again with other punctuation, it is still that configured number.
        QCOMPARE(rules.validate(form(VoiceDevice::DialNumber, u"+14255550101"_s))
                         .preferences.normalizedDialNumber,
                 u"+1 425 555 0101"_s);
    }

    void validate_freeEntry_allowedOrRefused_data()
    {
        QTest::addColumn<DesktopProfile>("profile");
        QTest::addColumn<VoiceDevice>("device");
        QTest::addColumn<QString>("number");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("normalized");

        QTest::newRow("number allowed") << severalNumbers(true) << VoiceDevice::DialNumber
                                        << u"(425) 555-0199"_s << true << u"+14255550199"_s;
        QTest::newRow("number refused") << severalNumbers(false) << VoiceDevice::DialNumber
                                        << u"(425) 555-0199"_s << false << QString();
        QTest::newRow("configured number when refused")
                << severalNumbers(false) << VoiceDevice::DialNumber << u"+1 425 555 0101"_s << true
                << u"+1 425 555 0101"_s;
        QTest::newRow("configured number in another format")
                << severalNumbers(false) << VoiceDevice::DialNumber << u"(425) 555-0101"_s << true
                << u"+1 425 555 0101"_s;
        DesktopProfile freeExtension = severalExtensions();
        freeExtension.allowFreeExtension = true;
        QTest::newRow("extension allowed")
                << freeExtension << VoiceDevice::Extension << u"20-45"_s << true << u"2045"_s;
        QTest::newRow("extension refused")
                << severalExtensions() << VoiceDevice::Extension << u"2045"_s << false << QString();
        QTest::newRow("extension letters")
                << freeExtension << VoiceDevice::Extension << u"20a5"_s << false << QString();
        QTest::newRow("extension empty")
                << freeExtension << VoiceDevice::Extension << QString() << false << QString();
    }
    void validate_freeEntry_allowedOrRefused()
    {
        QFETCH(DesktopProfile, profile);
        QFETCH(VoiceDevice, device);
        QFETCH(QString, number);
        QFETCH(bool, valid);
        QFETCH(QString, normalized);
        const LoginFormRules rules(profile);
        const LoginFormCheck check = rules.validate(form(device, number));
        QCOMPARE(check.isValid(), valid);
        QCOMPARE(check.canSaveAndContinue(), valid);
        QCOMPARE(check.preferences.normalizedDialNumber, normalized);
        QCOMPARE(check.problem(LoginField::Number).isEmpty(), valid);
        QCOMPARE(check.preferences.dialNumber, number); // kept as typed
    }

    void validate_dialNumber_entryModes_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<bool>("internationalFormat");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("normalized"); // empty: refused
        QTest::addColumn<QString>("messagePart");

        QTest::newRow("e164") << u"+55 11 98765-4321"_s << false << QString() << u"+5511987654321"_s
                              << QString();
        QTest::newRow("IDD from the agent's region")
                << u"011 61 2 9374 4000"_s << false << QString() << u"+61293744000"_s << QString();
        QTest::newRow("national with country picker")
                << u"(11) 98765-4321"_s << true << u"BR"_s << u"+5511987654321"_s << QString();
        QTest::newRow("national with extension")
                << u"020 7946 0958 x12"_s << true << u"GB"_s << u"+442079460958,12"_s << QString();
        QTest::newRow("webex example warns")
                << u"+11234567890"_s << false << QString() << u"+11234567890"_s << u"dial plan"_s;
        QTest::newRow("too short says why")
                << u"+1 425 555"_s << false << QString() << QString() << u"too short"_s;
        QTest::newRow("picker without country") << u"(11) 98765-4321"_s << true << QString()
                                                << QString() << u"Choose the country"_s;
        QTest::newRow("empty") << QString() << false << QString() << QString() << u"Enter"_s;
    }
    void validate_dialNumber_entryModes()
    {
        QFETCH(QString, number);
        QFETCH(bool, internationalFormat);
        QFETCH(QString, region);
        QFETCH(QString, normalized);
        QFETCH(QString, messagePart);
        const LoginFormRules rules(severalNumbers(true));
        InteractionPreferences preferences = form(VoiceDevice::DialNumber, number);
        preferences.internationalFormat = internationalFormat;
        preferences.region = region;
        const LoginFormCheck check = rules.validate(preferences);
        QCOMPARE(check.isValid(), !normalized.isEmpty());
        QCOMPARE(check.preferences.normalizedDialNumber, normalized);
        const QString said = check.isValid() ? check.warning : check.problem(LoginField::Number);
        QCOMPARE(said.isEmpty(), messagePart.isEmpty());
        QVERIFY2(said.contains(messagePart), qPrintable(said));
    }

    void validate_dialPlan_matchNoMatchNoEntries()
    {
        DesktopProfile profile = severalNumbers(true);
        const DialPlan usOnly(
                {DialPlanEntry{u"US"_s, u"^\\+1[2-9][0-9]{9}"_s, QString(), QString()}});
        const LoginFormRules planned(profile, usOnly);
        QVERIFY(planned.validate(form(VoiceDevice::DialNumber, u"+1 425 555 0199"_s)).isValid());
        const LoginFormCheck refused =
                planned.validate(form(VoiceDevice::DialNumber, u"+44 20 7946 0958"_s));
        QVERIFY(refused.problem(LoginField::Number).contains(u"dial plan"_s));
        // Configured numbers were validated by the contact center: the plan does not judge them.
        QVERIFY(planned.validate(form(VoiceDevice::DialNumber, u"+351 912 345 678"_s)).isValid());
        // No plan: only libphonenumber's "can this be dialled" applies.
        const LoginFormRules unplanned(profile, DialPlan());
        QVERIFY(unplanned.validate(form(VoiceDevice::DialNumber, u"+44 20 7946 0958"_s)).isValid());
    }

    void initialForm_savedPreferences_winOverDefault()
    {
        const LoginFormRules rules(withDefaultNumber());
        InteractionPreferences saved =
                form(VoiceDevice::DialNumber, u"912 345 678"_s, u"t-support"_s);
        saved.internationalFormat = true;
        saved.region = u"PT"_s;
        saved.autoSignIn = true;
        const InteractionPreferences initial = rules.initialForm(saved);
        QCOMPARE(initial.dialNumber, u"912 345 678"_s);
        QVERIFY(initial.internationalFormat);
        QCOMPARE(initial.region, u"PT"_s);
        QCOMPARE(initial.teamId, u"t-support"_s);
        QVERIFY(initial.autoSignIn);
        QCOMPARE(rules.validate(initial).preferences.normalizedDialNumber, u"+351912345678"_s);
    }

    void initialForm_savedDeviceNoLongerOffered_fallsBackToProfile()
    {
        const LoginFormRules rules(oneExtension());
        const InteractionPreferences initial =
                rules.initialForm(form(VoiceDevice::Desktop, QString(), u"t-gone"_s));
        QVERIFY(initial.device == VoiceDevice::Extension);
        QCOMPARE(initial.dialNumber, u"1001"_s);
        QVERIFY(initial.teamId.isEmpty()); // that team is gone and there are two
    }

    void withDevice_switch_prefillsAndKeepsTeam()
    {
        const LoginFormRules rules(allDevices());
        const InteractionPreferences initial = rules.initialForm(form(VoiceDevice::Desktop, {}));
        QVERIFY(initial.device == VoiceDevice::Desktop);
        const InteractionPreferences extension = rules.withDevice(initial, VoiceDevice::Extension);
        QCOMPARE(extension.dialNumber, u"1001"_s);
        QCOMPARE(extension.teamId, u"t-sales"_s);
        const InteractionPreferences dialNumber =
                rules.withDevice(extension, VoiceDevice::DialNumber);
        QVERIFY(dialNumber.dialNumber.isEmpty());
        QVERIFY(rules.validate(dialNumber).hasProblem(LoginField::Number));
        QVERIFY(rules.validate(rules.withDevice(dialNumber, VoiceDevice::Desktop)).isValid());
    }

    // The Webex defect: choosing a team and then clearing it must disable Save & Continue again.
    void validate_teamSelectedThenCleared_invalidAgain()
    {
        const LoginFormRules rules(allDevices());
        InteractionPreferences edited = rules.initialForm();
        QVERIFY(edited.device == VoiceDevice::Desktop);
        QVERIFY(edited.teamId.isEmpty());
        QVERIFY(!rules.validate(edited).canSaveAndContinue());
        QVERIFY(!rules.validate(edited).problem(LoginField::Team).isEmpty());

        edited.teamId = u"t-support"_s;
        QVERIFY(rules.validate(edited).canSaveAndContinue());

        edited.teamId.clear();
        const LoginFormCheck cleared = rules.validate(edited);
        QVERIFY(!cleared.canSaveAndContinue());
        QCOMPARE(cleared.problems.size(), 1);
        QCOMPARE(cleared.problems.first().field, LoginField::Team);

        edited.teamId = u"t-unknown"_s;
        QVERIFY(rules.validate(edited).hasProblem(LoginField::Team));
    }

    void validate_deviceMissingOrNotAllowed_isADeviceProblem()
    {
        const LoginFormRules rules(oneExtension());
        QVERIFY(rules.validate(form(std::nullopt, QString())).hasProblem(LoginField::Device));
        const LoginFormCheck notAllowed = rules.validate(form(VoiceDevice::Desktop, QString()));
        QVERIFY(notAllowed.problem(LoginField::Device)
                        .contains(LoginFormRules::deviceLabel(VoiceDevice::Desktop)));
    }

    void autoSignIn_savedPreferences_attemptOnlyWhenStillAllowed_data()
    {
        QTest::addColumn<DesktopProfile>("profile");
        QTest::addColumn<InteractionPreferences>("saved");
        QTest::addColumn<bool>("attempt");
        QTest::addColumn<QString>("reasonPart"); // empty: no reason shown

        InteractionPreferences good = form(VoiceDevice::DialNumber, u"+44 20 7946 0958"_s);
        good.autoSignIn = true;
        InteractionPreferences notAsked = good;
        notAsked.autoSignIn = false;
        InteractionPreferences goneTeam = good;
        goneTeam.teamId = u"t-gone"_s;
        InteractionPreferences desktop = form(VoiceDevice::Desktop, QString());
        desktop.autoSignIn = true;

        QTest::newRow("nothing saved")
                << withDefaultNumber() << InteractionPreferences() << false << QString();
        QTest::newRow("not asked for") << withDefaultNumber() << notAsked << false << QString();
        QTest::newRow("still allowed") << withDefaultNumber() << good << true << QString();
        QTest::newRow("number now restricted")
                << restrictedNumber() << good << false << DefaultNumber;
        QTest::newRow("team gone")
                << withDefaultNumber() << goneTeam << false << u"no longer a member"_s;
        QTest::newRow("device no longer allowed")
                << withDefaultNumber() << desktop << false << u"Desktop"_s;
        QTest::newRow("free entry now refused")
                << severalNumbers(false) << good << false << u"administrator set up"_s;
        QTest::newRow("digital only now") << digitalOnly() << good << true << QString();
    }
    void autoSignIn_savedPreferences_attemptOnlyWhenStillAllowed()
    {
        QFETCH(DesktopProfile, profile);
        QFETCH(InteractionPreferences, saved);
        QFETCH(bool, attempt);
        QFETCH(QString, reasonPart);
        const LoginFormRules rules(profile);
        const AutoSignInDecision decision = rules.autoSignIn(saved);
        QCOMPARE(decision.attempt, attempt);
        QCOMPARE(decision.reason.isEmpty(), reasonPart.isEmpty());
        QVERIFY2(decision.reason.contains(reasonPart), qPrintable(decision.reason));
        if (attempt) {
            QVERIFY(rules.validate(decision.preferences).isValid());
            QVERIFY(decision.preferences.autoSignIn);
        } else if (!reasonPart.isEmpty()) {
            // The form opens prefilled with what was saved (except what the profile forbids).
            QCOMPARE(rules.initialForm(saved).autoSignIn, saved.autoSignIn);
        }
    }

    void deviceLabel_everyDevice_isNamed()
    {
        QCOMPARE(LoginFormRules::deviceLabel(VoiceDevice::Desktop), u"Desktop"_s);
        QCOMPARE(LoginFormRules::deviceLabel(VoiceDevice::Extension), u"Extension"_s);
        QCOMPARE(LoginFormRules::deviceLabel(VoiceDevice::DialNumber), u"Dial number"_s);
    }
};

QTEST_GUILESS_MAIN(TestLoginFormRules)
#include "tst_loginformrules.moc"
