// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario.h"

#include <QFile>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

static void initSimResources()
{
    // Static libraries need their resources initialised by name.
    Q_INIT_RESOURCE(sim);
}

namespace AgentDesk::Sim {

Scenario Scenario::defaults()
{
    initSimResources();
    Scenario scenario;
    QFile file(u":/agentdesk/sim/default.json"_s);
    const bool opened = file.open(QIODevice::ReadOnly);
    Q_ASSERT_X(opened, "Scenario", "the built-in scenario is missing from the resources");
    QJsonParseError error{};
    scenario.m_root = QJsonDocument::fromJson(file.readAll(), &error).object();
    Q_ASSERT_X(error.error == QJsonParseError::NoError, "Scenario",
               qPrintable(error.errorString()));
    return scenario;
}

bool Scenario::mergeFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read scenario %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = u"scenario %1 is not a JSON object: %2 at offset %3"_s
                         .arg(path, parseError.errorString())
                         .arg(parseError.offset);
        return false;
    }
    merge(document.object());
    return true;
}

void Scenario::merge(const QJsonObject &overrides)
{
    m_root = deepMerge(m_root, overrides);
}

QJsonObject Scenario::deepMerge(QJsonObject base, const QJsonObject &overrides)
{
    for (auto it = overrides.begin(); it != overrides.end(); ++it) {
        const QJsonValue current = base.value(it.key());
        if (current.isObject() && it.value().isObject()) {
            base.insert(it.key(), deepMerge(current.toObject(), it.value().toObject()));
        } else {
            base.insert(it.key(), it.value());
        }
    }
    return base;
}

int Scenario::directorySize() const
{
    return section(u"directory"_s).value(u"size"_s).toInt(500);
}

void Scenario::setDirectorySize(int size)
{
    merge({{u"directory"_s, QJsonObject{{u"size"_s, size}}}});
}

quint64 Scenario::seed() const
{
    return quint64(section(u"directory"_s).value(u"seed"_s).toInteger(42));
}

void Scenario::setSeed(quint64 seed)
{
    merge({{u"directory"_s, QJsonObject{{u"seed"_s, qint64(seed)}}}});
}

QString Scenario::autoSignIn() const
{
    return section(u"identity"_s).value(u"autoSignIn"_s).toString();
}

void Scenario::setAutoSignIn(const QString &email)
{
    merge({{u"identity"_s, QJsonObject{{u"autoSignIn"_s, email}}}});
}

} // namespace AgentDesk::Sim
