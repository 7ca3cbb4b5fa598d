// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "callevent.h"

#include <QLatin1StringView>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace AgentDesk::Core {

namespace {

// The contact center's task event names (SERVICES-REFERENCE.md §1.7, §1.9), exact case.
constexpr std::array Names{
        std::pair{"AgentContactReserved"_L1, CallEvent::Kind::Offered},
        std::pair{"AgentOfferContact"_L1, CallEvent::Kind::Offered},
        std::pair{"AgentContactAssigned"_L1, CallEvent::Kind::Assigned},
        std::pair{"AgentOfferContactRona"_L1, CallEvent::Kind::Rona},
        std::pair{"AgentContactHeld"_L1, CallEvent::Kind::Held},
        std::pair{"AgentContactUnheld"_L1, CallEvent::Kind::Unheld},
        std::pair{"AgentConsultCreated"_L1, CallEvent::Kind::ConsultCreated},
        std::pair{"AgentConsulting"_L1, CallEvent::Kind::Consulting},
        std::pair{"AgentConsultEnded"_L1, CallEvent::Kind::ConsultEnded},
        std::pair{"AgentCtqCancelled"_L1, CallEvent::Kind::ConsultEnded},
        std::pair{"AgentConsultTransferring"_L1, CallEvent::Kind::ConsultTransferred},
        std::pair{"AgentConsultTransferred"_L1, CallEvent::Kind::ConsultTransferred},
        std::pair{"AgentConsultConferencing"_L1, CallEvent::Kind::Conferenced},
        std::pair{"AgentConsultConferenced"_L1, CallEvent::Kind::Conferenced},
        std::pair{"AgentConsultConferenceEnded"_L1, CallEvent::Kind::ConferenceEnded},
        std::pair{"ParticipantLeftConference"_L1, CallEvent::Kind::ParticipantLeft},
        std::pair{"AgentBlindTransferred"_L1, CallEvent::Kind::BlindTransferred},
        std::pair{"AgentVteamTransferred"_L1, CallEvent::Kind::BlindTransferred},
        std::pair{"ContactEnded"_L1, CallEvent::Kind::ContactEnded},
        std::pair{"AgentWrapup"_L1, CallEvent::Kind::Wrapup},
        std::pair{"AgentWrappedUp"_L1, CallEvent::Kind::WrappedUp},
        std::pair{"AgentContactUnassigned"_L1, CallEvent::Kind::Unassigned},
        std::pair{"AgentContact"_L1, CallEvent::Kind::Rehydrated},
        std::pair{"AgentContactAssignFailed"_L1, CallEvent::Kind::AssignFailed},
        std::pair{"AgentContactHoldFailed"_L1, CallEvent::Kind::HoldFailed},
        std::pair{"AgentContactUnHoldFailed"_L1, CallEvent::Kind::UnholdFailed},
        std::pair{"AgentConsultFailed"_L1, CallEvent::Kind::ConsultFailed},
        std::pair{"AgentCtqFailed"_L1, CallEvent::Kind::ConsultFailed},
        std::pair{"AgentConsultEndFailed"_L1, CallEvent::Kind::ConsultEndFailed},
        // consult/end of an unanswered queue consult, and of a conference.
        std::pair{"AgentCtqCancelFailed"_L1, CallEvent::Kind::ConsultEndFailed},
        std::pair{"AgentConsultConferenceEndFailed"_L1, CallEvent::Kind::ConsultEndFailed},
        std::pair{"AgentConsultTransferFailed"_L1, CallEvent::Kind::ConsultTransferFailed},
        std::pair{"AgentConsultConferenceFailed"_L1, CallEvent::Kind::ConferenceFailed},
        std::pair{"AgentBlindTransferFailed"_L1, CallEvent::Kind::BlindTransferFailed},
        std::pair{"AgentVteamTransferFailed"_L1, CallEvent::Kind::BlindTransferFailed},
        std::pair{"AgentContactEndFailed"_L1, CallEvent::Kind::EndFailed},
        std::pair{"AgentWrapupFailed"_L1, CallEvent::Kind::WrapupFailed},
};

} // namespace

CallEvent::Kind CallEvent::kindOf(QStringView name)
{
    for (const auto &[known, kind] : Names) {
        if (name == known) {
            return kind;
        }
    }
    return Kind::Unknown;
}

QStringList CallEvent::knownNames()
{
    QStringList names;
    names.reserve(int(Names.size()));
    for (const auto &[name, kind] : Names) {
        names.append(QString(name));
    }
    return names;
}

} // namespace AgentDesk::Core
