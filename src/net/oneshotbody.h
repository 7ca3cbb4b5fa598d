// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>

namespace AgentDesk::Net {

// A request body that can be read once and never rewound. Qt 6.4 silently re-sends any request
// whose connection closes before the answer, POST included (later Qt versions re-send only
// idempotent methods); it needs to rewind the body to do so. Given this device instead of a
// QByteArray, it cannot, and reports ContentReSendError: a POST (a transfer, a token request
// with a one-time code) goes out at most once.
class OneShotBody final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OneShotBody)

public:
    explicit OneShotBody(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

} // namespace AgentDesk::Net
