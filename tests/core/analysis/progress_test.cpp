#include <catch2/catch.hpp>

#include "analysis/progress.h"
#include "error.h"
#include "planfixture.h"

using namespace tfp;
using namespace tfp::analysis;

namespace {

// Two Themenfelder. In Familie: 1001 online since 01.03.2024 (planned for 01.02.2024 by its project's
// Inbetriebnahme), 1002 online without a date but its project reached Inbetriebnahme on 10.04.2024, 1003
// online with no date at all, 1004 in Umsetzung with its own Inbetriebnahme planned 01.09.2024 (overriding
// the project's), 1005 planned by its go_live date only, 1006 with no plan, 1007 a Bund Leistung.
PlanSnapshot burnUpPlan()
{
    test::PlanFixture f;
    f.themenfeld(1, u"Familie"_qs);
    f.themenfeld(2, u"Bildung"_qs);
    f.lage(10, 1, u"Geburt"_qs);
    f.lage(20, 2, u"Schule"_qs);
    f.leistung(1001, 10, Programm::Foederal, Status::Online).goLive = {2024, 3, 1};
    f.leistung(1002, 10, Programm::Foederal, Status::Online);
    f.leistung(1003, 10, Programm::Foederal, Status::Online);
    f.leistung(1004, 10, Programm::Foederal, Status::InUmsetzung);
    f.leistung(1005, 10, Programm::Foederal, Status::InPlanung).goLive = {2025, 1, 1};
    f.leistung(1006, 10);
    f.leistung(1007, 10, Programm::Bund, Status::Online).goLive = {2024, 3, 1};
    f.leistung(2001, 20, Programm::Foederal, Status::Online).goLive = {2023, 5, 1};
    f.projekt(1, 1, u"Geburt digital"_qs, {1001, 1004});
    f.projekt(2, 1, u"Kindergeld"_qs, {1002});
    f.meilenstein(1, 1, u"Inbetriebnahme"_qs, {2024, 2, 1}, {}, Phase::Regelbetrieb);
    f.meilenstein(2, 1, u"Pilot"_qs, {2023, 6, 1}, {}, Phase::Pilotierung); // not a go-live
    f.meilenstein(3, 1, u"Inbetriebnahme 1004"_qs, {2024, 9, 1}, {}, Phase::Regelbetrieb).ozgId = 1004;
    f.meilenstein(4, 2, u"Inbetriebnahme"_qs, {2024, 4, 1}, {2024, 4, 10}, Phase::Regelbetrieb);
    return f.build();
}

} // namespace

TEST_CASE("the burn-up counts go-lives per day, planned against actual", "[core][analysis]")
{
    const PlanSnapshot plan = burnUpPlan();
    const BurnUp b = burnUp(plan, 1);
    CHECK(b.leistungen == 7);
    CHECK(b.online == 4);
    CHECK(b.onlineOhneDatum == 1); // 1003
    CHECK(b.ohnePlantermin == 2);  // 1003 and 1006
    // Planned: 1001 on 01.02.2024 (project), 1002 on 01.04.2024, 1007 on 01.03.2024 (go_live), 1004 on
    // 01.09.2024 (its own milestone, not the project's 01.02.), 1005 on 01.01.2025 (go_live).
    CHECK(b.geplant ==
          QList<BurnUpPoint>{
              {{2024, 2, 1}, 1}, {{2024, 3, 1}, 2}, {{2024, 4, 1}, 3}, {{2024, 9, 1}, 4}, {{2025, 1, 1}, 5}});
    // Actual: 1003 from the start, 1001 and 1007 on 01.03.2024, 1002 when its Inbetriebnahme was reached.
    CHECK(b.ist == QList<BurnUpPoint>{{{2024, 3, 1}, 3}, {{2024, 4, 10}, 4}});

    SECTION("in scope Föderal the Bund Leistung drops out")
    {
        const BurnUp f = burnUp(plan, 1, Scope::Foederal);
        CHECK(f.leistungen == 6);
        CHECK(f.ist == QList<BurnUpPoint>{{{2024, 3, 1}, 2}, {{2024, 4, 10}, 3}});
        CHECK(f.geplant.last() == BurnUpPoint{{2025, 1, 1}, 4});
    }
    SECTION("the programme adds the other Themenfeld")
    {
        const BurnUp p = burnUp(plan, std::nullopt);
        CHECK(p.leistungen == 8);
        CHECK(p.ist.first() == BurnUpPoint{{2023, 5, 1}, 2});
        CHECK(p.ist.last().anzahl == 5);
    }
    SECTION("a Themenfeld without Leistungen has empty lines")
    {
        test::PlanFixture f;
        f.themenfeld(3, u"Leer"_qs);
        const BurnUp e = burnUp(f.build(), 3);
        CHECK(e.leistungen == 0);
        CHECK(e.geplant.isEmpty());
        CHECK(e.ist.isEmpty());
    }
}

TEST_CASE("the Zahlungsplan is summed per quarter without gaps", "[core][analysis]")
{
    test::PlanFixture f;
    f.themenfeld(1, u"Familie"_qs);
    f.themenfeld(2, u"Bildung"_qs);
    f.projekt(1, 1, u"A"_qs, {});
    f.projekt(2, 1, u"B"_qs, {});
    f.projekt(3, 2, u"C"_qs, {});
    f.zahlung(1, 2024, 3, 100000, 90000, 12.5);
    f.zahlung(2, 2024, 3, 50000);
    f.zahlung(1, 2025, 1, 70000, std::nullopt, 4);
    f.zahlung(3, 2023, 1, 999);
    const PlanSnapshot plan = f.build();

    const QList<QuartalsBudget> q = budgetJeQuartal(plan, 1).quartale;
    REQUIRE(q.size() == 3); // III/2024, IV/2024 (empty), I/2025
    CHECK(q[0] == QuartalsBudget{2024, 3, 150000, 90000, 2, 1, 12.5, 1});
    CHECK(q[1] == QuartalsBudget{2024, 4, 0, 0, 0, 0, 0, 0});
    CHECK(q[2] == QuartalsBudget{2025, 1, 70000, 0, 1, 0, 4, 1});

    const QList<QuartalsBudget> all = budgetJeQuartal(plan, std::nullopt).quartale;
    CHECK(all.size() == 9); // I/2023 … I/2025
    CHECK(all.first().planCent == 999);
    CHECK(budgetJeQuartal(plan, 3).quartale.isEmpty()); // no such Themenfeld: nothing
}

TEST_CASE("a Zahlung outside the plan's years or quarters is left out and counted, so the quarters stay few",
          "[core][analysis]")
{
    test::PlanFixture f;
    f.themenfeld(1, u"Familie"_qs);
    f.projekt(1, 1, u"A"_qs, {});
    f.zahlung(1, 2024, 2, 100);
    f.zahlung(1, 2024, 168619, 200);     // a gap-free axis to it: 168,000 quarters
    f.zahlung(1, 3000000, 1, 300);       // 12 million quarters
    f.zahlung(1, 2024, 2147483647, 400); // jahr * 4 + quartal - 1 overflowed
    f.zahlung(1, 1999, 4, 500);          // before the plan's years
    f.zahlung(1, 2100, 0, 600);          // no quarter
    f.zahlung(1, 2100, 4, 700);          // the last quarter there is
    const Zahlungsplan z = budgetJeQuartal(f.build(), 1);
    REQUIRE(z.quartale.size() == 4 * 76 + 3); // II/2024 … IV/2100
    CHECK(z.quartale.first() == QuartalsBudget{2024, 2, 100, 0, 1, 0, 0, 0});
    CHECK(z.quartale.last() == QuartalsBudget{2100, 4, 700, 0, 1, 0, 0, 0});
    CHECK(z.ausserhalb == 5);
}

TEST_CASE("the Gantt's time span stays within the plan's years and one to spare", "[core][analysis]")
{
    test::PlanFixture f;
    f.themenfeld(1, u"Familie"_qs);
    f.projekt(1, 1, u"A"_qs, {}).start = {1000, 1, 1};
    f.meilenstein(1, 1, u"Ende"_qs, {3000000, 1, 1});
    const auto [von, bis] = ganttRange(ganttRows(f.build(), 1, {2026, 1, 1}));
    CHECK(von == QDate(1989, 1, 1));
    CHECK(bis == QDate(2101, 12, 31));
    CHECK(withinTimeFrame(QDate(2030, 5, 17)) == QDate(2030, 5, 17));
    CHECK_FALSE(withinTimeFrame(QDate()).isValid());
}

TEST_CASE("Gantt rows: one per project by start, milestones with slips and overdue days", "[core][analysis]")
{
    test::PlanFixture f;
    f.themenfeld(1, u"Familie"_qs);
    f.themenfeld(2, u"Bildung"_qs);
    f.projekt(1, 1, u"Später"_qs, {}).start = {2024, 5, 1};
    f.projekt(2, 1, u"Früher"_qs, {}).start = {2023, 1, 15};
    f.projekt(3, 1, u"Ohne Termine"_qs, {});
    f.projekt(4, 1, u"Nur Meilenstein"_qs, {});
    f.projekt(5, 2, u"Anderes Themenfeld"_qs, {});
    f.meilenstein(1, 2, u"Konzeption"_qs, {2023, 3, 1}, {2023, 3, 15}, Phase::Konzeption).sortOrder = 1;
    f.meilenstein(2, 2, u"MVP"_qs, {2024, 6, 1}, {}, Phase::Umsetzung).sortOrder = 2;
    f.meilenstein(3, 2, u"Start"_qs, {2023, 1, 31}, {2023, 1, 20}, Phase::Vorbereitung).sortOrder = 0;
    f.meilenstein(4, 4, u"Pilot"_qs, {2024, 1, 1}, {}, Phase::Pilotierung);
    f.meilenstein(5, 1, u"Ende"_qs, {2026, 12, 31}, {}, Phase::Flaechendeckend);
    const PlanSnapshot plan = f.build();

    const QList<GanttRow> rows = ganttRows(plan, 1, {2024, 6, 30});
    REQUIRE(rows.size() == 4);
    CHECK(rows[0].name == u"Früher");
    CHECK(rows[1].name == u"Nur Meilenstein"); // by its milestone: 01.01.2024
    CHECK(rows[2].name == u"Später");
    CHECK(rows[3].name == u"Ohne Termine");
    const auto &ms = rows[0].meilensteine;
    REQUIRE(ms.size() == 3);
    CHECK(ms[0].titel == u"Start");
    CHECK(ms[0].verzugTage == -11); // early
    CHECK_FALSE(ms[0].ueberfaellig);
    CHECK(ms[1].verzugTage == 14);
    CHECK(ms[2].ueberfaellig);
    CHECK(ms[2].verzugTage == 29);
    CHECK(rows[2].meilensteine.first().verzugTage == 0); // not due yet

    const auto [von, bis] = ganttRange(rows);
    CHECK(von == QDate(2023, 1, 15));
    CHECK(bis == QDate(2026, 12, 31));
    CHECK(ganttRows(plan, 3, {2024, 6, 30}).isEmpty());
    CHECK_FALSE(ganttRange({}).first.isValid());
    CHECK_THROWS_AS(ganttRows(plan, 1, {}), Error);
}

TEST_CASE("Gantt phase bars run from the previous phase milestone, reached, slipped and overdue",
          "[core][analysis]")
{
    test::PlanFixture f;
    f.themenfeld(1, u"Familie"_qs);
    Projekt &p = f.projekt(1, 1, u"Elterngeld digital"_qs, {});
    p.start = {2023, 1, 1};
    p.ende = {2025, 12, 31};
    f.meilenstein(1, 1, u"Start"_qs, {2023, 3, 1}, {2023, 3, 15}, Phase::Vorbereitung).sortOrder = 0;
    f.meilenstein(2, 1, u"Konzept"_qs, {2023, 9, 1}, {}, Phase::Konzeption).sortOrder = 1;
    f.meilenstein(3, 1, u"MVP"_qs, {2024, 6, 1}, {}, Phase::Umsetzung).sortOrder = 2;
    // A milestone for one Leistung only is no phase milestone of the project.
    f.meilenstein(4, 1, u"MVP Elterngeld"_qs, {2025, 1, 1}, {}, Phase::Umsetzung).ozgId = 10000;
    f.meilenstein(5, 1, u"Ohne Termin"_qs, {}, {}, Phase::Pilotierung);

    const QList<GanttRow> rows = ganttRows(f.build(), 1, {2024, 1, 1});
    REQUIRE(rows.size() == 1);
    const QList<GanttPhase> &b = rows[0].phasen;
    REQUIRE(b.size() == 3);
    CHECK(b[0].phase == Phase::Vorbereitung);
    CHECK(b[0].meilensteinId == 1);
    CHECK(b[0].planVon == QDate(2023, 1, 1)); // the project's Beginn
    CHECK(b[0].planBis == QDate(2023, 3, 1));
    CHECK(b[0].istVon == QDate(2023, 1, 1));
    CHECK(b[0].istBis == QDate(2023, 3, 15)); // reached two weeks late
    CHECK_FALSE(b[0].ueberfaelligBis.isValid());
    CHECK(b[1].phase == Phase::Konzeption);
    CHECK(b[1].planVon == QDate(2023, 3, 1));
    CHECK(b[1].planBis == QDate(2023, 9, 1));
    CHECK_FALSE(b[1].istBis.isValid());
    CHECK(b[1].ueberfaelligBis == QDate(2024, 1, 1)); // overdue up to the Stichtag
    CHECK(b[2].phase == Phase::Umsetzung);
    CHECK(b[2].meilensteinId == 3);
    CHECK(b[2].planVon == QDate(2023, 9, 1));
    CHECK(b[2].planBis == QDate(2024, 6, 1));
    CHECK_FALSE(b[2].ueberfaelligBis.isValid()); // not due yet
}

TEST_CASE("A Gantt milestone planned or reached outside its project's term is flagged", "[core][analysis]")
{
    test::PlanFixture f;
    f.themenfeld(1, u"Familie"_qs);
    Projekt &p = f.projekt(1, 1, u"Elterngeld digital"_qs, {});
    p.start = {2023, 1, 1};
    p.ende = {2025, 12, 31};
    f.meilenstein(1, 1, u"Davor"_qs, {2022, 12, 1}, {}, Phase::Vorbereitung).sortOrder = 0;
    f.meilenstein(2, 1, u"Drin"_qs, {2023, 1, 1}, {2025, 12, 31}, Phase::Konzeption).sortOrder = 1;
    f.meilenstein(3, 1, u"Spät erreicht"_qs, {2025, 12, 1}, {2026, 1, 10}, Phase::Umsetzung).sortOrder = 2;
    f.meilenstein(4, 1, u"Danach"_qs, {2028, 3, 1}, {}, Phase::Regelbetrieb).sortOrder = 3;
    f.meilenstein(5, 1, u"Ohne Termin"_qs, {}, {}, Phase::Pilotierung).sortOrder = 4;
    const QList<GanttRow> rows = ganttRows(f.build(), 1, {2024, 1, 1});
    REQUIRE(rows.size() == 1);
    QStringList flagged;
    for (const GanttMeilenstein &m : rows[0].meilensteine)
        if (m.ausserhalbLaufzeit)
            flagged.append(m.titel);
    CHECK(flagged == QStringList{u"Davor"_qs, u"Spät erreicht"_qs, u"Danach"_qs});
}
