// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The colleagues panel as the agent uses it, through the real window against the simulator:
// after the station login and the Teams sign-in the directory fills the dock with live
// presence; then the keyboard alone: Ctrl+F, typing, arrows, Enter (consult during a call),
// Shift+Enter (transfer), Ctrl+C, the menu key and a favourite pinned first; and the panel in
// every language, at a comfortable size and at the minimum window size.
#include <auth/memorytokenstore.h>
#include <core/clock.h>
#include <session/colleagueroles.h>
#include <session/colleaguesearchmodel.h>
#include <session/sessioncontext.h>
#include <ui/colleaguespanel.h>
#include <ui/interactionpreferencesdialog.h>
#include <ui/mainwindow.h>
#include <ui/signinflow.h>
#include <ui/translationloader.h>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <support/layoutchecks.h>
#include <support/simfixture.h>

using namespace Qt::StringLiterals;
using namespace AgentDesk;

namespace {
const QString kAna = u"ana.souza@contoso.example"_s;
}

class TestColleaguesEndToEnd final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::SimFixture> m_sim;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    Auth::MemoryTokenStore m_store;
    std::unique_ptr<Session::SessionContext> m_session;
    std::unique_ptr<Ui::MainWindow> m_window;

    Ui::ColleaguesPanel *panel() const { return m_window->colleaguesPanel(); }
    QListView *list() const { return panel()->findChild<QListView *>(u"colleagueList"_s); }
    QLineEdit *search() const { return panel()->findChild<QLineEdit *>(u"colleagueSearch"_s); }
    QString currentId() const
    {
        return list()->currentIndex().data(Session::ColleagueIdRole).toString();
    }

    void signInWithTeams()
    {
        QTest::mouseClick(m_window->findChild<QPushButton *>(u"signInButton"_s), Qt::LeftButton);
        Ui::InteractionPreferencesDialog *form = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
                (form = m_window->signInFlow()->preferencesDialog()) && form->isVisible(), 20'000);
        QTest::keyClicks(form->findChild<QLineEdit *>(u"teamSearch"_s), u"billing"_s);
        QTest::keyClick(form->findChild<QLineEdit *>(u"teamSearch"_s), Qt::Key_Down);
        QTest::mouseClick(form->findChild<QPushButton *>(u"saveAndContinueButton"_s),
                          Qt::LeftButton);
        auto *dock = m_window->findChild<QDockWidget *>(u"colleaguesDock"_s);
        QTRY_VERIFY_WITH_TIMEOUT(dock->isVisible(), 20'000);
        QTRY_COMPARE_WITH_TIMEOUT(m_session->colleagues().status(),
                                  Session::ColleaguesService::Status::Ready, 30'000);
        // The Teams sign-in window has come and gone: the agent is back in the main window.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).removeRecursively();
        Sim::Scenario tenant = Sim::Scenario::defaults(); // several hundred colleagues
        tenant.setAutoSignIn(kAna);
        m_sim = std::make_unique<Test::SimFixture>(std::move(tenant));
        m_settings = std::make_unique<QSettings>(m_dir.filePath(u"t.conf"_s), QSettings::IniFormat);
        m_settings->clear();
        m_session = std::make_unique<Session::SessionContext>(
                Core::ServiceEndpoints::onOneOrigin(m_sim->baseUrl()), &m_store, m_settings.get(),
                Core::Clock::system());
        m_window = std::make_unique<Ui::MainWindow>();
        m_window->attachSession(m_session.get());
        m_window->resize(1024, 720);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    void cleanup()
    {
        Ui::TranslationLoader english;
        english.install(u"en"_s);
        m_window.reset();
        m_session.reset();
        m_sim.reset();
    }

    void panel_afterSignIn_showsDirectoryWithPresence()
    {
        signInWithTeams();
        const int people = m_session->colleagues().model().rowCount();
        QVERIFY2(people > 400, qPrintable(QString::number(people)));
        QCOMPARE(list()->model()->rowCount(), people);
        QCOMPARE(panel()->findChild<QLabel *>(u"colleagueStatus"_s)->text(),
                 u"Colleagues: %L1"_s.arg(people));
        // The rows on screen get their presence; the rows far below do not need it yet.
        QTRY_VERIFY_WITH_TIMEOUT(
                list()->model()->index(0, 0).data(Session::PresenceKnownRole).toBool(), 20'000);
        QVERIFY(!list()->model()
                         ->index(people - 1, 0)
                         .data(Session::PresenceLabelRole)
                         .toString()
                         .isEmpty());
    }

    void panel_keyboardOnly_findsConsultsTransfersCopiesAndPins()
    {
        signInWithTeams();
        QSignalSpy consults(panel(), &Ui::ColleaguesPanel::consultRequested);
        QSignalSpy transfers(panel(), &Ui::ColleaguesPanel::transferRequested);

        // Ctrl+F from anywhere in the window, then typing narrows the list.
        QTest::keySequence(m_window.get(), QKeySequence::Find);
        QTRY_COMPARE(QApplication::focusWidget(), search());
        QTest::keyClicks(search(), u"sales"_s);
        const int matches = list()->model()->rowCount();
        QVERIFY(matches > 0);
        QVERIFY(matches < m_session->colleagues().model().rowCount());
        for (int row = 0; row < matches; ++row) {
            const QModelIndex index = list()->model()->index(row, 0);
            const QString text = index.data().toString() + u' ' +
                                 index.data(Session::DepartmentRole).toString() + u' ' +
                                 index.data(Session::JobTitleRole).toString();
            QVERIFY2(text.contains(u"sales"_s, Qt::CaseInsensitive), qPrintable(text));
        }

        // Arrows walk the list while the caret stays in the field.
        QCOMPARE(list()->currentIndex().row(), 0);
        QTest::keyClick(search(), Qt::Key_Down);
        QCOMPARE(list()->currentIndex().row(), 1);
        QCOMPARE(QApplication::focusWidget(), search());

        // No customer call: Enter neither consults nor transfers.
        QTest::keyClick(search(), Qt::Key_Return);
        QCOMPARE(consults.size() + transfers.size(), 0);

        // During a call: Enter consults, Shift+Enter transfers the current person (if callable).
        panel()->setCallActive(true);
        int row = 1;
        while (!list()->model()->index(row, 0).data(Session::CallableRole).toBool()) {
            QTest::keyClick(search(), Qt::Key_Down);
            row = list()->currentIndex().row();
        }
        const QString expert = currentId();
        QTest::keyClick(search(), Qt::Key_Return);
        QCOMPARE(consults.size(), 1);
        QCOMPARE(consults.first().first().value<Core::Colleague>().id, expert);
        QTest::keyClick(search(), Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(transfers.size(), 1);
        QCOMPARE(transfers.first().first().value<Core::Colleague>().id, expert);
        panel()->setCallActive(false);

        // Ctrl+C in the list copies the number as dialled.
        list()->setFocus();
        QTest::keyClick(list(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 list()->currentIndex().data(Session::DialStringRole).toString());

        // The menu key opens the actions; "Add to favourites" pins the person first.
        QStringList actions;
        QTimer::singleShot(0, this, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            QVERIFY(menu);
            for (QAction *action : menu->actions()) {
                if (!action->isSeparator()) {
                    actions << action->text();
                }
            }
            QAction *favourite = panel()->findChild<QAction *>(u"colleagueFavourite"_s);
            menu->close();
            favourite->trigger();
        });
        QTest::keyClick(list(), Qt::Key_Menu);
        QCOMPARE(actions, (QStringList{u"C&onsult"_s, u"&Transfer"_s, u"Ca&ll"_s, u"&Copy number"_s,
                                       u"Open c&hat in Teams"_s, u"Add to &favourites"_s}));
        QTRY_COMPARE(list()->model()->index(0, 0).data(Session::ColleagueIdRole).toString(),
                     expert);
        QVERIFY(list()->model()->index(0, 0).data(Session::FavouriteRole).toBool());
        QCOMPARE(currentId(), expert); // the agent's place is kept

        // Japanese names are found by any part of them (set as an input method would).
        search()->clear();
        const Session::ColleaguesModel &model = m_session->colleagues().model();
        QString japanese;
        for (int i = 0; i < model.rowCount() && japanese.isEmpty(); ++i) {
            const QString name = model.colleague(i).displayName;
            if (!name.isEmpty() && name.at(0).unicode() >= 0x3040 && name.size() > 2) {
                japanese = name;
            }
        }
        QVERIFY(!japanese.isEmpty());
        search()->setText(japanese.mid(1, 1));
        QVERIFY(list()->model()
                        ->match(list()->model()->index(0, 0), Qt::DisplayRole, japanese, 1,
                                Qt::MatchExactly)
                        .size() == 1);
    }

    void panel_everyLanguage_fitsAtComfortableAndMinimumSize()
    {
        signInWithTeams();
        list()->setCurrentIndex(list()->model()->index(2, 0));
        for (const QString &language :
             {u"en"_s, u"pt_BR"_s, u"pt_PT"_s, u"ja"_s, u"es"_s, u"fr"_s}) {
            Ui::TranslationLoader translations;
            QCOMPARE(translations.install(language), language);
            for (const QSize size : {QSize(1024, 720), QSize(500, 500)}) {
                m_window->resize(size);
                QTest::qWait(50);
                const QStringList clipped = Test::clippedTexts(panel());
                QVERIFY2(clipped.isEmpty(), qPrintable(language + u": "_s + clipped.join(u'\n')));
                Test::saveScreenshot(m_window.get(), u"colleagues-%1-%2x%3"_s.arg(language)
                                                             .arg(size.width())
                                                             .arg(size.height()));
            }
            m_window->resize(1024, 720);
            // Further down the list: the Japanese (and other non-Latin) names.
            int firstJapanese = 0;
            while (firstJapanese < list()->model()->rowCount()) {
                const QString name = list()->model()->index(firstJapanese, 0).data().toString();
                if (!name.isEmpty() && name.at(0).unicode() >= 0x3040 &&
                    name.at(0).unicode() < 0xA000) {
                    break;
                }
                ++firstJapanese;
            }
            QVERIFY(firstJapanese < list()->model()->rowCount());
            list()->scrollTo(list()->model()->index(firstJapanese, 0),
                             QAbstractItemView::PositionAtTop);
            QTest::qWait(50);
            Test::saveScreenshot(m_window.get(), u"colleagues-%1-japanese-names"_s.arg(language));
            list()->scrollToTop();
        }
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestColleaguesEndToEnd test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_colleagues_e2e.moc"
