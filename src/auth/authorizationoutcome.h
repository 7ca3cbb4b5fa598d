// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace AgentDesk::Auth {

// What came back to the redirect URI: an authorization code to redeem, or why there is none,
// with a sentence for the agent.
//   const AuthorizationOutcome outcome = attempt.handleRedirect(url);
//   if (!outcome.hasCode()) { showError(outcome.message()); return; }
//   session.completeSignIn(attempt, outcome.code());
class AuthorizationOutcome
{
    Q_DECLARE_TR_FUNCTIONS(AgentDesk::Auth::AuthorizationOutcome)

public:
    enum class Kind
    {
        Code,            // the code, with our state
        Cancelled,       // access_denied: the user cancelled or declined (or closed the window)
        ConsentRequired, // consent_required / interaction_required: an admin must approve
        StateMismatch,   // state missing or not ours: the code is never used
        ProviderError,   // any other error the provider sent, with its description
        MissingCode      // neither a code nor an error
    };

    static AuthorizationOutcome success(const QString &code);
    // `error` and `description` are the provider's (empty for our own kinds).
    static AuthorizationOutcome failure(Kind kind, const QString &error = {},
                                        const QString &description = {});

    bool hasCode() const { return m_kind == Kind::Code; }
    Kind kind() const { return m_kind; }
    // The authorization code; empty unless hasCode(). A secret: never log it.
    const QString &code() const { return m_code; }
    // The provider's error code (access_denied...) and the first line of its description.
    const QString &error() const { return m_error; }
    const QString &description() const { return m_description; }

    // One translated sentence for the agent.
    QString message() const;
    // The kind's name for log lines ("StateMismatch"...).
    static QString kindName(Kind kind);

private:
    AuthorizationOutcome() = default;

    Kind m_kind = Kind::MissingCode;
    QString m_code;
    QString m_error;
    QString m_description;
};

} // namespace AgentDesk::Auth
