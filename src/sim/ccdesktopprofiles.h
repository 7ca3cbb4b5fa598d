// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace AgentDesk::Sim {

class CcAgentDirectory;
struct CcAgent;
class Scenario;

// One agent's desktop profile as read from the scenario (contactCenter.agents[].profile), with
// the code lists resolved to ids. The wire shape is built by CcDesktopProfiles::toWire and
// documented at the desktop-login handler (ContactCenterService), since API-CONTRACT.md marks
// that shape as our own.
struct CcDesktopProfile
{
    QString agentProfileId; // the buddy list's agentProfileId; one profile per scenario agent
    QStringList loginVoiceOptions; // AGENT_DN, EXTENSION, BROWSER; empty = digital-only
    QString defaultDialNumber;
    bool restrictToDefaultDialNumber = false;
    bool allowFreeDialNumber = true;
    bool allowFreeExtension = true;
    QString defaultRegion; // ISO 3166 region for national numbers
    QStringList dialNumbers;
    QStringList extensions;
    QStringList teamIds;
    QStringList idleCodeIds; // agent-selectable idle codes (never system codes)
    QString defaultIdleCodeId;
    QStringList wrapUpCodeIds;
    QString defaultWrapUpCodeId;
    bool autoWrapUp = false;      // the desktop wraps up on its own...
    int autoWrapAfterSeconds = 0; // ...after this long
    QString outdialEntryPointId;  // click-to-call (POST /v1/tasks); empty = not allowed
    QJsonObject microsoftTeams;   // already in the wire shape

    bool isDigitalOnly() const { return loginVoiceOptions.isEmpty(); }
};

// The agents' desktop profiles and the organization data they refer to: sites, teams (with the
// agents in each) and the auxiliary codes. Profiles are keyed by agent id; an agent without a
// profile in the scenario has none (desktop-login answers 404, station login fails).
//   CcDesktopProfiles profiles(scenario, agents, auxiliaryCodes);
//   if (const CcDesktopProfile *profile = profiles.forAgent(agent.id)) { ... }
// Scenario: contactCenter.sites[{id, name}], teams[{id, name, siteId}], agents[{email,
// profile: {loginVoiceOptions, defaultDialNumber, restrictToDefaultDialNumber,
// allowFreeDialNumber, allowFreeExtension, defaultRegion, dialNumbers, extensions, teams: [id],
// idleCodes: "ALL"|[id], defaultIdleCode?, wrapUpCodes: "ALL"|[id], defaultWrapUpCode?,
// autoWrapUp?, autoWrapAfterSeconds?, outdialEntryPointId? (a voice profile gets a stable one
// when absent; "" = no outdial), microsoftTeams: {...}}}].
class CcDesktopProfiles
{
public:
    // auxiliaryCodes: the wire list of GET /v2/auxiliary-code (id, name, active, defaultCode,
    // isSystemCode, workTypeCode).
    CcDesktopProfiles(const Scenario &scenario, const CcAgentDirectory &agents,
                      const QJsonArray &auxiliaryCodes);

    const CcDesktopProfile *forAgent(const QString &agentId) const;
    // The profile in the wire shape of desktop-login.
    QJsonObject toWire(const CcAgent &agent, const CcDesktopProfile &profile,
                       const QString &orgId) const;

    // Teams in the wire shape of GET /organization/{orgId}/v2/team: {id, name, teamType,
    // teamStatus, active, siteId, siteName, multiMediaProfileId, userIds, rankQueuesForTeam,
    // queueRankings, desktopLayoutId}.
    const QJsonArray &teams() const { return m_teams; }
    QJsonObject team(const QString &teamId) const;
    // An auxiliary code by id (either work type), or an empty object.
    QJsonObject auxiliaryCode(const QString &id) const;

private:
    QStringList resolveCodes(const QJsonValue &listed, const QString &workTypeCode,
                             const QString &email) const;
    QString defaultCode(const QString &preferred, const QStringList &ids) const;
    static QJsonObject microsoftTeams(const QJsonObject &settings);

    QHash<QString, CcDesktopProfile> m_profiles; // by agent id
    QJsonArray m_teams;
    QHash<QString, QJsonObject> m_auxiliaryCodes; // by id
    QJsonArray m_auxiliaryCodeList;               // scenario order
};

} // namespace AgentDesk::Sim
