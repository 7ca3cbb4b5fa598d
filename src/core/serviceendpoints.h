// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace AgentDesk::Core {

// Where every service lives. Never a constant in code: a named preset (the real clouds and
// contact-center regions), then the settings file, then the command line may change each key.
//   ServiceEndpoints endpoints = ServiceEndpoints::preset(u"us1"_s).value();
//   endpoints.graphApi = QUrl(u"https://graph.microsoft.us/v1.0"_s);
struct ServiceEndpoints
{
    QUrl ccApi;       // contact-center API, e.g. https://api.wxcc-us1.cisco.com
    QUrl ccIdentity;  // contact-center identity, e.g. https://webexapis.com/v1
    QUrl msAuthority; // Microsoft identity host, e.g. https://login.microsoftonline.com
    QUrl graphApi;    // Microsoft Graph with version, e.g. https://graph.microsoft.com/v1.0
    QString clientId; // the public client registered with both identities
    QString tenant;   // Microsoft tenant: common, organizations, an id or a domain

    // Contact-center regions (us1, eu1, eu2, anz1, ca1, jp1, sg1) with the commercial Microsoft
    // cloud, and "usgov" (us1 with Microsoft's US Government cloud).
    static std::optional<ServiceEndpoints> preset(const QString &name);
    static QStringList presetNames();
    static QString defaultPresetName() { return QStringLiteral("us1"); }
    // Every service on one origin, on its real paths: the simulator (agentdesk --demo, tests).
    static ServiceEndpoints onOneOrigin(const QUrl &origin);

    // Human-readable problems (untranslated: they are shown on the command line), empty if none.
    QStringList problems() const;

    friend bool operator==(const ServiceEndpoints &, const ServiceEndpoints &) = default;
};

} // namespace AgentDesk::Core
