// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychaintokenstore.h"

#include "authlogging.h"

#include <QObject>
#include <QPointer>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace AgentDesk::Auth {

namespace {

using Operation = TokenStoreError::Operation;
using Kind = TokenStoreError::Kind;

QString operationName(Operation operation)
{
    switch (operation) {
    case Operation::Read:
        return u"read"_s;
    case Operation::Write:
        return u"write"_s;
    case Operation::Remove:
        return u"remove"_s;
    }
    return {};
}

Kind kindOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::EntryNotFound:
        return Kind::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Kind::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Kind::Unavailable;
    case QKeychain::NoError:
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    // QtKeychain 0.13 also reports a missing Secret Service as OtherError; its text says why.
    return Kind::Failed;
}

// The job set up the same way for every operation; the finished job deletes itself.
template<typename Job>
Job *newJob(const QString &service, const QString &key)
{
    auto *job = new Job(service);
    job->setKey(key);
    job->setAutoDelete(true);
    // Never a plain-text file when the keychain is missing: the failure is reported instead.
    job->setInsecureFallback(false);
    return job;
}

} // namespace

KeychainTokenStore::KeychainTokenStore(QString service)
    : m_service(std::move(service))
{}

void KeychainTokenStore::run(QKeychain::Job *job, Operation operation, const QString &key,
                             QObject *context, Callback done,
                             std::function<QString(QKeychain::Job *)> valueOf)
{
    Q_ASSERT_X(context, "KeychainTokenStore", "a token store call needs a context object");
    // The key names the account; logs get only its provider part.
    const QString keyKind = key.section(u':', 0, 0);
    // The job outlives a destroyed context (it deletes itself); the answer is then dropped.
    const QPointer<QObject> guard(context);
    QObject::connect(
            job, &QKeychain::Job::finished, job,
            [operation, keyKind, guard, done = std::move(done),
             valueOf = std::move(valueOf)](QKeychain::Job *finished) {
                if (!guard) {
                    return;
                }
                const QKeychain::Error error = finished->error();
                if (error == QKeychain::NoError ||
                    (error == QKeychain::EntryNotFound && operation == Operation::Remove)) {
                    qCDebug(lcAuth).noquote() << u"keychain %1 of a %2 entry done"_s.arg(
                            operationName(operation), keyKind);
                    deliverLater(
                            guard, done,
                            TokenStoreResult::success(valueOf ? valueOf(finished) : QString()));
                    return;
                }
                const TokenStoreError failure(operation, kindOf(error), finished->errorString());
                if (failure.kind() == Kind::NotFound) {
                    qCInfo(lcAuth).noquote()
                            << u"keychain has no %1 entry for this account"_s.arg(keyKind);
                } else {
                    qCWarning(lcAuth).noquote()
                            << u"keychain %1 of a %2 entry failed: %3 (%4)"_s.arg(
                                       operationName(operation), keyKind,
                                       TokenStoreError::kindName(failure.kind()),
                                       finished->errorString());
                }
                deliverLater(guard, done, TokenStoreResult::failure(failure));
            });
    // Delivered through deliverLater(): never inside read()/write()/remove(), whenever
    // QtKeychain happens to report.
    job->start();
}

void KeychainTokenStore::read(const QString &key, QObject *context, Callback done)
{
    auto *job = newJob<QKeychain::ReadPasswordJob>(m_service, key);
    run(job, Operation::Read, key, context, std::move(done), [](QKeychain::Job *finished) {
        return static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
    });
}

void KeychainTokenStore::write(const QString &key, const QString &value, QObject *context,
                               Callback done)
{
    auto *job = newJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setTextData(value);
    run(job, Operation::Write, key, context, std::move(done));
}

void KeychainTokenStore::remove(const QString &key, QObject *context, Callback done)
{
    auto *job = newJob<QKeychain::DeletePasswordJob>(m_service, key);
    run(job, Operation::Remove, key, context, std::move(done));
}

} // namespace AgentDesk::Auth
