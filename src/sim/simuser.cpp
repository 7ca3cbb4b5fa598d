// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "simuser.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace AgentDesk::Sim {

// In bit order, which is also the order Graph's documentation lists them in.
static const QString &nameOfBit(int bit)
{
    static const QString names[SimUser::PropertyCount] = {u"id"_s,
                                                          u"displayName"_s,
                                                          u"givenName"_s,
                                                          u"surname"_s,
                                                          u"mail"_s,
                                                          u"userPrincipalName"_s,
                                                          u"jobTitle"_s,
                                                          u"department"_s,
                                                          u"officeLocation"_s,
                                                          u"preferredLanguage"_s,
                                                          u"businessPhones"_s,
                                                          u"mobilePhone"_s,
                                                          u"userType"_s,
                                                          u"accountEnabled"_s};
    return names[bit];
}

static QJsonValue nullable(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonObject SimUser::toJson(quint32 properties) const
{
    properties |= Id;
    QJsonObject object;
    for (int bit = 0; bit < PropertyCount; ++bit) {
        const quint32 property = 1u << bit;
        if (!(properties & property)) {
            continue;
        }
        QJsonValue value;
        switch (property) {
        case Id:
            value = id;
            break;
        case DisplayName:
            value = nullable(displayName);
            break;
        case GivenName:
            value = nullable(givenName);
            break;
        case Surname:
            value = nullable(surname);
            break;
        case Mail:
            value = nullable(mail);
            break;
        case UserPrincipalName:
            value = nullable(userPrincipalName);
            break;
        case JobTitle:
            value = nullable(jobTitle);
            break;
        case Department:
            value = nullable(department);
            break;
        case OfficeLocation:
            value = nullable(officeLocation);
            break;
        case PreferredLanguage:
            value = nullable(preferredLanguage);
            break;
        case BusinessPhones:
            value = QJsonArray::fromStringList(businessPhones);
            break;
        case MobilePhone:
            value = nullable(mobilePhone);
            break;
        case UserType:
            value = guest ? u"Guest"_s : u"Member"_s;
            break;
        case AccountEnabled:
            value = accountEnabled;
            break;
        }
        object.insert(nameOfBit(bit), value);
    }
    return object;
}

static bool applyString(const QJsonValue &value, QString *target, const QString &name,
                        QString *error)
{
    if (!value.isString() && !value.isNull()) {
        *error = u"%1 must be a string or null"_s.arg(name);
        return false;
    }
    const QString text = value.toString();
    if (text == *target) {
        return false;
    }
    *target = text;
    return true;
}

quint32 SimUser::apply(const QJsonObject &object, QString *error)
{
    QString *const strings[] = {nullptr,         &displayName,       &givenName, &surname,
                                &mail,           &userPrincipalName, &jobTitle,  &department,
                                &officeLocation, &preferredLanguage};
    quint32 changed = 0;
    error->clear();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const quint32 property = propertyFromName(it.key());
        const QJsonValue value = it.value();
        if (property == 0) {
            *error = u"unknown user property %1"_s.arg(it.key());
            return 0;
        }
        if (property == Id) {
            if (value.toString() != id) {
                *error = u"id cannot change"_s;
                return 0;
            }
            continue;
        }
        const int bit = qCountTrailingZeroBits(property);
        if (bit < int(std::size(strings)) && strings[bit]) {
            if (applyString(value, strings[bit], nameOfBit(bit), error)) {
                changed |= property;
            }
        } else if (property == MobilePhone) {
            if (applyString(value, &mobilePhone, nameOfBit(bit), error)) {
                changed |= property;
            }
        } else if (property == BusinessPhones) {
            if (!value.isArray() && !value.isNull()) {
                *error = u"businessPhones must be an array of strings"_s;
                return 0;
            }
            QStringList phones;
            for (const QJsonValue &phone : value.toArray()) {
                if (!phone.isString()) {
                    *error = u"businessPhones must be an array of strings"_s;
                    return 0;
                }
                phones.append(phone.toString());
            }
            if (phones != businessPhones) {
                businessPhones = phones;
                changed |= property;
            }
        } else if (property == UserType) {
            const QString type = value.toString();
            if (type.compare(u"Member"_s, Qt::CaseInsensitive) != 0 &&
                type.compare(u"Guest"_s, Qt::CaseInsensitive) != 0) {
                *error = u"userType must be Member or Guest"_s;
                return 0;
            }
            const bool isGuest = type.compare(u"Guest"_s, Qt::CaseInsensitive) == 0;
            if (isGuest != guest) {
                guest = isGuest;
                changed |= property;
            }
        } else if (property == AccountEnabled) {
            if (!value.isBool()) {
                *error = u"accountEnabled must be true or false"_s;
                return 0;
            }
            if (value.toBool() != accountEnabled) {
                accountEnabled = value.toBool();
                changed |= property;
            }
        }
        if (!error->isEmpty()) {
            return 0;
        }
    }
    return changed;
}

quint32 SimUser::propertyFromName(const QString &name)
{
    for (int bit = 0; bit < PropertyCount; ++bit) {
        if (name.compare(nameOfBit(bit), Qt::CaseInsensitive) == 0) {
            return 1u << bit;
        }
    }
    return 0;
}

QString SimUser::propertyName(quint32 property)
{
    if (property == 0 || property > AllProperties) {
        return {};
    }
    return nameOfBit(qCountTrailingZeroBits(property));
}

QString SimUser::propertyNames(quint32 properties)
{
    QStringList names;
    for (int bit = 0; bit < PropertyCount; ++bit) {
        if (properties & (1u << bit)) {
            names.append(nameOfBit(bit));
        }
    }
    return names.join(u',');
}

const QStringList &SimUser::availabilities()
{
    static const QStringList values{u"Available"_s,    u"AvailableIdle"_s, u"Away"_s,
                                    u"BeRightBack"_s,  u"Busy"_s,          u"BusyIdle"_s,
                                    u"DoNotDisturb"_s, u"Offline"_s,       u"PresenceUnknown"_s};
    return values;
}

const QStringList &SimUser::activities()
{
    static const QStringList values{u"Available"_s,
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
    return values;
}

static int indexOfInsensitive(const QStringList &list, const QString &value)
{
    for (int i = 0; i < list.size(); ++i) {
        if (list.at(i).compare(value, Qt::CaseInsensitive) == 0) {
            return i;
        }
    }
    return -1;
}

bool SimUser::setPresence(const QString &availability, const QString &activity)
{
    const int availabilityAt = indexOfInsensitive(availabilities(), availability);
    const int activityAt = indexOfInsensitive(activities(), activity);
    if (availabilityAt < 0 || activityAt < 0) {
        return false;
    }
    availabilityIndex = quint8(availabilityAt);
    activityIndex = quint8(activityAt);
    return true;
}

QString SimUser::availability() const
{
    return availabilities().value(availabilityIndex);
}

QString SimUser::activity() const
{
    return activities().value(activityIndex);
}

} // namespace AgentDesk::Sim
