#include <catch2/catch.hpp>

#include "analysis/prioritisation.h"
#include "analysis/waves.h"
#include "error.h"
#include "planfixture.h"

using namespace tfp;
using namespace tfp::analysis;

namespace {

const RankedLeistung &find(const Prioritisation &p, int ozgId)
{
    for (const RankedLeistung &l : p.leistungen)
        if (l.ozgId == ozgId)
            return l;
    FAIL("OZG-ID " << ozgId << " not in the result");
    throw;
}

// Themenfeld 1 with weights 2 : 1 : 1 (normalised 0.5, 0.25, 0.25) and a second Themenfeld whose Leistung and
// dependency must stay out. Scores by hand, in criterion order K1, K2, K3:
//   101 5 5 5 → 5.0 · 102 4 4 4 → 4.0 · 103 (Typ 1) 4 2 2 → 3.0 · 104 2 4 4 → 3.0 (ties with 103)
//   105 2 – – → 2.0 (1 weight left, 2 missing) · 106 – – – → none · 107 0 2 2 → 1.0
//   108 (Typ 1) – 5 5 → 5.0 (not 2.5: missing is not 0) · 109 1 1 1 → 1.0, an Onlinedienst reaches 3
//   110 – – –, an Onlinedienst reaches 4
test::PlanFixture scoredThemenfeld()
{
    test::PlanFixture f;
    f.themenfeld(1, u"Familie & Kind"_qs);
    f.themenfeld(2, u"Bildung"_qs);
    f.lage(10, 1, u"Geburt"_qs);
    f.lage(20, 2, u"Schule"_qs);
    f.kriterium(1, 1, 2.0);
    f.kriterium(2, 1, 1.0);
    f.kriterium(3, 1, 1.0);
    f.kriterium(4, 2, 1.0);
    for (int ozg = 101; ozg <= 110; ++ozg)
        f.leistung(ozg, 10, ozg == 103 || ozg == 108 ? Programm::Bund : Programm::Foederal);
    f.leistung(900, 20);
    f.scores(101, {{1, 5}, {2, 5}, {3, 5}});
    f.scores(102, {{1, 4}, {2, 4}, {3, 4}});
    f.scores(103, {{1, 4}, {2, 2}, {3, 2}});
    f.scores(104, {{1, 2}, {2, 4}, {3, 4}});
    f.scores(105, {{1, 2}, {2, {}}, {3, {}}});
    f.scores(107, {{1, 0}, {2, 2}, {3, 2}});
    f.scores(108, {{1, {}}, {2, 5}, {3, 5}});
    f.scores(109, {{1, 1}, {2, 1}, {3, 1}});
    f.scores(900, {{4, 5}});
    f.leika(1, 109);
    f.leika(2, 109);
    f.leika(3, 110);
    f.leika(4, 105);
    f.onlinedienst(1, u"Dienst A"_qs, {{1, 4}, {2, 3}, {3, 4}, {4, 2}});
    f.onlinedienst(2, u"Dienst B"_qs, {{1, 2}});
    f.dependsOn(101, 900); // another Themenfeld: ignored
    return f;
}

} // namespace

TEST_CASE("weights are normalised, all-zero weights count equally, negative weights are refused", "[core]")
{
    QList<Kriterium> k{{1, 1, u"a"_qs, 2.0, 1}, {2, 1, u"b"_qs, 1.0, 0}, {3, 1, u"c"_qs, 1.0, 2}};
    bool equal = true;
    const auto w = normalisedWeights(k, {}, &equal);
    CHECK_FALSE(equal);
    REQUIRE(w.size() == 3);
    CHECK(w[0].kriteriumId == 2); // by sort order
    CHECK(w[0].normiert == Approx(0.25));
    CHECK(w[1].normiert == Approx(0.5));
    CHECK(w[2].normiert == Approx(0.25));

    for (auto &x : k)
        x.gewicht = 0;
    const auto zero = normalisedWeights(k, {}, &equal);
    CHECK(equal);
    for (const auto &g : zero)
        CHECK(g.normiert == Approx(1.0 / 3));

    const auto overridden = normalisedWeights(k, {{3, 4.0}}, &equal);
    CHECK_FALSE(equal);
    CHECK(overridden[2].normiert == Approx(1.0));

    k[1].gewicht = -1;
    CHECK_THROWS_AS(normalisedWeights(k), Error);
}

TEST_CASE(
    "prioritise scores with renormalised weights, never counts a missing score as 0, ranks ties by OZG-ID",
    "[core]")
{
    const PlanSnapshot plan = scoredThemenfeld().build();
    const Prioritisation p = prioritise(plan, 1);
    CHECK(p.themenfeld.name == u"Familie & Kind");
    REQUIRE(p.kriterien.size() == 3);
    CHECK(p.kriterien[0].normiert == Approx(0.5));

    QList<int> order;
    for (const auto &l : p.leistungen)
        order.append(l.ozgId);
    CHECK(order == QList<int>{101, 108, 102, 103, 104, 105, 107, 109, 106, 110});
    for (int i = 0; i < p.leistungen.size(); ++i)
        CHECK(p.leistungen[i].rank == i + 1);

    CHECK(*find(p, 101).score == Approx(5.0));
    CHECK(*find(p, 108).score == Approx(5.0));
    CHECK(find(p, 108).missingScores == 1);
    CHECK(*find(p, 103).score == Approx(3.0));
    CHECK(*find(p, 104).score == Approx(3.0));
    CHECK(*find(p, 105).score == Approx(2.0));
    CHECK(find(p, 105).missingScores == 2);
    CHECK_FALSE(find(p, 106).score.has_value());
    CHECK(find(p, 106).missingScores == 3);
    CHECK_FALSE(find(p, 106).kategorie.has_value());
    CHECK(find(p, 101).missingScores == 0);
}

TEST_CASE("categories follow the thresholds and formats never give a Typ-1 Leistung a Labor", "[core]")
{
    const Prioritisation p = prioritise(scoredThemenfeld().build(), 1);
    CHECK(find(p, 101).kategorie == Kategorie::Hoechste);
    CHECK(find(p, 101).format == Format::Labor);
    CHECK(find(p, 102).kategorie == Kategorie::Hoechste); // exactly on the threshold 4
    CHECK(find(p, 103).kategorie == Kategorie::Hohe);
    CHECK(find(p, 103).format == Format::Werkbank); // Typ 1
    CHECK(find(p, 104).format == Format::Labor);
    CHECK(find(p, 108).kategorie == Kategorie::Hoechste);
    CHECK(find(p, 108).format == Format::Werkbank); // Typ 1
    CHECK(find(p, 105).kategorie == Kategorie::Mittlere);
    CHECK(find(p, 105).dienstReifegrad == 2); // below 3: no reuse
    CHECK(find(p, 105).format == Format::Werkbank);
    CHECK(find(p, 107).kategorie == Kategorie::Niedrige);
    CHECK(find(p, 107).format == Format::Direkt);
    CHECK(find(p, 109).dienstReifegrad == 3); // min(4, 3) of Dienst A beats Dienst B's 2
    CHECK(find(p, 109).format == Format::Nachnutzung);
    CHECK(find(p, 110).format == Format::Nachnutzung); // reuse needs no score
    CHECK_FALSE(find(p, 106).format.has_value());

    for (auto k : {Kategorie::Hoechste, Kategorie::Hohe, Kategorie::Mittlere, Kategorie::Niedrige})
        CHECK(formatOf(k, Programm::Bund, std::nullopt) != Format::Labor);

    Themenfeld strict;
    strict.schwelleHoechste = 4.5;
    strict.schwelleHohe = 3.5;
    strict.schwelleMittlere = 2.5;
    CHECK(kategorieOf(4.0, strict) == Kategorie::Hohe);
    CHECK(kategorieOf(2.49, strict) == Kategorie::Niedrige);
    CHECK(kategorieLabel(Kategorie::Hoechste) == u"höchste Priorität");
    CHECK(formatLabel(Format::Nachnutzung) == u"vorhandene Lösung nachnutzen");
}

TEST_CASE("sensitivity gives each Leistung's rank range and flags category changes", "[core]")
{
    // Two criteria weighted 1 : 1. Moving one weight by ±20 % (renormalised) gives 4/9 : 5/9, 6/11 : 5/11 and
    // the mirror images. 201 (5, 1): 3.0 at base, 2.78 … 3.22 varied → crosses the threshold 3, unsicher.
    // 203 (3, 3): 3.0 in every variation, stays hohe. 202 (4, 4) always first; 204 (1, 2): 1.44 … 1.56, last.
    // 201 and 203 tie at base (201 first by OZG-ID); with K1 down 201 falls behind 203.
    test::PlanFixture f;
    f.themenfeld(1, u"T"_qs);
    f.lage(10, 1, u"L"_qs);
    f.kriterium(1, 1, 1.0);
    f.kriterium(2, 1, 1.0);
    for (int ozg : {201, 202, 203, 204})
        f.leistung(ozg, 10);
    f.scores(201, {{1, 5}, {2, 1}});
    f.scores(202, {{1, 4}, {2, 4}});
    f.scores(203, {{1, 3}, {2, 3}});
    f.scores(204, {{1, 1}, {2, 2}});
    const Prioritisation p = prioritise(f.build(), 1);

    const auto &a = find(p, 201);
    CHECK(a.rank == 2);
    CHECK(a.rankMin == 2);
    CHECK(a.rankMax == 3);
    CHECK(a.unsicher);
    const auto &c = find(p, 203);
    CHECK(c.rank == 3);
    CHECK(c.rankMin == 2);
    CHECK(c.rankMax == 3);
    CHECK_FALSE(c.unsicher);
    CHECK(find(p, 202).rankMin == 1);
    CHECK(find(p, 202).rankMax == 1);
    CHECK_FALSE(find(p, 202).unsicher);
    CHECK(find(p, 204).rankMin == 4);
    CHECK(find(p, 204).rankMax == 4);
    CHECK_FALSE(find(p, 204).unsicher);

    PrioritisationOptions off;
    off.sensitivity = false;
    const auto plain = prioritise(f.build(), 1, off);
    CHECK(find(plain, 201).rankMax == 2);
    CHECK_FALSE(find(plain, 201).unsicher);
}

TEST_CASE("weight overrides re-rank live, a Leistung scored only on a weightless criterion has no score",
          "[core]")
{
    test::PlanFixture f;
    f.themenfeld(1, u"T"_qs);
    f.lage(10, 1, u"L"_qs);
    f.kriterium(1, 1, 1.0);
    f.kriterium(2, 1, 1.0);
    f.leistung(301, 10);
    f.leistung(302, 10);
    f.leistung(303, 10);
    f.scores(301, {{1, 5}, {2, 1}});
    f.scores(302, {{1, 2}, {2, 4}});
    f.scores(303, {{1, {}}, {2, 5}});
    PrioritisationOptions o;
    o.gewichte = {{2, 0.0}};
    const Prioritisation p = prioritise(f.build(), 1, o);
    CHECK(p.kriterien[1].normiert == 0.0);
    CHECK(p.leistungen[0].ozgId == 301);
    CHECK(*p.leistungen[0].score == Approx(5.0));
    CHECK(*p.leistungen[1].score == Approx(2.0));
    CHECK(p.leistungen[2].ozgId == 303);
    CHECK_FALSE(p.leistungen[2].score.has_value());

    CHECK_THROWS_AS(prioritise(f.build(), 99), Error);
}

TEST_CASE("waves fill by rank under a capacity in Leistungen", "[core]")
{
    const auto plan =
        planWaves({{1, 1, 1, {}}, {2, 2, 1, {}}, {3, 3, 1, {}}, {4, 4, 1, {}}, {5, 5, 1, {}}}, {}, 2.0);
    CHECK(plan.wave == QHash<int, int>{{1, 1}, {2, 1}, {3, 2}, {4, 2}, {5, 3}});
    REQUIRE(plan.wellen.size() == 3);
    CHECK(plan.wellen[0].leistungen == QList<int>{1, 2});
    CHECK(plan.wellen[2].belegt == 1.0);
    CHECK(plan.konflikte.isEmpty());

    const auto unlimited = planWaves({{1, 1, 1, {}}, {2, 2, 1, {}}, {3, 3, 1, {4}}}, {}, std::nullopt);
    CHECK(unlimited.wave == QHash<int, int>{{1, 1}, {2, 1}, {3, 4}});
    CHECK(unlimited.wellen.size() == 4); // empty waves 2 and 3 included
    CHECK(unlimited.wellen[1].leistungen.isEmpty());
}

TEST_CASE("a prerequisite is pulled forward to its dependant's wave and the conflict is reported", "[core]")
{
    // 1 (rank 1) depends on 5 (rank 5): 5 inherits rank 1's urgency, both go into wave 1.
    const QList<Abhaengigkeit> deps{{1, 1, 5, {}}};
    const auto plan =
        planWaves({{1, 1, 1, {}}, {2, 2, 1, {}}, {3, 3, 1, {}}, {4, 4, 1, {}}, {5, 5, 1, {}}}, deps, 2.0);
    CHECK(plan.wave == QHash<int, int>{{1, 1}, {5, 1}, {2, 2}, {3, 2}, {4, 3}});
    // art, dependant, prerequisite, their ranks, their waves, pin
    CHECK(plan.konflikte == QList<Konflikt>{{KonfliktArt::Rang, 1, 5, 1, 5, 1, 1, std::nullopt}});
    CHECK(plan.zyklen.isEmpty());
}

TEST_CASE("dependency cycles are reported and planned together, never looped on", "[core]")
{
    // 1 ↔ 2 is a cycle, 4 depends on itself. Capacity 1: the cycle (size 2) gets an empty wave of its own.
    const QList<Abhaengigkeit> deps{{1, 1, 2, {}}, {2, 2, 1, {}}, {3, 4, 4, {}}, {4, 3, 2, {}}};
    const auto plan = planWaves({{1, 1, 1, {}}, {2, 2, 1, {}}, {3, 3, 1, {}}, {4, 4, 1, {}}}, deps, 1.0);
    CHECK(plan.zyklen == QList<QList<int>>{{1, 2}, {4}});
    CHECK(plan.wave.value(1) == 1);
    CHECK(plan.wave.value(2) == 1);
    CHECK(plan.wellen[0].ueberbucht);
    CHECK(plan.wave.value(3) == 2);
    CHECK(plan.wave.value(4) == 3);
    CHECK(plan.konflikte.isEmpty()); // edges inside a cycle are the cycle's problem, 3 → 2 agrees with rank
}

TEST_CASE("pinned waves take their capacity first and hold their dependants back", "[core]")
{
    // Capacity 2. 1 pinned to 3, 5 pinned to 1, 4 depends on 1 → wave 3 at the earliest.
    const QList<Abhaengigkeit> deps{{1, 4, 1, {}}};
    const auto plan =
        planWaves({{1, 1, 1, {3}}, {2, 2, 1, {}}, {3, 3, 1, {}}, {4, 4, 1, {}}, {5, 5, 1, {1}}}, deps, 2.0);
    CHECK(plan.wave == QHash<int, int>{{1, 3}, {2, 1}, {3, 2}, {4, 3}, {5, 1}});
    CHECK(plan.wellen[0].leistungen == QList<int>{2, 5});
    CHECK(plan.konflikte.isEmpty());
}

TEST_CASE("a pin that contradicts a dependency moves the dependant and is reported", "[core]")
{
    const QList<Abhaengigkeit> deps{{1, 1, 2, {}}};
    const auto plan = planWaves({{1, 1, 1, {1}}, {2, 2, 1, {2}}}, deps, 5.0);
    CHECK(plan.wave.value(1) == 2);
    CHECK(plan.wave.value(2) == 2);
    // 1 was pinned to wave 1 but depends on 2, pinned to wave 2: 1 moves to wave 2.
    CHECK(plan.konflikte == QList<Konflikt>{{KonfliktArt::Rang, 1, 2, 1, 2, 2, 2, std::nullopt},
                                            {KonfliktArt::Festlegung, 1, 2, 1, 2, 2, 2, 1}});

    // An unpinned prerequisite of a pinned Leistung comes no later than the pin, even into a full wave.
    const QList<Abhaengigkeit> deps2{{1, 3, 4, {}}};
    const auto full = planWaves({{1, 1, 1, {}}, {2, 2, 1, {}}, {3, 3, 1, {1}}, {4, 4, 1, {}}}, deps2, 1.0);
    CHECK(full.wave == QHash<int, int>{{1, 2}, {2, 3}, {3, 1}, {4, 1}});
    CHECK(full.wellen[0].ueberbucht);
    CHECK(full.wellen[0].belegt == 2.0);
}

TEST_CASE("a pin that cannot hold does not hand its room to a worse-ranked Leistung", "[core]")
{
    // Capacity 2. 3 is pinned to wave 1 but depends on 4, pinned to wave 2, so 3 can only go to wave 2. Wave
    // 1 then has room for 1 and 2 by rank; 5 (the worst rank) must not jump ahead of 2 into 3's freed slot.
    const QList<Abhaengigkeit> deps{{1, 3, 4, {}}};
    const auto plan =
        planWaves({{1, 1, 1, {}}, {2, 2, 1, {}}, {3, 3, 1, {1}}, {4, 4, 1, {2}}, {5, 5, 1, {}}}, deps, 2.0);
    CHECK(plan.wave == QHash<int, int>{{1, 1}, {2, 1}, {3, 2}, {4, 2}, {5, 3}});
    CHECK(plan.wellen[0].leistungen == QList<int>{1, 2});
    CHECK_FALSE(plan.wellen[0].ueberbucht);
    CHECK_FALSE(plan.wellen[1].ueberbucht);
    CHECK(plan.konflikte.contains(Konflikt{KonfliktArt::Festlegung, 3, 4, 3, 4, 2, 2, 1}));
}

TEST_CASE("prioritise plans waves in person-days, missing estimates take the mean and are listed", "[core]")
{
    // Ranks 401…405 by score; estimates 6, 6, 3, –, 15 PT, capacity 10 PT. 404 gets the mean 7.5.
    // 401 → 1 (6) · 402 → 2 (12 > 10) · 403 → 1 (9) · 404 → 3 (7.5 fits nowhere earlier) · 405 → 4 (alone, >
    // 10)
    test::PlanFixture f;
    Themenfeld &t = f.themenfeld(1, u"T"_qs);
    t.wellenKapazitaet = 10;
    t.kapazitaetArt = KapazitaetArt::Personentage;
    f.lage(10, 1, u"L"_qs);
    f.kriterium(1, 1, 1.0);
    const QList<std::optional<double>> aufwand{6.0, 6.0, 3.0, std::nullopt, 15.0};
    for (int i = 0; i < 5; ++i) {
        f.leistung(401 + i, 10).aufwandPt = aufwand[i];
        f.scores(401 + i, {{1, 5 - i}});
    }
    const Prioritisation p = prioritise(f.build(), 1);
    CHECK(p.ohneAufwand == QList<int>{404});
    CHECK(find(p, 401).welle == 1);
    CHECK(find(p, 402).welle == 2);
    CHECK(find(p, 403).welle == 1);
    CHECK(find(p, 404).welle == 3);
    CHECK(find(p, 405).welle == 4);
    REQUIRE(p.wellen.wellen.size() == 4);
    CHECK(p.wellen.wellen[0].belegt == Approx(9.0));
    CHECK(p.wellen.wellen[2].belegt == Approx(7.5));
    CHECK(p.wellen.wellen[3].ueberbucht);
}

TEST_CASE("prioritise reports cycles among the Themenfeld's Leistungen and ignores other Themenfelder",
          "[core]")
{
    test::PlanFixture f = scoredThemenfeld();
    f.dependsOn(105, 107);
    f.dependsOn(107, 105);
    f.dependsOn(102, 104); // 104 ranks below 102: a conflict
    const Prioritisation p = prioritise(f.build(), 1);
    CHECK(p.wellen.zyklen == QList<QList<int>>{{105, 107}});
    REQUIRE(p.wellen.konflikte.size() == 1);
    CHECK(p.wellen.konflikte[0].ozgId == 102);
    CHECK(p.wellen.konflikte[0].haengtAbVon == 104);
    for (const auto &l : p.leistungen)
        CHECK(l.ozgId != 900);
    CHECK(find(p, 105).welle == find(p, 107).welle);
    // The dependency on Bildung's 900 cannot be planned here: it is listed with the other Themenfeld, from
    // either side.
    REQUIRE(p.externeAbhaengigkeiten.size() == 1);
    CHECK(p.externeAbhaengigkeiten[0].ozgId == 101);
    CHECK(p.externeAbhaengigkeiten[0].haengtAbVon == 900);
    CHECK(p.externeAbhaengigkeiten[0].themenfeld == u"Bildung");
    const Prioritisation bildung = prioritise(f.build(), 2);
    REQUIRE(bildung.externeAbhaengigkeiten.size() == 1);
    CHECK(bildung.externeAbhaengigkeiten[0].themenfeld == u"Familie & Kind");
}
