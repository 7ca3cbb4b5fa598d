// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "callcommand.h"

using namespace Qt::StringLiterals;

namespace AgentDesk::Core {

QString CallCommand::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Accept:
        return u"Accept"_s;
    case Kind::Hold:
        return u"Hold"_s;
    case Kind::Resume:
        return u"Resume"_s;
    case Kind::Consult:
        return u"Consult"_s;
    case Kind::EndConsult:
        return u"EndConsult"_s;
    case Kind::ConsultTransfer:
        return u"ConsultTransfer"_s;
    case Kind::Conference:
        return u"Conference"_s;
    case Kind::BlindTransfer:
        return u"BlindTransfer"_s;
    case Kind::End:
        return u"End"_s;
    case Kind::WrapUp:
        return u"WrapUp"_s;
    }
    return u"Unknown"_s;
}

} // namespace AgentDesk::Core
