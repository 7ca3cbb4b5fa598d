// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "authorizationoutcome.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace AgentDesk::Auth {

AuthorizationOutcome AuthorizationOutcome::success(const QString &code)
{
    AuthorizationOutcome outcome;
    outcome.m_kind = Kind::Code;
    outcome.m_code = code;
    return outcome;
}

AuthorizationOutcome AuthorizationOutcome::failure(Kind kind, const QString &error,
                                                   const QString &description)
{
    Q_ASSERT(kind != Kind::Code);
    AuthorizationOutcome outcome;
    outcome.m_kind = kind;
    outcome.m_error = error;
    // Microsoft appends "\r\nTrace ID: ...\r\nTimestamp: ..." to the sentence meant for people.
    static const QRegularExpression lineBreak(u"[\\r\\n]"_s);
    const qsizetype end = description.indexOf(lineBreak);
    outcome.m_description = (end < 0 ? description : description.left(end)).trimmed();
    return outcome;
}

QString AuthorizationOutcome::message() const
{
    switch (m_kind) {
    case Kind::Code:
        return tr("Signed in.");
    case Kind::Cancelled:
        return tr("Sign-in was cancelled.");
    case Kind::ConsentRequired:
        return tr("AgentDesk needs permissions that an administrator of your organization must "
                  "approve first. Ask your administrator to grant consent, then sign in again.");
    case Kind::StateMismatch:
        return tr("The sign-in answer did not belong to this sign-in attempt and was ignored "
                  "for your security. Please sign in again.");
    case Kind::ProviderError: {
        const QString said = m_description.isEmpty() ? m_error : m_description;
        if (said.isEmpty()) {
            return tr("The sign-in service reported an error. Please try again.");
        }
        return tr("The sign-in service reported an error: %1").arg(said);
    }
    case Kind::MissingCode:
        return tr("The sign-in service answered without a sign-in code. Please try again.");
    }
    return {};
}

QString AuthorizationOutcome::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Code:
        return u"Code"_s;
    case Kind::Cancelled:
        return u"Cancelled"_s;
    case Kind::ConsentRequired:
        return u"ConsentRequired"_s;
    case Kind::StateMismatch:
        return u"StateMismatch"_s;
    case Kind::ProviderError:
        return u"ProviderError"_s;
    case Kind::MissingCode:
        return u"MissingCode"_s;
    }
    return {};
}

} // namespace AgentDesk::Auth
