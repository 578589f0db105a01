#include <catch2/catch.hpp>

#include "domain/plan.h"
#include "storage/catalog.h"
#include "support/testutil.h"

#include <algorithm>

using namespace tfp;

TEST_CASE("the embedded default holds the real OZG catalog", "[core]")
{
    QTemporaryDir dir;
    auto c = Catalog::open(test::defaultCatalogCopy(dir));
    const PlanSnapshot p = c->loadPlan();
    CHECK(p.themenfelder.size() == 14);
    CHECK(p.lagen.size() == 55);
    CHECK(p.leistungen.size() == 557);
    CHECK(p.leika.size() == 5249);
    CHECK(std::count_if(p.beteiligte.cbegin(), p.beteiligte.cend(),
                        [](const Beteiligter &b) { return b.art == BeteiligterArt::Land; }) == 16);
    CHECK(p.kriterien.size() == 14 * 6);
    CHECK(std::count_if(p.leika.cbegin(), p.leika.cend(), [](const LeikaLeistung &l) { return !l.ozgId; }) ==
          26);
    CHECK(std::count_if(p.leika.cbegin(), p.leika.cend(),
                        [](const LeikaLeistung &l) { return l.schluessel == u"nicht im LeiKa"; }) == 436);

    const Leistung *elterngeld = p.leistung(10000);
    REQUIRE(elterngeld);
    CHECK(elterngeld->name == u"Elterngeld");
    CHECK(p.lage(elterngeld->lageId)->name == u"Geburt");
    CHECK(p.themenfeld(p.themenfeldOf(*elterngeld))->name == u"Familie & Kind");
    CHECK(elterngeld->programm == Programm::Foederal);
}

TEST_CASE("programme scope is derived from the LeiKa types", "[core]")
{
    CHECK(programmOf({u"1"_qs, u"1"_qs}) == Programm::Bund);
    CHECK(programmOf({u"2/3"_qs, u"4"_qs}) == Programm::Foederal);
    CHECK(programmOf({u"1"_qs, u"4"_qs}) == Programm::Misch);
    CHECK(programmOf({u"1, 2/3"_qs}) == Programm::Misch);
    CHECK(programmOf({u""_qs}) == Programm::Unbekannt);
    CHECK(programmOf({}) == Programm::Unbekannt);

    QTemporaryDir dir;
    auto c = Catalog::open(test::defaultCatalogCopy(dir));
    const PlanSnapshot p = c->loadPlan();
    const auto bund = std::count_if(p.leistungen.cbegin(), p.leistungen.cend(),
                                    [](const Leistung &l) { return l.programm == Programm::Bund; });
    // DOMAIN.md: about 115 pure Typ-1 OZG-Leistungen belong to the Digitalisierungsprogramm Bund.
    CHECK(bund > 90);
    CHECK(bund < 140);
}

TEST_CASE("the Federführung of 2023 is embedded with its roles", "[core]")
{
    QTemporaryDir dir;
    auto c = Catalog::open(test::defaultCatalogCopy(dir));
    const PlanSnapshot p = c->loadPlan();
    CHECK(p.federfuehrung.size() == 53);
    const Themenfeld *umwelt = p.themenfeldByName(u"Umwelt"_qs);
    REQUIRE(umwelt);
    QStringList entries;
    for (const auto &f : p.federfuehrung)
        if (f.themenfeldId == umwelt->id)
            entries << p.beteiligter(f.beteiligterId)->kuerzel + u' ' +
                           QString::fromLatin1(f.rolle == Rolle::FF  ? "FF"
                                               : f.rolle == Rolle::U ? "U"
                                                                     : "MA");
    CHECK(entries == QStringList{u"BMUV FF"_qs, u"SH FF"_qs, u"RP FF"_qs, u"NW U"_qs, u"UBA U"_qs});
}
