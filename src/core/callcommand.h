// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <array>

namespace AgentDesk::Core {

// One thing the agent asks of the contact center for a call (SERVICES-REFERENCE.md §1.7). The
// caller builds it with the named constructors; CallSession::request() hands back the command
// ready to send: the leg of a Resume and the destination of a ConsultTransfer filled in.
//   if (const auto command = call.request(CallCommand::consult(u"+14255550100"_s,
//                                                              u"dialNumber"_s))) { ... }
struct CallCommand
{
    enum class Kind
    {
        Accept,          // POST /accept
        Hold,            // POST /hold {mediaResourceId}
        Resume,          // POST /unhold {mediaResourceId of `leg`}
        Consult,         // POST /consult {to, destinationType}
        EndConsult,      // POST /consult/end
        ConsultTransfer, // POST /consult/transfer {to, destinationType}
        Conference,      // POST /consult/conference
        BlindTransfer,   // POST /transfer {to, destinationType}
        End,             // POST /end
        WrapUp           // POST /wrapup {wrapUpReason, auxCodeId}
    };
    // Which media a Hold or Resume acts on: the customer's (main) or the consult leg.
    enum class Leg
    {
        Main,
        Consult
    };

    Kind kind = Kind::Accept;
    QString destination;     // Consult, ConsultTransfer, BlindTransfer: `to`
    QString destinationType; // agent | queue | dialNumber | entryPoint
    QString wrapUpCodeId;    // WrapUp: auxCodeId
    QString wrapUpReason;    // WrapUp: wrapUpReason (the code's name)
    Leg leg = Leg::Main;     // Hold, Resume: decided by CallSession from the state

    // A command of this kind with nothing else filled in.
    static CallCommand of(Kind kind)
    {
        CallCommand command;
        command.kind = kind;
        return command;
    }
    static CallCommand accept() { return of(Kind::Accept); }
    static CallCommand hold() { return of(Kind::Hold); }
    static CallCommand resume() { return of(Kind::Resume); }
    static CallCommand consult(const QString &to, const QString &type)
    {
        return toward(Kind::Consult, to, type);
    }
    static CallCommand endConsult() { return of(Kind::EndConsult); }
    static CallCommand consultTransfer() { return of(Kind::ConsultTransfer); }
    static CallCommand conference() { return of(Kind::Conference); }
    static CallCommand blindTransfer(const QString &to, const QString &type)
    {
        return toward(Kind::BlindTransfer, to, type);
    }
    static CallCommand end() { return of(Kind::End); }
    static CallCommand wrapUp(const QString &codeId, const QString &reason)
    {
        CallCommand command = of(Kind::WrapUp);
        command.wrapUpCodeId = codeId;
        command.wrapUpReason = reason;
        return command;
    }

    // "Hold", "ConsultTransfer"...: for logs and tests.
    static QString kindName(Kind kind);

private:
    static CallCommand toward(Kind kind, const QString &to, const QString &type)
    {
        CallCommand command = of(kind);
        command.destination = to;
        command.destinationType = type;
        return command;
    }
};

inline constexpr std::array AllCallCommandKinds{
        CallCommand::Kind::Accept,     CallCommand::Kind::Hold,
        CallCommand::Kind::Resume,     CallCommand::Kind::Consult,
        CallCommand::Kind::EndConsult, CallCommand::Kind::ConsultTransfer,
        CallCommand::Kind::Conference, CallCommand::Kind::BlindTransfer,
        CallCommand::Kind::End,        CallCommand::Kind::WrapUp};

} // namespace AgentDesk::Core
