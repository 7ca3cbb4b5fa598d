// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ccperson.h"
#include "ccresult.h"

#include <net/requesthandle.h>

#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <functional>

namespace AgentDesk::Net {
class HttpClient;
class TokenProvider;
} // namespace AgentDesk::Net

namespace AgentDesk::Cc {

// Who the contact-center token belongs to: GET <ccIdentity>/people/me, the first call after
// sign-in, whose ids name the agent and the organization in every contact-center path.
//   CcIdentityClient identity(&http, endpoints.ccIdentity, &ccTokens);
//   identity.fetchMe(this, [this](const CcResult<CcPerson> &me) { ... me.value().orgId ... });
class CcIdentityClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CcIdentityClient)

public:
    using PersonCallback = std::function<void(const CcResult<CcPerson> &)>;

    // `identityBase` is the identity API with its version, e.g. https://webexapis.com/v1.
    CcIdentityClient(Net::HttpClient *http, QUrl identityBase, Net::TokenProvider *tokens,
                     QObject *parent = nullptr);
    ~CcIdentityClient() override;

    // The callback runs once, unless `context` is destroyed first.
    Net::RequestHandle fetchMe(QObject *context, PersonCallback done);

    // The person in a /people/me reply; an UnexpectedShape error when a field is missing or
    // an id cannot be decoded.
    static CcResult<CcPerson> readPerson(const QJsonObject &reply);

private:
    Net::HttpClient *m_http;
    QUrl m_base;
    Net::TokenProvider *m_tokens;
};

} // namespace AgentDesk::Cc
