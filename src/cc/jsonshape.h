// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace AgentDesk::Cc {

// Reads fields out of a server reply strictly: every field read must have the expected JSON
// type (and be present when required); the first violation is kept with its path, for the
// UnexpectedShape error and the log. Reading goes on after a problem so code stays linear.
//   JsonShape shape(u"desktop profile"_s);
//   const QJsonArray teams = shape.array(root, u"teams"_s);
//   for (qsizetype i = 0; i < teams.size(); ++i) {
//       JsonShape::Scope scope(shape, u"teams"_s, i);
//       const QJsonObject team = shape.object(teams.at(i));
//       ids << shape.text(team, u"id"_s, JsonShape::NonEmpty);
//   }
//   if (!shape.ok()) return Net::ApiError::unexpectedShape(shape.problem());
class JsonShape
{
public:
    enum Rule
    {
        Required = 0x0,
        Optional = 0x1, // absent (or null) is fine and gives the fallback
        NonEmpty = 0x2, // a string must not be empty or blank
    };

    explicit JsonShape(QString subject);

    bool ok() const { return m_problem.isEmpty(); }
    // "desktop profile: teams[1].name: expected a string, got a number"
    const QString &problem() const { return m_problem; }
    // Records a problem at the current path (only the first one is kept).
    void fail(const QString &what);

    QString text(const QJsonObject &object, const QString &key, int rules = Required,
                 const QString &fallback = {});
    bool boolean(const QJsonObject &object, const QString &key, int rules = Required,
                 bool fallback = false);
    double number(const QJsonObject &object, const QString &key, int rules = Required,
                  double fallback = 0);
    QJsonObject object(const QJsonObject &object, const QString &key, int rules = Required);
    QJsonArray array(const QJsonObject &object, const QString &key, int rules = Required);
    // An array whose every item is a string (empty strings fail with NonEmpty).
    QStringList texts(const QJsonObject &object, const QString &key, int rules = Required);
    // An array item (or any value) that must be an object.
    QJsonObject object(const QJsonValue &value);

    // Names the part of the document being read while it lives: "teams[2]", "microsoftTeams".
    class Scope
    {
    public:
        Scope(JsonShape &shape, const QString &key);
        Scope(JsonShape &shape, const QString &key, qsizetype index);
        ~Scope();
        Q_DISABLE_COPY_MOVE(Scope)

    private:
        JsonShape &m_shape;
    };

private:
    // The value, or undefined after recording a problem when absent and required.
    QJsonValue take(const QJsonObject &object, const QString &key, int rules);
    void failAt(const QString &key, const QString &what);

    QString m_subject;
    QStringList m_path;
    QString m_problem;
};

} // namespace AgentDesk::Cc
