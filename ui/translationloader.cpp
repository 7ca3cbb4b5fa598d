// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "translationloader.h"

#include <core/languagecatalog.h>

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTranslations, "agentdesk.ui.translations", QtInfoMsg)

namespace AgentDesk::Ui {

static const auto kResourceDir = u":/i18n"_s;
static const auto kPrefix = u"agentdesk_"_s;

QStringList TranslationLoader::shippedLanguages()
{
    QStringList codes;
    const QStringList files =
            QDir(kResourceDir).entryList({kPrefix + u"*.qm"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        codes.append(file.mid(kPrefix.size()).chopped(3));
    }
    return codes;
}

// Qt ships qtbase_pt_BR but no qtbase_pt_PT: try the exact code, then the language, then the
// older all-in-one "qt_" catalogue.
static bool loadQtTranslation(QTranslator &translator, const QString &code)
{
    const QString directory = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    const QString language = code.section(u'_', 0, 0);
    const QStringList candidates = {u"qtbase_"_s + code, u"qtbase_"_s + language, u"qt_"_s + code,
                                    u"qtbase_pt_BR"_s};
    for (const QString &name : candidates) {
        if (name.endsWith(u"pt_BR"_s) && language != u"pt"_s) {
            continue;
        }
        if (translator.load(name, directory)) {
            return true;
        }
    }
    return false;
}

TranslationLoader::~TranslationLoader()
{
    uninstall();
}

void TranslationLoader::uninstall()
{
    for (std::unique_ptr<QTranslator> *translator : {&m_ours, &m_qt}) {
        if (*translator) {
            QCoreApplication::removeTranslator(translator->get());
            translator->reset();
        }
    }
}

QString TranslationLoader::install(const QString &requested)
{
    uninstall();
    const Core::LanguageCatalog catalog(shippedLanguages());
    QStringList preferences = QLocale::system().uiLanguages();
    if (!requested.isEmpty()) {
        preferences.prepend(requested);
    }
    m_current = catalog.resolve(preferences);
    QLocale::setDefault(QLocale(m_current));
    if (m_current == u"en"_s) {
        qCInfo(lcTranslations) << "using the source language, English";
        return m_current;
    }

    auto ours = std::make_unique<QTranslator>();
    if (ours->load(kPrefix + m_current, kResourceDir)) {
        QCoreApplication::installTranslator(ours.get());
        m_ours = std::move(ours);
    } else {
        qCWarning(lcTranslations) << "cannot load translation" << m_current;
    }
    auto qt = std::make_unique<QTranslator>();
    if (loadQtTranslation(*qt, m_current)) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
    } else {
        qCInfo(lcTranslations) << "no Qt translation for" << m_current;
    }
    qCInfo(lcTranslations) << "language" << m_current;
    return m_current;
}

} // namespace AgentDesk::Ui
