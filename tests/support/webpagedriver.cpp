// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webpagedriver.h"

#include <QTest>
#include <QWebEnginePage>

#include <optional>

using namespace Qt::StringLiterals;

namespace AgentDesk::Test {

bool runWhenElementReady(QWebEnginePage *page, const QString &elementId, const QString &script)
{
    // The script runs with the element as `e`; it only runs once the element exists.
    const QString wrapped = u"(function(){var e=document.getElementById('%1');"
                            u"if(!e) return false; %2; return true;})()"_s.arg(elementId, script);
    return QTest::qWaitFor(
            [&] {
                std::optional<bool> done;
                page->runJavaScript(wrapped,
                                    [&done](const QVariant &value) { done = value.toBool(); });
                return QTest::qWaitFor([&done] { return done.has_value(); }, 2000) && *done;
            },
            20'000);
}

bool signInWithPassword(QWebEnginePage *page, const QString &email, const QString &password)
{
    return runWhenElementReady(page, u"password"_s,
                               u"document.getElementById('email').value='%1';"
                               u"e.value='%2';"
                               u"document.getElementById('signin').click()"_s.arg(email, password));
}

bool clickWhenReady(QWebEnginePage *page, const QString &elementId)
{
    return runWhenElementReady(page, elementId, u"e.click()"_s);
}

} // namespace AgentDesk::Test
