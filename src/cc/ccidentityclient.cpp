// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ccidentityclient.h"

#include "cclogging.h"
#include "jsonshape.h"
#include "urlpath.h"
#include "webexid.h"

#include <net/apirequest.h>
#include <net/httpclient.h>

using namespace Qt::StringLiterals;

namespace AgentDesk::Cc {

CcIdentityClient::CcIdentityClient(Net::HttpClient *http, QUrl identityBase,
                                   Net::TokenProvider *tokens, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_base(std::move(identityBase))
    , m_tokens(tokens)
{}

CcIdentityClient::~CcIdentityClient() = default;

Net::RequestHandle CcIdentityClient::fetchMe(QObject *context, PersonCallback done)
{
    const Net::ApiRequest request =
            Net::ApiRequest::get(below(m_base, u"people/me"_s)).withAuth(m_tokens);
    return m_http->send(request, context, [done = std::move(done)](const Net::ApiResult &result) {
        if (!result.ok()) {
            qCInfo(lcCc) << "people/me failed:" << Net::ApiError::kindName(result.error().kind())
                         << result.error().httpStatus();
            done(result.error());
            return;
        }
        CcResult<CcPerson> person = readPerson(result.object());
        if (!person.ok()) {
            qCWarning(lcCc) << "people/me:" << person.error().detail();
        }
        done(person);
    });
}

CcResult<CcPerson> CcIdentityClient::readPerson(const QJsonObject &reply)
{
    JsonShape shape(u"people/me"_s);
    const QString rawId = shape.text(reply, u"id"_s, JsonShape::NonEmpty);
    const QString rawOrgId = shape.text(reply, u"orgId"_s, JsonShape::NonEmpty);
    CcPerson person;
    person.emails = shape.texts(reply, u"emails"_s, JsonShape::NonEmpty);
    person.displayName = shape.text(reply, u"displayName"_s, JsonShape::Optional);
    if (shape.ok() && person.emails.isEmpty()) {
        shape.fail(u"emails: no address"_s);
    }
    if (shape.ok()) {
        const std::optional<QString> id = decodeWebexId(rawId, u"PEOPLE"_s);
        const std::optional<QString> orgId = decodeWebexId(rawOrgId, u"ORGANIZATION"_s);
        if (!id) {
            shape.fail(u"id: not a Webex person id or UUID"_s);
        } else if (!orgId) {
            shape.fail(u"orgId: not a Webex organization id or UUID"_s);
        } else {
            person.id = *id;
            person.orgId = *orgId;
        }
    }
    if (!shape.ok()) {
        return Net::ApiError::unexpectedShape(shape.problem());
    }
    if (person.displayName.trimmed().isEmpty()) {
        person.displayName = person.primaryEmail();
    }
    return person;
}

} // namespace AgentDesk::Cc
