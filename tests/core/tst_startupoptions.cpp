// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/startupoptions.h>

#include <QCommandLineParser>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace AgentDesk::Core;

class TestStartupOptions final : public QObject
{
    Q_OBJECT

private:
    StartupOptions parse(const QStringList &arguments, const QSettings &settings)
    {
        QCommandLineParser parser;
        StartupOptions::addTo(parser);
        const bool parsed = parser.parse(QStringList{u"agentdesk"_s} + arguments);
        if (!parsed) {
            qWarning() << parser.errorText();
        }
        return StartupOptions::read(parser, settings);
    }

    std::unique_ptr<QSettings> settingsFile(const QMap<QString, QString> &values)
    {
        auto settings = std::make_unique<QSettings>(m_dir.filePath(u"agentdesk.conf"_s),
                                                    QSettings::IniFormat);
        settings->clear();
        for (auto it = values.begin(); it != values.end(); ++it) {
            settings->setValue(it.key(), it.value());
        }
        return settings;
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void read_nothingGiven_usesUs1Preset()
    {
        const StartupOptions options = parse({}, *settingsFile({}));
        QVERIFY2(options.problems.isEmpty(), qPrintable(options.problems.join(u'\n')));
        QCOMPARE(options.endpoints, *ServiceEndpoints::preset(u"us1"_s));
        QCOMPARE(options.endpoints.ccApi, QUrl(u"https://api.wxcc-us1.cisco.com"_s));
        QCOMPARE(options.endpoints.graphApi, QUrl(u"https://graph.microsoft.com/v1.0"_s));
        QVERIFY(!options.demo);
    }

    void read_settingsFile_overridesPreset()
    {
        const auto settings = settingsFile(
                {{u"services/preset"_s, u"eu2"_s}, {u"services/tenant"_s, u"contoso.example"_s}});
        const StartupOptions options = parse({}, *settings);
        QCOMPARE(options.endpoints.ccApi, QUrl(u"https://api.wxcc-eu2.cisco.com"_s));
        QCOMPARE(options.endpoints.tenant, u"contoso.example"_s);
    }

    void read_commandLine_overridesSettingsFile()
    {
        const auto settings =
                settingsFile({{u"services/graphApi"_s, u"https://graph.microsoft.us/v1.0"_s},
                              {u"ui/language"_s, u"fr"_s}});
        const StartupOptions options = parse({u"--graph-api"_s, u"https://graph.example/v1.0"_s,
                                              u"--lang"_s, u"ja"_s, u"--client-id"_s, u"desk-2"_s},
                                             *settings);
        QCOMPARE(options.endpoints.graphApi, QUrl(u"https://graph.example/v1.0"_s));
        QCOMPARE(options.endpoints.clientId, u"desk-2"_s);
        QCOMPARE(options.language, u"ja"_s);
    }

    void read_settingsLanguage_usedWithoutLangOption()
    {
        const StartupOptions options = parse({}, *settingsFile({{u"ui/language"_s, u"pt_PT"_s}}));
        QCOMPARE(options.language, u"pt_PT"_s);
    }

    void read_usgov_usesSovereignMicrosoftCloud()
    {
        const StartupOptions options = parse({u"--region"_s, u"usgov"_s}, *settingsFile({}));
        QCOMPARE(options.endpoints.msAuthority, QUrl(u"https://login.microsoftonline.us"_s));
        QCOMPARE(options.endpoints.graphApi, QUrl(u"https://graph.microsoft.us/v1.0"_s));
    }

    void read_invalidValues_reportEachProblem_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown region") << QStringList{u"--region"_s, u"mars1"_s} << u"mars1"_s;
        QTest::newRow("plain http to a remote host")
                << QStringList{u"--cc-api"_s, u"http://api.example.com"_s} << u"cc-api"_s;
        QTest::newRow("not a url") << QStringList{u"--graph-api"_s, u"::::"_s} << u"graph-api"_s;
        QTest::newRow("empty client id") << QStringList{u"--client-id"_s, u" "_s} << u"client-id"_s;
        QTest::newRow("tenant with a slash") << QStringList{u"--tenant"_s, u"a/b"_s} << u"tenant"_s;
    }
    void read_invalidValues_reportEachProblem()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const StartupOptions options = parse(arguments, *settingsFile({}));
        QCOMPARE(options.problems.size(), 1);
        QVERIFY2(options.problems.first().contains(mentions), qPrintable(options.problems.first()));
    }

    void read_loopbackHttp_isAllowed()
    {
        const StartupOptions options =
                parse({u"--cc-api"_s, u"http://127.0.0.1:8080"_s}, *settingsFile({}));
        QVERIFY(options.problems.isEmpty());
    }

    void read_demo_skipsEndpointChecks()
    {
        const StartupOptions options =
                parse({u"--demo"_s, u"--cc-api"_s, u"http://api.example.com"_s}, *settingsFile({}));
        QVERIFY(options.demo);
        QVERIFY(options.problems.isEmpty());
    }

    void onOneOrigin_putsEachServiceOnItsRealPath()
    {
        const ServiceEndpoints endpoints =
                ServiceEndpoints::onOneOrigin(QUrl(u"http://127.0.0.1:4321"_s));
        QCOMPARE(endpoints.ccIdentity, QUrl(u"http://127.0.0.1:4321/v1"_s));
        QCOMPARE(endpoints.graphApi, QUrl(u"http://127.0.0.1:4321/v1.0"_s));
        QCOMPARE(endpoints.msAuthority, QUrl(u"http://127.0.0.1:4321"_s));
        QVERIFY(endpoints.problems().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStartupOptions)
#include "tst_startupoptions.moc"
