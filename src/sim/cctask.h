// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <optional>

namespace AgentDesk::Sim {

// One party of a call as interaction.participants carries it (SDK task/types.ts
// InteractionParticipant). Keyed by id: the agent id for agents, the number for the customer
// (ANI) and for dialled numbers, the entry point id for entry points.
struct CcTaskParticipant
{
    QString id;
    QString pType; // Customer | Agent | DN | EP-DN (SDK core/Utils.ts calculateDestType)
    QString name;
    QString dn;
    QString teamId;
    QString teamName;
    QString siteId;
    QString deviceType;
    QString deviceId;
    QString queueId;
    bool hasJoined = false;
    bool hasLeft = false;
    bool isOffered = false;
    bool isConsulted = false;
    QString consultState; // "" | consultInitiated | consulting | conferencing
    bool isWrapUp = false;
    bool isWrappedUp = false;
    QString currentState; // new | connected | hold | consulting | conference | wrapUp
    qint64 currentStateTimestamp = 0;
    qint64 joinTimestamp = 0;
    qint64 consultTimestamp = 0;
    qint64 wrapUpTimestamp = 0;
};

// One media leg (interaction.media[...]): the customer's call ("mainCall", keyed by the
// interaction id) or a consult leg ("consult", keyed by its consultMediaResourceId).
struct CcTaskMedia
{
    QString mediaResourceId;
    QString mType; // mainCall | consult
    QStringList participants;
    bool isHold = false;
    qint64 holdTimestamp = 0;
};

// The consult in progress (or merged into a conference) of a task.
struct CcTaskConsult
{
    QString to;              // as the consult request named it
    QString destinationType; // agent | queue | dialNumber | entryPoint
    QString participantId;   // the consulted party's key in participants
    QString mediaResourceId; // the consult leg
    QString destAgentId;     // the consulted agent (agent destinations only)
    QString queueId;         // queue destinations only
    bool answered = false;
    bool offeredToAgent = false; // AgentOfferConsult went to destAgentId
    bool heldCustomer = true;    // holdParticipants of the request
};

// A customer's telephony call in the simulated contact center, from the offer to the last
// agent's wrap-up. `owner` is the agent handling it (empty once no agent of the tenant holds the
// call any more: ended, transferred out); `wrapUpAgents` are agents who left it and still owe a
// wrap-up. The task lives while either is set. Its timers (RONA, phone answer, consult outcome)
// are children of `timers`, so they die with it.
struct CcTask
{
    enum class State
    {
        Offered,     // ringing at the owner (interaction.state "new")
        Connected,   // "connected", or "hold" while the main leg is held
        Consulting,  // a consult leg exists, ringing or answered ("consulting")
        Conferenced, // the consulted party joined the main leg ("conference")
        Ended,       // no agent of the tenant is on the call any more ("wrapUp")
    };

    QString interactionId; // = the main leg's mediaResourceId
    QString orgId;
    QString direction = QStringLiteral("INBOUND"); // INBOUND | OUTBOUND
    QString outboundType;                          // OUTDIAL for click-to-call, else empty
    qint64 createdTimestamp = 0;
    qint64 queuedTimestamp = 0;
    QString ani;  // the caller: the customer, or on an outdial the number shown to them
    QString dnis; // the number called: the tenant's, or on an outdial the customer's
    QString customerName;
    QString queueId;
    QString queueName;
    int ronaMs = 30000;
    State state = State::Offered;
    QString owner;
    QStringList wrapUpAgents;
    // The destination type of the last consult or transfer (events carry it).
    QString destinationType;
    std::optional<CcTaskConsult> consult;
    QList<CcTaskParticipant> participants; // in the order they joined
    QList<CcTaskMedia> media;              // main leg first

    std::unique_ptr<QObject> timers = std::make_unique<QObject>();
    QPointer<QTimer> ronaTimer;
    QPointer<QTimer> answerTimer;
    QPointer<QTimer> consultTimer;

    CcTaskParticipant *participant(const QString &id)
    {
        for (CcTaskParticipant &p : participants) {
            if (p.id == id) {
                return &p;
            }
        }
        return nullptr;
    }
    const CcTaskParticipant *participant(const QString &id) const
    {
        return const_cast<CcTask *>(this)->participant(id);
    }
    CcTaskMedia *mediaById(const QString &id)
    {
        for (CcTaskMedia &m : media) {
            if (m.mediaResourceId == id) {
                return &m;
            }
        }
        return nullptr;
    }
    const CcTaskMedia *mediaById(const QString &id) const
    {
        return const_cast<CcTask *>(this)->mediaById(id);
    }
    CcTaskMedia &mainMedia() { return media.first(); }
    const CcTaskMedia &mainMedia() const { return media.first(); }
    bool isHeld() const { return !media.isEmpty() && media.first().isHold; }
};

} // namespace AgentDesk::Sim
