// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "orgconfigreader.h"

#include "jsonshape.h"

using namespace Qt::StringLiterals;

namespace AgentDesk::Cc {

CcResult<AuxiliaryCodes> OrgConfigReader::auxiliaryCodes(const QJsonArray &items)
{
    JsonShape shape(u"auxiliary codes"_s);
    AuxiliaryCodes codes;
    for (qsizetype i = 0; i < items.size(); ++i) {
        JsonShape::Scope scope(shape, u"data"_s, i);
        const QJsonObject item = shape.object(items.at(i));
        Core::NamedCode code;
        code.id = shape.text(item, u"id"_s, JsonShape::NonEmpty);
        code.name = shape.text(item, u"name"_s, JsonShape::NonEmpty);
        code.isDefault = shape.boolean(item, u"defaultCode"_s, JsonShape::Optional, false);
        const bool active = shape.boolean(item, u"active"_s, JsonShape::Optional, true);
        const QString workType = shape.text(item, u"workTypeCode"_s);
        if (!shape.ok() || !active) {
            continue;
        }
        if (workType == u"IDLE_CODE"_s) {
            codes.idle.append(code);
        } else if (workType == u"WRAP_UP_CODE"_s) {
            codes.wrapUp.append(code);
        } else {
            shape.fail(QString(u"workTypeCode: unknown value "_s + workType));
        }
    }
    if (!shape.ok()) {
        return Net::ApiError::unexpectedShape(shape.problem());
    }
    return codes;
}

CcResult<QList<Core::Team>> OrgConfigReader::teams(const QJsonArray &items)
{
    JsonShape shape(u"teams"_s);
    QList<Core::Team> teams;
    for (qsizetype i = 0; i < items.size(); ++i) {
        JsonShape::Scope scope(shape, u"data"_s, i);
        const QJsonObject item = shape.object(items.at(i));
        teams.append(Core::Team{shape.text(item, u"id"_s, JsonShape::NonEmpty),
                                shape.text(item, u"name"_s, JsonShape::NonEmpty)});
    }
    if (!shape.ok()) {
        return Net::ApiError::unexpectedShape(shape.problem());
    }
    return teams;
}

CcResult<QList<Core::DialPlanEntry>> OrgConfigReader::dialPlan(const QJsonArray &items)
{
    JsonShape shape(u"dial plan"_s);
    QList<Core::DialPlanEntry> entries;
    for (qsizetype i = 0; i < items.size(); ++i) {
        JsonShape::Scope scope(shape, u"data"_s, i);
        const QJsonObject item = shape.object(items.at(i));
        Core::DialPlanEntry entry;
        entry.name = shape.text(item, u"name"_s, JsonShape::Optional);
        entry.regex = shape.text(item, u"regex"_s, JsonShape::NonEmpty);
        entry.prefix = shape.text(item, u"prefix"_s, JsonShape::Optional);
        entry.strippedChars = shape.text(item, u"strippedChars"_s, JsonShape::Optional);
        if (shape.boolean(item, u"active"_s, JsonShape::Optional, true)) {
            entries.append(entry);
        }
    }
    if (!shape.ok()) {
        return Net::ApiError::unexpectedShape(shape.problem());
    }
    return entries;
}

} // namespace AgentDesk::Cc
