// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "retrypolicy.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace AgentDesk::Net {

std::chrono::milliseconds RetryPolicy::backoff(int failedAttempts) const
{
    using std::chrono::milliseconds;
    // 2^30 times any sensible base is far past maxDelay; the clamp keeps the shift defined.
    const int exponent = std::clamp(failedAttempts - 1, 0, 30);
    const double ceiling = std::min(double(maxDelay.count()),
                                    double(baseDelay.count()) * double(qint64(1) << exponent));
    const double random = jitter ? jitter() : QRandomGenerator::global()->generateDouble();
    return milliseconds(qint64(std::llround(std::clamp(random, 0.0, 1.0) * ceiling)));
}

std::optional<std::chrono::milliseconds> RetryPolicy::parseRetryAfter(const QByteArray &value,
                                                                      const QDateTime &now)
{
    using std::chrono::milliseconds;
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty()) {
        return std::nullopt;
    }
    bool isNumber = false;
    const qint64 seconds = trimmed.toLongLong(&isNumber);
    if (isNumber) {
        if (seconds < 0) {
            return std::nullopt;
        }
        return milliseconds(seconds * 1000);
    }
    // HTTP-date, IMF-fixdate form: "Wed, 21 Oct 2015 07:28:00 GMT". Qt 6.4's RFC 2822 parser
    // wants a numeric zone, so the "GMT" every server sends is spelled as one first.
    QString text = QString::fromLatin1(trimmed);
    if (text.endsWith(u" GMT"_s) || text.endsWith(u" UTC"_s)) {
        text = QString(text.chopped(3) + u"+0000"_s);
    }
    const QDateTime date = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!date.isValid()) {
        return std::nullopt;
    }
    return milliseconds(std::max<qint64>(0, now.msecsTo(date)));
}

} // namespace AgentDesk::Net
