// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/stationloginfailure.h>
#include <core/stationloginrequest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace AgentDesk::Core;

Q_DECLARE_METATYPE(AgentDesk::Core::InteractionPreferences)
Q_DECLARE_METATYPE(AgentDesk::Core::LoginField)

namespace {

InteractionPreferences preferences(std::optional<VoiceDevice> device, const QString &normalized)
{
    InteractionPreferences result;
    result.device = device;
    result.dialNumber = normalized;
    result.normalizedDialNumber = normalized;
    result.teamId = u"t-sales"_s;
    return result;
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

} // namespace

class TestStationLogin final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void body_eachDevice_matchesTheContract_data()
    {
        QTest::addColumn<InteractionPreferences>("preferences");
        QTest::addColumn<QJsonObject>("expected");

        QTest::newRow("desktop") << preferences(VoiceDevice::Desktop, QString())
                                 << json(R"({"deviceType":"BROWSER","deviceId":"webrtc-agent-1",
                                             "dialNumber":"agent-1","isExtension":false,
                                             "teamId":"t-sales","roles":["agent"]})");
        QTest::newRow("extension") << preferences(VoiceDevice::Extension, u"1001"_s)
                                   << json(R"({"deviceType":"EXTENSION","deviceId":"1001",
                                               "dialNumber":"1001","isExtension":true,
                                               "teamId":"t-sales","roles":["agent"]})");
        QTest::newRow("dial number") << preferences(VoiceDevice::DialNumber, u"+5511987654321"_s)
                                     << json(R"({"deviceType":"AGENT_DN",
                                                 "deviceId":"+5511987654321",
                                                 "dialNumber":"+5511987654321",
                                                 "isExtension":false,"teamId":"t-sales",
                                                 "roles":["agent"]})");
        QTest::newRow("digital only") << preferences(std::nullopt, QString())
                                      << json(R"({"dialNumber":"agent-1","isExtension":false,
                                                  "teamId":"t-sales","roles":["agent"]})");
    }
    void body_eachDevice_matchesTheContract()
    {
        QFETCH(InteractionPreferences, preferences);
        QFETCH(QJsonObject, expected);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(StationLoginRequest::body(preferences, u"agent-1"_s), expected);
    }

    void body_dialNumber_sendsTheNormalizedNumber()
    {
        InteractionPreferences typed = preferences(VoiceDevice::DialNumber, u"+14255550100,123"_s);
        typed.dialNumber = u"(425) 555-0100 x123"_s;
        const QJsonObject body = StationLoginRequest::body(typed, u"agent-1"_s);
        QCOMPARE(body.value(u"dialNumber"_s).toString(), u"+14255550100,123"_s);
        QCOMPARE(body.value(u"deviceId"_s).toString(), u"+14255550100,123"_s);
    }

    void deviceType_names_roundTrip()
    {
        for (const VoiceDevice device :
             {VoiceDevice::Desktop, VoiceDevice::Extension, VoiceDevice::DialNumber}) {
            QVERIFY(StationLoginRequest::deviceFromType(StationLoginRequest::deviceType(device)) ==
                    device);
        }
        QCOMPARE(StationLoginRequest::deviceType(VoiceDevice::DialNumber), u"AGENT_DN"_s);
        QVERIFY(!StationLoginRequest::deviceFromType(u"agent_dn"_s));
        QVERIFY(!StationLoginRequest::deviceFromType(QString()));
    }

    void failure_reasons_getTheirOwnMessage_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<std::optional<VoiceDevice>>("device");
        QTest::addColumn<LoginField>("field");
        QTest::addColumn<QString>("messagePart");

        QTest::newRow("busy dial number")
                << u"DUPLICATE_LOCATION"_s << std::optional(VoiceDevice::DialNumber)
                << LoginField::Number << u"dial number is already signed in by another agent"_s;
        QTest::newRow("busy extension")
                << u"DUPLICATE_LOCATION"_s << std::optional(VoiceDevice::Extension)
                << LoginField::Number << u"extension is already signed in by another agent"_s;
        QTest::newRow("busy, device unknown")
                << u"DUPLICATE_LOCATION"_s << std::optional<VoiceDevice>() << LoginField::Number
                << u"number or extension is already signed in"_s;
        QTest::newRow("invalid dial number")
                << u"INVALID_DIAL_NUMBER"_s << std::optional(VoiceDevice::DialNumber)
                << LoginField::Number << u"does not accept this dial number"_s;
        QTest::newRow("invalid extension")
                << u"INVALID_EXTENSION"_s << std::optional(VoiceDevice::Extension)
                << LoginField::Number << u"does not accept this extension"_s;
        QTest::newRow("agent not found") << u"AGENT_NOT_FOUND"_s << std::optional<VoiceDevice>()
                                         << LoginField::Form << u"agent account"_s;
        QTest::newRow("team not found") << u"TEAM_NOT_FOUND"_s << std::optional<VoiceDevice>()
                                        << LoginField::Team << u"team"_s;
        QTest::newRow("team not assigned")
                << u"TEAM_NOT_ASSIGNED"_s << std::optional<VoiceDevice>() << LoginField::Team
                << u"not a member of the chosen team"_s;
        QTest::newRow("device not allowed")
                << u"DEVICE_TYPE_NOT_ALLOWED"_s << std::optional(VoiceDevice::Desktop)
                << LoginField::Device << u"does not allow handling calls this way"_s;
        QTest::newRow("no agent profile")
                << u"AGENT_PROFILE_NOT_FOUND"_s << std::optional<VoiceDevice>() << LoginField::Form
                << u"No agent profile"_s;
        QTest::newRow("role not allowed") << u"ROLE_NOT_ALLOWED"_s << std::optional<VoiceDevice>()
                                          << LoginField::Form << u"may not sign in as an agent"_s;
        QTest::newRow("unknown names the code")
                << u"RONA_TIMEOUT_42"_s << std::optional(VoiceDevice::DialNumber)
                << LoginField::Form << u"RONA_TIMEOUT_42"_s;
        QTest::newRow("no reason") << QString() << std::optional<VoiceDevice>() << LoginField::Form
                                   << u"without saying why"_s;
    }
    void failure_reasons_getTheirOwnMessage()
    {
        QFETCH(QString, reason);
        QFETCH(std::optional<VoiceDevice>, device);
        QFETCH(LoginField, field);
        QFETCH(QString, messagePart);
        const FieldProblem problem = StationLoginFailure::problem(reason, device);
        QCOMPARE(problem.field, field);
        QVERIFY2(problem.message.contains(messagePart), qPrintable(problem.message));
        QCOMPARE(problem.message, StationLoginFailure::message(reason, device));
        QCOMPARE(StationLoginFailure::field(reason), field);
    }

    void failure_knownReasons_eachDiffersFromTheGeneric()
    {
        const QStringList reasons = StationLoginFailure::knownReasons();
        QVERIFY(reasons.contains(u"DUPLICATE_LOCATION"_s));
        QVERIFY(reasons.contains(u"INVALID_DIAL_NUMBER"_s));
        QCOMPARE(QSet<QString>(reasons.cbegin(), reasons.cend()).size(), reasons.size());
        const QString generic = StationLoginFailure::message(u"SOMETHING_ELSE"_s);
        QSet<QString> messages;
        for (const QString &reason : reasons) {
            QVERIFY(StationLoginFailure::isKnown(reason));
            const QString message = StationLoginFailure::message(reason);
            QVERIFY(!message.isEmpty());
            QVERIFY(!message.contains(reason)); // a sentence, not the code
            QVERIFY(message != generic);
            messages.insert(message);
        }
        QCOMPARE(messages.size(), reasons.size());
        QVERIFY(!StationLoginFailure::isKnown(u"SOMETHING_ELSE"_s));
    }
};

QTEST_GUILESS_MAIN(TestStationLogin)
#include "tst_stationlogin.moc"
