// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "layoutchecks.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QDir>
#include <QLabel>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace AgentDesk::Test {

static QString describe(const QWidget *widget, const QString &text, int have, int need)
{
    return u"%1 '%2': %3 px wide, text needs %4 px"_s
            .arg(widget->objectName().isEmpty()
                         ? QString::fromLatin1(widget->metaObject()->className())
                         : widget->objectName(),
                 text)
            .arg(have)
            .arg(need);
}

// Layouts update on a posted LayoutRequest: settle them before looking.
static void settleLayouts()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
}

QStringList clippedTexts(QWidget *root)
{
    settleLayouts();
    QStringList problems;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(root) || widget->width() <= 0) {
            continue;
        }
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            if (label->wordWrap() || label->text().isEmpty() || !label->pixmap().isNull()) {
                continue;
            }
            const int need = label->sizeHint().width();
            if (label->width() < need) {
                problems.append(describe(label, label->text(), label->width(), need));
            }
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            if (button->text().isEmpty()) {
                continue;
            }
            const int need = button->sizeHint().width();
            if (button->width() < need) {
                problems.append(describe(button, button->text(), button->width(), need));
            }
        }
    }
    return problems;
}

QString saveScreenshot(QWidget *root, const QString &name)
{
    const QString directory = qEnvironmentVariable("AGENTDESK_SCREENSHOT_DIR");
    if (directory.isEmpty()) {
        return {};
    }
    settleLayouts();
    QDir().mkpath(directory);
    const QString path = QDir(directory).filePath(name + u".png"_s);
    return root->grab().save(path) ? path : QString();
}

} // namespace AgentDesk::Test
