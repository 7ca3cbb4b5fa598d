// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestlog.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace AgentDesk::Sim {

static const auto kRedacted = u"[redacted]"_s;

RequestLog::RequestLog(qsizetype capacity)
    : m_capacity(capacity)
{}

bool RequestLog::isSecretName(const QString &name)
{
    static const QStringList secrets = {
            u"password"_s,     u"code"_s,          u"code_verifier"_s, u"refresh_token"_s,
            u"access_token"_s, u"client_secret"_s, u"id_token"_s,      u"client_assertion"_s,
            u"token"_s,        u"assertion"_s,
    };
    return secrets.contains(name, Qt::CaseInsensitive);
}

QString RequestLog::redactQuery(const QUrlQuery &query)
{
    QUrlQuery copy;
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[name, value] : items) {
        copy.addQueryItem(name, isSecretName(name) ? kRedacted : value);
    }
    return copy.toString(QUrl::FullyDecoded);
}

static QJsonValue redactJson(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            it.value() = RequestLog::isSecretName(it.key()) ? QJsonValue(kRedacted)
                                                            : redactJson(it.value());
        }
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (auto it = array.begin(); it != array.end(); ++it) {
            *it = redactJson(*it);
        }
        return array;
    }
    return value;
}

QString RequestLog::redactBody(const QByteArray &body, const QByteArray &contentType)
{
    if (body.isEmpty()) {
        return {};
    }
    if (contentType.contains("application/x-www-form-urlencoded")) {
        QByteArray copy = body;
        copy.replace('+', ' ');
        return redactQuery(QUrlQuery(QString::fromUtf8(copy)));
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError) {
        const QJsonValue redacted =
                redactJson(document.isObject() ? QJsonValue(document.object()) : document.array());
        return QString::fromUtf8(
                redacted.isObject()
                        ? QJsonDocument(redacted.toObject()).toJson(QJsonDocument::Compact)
                        : QJsonDocument(redacted.toArray()).toJson(QJsonDocument::Compact));
    }
    // Neither a form nor JSON: keep the size only, the content may be anything.
    return u"[%1 bytes]"_s.arg(body.size());
}

qint64 RequestLog::record(const SimRequest &request, const QDateTime &time)
{
    Entry entry;
    entry.sequence = m_nextSequence++;
    entry.time = time;
    entry.method = request.method;
    entry.path = request.path;
    entry.query = redactQuery(request.query);
    entry.body = redactBody(request.body, request.header("Content-Type"));
    const QByteArray authorization = request.header("Authorization");
    entry.authScheme = QString::fromLatin1(authorization.left(authorization.indexOf(' ')));
    entry.clientRequestId = QString::fromLatin1(request.header("client-request-id"));
    m_entries.push_back(std::move(entry));
    while (qsizetype(m_entries.size()) > m_capacity) {
        m_entries.pop_front();
    }
    return m_entries.back().sequence;
}

void RequestLog::setStatus(qint64 sequence, int status)
{
    // Entries are in sequence order; the one to update is almost always near the end.
    for (auto it = m_entries.rbegin(); it != m_entries.rend(); ++it) {
        if (it->sequence == sequence) {
            it->status = status;
            return;
        }
        if (it->sequence < sequence) {
            return;
        }
    }
}

void RequestLog::clear()
{
    m_entries.clear();
}

QJsonArray RequestLog::toJson(qint64 sinceSequence) const
{
    QJsonArray array;
    for (const Entry &entry : m_entries) {
        if (entry.sequence <= sinceSequence) {
            continue;
        }
        array.append(QJsonObject{
                {u"sequence"_s, entry.sequence},
                {u"time"_s, entry.time.toString(Qt::ISODateWithMs)},
                {u"method"_s, QString::fromLatin1(entry.method)},
                {u"path"_s, entry.path},
                {u"query"_s, entry.query},
                {u"body"_s, entry.body},
                {u"auth"_s, entry.authScheme},
                {u"clientRequestId"_s, entry.clientRequestId},
                {u"status"_s, entry.status},
        });
    }
    return array;
}

} // namespace AgentDesk::Sim
