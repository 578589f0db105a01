#include <catch2/catch.hpp>

#include "analysis/coverage.h"
#include "error.h"
#include "exchange/analysisjson.h"
#include "planfixture.h"

#include <QJsonArray>

#include <algorithm>

using namespace tfp;
using namespace tfp::analysis;

namespace {

const QDate kHeute(2024, 6, 30);

// Two Themenfelder. Familie & Kind (1) has the Lagen Geburt (10), Kinderbetreuung (11), Leer (12, no
// Leistung) and Ruhig (13); Bildung (2) has Schule (20).
//   1001 L10 Föderal online      ist 3 ziel 4 landesweit   in P1, Dienst A at min(4, 3) = 3
//   1002 L10 Misch   in Umsetzung ist 1 ziel 3 kommune     in P1, Dienst A at 2
//   1003 L10 Bund    online      ist 4 ziel 4 bundesweit   in P2, Dienst B at 4
//   1004 L11 Föderal ohne        –     –                   no project
//   1005 L11 Föderal ohne        ist 0 ziel 2              no project
//   1006 L11 unknown in Planung  model 2.0: ist 5 ziel 6   no project
//   1007 L13 Föderal ohne        –     –                   no project
//   2001 L20 Föderal in Planung  ist 2 ziel 3              in P3
test::PlanFixture coverageFixture()
{
    test::PlanFixture f;
    f.themenfeld(1, u"Familie & Kind"_qs);
    f.themenfeld(2, u"Bildung"_qs);
    f.lage(10, 1, u"Geburt"_qs);
    f.lage(11, 1, u"Kinderbetreuung"_qs);
    f.lage(12, 1, u"Leer"_qs);
    f.lage(13, 1, u"Ruhig"_qs);
    f.lage(20, 2, u"Schule"_qs);
    auto rg = [](Leistung &l, std::optional<int> ist, std::optional<int> ziel) {
        l.reifegradIst = ist;
        l.reifegradZiel = ziel;
    };
    Leistung &a = f.leistung(1001, 10, Programm::Foederal, Status::Online);
    rg(a, 3, 4);
    a.flaechendeckung = Flaechendeckung::Landesweit;
    Leistung &b = f.leistung(1002, 10, Programm::Misch, Status::InUmsetzung);
    rg(b, 1, 3);
    b.flaechendeckung = Flaechendeckung::Kommune;
    Leistung &c = f.leistung(1003, 10, Programm::Bund, Status::Online);
    rg(c, 4, 4);
    c.flaechendeckung = Flaechendeckung::Bundesweit;
    f.leistung(1004, 11);
    rg(f.leistung(1005, 11), 0, 2);
    Leistung &v2 = f.leistung(1006, 11, Programm::Unbekannt, Status::InPlanung);
    rg(v2, 5, 6);
    v2.modell = ReifegradModell::V2;
    f.leistung(1007, 13);
    rg(f.leistung(2001, 20, Programm::Foederal, Status::InPlanung), 2, 3);

    f.leika(1, 1001);
    f.leika(2, 1001);
    f.leika(3, 1002, u"1"_qs);
    f.leika(4, 1002);
    f.leika(5, 1003, u"1"_qs);
    f.leika(6, 2001, u"4"_qs);
    f.onlinedienst(1, u"Geburtsanzeige online"_qs, {{1, 4}, {2, 3}, {3, 2}});
    f.onlinedienst(2, u"Bundesportal"_qs, {{5, 4}});

    f.projekt(1, 1, u"Geburt digital"_qs, {1001, 1002});
    f.projekt(2, 1, u"Ohne Meilensteine"_qs, {1003});
    f.projekt(3, 2, u"Schule digital"_qs, {2001});
    f.meilenstein(1, 1, u"Konzeption"_qs, {2024, 3, 1}, {2024, 3, 15});   // slipped 14 days
    f.meilenstein(2, 1, u"MVP"_qs, {2024, 6, 1});                         // overdue 29 days
    f.meilenstein(3, 1, u"Pilot"_qs, {2024, 9, 1});                       // not due yet
    f.meilenstein(4, 3, u"Start"_qs, {2024, 1, 31});                      // overdue 151 days (leap year)
    f.meilenstein(5, 1, u"Vorbereitung"_qs, {2024, 2, 1}, {2024, 1, 20}); // early: no slip

    f.land(1, u"HB"_qs);
    f.land(2, u"HE"_qs);
    f.land(3, u"NW"_qs);
    f.land(4, u"BMFSFJ"_qs, BeteiligterArt::Ressort);
    f.nachnutzung(1, 2, NachnutzungStand::Live);
    f.nachnutzung(2, 2, NachnutzungStand::Geplant);
    f.nachnutzung(1, 3, NachnutzungStand::Interessiert);
    f.nachnutzung(3, 3, NachnutzungStand::Live);
    f.nachnutzung(1, 4, NachnutzungStand::Live); // a Ressort: not in the Länder matrix
    return f;
}

CoverageReport run(std::optional<int> themenfeld, Scope scope = Scope::Alle)
{
    return coverage(coverageFixture().build(), {scope, themenfeld, kHeute});
}

const LandNachnutzung &land(const CoverageReport &r, const QString &kuerzel)
{
    for (const auto &l : r.laender)
        if (l.kuerzel == kuerzel)
            return l;
    FAIL("no Land " << kuerzel.toStdString());
    throw;
}

} // namespace

TEST_CASE("the August 2023 figure: 236 Leistungen give 47.5 %, 32.6 % and 19.9 %", "[core]")
{
    // 112 online, 77 in Umsetzung, 47 in Planung, 27 of them Mischleistungen; plus 10 pure Typ-1 Leistungen
    // online that scope Föderal leaves out (scope alle: 122 of 246 online = 49.6 %).
    test::PlanFixture f;
    f.themenfeld(1, u"Berichtsumfang"_qs);
    f.lage(1, 1, u"alle"_qs);
    int ozg = 10000;
    for (const auto &[status, n] :
         {std::pair{Status::Online, 112}, {Status::InUmsetzung, 77}, {Status::InPlanung, 47}})
        for (int i = 0; i < n; ++i, ++ozg)
            f.leistung(ozg, 1, ozg - 10000 < 27 ? Programm::Misch : Programm::Foederal, status);
    for (int i = 0; i < 10; ++i)
        f.leistung(ozg++, 1, Programm::Bund, Status::Online);
    const PlanSnapshot plan = f.build();

    const CoverageReport r = coverage(plan, {Scope::Foederal, std::nullopt, kHeute});
    CHECK(r.gesamt.leistungen == 236);
    CHECK(r.gesamt.count(Status::Online) == 112);
    const QJsonObject status = coverageJson(r).value(u"status"_qs).toObject();
    CHECK(status.value(u"online"_qs).toObject().value(u"anteil"_qs).toDouble() == 47.5);
    CHECK(status.value(u"in_umsetzung"_qs).toObject().value(u"anteil"_qs).toDouble() == 32.6);
    CHECK(status.value(u"in_planung"_qs).toObject().value(u"anteil"_qs).toDouble() == 19.9);
    CHECK(status.value(u"in_planung"_qs).toObject().value(u"anzahl"_qs).toInt() == 47);
    CHECK(status.value(u"ohne_status"_qs).toObject().value(u"anteil"_qs).toDouble() == 0.0);

    const CoverageReport alle = coverage(plan, {Scope::Alle, std::nullopt, kHeute});
    CHECK(alle.gesamt.leistungen == 246);
    CHECK(roundedPercent(anteil(alle.gesamt.count(Status::Online), alle.gesamt.leistungen)) == 49.6);
}

TEST_CASE("coverage counts status, Reifegrad, gap, OZG-konform and Flächendeckung of a Themenfeld", "[core]")
{
    const CoverageReport r = run(1);
    const Kennzahlen &k = r.gesamt;
    CHECK(k.leistungen == 7);
    CHECK(k.count(Status::Online) == 2);
    CHECK(k.count(Status::InUmsetzung) == 1);
    CHECK(k.count(Status::InPlanung) == 1);
    CHECK(k.count(Status::Ohne) == 3);
    CHECK(k.reifegradIst == std::array<int, 5>{1, 1, 0, 1, 1});
    CHECK(k.ohneReifegradIst == 2);
    CHECK(k.reifegradZiel == std::array<int, 5>{0, 0, 1, 1, 2});
    CHECK(k.ohneReifegradZiel == 2);
    CHECK(k.modell2 == 1);
    CHECK(k.mitLuecke == 3); // 1001 (+1), 1002 (+2), 1005 (+2)
    CHECK(k.lueckeStufen == 5);
    CHECK(k.ozgKonform == 2); // 1001, 1003
    CHECK(roundedPercent(anteil(k.ozgKonform, k.leistungen)) == 28.6);
    CHECK(k.flaechendeckung == std::array<int, 5>{4, 1, 0, 1, 1});
    CHECK(k.ohneProjekt == QList<int>{1004, 1005, 1006, 1007});
    CHECK(k.mitOnlinedienst == 3);
    CHECK(k.ohneOnlinedienst == QList<int>{1004, 1005, 1006, 1007});
    REQUIRE(r.themenfelder.size() == 1);
    CHECK(r.themenfelder[0].zahlen.leistungen == 7);
}

TEST_CASE("scope Föderal keeps Föderal and Misch Leistungen and changes which Lagen are without activity",
          "[core]")
{
    const CoverageReport alle = run(1);
    QList<int> lagen;
    for (const auto &l : alle.lagen)
        lagen.append(l.id);
    CHECK(lagen == QList<int>{10, 11, 12, 13});
    CHECK(alle.lagenOhneAktivitaet == QList<int>{12, 13}); // 11 has 1006 in Planung

    const CoverageReport f = run(1, Scope::Foederal);
    CHECK(f.gesamt.leistungen == 5);
    CHECK(f.gesamt.count(Status::Online) == 1);
    CHECK(f.gesamt.ozgKonform == 1);
    CHECK(f.gesamt.ohneProjekt == QList<int>{1004, 1005, 1007});
    lagen.clear();
    for (const auto &l : f.lagen)
        lagen.append(l.id);
    CHECK(lagen == QList<int>{10, 11, 13}); // 12 has no Föderal Leistung
    CHECK(f.lagenOhneAktivitaet == QList<int>{11, 13});
    CHECK(f.lagen[0].zahlen.leistungen == 2);
}

TEST_CASE("Onlinedienst coverage takes the minimum over the LeiKa entries a dienst covers", "[core]")
{
    const CoverageReport r = run(1);
    REQUIRE(r.onlinedienste.size() == 2);
    CHECK(r.onlinedienste[0].name == u"Geburtsanzeige online");
    REQUIRE(r.onlinedienste[0].leistungen.size() == 2);
    CHECK(r.onlinedienste[0].leistungen[0].ozgId == 1001);
    CHECK(r.onlinedienste[0].leistungen[0].reifegrad == 3);
    CHECK(r.onlinedienste[0].leistungen[1].ozgId == 1002);
    CHECK(r.onlinedienste[0].leistungen[1].reifegrad == 2);

    const CoverageReport f = run(1, Scope::Foederal);
    REQUIRE(f.onlinedienste.size() == 1); // the Bundesportal covers only the Typ-1 1003
    CHECK(f.onlinedienste[0].dienstId == 1);

    CHECK(run(2).onlinedienste.isEmpty());

    // A snapshot built in memory may hold LeiKa out of key order: the same answer, just slower.
    test::PlanFixture shuffled = coverageFixture();
    PlanSnapshot plan = shuffled.build();
    std::reverse(plan.leika.begin(), plan.leika.end());
    const QList<DienstCoverage> d = dienstCoverage(plan);
    REQUIRE(d.size() == 2);
    REQUIRE(d[0].leistungen.size() == 2);
    CHECK(d[0].leistungen[0].reifegrad == 3);
    CHECK(d[0].leistungen[1].reifegrad == 2);
    CHECK(d[1].leistungen[0].ozgId == 1003);
}

TEST_CASE("gaps: projects without milestones, overdue and slipped milestones with days", "[core]")
{
    const CoverageReport r = run(1);
    CHECK(r.projekte == QList<qint64>{1, 2});
    REQUIRE(r.projekteOhneMeilensteine.size() == 1);
    CHECK(r.projekteOhneMeilensteine[0].id == 2);
    REQUIRE(r.ueberfaellig.size() == 1);
    CHECK(r.ueberfaellig[0].titel == u"MVP");
    CHECK(r.ueberfaellig[0].tage == 29);
    REQUIRE(r.verzoegert.size() == 1);
    CHECK(r.verzoegert[0].titel == u"Konzeption");
    CHECK(r.verzoegert[0].tage == 14);

    const CoverageReport all = run(std::nullopt);
    REQUIRE(all.ueberfaellig.size() == 2);
    CHECK(all.ueberfaellig[0].titel == u"Start"); // most days first
    CHECK(all.ueberfaellig[0].tage == 151);
    CHECK(all.ueberfaellig[0].projekt == u"Schule digital");

    CoverageOptions later{Scope::Alle, 1, QDate(2024, 9, 2)};
    CHECK(coverage(coverageFixture().build(), later).ueberfaellig.size() == 2); // Pilot is due now too
    CHECK_THROWS_AS(coverage(coverageFixture().build(), {Scope::Alle, 1, QDate()}), Error);
}

TEST_CASE("the Nachnutzung matrix counts geplant, in Umsetzung and live per Land against the projects",
          "[core]")
{
    const CoverageReport r = run(1);
    REQUIRE(r.laender.size() == 3); // the Ressort is no Land
    CHECK(r.laender[0].kuerzel == u"HB");
    CHECK(land(r, u"HE"_qs).projekte == 2);
    CHECK(land(r, u"HE"_qs).anteil == Approx(100.0));
    CHECK(land(r, u"NW"_qs).projekte == 0); // interessiert is no reuse yet
    CHECK(land(r, u"NW"_qs).stand.value(1) == NachnutzungStand::Interessiert);
    CHECK(land(r, u"HB"_qs).stand.isEmpty());

    const CoverageReport all = run(std::nullopt);
    CHECK(land(all, u"NW"_qs).projekte == 1);
    CHECK(roundedPercent(land(all, u"NW"_qs).anteil) == 33.3);
    CHECK(roundedPercent(land(all, u"HE"_qs).anteil) == 66.7);
}

TEST_CASE("the programme view has every Themenfeld and Lage, the JSON carries the same figures per Lage",
          "[core]")
{
    const CoverageReport r = run(std::nullopt);
    CHECK(r.gesamt.leistungen == 8);
    REQUIRE(r.themenfelder.size() == 2);
    CHECK(r.themenfelder[1].name == u"Bildung");
    CHECK(r.themenfelder[1].zahlen.leistungen == 1);
    CHECK(r.lagen.size() == 5);

    const QJsonObject o = coverageJson(r);
    CHECK(o.value(u"leistungen"_qs).toInt() == 8);
    CHECK(o.value(u"themenfeld"_qs).isNull());
    CHECK(o.value(u"reifegrad"_qs).toObject().value(u"3"_qs).toObject().value(u"anzahl"_qs).toInt() == 1);
    CHECK(o.value(u"ozg_konform"_qs).toObject().value(u"anteil"_qs).toDouble() == 25.0);
    CHECK(o.value(u"ohne_projekt"_qs).toArray() == QJsonArray{1004, 1005, 1006, 1007});
    CHECK(o.value(u"laender"_qs).toObject().value(u"HE"_qs).toObject().value(u"projekte"_qs).toInt() == 2);
    CHECK(o.value(u"meilensteine_ueberfaellig"_qs).toArray().size() == 2);
    const QJsonArray lagen = o.value(u"lagen"_qs).toArray();
    REQUIRE(lagen.size() == 5);
    const QJsonObject geburt = lagen[0].toObject();
    CHECK(geburt.value(u"name"_qs).toString() == u"Geburt");
    CHECK(geburt.value(u"leistungen"_qs).toInt() == 3);
    CHECK(
        geburt.value(u"status"_qs).toObject().value(u"online"_qs).toObject().value(u"anteil"_qs).toDouble() ==
        66.7);
    CHECK(geburt.value(u"ohne_aktivitaet"_qs).toBool() == false);
}
