// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesstore.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace AgentDesk::Core {

namespace {

const auto DeviceKey = u"device"_s;
const auto DialNumberKey = u"dialNumber"_s;
const auto NormalizedDialNumberKey = u"normalizedDialNumber"_s;
const auto InternationalFormatKey = u"internationalFormat"_s;
const auto RegionKey = u"region"_s;
const auto TeamKey = u"teamId"_s;
const auto AutoSignInKey = u"autoSignIn"_s;

} // namespace

PreferencesStore::PreferencesStore(QSettings &settings)
    : m_settings(settings)
{}

QString PreferencesStore::group(const QString &account)
{
    // Account ids may hold "/" or "@"; percent-encoding keeps one account one group.
    return QString(u"interactionPreferences/"_s %
                   QString::fromLatin1(account.trimmed().toUtf8().toPercentEncoding()));
}

InteractionPreferences PreferencesStore::load(const QString &account) const
{
    InteractionPreferences preferences;
    m_settings.beginGroup(group(account));
    preferences.device =
            InteractionPreferences::deviceFromKey(m_settings.value(DeviceKey).toString());
    preferences.dialNumber = m_settings.value(DialNumberKey).toString();
    preferences.normalizedDialNumber = m_settings.value(NormalizedDialNumberKey).toString();
    preferences.internationalFormat = m_settings.value(InternationalFormatKey, false).toBool();
    preferences.region = m_settings.value(RegionKey).toString();
    preferences.teamId = m_settings.value(TeamKey).toString();
    preferences.autoSignIn = m_settings.value(AutoSignInKey, false).toBool();
    m_settings.endGroup();
    return preferences;
}

void PreferencesStore::save(const QString &account, const InteractionPreferences &preferences)
{
    m_settings.remove(group(account)); // no key of an older version lingers
    m_settings.beginGroup(group(account));
    if (preferences.device) {
        m_settings.setValue(DeviceKey, InteractionPreferences::deviceKey(*preferences.device));
    }
    m_settings.setValue(DialNumberKey, preferences.dialNumber);
    m_settings.setValue(NormalizedDialNumberKey, preferences.normalizedDialNumber);
    m_settings.setValue(InternationalFormatKey, preferences.internationalFormat);
    m_settings.setValue(RegionKey, preferences.region);
    m_settings.setValue(TeamKey, preferences.teamId);
    m_settings.setValue(AutoSignInKey, preferences.autoSignIn);
    m_settings.endGroup();
    m_settings.sync();
}

void PreferencesStore::setAutoSignIn(const QString &account, bool enabled)
{
    if (!contains(account)) {
        return;
    }
    m_settings.setValue(QString(group(account) % u'/' % AutoSignInKey), enabled);
    m_settings.sync();
}

void PreferencesStore::remove(const QString &account)
{
    m_settings.remove(group(account));
    m_settings.sync();
}

bool PreferencesStore::contains(const QString &account) const
{
    m_settings.beginGroup(group(account));
    const bool found = !m_settings.childKeys().isEmpty();
    m_settings.endGroup();
    return found;
}

} // namespace AgentDesk::Core
