// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagecatalog.h"

using namespace Qt::StringLiterals;

namespace AgentDesk::Core {

static const auto kSource = u"en"_s;
static const auto kPortugueseFallback = u"pt_BR"_s;

LanguageCatalog::LanguageCatalog(QStringList shipped)
    : m_shipped(std::move(shipped))
{
    for (QString &code : m_shipped) {
        code = normalized(code);
    }
}

QString LanguageCatalog::normalized(const QString &code)
{
    QString result = code.section(u'.', 0, 0).section(u'@', 0, 0);
    result.replace(u'-', u'_');
    const qsizetype underscore = result.indexOf(u'_');
    if (underscore < 0) {
        return result.toLower();
    }
    // Script subtags (zh_Hans_CN) are not needed for our languages: keep language_REGION.
    const QString language = result.left(underscore).toLower();
    const QString region = result.section(u'_', -1).toUpper();
    return language + u'_' + region;
}

QString LanguageCatalog::resolve(const QStringList &preferences) const
{
    for (const QString &preference : preferences) {
        const QString code = normalized(preference);
        if (code.isEmpty() || code == u"c"_s || code == u"posix"_s) {
            continue;
        }
        if (m_shipped.contains(code)) {
            return code;
        }
        const QString language = code.section(u'_', 0, 0);
        if (language == kSource) {
            return kSource;
        }
        if (m_shipped.contains(language)) {
            return language;
        }
        if (language == u"pt"_s && m_shipped.contains(kPortugueseFallback)) {
            return kPortugueseFallback;
        }
    }
    return kSource;
}

QStringList LanguageCatalog::selectable() const
{
    return QStringList{kSource} + m_shipped;
}

} // namespace AgentDesk::Core
