// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultinjector.h"

using namespace Qt::StringLiterals;

namespace AgentDesk::Sim {

namespace {
struct KindName
{
    Fault::Kind kind;
    QString name;
};
const KindName kKindNames[] = {
        {Fault::Kind::Latency, u"latency"_s},   {Fault::Kind::Status, u"status"_s},
        {Fault::Kind::Throttle, u"throttle"_s}, {Fault::Kind::Malformed, u"malformed"_s},
        {Fault::Kind::Drop, u"drop"_s},         {Fault::Kind::ExpiredToken, u"expiredToken"_s},
};
} // namespace

QString Fault::kindName(Kind kind)
{
    for (const KindName &entry : kKindNames) {
        if (entry.kind == kind) {
            return entry.name;
        }
    }
    return {};
}

std::optional<Fault> Fault::fromJson(const QJsonObject &object, QString *error)
{
    Fault fault;
    const QString kind = object.value(u"kind"_s).toString();
    bool known = false;
    for (const KindName &entry : kKindNames) {
        if (entry.name == kind) {
            fault.kind = entry.kind;
            known = true;
        }
    }
    if (!known) {
        *error = u"unknown fault kind '%1'"_s.arg(kind);
        return std::nullopt;
    }
    fault.path = QRegularExpression(object.value(u"path"_s).toString(u".*"_s));
    if (!fault.path.isValid()) {
        *error = u"invalid path pattern: %1"_s.arg(fault.path.errorString());
        return std::nullopt;
    }
    fault.method = object.value(u"method"_s).toString().toUpper().toLatin1();
    fault.status = object.value(u"status"_s).toInt(fault.kind == Kind::Throttle ? 429 : 503);
    fault.retryAfterSeconds = object.value(u"retryAfter"_s).toInt(-1);
    if (fault.kind == Kind::Throttle && fault.retryAfterSeconds < 0) {
        fault.retryAfterSeconds = 1;
    }
    fault.latencyMs = object.value(u"latencyMs"_s).toInt(0);
    fault.body = object.value(u"body"_s).toString().toUtf8();
    fault.remaining = object.value(u"count"_s).toInt(-1);
    return fault;
}

QJsonObject Fault::toJson() const
{
    return {
            {u"id"_s, id},
            {u"kind"_s, kindName(kind)},
            {u"path"_s, path.pattern()},
            {u"method"_s, QString::fromLatin1(method)},
            {u"status"_s, status},
            {u"retryAfter"_s, retryAfterSeconds},
            {u"latencyMs"_s, latencyMs},
            {u"count"_s, remaining},
    };
}

int FaultInjector::add(Fault fault)
{
    fault.id = m_nextId++;
    m_faults.push_back(std::move(fault));
    return m_faults.back().id;
}

bool FaultInjector::remove(int id)
{
    return std::erase_if(m_faults, [id](const Fault &fault) { return fault.id == id; }) > 0;
}

void FaultInjector::clear()
{
    m_faults.clear();
}

std::optional<Fault> FaultInjector::take(const QByteArray &method, const QString &path)
{
    for (auto it = m_faults.begin(); it != m_faults.end(); ++it) {
        if (!it->method.isEmpty() && it->method != method) {
            continue;
        }
        if (!it->path.match(path).hasMatch()) {
            continue;
        }
        Fault fault = *it;
        if (it->remaining > 0 && --it->remaining == 0) {
            m_faults.erase(it);
        }
        return fault;
    }
    return std::nullopt;
}

bool FaultInjector::takeWebSocketDrop(const QString &path)
{
    for (auto it = m_faults.begin(); it != m_faults.end(); ++it) {
        if (it->kind == Fault::Kind::Drop && it->path.match(path).hasMatch()) {
            if (it->remaining > 0 && --it->remaining == 0) {
                m_faults.erase(it);
            }
            return true;
        }
    }
    return false;
}

QJsonArray FaultInjector::toJson() const
{
    QJsonArray array;
    for (const Fault &fault : m_faults) {
        array.append(fault.toJson());
    }
    return array;
}

} // namespace AgentDesk::Sim
