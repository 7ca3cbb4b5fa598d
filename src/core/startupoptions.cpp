// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "startupoptions.h"

#include <QCommandLineParser>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace AgentDesk::Core {

namespace {
// Command-line option name and settings key for each endpoint field.
struct EndpointKey
{
    QString option;
    QString settingsKey;
    QString description;
};
const EndpointKey kCcApi{u"cc-api"_s, u"services/ccApi"_s, u"Contact-center API base URL."_s};
const EndpointKey kCcIdentity{u"cc-identity"_s, u"services/ccIdentity"_s,
                              u"Contact-center identity base URL."_s};
const EndpointKey kMsAuthority{u"ms-authority"_s, u"services/msAuthority"_s,
                               u"Microsoft identity host URL."_s};
const EndpointKey kGraphApi{u"graph-api"_s, u"services/graphApi"_s,
                            u"Microsoft Graph base URL with version."_s};
const EndpointKey kClientId{u"client-id"_s, u"services/clientId"_s,
                            u"OAuth client id registered with both identities."_s};
const EndpointKey kTenant{u"tenant"_s, u"services/tenant"_s, u"Microsoft tenant."_s};
const QString kPresetOption = u"region"_s;
const QString kPresetKey = u"services/preset"_s;

QString valueOf(const QCommandLineParser &parser, const QSettings &settings, const EndpointKey &key,
                const QString &fallback)
{
    if (parser.isSet(key.option)) {
        return parser.value(key.option);
    }
    return settings.value(key.settingsKey, fallback).toString();
}

QUrl urlOf(const QCommandLineParser &parser, const QSettings &settings, const EndpointKey &key,
           const QUrl &fallback)
{
    return QUrl(valueOf(parser, settings, key, fallback.toString()), QUrl::StrictMode);
}
} // namespace

void StartupOptions::addTo(QCommandLineParser &parser)
{
    parser.addOption({u"demo"_s, u"Start the simulator and use it for every service."_s});
    parser.addOption({u"lang"_s, u"User-interface language (en, pt_BR, pt_PT, ja, es, fr)."_s,
                      u"language"_s});
    parser.addOption({u"settings"_s, u"Read and write settings in this file."_s, u"file"_s});
    parser.addOption({kPresetOption,
                      u"Service preset: %1."_s.arg(ServiceEndpoints::presetNames().join(u", "_s)),
                      u"name"_s});
    for (const EndpointKey *key :
         {&kCcApi, &kCcIdentity, &kMsAuthority, &kGraphApi, &kClientId, &kTenant}) {
        parser.addOption({key->option, key->description, u"value"_s});
    }
}

QString StartupOptions::settingsFileFrom(const QCommandLineParser &parser)
{
    return parser.value(u"settings"_s);
}

StartupOptions StartupOptions::read(const QCommandLineParser &parser, const QSettings &settings)
{
    StartupOptions options;
    options.demo = parser.isSet(u"demo"_s);
    options.settingsFile = settingsFileFrom(parser);
    options.language = parser.isSet(u"lang"_s) ? parser.value(u"lang"_s)
                                               : settings.value(u"ui/language"_s).toString();

    const QString presetName =
            parser.isSet(kPresetOption)
                    ? parser.value(kPresetOption)
                    : settings.value(kPresetKey, ServiceEndpoints::defaultPresetName()).toString();
    std::optional<ServiceEndpoints> preset = ServiceEndpoints::preset(presetName);
    if (!preset) {
        options.problems.append(u"unknown region '%1' (known: %2)"_s.arg(
                presetName, ServiceEndpoints::presetNames().join(u", "_s)));
        preset = ServiceEndpoints::preset(ServiceEndpoints::defaultPresetName());
    }

    ServiceEndpoints &endpoints = options.endpoints;
    endpoints.ccApi = urlOf(parser, settings, kCcApi, preset->ccApi);
    endpoints.ccIdentity = urlOf(parser, settings, kCcIdentity, preset->ccIdentity);
    endpoints.msAuthority = urlOf(parser, settings, kMsAuthority, preset->msAuthority);
    endpoints.graphApi = urlOf(parser, settings, kGraphApi, preset->graphApi);
    endpoints.clientId = valueOf(parser, settings, kClientId, preset->clientId);
    endpoints.tenant = valueOf(parser, settings, kTenant, preset->tenant);
    // In demo mode the simulator replaces every endpoint once it listens; don't complain
    // about values that will not be used.
    if (!options.demo) {
        options.problems += endpoints.problems();
    }
    return options;
}

} // namespace AgentDesk::Core
