// The schedule's consistency flags, on plans built in memory: each kind found where the plan contradicts
// itself, nowhere else, and named with what it concerns and why.
#include <catch2/catch.hpp>

#include "analysis/coverage.h"
#include "analysis/schedule.h"
#include "exchange/analysisjson.h"
#include "planfixture.h"

#include "support/germanlocale.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace tfp;
using namespace tfp::analysis;

namespace {

const QDate kStichtag(2026, 6, 30);

// Two projects in two Themenfelder, every milestone in order and in term: no flag.
PlanSnapshot orderly()
{
    test::PlanFixture f;
    Projekt &kindergeld = f.projekt(1, 6, u"Kindergeld digital"_qs, {});
    kindergeld.start = QDate(2025, 1, 1);
    kindergeld.ende = QDate(2027, 12, 31);
    Projekt &postfach = f.projekt(2, 9, u"Postfach"_qs, {});
    postfach.start = QDate(2024, 1, 1);
    postfach.ende = QDate(2026, 12, 31);
    f.meilenstein(11, 1, u"Konzeption"_qs, {2025, 6, 30}, {2025, 6, 20}, Phase::Konzeption);
    f.meilenstein(12, 1, u"MVP"_qs, {2026, 3, 31}, {}, Phase::Umsetzung);
    f.meilenstein(13, 1, u"Roll-out"_qs, {2027, 3, 31}, {}, Phase::Rollout);
    f.meilenstein(21, 2, u"Inbetriebnahme"_qs, {2026, 9, 30}, {}, Phase::Regelbetrieb);
    f.folgtAuf(13, 21, 30);
    return f.build();
}

// A flag of that kind about that milestone, that many days off a limit on that date.
void checkFlag(const TerminHinweis &h, TerminKonflikt art, qint64 meilenstein, int tage, const QDate &grenze)
{
    CHECK(h.art == art);
    CHECK(h.meilensteinId == meilenstein);
    CHECK(h.tage == tage);
    CHECK(h.grenze == grenze);
}

} // namespace

TEST_CASE("a schedule in order, in term and with its dependencies kept has no flag", "[core]")
{
    CHECK(terminHinweise(orderly(), kStichtag).isEmpty());
}

TEST_CASE(
    "a successor planned before its predecessor's date plus the lag is flagged at both ends' Themenfelder",
    "[core]")
{
    PlanSnapshot p = orderly();
    p.meilensteine[2].geplant = QDate(2026, 10, 15); // Roll-out: 15 days before 30.09. + 30 days
    const auto all = terminHinweise(p, kStichtag);
    REQUIRE(all.size() == 1);
    const TerminHinweis &h = all[0];
    checkFlag(h, TerminKonflikt::Abhaengigkeit, 13, 15, QDate(2026, 10, 30));
    CHECK(h.anderesId == 21);
    CHECK(h.abstandTage == 30);
    const test::GermanLocale german;
    CHECK(h.text() ==
          u"„Roll-out“ (Kindergeld digital) liegt am 15.10.2026, 15 Tage vor dem frühesten Termin "
          "30.10.2026: er folgt „Inbetriebnahme“ (Postfach) (30.09.2026) mit 30 Tagen Abstand."_qs);
    // A lag of one day is one "Tag"; without a lag there is no "Abstand" to tell.
    p.meilensteinAbhaengigkeiten[0].abstandTage = 1;
    p.meilensteine[2].geplant = QDate(2026, 9, 15);
    REQUIRE(terminHinweise(p, kStichtag).size() == 1);
    CHECK(terminHinweise(p, kStichtag)[0].text().endsWith(u"(30.09.2026) mit 1 Tag Abstand."_qs));
    p.meilensteinAbhaengigkeiten[0].abstandTage = 0;
    REQUIRE(terminHinweise(p, kStichtag).size() == 1);
    CHECK(terminHinweise(p, kStichtag)[0].text().endsWith(
        u"er folgt „Inbetriebnahme“ (Postfach) (30.09.2026)."_qs));
    p.meilensteinAbhaengigkeiten[0].abstandTage = 30;
    p.meilensteine[2].geplant = QDate(2026, 10, 15);
    // Either end's Themenfeld lists it; a third does not.
    CHECK(terminHinweise(p, kStichtag, 6).size() == 1);
    CHECK(terminHinweise(p, kStichtag, 9).size() == 1);
    CHECK(terminHinweise(p, kStichtag, 1).isEmpty());
    // A reached predecessor counts with its reached date: reached on 10.09., the Roll-out is in time.
    p.meilensteine[3].ist = QDate(2026, 6, 1);
    p.meilensteine[3].geplant = QDate(2026, 9, 30);
    CHECK(terminHinweise(p, kStichtag).isEmpty());
    // Exactly the earliest date is allowed; a day less is not.
    p.meilensteine[2].geplant = QDate(2026, 7, 1);
    CHECK(terminHinweise(p, kStichtag).isEmpty());
    p.meilensteine[2].geplant = QDate(2026, 6, 30);
    REQUIRE(terminHinweise(p, kStichtag).size() == 1);
    CHECK(terminHinweise(p, kStichtag)[0].tage == 1);
}

TEST_CASE("a milestone before its project's Beginn or after its Ende is flagged", "[core]")
{
    PlanSnapshot p = orderly();
    p.meilensteine[0].ist = QDate(2024, 12, 1); // 31 days before the Beginn 01.01.2025
    p.meilensteine[0].geplant = QDate(2024, 12, 1);
    p.meilensteine[3].geplant = QDate(2027, 1, 10); // 10 days after the Postfach's Ende
    p.meilensteine[2].geplant = QDate(2027, 3, 31);
    p.meilensteinAbhaengigkeiten.clear();
    const auto all = terminHinweise(p, kStichtag);
    REQUIRE(all.size() == 2);
    checkFlag(all[0], TerminKonflikt::AusserhalbLaufzeit, 11, 31, QDate(2025, 1, 1));
    checkFlag(all[1], TerminKonflikt::AusserhalbLaufzeit, 21, 10, QDate(2026, 12, 31));
    const test::GermanLocale german;
    CHECK(all[0].text() == u"„Konzeption“ (Kindergeld digital) liegt am 01.12.2024, 31 Tage vor dem "
                           "Projektbeginn 01.01.2025."_qs);
    CHECK(all[1].text() ==
          u"„Inbetriebnahme“ (Postfach) liegt am 10.01.2027, 10 Tage nach dem Projektende 31.12.2026."_qs);
    // A project without a term has no such flag.
    p.projekte[0].start = QDate();
    p.projekte[1].ende = QDate();
    CHECK(terminHinweise(p, kStichtag).isEmpty());
}

TEST_CASE("a milestone planned before one of an earlier phase of its project is flagged", "[core]")
{
    PlanSnapshot p = orderly();
    // The MVP (Umsetzung) before the Konzeption's reached date; the Roll-out still after both.
    p.meilensteine[1].geplant = QDate(2025, 6, 1);
    const auto all = terminHinweise(p, kStichtag);
    REQUIRE(all.size() == 1);
    checkFlag(all[0], TerminKonflikt::PhasenFolge, 12, 19, QDate(2025, 6, 20));
    CHECK(all[0].anderesId == 11);
    const test::GermanLocale german;
    CHECK(all[0].text() == u"„MVP“ (Kindergeld digital) liegt am 01.06.2025, 19 Tage vor „Konzeption“ "
                           "(Kindergeld digital) (20.06.2025) aus einer früheren Phase."_qs);
    // Two milestones of the same phase may come in any order; milestones of other projects do not count.
    p.meilensteine[1].phase = Phase::Konzeption;
    CHECK(terminHinweise(p, kStichtag).isEmpty());
}

TEST_CASE("a milestone reached after the Stichtag is flagged", "[core]")
{
    PlanSnapshot p = orderly();
    p.meilensteine[1].ist = QDate(2026, 7, 3);
    const auto all = terminHinweise(p, kStichtag);
    REQUIRE(all.size() == 1);
    checkFlag(all[0], TerminKonflikt::ErreichtInZukunft, 12, 3, kStichtag);
    const test::GermanLocale german;
    CHECK(all[0].text() ==
          u"„MVP“ (Kindergeld digital) ist als erreicht am 03.07.2026 eingetragen, 3 Tage nach "
          "dem Stichtag 30.06.2026."_qs);
    CHECK(terminHinweise(p, QDate(2026, 7, 3)).isEmpty());
}

TEST_CASE("the coverage report lists the schedule's flags of its range", "[core]")
{
    PlanSnapshot p = orderly();
    p.meilensteine[1].ist = QDate(2026, 7, 3);
    // After the Postfach's Ende, and too late for the Roll-out.
    p.meilensteine[3].geplant = QDate(2027, 3, 15);
    p.rebuildIndexes();
    CoverageOptions o;
    o.heute = kStichtag;
    CHECK(coverage(p, o).terminkonflikte.size() == 3); // dependency, after the Ende, reached in the future
    o.themenfeldId = 9;
    const auto postfach = coverage(p, o).terminkonflikte;
    REQUIRE(postfach.size() == 2);
    CHECK(postfach[0].art == TerminKonflikt::Abhaengigkeit);
    CHECK(postfach[1].art == TerminKonflikt::AusserhalbLaufzeit);
}

TEST_CASE("the coverage JSON carries each schedule flag with its kind, dates, days and reason", "[core]")
{
    const test::GermanLocale german;
    PlanSnapshot p = orderly();
    p.meilensteine[2].geplant = QDate(2026, 10, 15);
    p.rebuildIndexes();
    CoverageOptions o;
    o.heute = kStichtag;
    const QJsonArray flags = coverageJson(coverage(p, o)).value(u"terminkonflikte"_qs).toArray();
    REQUIRE(flags.size() == 1);
    const QJsonObject f = flags[0].toObject();
    CHECK(f.value(u"art"_qs).toString() == u"abhaengigkeit");
    CHECK(f.value(u"meilenstein_id"_qs).toInteger() == 13);
    CHECK(f.value(u"projekt_id"_qs).toInteger() == 1);
    CHECK(f.value(u"projekt"_qs).toString() == u"Kindergeld digital");
    CHECK(f.value(u"titel"_qs).toString() == u"Roll-out");
    CHECK(f.value(u"datum"_qs).toString() == u"2026-10-15");
    CHECK(f.value(u"grenze"_qs).toString() == u"2026-10-30");
    CHECK(f.value(u"tage"_qs).toInt() == 15);
    CHECK(f.value(u"anderer_meilenstein_id"_qs).toInteger() == 21);
    CHECK(f.value(u"abstand_tage"_qs).toInt() == 30);
    CHECK(f.value(u"text"_qs).toString().startsWith(u"„Roll-out“ (Kindergeld digital) liegt am 15.10.2026"));
}
