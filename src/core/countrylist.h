// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace AgentDesk::Core {

struct Country
{
    QString region;      // ISO 3166 code, "BR"
    int callingCode = 0; // 55
    QString name;        // in the list's language: "ブラジル", "Brésil", "Brasil"
    friend bool operator==(const Country &, const Country &) = default;
};

// The country picker's content: every region libphonenumber supports (245), with its calling
// code, named by ICU in the user-interface language and sorted by that language's collation
// (so "Émirats arabes unis" sorts under E in French). Built once per language, then shared:
//   const CountryList countries = CountryList::forLanguage(u"pt_BR"_s);
//   for (const Country &c : countries.withFirst(profile.defaultRegion))
//   addItem(CountryList::label(c), c.region);
// Building takes a few milliseconds (tst_countrylist measures it); later calls are a look-up.
class CountryList
{
    Q_DECLARE_TR_FUNCTIONS(AgentDesk::Core::CountryList)

public:
    // The cached list for language: "ja", "pt_BR", "pt-BR", "fr_CA.UTF-8"; empty means English.
    static CountryList forLanguage(const QString &language);
    // A fresh list, bypassing the cache (for measuring).
    static CountryList build(const QString &language);

    QString language() const;
    const QList<Country> &countries() const;
    qsizetype size() const { return countries().size(); }
    qsizetype indexOf(const QString &region) const; // -1 when unknown; case-insensitive
    std::optional<Country> find(const QString &region) const;
    // The sorted list with region first (the agent's default country); unchanged if unknown.
    QList<Country> withFirst(const QString &region) const;
    // Whether two lists share the same built data (a cache hit).
    bool isSharedWith(const CountryList &other) const { return d == other.d; }

    // A picker item: "Brésil (+55)".
    static QString label(const Country &country);

private:
    struct Data;
    explicit CountryList(std::shared_ptr<const Data> data);
    std::shared_ptr<const Data> d;
};

} // namespace AgentDesk::Core
