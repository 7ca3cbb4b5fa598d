// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cccommand.h"
#include "ccevent.h"
#include "commandoutcome.h"

#include <net/requesthandle.h>

#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>
#include <map>
#include <memory>

class QTimer;

namespace AgentDesk::Net {
class ApiResult;
class HttpClient;
} // namespace AgentDesk::Net

namespace AgentDesk::Cc {

// The contact center's 202-then-event pattern: a command is sent, the server answers 202, and
// its outcome comes later as an event on the notification socket. The tracker keeps each
// command pending until its success or failure event arrives, the REST call fails, or the
// timeout (20 s, as the SDK) passes, and then delivers one CommandOutcome, once.
//   CommandTracker tracker(&http);
//   connect(&channel, &NotificationChannel::eventReceived, &tracker, &CommandTracker::handleEvent);
//   if (!tracker.send(commands.setState(lunchId), this, [](const CommandOutcome &o) { ... })) {
//       // one is already in flight: a second click does nothing
//   }
// Correlation: every command carries a fresh TrackingID header, which the server echoes as the
// events' data.trackingId. An event of the right name ends the command when its trackingId is
// ours (or the one the 202 answered with), or when it carries none. An event of the right name
// with someone else's trackingId (a supervisor's change) does not.
class CommandTracker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandTracker)

public:
    using Callback = std::function<void(const CommandOutcome &)>;
    static constexpr std::chrono::milliseconds DefaultTimeout{20'000};

    explicit CommandTracker(Net::HttpClient *http, QObject *parent = nullptr);
    ~CommandTracker() override;

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    // Sends the command; false (and nothing sent, nothing delivered) while a command with the
    // same key is pending. `done` runs once, later, unless `context` is destroyed first;
    // finished() is emitted in every case.
    bool send(const CcCommand &command, QObject *context, Callback done = {});
    bool isPending(const QString &key) const;
    // The TrackingID sent with the pending command of this key, empty if none.
    QString trackingId(const QString &key) const;

public Q_SLOTS:
    // Offers an event from the notification socket; true when it ended a pending command.
    bool handleEvent(const AgentDesk::Cc::CcEvent &event);

Q_SIGNALS:
    void finished(const QString &key, const AgentDesk::Cc::CommandOutcome &outcome);

private:
    struct Pending
    {
        quint64 serial = 0;
        QString key;
        QStringList successEvents;
        QStringList failureEvents;
        QString trackingId;       // ours, sent in the TrackingID header
        QString serverTrackingId; // what the 202 answered, if it differs
        bool accepted = false;    // the 202 arrived
        QList<CcEvent> early;     // events of our names that came before the 202
        QPointer<QObject> context;
        bool hasContext = false;
        Callback done;
        QTimer *timer = nullptr;
        Net::RequestHandle request;
    };

    enum class Match
    {
        No,
        Yes,
        Maybe // the right name, someone else's id, and our 202 is not here yet
    };
    static Match matches(const Pending &pending, const CcEvent &event);
    void onAccepted(quint64 serial, const QString &key, const Net::ApiResult &result);
    void finish(const QString &key, const CommandOutcome &outcome);
    static CommandOutcome outcomeOf(const Pending &pending, const CcEvent &event);

    Net::HttpClient *m_http;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
    std::map<QString, std::unique_ptr<Pending>> m_pending;
    quint64 m_nextSerial = 1;
};

} // namespace AgentDesk::Cc
