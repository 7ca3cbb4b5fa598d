// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QTranslator>

#include <memory>

namespace AgentDesk::Ui {

// Installs AgentDesk's translation and Qt's own (qtbase_) for the chosen language, and removes
// them again when another language is chosen or the loader is destroyed. The shipped languages
// are the .qm files compiled into the resources under :/i18n.
//   TranslationLoader translations;
//   translations.install(options.language);  // "" = follow the system's languages
class TranslationLoader final
{
public:
    TranslationLoader() = default;
    ~TranslationLoader();
    Q_DISABLE_COPY_MOVE(TranslationLoader)

    static QStringList shippedLanguages();
    // Returns the language now in use ("en" when none of ours matched the request or system).
    QString install(const QString &requested);
    QString current() const { return m_current; }

private:
    void uninstall();

    std::unique_ptr<QTranslator> m_ours;
    std::unique_ptr<QTranslator> m_qt;
    QString m_current = QStringLiteral("en");
};

} // namespace AgentDesk::Ui
