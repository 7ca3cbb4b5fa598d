// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace AgentDesk::Core {

// Chooses the user-interface language among the shipped translations. The source strings are
// English, so "en" needs no file. Plain Portuguese ("pt", or a region we don't ship such as
// pt_AO) falls back to Brazilian Portuguese, the variant most of our agents read.
//   LanguageCatalog catalog({u"pt_BR"_s, u"pt_PT"_s, u"ja"_s, u"es"_s, u"fr"_s});
//   QString code = catalog.resolve(QLocale::system().uiLanguages());  // e.g. "pt_PT"
class LanguageCatalog
{
public:
    explicit LanguageCatalog(QStringList shipped);

    // The first language of the preference list we can show; "en" when none matches.
    // Accepts BCP 47 ("pt-BR") and POSIX ("pt_BR.UTF-8") spellings.
    QString resolve(const QStringList &preferences) const;
    QStringList shipped() const { return m_shipped; }
    // "en" plus every shipped code, for a language picker.
    QStringList selectable() const;

    static QString normalized(const QString &code); // "pt-br.UTF-8" -> "pt_BR"

private:
    QStringList m_shipped;
};

} // namespace AgentDesk::Core
