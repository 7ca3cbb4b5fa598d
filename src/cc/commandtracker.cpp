// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandtracker.h"

#include "cclogging.h"

#include <net/httpclient.h>

#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace AgentDesk::Cc {

CommandTracker::CommandTracker(Net::HttpClient *http, QObject *parent)
    : QObject(parent)
    , m_http(http)
{}

CommandTracker::~CommandTracker()
{
    for (auto &[key, pending] : m_pending) {
        pending->request.cancel();
    }
}

bool CommandTracker::isPending(const QString &key) const
{
    return m_pending.find(key) != m_pending.end();
}

QString CommandTracker::trackingId(const QString &key) const
{
    const auto it = m_pending.find(key);
    return it == m_pending.end() ? QString() : it->second->trackingId;
}

bool CommandTracker::send(const CcCommand &command, QObject *context, Callback done)
{
    if (isPending(command.key)) {
        qCInfo(lcCc) << "command" << command.key << "already in flight; not sent again";
        return false;
    }
    auto pending = std::make_unique<Pending>();
    pending->serial = m_nextSerial++;
    pending->key = command.key;
    pending->successEvents = command.successEvents;
    pending->failureEvents = command.failureEvents;
    pending->trackingId =
            QString(u"AgentDesk_"_s + QUuid::createUuid().toString(QUuid::WithoutBraces));
    pending->context = context;
    pending->hasContext = context != nullptr;
    pending->done = std::move(done);
    pending->timer = new QTimer(this);
    pending->timer->setSingleShot(true);
    pending->timer->setInterval(m_timeout);
    const QString key = command.key;
    const quint64 serial = pending->serial;
    connect(pending->timer, &QTimer::timeout, this, [this, key, serial] {
        const auto it = m_pending.find(key);
        if (it != m_pending.end() && it->second->serial == serial) {
            it->second->request.cancel();
            finish(key, CommandOutcome::timedOut());
        }
    });

    Net::ApiRequest request = command.request;
    request.withHeader("TrackingID", pending->trackingId.toLatin1());
    qCInfo(lcCc) << "command" << key << "sent, tracking id" << pending->trackingId;
    pending->timer->start();
    Pending &stored = *pending;
    m_pending.emplace(key, std::move(pending));
    stored.request = m_http->send(request, this, [this, key, serial](const Net::ApiResult &result) {
        onAccepted(serial, key, result);
    });
    return true;
}

void CommandTracker::onAccepted(quint64 serial, const QString &key, const Net::ApiResult &result)
{
    const auto it = m_pending.find(key);
    if (it == m_pending.end() || it->second->serial != serial) {
        return; // already ended (its event came first, or it timed out)
    }
    Pending &pending = *it->second;
    if (!result.ok()) {
        qCInfo(lcCc) << "command" << key
                     << "rejected:" << Net::ApiError::kindName(result.error().kind())
                     << result.error().httpStatus();
        finish(key, CommandOutcome::rejected(result.error()));
        return;
    }
    pending.accepted = true;
    // The server may answer its own tracking id (in the body or header) instead of echoing ours.
    QString answered = result.json().object().value(u"trackingId"_s).toString();
    if (answered.isEmpty()) {
        answered = QString::fromLatin1(result.header("TrackingID"));
    }
    if (!answered.isEmpty() && answered != pending.trackingId) {
        pending.serverTrackingId = answered;
    }
    qCDebug(lcCc) << "command" << key << "accepted with status" << result.status();
    const QList<CcEvent> early = std::exchange(pending.early, {});
    for (const CcEvent &event : early) {
        if (matches(pending, event) == Match::Yes) {
            finish(key, outcomeOf(pending, event));
            return;
        }
    }
}

CommandTracker::Match CommandTracker::matches(const Pending &pending, const CcEvent &event)
{
    if (!pending.successEvents.contains(event.name) &&
        !pending.failureEvents.contains(event.name)) {
        return Match::No;
    }
    if (event.trackingId.isEmpty() || event.trackingId == pending.trackingId ||
        (!pending.serverTrackingId.isEmpty() && event.trackingId == pending.serverTrackingId)) {
        return Match::Yes;
    }
    return pending.accepted ? Match::No : Match::Maybe;
}

CommandOutcome CommandTracker::outcomeOf(const Pending &pending, const CcEvent &event)
{
    return pending.successEvents.contains(event.name) ? CommandOutcome::succeeded(event)
                                                      : CommandOutcome::failed(event);
}

bool CommandTracker::handleEvent(const CcEvent &event)
{
    for (auto &[key, pending] : m_pending) {
        switch (matches(*pending, event)) {
        case Match::No:
            break;
        case Match::Maybe:
            pending->early.append(event);
            break;
        case Match::Yes: {
            const QString ended = key; // finish() erases the entry that owns `key`
            finish(ended, outcomeOf(*pending, event));
            return true;
        }
        }
    }
    return false;
}

void CommandTracker::finish(const QString &key, const CommandOutcome &outcome)
{
    const auto it = m_pending.find(key);
    if (it == m_pending.end()) {
        return;
    }
    // Out of the table first: the callback may send the next command with the same key.
    std::unique_ptr<Pending> pending = std::move(it->second);
    m_pending.erase(it);
    pending->timer->stop();
    pending->timer->deleteLater();
    qCInfo(lcCc) << "command" << key << "ended:" << CommandOutcome::kindName(outcome.kind())
                 << (outcome.event() ? outcome.event()->name : QString()) << outcome.reason();
    if (pending->done && (!pending->hasContext || pending->context)) {
        pending->done(outcome);
    }
    Q_EMIT finished(key, outcome);
}

} // namespace AgentDesk::Cc
