// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/callsession.h>
#include <core/clock.h>

#include <QHash>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <utility>

using namespace Qt::StringLiterals;
using namespace AgentDesk::Core;

Q_DECLARE_METATYPE(AgentDesk::Core::CallState)
Q_DECLARE_METATYPE(AgentDesk::Core::CallCommand::Kind)
Q_DECLARE_METATYPE(AgentDesk::Core::CallEvent)
Q_DECLARE_METATYPE(AgentDesk::Core::CallSession::Outcome)

namespace {

using S = CallState;
using Command = CallCommand::Kind;

const QString Interaction = u"i-1"_s;
const QString Expert = u"+14255550100"_s;

CallEvent taskEvent(const QString &name)
{
    CallEvent e;
    e.name = name;
    e.interactionId = Interaction;
    // Every task event carries both ids once a consult exists; only the first says which leg.
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

CallEvent withWrapUp(CallEvent e)
{
    e.wrapUpRequired = true;
    return e;
}

CallEvent rehydrated(const QString &interactionState)
{
    CallEvent e = taskEvent(u"AgentContact"_s);
    e.interactionState = interactionState;
    return e;
}

// The events that lead from Idle to each state the way the contact center sends them.
QList<CallEvent> pathTo(S state)
{
    const QList<CallEvent> connected{offer(), taskEvent(u"AgentContactAssigned"_s)};
    const QList<CallEvent> consulting =
            connected + QList<CallEvent>{taskEvent(u"AgentContactHeld"_s),
                                         taskEvent(u"AgentConsultCreated"_s),
                                         taskEvent(u"AgentConsulting"_s)};
    const QList<CallEvent> ended =
            connected + QList<CallEvent>{withWrapUp(taskEvent(u"ContactEnded"_s))};
    switch (state) {
    case S::Idle:
        return {};
    case S::Offered:
        return {offer()};
    case S::Connected:
        return connected;
    case S::Held:
        return connected + QList<CallEvent>{taskEvent(u"AgentContactHeld"_s)};
    case S::Consulting:
        return consulting;
    case S::ConsultHeld:
        return consulting + QList<CallEvent>{taskEvent(u"AgentContactUnheld"_s)};
    case S::Conferenced:
        return consulting + QList<CallEvent>{taskEvent(u"AgentConsultConferenced"_s)};
    case S::Transferred:
        return connected + QList<CallEvent>{withWrapUp(taskEvent(u"AgentBlindTransferred"_s))};
    case S::Ended:
        return ended;
    case S::WrapUp:
        return ended + QList<CallEvent>{taskEvent(u"AgentWrapup"_s)};
    case S::Closed:
        return ended +
               QList<CallEvent>{taskEvent(u"AgentWrapup"_s), taskEvent(u"AgentWrappedUp"_s)};
    }
    return {};
}

// Drives a session into `state`; every step must fit.
void driveTo(CallSession &call, S state)
{
    for (const CallEvent &e : pathTo(state)) {
        QCOMPARE(call.handleEvent(e), CallSession::Outcome::Applied);
    }
    QCOMPARE(call.state(), state);
    QVERIFY(!call.needsReload());
}

// The transition table, cell by cell: for each event, the states it fits and where it leads.
// Every other (state, event) pair is a mismatch: state unchanged, reload asked.
struct Row
{
    QString label;
    CallEvent event;
    QList<std::pair<S, S>> moves;
};

QList<Row> transitionTable()
{
    const S I = S::Idle, O = S::Offered, C = S::Connected, H = S::Held, K = S::Consulting,
            KH = S::ConsultHeld, F = S::Conferenced, T = S::Transferred, E = S::Ended,
            W = S::WrapUp, X = S::Closed;
    const auto named = [](const QString &name, QList<std::pair<S, S>> moves) {
        return Row{name, taskEvent(name), std::move(moves)};
    };
    const QList<std::pair<S, S>> offered{{I, O}, {O, O}, {X, O}};
    const QList<std::pair<S, S>> consultEnded{{K, H}, {KH, C}, {C, C}, {H, H}, {F, F}};
    const QList<std::pair<S, S>> consultTransferred{{K, T}, {KH, T}, {T, T}};
    const QList<std::pair<S, S>> conferenced{{K, F}, {KH, F}, {F, F}};
    const QList<std::pair<S, S>> blindTransferred{{C, T}, {H, T}, {T, T}};
    const QList<std::pair<S, S>> consultFailed{{C, C}, {H, H}, {K, H}, {KH, C}};
    return {
            named(u"AgentContactReserved"_s, offered),
            named(u"AgentOfferContact"_s, offered),
            named(u"AgentContactAssigned"_s, {{O, C}, {C, C}}),
            named(u"AgentOfferContactRona"_s, {{O, X}}),
            named(u"AgentContactHeld"_s, {{C, H}, {H, H}, {K, K}, {KH, K}, {F, F}}),
            Row{u"AgentContactHeld (consult leg)"_s,
                consultLegEvent(u"AgentContactHeld"_s),
                {{K, KH}, {KH, KH}}},
            named(u"AgentContactUnheld"_s, {{H, C}, {C, C}, {K, KH}, {KH, KH}, {F, F}}),
            Row{u"AgentContactUnheld (consult leg)"_s,
                consultLegEvent(u"AgentContactUnheld"_s),
                {{KH, K}, {K, K}}},
            named(u"AgentConsultCreated"_s, {{C, K}, {H, K}, {K, K}}),
            named(u"AgentConsulting"_s, {{C, K}, {H, K}, {K, K}, {KH, KH}}),
            named(u"AgentConsultEnded"_s, consultEnded),
            named(u"AgentCtqCancelled"_s, consultEnded),
            named(u"AgentConsultTransferring"_s, consultTransferred),
            named(u"AgentConsultTransferred"_s, consultTransferred),
            named(u"AgentConsultConferencing"_s, conferenced),
            named(u"AgentConsultConferenced"_s, conferenced),
            named(u"AgentConsultConferenceEnded"_s, {{F, C}, {C, C}}),
            named(u"ParticipantLeftConference"_s, {{F, C}, {C, C}}),
            named(u"AgentBlindTransferred"_s, blindTransferred),
            named(u"AgentVteamTransferred"_s, blindTransferred),
            named(u"ContactEnded"_s, {{O, X},
                                      {C, E},
                                      {H, E},
                                      {K, E},
                                      {KH, E},
                                      {F, E},
                                      {T, T},
                                      {E, E},
                                      {W, W},
                                      {X, X}}),
            named(u"AgentWrapup"_s,
                  {{C, W}, {H, W}, {K, W}, {KH, W}, {F, W}, {T, W}, {E, W}, {W, W}}),
            named(u"AgentWrappedUp"_s, {{W, X}, {E, X}, {T, X}, {X, X}}),
            // Transferred and Ended are reached with a wrap-up to do: AgentWrapup still comes.
            named(u"AgentContactUnassigned"_s, {{O, X}, {T, T}, {E, E}, {W, W}, {X, X}}),
            named(u"AgentContactAssignFailed"_s, {{O, X}}),
            named(u"AgentContactHoldFailed"_s, {{C, C}}),
            named(u"AgentContactUnHoldFailed"_s, {{H, H}, {K, K}, {KH, KH}}),
            named(u"AgentConsultFailed"_s, consultFailed),
            named(u"AgentCtqFailed"_s, consultFailed),
            named(u"AgentConsultEndFailed"_s, {{K, K}, {KH, KH}, {F, F}}),
            named(u"AgentCtqCancelFailed"_s, {{K, K}, {KH, KH}, {F, F}}),
            named(u"AgentConsultConferenceEndFailed"_s, {{K, K}, {KH, KH}, {F, F}}),
            named(u"AgentConsultTransferFailed"_s, {{K, K}, {KH, KH}}),
            named(u"AgentConsultConferenceFailed"_s, {{K, K}, {KH, KH}}),
            named(u"AgentBlindTransferFailed"_s, {{C, C}, {H, H}}),
            named(u"AgentVteamTransferFailed"_s, {{C, C}, {H, H}}),
            named(u"AgentContactEndFailed"_s, {{C, C}, {H, H}, {F, F}}),
            named(u"AgentWrapupFailed"_s, {{W, W}}),
    };
}

// The command to ask for, with what each kind needs.
CallCommand commandOf(Command kind)
{
    switch (kind) {
    case Command::Consult:
        return CallCommand::consult(Expert, u"dialNumber"_s);
    case Command::BlindTransfer:
        return CallCommand::blindTransfer(u"q-billing"_s, u"queue"_s);
    case Command::WrapUp:
        return CallCommand::wrapUp(u"wc-sale"_s, u"Sale"_s);
    default:
        return CallCommand::of(kind);
    }
}

} // namespace

class TestCallSession final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handleEvent_everyEventInEveryState_followsTheTable_data()
    {
        QTest::addColumn<CallState>("from");
        QTest::addColumn<CallEvent>("incoming");
        QTest::addColumn<CallSession::Outcome>("outcome");
        QTest::addColumn<CallState>("to");

        const QList<Row> table = transitionTable();
        // The table has a row for every event name CallSession knows (AgentContact, the
        // reload's answer, is added below), and each row only once.
        QSet<QString> labels;
        QSet<QString> names;
        for (const Row &row : table) {
            QVERIFY2(!labels.contains(row.label), qPrintable(row.label));
            labels.insert(row.label);
            names.insert(row.event.name);
        }
        names.insert(u"AgentContact"_s);
        const QStringList known = CallEvent::knownNames();
        QCOMPARE(names, QSet<QString>(known.begin(), known.end()));
        QCOMPARE(labels.size(), known.size() + 1); // + the two consult-leg rows, - AgentContact

        for (const S from : AllCallStates) {
            for (const Row &row : table) {
                CallSession::Outcome outcome = CallSession::Outcome::Mismatch;
                S to = from;
                for (const auto &[cellFrom, cellTo] : row.moves) {
                    if (cellFrom == from) {
                        outcome = CallSession::Outcome::Applied;
                        to = cellTo;
                    }
                }
                QTest::addRow("%s | %s", qPrintable(callStateName(from)), qPrintable(row.label))
                        << from << row.event << outcome << to;
            }
            // The reload's answer fits every state: it is the contact center's whole picture.
            QTest::addRow("%s | AgentContact (connected)", qPrintable(callStateName(from)))
                    << from << rehydrated(u"connected"_s) << CallSession::Outcome::Applied
                    << S::Connected;
            // A name the state machine does not know changes nothing and asks for nothing.
            QTest::addRow("%s | unknown event", qPrintable(callStateName(from)))
                    << from << taskEvent(u"AgentSomethingNew"_s) << CallSession::Outcome::Ignored
                    << from;
        }
    }
    void handleEvent_everyEventInEveryState_followsTheTable()
    {
        QFETCH(CallState, from);
        QFETCH(CallEvent, incoming);
        QFETCH(CallSession::Outcome, outcome);
        QFETCH(CallState, to);

        ManualClock clock;
        CallSession call(&clock);
        driveTo(call, from);
        QSignalSpy reload(&call, &CallSession::reloadNeeded);

        QCOMPARE(call.handleEvent(incoming), outcome);
        QCOMPARE(call.state(), to);
        const bool mismatch = outcome == CallSession::Outcome::Mismatch;
        QCOMPARE(call.needsReload(), mismatch);
        QCOMPARE(reload.count(), mismatch ? 1 : 0);
        QCOMPARE(call.mismatchCount(), mismatch ? 1 : 0);
        if (mismatch) {
            QVERIFY(call.lastMismatch().contains(incoming.name));
            QVERIFY(call.lastMismatch().endsWith(callStateName(from)));
        }
    }

    void canRequest_eachState_enablesTheRightControls_data()
    {
        QTest::addColumn<CallState>("state");
        QTest::addColumn<QList<Command>>("enabled");

        QTest::newRow("Idle") << S::Idle << QList<Command>{};
        QTest::newRow("Offered") << S::Offered << QList<Command>{Command::Accept};
        QTest::newRow("Connected") << S::Connected
                                   << QList<Command>{Command::Hold, Command::Consult,
                                                     Command::BlindTransfer, Command::End};
        QTest::newRow("Held") << S::Held
                              << QList<Command>{Command::Resume, Command::Consult,
                                                Command::BlindTransfer, Command::End};
        QTest::newRow("Consulting")
                << S::Consulting
                << QList<Command>{Command::Resume, Command::EndConsult, Command::ConsultTransfer,
                                  Command::Conference};
        QTest::newRow("ConsultHeld")
                << S::ConsultHeld
                << QList<Command>{Command::Resume, Command::EndConsult, Command::ConsultTransfer,
                                  Command::Conference};
        QTest::newRow("Conferenced")
                << S::Conferenced << QList<Command>{Command::EndConsult, Command::End};
        QTest::newRow("Transferred") << S::Transferred << QList<Command>{};
        QTest::newRow("Ended") << S::Ended << QList<Command>{};
        QTest::newRow("WrapUp") << S::WrapUp << QList<Command>{Command::WrapUp};
        QTest::newRow("Closed") << S::Closed << QList<Command>{};
    }
    void canRequest_eachState_enablesTheRightControls()
    {
        QFETCH(CallState, state);
        QFETCH(QList<Command>, enabled);

        ManualClock clock;
        CallSession call(&clock);
        driveTo(call, state);
        for (const Command kind : AllCallCommandKinds) {
            const bool expected = enabled.contains(kind);
            QVERIFY2(call.canRequest(kind) == expected, qPrintable(CallCommand::kindName(kind)));
            QCOMPARE(CallSession::allowedIn(kind, state), expected);
            // request() agrees with canRequest(), and a refusal sends nothing.
            CallSession probe(&clock);
            driveTo(probe, state);
            QCOMPARE(probe.request(commandOf(kind)).has_value(), expected);
            QCOMPARE(probe.pendingCommand().has_value(), expected);
        }
    }

    void request_secondClick_doesNothing()
    {
        ManualClock clock;
        CallSession call(&clock);
        driveTo(call, S::Connected);
        QSignalSpy pending(&call, &CallSession::pendingCommandChanged);

        const std::optional<CallCommand> first = call.request(CallCommand::hold());
        QVERIFY(first);
        QCOMPARE(first->kind, Command::Hold);
        QCOMPARE(first->leg, CallCommand::Leg::Main);
        QCOMPARE(pending.count(), 1);

        QVERIFY(!call.canRequest(Command::Hold));
        QVERIFY(!call.request(CallCommand::hold()));
        // One command in flight at a time: the others wait too.
        QVERIFY(!call.canRequest(Command::End));
        QVERIFY(!call.request(CallCommand::end()));
        QCOMPARE(call.pendingCommand()->kind, Command::Hold);
        QCOMPARE(pending.count(), 1);
        // The state waits for the contact center.
        QCOMPARE(call.state(), S::Connected);
    }

    void request_successEvent_settlesAndMoves()
    {
        ManualClock clock;
        CallSession call(&clock);
        driveTo(call, S::Connected);
        QVERIFY(call.request(CallCommand::hold()));
        clock.advance(300);

        QCOMPARE(call.handleEvent(taskEvent(u"AgentContactHeld"_s)), CallSession::Outcome::Applied);
        QCOMPARE(call.state(), S::Held);
        QCOMPARE(call.stateSince(), clock.now());
        QVERIFY(!call.pendingCommand());
        QVERIFY(!call.commandDeadline());
        QVERIFY(call.canRequest(Command::Resume));
        QVERIFY(call.lastError().isEmpty());
    }

    void request_withoutWhatItNeeds_isRefused()
    {
        ManualClock clock;
        CallSession call(&clock);
        driveTo(call, S::Connected);
        QVERIFY(!call.request(CallCommand::consult({}, u"dialNumber"_s)));
        QVERIFY(!call.request(CallCommand::blindTransfer(u"q-1"_s, {})));
        QVERIFY(!call.pendingCommand());
    }

    void failure_eachCommand_restoresThePreviousStateWithAMessage_data()
    {
        QTest::addColumn<CallState>("state");
        QTest::addColumn<Command>("command");
        QTest::addColumn<QString>("failure");

        QTest::newRow("hold") << S::Connected << Command::Hold << u"AgentContactHoldFailed"_s;
        QTest::newRow("resume") << S::Held << Command::Resume << u"AgentContactUnHoldFailed"_s;
        QTest::newRow("resume customer during consult")
                << S::Consulting << Command::Resume << u"AgentContactUnHoldFailed"_s;
        QTest::newRow("resume consult leg")
                << S::ConsultHeld << Command::Resume << u"AgentContactUnHoldFailed"_s;
        QTest::newRow("consult") << S::Connected << Command::Consult << u"AgentConsultFailed"_s;
        QTest::newRow("consult to queue") << S::Held << Command::Consult << u"AgentCtqFailed"_s;
        QTest::newRow("end consult")
                << S::Consulting << Command::EndConsult << u"AgentConsultEndFailed"_s;
        QTest::newRow("end consult in conference")
                << S::Conferenced << Command::EndConsult << u"AgentConsultEndFailed"_s;
        QTest::newRow("consult transfer")
                << S::Consulting << Command::ConsultTransfer << u"AgentConsultTransferFailed"_s;
        QTest::newRow("conference")
                << S::ConsultHeld << Command::Conference << u"AgentConsultConferenceFailed"_s;
        QTest::newRow("blind transfer")
                << S::Connected << Command::BlindTransfer << u"AgentBlindTransferFailed"_s;
        QTest::newRow("queue transfer")
                << S::Held << Command::BlindTransfer << u"AgentVteamTransferFailed"_s;
        QTest::newRow("end") << S::Connected << Command::End << u"AgentContactEndFailed"_s;
        QTest::newRow("end conference")
                << S::Conferenced << Command::End << u"AgentContactEndFailed"_s;
        QTest::newRow("wrap-up") << S::WrapUp << Command::WrapUp << u"AgentWrapupFailed"_s;
    }
    void failure_eachCommand_restoresThePreviousStateWithAMessage()
    {
        QFETCH(CallState, state);
        QFETCH(Command, command);
        QFETCH(QString, failure);

        ManualClock clock;
        CallSession call(&clock);
        driveTo(call, state);
        QSignalSpy errors(&call, &CallSession::errorOccurred);
        QSignalSpy states(&call, &CallSession::stateChanged);
        QVERIFY(call.request(commandOf(command)));
        QVERIFY(!call.canRequest(command));

        QCOMPARE(call.handleEvent(taskEvent(failure)), CallSession::Outcome::Applied);
        QCOMPARE(call.state(), state);
        QCOMPARE(states.count(), 0);
        QVERIFY(!call.pendingCommand());
        QVERIFY(!call.failureMessage(command).isEmpty());
        QCOMPARE(call.lastError(), CallSession::failureMessage(command));
        QCOMPARE(errors.count(), 1);
        QCOMPARE(errors.first().first().toString(), call.lastError());
        QVERIFY(!call.needsReload());      // the contact center told us: nothing to repair
        QVERIFY(call.canRequest(command)); // the agent can try again
    }

    void failure_holdFailedWhileConsultWasPending_keepsTheConsultPending()
    {
        ManualClock clock;
        CallSession call(&clock);
        driveTo(call, S::Connected);
        QVERIFY(call.request(commandOf(Command::Consult)));
        // Someone else's hold failed (another login): not the answer to our consult.
        QCOMPARE(call.handleEvent(taskEvent(u"AgentContactHoldFailed"_s)),
                 CallSession::Outcome::Applied);
        QCOMPARE(call.pendingCommand()->kind, Command::Consult);
        QVERIFY(call.lastError().isEmpty());
    }

    void accept_assignFailed_withdrawsTheOfferWithAMessage()
    {
        ManualClock clock;
        CallSession call(&clock);
        driveTo(call, S::Offered);
        QVERIFY(call.request(CallCommand::accept()));
        QSignalSpy errors(&call, &CallSession::errorOccurred);

        QCOMPARE(call.handleEvent(taskEvent(u"AgentContactAssignFailed"_s)),
                 CallSession::Outcome::Applied);
        QCOMPARE(call.state(), S::Closed);
        QVERIFY(!call.pendingCommand());
        QCOMPARE(call.lastError(), CallSession::failureMessage(Command::Accept));
        QCOMPARE(errors.count(), 1);
    }

    void accept_assignedEvent_startsTheCallTimer()
    {
        ManualClock clock;
        CallSession call(&clock);
        QCOMPARE(call.handleEvent(offer()), CallSession::Outcome::Applied);
        QCOMPARE(call.interactionId(), Interaction);
        QCOMPARE(call.callerNumber(), u"+5511987654321"_s);
        QCOMPARE(call.queueName(), u"Support"_s);
        QVERIFY(!call.callSince().isValid());
        const QDateTime rang = clock.now();
        QCOMPARE(call.stateSince(), rang);

        QVERIFY(call.request(CallCommand::accept()));
        clock.advance(4'000);
        QCOMPARE(call.handleEvent(taskEvent(u"AgentContactAssigned"_s)),
                 CallSession::Outcome::Applied);
        QCOMPARE(call.state(), S::Connected);
        QCOMPARE(call.callSince(), clock.now());
        QVERIFY(!call.pendingCommand());
    }

    void commandRejected_restApiError_dropsThePendingCommandWithAMessage_data()
    {
        QTest::addColumn<bool>("mayHaveReachedServer");
        QTest::newRow("error status: nothing happened") << false;
        QTest::newRow("no answer: it may have happened") << true;
    }
    void commandRejected_restApiError_dropsThePendingCommandWithAMessage()
    {
        QFETCH(bool, mayHaveReachedServer);
        ManualClock clock;
        CallSession call(&clock);
        driveTo(call, S::Offered);
        QSignalSpy errors(&call, &CallSession::errorOccurred);
        QVERIFY(call.request(CallCommand::accept()));

        call.commandRejected(u"Refused"_s, mayHaveReachedServer);
        // Unlike AgentContactAssignFailed, the offer still rings: the agent can try again.
        QCOMPARE(call.state(), S::Offered);
        QVERIFY(!call.pendingCommand());
        QVERIFY(!call.commandDeadline());
        QCOMPARE(call.lastError(), u"Refused"_s);
        QCOMPARE(errors.count(), 1);
        QCOMPARE(call.needsReload(), mayHaveReachedServer);
        QVERIFY(call.canRequest(Command::Accept));

        // Nothing pending: nothing to reject.
        call.commandRejected(u"Again"_s, false);
        QCOMPARE(errors.count(), 1);
    }

    void timeout_after20Seconds_restoresStateAndAsksForReload()
    {
        ManualClock clock;
        CallSession call(&clock);
        driveTo(call, S::Connected);
        QSignalSpy errors(&call, &CallSession::errorOccurred);
        QSignalSpy reload(&call, &CallSession::reloadNeeded);
        const QDateTime asked = clock.now();
        QVERIFY(call.request(CallCommand::hold()));
        QCOMPARE(call.commandDeadline(), asked.addSecs(20));

        clock.advance(19'999);
        QVERIFY(!call.checkTimeouts());
        QCOMPARE(call.pendingCommand()->kind, Command::Hold);
        QCOMPARE(errors.count(), 0);

        clock.advance(1);
        QVERIFY(call.checkTimeouts());
        QCOMPARE(call.state(), S::Connected);
        QVERIFY(!call.pendingCommand());
        QCOMPARE(call.lastError(), CallSession::failureMessage(Command::Hold));
        QCOMPARE(errors.count(), 1);
        // The hold may have happened after all: only the contact center knows.
        QVERIFY(call.needsReload());
        QCOMPARE(reload.count(), 1);
        QVERIFY(!call.checkTimeouts());
        QVERIFY(call.canRequest(Command::Hold));

        // A late confirmation is still the truth.
        QCOMPARE(call.handleEvent(taskEvent(u"AgentContactHeld"_s)), CallSession::Outcome::Applied);
        QCOMPARE(call.state(), S::Held);
    }

    void mismatch_asksForOneReload_andTheReloadRepairs()
    {
        ManualClock clock;
        CallSession call(&clock);
        driveTo(call, S::Connected);
        QSignalSpy reload(&call, &CallSession::reloadNeeded);

        // A socket drop lost AgentContactHeld and AgentConsultCreated; this one makes no sense.
        QCOMPARE(call.handleEvent(taskEvent(u"AgentConsultConferenced"_s)),
                 CallSession::Outcome::Mismatch);
        QCOMPARE(call.state(), S::Connected);
        QVERIFY(call.needsReload());
        QCOMPARE(reload.count(), 1);
        QCOMPARE(call.lastMismatch(), u"AgentConsultConferenced in Connected"_s);
        QCOMPARE(call.handleEvent(consultLegEvent(u"AgentContactUnheld"_s)),
                 CallSession::Outcome::Mismatch);
        QCOMPARE(call.lastMismatch(), u"AgentContactUnheld (consult leg) in Connected"_s);
        QCOMPARE(call.mismatchCount(), 2);
        QCOMPARE(reload.count(), 1); // one reload is enough

        CallEvent picture = rehydrated(u"conference"_s);
        picture.destination = Expert;
        picture.destinationType = u"dialNumber"_s;
        QCOMPARE(call.handleEvent(picture), CallSession::Outcome::Applied);
        QCOMPARE(call.state(), S::Conferenced);
        QCOMPARE(call.consultDestination(), Expert);
        QVERIFY(!call.needsReload());

        // Repaired: the next mismatch asks again.
        QCOMPARE(call.handleEvent(taskEvent(u"AgentOfferContactRona"_s)),
                 CallSession::Outcome::Mismatch);
        QCOMPARE(reload.count(), 2);
    }

    void rehydrate_interactionState_restoresTheState_data()
    {
        QTest::addColumn<QString>("reported");
        QTest::addColumn<int>("customerHeld"); // -1: the payload does not say
        QTest::addColumn<bool>("wrapUpRequired");
        QTest::addColumn<CallState>("expected");

        QTest::newRow("new") << u"new"_s << -1 << false << S::Offered;
        QTest::newRow("connected") << u"connected"_s << -1 << false << S::Connected;
        QTest::newRow("connected, media on hold") << u"connected"_s << 1 << false << S::Held;
        QTest::newRow("hold") << u"hold"_s << 1 << false << S::Held;
        QTest::newRow("consulting") << u"consulting"_s << -1 << false << S::Consulting;
        QTest::newRow("consulting, customer held")
                << u"consulting"_s << 1 << false << S::Consulting;
        QTest::newRow("consulting, customer back")
                << u"consulting"_s << 0 << false << S::ConsultHeld;
        QTest::newRow("conference") << u"conference"_s << -1 << false << S::Conferenced;
        QTest::newRow("wrapUp") << u"wrapUp"_s << -1 << true << S::WrapUp;
        QTest::newRow("post_call") << u"post_call"_s << -1 << true << S::WrapUp;
        QTest::newRow("terminated, no wrap-up") << u"terminated"_s << -1 << false << S::Closed;
    }
    void rehydrate_interactionState_restoresTheState()
    {
        QFETCH(QString, reported);
        QFETCH(int, customerHeld);
        QFETCH(bool, wrapUpRequired);
        QFETCH(CallState, expected);

        ManualClock clock;
        CallSession call(&clock); // a fresh start: the app restarted during the call
        CallEvent picture = rehydrated(reported);
        if (customerHeld >= 0) {
            picture.customerHeld = customerHeld == 1;
        }
        picture.wrapUpRequired = wrapUpRequired;
        QCOMPARE(call.handleEvent(picture), CallSession::Outcome::Applied);
        QCOMPARE(call.state(), expected);
        QCOMPARE(call.interactionId(), Interaction);
        QCOMPARE(call.wrapUpRequired(), wrapUpRequired);
        QCOMPARE(call.consultAnswered(), expected == S::Consulting || expected == S::ConsultHeld);
        QCOMPARE(call.mismatchCount(), 0);
    }

    void rehydrate_unknownState_keepsTheStateAndDoesNotLoop()
    {
        ManualClock clock;
        CallSession call(&clock);
        driveTo(call, S::Connected);
        QVERIFY(call.handleEvent(taskEvent(u"AgentWrappedUp"_s)) == CallSession::Outcome::Mismatch);
        QVERIFY(call.needsReload());

        QCOMPARE(call.handleEvent(rehydrated(u"parked"_s)), CallSession::Outcome::Mismatch);
        QCOMPARE(call.state(), S::Connected);
        QVERIFY(!call.needsReload());
        QCOMPARE(call.mismatchCount(), 2);
    }

    void rehydrate_timersAndDetails_continueWhereTheyWere()
    {
        ManualClock clock;
        CallSession call(&clock);
        const QDateTime joined = clock.now().addSecs(-300);
        const QDateTime consulted = clock.now().addSecs(-40);
        CallEvent picture = rehydrated(u"consulting"_s);
        picture.callerNumber = u"+5511987654321"_s;
        picture.queueName = u"Support"_s;
        picture.destination = Expert;
        picture.destinationType = u"dialNumber"_s;
        picture.connectedAt = joined;
        picture.consultStartedAt = consulted;
        QSignalSpy details(&call, &CallSession::detailsChanged);

        QCOMPARE(call.handleEvent(picture), CallSession::Outcome::Applied);
        QCOMPARE(call.state(), S::Consulting);
        QCOMPARE(call.callerNumber(), u"+5511987654321"_s);
        QCOMPARE(call.queueName(), u"Support"_s);
        QCOMPARE(call.consultDestination(), Expert);
        QCOMPARE(call.callSince(), joined);
        QCOMPARE(call.consultSince(), consulted);
        QCOMPARE(details.count(), 1);
        QVERIFY(call.canRequest(Command::ConsultTransfer));
    }

    void rona_offerNotAnswered_closesAndSaysSo()
    {
        ManualClock clock;
        CallSession call(&clock);
        driveTo(call, S::Offered);
        QSignalSpy errors(&call, &CallSession::errorOccurred);
        CallEvent rona = taskEvent(u"AgentOfferContactRona"_s);
        rona.reason = u"RONA"_s;

        QCOMPARE(call.handleEvent(rona), CallSession::Outcome::Applied);
        QCOMPARE(call.state(), S::Closed);
        QVERIFY(call.ronaHappened());
        QVERIFY(!call.wrapUpRequired());
        QVERIFY(call.lastError().isEmpty()); // not a failed command: the view says "missed"
        QCOMPARE(errors.count(), 0);
        QVERIFY(!call.isConversationActive());
    }

    void rona_withAcceptPending_dropsThePendingAccept()
    {
        ManualClock clock;
        CallSession call(&clock);
        driveTo(call, S::Offered);
        QVERIFY(call.request(CallCommand::accept()));
        QCOMPARE(call.handleEvent(taskEvent(u"AgentOfferContactRona"_s)),
                 CallSession::Outcome::Applied);
        QVERIFY(!call.pendingCommand());
        QVERIFY(!call.commandDeadline());
        QVERIFY(call.ronaHappened());
    }

    void wrapUp_afterTheCustomerHangsUp_isRequired()
    {
        ManualClock clock;
        CallSession call(&clock);
        driveTo(call, S::Connected);

        QCOMPARE(call.handleEvent(withWrapUp(taskEvent(u"ContactEnded"_s))),
                 CallSession::Outcome::Applied);
        QCOMPARE(call.state(), S::Ended);
        QVERIFY(call.wrapUpRequired());
        QVERIFY(call.isConversationActive());       // no signing out before the wrap-up
        QVERIFY(!call.canRequest(Command::WrapUp)); // AgentWrapup opens it

        clock.advance(1'000);
        QCOMPARE(call.handleEvent(taskEvent(u"AgentWrapup"_s)), CallSession::Outcome::Applied);
        QCOMPARE(call.state(), S::WrapUp);
        QCOMPARE(call.stateSince(), clock.now()); // the wrap-up timer (auto wrap-up counts it)
        const std::optional<CallCommand> wrap =
                call.request(CallCommand::wrapUp(u"wc-sale"_s, u"Sale"_s));
        QVERIFY(wrap);
        QCOMPARE(wrap->wrapUpCodeId, u"wc-sale"_s);
        QCOMPARE(wrap->wrapUpReason, u"Sale"_s);
        QVERIFY(!call.request(CallCommand::wrapUp(u"wc-sale"_s, u"Sale"_s)));

        QCOMPARE(call.handleEvent(taskEvent(u"AgentWrappedUp"_s)), CallSession::Outcome::Applied);
        QCOMPARE(call.state(), S::Closed);
        QVERIFY(!call.pendingCommand());
        QVERIFY(!call.isConversationActive());
    }

    void wrapUp_agentEndsTheCall_goesStraightToWrapUp()
    {
        ManualClock clock;
        CallSession call(&clock);
        driveTo(call, S::Held);
        QVERIFY(call.request(CallCommand::end()));
        QCOMPARE(call.handleEvent(taskEvent(u"AgentWrapup"_s)), CallSession::Outcome::Applied);
        QCOMPARE(call.state(), S::WrapUp);
        QVERIFY(call.wrapUpRequired());
        QVERIFY(!call.pendingCommand());
        QVERIFY(call.canRequest(Command::WrapUp));
    }

    void wrapUp_withoutWrapUp_unassignedCloses()
    {
        ManualClock clock;
        CallSession call(&clock);
        driveTo(call, S::Connected);
        QVERIFY(call.request(commandOf(Command::BlindTransfer)));
        QCOMPARE(call.handleEvent(taskEvent(u"AgentVteamTransferred"_s)),
                 CallSession::Outcome::Applied);
        QCOMPARE(call.state(), S::Transferred);
        QCOMPARE(call.transferDestination(), u"q-billing"_s);
        QVERIFY(!call.pendingCommand());
        QCOMPARE(call.handleEvent(taskEvent(u"AgentContactUnassigned"_s)),
                 CallSession::Outcome::Applied);
        QCOMPARE(call.state(), S::Closed);
    }

    void consult_answeredThenTransferred_tracksBothLegs()
    {
        ManualClock clock;
        CallSession call(&clock);
        driveTo(call, S::Connected);
        QVERIFY(call.request(CallCommand::consult(Expert, u"dialNumber"_s)));

        // The consult holds the customer first; the consult is still on its way.
        QCOMPARE(call.handleEvent(taskEvent(u"AgentContactHeld"_s)), CallSession::Outcome::Applied);
        QCOMPARE(call.state(), S::Held);
        QCOMPARE(call.pendingCommand()->kind, Command::Consult);

        clock.advance(500);
        QCOMPARE(call.handleEvent(taskEvent(u"AgentConsultCreated"_s)),
                 CallSession::Outcome::Applied);
        QCOMPARE(call.state(), S::Consulting);
        QVERIFY(!call.pendingCommand());
        QCOMPARE(call.consultDestination(), Expert);
        QCOMPARE(call.consultDestinationType(), u"dialNumber"_s);
        QCOMPARE(call.consultSince(), clock.now());
        QVERIFY(!call.consultAnswered());
        // Still ringing: nobody to hand the customer to yet.
        QVERIFY(!call.canRequest(Command::ConsultTransfer));
        QVERIFY(!call.canRequest(Command::Conference));
        QVERIFY(call.canRequest(Command::EndConsult));

        clock.advance(6'000);
        QCOMPARE(call.handleEvent(taskEvent(u"AgentConsulting"_s)), CallSession::Outcome::Applied);
        QVERIFY(call.consultAnswered());
        QCOMPARE(call.consultSince(), clock.now());
        const std::optional<CallCommand> transfer = call.request(CallCommand::consultTransfer());
        QVERIFY(transfer);
        QCOMPARE(transfer->destination, Expert);
        QCOMPARE(transfer->destinationType, u"dialNumber"_s);

        QCOMPARE(call.handleEvent(taskEvent(u"AgentConsultTransferring"_s)),
                 CallSession::Outcome::Applied);
        QCOMPARE(call.state(), S::Transferred);
        QVERIFY(!call.pendingCommand());
        QCOMPARE(call.transferDestination(), Expert);
        QVERIFY(!call.consultSince().isValid());
        QCOMPARE(call.handleEvent(taskEvent(u"AgentConsultTransferred"_s)),
                 CallSession::Outcome::Applied);
        QCOMPARE(call.state(), S::Transferred);
    }

    void consult_resume_switchesBetweenTheLegs()
    {
        ManualClock clock;
        CallSession call(&clock);
        driveTo(call, S::Consulting);

        // Back to the customer: the customer's leg is resumed, the expert waits.
        const std::optional<CallCommand> toCustomer = call.request(CallCommand::resume());
        QVERIFY(toCustomer);
        QCOMPARE(toCustomer->leg, CallCommand::Leg::Main);
        QCOMPARE(call.handleEvent(consultLegEvent(u"AgentContactHeld"_s)),
                 CallSession::Outcome::Applied);
        QCOMPARE(call.state(), S::ConsultHeld);
        QVERIFY(call.pendingCommand()); // the unhold itself is still to come
        QCOMPARE(call.handleEvent(taskEvent(u"AgentContactUnheld"_s)),
                 CallSession::Outcome::Applied);
        QCOMPARE(call.state(), S::ConsultHeld);
        QVERIFY(!call.pendingCommand());
        QVERIFY(call.consultSince().isValid()); // the consult leg's timer keeps running

        // And back to the expert.
        const std::optional<CallCommand> toExpert = call.request(CallCommand::resume());
        QVERIFY(toExpert);
        QCOMPARE(toExpert->leg, CallCommand::Leg::Consult);
        QCOMPARE(call.handleEvent(consultLegEvent(u"AgentContactUnheld"_s)),
                 CallSession::Outcome::Applied);
        QCOMPARE(call.state(), S::Consulting);
        QVERIFY(!call.pendingCommand());
    }

    void consult_notAnswered_bringsTheAgentBackToTheHeldCustomer()
    {
        ManualClock clock;
        CallSession call(&clock);
        driveTo(call, S::Connected);
        QVERIFY(call.request(CallCommand::consult(Expert, u"dialNumber"_s)));
        QCOMPARE(call.handleEvent(taskEvent(u"AgentConsultCreated"_s)),
                 CallSession::Outcome::Applied);
        QCOMPARE(call.state(), S::Consulting);
        QSignalSpy errors(&call, &CallSession::errorOccurred);

        CallEvent failed = taskEvent(u"AgentConsultFailed"_s);
        failed.reason = u"RONA"_s;
        QCOMPARE(call.handleEvent(failed), CallSession::Outcome::Applied);
        QCOMPARE(call.state(), S::Held);
        QCOMPARE(errors.count(), 1);
        QVERIFY(!call.lastError().isEmpty());
        QVERIFY(call.consultDestination().isEmpty());
        QVERIFY(!call.consultSince().isValid());
        QVERIFY(!call.needsReload());
        QVERIFY(call.canRequest(Command::Resume));
    }

    void consult_endedWhileWithTheCustomer_staysConnected()
    {
        ManualClock clock;
        CallSession call(&clock);
        driveTo(call, S::ConsultHeld);
        QVERIFY(call.request(CallCommand::endConsult()));
        QCOMPARE(call.handleEvent(taskEvent(u"AgentConsultEnded"_s)),
                 CallSession::Outcome::Applied);
        QCOMPARE(call.state(), S::Connected);
        QVERIFY(!call.pendingCommand());
    }

    void consult_endedPayloadSaysCustomerHeld_wins()
    {
        ManualClock clock;
        CallSession call(&clock);
        driveTo(call, S::ConsultHeld);
        CallEvent ended = taskEvent(u"AgentConsultEnded"_s);
        ended.customerHeld = true;
        QCOMPARE(call.handleEvent(ended), CallSession::Outcome::Applied);
        QCOMPARE(call.state(), S::Held);
    }

    void conference_endConsult_leavesTheAgentWithTheCustomer()
    {
        ManualClock clock;
        CallSession call(&clock);
        driveTo(call, S::Consulting);
        QVERIFY(call.request(CallCommand::conference()));
        QCOMPARE(call.handleEvent(taskEvent(u"AgentConsultConferencing"_s)),
                 CallSession::Outcome::Applied);
        QCOMPARE(call.state(), S::Conferenced);
        QVERIFY(!call.pendingCommand());

        QVERIFY(call.request(CallCommand::endConsult()));
        QCOMPARE(call.handleEvent(taskEvent(u"AgentConsultConferenceEnded"_s)),
                 CallSession::Outcome::Applied);
        QCOMPARE(call.state(), S::Connected);
        QVERIFY(!call.pendingCommand());
    }

    void pending_callMovesOn_dropsThePendingCommandQuietly()
    {
        ManualClock clock;
        CallSession call(&clock);
        driveTo(call, S::Connected);
        QVERIFY(call.request(CallCommand::hold()));
        QSignalSpy errors(&call, &CallSession::errorOccurred);

        QCOMPARE(call.handleEvent(withWrapUp(taskEvent(u"ContactEnded"_s))),
                 CallSession::Outcome::Applied);
        QCOMPARE(call.state(), S::Ended);
        QVERIFY(!call.pendingCommand());
        QVERIFY(!call.checkTimeouts());
        QCOMPARE(errors.count(), 0);
    }

    void handleEvent_otherInteraction_isIgnored()
    {
        ManualClock clock;
        CallSession call(&clock);
        driveTo(call, S::Connected);
        CallEvent other = taskEvent(u"ContactEnded"_s);
        other.interactionId = u"i-2"_s;
        QCOMPARE(call.handleEvent(other), CallSession::Outcome::Ignored);
        QCOMPARE(call.state(), S::Connected);
        QVERIFY(!call.needsReload());
    }

    void handleEvent_newOfferAfterClosed_startsFresh()
    {
        ManualClock clock;
        CallSession call(&clock);
        driveTo(call, S::Offered);
        QCOMPARE(call.handleEvent(taskEvent(u"AgentOfferContactRona"_s)),
                 CallSession::Outcome::Applied);
        QVERIFY(call.ronaHappened());
        CallEvent again = taskEvent(u"AgentOfferContact"_s);
        again.queueName = u"Billing"_s;
        QCOMPARE(call.handleEvent(again), CallSession::Outcome::Applied);
        QCOMPARE(call.state(), S::Offered);
        QVERIFY(!call.ronaHappened());
        QVERIFY(call.callerNumber().isEmpty());
        QCOMPARE(call.queueName(), u"Billing"_s);
    }

    void contactNotFound_afterReload_closes()
    {
        ManualClock clock;
        CallSession call(&clock);
        driveTo(call, S::Held);
        QCOMPARE(call.handleEvent(taskEvent(u"AgentOfferContact"_s)),
                 CallSession::Outcome::Mismatch);
        QVERIFY(call.needsReload());
        call.contactNotFound();
        QCOMPARE(call.state(), S::Closed);
        QVERIFY(!call.needsReload());
    }

    void labels_everyStateAndCommand_haveDistinctText()
    {
        QSet<QString> states;
        QSet<QString> names;
        for (const S state : AllCallStates) {
            const QString label = CallSession::stateLabel(state);
            QVERIFY(!label.isEmpty());
            states.insert(label);
            names.insert(callStateName(state));
        }
        QCOMPARE(states.size(), int(AllCallStates.size()));
        QCOMPARE(names.size(), int(AllCallStates.size()));
        QSet<QString> kinds;
        for (const Command kind : AllCallCommandKinds) {
            QVERIFY(!CallSession::failureMessage(kind).isEmpty());
            kinds.insert(CallCommand::kindName(kind));
        }
        QCOMPARE(kinds.size(), int(AllCallCommandKinds.size()));
    }
};

QTEST_GUILESS_MAIN(TestCallSession)
#include "tst_callsession.moc"
