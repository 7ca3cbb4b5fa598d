// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serviceendpoints.h"

#include <QString>
#include <QStringList>

class QCommandLineParser;
class QSettings;

namespace AgentDesk::Core {

// What agentdesk starts with: the service endpoints, demo mode and the language. Each key comes
// from the first of: the command line, the settings file ([services] group), the named preset.
//   QCommandLineParser parser;
//   StartupOptions::addTo(parser);
//   parser.process(app);
//   StartupOptions options = StartupOptions::read(parser, settings);
//   if (!options.problems.isEmpty()) { ... }
struct StartupOptions
{
    bool demo = false;
    QString language;     // e.g. "pt_BR"; empty = follow the system
    QString settingsFile; // --settings, empty = the default per-user file
    ServiceEndpoints endpoints;
    QStringList problems; // invalid values, untranslated (command-line output)

    static void addTo(QCommandLineParser &parser);
    // The settings file named by --settings, if any (read before QSettings is opened).
    static QString settingsFileFrom(const QCommandLineParser &parser);
    static StartupOptions read(const QCommandLineParser &parser, const QSettings &settings);
};

} // namespace AgentDesk::Core
