// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interactionpreferences.h"

#include <QString>

class QSettings;

namespace AgentDesk::Core {

// Keeps each agent account's interaction preferences in the QSettings it is given, one group per
// account ("interactionPreferences/<account>"). It writes exactly the fields of
// InteractionPreferences: no token, code or password can reach the settings file through it.
//   PreferencesStore store(settings);
//   InteractionPreferences saved = store.load(person.id);  // empty when never saved
//   store.save(person.id, check.preferences);
//   store.setAutoSignIn(person.id, false);                 // from the profile settings dialog
class PreferencesStore
{
public:
    explicit PreferencesStore(QSettings &settings);

    InteractionPreferences load(const QString &account) const;
    void save(const QString &account, const InteractionPreferences &preferences);
    // Turns "Don't show this again" off (or on) without touching the rest.
    void setAutoSignIn(const QString &account, bool enabled);
    void remove(const QString &account);
    bool contains(const QString &account) const;

private:
    static QString group(const QString &account);

    QSettings &m_settings;
};

} // namespace AgentDesk::Core
