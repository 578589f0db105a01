#include <catch2/catch.hpp>

#include "edit/changetext.h"
#include "edit/edits.h"
#include "edit/workshopedits.h"
#include "error.h"
#include "storage/catalog.h"
#include "support/pgserver.h"
#include "support/testutil.h"

using namespace tfp;
using namespace tfp::schema;

namespace {

int themenfeldNamed(const PlanSnapshot &p, const QString &name)
{
    const Themenfeld *t = p.themenfeldByName(name);
    REQUIRE(t);
    return t->id;
}

} // namespace

TEST_CASE("new Lagen, criteria and risks belong to their Themenfeld and are undone as one step",
          "[core][backends]")
{
    QTemporaryDir dir;
    auto c = Catalog::open(test::defaultCatalogOnBackend(dir));
    const int familie = themenfeldNamed(c->loadPlan(PlanDetail::Summary), u"Familie & Kind"_qs);
    const qint64 before = c->revision();

    const ChangeSet lage = edit::addLage(*c, familie, u"  Pflegekind aufnehmen "_qs, u"lebenslage"_qs);
    CHECK(edit::descriptionText(lage.description) ==
          u"Lage „Pflegekind aufnehmen“ in Themenfeld „Familie & Kind“ anlegen"_qs);
    c->apply(lage);
    const ChangeSet kriterium = edit::addKriterium(*c, familie, u"Nutzen für Kommunen"_qs, 2.5);
    c->apply(kriterium);
    c->apply(edit::addRisiko(*c, familie, u"Register nicht rechtzeitig angebunden"_qs, u"register"_qs,
                             u"hoch"_qs));

    PlanSnapshot p = c->loadPlan(PlanDetail::Summary);
    const auto lagen = std::count_if(p.lagen.cbegin(), p.lagen.cend(), [&](const Lage &l) {
        return l.themenfeldId == familie && l.name == u"Pflegekind aufnehmen" && l.art == LageArt::Lebenslage;
    });
    CHECK(lagen == 1);
    QList<Kriterium> eigene;
    for (const Kriterium &k : p.kriterien)
        if (k.themenfeldId == familie)
            eigene << k;
    REQUIRE(eigene.size() == 7); // the six defaults and the new one, after them
    CHECK(eigene.last().name == u"Nutzen für Kommunen");
    CHECK(eigene.last().gewicht == 2.5);
    CHECK(eigene.last().sortOrder > eigene[5].sortOrder);
    REQUIRE(p.risiken.size() == 1);
    CHECK(p.risiken[0].einstufung == Einstufung::Hoch);
    CHECK(p.risiken[0].art == RisikoArt::Register);
    CHECK(c->revision() == before + 3);

    c->apply(lage.inverted());
    CHECK(c->count(Table::Lage) == 55);
}

TEST_CASE("new Lagen, criteria and risks with bad input are refused and change nothing", "[core][backends]")
{
    QTemporaryDir dir;
    auto c = Catalog::open(test::defaultCatalogOnBackend(dir));
    const PlanSnapshot p = c->loadPlan(PlanDetail::Summary);
    const int familie = themenfeldNamed(p, u"Familie & Kind"_qs);
    const QString existingLage = [&] {
        for (const Lage &l : p.lagen)
            if (l.themenfeldId == familie)
                return l.name;
        return QString();
    }();
    const qint64 revision = c->revision();

    CHECK_THROWS_WITH(edit::addLage(*c, familie, u"   "_qs, u"lebenslage"_qs), Catch::Contains("ohne Namen"));
    CHECK_THROWS_WITH(edit::addLage(*c, familie, existingLage.toUpper(), u"lebenslage"_qs),
                      Catch::Contains("gibt es in Themenfeld „Familie & Kind“ schon"));
    CHECK_THROWS_WITH(edit::addLage(*c, familie, u"Neu"_qs, u"quatsch"_qs), Catch::Contains("Art"));
    CHECK_THROWS_WITH(edit::addLage(*c, 999, u"Neu"_qs, u"lebenslage"_qs), Catch::Contains("gibt es nicht"));
    CHECK_THROWS_WITH(edit::addKriterium(*c, familie, u"Nachfrage/Fallzahlen"_qs, 1),
                      Catch::Contains("schon"));
    CHECK_THROWS_WITH(edit::addKriterium(*c, familie, u"Neu"_qs, -1), Catch::Contains("Gewicht"));
    qint64 ozgPrioritaet = 0;
    for (const Kriterium &k : p.kriterien)
        if (k.themenfeldId == familie && k.name == u"OZG-Priorität")
            ozgPrioritaet = k.id;
    REQUIRE(ozgPrioritaet);
    CHECK_THROWS_WITH(
        edit::setField(*c, Table::Kriterium, ozgPrioritaet, col::name, u"nachfrage/fallzahlen "_qs),
        Catch::Contains("„nachfrage/fallzahlen“ gibt es in Themenfeld „Familie & Kind“ schon"));
    // Its own name in other letters is no clash.
    const ChangeSet recased =
        edit::setField(*c, Table::Kriterium, ozgPrioritaet, col::name, u"OZG-PRIORITÄT"_qs);
    CHECK(recased.changes.size() == 1);
    CHECK_THROWS_WITH(edit::addRisiko(*c, familie, u" "_qs, u"register"_qs, u"hoch"_qs),
                      Catch::Contains("Beschreibung"));
    CHECK(c->revision() == revision);
    CHECK(c->count(Table::Lage) == 55);
    CHECK(c->count(Table::Risiko) == 0);
}

TEST_CASE("a summary snapshot loads the scores of one Themenfeld and keeps them current", "[core][backends]")
{
    QTemporaryDir dir;
    auto c = Catalog::open(test::defaultCatalogOnBackend(dir));
    PlanSnapshot p = c->loadPlan(PlanDetail::Summary);
    const int familie = themenfeldNamed(p, u"Familie & Kind"_qs);
    const int bildung = themenfeldNamed(p, u"Bildung"_qs);
    auto firstOf = [&](int themenfeld) {
        qint64 kriterium = 0;
        for (const Kriterium &k : p.kriterien)
            if (k.themenfeldId == themenfeld && !kriterium)
                kriterium = k.id;
        int ozg = 0;
        for (const Leistung &l : p.leistungen)
            if (p.themenfeldOf(l) == themenfeld && !ozg)
                ozg = l.ozgId;
        return std::pair{kriterium, ozg};
    };
    const auto [kf, lf] = firstOf(familie);
    const auto [kb, lb] = firstOf(bildung);
    c->apply(edit::setBewertung(*c, kf, lf, 4));
    c->apply(edit::setBewertung(*c, kb, lb, 2));

    CHECK(p.bewertungen.isEmpty());
    c->loadScores(p, familie);
    REQUIRE(p.bewertungen.size() == 1);
    CHECK(p.bewertungen[0].wert == 4);

    // A change to the loaded Themenfeld's scores arrives; one to another Themenfeld's stays outside.
    const ChangeSet hoch = edit::setBewertung(*c, kf, lf, 5);
    c->apply(hoch);
    c->refresh(p, hoch);
    const ChangeSet andere = edit::setBewertung(*c, kb, lb, 3);
    c->apply(andere);
    c->refresh(p, andere);
    REQUIRE(p.bewertungen.size() == 1);
    CHECK(p.bewertungen[0].wert == 5);
    const ChangeSet weg = edit::setBewertung(*c, kf, lf, std::nullopt);
    c->apply(weg);
    c->refresh(p, weg);
    CHECK(p.bewertungen.isEmpty());
}

TEST_CASE("a block of scores is set as one change set by the rules of a single score", "[core][backends]")
{
    QTemporaryDir dir;
    auto c = Catalog::open(test::defaultCatalogOnBackend(dir));
    const PlanSnapshot p = c->loadPlan(PlanDetail::Summary);
    const int familie = themenfeldNamed(p, u"Familie & Kind"_qs);
    QList<qint64> kriterien;
    for (const Kriterium &k : p.kriterien)
        if (k.themenfeldId == familie)
            kriterien << k.id;
    QList<int> ozg;
    for (const Leistung &l : p.leistungen)
        if (p.themenfeldOf(l) == familie && ozg.size() < 3)
            ozg << l.ozgId;
    REQUIRE(kriterien.size() >= 2);
    REQUIRE(ozg.size() == 3);
    c->apply(edit::setBewertung(*c, kriterien[0], ozg[0], 1));
    c->apply(edit::setBewertung(*c, kriterien[1], ozg[0], 2));
    c->apply(edit::setBewertung(*c, kriterien[0], ozg[1], 3));
    auto wert = [&](qint64 k, int o) {
        for (const QVariantMap &r : c->rowsWhere(Table::Bewertung, col::ozgId, o))
            if (r.value(col::kriteriumId.toString()).toLongLong() == k)
                return r.value(col::wert.toString());
        return QVariant();
    };

    // Changed, unchanged, removed and new scores in one block.
    const ChangeSet block = edit::setBewertungen(*c, {{kriterien[0], ozg[0], 4},
                                                      {kriterien[1], ozg[0], 2},
                                                      {kriterien[0], ozg[1], std::nullopt},
                                                      {kriterien[0], ozg[2], 5}});
    CHECK(block.changes.size() == 3);
    c->apply(block);
    CHECK(wert(kriterien[0], ozg[0]).toInt() == 4);
    CHECK(wert(kriterien[1], ozg[0]).toInt() == 2);
    CHECK(wert(kriterien[0], ozg[1]).isNull());
    CHECK(wert(kriterien[0], ozg[2]).toInt() == 5);

    // A value out of range for a stored score is refused with the Leistung's name; nothing is built.
    const qint64 revision = c->revision();
    CHECK_THROWS_WITH(edit::setBewertungen(*c, {{kriterien[1], ozg[0], 3}, {kriterien[0], ozg[0], 9}}),
                      Catch::Contains(p.leistung(ozg[0])->name.toStdString()) && Catch::Contains("0 bis 5"));
    CHECK(c->revision() == revision);
}

TEST_CASE("a summary snapshot holds the LeiKa-Leistungen an Onlinedienst covers", "[core][backends]")
{
    QTemporaryDir dir;
    auto c = Catalog::open(test::defaultCatalogOnBackend(dir));
    PlanSnapshot p = c->loadPlan(PlanDetail::Summary);
    CHECK(p.leika.isEmpty());
    const ChangeSet neu = edit::createOnlinedienst(*c, u"Elterngeld digital"_qs, u"Land Bremen"_qs);
    c->apply(neu);
    c->refresh(p, neu);
    const PlanSnapshot full = c->loadPlan(PlanDetail::Full);
    const LeikaLeistung &leika = full.leika[10];
    const ChangeSet deckt = edit::setDienstLeika(*c, p.onlinedienste[0].id, leika.id, 3);
    c->apply(deckt);
    c->refresh(p, deckt);
    REQUIRE(p.leika.size() == 1);
    CHECK(p.leika[0].id == leika.id);
    CHECK(p.leika[0].ozgId == leika.ozgId);
    const PlanSnapshot reloaded = c->loadPlan(PlanDetail::Summary);
    REQUIRE(reloaded.leika.size() == 1);
    CHECK(reloaded.leika[0].schluessel == leika.schluessel);
}

TEST_CASE("a summary snapshot derives the same programme scope and Schlüssel as a full one",
          "[core][backends]")
{
    QTemporaryDir dir;
    auto c = Catalog::open(test::defaultCatalogOnBackend(dir));
    // A Leistung without LeiKa entries sits between others: the summary must not shift its neighbours.
    const PlanSnapshot before = c->loadPlan(PlanDetail::Summary);
    int gap = before.leistungen[0].ozgId + 1;
    while (before.leistung(gap))
        ++gap;
    c->apply(edit::createLeistung(*c, gap, before.leistung(gap - 1)->lageId, u"Neue Leistung ohne LeiKa"_qs));
    const PlanSnapshot full = c->loadPlan(PlanDetail::Full);
    const PlanSnapshot summary = c->loadPlan(PlanDetail::Summary);
    REQUIRE(full.leistungen.size() == summary.leistungen.size());
    int ohneLeika = 0;
    for (qsizetype i = 0; i < full.leistungen.size(); ++i) {
        const Leistung &f = full.leistungen[i], &s = summary.leistungen[i];
        INFO(f.ozgId);
        CHECK(f.programm == s.programm);
        CHECK(f.leikaSchluessel == s.leikaSchluessel);
        ohneLeika += f.programm == Programm::Unbekannt;
    }
    CHECK(ohneLeika > 0);
}

TEST_CASE("priority thresholds must stay in order and a refused one changes nothing", "[core][backends]")
{
    QTemporaryDir dir;
    auto c = Catalog::open(test::defaultCatalogOnBackend(dir));
    const int familie = themenfeldNamed(c->loadPlan(PlanDetail::Summary), u"Familie & Kind"_qs);
    const QByteArray before = test::fileHash(c->path());
    CHECK_THROWS_WITH(edit::setField(*c, Table::Themenfeld, familie, col::schwelleHohe, 4.5),
                      Catch::Contains("Die Schwellen müssen absteigen"));
    CHECK_THROWS_WITH(edit::setField(*c, Table::Themenfeld, familie, col::schwelleMittlere, 3.5),
                      Catch::Contains("mittlere Priorität (3"));
    CHECK(test::fileHash(c->path()) == before);
    c->apply(edit::setField(*c, Table::Themenfeld, familie, col::schwelleHohe, 3.5));
    CHECK(c->value(Table::Themenfeld, familie, col::schwelleHohe).toDouble() == 3.5);
}

TEST_CASE("a new Beteiligter needs a name and an unused Kürzel", "[core][backends]")
{
    QTemporaryDir dir;
    auto c = Catalog::open(test::defaultCatalogOnBackend(dir));
    const qint64 revision = c->revision();
    CHECK_THROWS_WITH(edit::addBeteiligter(*c, u"HB"_qs, u"Bremen noch einmal"_qs, u"land"_qs),
                      Catch::Contains("Das Kürzel „HB“ hat schon"));
    CHECK_THROWS_WITH(edit::addBeteiligter(*c, u" "_qs, u"Stadt Kassel"_qs, u"kommune"_qs),
                      Catch::Contains("Kürzel"));
    CHECK_THROWS_WITH(edit::addBeteiligter(*c, u"KS"_qs, u"Stadt Kassel"_qs, u"stadtstaat"_qs),
                      Catch::Contains("Art"));
    CHECK(c->revision() == revision);
    c->apply(edit::addBeteiligter(*c, u"KS"_qs, u"Stadt Kassel"_qs, u"kommune"_qs));
    const PlanSnapshot p = c->loadPlan(PlanDetail::Summary);
    CHECK(std::any_of(p.beteiligte.cbegin(), p.beteiligte.cend(), [](const Beteiligter &b) {
        return b.kuerzel == u"KS" && b.art == BeteiligterArt::Kommune;
    }));
}

TEST_CASE("a criterion scores and takes votes only for Leistungen of its own Themenfeld", "[core][backends]")
{
    QTemporaryDir dir;
    auto c = Catalog::open(test::defaultCatalogOnBackend(dir));
    const PlanSnapshot p = c->loadPlan(PlanDetail::Summary);
    const int arbeit = themenfeldNamed(p, u"Arbeit & Ruhestand"_qs);
    qint64 arbeitKriterium = 0;
    for (const auto &k : c->rowsWhere(Table::Kriterium, col::themenfeldId, arbeit))
        arbeitKriterium = k.value(u"id"_qs).toLongLong();
    REQUIRE(arbeitKriterium);
    const qint64 before = c->revision();
    // Elterngeld (10000) belongs to Familie & Kind.
    try {
        edit::setBewertung(*c, arbeitKriterium, 10000, 4);
        FAIL("a score across Themenfelder was accepted");
    } catch (const Error &e) {
        CHECK(e.message().contains(u"zum Themenfeld „Arbeit & Ruhestand“"_qs));
        CHECK(e.message().contains(u"„Elterngeld“ aber zum Themenfeld „Familie & Kind“"_qs));
    }
    CHECK_THROWS_AS(edit::setStimme(*c, arbeitKriterium, 10000, u"Anna"_qs, u"Steuerungskreis"_qs, 4,
                                    QDate(2026, 11, 14)),
                    Error);
    CHECK(c->revision() == before);
    CHECK(c->rowsWhere(Table::Bewertung, col::kriteriumId, arbeitKriterium).isEmpty());
}

TEST_CASE("a snapshot kept current through a large change set equals one loaded afresh", "[core][backends]")
{
    // Hundreds of rows of two tables in one change set (a pasted block of scores, a status set for many
    // Leistungen) are read back per table, not row by row: new, changed and removed rows all arrive.
    QTemporaryDir dir;
    auto c = Catalog::open(test::defaultCatalogOnBackend(dir));
    PlanSnapshot p = c->loadPlan(PlanDetail::Summary);
    const int familie = themenfeldNamed(p, u"Familie & Kind"_qs);
    QList<qint64> kriterien;
    for (const Kriterium &k : p.kriterien)
        if (k.themenfeldId == familie)
            kriterien << k.id;
    QList<int> ozg;
    for (const Leistung &l : p.leistungen)
        if (p.themenfeldOf(l) == familie)
            ozg << l.ozgId;
    REQUIRE(kriterien.size() >= 3);
    REQUIRE(ozg.size() >= 30);
    QList<edit::BewertungWert> first;
    for (int i = 0; i < ozg.size(); ++i)
        first.append({kriterien[i % kriterien.size()], ozg[i], i % 6});
    c->apply(edit::setBewertungen(*c, first));
    c->loadScores(p, familie);
    REQUIRE(p.bewertungen.size() == ozg.size());

    // New scores, changed ones and removed ones, and the status of every Leistung, in one change set.
    QList<edit::BewertungWert> block;
    for (int i = 0; i < ozg.size(); ++i) {
        block.append({kriterien[i % kriterien.size()], ozg[i],
                      i % 3 == 0 ? std::nullopt : std::optional<int>((i + 1) % 6)});
        block.append({kriterien[(i + 1) % kriterien.size()], ozg[i], i % 5});
    }
    ChangeSet all = edit::setBewertungen(*c, block);
    for (int o : ozg)
        all.append(edit::setField(*c, Table::Leistung, o, col::status, u"online"_qs));
    c->apply(all);
    c->refresh(p, all);

    PlanSnapshot fresh = c->loadPlan(PlanDetail::Summary);
    c->loadScores(fresh, familie);
    const auto scores = [](const PlanSnapshot &s) {
        QStringList out;
        for (const Bewertung &b : s.bewertungen)
            out << u"%1 %2 %3 %4"_qs.arg(b.id).arg(b.kriteriumId).arg(b.ozgId).arg(b.wert);
        return out;
    };
    CHECK(scores(p).size() > ozg.size()); // more new than removed
    CHECK(scores(p) == scores(fresh));
    for (int o : ozg)
        CHECK(p.leistung(o)->status == Status::Online);
    REQUIRE(p.leistungen.size() == fresh.leistungen.size());
    for (qsizetype i = 0; i < p.leistungen.size(); ++i)
        CHECK(p.leistungen[i].status == fresh.leistungen[i].status);
}
