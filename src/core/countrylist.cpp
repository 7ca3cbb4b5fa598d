// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "countrylist.h"

#include "corelogging.h"
#include "languagecatalog.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMutex>

#include <phonenumbers/phonenumberutil.h>
#include <unicode/coll.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <set>
#include <string>

using namespace Qt::StringLiterals;
using i18n::phonenumbers::PhoneNumberUtil;

namespace AgentDesk::Core {

struct CountryList::Data
{
    QString language;
    QList<Country> countries;
    QHash<QString, qsizetype> indexByRegion;
};

namespace {

QString toQString(const icu::UnicodeString &text)
{
    return QString(reinterpret_cast<const QChar *>(text.getBuffer()), text.length());
}

icu::UnicodeString toIcu(const QString &text)
{
    return icu::UnicodeString(reinterpret_cast<const char16_t *>(text.utf16()),
                              static_cast<int32_t>(text.size()));
}

QString normalizedLanguage(const QString &language)
{
    const QString code = LanguageCatalog::normalized(language);
    return code.isEmpty() ? u"en"_s : code;
}

} // namespace

CountryList::CountryList(std::shared_ptr<const Data> data)
    : d(std::move(data))
{}

CountryList CountryList::build(const QString &language)
{
    QElapsedTimer timer;
    timer.start();
    auto data = std::make_shared<Data>();
    data->language = normalizedLanguage(language);
    const icu::Locale displayLocale(data->language.toLatin1().constData());

    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    std::set<std::string> regions;
    util->GetSupportedRegions(&regions);
    data->countries.reserve(static_cast<qsizetype>(regions.size()));
    QList<icu::UnicodeString> names;
    names.reserve(static_cast<qsizetype>(regions.size()));
    for (const std::string &region : regions) {
        icu::UnicodeString name;
        icu::Locale("", region.c_str()).getDisplayCountry(displayLocale, name);
        data->countries.append(Country{QString::fromStdString(region),
                                       util->GetCountryCodeForRegion(region), toQString(name)});
    }

    UErrorCode status = U_ZERO_ERROR;
    const std::unique_ptr<icu::Collator> collator(
            icu::Collator::createInstance(displayLocale, status));
    if (U_FAILURE(status) || !collator) {
        qCWarning(lcCore) << "no ICU collation for" << data->language << u_errorName(status)
                          << "- sorting country names by code point";
        std::sort(data->countries.begin(), data->countries.end(),
                  [](const Country &a, const Country &b) { return a.name < b.name; });
    } else {
        std::sort(data->countries.begin(), data->countries.end(),
                  [&collator](const Country &a, const Country &b) {
                      UErrorCode compareStatus = U_ZERO_ERROR;
                      const UCollationResult order =
                              collator->compare(toIcu(a.name), toIcu(b.name), compareStatus);
                      if (order != UCOL_EQUAL) {
                          return order == UCOL_LESS;
                      }
                      return a.region < b.region;
                  });
    }
    for (qsizetype i = 0; i < data->countries.size(); ++i) {
        data->indexByRegion.insert(data->countries.at(i).region, i);
    }
    qCDebug(lcCore) << "country list for" << data->language << "built in"
                    << timer.nsecsElapsed() / 1000 << "us:" << data->countries.size() << "regions";
    return CountryList(std::move(data));
}

CountryList CountryList::forLanguage(const QString &language)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const Data>> cache;
    const QString key = normalizedLanguage(language);
    {
        const QMutexLocker locker(&mutex);
        if (const auto found = cache.constFind(key); found != cache.cend()) {
            return CountryList(*found);
        }
    }
    // Built outside the lock: two threads racing for one language build twice, harmlessly.
    CountryList list = build(key);
    const QMutexLocker locker(&mutex);
    return CountryList(*cache.insert(key, list.d));
}

QString CountryList::language() const
{
    return d->language;
}

const QList<Country> &CountryList::countries() const
{
    return d->countries;
}

qsizetype CountryList::indexOf(const QString &region) const
{
    return d->indexByRegion.value(region.trimmed().toUpper(), -1);
}

std::optional<Country> CountryList::find(const QString &region) const
{
    const qsizetype index = indexOf(region);
    if (index < 0) {
        return std::nullopt;
    }
    return d->countries.at(index);
}

QList<Country> CountryList::withFirst(const QString &region) const
{
    QList<Country> result = d->countries;
    const qsizetype index = indexOf(region);
    if (index > 0) {
        result.move(index, 0);
    }
    return result;
}

QString CountryList::label(const Country &country)
{
    return tr("%1 (+%2)", "country name, then its calling code")
            .arg(country.name)
            .arg(country.callingCode);
}

} // namespace AgentDesk::Core
