// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactcenterclient.h"

#include "cclogging.h"
#include "desktopprofilereader.h"
#include "orgconfigreader.h"
#include "orglistpager.h"
#include "rosterreader.h"
#include "urlpath.h"

#include <net/httpclient.h>

#include <QUuid>

using namespace Qt::StringLiterals;

namespace AgentDesk::Cc {

ContactCenterClient::ContactCenterClient(Net::HttpClient *http, QUrl ccApi,
                                         Net::TokenProvider *tokens, CommandTracker *tracker,
                                         QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_ccApi(ccApi)
    , m_tokens(tokens)
    , m_tracker(tracker)
    , m_commands(ccApi, tokens)
    , m_taskCommands(std::move(ccApi), tokens)
{}

ContactCenterClient::~ContactCenterClient() = default;

QUrl ContactCenterClient::organizationUrl(const QString &orgId, const QString &path) const
{
    // Ids go into the path percent-encoded: they come from a server reply.
    return below(m_ccApi,
                 QString(u"organization/"_s + QString::fromLatin1(QUrl::toPercentEncoding(orgId)) +
                         u'/' + path));
}

// Logs a failed look-up and hands the result on.
template<typename T>
static void report(const char *what, const CcResult<T> &result,
                   const std::function<void(const CcResult<T> &)> &done)
{
    if (!result.ok()) {
        qCWarning(lcCc) << what << "failed:" << Net::ApiError::kindName(result.error().kind())
                        << result.error().httpStatus() << result.error().detail();
    }
    done(result);
}

Net::RequestHandle ContactCenterClient::fetchDesktopProfile(const QString &orgId,
                                                            const QString &ciUserId,
                                                            QObject *context,
                                                            Callback<Core::DesktopProfile> done)
{
    const QString path =
            QString(u"v2/user/by-ci-user-id/"_s +
                    QString::fromLatin1(QUrl::toPercentEncoding(ciUserId)) + u"/desktop-login"_s);
    const Net::ApiRequest request =
            Net::ApiRequest::get(organizationUrl(orgId, path)).withAuth(m_tokens);
    return m_http->send(request, context, [done = std::move(done)](const Net::ApiResult &result) {
        if (!result.ok()) {
            report<Core::DesktopProfile>("desktop profile", result.error(), done);
            return;
        }
        report("desktop profile", DesktopProfileReader::read(result.object()), done);
    });
}

void ContactCenterClient::fetchAuxiliaryCodes(const QString &orgId, QObject *context,
                                              Callback<AuxiliaryCodes> done)
{
    const Net::ApiRequest request =
            Net::ApiRequest::get(organizationUrl(orgId, u"v2/auxiliary-code"_s))
                    .withQuery(u"attributes"_s,
                               u"id,isSystemCode,name,defaultCode,workTypeCode,active"_s)
                    .withAuth(m_tokens);
    OrgListPager::fetchAll(
            m_http, request, context, [done = std::move(done)](const CcResult<QJsonArray> &items) {
                if (!items.ok()) {
                    report<AuxiliaryCodes>("auxiliary codes", items.error(), done);
                    return;
                }
                report("auxiliary codes", OrgConfigReader::auxiliaryCodes(items.value()), done);
            });
}

void ContactCenterClient::fetchTeams(const QString &orgId, QObject *context,
                                     Callback<QList<Core::Team>> done, const QString &agentId)
{
    Net::ApiRequest request = Net::ApiRequest::get(organizationUrl(orgId, u"v2/team"_s))
                                      .withQuery(u"agentView"_s, u"true"_s)
                                      .withAuth(m_tokens);
    if (!agentId.isEmpty()) {
        request.withQuery(u"filter"_s, QString(u"userId=="_s + agentId));
    }
    OrgListPager::fetchAll(m_http, request, context,
                           [done = std::move(done)](const CcResult<QJsonArray> &items) {
                               if (!items.ok()) {
                                   report<QList<Core::Team>>("teams", items.error(), done);
                                   return;
                               }
                               report("teams", OrgConfigReader::teams(items.value()), done);
                           });
}

void ContactCenterClient::fetchDialPlan(const QString &orgId, QObject *context,
                                        Callback<QList<Core::DialPlanEntry>> done)
{
    const Net::ApiRequest request = Net::ApiRequest::get(organizationUrl(orgId, u"dial-plan"_s))
                                            .withQuery(u"agentView"_s, u"true"_s)
                                            .withAuth(m_tokens);
    OrgListPager::fetchAll(
            m_http, request, context, [done = std::move(done)](const CcResult<QJsonArray> &items) {
                if (!items.ok()) {
                    report<QList<Core::DialPlanEntry>>("dial plan", items.error(), done);
                    return;
                }
                report("dial plan", OrgConfigReader::dialPlan(items.value()), done);
            });
}

bool ContactCenterClient::stationLogin(const Core::InteractionPreferences &preferences,
                                       const QString &agentId, QObject *context,
                                       CommandTracker::Callback done)
{
    return m_tracker->send(m_commands.stationLogin(preferences, agentId), context, std::move(done));
}

bool ContactCenterClient::setState(const QString &auxCodeId, const QString &reason,
                                   QObject *context, CommandTracker::Callback done)
{
    return m_tracker->send(m_commands.setState(auxCodeId, reason), context, std::move(done));
}

bool ContactCenterClient::logout(const QString &reason, QObject *context,
                                 CommandTracker::Callback done)
{
    return m_tracker->send(m_commands.logout(reason), context, std::move(done));
}

bool ContactCenterClient::reload(QObject *context, CommandTracker::Callback done)
{
    return m_tracker->send(m_commands.reload(), context, std::move(done));
}

void ContactCenterClient::fetchAgentDirectory(const QString &orgId, QObject *context,
                                              Callback<QList<Core::ContactCenterAgent>> done)
{
    const Net::ApiRequest request =
            Net::ApiRequest::get(organizationUrl(orgId, u"v2/user"_s))
                    .withQuery(u"attributes"_s,
                               u"id,email,firstName,lastName,teamIds,contactCenterEnabled,active"_s)
                    .withAuth(m_tokens);
    OrgListPager::fetchAll(
            m_http, request, context, [done = std::move(done)](const CcResult<QJsonArray> &items) {
                if (!items.ok()) {
                    report<QList<Core::ContactCenterAgent>>("agent directory", items.error(), done);
                    return;
                }
                report("agent directory", RosterReader::agentDirectory(items.value()), done);
            });
}

void ContactCenterClient::fetchQueues(const QString &orgId, QObject *context,
                                      Callback<QList<CcQueue>> done, const QString &channelType)
{
    // desktopProfileFilter: only the queues the agent's desktop profile may transfer to, as the
    // SDK's look-ups ask.
    const Net::ApiRequest request =
            Net::ApiRequest::get(organizationUrl(orgId, u"v2/contact-service-queue"_s))
                    .withQuery(u"desktopProfileFilter"_s, u"true"_s)
                    .withAuth(m_tokens);
    OrgListPager::fetchAll(
            m_http, request, context,
            [done = std::move(done), channelType](const CcResult<QJsonArray> &items) {
                if (!items.ok()) {
                    report<QList<CcQueue>>("queues", items.error(), done);
                    return;
                }
                report("queues", RosterReader::queues(items.value(), channelType), done);
            });
}

bool ContactCenterClient::requestBuddyAgents(const QString &agentProfileId,
                                             const QString &mediaType, const QString &state,
                                             QObject *context, BuddyAgentsCallback done)
{
    return m_tracker->send(m_commands.buddyList(agentProfileId, mediaType, state), context,
                           [done = std::move(done)](const CommandOutcome &outcome) {
                               if (!outcome.isSuccess()) {
                                   done(outcome, {});
                                   return;
                               }
                               const CcResult<QList<BuddyAgent>> agents =
                                       RosterReader::buddyAgents(outcome.event()->data);
                               if (!agents.ok()) {
                                   qCWarning(lcCc) << "buddy list:" << agents.error().detail();
                                   done(CommandOutcome::rejected(agents.error()), {});
                                   return;
                               }
                               done(outcome, agents.value());
                           });
}

Net::RequestHandle ContactCenterClient::sendTaskCommand(const CcCommand &command, QObject *context,
                                                        Callback<QString> done)
{
    const QString trackingId =
            QString(u"AgentDesk_"_s + QUuid::createUuid().toString(QUuid::WithoutBraces));
    Net::ApiRequest request = command.request;
    request.withHeader("TrackingID", trackingId.toLatin1());
    qCInfo(lcCc) << "task command" << request.url().path() << "sent, tracking id" << trackingId;
    return m_http->send(
            request, context, [done = std::move(done), trackingId](const Net::ApiResult &result) {
                if (!result.ok()) {
                    report<QString>("task command", result.error(), done);
                    return;
                }
                // The server may answer with its own tracking id.
                const QString answered = result.json().object().value(u"trackingId"_s).toString();
                done(answered.isEmpty() ? trackingId : answered);
            });
}

} // namespace AgentDesk::Cc
