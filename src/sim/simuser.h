// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace AgentDesk::Sim {

// One person of the simulated Microsoft Entra directory, with the Graph user properties the
// simulator serves and the Teams presence and photo Graph keeps next to them. Empty strings are
// Graph's nulls. Properties are also addressed as bits, so $select lists and the change log of
// delta queries are plain masks.
struct SimUser
{
    enum Property : quint32
    {
        Id = 1u << 0,
        DisplayName = 1u << 1,
        GivenName = 1u << 2,
        Surname = 1u << 3,
        Mail = 1u << 4,
        UserPrincipalName = 1u << 5,
        JobTitle = 1u << 6,
        Department = 1u << 7,
        OfficeLocation = 1u << 8,
        PreferredLanguage = 1u << 9,
        BusinessPhones = 1u << 10,
        MobilePhone = 1u << 11,
        UserType = 1u << 12,
        AccountEnabled = 1u << 13,
    };
    static constexpr int PropertyCount = 14;
    static constexpr quint32 AllProperties = (1u << PropertyCount) - 1;
    // What GET /users returns without $select (learn.microsoft.com/graph/api/user-list).
    static constexpr quint32 DefaultProperties = BusinessPhones | DisplayName | GivenName | Id |
                                                 JobTitle | Mail | MobilePhone | OfficeLocation |
                                                 PreferredLanguage | Surname | UserPrincipalName;

    QString id;
    QString displayName;
    QString givenName;
    QString surname;
    QString mail;
    QString userPrincipalName;
    QString jobTitle;
    QString department;
    QString officeLocation;
    QString preferredLanguage;
    QString mobilePhone;
    QStringList businessPhones;
    bool guest = false;
    bool accountEnabled = true;
    bool hasPhoto = true;
    // Teams presence: indexes into availabilities() and activities().
    quint8 availabilityIndex = 0;
    quint8 activityIndex = 0;
    // Creation order; the cursor that paging tokens carry.
    quint64 sequence = 0;

    // The Graph JSON of the user with the properties of the mask (id always).
    QJsonObject toJson(quint32 properties) const;
    // Applies the Graph properties present in a JSON object (null clears); returns the mask of
    // properties whose value changed, or sets *error and returns 0 for a malformed value.
    quint32 apply(const QJsonObject &object, QString *error);

    QString availability() const;
    QString activity() const;

    // "displayName" → DisplayName, case-insensitively as Graph does; 0 when unknown.
    static quint32 propertyFromName(const QString &name);
    static QString propertyName(quint32 property);
    // The names of the mask's properties, comma-separated, in Graph's order (for @odata.context).
    static QString propertyNames(quint32 properties);

    // The values of the v1.0 presence resource (resources/presence.md); index 0 = Available.
    static const QStringList &availabilities();
    static const QStringList &activities();
    // Sets the presence from names matched case-insensitively; false when Graph has no such
    // value.
    bool setPresence(const QString &availability, const QString &activity);
};

} // namespace AgentDesk::Sim
