// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace AgentDesk::Session {

// The roles of the colleagues models (ColleaguesModel, ColleagueSearchModel): what a delegate
// paints and an action needs. Qt::DisplayRole is the display name.
enum ColleagueRole
{
    ColleagueIdRole = Qt::UserRole + 1, // QString, the Graph user id
    JobTitleRole,                       // QString
    DepartmentRole,                     // QString
    MailRole,                           // QString
    BusinessPhoneRole,                  // QString, as written in the directory
    DialStringRole,                     // QString, E.164 (",ext"); empty when not callable
    CallableRole,                       // bool
    NumberProblemRole,                  // QString, translated: why there is no callable number
    MobilePhoneRole,                    // QString, as written; a secondary, off-net number
    PresenceStatusRole,                 // int, Core::Presence::Status
    PresenceLabelRole,                  // QString, translated ("In a meeting")
    PresenceStaleRole,                  // bool: older than its refresh interval
    PresenceKnownRole,                  // bool: asked at least once
    FavouriteRole,                      // bool
    RecentRole,                         // bool: consulted or transferred to lately
    PinnedRole,                         // bool: favourite or recent, listed first
    AgentStateRole,                     // QString: the contact-center state; empty: not an agent
    InitialsRole,                       // QString: "AS", shown while the photo is missing
    PhotoRole,                          // QImage, null while missing (fetched lazily)
};

} // namespace AgentDesk::Session
