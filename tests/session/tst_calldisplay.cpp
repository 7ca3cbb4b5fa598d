// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the call view shows, worked out from a call session at one instant (no window, no
// network): the timer format, each state's phase and words, both legs of a consult, which way
// the hold button goes, the wrap-up countdown, and where a transferred call went.
#include <core/callsession.h>
#include <core/clock.h>
#include <session/calldisplay.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace AgentDesk;
using Core::CallEvent;
using Core::CallSession;
using Phase = Session::CallDisplay::Phase;
using HoldAction = Session::CallDisplay::HoldAction;
using Session::CallDisplay;

namespace {

const QString kExpert = u"+14255550100"_s;

CallEvent taskEvent(const QString &name)
{
    CallEvent e;
    e.name = name;
    e.interactionId = u"i-1"_s;
    e.mediaResourceId = u"m-main"_s;
    e.consultMediaResourceId = u"m-consult"_s;
    return e;
}

CallEvent consultLegEvent(const QString &name)
{
    CallEvent e = taskEvent(name);
    e.mediaResourceId = u"m-consult"_s;
    return e;
}

CallEvent offer()
{
    CallEvent e = taskEvent(u"AgentContactReserved"_s);
    e.callerNumber = u"+5511987654321"_s;
    e.queueName = u"Support"_s;
    return e;
}

CallEvent withDestination(CallEvent e)
{
    e.destination = kExpert;
    e.destinationType = u"dialNumber"_s;
    return e;
}

QString names(const QString &destination)
{
    return destination == kExpert ? u"Priya Nair"_s : QString();
}

} // namespace

class TestCallDisplay final : public QObject
{
    Q_OBJECT

private:
    Core::ManualClock m_clock;

    void feed(CallSession &call, const QList<CallEvent> &events)
    {
        for (const CallEvent &e : events) {
            QCOMPARE(call.handleEvent(e), CallSession::Outcome::Applied);
        }
    }
    CallDisplay shown(const CallSession &call, std::optional<QDateTime> autoWrapUpAt = {},
                      bool placedByAgent = false)
    {
        return CallDisplay::of(&call, placedByAgent, m_clock.now(), autoWrapUpAt, names);
    }
    // Connected 65 s ago, then consulting the expert (ringing since 5 s).
    void consulting(CallSession &call)
    {
        feed(call, {offer(), taskEvent(u"AgentContactAssigned"_s)});
        m_clock.advance(60'000);
        feed(call, {taskEvent(u"AgentContactHeld"_s),
                    withDestination(taskEvent(u"AgentConsultCreated"_s))});
        m_clock.advance(5'000);
    }

private Q_SLOTS:
    void elapsed_seconds_minutesAndHours_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << u"00:00"_s;
        QTest::newRow("negative counts as zero") << qint64(-5) << u"00:00"_s;
        QTest::newRow("seconds") << qint64(7) << u"00:07"_s;
        QTest::newRow("minutes") << qint64(252) << u"04:12"_s;
        QTest::newRow("last before an hour") << qint64(3599) << u"59:59"_s;
        QTest::newRow("an hour") << qint64(3600) << u"1:00:00"_s;
        QTest::newRow("hours") << qint64(2 * 3600 + 5 * 60 + 9) << u"2:05:09"_s;
    }
    void elapsed_seconds_minutesAndHours()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(CallDisplay::elapsed(seconds), text);
    }

    void noCall_nothingToShow()
    {
        const CallDisplay none = CallDisplay::of(nullptr, false, m_clock.now(), {});
        QCOMPARE(none.phase, Phase::None);
        QVERIFY(none.caller.isEmpty());
        QVERIFY(none.timer.isEmpty());
        QCOMPARE(none.state, CallSession::stateLabel(Core::CallState::Idle));
    }

    void ringing_callerQueueAndRingTime()
    {
        CallSession call(&m_clock);
        feed(call, {offer()});
        m_clock.advance(3'400);
        const CallDisplay ringing = shown(call);
        QCOMPARE(ringing.phase, Phase::Ringing);
        QCOMPARE(ringing.caller, u"+5511987654321"_s);
        QCOMPARE(ringing.queue, u"Support"_s);
        QCOMPARE(ringing.state, u"Incoming call"_s);
        QCOMPARE(ringing.timer, u"00:03"_s);
        QVERIFY(!ringing.showLegs);
        // A call the agent places rings at the other end.
        QCOMPARE(shown(call, {}, true).state, u"Calling…"_s);
    }

    void ringing_withoutCallerNumber_saysUnknown()
    {
        CallSession call(&m_clock);
        CallEvent anonymous = offer();
        anonymous.callerNumber.clear();
        feed(call, {anonymous});
        QCOMPARE(shown(call).caller, u"Unknown caller"_s);
    }

    void talking_timerSinceConnected_holdThenResume()
    {
        CallSession call(&m_clock);
        feed(call, {offer()});
        m_clock.advance(10'000); // ringing does not count
        feed(call, {taskEvent(u"AgentContactAssigned"_s)});
        m_clock.advance(125'000);
        CallDisplay talking = shown(call);
        QCOMPARE(talking.phase, Phase::Talking);
        QCOMPARE(talking.timer, u"02:05"_s);
        QCOMPARE(talking.state, u"Connected"_s);
        QCOMPARE(talking.holdAction, HoldAction::Hold);
        QVERIFY(!talking.pending);

        QVERIFY(call.request(Core::CallCommand::hold()));
        QVERIFY(shown(call).pending);
        feed(call, {taskEvent(u"AgentContactHeld"_s)});
        talking = shown(call);
        QVERIFY(!talking.pending);
        QCOMPARE(talking.state, u"On hold"_s);
        QCOMPARE(talking.holdAction, HoldAction::ResumeCustomer);
        QVERIFY(!talking.showLegs);
        QCOMPARE(talking.timer, u"02:05"_s); // on hold still counts
    }

    void consult_bothLegsWithTimers_throughAnswerSwapAndConference()
    {
        CallSession call(&m_clock);
        consulting(call);
        CallDisplay shownNow = shown(call);
        QCOMPARE(shownNow.phase, Phase::Talking);
        QVERIFY(shownNow.showLegs);
        QCOMPARE(shownNow.timer, u"01:05"_s);
        QCOMPARE(shownNow.customerStatus, u"On hold"_s);
        QCOMPARE(shownNow.consultParty, u"Priya Nair"_s);
        QCOMPARE(shownNow.consultStatus, u"Ringing…"_s);
        QCOMPARE(shownNow.consultTimer, u"00:05"_s);
        QCOMPARE(shownNow.holdAction, HoldAction::ResumeCustomer);

        // Answered: the consult timer counts the conversation.
        feed(call, {taskEvent(u"AgentConsulting"_s)});
        m_clock.advance(2'000);
        shownNow = shown(call);
        QCOMPARE(shownNow.consultStatus, u"Talking"_s);
        QCOMPARE(shownNow.consultTimer, u"00:02"_s);

        // Back to the customer: the consulted party waits.
        feed(call, {taskEvent(u"AgentContactUnheld"_s)});
        shownNow = shown(call);
        QCOMPARE(shownNow.state, u"Consult on hold"_s);
        QCOMPARE(shownNow.customerStatus, u"Talking"_s);
        QCOMPARE(shownNow.consultStatus, u"On hold"_s);
        QCOMPARE(shownNow.holdAction, HoldAction::ResumeConsulted);

        // And back; then everyone together.
        feed(call, {consultLegEvent(u"AgentContactUnheld"_s)});
        QCOMPARE(shown(call).holdAction, HoldAction::ResumeCustomer);
        feed(call, {taskEvent(u"AgentConsultConferenced"_s)});
        shownNow = shown(call);
        QCOMPARE(shownNow.state, u"Conference"_s);
        QVERIFY(shownNow.showLegs);
        QCOMPARE(shownNow.customerStatus, u"In the conference"_s);
        QCOMPARE(shownNow.consultStatus, u"In the conference"_s);
        QCOMPARE(shownNow.consultParty, u"Priya Nair"_s);
        QCOMPARE(shownNow.holdAction, HoldAction::Hold);
    }

    void consult_unknownParty_showsTheDestination()
    {
        CallSession call(&m_clock);
        consulting(call);
        QCOMPARE(CallDisplay::of(&call, false, m_clock.now(), {}).consultParty, kExpert);
    }

    void consultTransferred_wrapUpSaysWhereItWent_withCountdown()
    {
        CallSession call(&m_clock);
        consulting(call);
        feed(call, {taskEvent(u"AgentConsulting"_s), taskEvent(u"AgentConsultTransferred"_s)});
        CallDisplay over = shown(call);
        QCOMPARE(over.phase, Phase::Over);
        QCOMPARE(over.note, u"Transferred to Priya Nair"_s);
        QVERIFY(over.timer.isEmpty());

        feed(call, {taskEvent(u"AgentWrapup"_s)});
        m_clock.advance(4'000);
        const QDateTime autoAt = call.stateSince().addSecs(30);
        CallDisplay wrapUp = shown(call, autoAt);
        QCOMPARE(wrapUp.phase, Phase::WrapUp);
        QCOMPARE(wrapUp.state, u"Wrap-up"_s);
        QCOMPARE(wrapUp.timer, u"00:04"_s);
        QCOMPARE(wrapUp.wrapUpCountdown, u"00:26"_s);
        QCOMPARE(wrapUp.note, u"Transferred to Priya Nair"_s);
        // Rounded up: never 00:00 while still waiting.
        m_clock.set(autoAt.addMSecs(-200));
        QCOMPARE(shown(call, autoAt).wrapUpCountdown, u"00:01"_s);
        // Without an auto wrap-up, no countdown.
        QVERIFY(shown(call).wrapUpCountdown.isEmpty());

        feed(call, {taskEvent(u"AgentWrappedUp"_s)});
        QCOMPARE(shown(call).phase, Phase::Over);
        QCOMPARE(shown(call).state, u"Finished"_s);
    }

    void rona_over_saysItWasNotAnswered()
    {
        CallSession call(&m_clock);
        feed(call, {offer(), taskEvent(u"AgentOfferContactRona"_s)});
        const CallDisplay missed = shown(call);
        QCOMPARE(missed.phase, Phase::Over);
        QCOMPARE(missed.note, u"Not answered in time."_s);
    }
};

QTEST_GUILESS_MAIN(TestCallDisplay)
#include "tst_calldisplay.moc"
