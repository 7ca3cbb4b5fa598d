// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "authorizationattempt.h"

#include "authlogging.h"
#include "securerandom.h"

#include <QStringList>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace AgentDesk::Auth {

namespace {

using Kind = AuthorizationOutcome::Kind;

QString encoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

// RFC 6749 appendix B: the redirect's query is application/x-www-form-urlencoded, so a '+' is
// a space (Entra writes its error descriptions that way).
QUrlQuery redirectQuery(const QUrl &url)
{
    QString query = url.query(QUrl::FullyEncoded);
    query.replace(u'+', u"%20"_s);
    return QUrlQuery(query);
}

} // namespace

AuthorizationAttempt::AuthorizationAttempt(OAuthProvider provider)
    : AuthorizationAttempt(std::move(provider), Pkce::generate(), newState())
{}

AuthorizationAttempt::AuthorizationAttempt(OAuthProvider provider, Pkce pkce, QString state)
    : m_provider(std::move(provider))
    , m_pkce(std::move(pkce))
    , m_state(std::move(state))
{}

QString AuthorizationAttempt::newState()
{
    return base64UrlNoPadding(secureRandomBytes(32));
}

QUrl AuthorizationAttempt::authorizeUrl() const
{
    QList<QPair<QString, QString>> parameters{
            {u"client_id"_s, m_provider.clientId},
            {u"response_type"_s, u"code"_s},
            {u"redirect_uri"_s, m_provider.redirectUri},
            {u"scope"_s, m_provider.scope()},
            {u"state"_s, m_state},
            {u"code_challenge"_s, m_pkce.challenge()},
            {u"code_challenge_method"_s, Pkce::method()},
    };
    parameters.append(m_provider.extraAuthorizeParameters);
    if (!m_loginHint.isEmpty()) {
        parameters.append({u"login_hint"_s, m_loginHint});
    }
    // Encoded by hand: every reserved character escaped, spaces as %20, so that no server can
    // read a '+' in a value as a space.
    QStringList pairs;
    for (const auto &[name, value] : std::as_const(parameters)) {
        pairs.append(QString(encoded(name) + u'=' + encoded(value)));
    }
    QUrl url = m_provider.authorizeUrl;
    url.setQuery(pairs.join(u'&'), QUrl::StrictMode);
    return url;
}

AuthorizationOutcome AuthorizationAttempt::handleRedirect(const QUrl &url) const
{
    if (!isRedirect(url)) {
        qCWarning(lcAuth).noquote() << m_provider.id << "redirect: not our redirect URI, ignored";
        return AuthorizationOutcome::failure(Kind::MissingCode);
    }
    const QUrlQuery query = redirectQuery(url);
    const QStringList states = query.allQueryItemValues(u"state"_s, QUrl::FullyDecoded);
    const QStringList codes = query.allQueryItemValues(u"code"_s, QUrl::FullyDecoded);
    const QString error = query.queryItemValue(u"error"_s, QUrl::FullyDecoded);
    const bool stateMatches = states.size() == 1 && !m_state.isEmpty() && states.first() == m_state;
    const auto reject = [this](Kind kind, const QString &why, const QString &providerError = {},
                               const QString &providerDescription = {}) {
        qCInfo(lcAuth).noquote() << m_provider.id << u"redirect:"_s
                                 << AuthorizationOutcome::kindName(kind) << why;
        return AuthorizationOutcome::failure(kind, providerError, providerDescription);
    };

    // A state that is there but not ours (or repeated) means the answer belongs to another
    // request, perhaps forged: nothing in it is used, not even an error.
    if (!states.isEmpty() && !stateMatches) {
        return reject(Kind::StateMismatch, u"(state differs)"_s);
    }
    if (!error.isEmpty()) {
        // An error without any state is still shown: it carries nothing to redeem, and some
        // provider errors (e.g. a rejected request) come back before the state is read.
        const QString description =
                query.queryItemValue(u"error_description"_s, QUrl::FullyDecoded);
        if (error == u"access_denied"_s) {
            return reject(Kind::Cancelled, error, error, description);
        }
        if (error == u"consent_required"_s || error == u"interaction_required"_s) {
            return reject(Kind::ConsentRequired, error, error, description);
        }
        return reject(Kind::ProviderError, error, error, description);
    }
    if (!stateMatches) {
        return reject(Kind::StateMismatch, u"(no state)"_s);
    }
    if (codes.size() != 1 || codes.first().isEmpty()) {
        return reject(Kind::MissingCode, codes.isEmpty() ? u"(no code)"_s : u"(bad code)"_s);
    }
    qCInfo(lcAuth).noquote() << m_provider.id << "redirect: authorization code received";
    return AuthorizationOutcome::success(codes.first());
}

} // namespace AgentDesk::Auth
