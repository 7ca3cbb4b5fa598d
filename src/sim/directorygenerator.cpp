// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "directorygenerator.h"

#include "scenario.h"
#include "stableids.h"

#include <QHash>
#include <QJsonArray>
#include <QUuid>

#include <array>

using namespace Qt::StringLiterals;

namespace AgentDesk::Sim {

namespace {

// splitmix64: tiny, fast, and the same on every platform and standard library (std::
// distributions are not), which a seed that names a directory needs.
class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_state(seed)
    {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    // Uniform in [0, bound).
    quint32 below(quint32 bound) { return quint32(((next() >> 32) * bound) >> 32); }
    bool perMille(quint32 chance) { return below(1000) < chance; }

private:
    quint64 m_state;
};

quint64 fnv1a(const QString &text)
{
    quint64 hash = 0xCBF29CE484222325ull;
    for (const QChar c : text) {
        hash = (hash ^ c.unicode()) * 0x100000001B3ull;
    }
    return hash;
}

// Index of a weighted choice; weights are small integers.
template<typename T>
int pickWeighted(Rng &rng, const QList<T> &items)
{
    int total = 0;
    for (const T &item : items) {
        total += item.weight;
    }
    int roll = int(rng.below(quint32(total)));
    for (int i = 0; i < items.size(); ++i) {
        roll -= items.at(i).weight;
        if (roll < 0) {
            return i;
        }
    }
    return int(items.size()) - 1;
}

// ASCII for an e-mail local part: accents dropped (José → jose, Çelik → celik), the letters that
// do not decompose spelled out (ß → ss), spaces, hyphens and apostrophes removed.
QString asciiFold(const QString &text)
{
    QString out;
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    for (const QChar c : decomposed) {
        const char16_t u = c.unicode();
        if (c.category() == QChar::Mark_NonSpacing) {
            continue;
        }
        switch (u) {
        case u'ß':
            out += u"ss";
            continue;
        case u'ı':
            out += u'i';
            continue;
        case u'ø':
        case u'Ø':
            out += u'o';
            continue;
        case u'æ':
        case u'Æ':
            out += u"ae";
            continue;
        case u'œ':
        case u'Œ':
            out += u"oe";
            continue;
        case u'ł':
        case u'Ł':
            out += u'l';
            continue;
        default:
            break;
        }
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9')) {
            out += c;
        } else if (u >= u'A' && u <= u'Z') {
            out += QChar(u + (u'a' - u'A'));
        }
    }
    return out;
}

enum class Country
{
    US,
    CA,
    BR,
    PT,
    JP,
    ES,
    FR,
    GB,
    DE
};

struct WeightedCountry
{
    Country country;
    int weight;
};

// How a culture writes a full name.
enum class NameOrder
{
    GivenFamily,       // "José Núñez"
    FamilyGiven,       // "佐藤 花子"
    FamilyGivenJoined, // "王伟", "김민준"
    GivenFamilyDot     // "ジョン・スミス" (foreign names in katakana)
};

struct GivenSpec
{
    const char16_t *native;
    const char *roman; // nullptr: fold the native spelling
    bool female;
};

struct FamilySpec
{
    const char16_t *native;
    const char *roman;
    const char16_t *feminine = nullptr; // languages whose surnames agree with gender
    const char *feminineRoman = nullptr;
};

struct Name
{
    QString native;
    QString roman;
    bool female = false;
    QString feminine; // family names only
    QString feminineRoman;
};

struct Culture
{
    int weight = 0;
    NameOrder order = NameOrder::GivenFamily;
    QList<Name> given;
    QList<Name> family;
    QList<WeightedCountry> countries;
    QString language; // the people's own language tag, for preferredLanguage
    int ownLanguagePerMille = 0;
};

struct Office
{
    QString location; // officeLocation; %1 = floor
    QString area;     // dialling area code
    QString local;    // local-number pattern where the area implies one (GB drama ranges)
    QString language;
    // location for floors 2..15, formatted once so that users on one floor share the string
    QStringList floors;
};

struct PhonePattern
{
    QString pattern; // {A} area, {L} local pattern, X a random digit, N one of 2-9
    int weight;
};

struct CountryData
{
    QList<Office> offices;
    QList<PhonePattern> business;
    QList<PhonePattern> mobile;
};

struct Department
{
    QString name;
    int weight;
    QStringList titles;
};

struct PresenceSpec
{
    QString availability;
    QString activity;
    int weight;
};

QList<Name> givenNames(std::initializer_list<GivenSpec> specs)
{
    QList<Name> names;
    for (const GivenSpec &spec : specs) {
        const QString native = QString::fromUtf16(spec.native);
        names.append({native,
                      spec.roman ? QString::fromLatin1(spec.roman) : asciiFold(native),
                      spec.female,
                      {},
                      {}});
    }
    return names;
}

QList<Name> familyNames(std::initializer_list<FamilySpec> specs)
{
    QList<Name> names;
    for (const FamilySpec &spec : specs) {
        Name name;
        name.native = QString::fromUtf16(spec.native);
        name.roman = spec.roman ? QString::fromLatin1(spec.roman) : asciiFold(name.native);
        name.feminine = spec.feminine ? QString::fromUtf16(spec.feminine) : name.native;
        name.feminineRoman = spec.feminineRoman
                                     ? QString::fromLatin1(spec.feminineRoman)
                                     : (spec.feminine ? asciiFold(name.feminine) : name.roman);
        names.append(name);
    }
    return names;
}

// Plain Latin names: the romanised form is computed.
QList<Name> latinGiven(std::initializer_list<const char16_t *> male,
                       std::initializer_list<const char16_t *> female)
{
    QList<Name> names;
    for (const char16_t *n : male) {
        const QString native = QString::fromUtf16(n);
        names.append({native, asciiFold(native), false, {}, {}});
    }
    for (const char16_t *n : female) {
        const QString native = QString::fromUtf16(n);
        names.append({native, asciiFold(native), true, {}, {}});
    }
    return names;
}

QList<Name> latinFamily(std::initializer_list<const char16_t *> list)
{
    QList<Name> names;
    for (const char16_t *n : list) {
        const QString native = QString::fromUtf16(n);
        const QString roman = asciiFold(native);
        names.append({native, roman, false, native, roman});
    }
    return names;
}

// All the generator's data, built once.
struct Tables
{
    QList<Culture> cultures;
    std::array<CountryData, 9> countries; // by Country
    QList<Department> departments;
    QList<PresenceSpec> presences;
    QStringList unparsablePhones;
    QStringList partnerDomains;

    Tables();
};

Tables::Tables()
{
    using C = Country;
    // English (US, Canada, UK, Ireland).
    cultures.append(
            {26,
             NameOrder::GivenFamily,
             latinGiven({u"James",   u"John",    u"Robert", u"Michael", u"William",
                         u"David",   u"Richard", u"Joseph", u"Thomas",  u"Daniel",
                         u"Matthew", u"Liam",    u"Noah",   u"Ethan",   u"Connor",
                         u"Ryan",    u"Seán",    u"Kevin",  u"Brian",   u"Andrew"},
                        {u"Mary",    u"Patricia", u"Jennifer", u"Linda", u"Elizabeth",
                         u"Barbara", u"Susan",    u"Jessica",  u"Sarah", u"Karen",
                         u"Emily",   u"Olivia",   u"Emma",     u"Ava",   u"Chloe",
                         u"Grace",   u"Hannah",   u"Siobhán",  u"Niamh", u"Megan"}),
             latinFamily({u"Smith",     u"Johnson", u"Williams", u"Brown",  u"Jones",   u"Miller",
                          u"Davis",     u"Wilson",  u"Anderson", u"Taylor", u"Thomas",  u"Moore",
                          u"Martin",    u"Jackson", u"Thompson", u"White",  u"Harris",  u"Clark",
                          u"Lewis",     u"Walker",  u"Hall",     u"Young",  u"O'Brien", u"O'Connor",
                          u"MacDonald", u"Murphy",  u"Kelly",    u"Evans",  u"Hughes",  u"Wright",
                          u"Robinson",  u"Baker",   u"Nguyen",   u"Patel"}),
             {{C::US, 55}, {C::CA, 15}, {C::GB, 30}},
             {},
             0});
    // Portuguese (Brazil, Portugal).
    cultures.append(
            {15,
             NameOrder::GivenFamily,
             latinGiven({u"José", u"João", u"António", u"Antônio", u"Luís", u"Gonçalo", u"Rafael",
                         u"Thiago", u"Bruno", u"Sebastião", u"Vinícius", u"Caio", u"Lucas",
                         u"Ângelo"},
                        {u"Maria", u"Ana", u"Conceição", u"Inês", u"Beatriz", u"Mariana", u"Luíza",
                         u"Fernanda", u"Camila", u"Lúcia", u"Mônica", u"Joana", u"Letícia",
                         u"Fátima"}),
             latinFamily({u"Silva",     u"Santos",    u"Oliveira",  u"Souza",      u"Pereira",
                          u"Costa",     u"Rodrigues", u"Almeida",   u"Nascimento", u"Gonçalves",
                          u"Araújo",    u"Fernandes", u"Conceição", u"Magalhães",  u"Simões",
                          u"Brandão",   u"Gusmão",    u"Assunção",  u"Lopes",      u"Ribeiro",
                          u"Guimarães", u"Sá",        u"da Silva",  u"Romão"}),
             {{C::BR, 70}, {C::PT, 30}},
             {},
             0});
    // Spanish.
    cultures.append(
            {10,
             NameOrder::GivenFamily,
             latinGiven({u"José", u"Jesús", u"Álvaro", u"Martín", u"Ramón", u"Andrés", u"Raúl",
                         u"Íñigo", u"Pablo", u"Sergio", u"Javier", u"Adrián"},
                        {u"María", u"Inés", u"Sofía", u"Lucía", u"Begoña", u"Ángela", u"Nuria",
                         u"Carmen", u"Marta", u"Rocío", u"Elena", u"Belén"}),
             latinFamily({u"Núñez",   u"García",  u"Martínez",  u"López",     u"Sánchez",
                          u"Pérez",   u"Gómez",   u"Fernández", u"Rodríguez", u"Muñoz",
                          u"Jiménez", u"Álvarez", u"Ibáñez",    u"Ortiz",     u"Castaño",
                          u"Peña",    u"Rubio",   u"Méndez",    u"Gutiérrez", u"Domínguez"}),
             {{C::ES, 70}, {C::US, 30}},
             {},
             0});
    // French (France, Québec).
    cultures.append(
            {8,
             NameOrder::GivenFamily,
             latinGiven({u"François", u"Jérôme", u"Loïc", u"Benoît", u"Mathéo", u"Noël",
                         u"Stéphane", u"Julien", u"Théo", u"Gaël", u"Rémi", u"Pierre"},
                        {u"Hélène", u"Élodie", u"Céline", u"Zoé", u"Gaëlle", u"Chloé", u"Cécile",
                         u"Anaïs", u"Thérèse", u"Émilie", u"Marie", u"Léa"}),
             latinFamily({u"Dubois", u"Lefèvre", u"Moreau", u"Laurent", u"Girard", u"Rousseau",
                          u"Bérenger", u"Leclerc", u"Fournier", u"Mercier", u"Faure", u"Chevalier",
                          u"Gauthier", u"Bélanger", u"Côté", u"Lévesque", u"Bouchard", u"Gagnon"}),
             {{C::FR, 75}, {C::CA, 25}},
             {},
             0});
    // German.
    cultures.append({4,
                     NameOrder::GivenFamily,
                     latinGiven({u"Jürgen", u"Lukas", u"Björn", u"Jörg", u"Maximilian", u"Günter",
                                 u"Felix", u"Tobias"},
                                {u"Sophie", u"Käthe", u"Leonie", u"Anja", u"Jülide", u"Lena",
                                 u"Franziska", u"Hannelore"}),
                     latinFamily({u"Müller", u"Schröder", u"Weiß", u"Groß", u"Schäfer", u"Köhler",
                                  u"Krüger", u"Schmidt", u"Becker", u"Hoffmann", u"Wagner",
                                  u"Fischer", u"Weber", u"Bäcker"}),
                     {{C::DE, 100}},
                     {},
                     0});
    // Turkish.
    cultures.append({2,
                     NameOrder::GivenFamily,
                     latinGiven({u"Ahmet", u"Mehmet", u"Emre", u"Çağrı", u"Gökhan", u"İbrahim"},
                                {u"Ayşe", u"Zeynep", u"Elif", u"Şule", u"Gülşen", u"Özlem"}),
                     latinFamily({u"Çelik", u"Yılmaz", u"Kaya", u"Demir", u"Şahin", u"Yıldız",
                                  u"Öztürk", u"Aydın", u"Arslan", u"Doğan"}),
                     {{C::DE, 60}, {C::GB, 40}},
                     u"tr-TR"_s,
                     300});
    // Japanese: kanji family and given names.
    const QList<Name> japaneseFamily =
            familyNames({{u"佐藤", "sato"},     {u"鈴木", "suzuki"},    {u"高橋", "takahashi"},
                         {u"田中", "tanaka"},   {u"伊藤", "ito"},       {u"渡辺", "watanabe"},
                         {u"山本", "yamamoto"}, {u"中村", "nakamura"},  {u"小林", "kobayashi"},
                         {u"加藤", "kato"},     {u"吉田", "yoshida"},   {u"山田", "yamada"},
                         {u"佐々木", "sasaki"}, {u"山口", "yamaguchi"}, {u"松本", "matsumoto"},
                         {u"井上", "inoue"},    {u"木村", "kimura"},    {u"林", "hayashi"},
                         {u"清水", "shimizu"},  {u"森", "mori"}});
    cultures.append({10,
                     NameOrder::FamilyGiven,
                     givenNames({{u"花子", "hanako", true},   {u"健二", "kenji", false},
                                 {u"翔太", "shota", false},   {u"大輔", "daisuke", false},
                                 {u"陽菜", "hina", true},     {u"結衣", "yui", true},
                                 {u"蓮", "ren", false},       {u"美咲", "misaki", true},
                                 {u"拓也", "takuya", false},  {u"直樹", "naoki", false},
                                 {u"由美", "yumi", true},     {u"恵子", "keiko", true},
                                 {u"裕子", "yuko", true},     {u"誠", "makoto", false},
                                 {u"隆", "takashi", false},   {u"愛", "ai", true},
                                 {u"彩", "aya", true},        {u"和也", "kazuya", false},
                                 {u"真由美", "mayumi", true}, {u"浩", "hiroshi", false}}),
                     japaneseFamily,
                     {{C::JP, 92}, {C::US, 8}},
                     u"ja-JP"_s,
                     900});
    // Japanese: kanji family name, hiragana given name.
    cultures.append({2,
                     NameOrder::FamilyGiven,
                     givenNames({{u"さくら", "sakura", true},
                                 {u"ひかり", "hikari", true},
                                 {u"みゆき", "miyuki", true},
                                 {u"あおい", "aoi", true},
                                 {u"かおり", "kaori", true},
                                 {u"ゆり", "yuri", true},
                                 {u"はるか", "haruka", true},
                                 {u"めぐみ", "megumi", true},
                                 {u"ひろし", "hiroshi", false},
                                 {u"けんた", "kenta", false}}),
                     japaneseFamily,
                     {{C::JP, 100}},
                     u"ja-JP"_s,
                     900});
    // Japanese colleagues of foreign origin, in katakana.
    cultures.append({1,
                     NameOrder::GivenFamilyDot,
                     givenNames({{u"ジョン", "john", false},
                                 {u"マリア", "maria", true},
                                 {u"デイビッド", "david", false},
                                 {u"エマ", "emma", true},
                                 {u"ルーカス", "lucas", false},
                                 {u"アンナ", "anna", true},
                                 {u"マイケル", "michael", false},
                                 {u"ソフィア", "sofia", true}}),
                     familyNames({{u"スミス", "smith"},
                                  {u"ガルシア", "garcia"},
                                  {u"ブラウン", "brown"},
                                  {u"ウィルソン", "wilson"},
                                  {u"シルバ", "silva"},
                                  {u"ミュラー", "muller"},
                                  {u"ジョンソン", "johnson"},
                                  {u"マルタン", "martin"}}),
                     {{C::JP, 100}},
                     u"ja-JP"_s,
                     700});
    // Chinese.
    cultures.append({5,
                     NameOrder::FamilyGivenJoined,
                     givenNames({{u"伟", "wei", false},
                                 {u"芳", "fang", true},
                                 {u"娜", "na", true},
                                 {u"敏", "min", true},
                                 {u"静", "jing", true},
                                 {u"强", "qiang", false},
                                 {u"磊", "lei", false},
                                 {u"洋", "yang", false},
                                 {u"艳", "yan", true},
                                 {u"勇", "yong", false},
                                 {u"军", "jun", false},
                                 {u"杰", "jie", false},
                                 {u"秀英", "xiuying", true},
                                 {u"建华", "jianhua", false},
                                 {u"丽", "li", true},
                                 {u"晓明", "xiaoming", false}}),
                     familyNames({{u"王", "wang"},
                                  {u"李", "li"},
                                  {u"张", "zhang"},
                                  {u"刘", "liu"},
                                  {u"陈", "chen"},
                                  {u"杨", "yang"},
                                  {u"黄", "huang"},
                                  {u"赵", "zhao"},
                                  {u"吴", "wu"},
                                  {u"周", "zhou"},
                                  {u"徐", "xu"},
                                  {u"孙", "sun"}}),
                     {{C::US, 35}, {C::CA, 35}, {C::GB, 20}, {C::JP, 10}},
                     u"zh-CN"_s,
                     400});
    // Korean.
    cultures.append({3,
                     NameOrder::FamilyGivenJoined,
                     givenNames({{u"민준", "minjun", false},
                                 {u"서연", "seoyeon", true},
                                 {u"지훈", "jihoon", false},
                                 {u"지민", "jimin", true},
                                 {u"수빈", "subin", true},
                                 {u"현우", "hyunwoo", false},
                                 {u"예은", "yeeun", true},
                                 {u"도윤", "doyoon", false},
                                 {u"하은", "haeun", true},
                                 {u"준서", "junseo", false}}),
                     familyNames({{u"김", "kim"},
                                  {u"이", "lee"},
                                  {u"박", "park"},
                                  {u"최", "choi"},
                                  {u"정", "jung"},
                                  {u"강", "kang"},
                                  {u"조", "cho"},
                                  {u"윤", "yoon"},
                                  {u"장", "jang"},
                                  {u"임", "lim"}}),
                     {{C::US, 50}, {C::JP, 25}, {C::CA, 25}},
                     u"ko-KR"_s,
                     400});
    // Ukrainian (Cyrillic); -enko and -uk surnames do not change with gender.
    cultures.append({4,
                     NameOrder::GivenFamily,
                     givenNames({{u"Андрій", "andrii", false},
                                 {u"Олена", "olena", true},
                                 {u"Дмитро", "dmytro", false},
                                 {u"Оксана", "oksana", true},
                                 {u"Тарас", "taras", false},
                                 {u"Ірина", "iryna", true},
                                 {u"Сергій", "serhii", false},
                                 {u"Наталія", "nataliia", true},
                                 {u"Олександр", "oleksandr", false},
                                 {u"Юлія", "yuliia", true},
                                 {u"Богдан", "bohdan", false},
                                 {u"Катерина", "kateryna", true}}),
                     familyNames({{u"Шевченко", "shevchenko"},
                                  {u"Коваленко", "kovalenko"},
                                  {u"Бондаренко", "bondarenko"},
                                  {u"Ткаченко", "tkachenko"},
                                  {u"Кравченко", "kravchenko"},
                                  {u"Олійник", "oliinyk"},
                                  {u"Мельник", "melnyk"},
                                  {u"Ковальчук", "kovalchuk"},
                                  {u"Лисенко", "lysenko"},
                                  {u"Марченко", "marchenko"}}),
                     {{C::DE, 30}, {C::PT, 20}, {C::CA, 30}, {C::US, 20}},
                     u"uk-UA"_s,
                     300});
    // Greek; most surnames have a feminine form.
    cultures.append(
            {2,
             NameOrder::GivenFamily,
             givenNames({{u"Γιώργος", "giorgos", false},
                         {u"Μαρία", "maria", true},
                         {u"Νίκος", "nikos", false},
                         {u"Ελένη", "eleni", true},
                         {u"Κωνσταντίνος", "konstantinos", false},
                         {u"Αικατερίνη", "aikaterini", true},
                         {u"Δημήτρης", "dimitris", false},
                         {u"Σοφία", "sofia", true},
                         {u"Γιάννης", "giannis", false},
                         {u"Αναστασία", "anastasia", true}}),
             familyNames({{u"Παπαδόπουλος", "papadopoulos", u"Παπαδοπούλου", "papadopoulou"},
                          {u"Παπαδάκης", "papadakis", u"Παπαδάκη", "papadaki"},
                          {u"Γεωργίου", "georgiou"},
                          {u"Οικονόμου", "oikonomou"},
                          {u"Νικολάου", "nikolaou"},
                          {u"Βασιλείου", "vasileiou"},
                          {u"Αθανασίου", "athanasiou"},
                          {u"Καραγιάννης", "karagiannis", u"Καραγιάννη", "karagianni"}}),
             {{C::DE, 40}, {C::GB, 40}, {C::US, 20}},
             u"el-GR"_s,
             300});
    // Arabic.
    cultures.append({3,
                     NameOrder::GivenFamily,
                     givenNames({{u"محمد", "mohammed", false},
                                 {u"أحمد", "ahmed", false},
                                 {u"فاطمة", "fatima", true},
                                 {u"علي", "ali", false},
                                 {u"مريم", "maryam", true},
                                 {u"عمر", "omar", false},
                                 {u"خالد", "khalid", false},
                                 {u"نور", "nour", true},
                                 {u"يوسف", "youssef", false},
                                 {u"سارة", "sara", true},
                                 {u"ليلى", "layla", true},
                                 {u"حسن", "hassan", false}}),
                     familyNames({{u"العلي", "alali"},
                                  {u"الحسن", "alhassan"},
                                  {u"منصور", "mansour"},
                                  {u"حداد", "haddad"},
                                  {u"خوري", "khoury"},
                                  {u"الأحمد", "alahmad"},
                                  {u"صالح", "saleh"},
                                  {u"عبدالله", "abdullah"},
                                  {u"ناصر", "nasser"},
                                  {u"الشمري", "alshammari"}}),
                     {{C::FR, 35}, {C::GB, 25}, {C::DE, 20}, {C::US, 20}},
                     u"ar-SA"_s,
                     250});
    // Hindi (Devanagari).
    cultures.append({3,
                     NameOrder::GivenFamily,
                     givenNames({{u"राहुल", "rahul", false},
                                 {u"प्रिया", "priya", true},
                                 {u"अमित", "amit", false},
                                 {u"अनीता", "anita", true},
                                 {u"विकास", "vikas", false},
                                 {u"पूजा", "pooja", true},
                                 {u"संजय", "sanjay", false},
                                 {u"नेहा", "neha", true},
                                 {u"अर्जुन", "arjun", false},
                                 {u"कविता", "kavita", true}}),
                     familyNames({{u"शर्मा", "sharma"},
                                  {u"वर्मा", "verma"},
                                  {u"गुप्ता", "gupta"},
                                  {u"सिंह", "singh"},
                                  {u"पटेल", "patel"},
                                  {u"कुमार", "kumar"},
                                  {u"जोशी", "joshi"},
                                  {u"मेहता", "mehta"},
                                  {u"अग्रवाल", "agarwal"},
                                  {u"रेड्डी", "reddy"}}),
                     {{C::US, 40}, {C::GB, 30}, {C::CA, 20}, {C::DE, 10}},
                     u"hi-IN"_s,
                     250});

    // Numbers stay in ranges reserved for fiction where a country has one (NANP 555-01xx,
    // Ofcom's drama ranges); elsewhere they are random digits after a real area code.
    countries[int(C::US)] = CountryData{{{u"Redmond – Building %1"_s, u"425"_s, {}, u"en-US"_s, {}},
                                         {u"Seattle – Floor %1"_s, u"206"_s, {}, u"en-US"_s, {}},
                                         {u"New York – Floor %1"_s, u"212"_s, {}, u"en-US"_s, {}}},
                                        {{u"+1 {A} 555 01XX"_s, 25},
                                         {u"+1 ({A}) 555-01XX"_s, 25},
                                         {u"{A}-555-01XX xXXX"_s, 12},
                                         {u"({A}) 555-01XX"_s, 15},
                                         {u"+1{A}55501XX"_s, 13},
                                         {u"{A}.555.01XX"_s, 10}},
                                        {{u"+1 {A} 555 01XX"_s, 60}, {u"({A}) 555-01XX"_s, 40}}};
    countries[int(C::CA)] = CountryData{{{u"Toronto – Floor %1"_s, u"416"_s, {}, u"en-CA"_s, {}},
                                         {u"Montréal – Étage %1"_s, u"514"_s, {}, u"fr-CA"_s, {}}},
                                        {{u"+1 {A} 555 01XX"_s, 30},
                                         {u"+1 ({A}) 555-01XX"_s, 30},
                                         {u"{A}-555-01XX xXXX"_s, 15},
                                         {u"({A}) 555-01XX"_s, 25}},
                                        {{u"+1 {A} 555 01XX"_s, 60}, {u"({A}) 555-01XX"_s, 40}}};
    countries[int(C::BR)] =
            CountryData{{{u"São Paulo – %1º andar"_s, u"11"_s, {}, u"pt-BR"_s, {}},
                         {u"Rio de Janeiro – %1º andar"_s, u"21"_s, {}, u"pt-BR"_s, {}}},
                        {{u"+55 {A} 3XXX-XXXX"_s, 35},
                         {u"({A}) 3XXX-XXXX"_s, 20},
                         {u"+55 ({A}) 3XXX-XXXX"_s, 10},
                         {u"+55{A}3XXXXXXX"_s, 10},
                         {u"+55 {A} 9XXXX-XXXX"_s, 25}},
                        {{u"+55 {A} 9XXXX-XXXX"_s, 60}, {u"({A}) 9XXXX-XXXX"_s, 40}}};
    countries[int(C::PT)] = CountryData{{{u"Lisboa – Piso %1"_s, u"21"_s, {}, u"pt-PT"_s, {}},
                                         {u"Porto – Piso %1"_s, u"22"_s, {}, u"pt-PT"_s, {}}},
                                        {{u"+351 {A} NXX XXXX"_s, 40},
                                         {u"+351 {A}N XXX XXX"_s, 30},
                                         {u"{A} NXX XXXX"_s, 15},
                                         {u"+351{A}NXXXXXX"_s, 15}},
                                        {{u"+351 91X XXX XXX"_s, 60}, {u"96X XXX XXX"_s, 40}}};
    countries[int(C::JP)] = CountryData{
            {{u"東京本社 %1F"_s, u"3"_s, {}, u"ja-JP"_s, {}},
             {u"大阪支社 %1F"_s, u"6"_s, {}, u"ja-JP"_s, {}}},
            {{u"+81 {A} NXXX XXXX"_s, 35},
             {u"0{A}-NXXX-XXXX"_s, 35},
             {u"+81-{A}-NXXX-XXXX"_s, 15},
             {u"0{A}(NXXX)XXXX"_s, 15}},
            {{u"090-XXXX-XXXX"_s, 45}, {u"080-XXXX-XXXX"_s, 25}, {u"+81 90 XXXX XXXX"_s, 30}}};
    countries[int(C::ES)] = CountryData{
            {{u"Madrid – Planta %1"_s, u"91"_s, {}, u"es-ES"_s, {}},
             {u"Barcelona – Planta %1"_s, u"93"_s, {}, u"es-ES"_s, {}}},
            {{u"+34 {A} NXX XX XX"_s, 40}, {u"+34 {A}N XXX XXX"_s, 30}, {u"{A} NXX XX XX"_s, 30}},
            {{u"+34 6XX XX XX XX"_s, 60}, {u"6XX XXX XXX"_s, 40}}};
    countries[int(C::FR)] = CountryData{{{u"Paris – %1e étage"_s, u"1"_s, {}, u"fr-FR"_s, {}},
                                         {u"Lyon – %1e étage"_s, u"4"_s, {}, u"fr-FR"_s, {}}},
                                        {{u"+33 {A} XX XX XX XX"_s, 45},
                                         {u"0{A} XX XX XX XX"_s, 30},
                                         {u"+33 (0){A} XX XX XX XX"_s, 15},
                                         {u"0{A}.XX.XX.XX.XX"_s, 10}},
                                        {{u"+33 6 XX XX XX XX"_s, 60}, {u"06 XX XX XX XX"_s, 40}}};
    countries[int(C::GB)] =
            CountryData{{{u"London – Floor %1"_s, u"20"_s, u"7946 0XXX"_s, u"en-GB"_s, {}},
                         {u"Manchester – Floor %1"_s, u"161"_s, u"496 0XXX"_s, u"en-GB"_s, {}}},
                        {{u"+44 {A} {L}"_s, 40}, {u"0{A} {L}"_s, 30}, {u"+44 (0){A} {L}"_s, 30}},
                        {{u"+44 7700 900XXX"_s, 60}, {u"07700 900XXX"_s, 40}}};
    countries[int(C::DE)] = CountryData{{{u"Berlin – %1. OG"_s, u"30"_s, {}, u"de-DE"_s, {}},
                                         {u"München – %1. OG"_s, u"89"_s, {}, u"de-DE"_s, {}}},
                                        {{u"+49 {A} NXXXXXX"_s, 35},
                                         {u"+49{A} NXXXXXX"_s, 25},
                                         {u"0{A} NXXXXXX"_s, 20},
                                         {u"+49 ({A}) NXXXX-XX"_s, 10},
                                         {u"+49 {A} NXXX-XXX"_s, 10}},
                                        {{u"+49 151 XXXXXXXX"_s, 50}, {u"0170 XXXXXXX"_s, 50}}};

    for (CountryData &country : countries) {
        for (Office &office : country.offices) {
            for (int floor = 2; floor < 16; ++floor) {
                office.floors.append(office.location.arg(floor));
            }
        }
    }

    departments = {
            {u"Customer Care"_s,
             20,
             {u"Customer Care Agent"_s, u"Customer Care Agent"_s, u"Senior Customer Care Agent"_s,
              u"Customer Care Specialist"_s, u"Team Lead – Customer Care"_s,
              u"Customer Care Manager"_s, u"Workforce Planner"_s}},
            {u"Sales"_s,
             10,
             {u"Account Executive"_s, u"Senior Account Executive"_s, u"Sales Representative"_s,
              u"Inside Sales Representative"_s, u"Sales Manager"_s, u"Regional Sales Director"_s}},
            {u"Billing"_s,
             8,
             {u"Billing Specialist"_s, u"Senior Billing Specialist"_s, u"Billing Analyst"_s,
              u"Collections Specialist"_s, u"Billing Supervisor"_s}},
            {u"Technical Support"_s,
             12,
             {u"Technical Support Engineer"_s, u"Support Engineer II"_s,
              u"Senior Support Engineer"_s, u"Network Engineer"_s, u"Field Technician"_s,
              u"Team Lead – Technical Support"_s}},
            {u"Claims"_s,
             8,
             {u"Claims Adjuster"_s, u"Senior Claims Adjuster"_s, u"Claims Examiner"_s,
              u"Claims Processor"_s, u"Claims Manager"_s}},
            {u"Underwriting"_s,
             5,
             {u"Underwriter"_s, u"Senior Underwriter"_s, u"Underwriting Assistant"_s,
              u"Chief Underwriter"_s}},
            {u"Legal"_s,
             3,
             {u"Legal Counsel"_s, u"Senior Legal Counsel"_s, u"Paralegal"_s,
              u"Compliance Officer"_s}},
            {u"Finance"_s,
             5,
             {u"Financial Analyst"_s, u"Accountant"_s, u"Senior Accountant"_s, u"Controller"_s,
              u"Accounts Payable Clerk"_s}},
            {u"Human Resources"_s,
             4,
             {u"HR Business Partner"_s, u"Recruiter"_s, u"Talent Acquisition Specialist"_s,
              u"HR Generalist"_s, u"Payroll Specialist"_s}},
            {u"IT"_s,
             8,
             {u"Systems Administrator"_s, u"Network Engineer"_s, u"Service Desk Analyst"_s,
              u"Cloud Engineer"_s, u"IT Manager"_s, u"Security Analyst"_s}},
            {u"Marketing"_s,
             4,
             {u"Marketing Specialist"_s, u"Content Strategist"_s, u"Brand Manager"_s,
              u"Digital Marketing Manager"_s}},
            {u"Logistics"_s,
             4,
             {u"Logistics Coordinator"_s, u"Warehouse Supervisor"_s, u"Supply Chain Analyst"_s,
              u"Dispatcher"_s}},
            {u"Product"_s,
             4,
             {u"Product Manager"_s, u"Senior Product Manager"_s, u"Product Owner"_s,
              u"UX Designer"_s}},
            {u"Quality Assurance"_s,
             5,
             {u"Quality Analyst"_s, u"Quality Assurance Specialist"_s, u"Call Quality Auditor"_s,
              u"Team Lead – Quality Assurance"_s}},
    };

    // A working day's spread of Teams states (per mille).
    presences = {
            {u"Available"_s, u"Available"_s, 290},
            {u"Busy"_s, u"InACall"_s, 90},
            {u"Busy"_s, u"InAConferenceCall"_s, 40},
            {u"Busy"_s, u"InAMeeting"_s, 100},
            {u"Busy"_s, u"Busy"_s, 50},
            {u"Busy"_s, u"Presenting"_s, 15},
            {u"DoNotDisturb"_s, u"Presenting"_s, 15},
            {u"DoNotDisturb"_s, u"DoNotDisturb"_s, 35},
            {u"Away"_s, u"Away"_s, 90},
            {u"BeRightBack"_s, u"BeRightBack"_s, 40},
            {u"Offline"_s, u"OffWork"_s, 120},
            {u"Offline"_s, u"Offline"_s, 90},
            {u"Available"_s, u"OutOfOffice"_s, 15},
            {u"Offline"_s, u"OutOfOffice"_s, 10},
    };

    unparsablePhones = {
            u"ext. 4411 (ask reception)"_s,   u"n/a"_s, u"see Teams"_s, u"TBD"_s, u"x4411"_s,
            u"Reception – ask for ext. 212"_s};
    partnerDomains = {u"fabrikam.example"_s, u"northwind.example"_s, u"adatum.example"_s,
                      u"tailspin.example"_s, u"litware.example"_s};
}

const Tables &tables()
{
    static const Tables instance;
    return instance;
}

QString fillPattern(Rng &rng, const QString &pattern, const Office &office)
{
    QString expanded = pattern;
    expanded.replace(u"{A}"_s, office.area);
    expanded.replace(u"{L}"_s, office.local);
    for (QChar &c : expanded) {
        if (c == u'X') {
            c = QChar(u'0' + rng.below(10));
        } else if (c == u'N') {
            // Subscriber numbers do not start with 0 or 1 where the area code is separate.
            c = QChar(u'2' + rng.below(8));
        }
    }
    return expanded;
}

template<typename T>
const T &pick(Rng &rng, const QList<T> &list)
{
    return list.at(rng.below(quint32(list.size())));
}

QString guidFrom(Rng &rng)
{
    static const char16_t hex[] = u"0123456789abcdef";
    quint64 high = rng.next();
    quint64 low = rng.next();
    // RFC 4122 version 4 and variant bits, so the ids look like the GUIDs Entra hands out.
    high = (high & ~0xF000ull) | 0x4000ull;
    low = (low & 0x3FFFFFFFFFFFFFFFull) | 0x8000000000000000ull;
    QString id(36, Qt::Uninitialized);
    QChar *out = id.data();
    int written = 0;
    auto put = [&](quint64 value, int nibbles) {
        for (int i = nibbles - 1; i >= 0; --i) {
            if (written == 8 || written == 13 || written == 18 || written == 23) {
                out[written++] = u'-';
            }
            out[written++] = QChar(hex[(value >> (i * 4)) & 0xF]);
        }
    };
    put(high, 16);
    put(low, 16);
    return id;
}

QString fullName(NameOrder order, const QString &given, const QString &family)
{
    switch (order) {
    case NameOrder::GivenFamily:
        return given % u' ' % family;
    case NameOrder::FamilyGiven:
        return family % u' ' % given;
    case NameOrder::FamilyGivenJoined:
        return family % given;
    case NameOrder::GivenFamilyDot:
        return given % u'・' % family;
    }
    return given;
}

struct PickedOffice
{
    const Office &office;
    const QString &location;
};

PickedOffice pickOffice(Rng &rng, const CountryData &country)
{
    const Office &office = pick(rng, country.offices);
    return {office, office.floors.at(rng.below(quint32(office.floors.size())))};
}

void assignPresence(SimUser &user, Rng &rng)
{
    const Tables &data = tables();
    const PresenceSpec &spec = data.presences.at(pickWeighted(rng, data.presences));
    user.setPresence(spec.availability, spec.activity);
}

// Unique local parts: the first "hanako.sato" keeps it, the next is "hanako.sato2"... Bases never
// end in a digit, so a numbered one cannot collide with another base.
class LocalParts
{
public:
    explicit LocalParts(qsizetype expected) { m_next.reserve(expected); }
    void reserve(const QString &base) { m_next.insert(base, 2); }
    // The local part for a base within a domain (empty: the tenant's).
    QString take(const QString &base, const QString &domain = {})
    {
        const QString key = domain.isEmpty() ? base : QString(base % u'@' % domain);
        auto it = m_next.find(key);
        if (it == m_next.end()) {
            m_next.insert(key, 2);
            return base;
        }
        return base % QString::number(it.value()++);
    }

private:
    QHash<QString, int> m_next;
};

} // namespace

QString DirectoryGenerator::stableId(const QString &email)
{
    return stableUuid(u"objectId"_s, email);
}

std::vector<SimUser> DirectoryGenerator::generate(const Scenario &scenario)
{
    QList<Person> pinned;
    const QJsonArray accounts = scenario.root().value(u"accounts"_s).toArray();
    for (const QJsonValue &account : accounts) {
        const QJsonObject object = account.toObject();
        pinned.append({object.value(u"email"_s).toString(),
                       object.value(u"displayName"_s).toString(),
                       object.value(u"objectId"_s).toString()});
    }
    return generate(scenario.directorySize(), scenario.seed(),
                    scenario.section(u"tenant"_s).value(u"domain"_s).toString(u"contoso.example"_s),
                    pinned);
}

std::vector<SimUser> DirectoryGenerator::generate(int size, quint64 seed,
                                                  const QString &tenantDomain,
                                                  const QList<Person> &pinned)
{
    const Tables &data = tables();
    std::vector<SimUser> users;
    users.reserve(size_t(qMax(size, int(pinned.size()))));
    LocalParts localParts(qMax(size, 16));
    const QString atTenant = u'@' % tenantDomain;

    for (const Person &person : pinned) {
        const qsizetype at = person.email.indexOf(u'@');
        if (at > 0 && person.email.mid(at + 1).compare(tenantDomain, Qt::CaseInsensitive) == 0) {
            localParts.reserve(person.email.left(at).toLower());
        }
    }

    quint64 sequence = 1;
    for (const Person &person : pinned) {
        Rng rng(fnv1a(person.email.toLower()));
        SimUser user;
        user.id = person.id.isEmpty() ? stableId(person.email) : person.id.toLower();
        user.sequence = sequence++;
        user.displayName = person.displayName;
        user.mail = person.email;
        user.userPrincipalName = person.email;
        // "田中 健二" is family-first; "Ana Souza" is given-first.
        const qsizetype space = person.displayName.indexOf(u' ');
        const bool familyFirst = !person.displayName.isEmpty() &&
                                 person.displayName.at(0).script() == QChar::Script_Han;
        const QString first = space > 0 ? person.displayName.left(space) : person.displayName;
        const QString rest = space > 0 ? person.displayName.mid(space + 1) : QString();
        user.givenName = familyFirst ? rest : first;
        user.surname = familyFirst ? first : rest;
        // The office of the culture the given name belongs to, else the first country's.
        Country country = Country::US;
        for (const Culture &culture : data.cultures) {
            const bool known =
                    std::any_of(culture.given.begin(), culture.given.end(),
                                [&](const Name &n) { return n.native == user.givenName; });
            if (known) {
                country = culture.countries.first().country;
                break;
            }
        }
        const CountryData &countryData = data.countries.at(size_t(country));
        const auto [office, location] = pickOffice(rng, countryData);
        user.officeLocation = location;
        user.preferredLanguage = office.language;
        user.department = u"Customer Care"_s;
        user.jobTitle = u"Customer Care Agent"_s;
        // A number every parser reads: the first (E.164-style) pattern of the country.
        user.businessPhones = {fillPattern(rng, countryData.business.first().pattern, office)};
        user.mobilePhone = fillPattern(rng, countryData.mobile.first().pattern, office);
        user.setPresence(u"Available"_s, u"Available"_s);
        users.push_back(std::move(user));
    }

    const int generated = qMax(0, size - int(pinned.size()));
    for (int index = 0; index < generated; ++index) {
        Rng rng(seed * 0x9E3779B97F4A7C15ull ^ (quint64(index) + 0x632BE59BD9B4E019ull));
        rng.next();
        SimUser user;
        user.id = guidFrom(rng);
        user.sequence = sequence++;

        const Culture &culture = data.cultures.at(pickWeighted(rng, data.cultures));
        const Name &given = pick(rng, culture.given);
        const Name &family = pick(rng, culture.family);
        user.givenName = given.native;
        user.surname = given.female ? family.feminine : family.native;
        user.displayName = fullName(culture.order, user.givenName, user.surname);
        const QString base =
                given.roman % u'.' % (given.female ? family.feminineRoman : family.roman);

        const Country country = culture.countries.at(pickWeighted(rng, culture.countries)).country;
        const CountryData &countryData = data.countries.at(size_t(country));
        const auto [office, location] = pickOffice(rng, countryData);

        user.guest = rng.perMille(30);
        user.accountEnabled = !rng.perMille(20);
        user.hasPhoto = !rng.perMille(150);

        if (user.guest) {
            // A B2B guest: their own address as mail, the #EXT# form as userPrincipalName.
            const QString &partner = pick(rng, data.partnerDomains);
            const QString local = localParts.take(base, partner);
            user.mail = local % u'@' % partner;
            user.userPrincipalName = local % u'_' % partner % u"#EXT#" % atTenant;
        } else {
            user.mail = localParts.take(base) % atTenant;
            user.userPrincipalName = user.mail;
            if (!rng.perMille(20)) {
                const Department &department =
                        data.departments.at(pickWeighted(rng, data.departments));
                user.department = department.name;
                user.jobTitle = pick(rng, department.titles);
            }
            if (!rng.perMille(70)) {
                user.officeLocation = location;
            }
            if (!rng.perMille(80)) {
                user.preferredLanguage =
                        !culture.language.isEmpty() &&
                                        rng.perMille(quint32(culture.ownLanguagePerMille))
                                ? culture.language
                                : office.language;
            }
            if (rng.perMille(50)) {
                // no business phone
            } else if (rng.perMille(20)) {
                user.businessPhones = {pick(rng, data.unparsablePhones)};
            } else {
                const PhonePattern &pattern =
                        countryData.business.at(pickWeighted(rng, countryData.business));
                user.businessPhones = {fillPattern(rng, pattern.pattern, office)};
            }
            if (rng.perMille(300)) {
                const PhonePattern &pattern =
                        countryData.mobile.at(pickWeighted(rng, countryData.mobile));
                user.mobilePhone = fillPattern(rng, pattern.pattern, office);
            }
        }
        if (user.accountEnabled) {
            assignPresence(user, rng);
        } else {
            user.setPresence(u"Offline"_s, u"Offline"_s);
        }
        users.push_back(std::move(user));
    }
    return users;
}

} // namespace AgentDesk::Sim
