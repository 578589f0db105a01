// The plan loader reads SQLite through its C API. Its snapshot must hold exactly what the QtSql path gives:
// the plan document (exportPlanJson reads every row through QtSql) read back with the conversions the loader
// used before, field by field, on the default catalog with a realistic plan and on a generated bigger one.
#include <catch2/catch.hpp>

#include "analysis/coverage.h"
#include "analysis/prioritisation.h"
#include "edit/edits.h"
#include "exchange/analysisjson.h"
#include "exchange/planjson.h"
#include "storage/catalog.h"
#include "storage/planrows.h"
#include "support/demoplan.h"
#include "support/testutil.h"

#include <QJsonDocument>
#include <QProcess>

#include <tuple>

using namespace tfp;
using namespace tfp::schema;

namespace {

// The value types have no operator== (adding one to core/domain/plan.h would rebuild everything): compare
// them member by member. A wrong count does not compile, so a new member cannot be missed.
template <typename T> constexpr int kFields = 0;
template <> constexpr int kFields<Themenfeld> = 9;
template <> constexpr int kFields<Lage> = 4;
template <> constexpr int kFields<Leistung> = 17;
template <> constexpr int kFields<LeikaLeistung> = 10;
template <> constexpr int kFields<Abhaengigkeit> = 4;
template <> constexpr int kFields<Beteiligter> = 4;
template <> constexpr int kFields<Federfuehrung> = 6;
template <> constexpr int kFields<Projekt> = 11;
template <> constexpr int kFields<Nachnutzung> = 5;
template <> constexpr int kFields<Meilenstein> = 10;
template <> constexpr int kFields<MeilensteinAbhaengigkeit> = 5;
template <> constexpr int kFields<Zahlung> = 7;
template <> constexpr int kFields<Onlinedienst> = 7;
template <> constexpr int kFields<Kriterium> = 5;
template <> constexpr int kFields<Bewertung> = 4;
template <> constexpr int kFields<Stimme> = 7;
template <> constexpr int kFields<Risiko> = 8;

template <typename T> auto members(const T &x)
{
    constexpr int n = kFields<T>;
    if constexpr (n == 4) {
        const auto &[a, b, c, d] = x;
        return std::tie(a, b, c, d);
    } else if constexpr (n == 5) {
        const auto &[a, b, c, d, e] = x;
        return std::tie(a, b, c, d, e);
    } else if constexpr (n == 6) {
        const auto &[a, b, c, d, e, f] = x;
        return std::tie(a, b, c, d, e, f);
    } else if constexpr (n == 7) {
        const auto &[a, b, c, d, e, f, g] = x;
        return std::tie(a, b, c, d, e, f, g);
    } else if constexpr (n == 8) {
        const auto &[a, b, c, d, e, f, g, h] = x;
        return std::tie(a, b, c, d, e, f, g, h);
    } else if constexpr (n == 9) {
        const auto &[a, b, c, d, e, f, g, h, i] = x;
        return std::tie(a, b, c, d, e, f, g, h, i);
    } else if constexpr (n == 10) {
        const auto &[a, b, c, d, e, f, g, h, i, j] = x;
        return std::tie(a, b, c, d, e, f, g, h, i, j);
    } else if constexpr (n == 11) {
        const auto &[a, b, c, d, e, f, g, h, i, j, k] = x;
        return std::tie(a, b, c, d, e, f, g, h, i, j, k);
    } else {
        static_assert(n == 17);
        const auto &[a, b, c, d, e, f, g, h, i, j, k, l, m, o, p, q, r] = x;
        return std::tie(a, b, c, d, e, f, g, h, i, j, k, l, m, o, p, q, r);
    }
}

// Every row of the document's table through the reader, in key order (the loader's order too).
template <typename T> QList<T> fromDocument(const PlanRows &doc, Table t)
{
    QList<T> out;
    for (const QVariantList &values : doc.rows(t))
        out.append(planrows::read<T>(planrows::ValueRow(t, values)));
    return out;
}

// The parts loadPlan puts together from other tables, built here from the document's rows.
void addDerived(const PlanRows &doc, QList<Leistung> &leistungen, QList<Projekt> &projekte,
                QList<Onlinedienst> &dienste)
{
    QHash<int, QStringList> typen, keys;
    for (const LeikaLeistung &l : fromDocument<LeikaLeistung>(doc, Table::Leika))
        if (l.ozgId) {
            typen[*l.ozgId].append(l.typ);
            keys[*l.ozgId].append(l.schluessel);
        }
    for (Leistung &l : leistungen) {
        l.programm = programmOf(typen.value(l.ozgId));
        l.leikaSchluessel = keys.value(l.ozgId).join(u' ');
    }
    const TableDef &pl = table(Table::ProjektLeistung);
    for (const QVariantList &r : doc.rows(Table::ProjektLeistung))
        for (Projekt &p : projekte)
            if (p.id == r[pl.indexOf(col::projektId)].toLongLong())
                p.leistungen.append(r[pl.indexOf(col::ozgId)].toInt());
    const TableDef &ol = table(Table::OnlinedienstLeika);
    const TableDef &on = table(Table::OnlinedienstLand);
    for (Onlinedienst &d : dienste) {
        for (const QVariantList &r : doc.rows(Table::OnlinedienstLeika))
            if (r[ol.indexOf(col::dienstId)].toLongLong() == d.id)
                d.leika.insert(r[ol.indexOf(col::leikaId)].toLongLong(),
                               r[ol.indexOf(col::reifegrad)].toInt());
        for (const QVariantList &r : doc.rows(Table::OnlinedienstLand))
            if (r[on.indexOf(col::dienstId)].toLongLong() == d.id)
                d.laender.insert(r[on.indexOf(col::landId)].toInt(),
                                 QDate::fromString(r[on.indexOf(col::seit)].toString(), Qt::ISODate));
    }
}

template <typename T> void requireSame(const QList<T> &loaded, const QList<T> &expected, const char *what)
{
    INFO(what);
    REQUIRE(loaded.size() == expected.size());
    for (qsizetype i = 0; i < loaded.size(); ++i) {
        INFO("row " << i);
        REQUIRE((members(loaded[i]) == members(expected[i])));
    }
}

template <typename T> void requireSameRows(const QList<T> &loaded, const PlanRows &doc, Table t)
{
    requireSame(loaded, fromDocument<T>(doc, t), qPrintable(table(t).name));
}

void requireSameAsDocument(const Catalog &c, qsizetype minimumRows)
{
    const PlanSnapshot p = c.loadPlan(PlanDetail::Full);
    const PlanRows doc = readPlanJson(exportPlanJson(c), u"test"_qs);
    qsizetype rows = 0;
    for (const auto &t : doc.tables)
        rows += t.size();
    REQUIRE(rows >= minimumRows);
    auto leistungen = fromDocument<Leistung>(doc, Table::Leistung);
    auto projekte = fromDocument<Projekt>(doc, Table::Projekt);
    auto dienste = fromDocument<Onlinedienst>(doc, Table::Onlinedienst);
    addDerived(doc, leistungen, projekte, dienste);
    requireSameRows(p.themenfelder, doc, Table::Themenfeld);
    requireSameRows(p.lagen, doc, Table::Lage);
    requireSame(p.leistungen, leistungen, "leistung");
    requireSameRows(p.leika, doc, Table::Leika);
    requireSameRows(p.abhaengigkeiten, doc, Table::Abhaengigkeit);
    requireSameRows(p.beteiligte, doc, Table::Beteiligter);
    requireSameRows(p.federfuehrung, doc, Table::Federfuehrung);
    requireSame(p.projekte, projekte, "projekt");
    requireSameRows(p.nachnutzung, doc, Table::Nachnutzung);
    requireSameRows(p.meilensteine, doc, Table::Meilenstein);
    requireSameRows(p.meilensteinAbhaengigkeiten, doc, Table::MeilensteinAbhaengigkeit);
    requireSameRows(p.zahlungen, doc, Table::Zahlung);
    requireSame(p.onlinedienste, dienste, "onlinedienst");
    requireSameRows(p.kriterien, doc, Table::Kriterium);
    requireSameRows(p.bewertungen, doc, Table::Bewertung);
    requireSameRows(p.stimmen, doc, Table::Stimme);
    requireSameRows(p.risiken, doc, Table::Risiko);
    // Every table the snapshot holds had rows to compare.
    for (Table t : {Table::Themenfeld,       Table::Lage,
                    Table::Leistung,         Table::Leika,
                    Table::Abhaengigkeit,    Table::Beteiligter,
                    Table::Federfuehrung,    Table::Projekt,
                    Table::ProjektLeistung,  Table::Nachnutzung,
                    Table::Meilenstein,      Table::Zahlung,
                    Table::Onlinedienst,     Table::OnlinedienstLeika,
                    Table::OnlinedienstLand, Table::Kriterium,
                    Table::Bewertung,        Table::Stimme,
                    Table::Risiko,           Table::MeilensteinAbhaengigkeit}) {
        INFO(table(t).name.toStdString());
        CHECK(!doc.rows(t).isEmpty());
    }
}

// What neither the demo plan nor the generator writes: an Onlinedienst with its LeiKa-Leistungen and Länder,
// workshop votes, a dependency, two between milestones and a risk; text that is not ASCII, empty, or null
// where the column allows it.
void addWhatIsMissing(Catalog &c)
{
    const PlanSnapshot p = c.loadPlan(PlanDetail::Full);
    ChangeSet s(u"Onlinedienst und Stimmen"_qs);
    const qint64 d = c.allocateKey(Table::Onlinedienst);
    s.append(Change::insert(Table::Onlinedienst, d,
                            {{col::name.toString(), u"Elterngeld digital – „ELFE“ ✓"_qs},
                             {col::anbieter.toString(), u"Freie Hansestadt Bremen"_qs},
                             {col::url.toString(), u"https://elfe.example/ä"_qs}}));
    qint64 leikaKey = c.allocateKey(Table::OnlinedienstLeika);
    for (qsizetype i = 0; i < 5; ++i)
        s.append(Change::insert(Table::OnlinedienstLeika, leikaKey++,
                                {{col::dienstId.toString(), d},
                                 {col::leikaId.toString(), p.leika[i * 7].id},
                                 {col::reifegrad.toString(), int(i % 5)}}));
    qint64 landKey = c.allocateKey(Table::OnlinedienstLand);
    for (const Beteiligter &b : p.beteiligte)
        if (b.art == BeteiligterArt::Land && landKey % 2)
            s.append(Change::insert(Table::OnlinedienstLand, landKey++,
                                    {{col::dienstId.toString(), d},
                                     {col::landId.toString(), b.id},
                                     {col::seit.toString(), u"2024-02-29"_qs}}));
        else
            ++landKey;
    qint64 stimme = c.allocateKey(Table::Stimme);
    for (const QString &teilnehmer : {u"Frau Öztürk"_qs, u"Herr Weiß"_qs})
        s.append(Change::insert(Table::Stimme, stimme++,
                                {{col::kriteriumId.toString(), p.kriterien[0].id},
                                 {col::ozgId.toString(), p.leistungen[0].ozgId},
                                 {col::teilnehmer.toString(), teilnehmer},
                                 {col::wert.toString(), 4},
                                 {col::workshop.toString(), u"Workshop Mai"_qs},
                                 {col::datum.toString(), u"2025-05-12"_qs}}));
    s.append(Change::insert(Table::Abhaengigkeit, c.allocateKey(Table::Abhaengigkeit),
                            {{col::ozgId.toString(), p.leistungen.last().ozgId},
                             {col::haengtAbVon.toString(), p.leistungen[p.leistungen.size() - 2].ozgId},
                             {col::notes.toString(), u"Geburtsanzeige vor Elterngeld"_qs}}));
    qint64 folge = c.allocateKey(Table::MeilensteinAbhaengigkeit);
    s.append(Change::insert(
        Table::MeilensteinAbhaengigkeit, folge++,
        {{col::meilensteinId.toString(), p.meilensteine.last().id},
         {col::haengtAbVon.toString(), p.meilensteine[0].id},
         {col::abstandTage.toString(), 3650},
         {col::notes.toString(), u"Inbetriebnahme der Basiskomponente „Postfach“ vorher"_qs}}));
    s.append(Change::insert(Table::MeilensteinAbhaengigkeit, folge++,
                            {{col::meilensteinId.toString(), p.meilensteine[1].id},
                             {col::haengtAbVon.toString(), p.meilensteine[0].id}}));
    s.append(Change::insert(Table::Risiko, c.allocateKey(Table::Risiko),
                            {{col::themenfeldId.toString(), p.themenfelder[0].id},
                             {col::ozgId.toString(), p.leistungen[2].ozgId},
                             {col::art.toString(), u"register"_qs},
                             {col::beschreibung.toString(), u"Registermodernisierung verzögert sich"_qs},
                             {col::einstufung.toString(), u"hoch"_qs}}));
    c.apply(s);
}

std::unique_ptr<Catalog> plannedCatalog(const QTemporaryDir &dir)
{
    auto c = Catalog::open(test::defaultCatalogCopy(dir));
    const PlanSnapshot p = c->loadPlan(PlanDetail::Summary);
    for (const char *name : {"Familie & Kind", "Unternehmensführung & -entwicklung"})
        test::addDemoPlan(*c, p.themenfeldByName(QString::fromUtf8(name))->id, QDate(2025, 6, 30), 4);
    addWhatIsMissing(*c);
    return c;
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

TEST_CASE("loadPlan reads every field as the QtSql path does: the default catalog with a plan", "[core]")
{
    QTemporaryDir dir;
    requireSameAsDocument(*plannedCatalog(dir), 6000);
}

// tfp coverage, prioritise and chart load a Summary (and one Themenfeld's scores) instead of every LeiKa row
// and every score: they must get the same results as from the whole plan.
TEST_CASE("coverage and prioritisation give from a Summary what they give from the whole plan", "[core]")
{
    QTemporaryDir dir;
    const auto c = plannedCatalog(dir);
    const PlanSnapshot full = c->loadPlan(PlanDetail::Full);
    PlanSnapshot summary = c->loadPlan(PlanDetail::Summary);
    REQUIRE(summary.leika.size() < full.leika.size());
    REQUIRE(!summary.leika.isEmpty()); // those the Onlinedienst covers
    for (const analysis::Scope scope : {analysis::Scope::Alle, analysis::Scope::Foederal}) {
        analysis::CoverageOptions o{scope, std::nullopt, QDate(2025, 6, 30)};
        CHECK(json(coverageJson(analysis::coverage(summary, o))) ==
              json(coverageJson(analysis::coverage(full, o))));
        o.themenfeldId = full.themenfeldByName(u"Familie & Kind"_qs)->id;
        CHECK(json(coverageJson(analysis::coverage(summary, o))) ==
              json(coverageJson(analysis::coverage(full, o))));
    }
    for (const char *name : {"Familie & Kind", "Unternehmensführung & -entwicklung"}) {
        const int tf = full.themenfeldByName(QString::fromUtf8(name))->id;
        c->loadScores(summary, tf);
        const QByteArray scored = json(prioritisationJson(analysis::prioritise(full, tf)));
        CHECK(scored.contains("\"score\":"));
        CHECK(json(prioritisationJson(analysis::prioritise(summary, tf))) == scored);
    }
}

TEST_CASE("loadPlan reads every field as the QtSql path does: a generated catalog three times the real one",
          "[core][slow]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"gross.tfplan"_qs);
    QProcess generate;
    generate.start(QStringLiteral(TFP_BENCH_GENERATE), {path, u"--factor"_qs, u"3"_qs});
    REQUIRE(generate.waitForFinished(120000));
    REQUIRE(generate.exitCode() == 0);
    auto c = Catalog::open(path);
    addWhatIsMissing(*c);
    requireSameAsDocument(*c, 30000);
}

// A large catalog repeats the same LeiKa types, laws and milestone titles hundreds of thousands of times: the
// snapshot keeps each distinct value once.
TEST_CASE("loadPlan keeps a repeated text once", "[core]")
{
    QTemporaryDir dir;
    const auto c = plannedCatalog(dir);
    const PlanSnapshot p = c->loadPlan(PlanDetail::Full);
    QHash<QString, const QChar *> typen;
    int shared = 0;
    for (const LeikaLeistung &l : p.leika) {
        if (const auto it = typen.constFind(l.typ); it != typen.cend()) {
            REQUIRE(it.value() == l.typ.constData());
            ++shared;
        } else {
            typen.insert(l.typ, l.typ.constData());
        }
    }
    CHECK(shared > 5000);
    QHash<QString, const QChar *> titel;
    for (const Meilenstein &m : p.meilensteine) {
        const auto it = titel.constFind(m.titel);
        if (it != titel.cend())
            REQUIRE(it.value() == m.titel.constData());
        else
            titel.insert(m.titel, m.titel.constData());
    }
    CHECK(titel.size() < p.meilensteine.size());
}

TEST_CASE("a snapshot kept current by refresh lists the milestone dependencies as loadPlan does", "[core]")
{
    QTemporaryDir dir;
    const auto c = plannedCatalog(dir);
    PlanSnapshot kept = c->loadPlan(PlanDetail::Summary);
    REQUIRE(kept.meilensteinAbhaengigkeiten.size() == 2);
    const auto same = [&] {
        const PlanSnapshot fresh = c->loadPlan(PlanDetail::Summary);
        requireSame(kept.meilensteinAbhaengigkeiten, fresh.meilensteinAbhaengigkeiten,
                    "meilenstein_abhaengigkeit");
    };
    const qint64 key = c->allocateKey(Table::MeilensteinAbhaengigkeit);
    ChangeSet add(u"Abhängigkeit"_qs);
    add.append(Change::insert(Table::MeilensteinAbhaengigkeit, key,
                              {{col::meilensteinId.toString(), kept.meilensteine[2].id},
                               {col::haengtAbVon.toString(), kept.meilensteine[1].id},
                               {col::abstandTage.toString(), 14}}));
    c->apply(add);
    c->refresh(kept, add);
    REQUIRE(kept.meilensteinAbhaengigkeiten.size() == 3);
    same();
    ChangeSet lag(u"Abstand"_qs);
    lag.append(Change::update(Table::MeilensteinAbhaengigkeit, key, col::abstandTage.toString(), 14, 0));
    c->apply(lag);
    c->refresh(kept, lag);
    same();
    const ChangeSet removal = c->removal(Table::MeilensteinAbhaengigkeit, key, u"weg"_qs);
    c->apply(removal);
    c->refresh(kept, removal);
    CHECK(kept.meilensteinAbhaengigkeiten.size() == 2);
    same();
}
