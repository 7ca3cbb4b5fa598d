// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Core::Presence over the real value lists of SERVICES-REFERENCE.md §2.5: the v1.0 resource
// page (PascalCase) and the SDK metadata (camelCase, with inACall/inAMeeting/presenting/focusing
// also as availabilities), read case-insensitively from both fields.
#include <core/presence.h>
#include <core/searchindex.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using AgentDesk::Core::Presence;
using AgentDesk::Core::SearchIndex;
using Status = Presence::Status;
using Value = Presence::Value;
using ColourClass = Presence::ColourClass;

namespace {

// api-reference/v1.0/resources/presence.md
const QStringList v1Availabilities{u"Available"_s,    u"AvailableIdle"_s, u"Away"_s,
                                   u"BeRightBack"_s,  u"Busy"_s,          u"BusyIdle"_s,
                                   u"DoNotDisturb"_s, u"Offline"_s,       u"PresenceUnknown"_s};
const QStringList v1Activities{u"Available"_s,
                               u"Away"_s,
                               u"BeRightBack"_s,
                               u"Busy"_s,
                               u"DoNotDisturb"_s,
                               u"InACall"_s,
                               u"InAConferenceCall"_s,
                               u"Inactive"_s,
                               u"InAMeeting"_s,
                               u"Offline"_s,
                               u"OffWork"_s,
                               u"OutOfOffice"_s,
                               u"PresenceUnknown"_s,
                               u"Presenting"_s,
                               u"UrgentInterruptionsOnly"_s};
// The generated SDK / PowerShell metadata: camelCase, and more values under availability.
const QStringList sdkAvailabilities{
        u"available"_s,     u"busy"_s,     u"away"_s,           u"beRightBack"_s, u"doNotDisturb"_s,
        u"offline"_s,       u"focusing"_s, u"inACall"_s,        u"inAMeeting"_s,  u"presenting"_s,
        u"availableIdle"_s, u"busyIdle"_s, u"presenceUnknown"_s};

QString colourName(ColourClass colour)
{
    switch (colour) {
    case ColourClass::Green:
        return u"green"_s;
    case ColourClass::Red:
        return u"red"_s;
    case ColourClass::Amber:
        return u"amber"_s;
    case ColourClass::Purple:
        return u"purple"_s;
    case ColourClass::Grey:
        return u"grey"_s;
    }
    return {};
}

const QList<Status> allStatuses{Status::Available,   Status::Busy,        Status::InACall,
                                Status::InAMeeting,  Status::Presenting,  Status::DoNotDisturb,
                                Status::Away,        Status::BeRightBack, Status::Offline,
                                Status::OutOfOffice, Status::Unknown};

// Answers every translation with the context and the source text, so a test sees which
// context a label was looked up in.
class MarkingTranslator final : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char * = nullptr,
                      int = -1) const override
    {
        return u"[%1] %2"_s.arg(QLatin1StringView(context), QLatin1StringView(sourceText));
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestPresence final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromGraph_realPairs_giveStatusRankAndColour_data()
    {
        QTest::addColumn<QString>("availability");
        QTest::addColumn<QString>("activity");
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("rank");
        QTest::addColumn<QString>("colour");

        const auto row = [](const char *name, const QString &availability, const QString &activity,
                            const QString &status, int rank, const QString &colour) {
            QTest::newRow(name) << availability << activity << status << rank << colour;
        };
        // v1.0, PascalCase: the pairs Teams reports.
        row("Available/Available", u"Available"_s, u"Available"_s, u"Available"_s, 0, u"green"_s);
        row("AvailableIdle/Available", u"AvailableIdle"_s, u"Available"_s, u"Available"_s, 1,
            u"green"_s);
        row("Available/Inactive", u"Available"_s, u"Inactive"_s, u"Available"_s, 1, u"green"_s);
        row("AvailableIdle/Inactive", u"AvailableIdle"_s, u"Inactive"_s, u"Available"_s, 1,
            u"green"_s);
        row("Busy/Busy", u"Busy"_s, u"Busy"_s, u"Busy"_s, 2, u"red"_s);
        row("BusyIdle/Busy", u"BusyIdle"_s, u"Busy"_s, u"Busy"_s, 3, u"red"_s);
        row("Busy/Inactive", u"Busy"_s, u"Inactive"_s, u"Busy"_s, 3, u"red"_s);
        row("Busy/InAMeeting", u"Busy"_s, u"InAMeeting"_s, u"InAMeeting"_s, 4, u"red"_s);
        row("Busy/InACall", u"Busy"_s, u"InACall"_s, u"InACall"_s, 5, u"red"_s);
        row("Busy/InAConferenceCall", u"Busy"_s, u"InAConferenceCall"_s, u"InACall"_s, 6, u"red"_s);
        row("DoNotDisturb/Presenting", u"DoNotDisturb"_s, u"Presenting"_s, u"Presenting"_s, 7,
            u"red"_s);
        row("DoNotDisturb/DoNotDisturb", u"DoNotDisturb"_s, u"DoNotDisturb"_s, u"DoNotDisturb"_s, 8,
            u"red"_s);
        row("DoNotDisturb/UrgentInterruptionsOnly", u"DoNotDisturb"_s, u"UrgentInterruptionsOnly"_s,
            u"DoNotDisturb"_s, 8, u"red"_s);
        row("BeRightBack/BeRightBack", u"BeRightBack"_s, u"BeRightBack"_s, u"BeRightBack"_s, 9,
            u"amber"_s);
        row("Away/Away", u"Away"_s, u"Away"_s, u"Away"_s, 10, u"amber"_s);
        row("Away/Inactive", u"Away"_s, u"Inactive"_s, u"Away"_s, 10, u"amber"_s);
        row("Available/OutOfOffice", u"Available"_s, u"OutOfOffice"_s, u"OutOfOffice"_s, 11,
            u"purple"_s);
        row("Away/OutOfOffice", u"Away"_s, u"OutOfOffice"_s, u"OutOfOffice"_s, 11, u"purple"_s);
        row("Offline/OutOfOffice", u"Offline"_s, u"OutOfOffice"_s, u"OutOfOffice"_s, 11,
            u"purple"_s);
        row("Offline/Offline", u"Offline"_s, u"Offline"_s, u"Offline"_s, 12, u"grey"_s);
        row("Offline/OffWork", u"Offline"_s, u"OffWork"_s, u"Offline"_s, 12, u"grey"_s);
        row("PresenceUnknown/PresenceUnknown", u"PresenceUnknown"_s, u"PresenceUnknown"_s,
            u"Unknown"_s, 15, u"grey"_s);

        // SDK metadata, camelCase, including the activities listed as availabilities.
        row("available/available", u"available"_s, u"available"_s, u"Available"_s, 0, u"green"_s);
        row("availableIdle/available", u"availableIdle"_s, u"available"_s, u"Available"_s, 1,
            u"green"_s);
        row("busy/busy", u"busy"_s, u"busy"_s, u"Busy"_s, 2, u"red"_s);
        row("busyIdle/busy", u"busyIdle"_s, u"busy"_s, u"Busy"_s, 3, u"red"_s);
        row("busy/inACall", u"busy"_s, u"inACall"_s, u"InACall"_s, 5, u"red"_s);
        row("busy/inAConferenceCall", u"busy"_s, u"inAConferenceCall"_s, u"InACall"_s, 6, u"red"_s);
        row("inACall as availability", u"inACall"_s, u"inACall"_s, u"InACall"_s, 5, u"red"_s);
        row("inAMeeting as availability", u"inAMeeting"_s, QString(), u"InAMeeting"_s, 4, u"red"_s);
        row("presenting as availability", u"presenting"_s, QString(), u"Presenting"_s, 7, u"red"_s);
        row("doNotDisturb/presenting", u"doNotDisturb"_s, u"presenting"_s, u"Presenting"_s, 7,
            u"red"_s);
        row("focusing/focusing", u"focusing"_s, u"focusing"_s, u"DoNotDisturb"_s, 8, u"red"_s);
        row("doNotDisturb/focusing", u"doNotDisturb"_s, u"focusing"_s, u"DoNotDisturb"_s, 8,
            u"red"_s);
        row("beRightBack/beRightBack", u"beRightBack"_s, u"beRightBack"_s, u"BeRightBack"_s, 9,
            u"amber"_s);
        row("away/away", u"away"_s, u"away"_s, u"Away"_s, 10, u"amber"_s);
        row("available/outOfOffice", u"available"_s, u"outOfOffice"_s, u"OutOfOffice"_s, 11,
            u"purple"_s);
        row("offline/offWork", u"offline"_s, u"offWork"_s, u"Offline"_s, 12, u"grey"_s);
        row("presenceUnknown/presenceUnknown", u"presenceUnknown"_s, u"presenceUnknown"_s,
            u"Unknown"_s, 15, u"grey"_s);

        // Other spellings and partial answers.
        row("upper case", u"BUSY"_s, u"INACALL"_s, u"InACall"_s, 5, u"red"_s);
        row("lower case", u"donotdisturb"_s, u"donotdisturb"_s, u"DoNotDisturb"_s, 8, u"red"_s);
        row("spaces around", u" Away "_s, u" Away "_s, u"Away"_s, 10, u"amber"_s);
        row("both empty", QString(), QString(), u"Unknown"_s, 15, u"grey"_s);
        row("availability only", u"Available"_s, QString(), u"Available"_s, 0, u"green"_s);
        row("activity only", QString(), u"Busy"_s, u"Busy"_s, 2, u"red"_s);
        row("unknown availability, known activity", u"PresenceUnknown"_s, u"BeRightBack"_s,
            u"BeRightBack"_s, 9, u"amber"_s);
        row("new activity: the availability decides", u"Available"_s, u"SomethingNew"_s,
            u"Available"_s, 0, u"green"_s);
        row("both unrecognised", u"SomethingNew"_s, u"AlsoNew"_s, u"Unknown"_s, 15, u"grey"_s);
    }
    void fromGraph_realPairs_giveStatusRankAndColour()
    {
        QFETCH(QString, availability);
        QFETCH(QString, activity);
        QFETCH(QString, status);
        QFETCH(int, rank);
        QFETCH(QString, colour);

        const Presence presence = Presence::fromGraph(availability, activity);
        QCOMPARE(Presence::statusName(presence.status()), status);
        QCOMPARE(presence.availabilityRank(), rank);
        QCOMPARE(colourName(presence.colourClass()), colour);
        QCOMPARE(presence.isKnown(), status != u"Unknown"_s);
        QCOMPARE(presence.rawAvailability(), availability.trimmed());
        QCOMPARE(presence.rawActivity(), activity.trimmed());
        // Through JSON, as the poller reads it, the same.
        const Presence viaJson =
                Presence::fromJson(QJsonObject{{u"@odata.type"_s, u"#microsoft.graph.presence"_s},
                                               {u"id"_s, u"66825e03-7ef5-42da-9069-724602c31f6b"_s},
                                               {u"availability"_s, availability},
                                               {u"activity"_s, activity}});
        QCOMPARE(viaJson.status(), presence.status());
        QCOMPARE(viaJson.availabilityRank(), rank);
    }

    // Presence sync needs the activity behind "In a call".
    void fromGraph_conferenceCall_keepsRawActivity_data()
    {
        QTest::addColumn<QString>("activity");
        QTest::addColumn<int>("expected");
        QTest::newRow("InACall") << u"InACall"_s << int(Value::InACall);
        QTest::newRow("InAConferenceCall")
                << u"InAConferenceCall"_s << int(Value::InAConferenceCall);
        QTest::newRow("inaconferencecall")
                << u"inaconferencecall"_s << int(Value::InAConferenceCall);
    }
    void fromGraph_conferenceCall_keepsRawActivity()
    {
        QFETCH(QString, activity);
        QFETCH(int, expected);
        const Presence presence = Presence::fromGraph(u"Busy"_s, activity);
        QCOMPARE(presence.status(), Status::InACall);
        QCOMPARE(int(presence.activity()), expected);
        QCOMPARE(presence.availability(), Value::Busy);
        QCOMPARE(presence.rawActivity(), activity);
    }

    void valueFromName_everyListedValue_isRecognisedInAnyCase_data()
    {
        QTest::addColumn<QString>("name");
        QSet<QString> seen;
        for (const QStringList *list : {&v1Availabilities, &v1Activities, &sdkAvailabilities}) {
            for (const QString &name : *list) {
                if (!seen.contains(name)) {
                    seen.insert(name);
                    QTest::newRow(qPrintable(name)) << name;
                }
            }
        }
    }
    void valueFromName_everyListedValue_isRecognisedInAnyCase()
    {
        QFETCH(QString, name);
        const Value value = Presence::valueFromName(name);
        QVERIFY(value != Value::Other);
        QCOMPARE(Presence::valueFromName(name.toUpper()), value);
        QCOMPARE(Presence::valueFromName(name.toLower()), value);
        QCOMPARE(Presence::valueName(value).compare(name, Qt::CaseInsensitive), 0);
    }

    void valueFromName_unknownOrEmpty_isOther_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QString();
        QTest::newRow("spaces") << u"   "_s;
        QTest::newRow("new value") << u"WorkingElsewhere"_s;
        QTest::newRow("display text") << u"In a call"_s;
    }
    void valueFromName_unknownOrEmpty_isOther()
    {
        QFETCH(QString, name);
        QCOMPARE(Presence::valueFromName(name), Value::Other);
    }

    // Every availability with every activity of the v1.0 lists: always a status and a rank in
    // the search index's range, Unknown only when neither field says anything.
    void fromGraph_everyV1Combination_givesConsistentStatus()
    {
        for (const QString &availability : v1Availabilities) {
            for (const QString &activity : v1Activities) {
                const Presence presence = Presence::fromGraph(availability, activity);
                const QByteArray where = (availability + u'/' + activity).toUtf8();
                QVERIFY2(presence.availabilityRank() >= 0, where.constData());
                QVERIFY2(presence.availabilityRank() <= SearchIndex::MaxAvailabilityRank,
                         where.constData());
                const bool saysNothing =
                        availability == u"PresenceUnknown"_s && activity == u"PresenceUnknown"_s;
                QVERIFY2(presence.isKnown() != saysNothing, where.constData());
                QCOMPARE(presence.availabilityRank() == Presence::UnknownRank, saysNothing);
                QCOMPARE(presence.colourClass(), Presence::colourClass(presence.status()));
                QVERIFY2(!presence.label().isEmpty(), where.constData());
                // Available only when nothing else about the person holds them up.
                QCOMPARE(presence.availabilityRank() <= Presence::MaxAvailableRank,
                         presence.status() == Status::Available);
            }
        }
    }

    void defaultConstructed_isUnknownAndLast()
    {
        const Presence presence;
        QCOMPARE(presence.status(), Status::Unknown);
        QVERIFY(!presence.isKnown());
        QCOMPARE(presence.availabilityRank(), SearchIndex::MaxAvailabilityRank);
        QCOMPARE(presence.colourClass(), ColourClass::Grey);
        QCOMPARE(presence.label(), u"Unknown"_s);
        QCOMPARE(presence, Presence::fromGraph(QString(), QString()));
    }

    void fromJson_missingOrWrongTypes_readAsUnknownFields_data()
    {
        QTest::addColumn<QJsonObject>("object");
        QTest::addColumn<QString>("status");
        QTest::newRow("empty object") << QJsonObject() << u"Unknown"_s;
        QTest::newRow("null availability")
                << QJsonObject{{u"availability"_s, QJsonValue::Null}, {u"activity"_s, u"Away"_s}}
                << u"Away"_s;
        QTest::newRow("number availability")
                << QJsonObject{{u"availability"_s, 3}, {u"activity"_s, u"InAMeeting"_s}}
                << u"InAMeeting"_s;
        QTest::newRow("array activity") << QJsonObject{{u"availability"_s, u"Busy"_s},
                                                       {u"activity"_s, QJsonArray{u"InACall"_s}}}
                                        << u"Busy"_s;
    }
    void fromJson_missingOrWrongTypes_readAsUnknownFields()
    {
        QFETCH(QJsonObject, object);
        QFETCH(QString, status);
        QCOMPARE(Presence::statusName(Presence::fromJson(object).status()), status);
    }

    void equality_ignoresCaseButNotTheActivity_data()
    {
        QTest::addColumn<QString>("availabilityA");
        QTest::addColumn<QString>("activityA");
        QTest::addColumn<QString>("availabilityB");
        QTest::addColumn<QString>("activityB");
        QTest::addColumn<bool>("equal");
        QTest::newRow("same") << u"Busy"_s << u"InACall"_s << u"Busy"_s << u"InACall"_s << true;
        QTest::newRow("case only")
                << u"Busy"_s << u"InACall"_s << u"busy"_s << u"inACall"_s << true;
        QTest::newRow("call vs conference call")
                << u"Busy"_s << u"InACall"_s << u"Busy"_s << u"InAConferenceCall"_s << false;
        QTest::newRow("idle") << u"Available"_s << u"Available"_s << u"AvailableIdle"_s
                              << u"Available"_s << false;
        QTest::newRow("unrecognised values compared as text")
                << u"New"_s << u"X"_s << u"New"_s << u"Y"_s << false;
    }
    void equality_ignoresCaseButNotTheActivity()
    {
        QFETCH(QString, availabilityA);
        QFETCH(QString, activityA);
        QFETCH(QString, availabilityB);
        QFETCH(QString, activityB);
        QFETCH(bool, equal);
        const Presence a = Presence::fromGraph(availabilityA, activityA);
        const Presence b = Presence::fromGraph(availabilityB, activityB);
        QCOMPARE(a == b, equal);
        QCOMPARE(a != b, !equal);
    }

    void label_eachStatus_isItsEnglishText_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("colour");
        QTest::newRow("Available") << int(Status::Available) << u"Available"_s << u"green"_s;
        QTest::newRow("Busy") << int(Status::Busy) << u"Busy"_s << u"red"_s;
        QTest::newRow("InACall") << int(Status::InACall) << u"In a call"_s << u"red"_s;
        QTest::newRow("InAMeeting") << int(Status::InAMeeting) << u"In a meeting"_s << u"red"_s;
        QTest::newRow("Presenting") << int(Status::Presenting) << u"Presenting"_s << u"red"_s;
        QTest::newRow("DoNotDisturb")
                << int(Status::DoNotDisturb) << u"Do not disturb"_s << u"red"_s;
        QTest::newRow("Away") << int(Status::Away) << u"Away"_s << u"amber"_s;
        QTest::newRow("BeRightBack")
                << int(Status::BeRightBack) << u"Be right back"_s << u"amber"_s;
        QTest::newRow("Offline") << int(Status::Offline) << u"Offline"_s << u"grey"_s;
        QTest::newRow("OutOfOffice")
                << int(Status::OutOfOffice) << u"Out of office"_s << u"purple"_s;
        QTest::newRow("Unknown") << int(Status::Unknown) << u"Unknown"_s << u"grey"_s;
    }
    void label_eachStatus_isItsEnglishText()
    {
        QFETCH(int, status);
        QFETCH(QString, label);
        QFETCH(QString, colour);
        QCOMPARE(Presence::label(Status(status)), label);
        QCOMPARE(colourName(Presence::colourClass(Status(status))), colour);
    }

    void label_withTranslator_isLookedUpInPresenceContext()
    {
        MarkingTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const QString label = Presence::fromGraph(u"Busy"_s, u"InACall"_s).label();
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(label, u"[AgentDesk::Core::Presence] In a call"_s);
    }

    void statusName_everyStatus_isDistinct()
    {
        QSet<QString> names;
        QSet<QString> labels;
        for (const Status status : allStatuses) {
            names.insert(Presence::statusName(status));
            labels.insert(Presence::label(status));
        }
        QCOMPARE(names.size(), allStatuses.size());
        QCOMPARE(labels.size(), allStatuses.size());
    }
};

QTEST_GUILESS_MAIN(TestPresence)
#include "tst_presence.moc"
