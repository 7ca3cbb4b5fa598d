// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace AgentDesk::Auth {

// Why the token store could not read, write or remove an entry: a kind to act on and a
// translated sentence for the agent (keychain problems must reach them, not only the log).
//   if (error.kind() == TokenStoreError::Kind::NotFound) { showSignIn(); }
//   else { showWarning(error.message()); }
class TokenStoreError
{
    Q_DECLARE_TR_FUNCTIONS(AgentDesk::Auth::TokenStoreError)

public:
    enum class Operation
    {
        Read,
        Write,
        Remove
    };
    enum class Kind
    {
        NotFound,     // nothing stored under that key (reads only)
        AccessDenied, // the user or the system refused access (locked keychain, denied prompt)
        Unavailable,  // no keychain on this system (no Secret Service running, no backend)
        Failed        // anything else the backend reported
    };

    TokenStoreError(Operation operation, Kind kind, QString detail = {});

    Operation operation() const { return m_operation; }
    Kind kind() const { return m_kind; }
    // The backend's own text, for logs and for the end of message(); never holds a secret.
    const QString &detail() const { return m_detail; }

    QString message() const;
    static QString kindName(Kind kind);

private:
    Operation m_operation;
    Kind m_kind;
    QString m_detail;
};

} // namespace AgentDesk::Auth
