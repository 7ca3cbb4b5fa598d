// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktopprofilereader.h"

#include "cclogging.h"
#include "jsonshape.h"

#include <core/stationloginrequest.h>

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace AgentDesk::Cc {

using Core::DesktopProfile;
using Core::VoiceDevice;

static QList<Core::Team> readTeams(JsonShape &shape, const QJsonArray &teams)
{
    QList<Core::Team> result;
    QSet<QString> seen;
    for (qsizetype i = 0; i < teams.size(); ++i) {
        JsonShape::Scope scope(shape, u"teams"_s, i);
        const QJsonObject team = shape.object(teams.at(i));
        Core::Team read{shape.text(team, u"id"_s, JsonShape::NonEmpty),
                        shape.text(team, u"name"_s, JsonShape::NonEmpty)};
        if (seen.contains(read.id)) {
            shape.fail(u"duplicate team id"_s);
        }
        seen.insert(read.id);
        result.append(read);
    }
    return result;
}

static QList<Core::NamedCode> readCodes(JsonShape &shape, const QString &key,
                                        const QJsonArray &codes)
{
    QList<Core::NamedCode> result;
    int defaults = 0;
    for (qsizetype i = 0; i < codes.size(); ++i) {
        JsonShape::Scope scope(shape, key, i);
        const QJsonObject code = shape.object(codes.at(i));
        Core::NamedCode read;
        read.id = shape.text(code, u"id"_s, JsonShape::NonEmpty);
        read.name = shape.text(code, u"name"_s, JsonShape::NonEmpty);
        read.isDefault = shape.boolean(code, u"isDefault"_s, JsonShape::Optional, false);
        defaults += read.isDefault ? 1 : 0;
        result.append(read);
    }
    if (defaults > 1) {
        JsonShape::Scope scope(shape, key);
        shape.fail(u"more than one default code"_s);
    }
    return result;
}

static void readMicrosoftTeams(JsonShape &shape, const QJsonObject &root, DesktopProfile &profile)
{
    if (!root.contains(u"microsoftTeams"_s)) {
        return; // no integration configured: the defaults (disabled)
    }
    const QJsonObject teams = shape.object(root, u"microsoftTeams"_s);
    JsonShape::Scope scope(shape, u"microsoftTeams"_s);
    auto &target = profile.microsoftTeams;
    target.enabled = shape.boolean(teams, u"enabled"_s);
    target.ssoEnabled = shape.boolean(teams, u"ssoEnabled"_s, JsonShape::Optional, false);
    target.showUserDetails = shape.boolean(teams, u"showUserDetails"_s, JsonShape::Optional, true);
    target.stateSynchronization =
            shape.boolean(teams, u"stateSynchronization"_s, JsonShape::Optional, false);

    const QJsonObject mapping = shape.object(teams, u"idleCodeMapping"_s, JsonShape::Optional);
    {
        JsonShape::Scope mappingScope(shape, u"idleCodeMapping"_s);
        target.doNotDisturbIdleCodeId =
                shape.text(mapping, u"DoNotDisturb"_s, JsonShape::Optional | JsonShape::NonEmpty);
        target.inACallIdleCodeId =
                shape.text(mapping, u"InACall"_s, JsonShape::Optional | JsonShape::NonEmpty);
        target.presentingIdleCodeId =
                shape.text(mapping, u"Presenting"_s, JsonShape::Optional | JsonShape::NonEmpty);
        // A mapping to a code the agent may not use would make presence sync fail later.
        for (const QString &id : {target.doNotDisturbIdleCodeId, target.inACallIdleCodeId,
                                  target.presentingIdleCodeId}) {
            const bool known = std::any_of(profile.idleCodes.cbegin(), profile.idleCodes.cend(),
                                           [&id](const Core::NamedCode &c) { return c.id == id; });
            if (!id.isEmpty() && !known) {
                shape.fail(QString(u"maps to an unknown idle code "_s + id));
            }
        }
    }

    using Inheritance = DesktopProfile::MicrosoftTeams::LoginInheritance;
    const QString inheritance =
            shape.text(teams, u"loginInheritance"_s, JsonShape::Optional, u"none"_s);
    if (inheritance == u"none"_s) {
        target.loginInheritance = Inheritance::None;
    } else if (inheritance == u"applyAtLogin"_s) {
        target.loginInheritance = Inheritance::ApplyAtLogin;
    } else if (inheritance == u"alwaysOverride"_s) {
        target.loginInheritance = Inheritance::AlwaysOverride;
    } else {
        JsonShape::Scope inheritanceScope(shape, u"loginInheritance"_s);
        shape.fail(QString(u"unknown value "_s + inheritance));
    }
}

CcResult<DesktopProfile> DesktopProfileReader::read(const QJsonObject &root)
{
    JsonShape shape(u"desktop profile"_s);
    DesktopProfile profile;

    profile.agentId = shape.text(root, u"agentId"_s, JsonShape::Optional);
    profile.agentProfileId = shape.text(root, u"agentProfileId"_s, JsonShape::Optional);
    shape.text(root, u"ciUserId"_s, JsonShape::Optional); // checked; the caller knows it
    profile.orgId = shape.text(root, u"orgId"_s, JsonShape::Optional);
    profile.displayName = shape.text(root, u"displayName"_s, JsonShape::Optional);
    profile.email = shape.text(root, u"email"_s, JsonShape::Optional);

    const QStringList options = shape.texts(root, u"loginVoiceOptions"_s);
    for (const QString &option : options) {
        const std::optional<VoiceDevice> device = Core::StationLoginRequest::deviceFromType(option);
        if (!device) {
            // A device this desktop does not know is not offered; the others still are.
            qCWarning(lcCc) << "desktop profile: ignoring unknown voice option" << option;
            continue;
        }
        if (!profile.voiceDevices.contains(*device)) {
            profile.voiceDevices.append(*device);
        }
    }

    profile.defaultDialNumber =
            shape.text(root, u"defaultDialNumber"_s, JsonShape::Optional).trimmed();
    profile.restrictToDefaultDialNumber =
            shape.boolean(root, u"restrictToDefaultDialNumber"_s, JsonShape::Optional, false);
    profile.dialNumbers =
            shape.texts(root, u"dialNumbers"_s, JsonShape::Optional | JsonShape::NonEmpty);
    profile.extensions =
            shape.texts(root, u"extensions"_s, JsonShape::Optional | JsonShape::NonEmpty);
    profile.allowFreeDialNumber =
            shape.boolean(root, u"allowFreeDialNumber"_s, JsonShape::Optional, true);
    profile.allowFreeExtension =
            shape.boolean(root, u"allowFreeExtension"_s, JsonShape::Optional, true);
    const QString region = shape.text(root, u"defaultRegion"_s, JsonShape::Optional).trimmed();
    profile.defaultRegion = region.toUpper();
    if (!region.isEmpty() &&
        (region.size() != 2 ||
         !std::all_of(profile.defaultRegion.cbegin(), profile.defaultRegion.cend(),
                      [](QChar c) { return c >= u'A' && c <= u'Z'; }))) {
        shape.fail(QString(u"defaultRegion: not an ISO 3166 region: "_s + region));
    }
    if (profile.restrictToDefaultDialNumber && profile.defaultDialNumber.isEmpty()) {
        shape.fail(u"restrictToDefaultDialNumber is set without a defaultDialNumber"_s);
    }

    profile.teams = readTeams(shape, shape.array(root, u"teams"_s));
    profile.idleCodes = readCodes(shape, u"idleCodes"_s, shape.array(root, u"idleCodes"_s));
    profile.wrapUpCodes = readCodes(shape, u"wrapUpCodes"_s,
                                    shape.array(root, u"wrapUpCodes"_s, JsonShape::Optional));
    // Auto wrap-up: the SDK's field names; a positive whole number of seconds when on.
    if (shape.boolean(root, u"autoWrapUp"_s, JsonShape::Optional, false)) {
        const double seconds = shape.number(root, u"autoWrapAfterSeconds"_s);
        if (seconds < 1 || seconds > 86400 || seconds != double(qint64(seconds))) {
            JsonShape::Scope scope(shape, u"autoWrapAfterSeconds"_s);
            shape.fail(u"expected a whole number of seconds from 1 to 86400"_s);
        } else {
            profile.autoWrapUpSeconds = int(seconds);
        }
    }
    profile.outdialEntryPointId = shape.text(root, u"outdialEntryPointId"_s, JsonShape::Optional);
    readMicrosoftTeams(shape, root, profile);

    if (!shape.ok()) {
        return Net::ApiError::unexpectedShape(shape.problem());
    }
    return profile;
}

} // namespace AgentDesk::Cc
