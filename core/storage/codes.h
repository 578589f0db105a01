// Conversion between the stored enum codes of a column (schema.cpp) and the domain enums (plan.h). Every
// stored enum has a table that names both, value and code, so that reordering an enum's declaration cannot
// change what is stored; tests/core/storage/codes_test.cpp checks each table against the schema's lists.
#pragma once

#include "domain/plan.h"
#include "schema.h"

#include <string_view>
#include <utility>

namespace tfp {

// Specialised for every enum stored in a column: `table` lists each value with its code, in the order of the
// column's enumeration in schema.cpp (the first is the column's default).
template <typename E> struct Codes;

namespace codes {
template <typename E> using Entry = std::pair<E, std::u16string_view>;

// No value and no code twice: a table cannot map two values to one code or back.
template <typename E, std::size_t N> constexpr bool distinct(const Entry<E> (&t)[N])
{
    for (std::size_t i = 0; i < N; ++i)
        for (std::size_t j = i + 1; j < N; ++j)
            if (t[i].first == t[j].first || t[i].second == t[j].second)
                return false;
    return true;
}
} // namespace codes

template <> struct Codes<LageArt>
{
    static constexpr codes::Entry<LageArt> table[] = {{LageArt::Unbekannt, u"unbekannt"},
                                                      {LageArt::Lebenslage, u"lebenslage"},
                                                      {LageArt::Geschaeftslage, u"geschaeftslage"},
                                                      {LageArt::Querschnitt, u"querschnitt"}};
};
template <> struct Codes<Status>
{
    static constexpr codes::Entry<Status> table[] = {{Status::Ohne, u"ohne"},
                                                     {Status::InPlanung, u"in_planung"},
                                                     {Status::InUmsetzung, u"in_umsetzung"},
                                                     {Status::Online, u"online"}};
};
template <> struct Codes<Flaechendeckung>
{
    static constexpr codes::Entry<Flaechendeckung> table[] = {{Flaechendeckung::Keine, u"keine"},
                                                              {Flaechendeckung::Kommune, u"kommune"},
                                                              {Flaechendeckung::Kreisweit, u"kreisweit"},
                                                              {Flaechendeckung::Landesweit, u"landesweit"},
                                                              {Flaechendeckung::Bundesweit, u"bundesweit"}};
};
template <> struct Codes<ReifegradModell>
{
    static constexpr codes::Entry<ReifegradModell> table[] = {{ReifegradModell::V1, u"1"},
                                                              {ReifegradModell::V2, u"2"}};
};
template <> struct Codes<BeteiligterArt>
{
    static constexpr codes::Entry<BeteiligterArt> table[] = {{BeteiligterArt::Ressort, u"ressort"},
                                                             {BeteiligterArt::Land, u"land"},
                                                             {BeteiligterArt::Ksv, u"ksv"},
                                                             {BeteiligterArt::Behoerde, u"behoerde"},
                                                             {BeteiligterArt::Kommune, u"kommune"}};
};
template <> struct Codes<Rolle>
{
    static constexpr codes::Entry<Rolle> table[] = {{Rolle::FF, u"FF"}, {Rolle::U, u"U"}, {Rolle::MA, u"MA"}};
};
template <> struct Codes<EfaModell>
{
    static constexpr codes::Entry<EfaModell> table[] = {
        {EfaModell::Offen, u"offen"},
        {EfaModell::EfaZentral, u"efa_zentral"},
        {EfaModell::EfaNachnutzung, u"efa_nachnutzung"},
        {EfaModell::Laenderindividuell, u"laenderindividuell"},
        {EfaModell::BundZentral, u"bund_zentral"}};
};
template <> struct Codes<Phase>
{
    static constexpr codes::Entry<Phase> table[] = {{Phase::Vorbereitung, u"vorbereitung"},
                                                    {Phase::Konzeption, u"konzeption"},
                                                    {Phase::Umsetzung, u"umsetzung"},
                                                    {Phase::Pilotierung, u"pilotierung"},
                                                    {Phase::Rollout, u"rollout"},
                                                    {Phase::Regelbetrieb, u"regelbetrieb"},
                                                    {Phase::Flaechendeckend, u"flaechendeckend"}};
};
template <> struct Codes<NachnutzungStand>
{
    static constexpr codes::Entry<NachnutzungStand> table[] = {
        {NachnutzungStand::Interessiert, u"interessiert"},
        {NachnutzungStand::Geplant, u"geplant"},
        {NachnutzungStand::InUmsetzung, u"in_umsetzung"},
        {NachnutzungStand::Live, u"live"},
        {NachnutzungStand::Abgelehnt, u"abgelehnt"}};
};
template <> struct Codes<RisikoArt>
{
    static constexpr codes::Entry<RisikoArt> table[] = {{RisikoArt::Sonstiges, u"sonstiges"},
                                                        {RisikoArt::Basiskomponente, u"basiskomponente"},
                                                        {RisikoArt::Register, u"register"},
                                                        {RisikoArt::Rechtsaenderung, u"rechtsaenderung"},
                                                        {RisikoArt::Abhaengigkeit, u"abhaengigkeit"}};
};
template <> struct Codes<Einstufung>
{
    static constexpr codes::Entry<Einstufung> table[] = {
        {Einstufung::Mittel, u"mittel"}, {Einstufung::Niedrig, u"niedrig"}, {Einstufung::Hoch, u"hoch"}};
};
template <> struct Codes<KapazitaetArt>
{
    static constexpr codes::Entry<KapazitaetArt> table[] = {{KapazitaetArt::Leistungen, u"leistungen"},
                                                            {KapazitaetArt::Personentage, u"personentage"}};
};

// The value of a stored code; a code the column does not define reads as the column's default.
template <typename E> E enumFromCode(schema::Table t, QStringView column, const QString &code)
{
    static_assert(codes::distinct(Codes<E>::table));
    if (schema::table(t).column(column).enumValues.contains(code))
        for (const auto &[value, c] : Codes<E>::table)
            if (QStringView(c.data(), qsizetype(c.size())) == code)
                return value;
    return Codes<E>::table[0].first;
}

// The stored code of a value; empty when the column does not define it.
template <typename E> QString codeOf(schema::Table t, QStringView column, E value)
{
    static_assert(codes::distinct(Codes<E>::table));
    for (const auto &[v, c] : Codes<E>::table)
        if (v == value) {
            const QString code = QString::fromUtf16(c.data(), qsizetype(c.size()));
            return schema::table(t).column(column).enumValues.contains(code) ? code : QString();
        }
    return {};
}

} // namespace tfp
