// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/preferencesstore.h>

#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace AgentDesk::Core;

Q_DECLARE_METATYPE(AgentDesk::Core::InteractionPreferences)

namespace {

InteractionPreferences make(std::optional<VoiceDevice> device, const QString &typed,
                            const QString &normalized, bool international, const QString &region,
                            bool autoSignIn)
{
    InteractionPreferences preferences;
    preferences.device = device;
    preferences.dialNumber = typed;
    preferences.normalizedDialNumber = normalized;
    preferences.internationalFormat = international;
    preferences.region = region;
    preferences.teamId = u"t-sales"_s;
    preferences.autoSignIn = autoSignIn;
    return preferences;
}

} // namespace

class TestPreferencesStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings = std::make_unique<QSettings>(m_dir->filePath(u"agentdesk.ini"_s),
                                                 QSettings::IniFormat);
    }
    void cleanup()
    {
        m_settings.reset();
        m_dir.reset();
    }

    void saveLoad_eachDevice_roundTrips_data()
    {
        QTest::addColumn<InteractionPreferences>("preferences");
        QTest::newRow("desktop") << make(VoiceDevice::Desktop, {}, {}, false, u"US"_s, true);
        QTest::newRow("extension")
                << make(VoiceDevice::Extension, u"10-01"_s, u"1001"_s, false, u"US"_s, false);
        QTest::newRow("dial number national") << make(VoiceDevice::DialNumber, u"(11) 98765-4321"_s,
                                                      u"+5511987654321"_s, true, u"BR"_s, true);
        QTest::newRow("dial number with extension")
                << make(VoiceDevice::DialNumber, u"+1 425 555 0100 x123"_s, u"+14255550100,123"_s,
                        false, u"US"_s, false);
        QTest::newRow("digital only") << make(std::nullopt, {}, {}, false, {}, true);
        QTest::newRow("japanese text")
                << make(VoiceDevice::DialNumber, u"０３ー１２３４ー５６７８"_s, u"+81312345678"_s,
                        true, u"JP"_s, false);
    }
    void saveLoad_eachDevice_roundTrips()
    {
        QFETCH(InteractionPreferences, preferences);
        PreferencesStore(*m_settings).save(u"agent@example.com"_s, preferences);
        // A new QSettings on the same file: what a restart reads.
        QSettings reopened(m_settings->fileName(), QSettings::IniFormat);
        const InteractionPreferences loaded =
                PreferencesStore(reopened).load(u"agent@example.com"_s);
        QVERIFY(loaded == preferences);
    }

    void load_unknownAccount_isEmpty()
    {
        PreferencesStore store(*m_settings);
        QVERIFY(store.load(u"nobody"_s).isEmpty());
        QVERIFY(!store.contains(u"nobody"_s));
        QVERIFY(!store.load(u"nobody"_s).autoSignIn);
    }

    void save_twoAccounts_keptApart()
    {
        PreferencesStore store(*m_settings);
        const auto first = make(VoiceDevice::Extension, u"1001"_s, u"1001"_s, false, u"US"_s, true);
        const auto second = make(VoiceDevice::DialNumber, u"+351 912 345 678"_s, u"+351912345678"_s,
                                 false, u"PT"_s, false);
        store.save(u"ana/pt"_s, first);
        store.save(u"ana"_s, second);
        QVERIFY(store.load(u"ana/pt"_s) == first);
        QVERIFY(store.load(u"ana"_s) == second);
        store.remove(u"ana"_s);
        QVERIFY(store.load(u"ana"_s).isEmpty());
        QVERIFY(store.load(u"ana/pt"_s) == first);
    }

    void save_again_replacesEverything()
    {
        PreferencesStore store(*m_settings);
        store.save(u"a"_s, make(VoiceDevice::DialNumber, u"x"_s, u"y"_s, true, u"BR"_s, true));
        const auto desktop = make(VoiceDevice::Desktop, {}, {}, false, {}, false);
        store.save(u"a"_s, desktop);
        QVERIFY(store.load(u"a"_s) == desktop);
        const auto none = make(std::nullopt, {}, {}, false, {}, false);
        store.save(u"a"_s, none);
        QVERIFY(!store.load(u"a"_s).device);
    }

    // The profile settings dialog turns "Don't show this again" off without losing the rest.
    void setAutoSignIn_off_keepsTheOtherAnswers()
    {
        PreferencesStore store(*m_settings);
        const auto saved = make(VoiceDevice::Extension, u"1001"_s, u"1001"_s, false, u"US"_s, true);
        store.save(u"a"_s, saved);
        store.setAutoSignIn(u"a"_s, false);
        InteractionPreferences expected = saved;
        expected.autoSignIn = false;
        QVERIFY(store.load(u"a"_s) == expected);
        store.setAutoSignIn(u"a"_s, true);
        QVERIFY(store.load(u"a"_s).autoSignIn);
        // Nothing saved: nothing to turn on.
        store.setAutoSignIn(u"b"_s, true);
        QVERIFY(!store.contains(u"b"_s));
    }

    // Only the preference fields reach the file: no key or value that looks like a secret.
    void save_file_holdsNothingLikeAToken()
    {
        PreferencesStore store(*m_settings);
        store.save(u"agent@example.com"_s, make(VoiceDevice::DialNumber, u"+1 425 555 0100 x123"_s,
                                                u"+14255550100,123"_s, false, u"US"_s, true));
        store.save(u"other"_s, make(VoiceDevice::Desktop, {}, {}, false, {}, false));
        m_settings->sync();

        const QStringList expectedFields{u"device"_s,
                                         u"dialNumber"_s,
                                         u"normalizedDialNumber"_s,
                                         u"internationalFormat"_s,
                                         u"region"_s,
                                         u"teamId"_s,
                                         u"autoSignIn"_s};
        const QStringList keys = m_settings->allKeys();
        QVERIFY(!keys.isEmpty());
        for (const QString &key : keys) {
            QVERIFY2(key.startsWith(u"interactionPreferences/"_s), qPrintable(key));
            QVERIFY2(expectedFields.contains(key.section(u'/', -1)), qPrintable(key));
        }

        QFile file(m_settings->fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString content = QString::fromUtf8(file.readAll());
        static const QRegularExpression secretWords(
                u"token|secret|password|refresh|bearer|code_verifier|authorization"_s,
                QRegularExpression::CaseInsensitiveOption);
        QVERIFY2(!secretWords.match(content).hasMatch(), qPrintable(content));
        // Opaque tokens and JWTs are long runs of base64url characters; no value here is.
        static const QRegularExpression opaque(u"[A-Za-z0-9_\\-\\.~+/=]{32,}"_s);
        for (const QString &key : keys) {
            const QString value = m_settings->value(key).toString();
            QVERIFY2(!opaque.match(value).hasMatch(), qPrintable(value));
        }
        QVERIFY(!content.contains(u"eyJ"_s));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
};

QTEST_GUILESS_MAIN(TestPreferencesStore)
#include "tst_preferencesstore.moc"
