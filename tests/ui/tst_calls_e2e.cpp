// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The customer's call as the agent handles it, through the real window against the simulator
// over loopback (station login on an extension, Teams connected): the ringing bar and Accept,
// the phone answered on the device, hold and resume, consults of a colleague from the side
// panel's Colleagues tab (answered, then transferred, conferenced or ended; legs swapped),
// asking first about a colleague on Do not disturb, blind transfers to a colleague, an agent
// and a queue, each command's failure (the message in the banner, the state kept, the control
// back), double clicks that send one request, a socket drop in the middle of a consult,
// wrap-up by hand and on its own, click-to-call, and the call view and the side panel in every
// language at a comfortable and at the minimum window size.
#include <auth/memorytokenstore.h>
#include <core/clock.h>
#include <session/buddyagentsmodel.h>
#include <session/colleagueroles.h>
#include <session/colleaguesearchmodel.h>
#include <session/queuesmodel.h>
#include <session/sessioncontext.h>
#include <ui/callview.h>
#include <ui/colleaguespanel.h>
#include <ui/consultpanel.h>
#include <ui/interactionpreferencesdialog.h>
#include <ui/mainwindow.h>
#include <ui/signinflow.h>
#include <ui/translationloader.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <support/layoutchecks.h>
#include <support/simfixture.h>

using namespace Qt::StringLiterals;
using namespace AgentDesk;
using Core::CallState;

namespace {

const QString kAna = u"ana.souza@contoso.example"_s;
const QString kCustomer = u"+14155550123"_s;
const QString kPriya = u"Priya Nair"_s; // an agent signed in on an extension, Available
const QString kPriyaId = u"5d0c7a3e-8b1f-5e42-9c6d-2f4a8e1b7c90"_s;
const QString kBillingId = u"a84d2e07-5c19-5f6b-9e3a-1b7c0d8f2e64"_s;
const QString kResolved = u"b08f96e5-89cb-4639-9461-838bfc2e9562"_s; // the default wrap-up code
const QString kEscalated = u"5a879477-b3c6-4eb1-ad43-daa20d7af038"_s;
const QStringList kLanguages{u"en"_s, u"pt_BR"_s, u"pt_PT"_s, u"ja"_s, u"es"_s, u"fr"_s};

// The test whose tenant wraps up on its own after the profile's seconds.
constexpr char kAutoWrapUpTest[] = "wrapUp_profileAutoWrapUp_countsDownAndSaves";
constexpr int kAutoWrapUpSeconds = 3;

} // namespace

// Runs a helper that checks as it goes, and stops the test at its first failure.
#define STEP(call)                                                                                 \
    do {                                                                                           \
        call;                                                                                      \
        if (QTest::currentTestFailed()) {                                                          \
            return;                                                                                \
        }                                                                                          \
    } while (false)

class TestCallsEndToEnd final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::SimFixture> m_sim;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    Auth::MemoryTokenStore m_store;
    std::unique_ptr<Session::SessionContext> m_session;
    std::unique_ptr<Ui::MainWindow> m_window;
    QString m_interactionId;

    // --- the simulator's side ---

    static Sim::Scenario scenario(bool autoWrapUp)
    {
        Sim::Scenario tenant = Sim::Scenario::defaults();
        QJsonObject contactCenter{{u"eventDelayMs"_s, 5}, {u"consultAnswerDelayMs"_s, 300}};
        if (autoWrapUp) {
            // Ana's profile, as the default tenant has it, with an auto wrap-up.
            QJsonArray agents = tenant.section(u"contactCenter"_s).value(u"agents"_s).toArray();
            for (qsizetype i = 0; i < agents.size(); ++i) {
                QJsonObject agent = agents.at(i).toObject();
                if (agent.value(u"email"_s).toString() == kAna) {
                    QJsonObject profile = agent.value(u"profile"_s).toObject();
                    profile.insert(u"autoWrapUp"_s, true);
                    profile.insert(u"autoWrapAfterSeconds"_s, kAutoWrapUpSeconds);
                    agent.insert(u"profile"_s, profile);
                    agents.replace(i, agent);
                }
            }
            contactCenter.insert(u"agents"_s, agents);
        }
        tenant.merge(QJsonObject{{u"contactCenter"_s, contactCenter}});
        tenant.setAutoSignIn(kAna);
        return tenant;
    }

    Test::WireClient::Reply control(const QString &path, const QJsonObject &body = {})
    {
        return m_sim->wire().postJson(m_sim->url(path), QJsonDocument(body));
    }
    // The task commands of one action the desktop sent ("hold", "consult/end"...).
    QJsonArray sent(const QString &action)
    {
        return m_sim->requestsTo(u"^/v1/tasks/[^/]+/%1$"_s.arg(action));
    }
    QJsonObject lastBody(const QString &action)
    {
        const QJsonArray requests = sent(action);
        return requests.isEmpty()
                       ? QJsonObject()
                       : QJsonDocument::fromJson(
                                 requests.last().toObject().value(u"body"_s).toString().toUtf8())
                                 .object();
    }
    void failNext(const QString &action)
    {
        QCOMPARE(control(u"/_sim/cc/task-failures"_s, {{u"action"_s, action}}).status, 200);
    }
    void setPresence(const QString &id, const QString &availability, const QString &activity)
    {
        QCOMPARE(control(u"/_sim/presence"_s, {{u"id"_s, id},
                                               {u"availability"_s, availability},
                                               {u"activity"_s, activity}})
                         .status,
                 200);
    }

    // --- the window ---

    Session::CallController &calls() { return m_session->calls(); }
    template<typename T = QWidget>
    T *find(const QString &name) const
    {
        T *child = m_window->findChild<T *>(name);
        if (!child) {
            qWarning() << "no widget" << name;
        }
        return child;
    }
    QPushButton *button(const QString &name) const { return find<QPushButton>(name); }
    QString text(const QString &label) const { return find<QLabel>(label)->text(); }
    Ui::ColleaguesPanel *colleagues() const { return m_window->colleaguesPanel(); }
    QListView *colleagueList() const
    {
        return colleagues()->findChild<QListView *>(u"colleagueList"_s);
    }
    QLineEdit *colleagueSearch() const
    {
        return colleagues()->findChild<QLineEdit *>(u"colleagueSearch"_s);
    }
    QString bannerText() const
    {
        auto *banner = find<QLabel>(u"banner"_s);
        return banner->isVisible() ? banner->text() : QString();
    }

    // Signs Ana in on her first extension with Teams, and waits for the directory.
    void signIn()
    {
        QTest::mouseClick(button(u"signInButton"_s), Qt::LeftButton);
        Ui::InteractionPreferencesDialog *form = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
                (form = m_window->signInFlow()->preferencesDialog()) && form->isVisible(), 20'000);
        auto *extension = form->findChild<QRadioButton *>(u"device_extension"_s);
        QTest::mouseClick(extension, Qt::LeftButton, {},
                          QPoint(extension->height() / 2, extension->height() / 2));
        const QString firstExtension = m_session->login()
                                               .rules()
                                               ->numberChoices(Core::VoiceDevice::Extension)
                                               .choices.first();
        if (auto *choice = form->findChild<QComboBox *>(u"numberChoice"_s); choice->isVisible()) {
            choice->setCurrentIndex(choice->findText(firstExtension));
        } else {
            QTest::keyClicks(form->findChild<QLineEdit *>(u"numberEdit"_s), firstExtension);
        }
        QTest::keyClicks(form->findChild<QLineEdit *>(u"teamSearch"_s), u"billing"_s);
        QTest::keyClick(form->findChild<QLineEdit *>(u"teamSearch"_s), Qt::Key_Down);
        QTest::mouseClick(form->findChild<QPushButton *>(u"saveAndContinueButton"_s),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(find<QDockWidget>(u"colleaguesDock"_s)->isVisible(), 20'000);
        QTRY_COMPARE_WITH_TIMEOUT(m_session->colleagues().status(),
                                  Session::ColleaguesService::Status::Ready, 30'000);
        QCOMPARE(m_sim->ccAgent(kAna).value(u"deviceType"_s).toString(), u"EXTENSION"_s);
        // The Teams sign-in window has come and gone: the agent is back in the main window.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(find(u"callView"_s)->isVisible());
        QVERIFY(find<QLabel>(u"callIdleText"_s)->isVisible());
        // Calls come to an Available agent.
        auto *selector = find<QComboBox>(u"stateSelector"_s);
        selector->setCurrentIndex(0);
        Q_EMIT selector->activated(0); // as a click in the list does
        QTRY_COMPARE(m_sim->ccAgent(kAna).value(u"state"_s).toString(), u"Available"_s);
    }

    // A customer's call rings at Ana.
    void offer()
    {
        const auto reply =
                control(u"/_sim/cc/calls"_s,
                        {{u"email"_s, kAna}, {u"ani"_s, kCustomer}, {u"queue"_s, u"Billing"_s}});
        QCOMPARE(reply.status, 201);
        m_interactionId = reply.json().object().value(u"interactionId"_s).toString();
        QTRY_VERIFY(find(u"incomingCallBar"_s)->isVisible());
        QCOMPARE(calls().state(), CallState::Offered);
    }
    void connectCall()
    {
        STEP(offer());
        QTest::mouseClick(button(u"acceptCallButton"_s), Qt::LeftButton);
        QTRY_COMPARE(calls().state(), CallState::Connected);
        QTRY_VERIFY(find(u"consultDock"_s)->isVisible());
        QVERIFY(!find(u"incomingCallBar"_s)->isVisible());
    }
    // Takes the call to wrap-up with End call.
    void endCall()
    {
        QTRY_VERIFY(button(u"endCallButton"_s)->isEnabled());
        QTest::mouseClick(button(u"endCallButton"_s), Qt::LeftButton);
        QTRY_COMPARE(calls().state(), CallState::WrapUp);
    }

    // The first callable colleague without an extension (the simulated dial plan takes E.164
    // only) in the list as shown, made current, shown by Teams as `availability`/`activity`.
    Core::Colleague pickColleague(const QString &availability = u"Available"_s,
                                  const QString &activity = u"Available"_s, int skip = 0)
    {
        QAbstractItemModel *model = colleagueList()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            const QString dial = index.data(Session::DialStringRole).toString();
            if (!index.data(Session::CallableRole).toBool() || dial.contains(u',') || skip-- > 0) {
                continue;
            }
            colleagueList()->setCurrentIndex(index);
            const std::optional<Core::Colleague> colleague = colleagues()->currentColleague();
            if (!colleague) {
                return {};
            }
            setPresence(colleague->id, availability, activity);
            const int wanted = int(Core::Presence::fromGraph(availability, activity).status());
            // The side panel is open: presence comes every couple of seconds.
            if (!QTest::qWaitFor(
                        [&] {
                            return colleagueList()
                                           ->currentIndex()
                                           .data(Session::PresenceStatusRole)
                                           .toInt() == wanted;
                        },
                        15'000)) {
                qWarning() << "presence of" << colleague->id << "not updated";
                return {};
            }
            return *colleague;
        }
        return {};
    }

    // Consults a colleague with Enter in the Colleagues tab; the colleague answers.
    Core::Colleague consultColleague()
    {
        auto *panel = m_window->consultPanel();
        panel->setCurrentIndex(Ui::ConsultPanel::ColleaguesTab);
        const Core::Colleague expert = pickColleague();
        if (expert.id.isEmpty()) {
            return {};
        }
        colleagueSearch()->setFocus();
        QTest::keyClick(colleagueSearch(), Qt::Key_Return);
        if (!QTest::qWaitFor([this] { return calls().state() == CallState::Consulting; }, 5'000) ||
            !QTest::qWaitFor([this] { return calls().call()->consultAnswered(); }, 5'000)) {
            qWarning() << "the consult did not get through";
            return {};
        }
        return expert;
    }

    // A double click as the mouse makes it: press, release, press (double click), release.
    static void doubleClick(QWidget *widget)
    {
        QTest::mouseClick(widget, Qt::LeftButton);
        QTest::mouseDClick(widget, Qt::LeftButton);
        QTest::mouseRelease(widget, Qt::LeftButton);
    }

    // Selects the row whose `role` is `value` in a list of the side panel.
    static bool select(QListView *list, int role, const QString &value)
    {
        const QModelIndexList found =
                list->model()->match(list->model()->index(0, 0), role, value, 1, Qt::MatchExactly);
        if (found.isEmpty()) {
            return false;
        }
        list->setCurrentIndex(found.first());
        list->setFocus();
        return true;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).removeRecursively();
        m_sim = std::make_unique<Test::SimFixture>(
                scenario(qstrcmp(QTest::currentTestFunction(), kAutoWrapUpTest) == 0));
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
        signIn();
    }
    void cleanup()
    {
        Ui::TranslationLoader english;
        english.install(u"en"_s);
        m_window.reset();
        m_session.reset();
        m_sim.reset();
    }

    void incoming_barShowsCallerAndAcceptConnects()
    {
        STEP(offer());
        QCOMPARE(text(u"incomingCallText"_s), u"Incoming call from %1"_s.arg(kCustomer));
        QCOMPARE(text(u"incomingCallQueue"_s), u"Queue: Billing"_s);
        // An extension rings too.
        QVERIFY(find(u"incomingCallHint"_s)->isVisible());
        QCOMPARE(text(u"incomingCallHint"_s), u"Answer on your phone."_s);
        QVERIFY(button(u"acceptCallButton"_s)->toolTip().contains(u"Ctrl+Shift+A"_s));
        QCOMPARE(text(u"callState"_s), u"Incoming call"_s);
        QCOMPARE(text(u"callCaller"_s), kCustomer);
        QVERIFY(!find(u"consultDock"_s)->isVisible());

        // The keyboard accepts.
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
        QTRY_COMPARE(calls().state(), CallState::Connected);
        QVERIFY(!find(u"incomingCallBar"_s)->isVisible());
        QCOMPARE(sent(u"accept"_s).size(), 1);
        QCOMPARE(text(u"callState"_s), u"Connected"_s);
        QCOMPARE(text(u"callQueue"_s), u"Queue: Billing"_s);
        const QRegularExpression clock(u"^\\d\\d:\\d\\d$"_s);
        QVERIFY(clock.match(text(u"callTimer"_s)).hasMatch());
        // The timer counts each second.
        QTRY_VERIFY_WITH_TIMEOUT(text(u"callTimer"_s) != u"00:00"_s, 3'000);

        // The side panel opens with the colleagues panel in it; its dock gives it up meanwhile.
        QTRY_VERIFY(find(u"consultDock"_s)->isVisible());
        auto *panel = find<QTabWidget>(u"consultPanel"_s);
        QVERIFY(panel);
        QVERIFY(panel->isAncestorOf(colleagues()));
        QVERIFY(colleagues()->isVisible());
        QVERIFY(!find(u"colleaguesDock"_s)->isVisible());
        QCOMPARE(panel->count(), 3);
        // Ctrl+F finds a colleague in the side panel now.
        QTest::keySequence(m_window.get(), QKeySequence::Find);
        QTRY_COMPARE(QApplication::focusWidget(), colleagueSearch());

        // The call ends: the colleagues panel goes back to its dock.
        STEP(endCall());
        QVERIFY(!find(u"consultDock"_s)->isVisible());
        QVERIFY(find<QDockWidget>(u"colleaguesDock"_s)->isAncestorOf(colleagues()));
        QTRY_VERIFY(find(u"colleaguesDock"_s)->isVisible());
    }

    void incoming_answeredOnThePhone_connectsWithoutAccept()
    {
        STEP(offer());
        QCOMPARE(control(u"/_sim/cc/calls/%1/answer"_s.arg(m_interactionId)).status, 200);
        QTRY_COMPARE(calls().state(), CallState::Connected);
        QVERIFY(!find(u"incomingCallBar"_s)->isVisible());
        QCOMPARE(sent(u"accept"_s).size(), 0);
        QCOMPARE(text(u"callState"_s), u"Connected"_s);
    }

    void holdResume_buttonAndKeyboard_oneRequestPerDoubleClick()
    {
        STEP(connectCall());
        QPushButton *hold = button(u"holdButton"_s);
        QCOMPARE(hold->text(), u"Hol&d"_s);
        QVERIFY(hold->toolTip().contains(u"Ctrl+H"_s));

        // Two quick clicks: one request; the button waits for the contact center meanwhile.
        QTest::mouseClick(hold, Qt::LeftButton);
        QVERIFY(!hold->isEnabled());
        QVERIFY(find(u"callPending"_s)->isVisible());
        QTest::mouseClick(hold, Qt::LeftButton);
        QTRY_COMPARE(calls().state(), CallState::Held);
        QCOMPARE(sent(u"hold"_s).size(), 1);
        QCOMPARE(text(u"callState"_s), u"On hold"_s);
        QCOMPARE(hold->text(), u"Resu&me"_s);
        QTRY_VERIFY(hold->isEnabled());
        QVERIFY(!find(u"callPending"_s)->isVisible());

        // A double click resumes once.
        doubleClick(hold);
        QTRY_COMPARE(calls().state(), CallState::Connected);
        QCOMPARE(sent(u"unhold"_s).size(), 1);

        // Ctrl+H both ways.
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_H));
        QTRY_COMPARE(calls().state(), CallState::Held);
        QTRY_VERIFY(hold->isEnabled());
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_H));
        QTRY_COMPARE(calls().state(), CallState::Connected);
        QCOMPARE(sent(u"hold"_s).size(), 2);
        QCOMPARE(sent(u"unhold"_s).size(), 2);

        // Ctrl+E ends the call.
        QTRY_VERIFY(button(u"endCallButton"_s)->isEnabled());
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_E));
        QTRY_COMPARE(calls().state(), CallState::WrapUp);
        QCOMPARE(sent(u"end"_s).size(), 1);
    }

    void consultColleague_answered_transfersAndRemembersTheExpert()
    {
        STEP(connectCall());
        const Core::Colleague expert = consultColleague();
        QVERIFY(!expert.id.isEmpty());
        QCOMPARE(lastBody(u"consult"_s).value(u"to"_s).toString(), expert.businessDialString());
        QCOMPARE(lastBody(u"consult"_s).value(u"destinationType"_s).toString(), u"dialNumber"_s);
        QVERIFY(m_session->colleagues().pins().isRecent(expert.id));

        // Both legs, with their timers.
        QVERIFY(find(u"callLegs"_s)->isVisible());
        QCOMPARE(text(u"callState"_s), u"Consulting"_s);
        QCOMPARE(text(u"customerLegStatus"_s), u"On hold"_s);
        QCOMPARE(text(u"consultLegParty"_s), expert.displayName);
        QCOMPARE(text(u"consultLegStatus"_s), u"Talking"_s);
        QVERIFY(QRegularExpression(u"^\\d\\d:\\d\\d$"_s)
                        .match(text(u"consultLegTimer"_s))
                        .hasMatch());
        QVERIFY(!button(u"endCallButton"_s)->isEnabled());
        QVERIFY(button(u"conferenceButton"_s)->isEnabled());
        QVERIFY(button(u"endConsultButton"_s)->isEnabled());
        // The colleagues panel's own Consult and Transfer wait during a consult.
        QVERIFY(!colleagues()->findChild<QPushButton *>(u"colleagueConsult"_s)->isEnabled());

        QPushButton *transfer = button(u"consultTransferButton"_s);
        QVERIFY(transfer->toolTip().contains(u"Ctrl+Shift+T"_s));
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
        QTRY_COMPARE(calls().state(), CallState::WrapUp);
        QCOMPARE(sent(u"consult/transfer"_s).size(), 1);
        QCOMPARE(lastBody(u"consult/transfer"_s).value(u"to"_s).toString(),
                 expert.businessDialString());
        QCOMPARE(text(u"callNote"_s), u"Transferred to %1"_s.arg(expert.displayName));
        QVERIFY(find(u"wrapUpBox"_s)->isVisible());
        QVERIFY(!find(u"consultDock"_s)->isVisible());
        // Recent experts are listed first.
        QTRY_COMPARE(colleagueList()->model()->index(0, 0).data(Session::ColleagueIdRole),
                     QVariant(expert.id));
    }

    void consultColleague_swapLegsConferenceAndEndConsult()
    {
        STEP(connectCall());
        const Core::Colleague expert = consultColleague();
        QVERIFY(!expert.id.isEmpty());
        QPushButton *hold = button(u"holdButton"_s);

        // Back to the customer; the consulted party waits. Then back to them.
        QCOMPARE(hold->text(), u"Resu&me"_s);
        QVERIFY(hold->toolTip().startsWith(u"Talk to the customer again"_s));
        QTest::mouseClick(hold, Qt::LeftButton);
        QTRY_COMPARE(calls().state(), CallState::ConsultHeld);
        QCOMPARE(text(u"customerLegStatus"_s), u"Talking"_s);
        QCOMPARE(text(u"consultLegStatus"_s), u"On hold"_s);
        QTRY_VERIFY(hold->isEnabled());
        QVERIFY(hold->toolTip().startsWith(u"Talk to the consulted party again"_s));
        QTest::mouseClick(hold, Qt::LeftButton);
        QTRY_COMPARE(calls().state(), CallState::Consulting);
        QCOMPARE(text(u"consultLegStatus"_s), u"Talking"_s);

        // Conference (Ctrl+Shift+C), then the consulted party leaves (End consult).
        QTRY_VERIFY(button(u"conferenceButton"_s)->isEnabled());
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
        QTRY_COMPARE(calls().state(), CallState::Conferenced);
        QCOMPARE(text(u"callState"_s), u"Conference"_s);
        QCOMPARE(text(u"customerLegStatus"_s), u"In the conference"_s);
        QCOMPARE(text(u"consultLegStatus"_s), u"In the conference"_s);
        QVERIFY(!button(u"consultTransferButton"_s)->isEnabled());
        QTRY_VERIFY(button(u"endConsultButton"_s)->isEnabled());
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
        QTRY_COMPARE(calls().state(), CallState::Connected);
        QVERIFY(!find(u"callLegs"_s)->isVisible());
        QCOMPARE(sent(u"consult/conference"_s).size(), 1);
        QCOMPARE(sent(u"consult/end"_s).size(), 1);

        // Consult again, and end the consult: back to the customer, who waits on hold.
        QTRY_VERIFY(colleagues()->findChild<QPushButton *>(u"colleagueConsult"_s)->isEnabled());
        QVERIFY(!consultColleague().id.isEmpty());
        QTest::mouseClick(button(u"endConsultButton"_s), Qt::LeftButton);
        QTRY_COMPARE(calls().state(), CallState::Held);
        QCOMPARE(sent(u"consult/end"_s).size(), 2);
        QTRY_VERIFY(hold->isEnabled());
        QTest::mouseClick(hold, Qt::LeftButton);
        QTRY_COMPARE(calls().state(), CallState::Connected);
        STEP(endCall());
    }

    void consultColleague_doNotDisturb_asksFirst()
    {
        STEP(connectCall());
        const Core::Colleague busy = pickColleague(u"DoNotDisturb"_s, u"DoNotDisturb"_s);
        QVERIFY(!busy.id.isEmpty());
        const auto answer = [this](const QString &buttonName, QString *question) {
            QTimer::singleShot(0, this, [this, buttonName, question] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                QCOMPARE(box->objectName(), u"consultConfirmation"_s);
                *question = box->text();
                QTest::mouseClick(box->findChild<QPushButton *>(buttonName), Qt::LeftButton);
            });
        };

        // Cancel: nothing is sent.
        QString question;
        answer(u"consultConfirmCancel"_s, &question);
        colleagueSearch()->setFocus();
        QTest::keyClick(colleagueSearch(), Qt::Key_Return);
        QCOMPARE(question, u"Teams shows %1 as “Do not disturb”. Consult them anyway?"_s.arg(
                                   busy.displayName));
        QTest::qWait(100);
        QCOMPARE(sent(u"consult"_s).size(), 0);
        QCOMPARE(calls().state(), CallState::Connected);

        // Consult anyway.
        answer(u"consultConfirmGo"_s, &question);
        QTest::keyClick(colleagueSearch(), Qt::Key_Return);
        QTRY_COMPARE(calls().state(), CallState::Consulting);
        QCOMPARE(sent(u"consult"_s).size(), 1);
        QCOMPARE(lastBody(u"consult"_s).value(u"to"_s).toString(), busy.businessDialString());
    }

    void blindTransfer_shiftEnter_data()
    {
        QTest::addColumn<int>("tab");
        QTest::addColumn<QString>("destinationType");
        QTest::newRow("colleague") << int(Ui::ConsultPanel::ColleaguesTab) << u"dialNumber"_s;
        QTest::newRow("agent") << int(Ui::ConsultPanel::AgentsTab) << u"agent"_s;
        QTest::newRow("queue") << int(Ui::ConsultPanel::QueuesTab) << u"queue"_s;
    }

    void blindTransfer_shiftEnter()
    {
        QFETCH(int, tab);
        QFETCH(QString, destinationType);
        STEP(connectCall());
        auto *panel = m_window->consultPanel();
        panel->setCurrentIndex(tab);
        QString expected;
        QString name;
        QWidget *focus = nullptr;
        switch (tab) {
        case Ui::ConsultPanel::ColleaguesTab: {
            const Core::Colleague expert = pickColleague();
            QVERIFY(!expert.id.isEmpty());
            expected = expert.businessDialString();
            name = expert.displayName;
            focus = colleagueSearch();
            break;
        }
        case Ui::ConsultPanel::AgentsTab: {
            auto *list = panel->findChild<QListView *>(u"agentList"_s);
            // Asked for when the tab is shown.
            QTRY_VERIFY(list->model()->rowCount() > 0);
            QVERIFY(select(list, Session::BuddyAgentsModel::AgentIdRole, kPriyaId));
            QVERIFY(list->currentIndex().data(Qt::DisplayRole).toString().startsWith(kPriya));
            QTRY_VERIFY(panel->findChild<QPushButton *>(u"agentTransfer"_s)->isEnabled());
            expected = kPriyaId;
            name = kPriya;
            focus = list;
            break;
        }
        case Ui::ConsultPanel::QueuesTab: {
            auto *list = panel->findChild<QListView *>(u"queueList"_s);
            QTRY_VERIFY(list->model()->rowCount() > 0);
            QVERIFY(select(list, Session::QueuesModel::QueueIdRole, kBillingId));
            expected = kBillingId;
            name = u"Billing"_s;
            focus = list;
            break;
        }
        }
        focus->setFocus();
        QTest::keyClick(focus, Qt::Key_Return, Qt::ShiftModifier);
        QTRY_COMPARE(calls().state(), CallState::WrapUp);
        QCOMPARE(sent(u"transfer"_s).size(), 1);
        QCOMPARE(sent(u"consult"_s).size(), 0);
        QCOMPARE(lastBody(u"transfer"_s).value(u"to"_s).toString(), expected);
        QCOMPARE(lastBody(u"transfer"_s).value(u"destinationType"_s).toString(), destinationType);
        QCOMPARE(text(u"callNote"_s), u"Transferred to %1"_s.arg(name));
    }

    void consult_agentAndQueue_enterConsults_data()
    {
        QTest::addColumn<int>("tab");
        QTest::newRow("agent") << int(Ui::ConsultPanel::AgentsTab);
        QTest::newRow("queue") << int(Ui::ConsultPanel::QueuesTab);
    }

    void consult_agentAndQueue_enterConsults()
    {
        QFETCH(int, tab);
        STEP(connectCall());
        auto *panel = m_window->consultPanel();
        panel->setCurrentIndex(tab);
        const bool agent = tab == Ui::ConsultPanel::AgentsTab;
        auto *list = panel->findChild<QListView *>(agent ? u"agentList"_s : u"queueList"_s);
        QTRY_VERIFY(list->model()->rowCount() > 0);
        QVERIFY(agent ? select(list, Session::BuddyAgentsModel::AgentIdRole, kPriyaId)
                      : select(list, Session::QueuesModel::QueueIdRole, kBillingId));
        QTRY_VERIFY(panel->findChild<QPushButton *>(agent ? u"agentConsult"_s : u"queueConsult"_s)
                            ->isEnabled());
        QTest::keyClick(list, Qt::Key_Return);
        QTRY_COMPARE(calls().state(), CallState::Consulting);
        QCOMPARE(lastBody(u"consult"_s).value(u"to"_s).toString(), agent ? kPriyaId : kBillingId);
        QCOMPARE(lastBody(u"consult"_s).value(u"destinationType"_s).toString(),
                 agent ? u"agent"_s : u"queue"_s);
        QCOMPARE(text(u"consultLegParty"_s), agent ? kPriya : u"Billing"_s);
        // During the consult, neither tab consults again.
        QVERIFY(!panel->findChild<QPushButton *>(agent ? u"agentConsult"_s : u"queueConsult"_s)
                         ->isEnabled());
        QTRY_VERIFY(button(u"endConsultButton"_s)->isEnabled());
        QTest::mouseClick(button(u"endConsultButton"_s), Qt::LeftButton);
        QTRY_COMPARE(calls().state(), CallState::Held);
    }

    void failure_eachCommand_saysWhyAndKeepsTheState_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<int>("from"); // CallState to drive the call to first
        QTest::addColumn<QString>("control");
        QTest::addColumn<int>("after"); // CallState once the failure arrived
        QTest::addColumn<QString>("message");

        const auto row = [](const char *name, const QString &action, CallState from,
                            const QString &control, CallState after, const QString &message) {
            QTest::newRow(name) << action << int(from) << control << int(after) << message;
        };
        // A failed assignment withdraws the offer (the SDK ends the task too).
        row("accept", u"accept"_s, CallState::Offered, u"acceptCallButton"_s, CallState::Closed,
            u"The call could not be connected to you."_s);
        row("hold", u"hold"_s, CallState::Connected, u"holdButton"_s, CallState::Connected,
            u"The call could not be put on hold. Try again."_s);
        row("resume", u"unhold"_s, CallState::Held, u"holdButton"_s, CallState::Held,
            u"The call could not be resumed. Try again."_s);
        row("consult", u"consult"_s, CallState::Connected, u"colleagueConsult"_s,
            CallState::Connected, u"The consult call could not be started. Try again."_s);
        row("end consult", u"consult/end"_s, CallState::Consulting, u"endConsultButton"_s,
            CallState::Consulting, u"The consult call could not be ended. Try again."_s);
        row("consult transfer", u"consult/transfer"_s, CallState::Consulting,
            u"consultTransferButton"_s, CallState::Consulting,
            u"The call could not be transferred. Try again."_s);
        row("conference", u"consult/conference"_s, CallState::Consulting, u"conferenceButton"_s,
            CallState::Consulting, u"The conference could not be started. Try again."_s);
        row("blind transfer", u"transfer"_s, CallState::Connected, u"colleagueTransfer"_s,
            CallState::Connected,
            u"The call could not be transferred. Check the destination and try again."_s);
        row("end", u"end"_s, CallState::Connected, u"endCallButton"_s, CallState::Connected,
            u"The call could not be ended. Try again."_s);
        row("wrap-up", u"wrapup"_s, CallState::WrapUp, u"wrapUpSubmitButton"_s, CallState::WrapUp,
            u"The wrap-up could not be saved. Try again."_s);
    }

    void failure_eachCommand_saysWhyAndKeepsTheState()
    {
        QFETCH(QString, action);
        QFETCH(int, from);
        QFETCH(QString, control);
        QFETCH(int, after);
        QFETCH(QString, message);

        switch (CallState(from)) {
        case CallState::Offered:
            STEP(offer());
            break;
        case CallState::Connected:
            STEP(connectCall());
            break;
        case CallState::Held:
            STEP(connectCall());
            QTest::mouseClick(button(u"holdButton"_s), Qt::LeftButton);
            QTRY_COMPARE(calls().state(), CallState::Held);
            break;
        case CallState::Consulting:
            STEP(connectCall());
            QVERIFY(!consultColleague().id.isEmpty());
            break;
        case CallState::WrapUp:
            STEP(connectCall());
            STEP(endCall());
            break;
        default:
            QFAIL("no path to this state");
        }
        if (control.startsWith(u"colleague"_s)) {
            QVERIFY(!pickColleague().id.isEmpty());
        }
        QPushButton *target = button(control);
        QTRY_VERIFY(target->isEnabled());
        failNext(action);
        QTest::mouseClick(target, Qt::LeftButton);
        QTRY_COMPARE(bannerText(), message);
        QCOMPARE(int(calls().state()), after);
        QCOMPARE(sent(action).size(), 1);
        if (CallState(after) != CallState::Closed) {
            // The control is back, for another try.
            QTRY_VERIFY(target->isEnabled());
            QVERIFY(!find(u"callPending"_s)->isVisible());
        }
    }

    void doubleClicks_eachSendOneRequest()
    {
        STEP(offer());
        doubleClick(button(u"acceptCallButton"_s));
        QTRY_COMPARE(calls().state(), CallState::Connected);
        QCOMPARE(sent(u"accept"_s).size(), 1);

        const Core::Colleague expert = pickColleague();
        QVERIFY(!expert.id.isEmpty());
        auto *consult = colleagues()->findChild<QPushButton *>(u"colleagueConsult"_s);
        QTRY_VERIFY(consult->isEnabled());
        QTest::mouseClick(consult, Qt::LeftButton);
        QTest::mouseClick(consult, Qt::LeftButton);
        QTRY_COMPARE(calls().state(), CallState::Consulting);
        QTRY_VERIFY(calls().call()->consultAnswered());
        QCOMPARE(sent(u"consult"_s).size(), 1);

        QPushButton *conference = button(u"conferenceButton"_s);
        QTRY_VERIFY(conference->isEnabled());
        doubleClick(conference);
        QTRY_COMPARE(calls().state(), CallState::Conferenced);
        QCOMPARE(sent(u"consult/conference"_s).size(), 1);

        QPushButton *end = button(u"endCallButton"_s);
        QTRY_VERIFY(end->isEnabled());
        QTest::mouseClick(end, Qt::LeftButton);
        QTest::mouseClick(end, Qt::LeftButton);
        QTRY_COMPARE(calls().state(), CallState::WrapUp);
        QCOMPARE(sent(u"end"_s).size(), 1);

        QPushButton *submit = button(u"wrapUpSubmitButton"_s);
        QTRY_VERIFY(submit->isEnabled());
        doubleClick(submit);
        QTRY_COMPARE(calls().state(), CallState::Closed);
        QCOMPARE(sent(u"wrapup"_s).size(), 1);
    }

    void socketDrop_midConsult_recoversAndTransfers()
    {
        STEP(connectCall());
        const Core::Colleague expert = consultColleague();
        QVERIFY(!expert.id.isEmpty());
        QCOMPARE(control(u"/_sim/cc/drop-sockets"_s, {{u"email"_s, kAna}}).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(bannerText().contains(u"Reconnecting"_s), 20'000);
        QTRY_VERIFY_WITH_TIMEOUT(bannerText().contains(u"is back"_s), 20'000);
        // The reload's picture: still consulting the same expert, the controls there.
        QTRY_COMPARE(m_sim->requestsTo(u"^/v1/agents/reload$"_s).size(), 1);
        QCOMPARE(calls().state(), CallState::Consulting);
        QVERIFY(find(u"callLegs"_s)->isVisible());
        QCOMPARE(text(u"consultLegParty"_s), expert.displayName);
        QVERIFY(find(u"consultDock"_s)->isVisible());
        QPushButton *transfer = button(u"consultTransferButton"_s);
        QTRY_VERIFY(transfer->isEnabled());
        QTest::mouseClick(transfer, Qt::LeftButton);
        QTRY_COMPARE(calls().state(), CallState::WrapUp);
    }

    void wrapUp_codeChosen_submittedWithIt()
    {
        STEP(connectCall());
        STEP(endCall());
        auto *codes = find<QComboBox>(u"wrapUpCodes"_s);
        QVERIFY(codes->isVisible());
        QCOMPARE(codes->count(), m_session->calls().wrapUpCodes().size());
        // The profile's default first.
        QCOMPARE(codes->currentData().toString(), kResolved);
        QVERIFY(!find(u"wrapUpCountdown"_s)->isVisible());
        QCOMPARE(text(u"callState"_s), u"Wrap-up"_s);
        codes->setCurrentIndex(codes->findData(kEscalated));
        codes->setFocus();
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_Return));
        QTRY_COMPARE(calls().state(), CallState::Closed);
        QCOMPARE(lastBody(u"wrapup"_s).value(u"auxCodeId"_s).toString(), kEscalated);
        QCOMPARE(lastBody(u"wrapup"_s).value(u"wrapUpReason"_s).toString(), u"Escalated"_s);
        QCOMPARE(text(u"callState"_s), u"Finished"_s);
        QVERIFY(!find(u"wrapUpBox"_s)->isVisible());
        QVERIFY(!find(u"callControls"_s)->isVisible());
    }

    void wrapUp_profileAutoWrapUp_countsDownAndSaves()
    {
        STEP(connectCall());
        STEP(endCall());
        auto *countdown = find<QLabel>(u"wrapUpCountdown"_s);
        QVERIFY(countdown->isVisible());
        QVERIFY2(
                QRegularExpression(u"^Saved on its own in 00:0[1-%1]\\.$"_s.arg(kAutoWrapUpSeconds))
                        .match(countdown->text())
                        .hasMatch(),
                qPrintable(countdown->text()));
        const QString first = countdown->text();
        QTRY_VERIFY_WITH_TIMEOUT(countdown->text() != first, 3'000);
        QTRY_COMPARE_WITH_TIMEOUT(calls().state(), CallState::Closed, 10'000);
        QCOMPARE(sent(u"wrapup"_s).size(), 1);
        QCOMPARE(lastBody(u"wrapup"_s).value(u"auxCodeId"_s).toString(), kResolved);
    }

    void outdial_callFromTheColleaguesPanel_connects()
    {
        const Core::Colleague expert = pickColleague();
        QVERIFY(!expert.id.isEmpty());
        auto *call = colleagues()->findChild<QPushButton *>(u"colleagueCall"_s);
        QTRY_VERIFY(call->isEnabled());
        QTest::mouseClick(call, Qt::LeftButton);
        QVERIFY(!call->isEnabled()); // on its way
        QTRY_COMPARE_WITH_TIMEOUT(calls().state(), CallState::Connected, 10'000);
        const QJsonArray placed = m_sim->requestsTo(u"^/v1/tasks$"_s);
        QCOMPARE(placed.size(), 1);
        QCOMPARE(QJsonDocument::fromJson(
                         placed.first().toObject().value(u"body"_s).toString().toUtf8())
                         .object()
                         .value(u"destination"_s)
                         .toString(),
                 expert.businessDialString());
        // Placed by the agent: no incoming bar, the number called shown as the caller.
        QVERIFY(!find(u"incomingCallBar"_s)->isVisible());
        QCOMPARE(text(u"callCaller"_s), expert.businessDialString());
        STEP(endCall());
    }

    void screenshots_everyLanguage_callViewAndSidePanelFit()
    {
        // Ringing.
        STEP(offer());
        const auto check = [this](const QString &name) {
            for (const QString &language : kLanguages) {
                Ui::TranslationLoader translations;
                QCOMPARE(translations.install(language), language);
                for (const QSize size : {QSize(1024, 720), QSize(500, 500)}) {
                    m_window->resize(size);
                    QTest::qWait(50);
                    QStringList clipped;
                    for (const QString &root :
                         {u"callView"_s, u"incomingCallBar"_s, u"consultDock"_s}) {
                        if (QWidget *widget = find(root); widget->isVisible()) {
                            clipped += Test::clippedTexts(widget);
                        }
                    }
                    QVERIFY2(clipped.isEmpty(), qPrintable(u"%1 %2 %3x%4:\n"_s.arg(name, language)
                                                                   .arg(size.width())
                                                                   .arg(size.height()) +
                                                           clipped.join(u'\n')));
                    Test::saveScreenshot(m_window.get(), u"calls-%1-%2-%3x%4"_s.arg(name, language)
                                                                 .arg(size.width())
                                                                 .arg(size.height()));
                }
            }
            m_window->resize(1024, 720);
            Ui::TranslationLoader english;
            english.install(u"en"_s);
        };
        check(u"ringing"_s);

        // Consulting a colleague, with the Colleagues tab; then the Agents and Queues tabs.
        QTest::mouseClick(button(u"acceptCallButton"_s), Qt::LeftButton);
        QTRY_COMPARE(calls().state(), CallState::Connected);
        QVERIFY(!consultColleague().id.isEmpty());
        check(u"consult-colleagues"_s);
        auto *panel = m_window->consultPanel();
        panel->setCurrentIndex(Ui::ConsultPanel::AgentsTab);
        QTRY_VERIFY(panel->findChild<QListView *>(u"agentList"_s)->model()->rowCount() > 0);
        check(u"consult-agents"_s);
        panel->setCurrentIndex(Ui::ConsultPanel::QueuesTab);
        QTRY_VERIFY(panel->findChild<QListView *>(u"queueList"_s)->model()->rowCount() > 0);
        check(u"consult-queues"_s);

        // In a conference, then in wrap-up.
        QTRY_VERIFY(button(u"conferenceButton"_s)->isEnabled());
        QTest::mouseClick(button(u"conferenceButton"_s), Qt::LeftButton);
        QTRY_COMPARE(calls().state(), CallState::Conferenced);
        check(u"conference"_s);
        STEP(endCall());
        check(u"wrapup"_s);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestCallsEndToEnd test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_calls_e2e.moc"
