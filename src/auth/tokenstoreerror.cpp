// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenstoreerror.h"

using namespace Qt::StringLiterals;

namespace AgentDesk::Auth {

TokenStoreError::TokenStoreError(Operation operation, Kind kind, QString detail)
    : m_operation(operation)
    , m_kind(kind)
    , m_detail(std::move(detail))
{}

QString TokenStoreError::message() const
{
    if (m_kind == Kind::NotFound) {
        return tr("No saved sign-in was found. Please sign in.");
    }
    QString what;
    switch (m_operation) {
    case Operation::Read:
        what = tr("Your saved sign-in could not be read from the system keychain.");
        break;
    case Operation::Write:
        what = tr("Your sign-in could not be saved in the system keychain; you will have to "
                  "sign in again at the next start.");
        break;
    case Operation::Remove:
        what = tr("Your saved sign-in could not be removed from the system keychain.");
        break;
    }
    QString why;
    switch (m_kind) {
    case Kind::AccessDenied:
        why = tr("Access to the keychain was denied. Unlock it and try again.");
        break;
    case Kind::Unavailable:
        why = tr("No keychain service is available on this system.");
        break;
    case Kind::Failed:
        why = m_detail.isEmpty() ? tr("The keychain reported an error.")
                                 : tr("The keychain reported: %1").arg(m_detail);
        break;
    case Kind::NotFound:
        break;
    }
    return QString(what + u' ' + why);
}

QString TokenStoreError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::NotFound:
        return u"NotFound"_s;
    case Kind::AccessDenied:
        return u"AccessDenied"_s;
    case Kind::Unavailable:
        return u"Unavailable"_s;
    case Kind::Failed:
        return u"Failed"_s;
    }
    return {};
}

} // namespace AgentDesk::Auth
