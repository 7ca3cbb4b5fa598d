// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace AgentDesk::Net {

// Where HttpClient gets the bearer token of a request and asks for a new one after a 401.
// Implementations (the OAuth session of each service) provide accessToken() and
// startRefresh(), and call finishRefresh() exactly once per startRefresh(). The base class
// makes everyone who asks while a refresh runs wait for that same refresh, so two requests
// failing together cause one refresh, across every client that shares the provider.
class TokenProvider : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenProvider)

public:
    explicit TokenProvider(QObject *parent = nullptr);
    ~TokenProvider() override;

    // The token to send now; empty when there is none (the request then goes without one).
    virtual QString accessToken() const = 0;

    // Asks for a new access token and calls `done(ok)` once it is there or has failed; joins
    // the refresh already running, if any. Dropped if `context` is destroyed first.
    void refresh(QObject *context, std::function<void(bool ok)> done);
    bool isRefreshing() const { return m_refreshing; }

Q_SIGNALS:
    void refreshFinished(bool ok);

protected:
    virtual void startRefresh() = 0;
    // May be called from inside startRefresh() when the answer is known at once.
    void finishRefresh(bool ok);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        std::function<void(bool)> done;
    };
    QList<Waiter> m_waiters;
    bool m_refreshing = false;
};

} // namespace AgentDesk::Net
