// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simuser.h"

#include <QList>
#include <QString>

#include <vector>

namespace AgentDesk::Sim {

class Scenario;

// Generates the simulated tenant's people: pure and deterministic, so a seed names a directory.
// A realistic mix of names (Portuguese, Spanish, French, German and Turkish with their accents,
// English, Japanese in kanji, hiragana and katakana, Chinese, Korean, Ukrainian, Greek, Arabic,
// Hindi), e-mail addresses romanised to ASCII, contact-center departments and titles, business
// phones typed the free-text ways real tenants have them (some unparsable), about 3 % guests,
// 2 % disabled accounts, 5 % members without a business phone, 30 % with a mobile phone, 15 %
// without a photo, and a Teams presence for everyone.
// User i depends only on (seed, i) and the users before it, so a directory of 500 is the first
// 500 of one of 100,000.
//   auto users = DirectoryGenerator::generate(100'000, 42, u"contoso.example"_s);
class DirectoryGenerator final
{
public:
    // Someone who must be in the directory (the scenario's accounts): a member with a photo and a
    // business phone, whose id is the account's objectId or else derives from the e-mail alone.
    struct Person
    {
        QString email;
        QString displayName;
        QString id; // empty: stableId(email)
    };

    // `size` users in all: the pinned people first, then generated ones.
    static std::vector<SimUser> generate(int size, quint64 seed, const QString &tenantDomain,
                                         const QList<Person> &pinned = {});
    // The directory a scenario describes: tenant.domain, accounts[], directory.size and .seed.
    static std::vector<SimUser> generate(const Scenario &scenario);

    // The GUID-shaped id of a pinned person without an objectId: stable across seeds and sizes,
    // and the same oid IdentityService puts in that person's id token.
    static QString stableId(const QString &email);
};

} // namespace AgentDesk::Sim
