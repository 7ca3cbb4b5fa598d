// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The app shell through its real widgets: size, menus, About, every shipped language.
#include <ui/aboutdialog.h>
#include <ui/mainwindow.h>
#include <ui/translationloader.h>

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTest>
#include <QTimer>

#include <support/layoutchecks.h>

using namespace Qt::StringLiterals;
using namespace AgentDesk;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private:
    static Core::ServiceEndpoints demoEndpoints()
    {
        return Core::ServiceEndpoints::onOneOrigin(QUrl(u"http://127.0.0.1:45678"_s));
    }

private Q_SLOTS:
    void shippedLanguages_areTheFiveWeTranslate()
    {
        QStringList languages = Ui::TranslationLoader::shippedLanguages();
        languages.sort();
        QCOMPARE(languages, (QStringList{u"es"_s, u"fr"_s, u"ja"_s, u"pt_BR"_s, u"pt_PT"_s}));
    }

    void mainWindow_minimumSize_is500x500()
    {
        Ui::MainWindow window;
        QCOMPARE(window.minimumSize(), QSize(500, 500));
        window.resize(200, 200);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.width() >= 500 && window.height() >= 500);
    }

    void mainWindow_menus_offerQuitAboutAndAboutQt()
    {
        Ui::MainWindow window;
        for (const QString &name : {u"quitAction"_s, u"aboutAction"_s, u"aboutQtAction"_s}) {
            QAction *action = window.findChild<QAction *>(name);
            QVERIFY2(action, qPrintable(name));
            QVERIFY(!action->text().isEmpty());
        }
        QCOMPARE(window.findChild<QAction *>(u"quitAction"_s)->shortcut(),
                 QKeySequence(QKeySequence::Quit));
    }

    void aboutAction_triggered_showsVersionAndQt()
    {
        QApplication::setApplicationVersion(u"9.8.7"_s);
        Ui::MainWindow window;
        window.show();
        QString shownText;
        QTimer::singleShot(0, this, [&shownText] {
            auto *dialog = qobject_cast<Ui::AboutDialog *>(QApplication::activeModalWidget());
            if (dialog) {
                shownText = dialog->findChild<QLabel *>(u"aboutText"_s)->text();
                dialog->reject();
            }
        });
        window.findChild<QAction *>(u"aboutAction"_s)->trigger();
        QVERIFY(shownText.contains(u"9.8.7"_s));
        QVERIFY(shownText.contains(QString::fromLatin1(qVersion())));
    }

    void showEndpoints_demo_listsEveryService()
    {
        Ui::MainWindow window;
        window.showEndpoints(demoEndpoints(), true);
        QCOMPARE(window.findChild<QLabel *>(u"graphApiValue"_s)->text(),
                 u"http://127.0.0.1:45678/v1.0"_s);
        QCOMPARE(window.findChild<QLabel *>(u"ccIdentityValue"_s)->text(),
                 u"http://127.0.0.1:45678/v1"_s);
    }

    void everyLanguage_at500x500_translatesAndClipsNothing_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("fileMenu");
        QTest::newRow("en") << u"en"_s << u"&File"_s;
        QTest::newRow("pt_BR") << u"pt_BR"_s << u"&Arquivo"_s;
        QTest::newRow("pt_PT") << u"pt_PT"_s << u"&Ficheiro"_s;
        QTest::newRow("ja") << u"ja"_s << u"ファイル(&F)"_s;
        QTest::newRow("es") << u"es"_s << u"&Archivo"_s;
        QTest::newRow("fr") << u"fr"_s << u"&Fichier"_s;
    }
    void everyLanguage_at500x500_translatesAndClipsNothing()
    {
        QFETCH(QString, language);
        QFETCH(QString, fileMenu);
        Ui::TranslationLoader translations;
        QCOMPARE(translations.install(language), language);

        Ui::MainWindow window;
        window.showEndpoints(demoEndpoints(), true);
        window.resize(500, 500);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.findChild<QMenu *>(u"fileMenu"_s)->title(), fileMenu);
        const QStringList clipped = Test::clippedTexts(&window);
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(u'\n')));
        Test::saveScreenshot(&window, u"mainwindow-"_s + language);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
