#include <catch2/catch.hpp>

#include "edit/edits.h"
#include "storage/catalog.h"
#include "support/pgserver.h"
#include "support/testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

using namespace tfp;
using namespace tfp::schema;

namespace {

const QString kThemenfeld = u"Familie & Kind"_qs;

// A catalog copy in which the first four Leistungen a < b < c < d of Familie & Kind were scored, given a
// status and a Reifegrad, bundled (a, b) into a project with one milestone and reused by HE, all through
// ChangeSets as the UI makes them.
struct Prepared
{
    QTemporaryDir dir;
    QString path;
    PlanSnapshot plan; // as it was before the changes: names, programmes, Lagen
    int themenfeldId = 0;
    QList<int> leistungen; // OZG-IDs of the Themenfeld, ascending
    int a = 0, b = 0, c = 0, d = 0;
};

std::unique_ptr<Prepared> prepare()
{
    auto p = std::make_unique<Prepared>();
    p->path = test::defaultCatalogOnBackend(p->dir);
    auto catalog = Catalog::open(p->path);
    p->plan = catalog->loadPlan();
    p->themenfeldId = p->plan.themenfeldByName(kThemenfeld)->id;
    for (const Leistung &l : p->plan.leistungen)
        if (p->plan.themenfeldOf(l) == p->themenfeldId)
            p->leistungen.append(l.ozgId);
    std::sort(p->leistungen.begin(), p->leistungen.end());
    REQUIRE(p->leistungen.size() > 6);
    p->a = p->leistungen[0];
    p->b = p->leistungen[1];
    p->c = p->leistungen[2];
    p->d = p->leistungen[3];
    QList<Kriterium> kriterien;
    for (const Kriterium &k : p->plan.kriterien)
        if (k.themenfeldId == p->themenfeldId)
            kriterien.append(k);
    std::sort(kriterien.begin(), kriterien.end(),
              [](const Kriterium &x, const Kriterium &y) { return x.sortOrder < y.sortOrder; });
    REQUIRE(kriterien.size() == 6);

    ChangeSet cs(u"Analyse vorbereiten"_qs);
    auto score = [&](int ozg, const Kriterium &k, int wert) {
        cs.append(Change::insert(Table::Bewertung, catalog->allocateKey(Table::Bewertung),
                                 {{col::kriteriumId.toString(), k.id},
                                  {col::ozgId.toString(), ozg},
                                  {col::wert.toString(), wert}}));
    };
    for (const Kriterium &k : kriterien) {
        score(p->a, k, 5);
        score(p->b, k, 3);
    }
    score(p->c, kriterien[0], 4);
    cs.append(
        Change::update(Table::Themenfeld, p->themenfeldId, col::wellenKapazitaet.toString(), QVariant(), 2));
    for (const auto &[from, to] : {std::pair{p->b, p->d}, {p->d, p->b}})
        cs.append(Change::insert(Table::Abhaengigkeit, catalog->allocateKey(Table::Abhaengigkeit),
                                 {{col::ozgId.toString(), from}, {col::haengtAbVon.toString(), to}}));
    for (const auto &[ozg, status] : {std::pair{p->a, u"online"_qs},
                                      {p->b, u"online"_qs},
                                      {p->c, u"in_umsetzung"_qs},
                                      {p->d, u"in_planung"_qs}})
        cs.append(Change::update(Table::Leistung, ozg, col::status.toString(), u"ohne"_qs, status));
    for (const auto &[ozg, level] : {std::pair{p->a, 3}, {p->b, 4}, {p->c, 1}})
        cs.append(Change::update(Table::Leistung, ozg, col::reifegradIst.toString(), QVariant(), level));
    const qint64 projekt = catalog->allocateKey(Table::Projekt);
    cs.append(Change::insert(
        Table::Projekt, projekt,
        {{col::themenfeldId.toString(), p->themenfeldId}, {col::name.toString(), u"Geburt digital"_qs}}));
    for (int ozg : {p->a, p->b})
        cs.append(Change::insert(Table::ProjektLeistung, catalog->allocateKey(Table::ProjektLeistung),
                                 {{col::projektId.toString(), projekt}, {col::ozgId.toString(), ozg}}));
    cs.append(Change::insert(Table::Meilenstein, catalog->allocateKey(Table::Meilenstein),
                             {{col::projektId.toString(), projekt},
                              {col::titel.toString(), u"MVP"_qs},
                              {col::geplant.toString(), u"2024-05-01"_qs}}));
    int he = 0;
    for (const Beteiligter &x : p->plan.beteiligte)
        if (x.kuerzel == u"HE")
            he = x.id;
    cs.append(Change::insert(Table::Nachnutzung, catalog->allocateKey(Table::Nachnutzung),
                             {{col::projektId.toString(), projekt},
                              {col::landId.toString(), he},
                              {col::stand.toString(), u"live"_qs}}));
    catalog->apply(cs);
    return p;
}

QJsonObject json(const test::Run &r)
{
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return QJsonDocument::fromJson(r.out).object();
}

QJsonObject leistung(const QJsonArray &list, int ozg)
{
    for (const auto &v : list)
        if (v.toObject().value(u"ozg_id"_qs).toInt() == ozg)
            return v.toObject();
    FAIL("OZG-ID " << ozg << " missing");
    return {};
}

double share(int count, int total)
{
    return std::round(1000.0 * count / total) / 10.0;
}

} // namespace

TEST_CASE("tfp prioritise --json ranks, categorises, plans waves and reports the cycle", "[cli][backends]")
{
    const auto p = prepare();
    const QJsonObject o =
        json(test::runTfp({u"prioritise"_qs, p->path, u"--themenfeld"_qs, kThemenfeld, u"--json"_qs}));
    CHECK(o.value(u"themenfeld"_qs).toString() == kThemenfeld);

    const QJsonArray kriterien = o.value(u"kriterien"_qs).toArray();
    REQUIRE(kriterien.size() == 6);
    double sum = 0;
    for (const auto &k : kriterien)
        sum += k.toObject().value(u"gewicht_normiert"_qs).toDouble();
    CHECK(sum == Approx(1.0).epsilon(1e-5));

    const QJsonArray list = o.value(u"leistungen"_qs).toArray();
    CHECK(list.size() == p->leistungen.size());
    const QJsonObject a = leistung(list, p->a), b = leistung(list, p->b), c = leistung(list, p->c),
                      d = leistung(list, p->d);
    CHECK(a.value(u"rank"_qs).toInt() == 1);
    CHECK(a.value(u"score"_qs).toDouble() == 5.0);
    CHECK(a.value(u"kategorie"_qs).toString() == u"hoechste");
    CHECK(a.value(u"format"_qs).toString() ==
          (p->plan.leistung(p->a)->programm == Programm::Bund ? u"werkbank" : u"labor"));
    CHECK(a.value(u"name"_qs).toString() == p->plan.leistung(p->a)->name);
    CHECK(c.value(u"rank"_qs).toInt() == 2);
    CHECK(c.value(u"score"_qs).toDouble() == 4.0); // over its one scored criterion, not 4/6
    CHECK(c.value(u"missing_scores"_qs).toInt() == 5);
    CHECK(b.value(u"rank"_qs).toInt() == 3);
    CHECK(b.value(u"kategorie"_qs).toString() == u"hohe");
    CHECK(b.value(u"rank_min"_qs).toInt() == 3);
    CHECK(b.value(u"rank_max"_qs).toInt() == 3);
    CHECK(b.value(u"unsicher"_qs).toBool() == false);
    CHECK(d.value(u"score"_qs).isNull());
    CHECK(d.value(u"kategorie"_qs).isNull());
    CHECK(d.value(u"format"_qs).isNull());
    CHECK(d.value(u"missing_scores"_qs).toInt() == 6);

    // Unscored Leistungen follow the scored ones in OZG-ID order.
    for (qsizetype i = 4; i < list.size(); ++i) {
        CHECK(list[i].toObject().value(u"rank"_qs).toInt() == i + 1);
        CHECK(list[i].toObject().value(u"ozg_id"_qs).toInt() >
              list[i - 1].toObject().value(u"ozg_id"_qs).toInt());
    }

    // Capacity 2: a and c fill wave 1; the cycle b ↔ d is planned together in wave 2.
    CHECK(a.value(u"welle"_qs).toInt() == 1);
    CHECK(c.value(u"welle"_qs).toInt() == 1);
    CHECK(b.value(u"welle"_qs).toInt() == 2);
    CHECK(d.value(u"welle"_qs).toInt() == 2);
    CHECK(o.value(u"zyklen"_qs).toArray() == QJsonArray{QJsonValue(QJsonArray{p->b, p->d})});
    CHECK(o.value(u"konflikte"_qs).toArray().isEmpty());
    CHECK(o.value(u"kapazitaet"_qs).toObject().value(u"je_welle"_qs).toInt() == 2);
}

TEST_CASE("tfp coverage --json gives status shares, gaps and the same figures per Lage", "[cli][backends]")
{
    const auto p = prepare();
    const int n = int(p->leistungen.size());
    const QJsonObject o = json(test::runTfp({u"coverage"_qs, p->path, u"--themenfeld"_qs, kThemenfeld,
                                             u"--today"_qs, u"2024-06-30"_qs, u"--json"_qs}));
    CHECK(o.value(u"leistungen"_qs).toInt() == n);
    const QJsonObject status = o.value(u"status"_qs).toObject();
    CHECK(status.value(u"online"_qs).toObject().value(u"anzahl"_qs).toInt() == 2);
    CHECK(status.value(u"online"_qs).toObject().value(u"anteil"_qs).toDouble() == share(2, n));
    CHECK(status.value(u"in_umsetzung"_qs).toObject().value(u"anzahl"_qs).toInt() == 1);
    CHECK(status.value(u"in_planung"_qs).toObject().value(u"anzahl"_qs).toInt() == 1);
    CHECK(status.value(u"ohne_status"_qs).toObject().value(u"anzahl"_qs).toInt() == n - 4);
    const QJsonObject reifegrad = o.value(u"reifegrad"_qs).toObject();
    for (const char *level : {"1", "3", "4"})
        CHECK(reifegrad.value(QLatin1String(level)).toObject().value(u"anzahl"_qs).toInt() == 1);
    CHECK(reifegrad.value(u"0"_qs).toObject().value(u"anzahl"_qs).toInt() == 0);
    CHECK(o.value(u"ozg_konform"_qs).toObject().value(u"anzahl"_qs).toInt() == 2);

    const QJsonArray ohneProjekt = o.value(u"ohne_projekt"_qs).toArray();
    CHECK(ohneProjekt.size() == n - 2);
    CHECK_FALSE(ohneProjekt.contains(p->a));
    CHECK(ohneProjekt.contains(p->c));

    const QJsonObject laender = o.value(u"laender"_qs).toObject();
    CHECK(laender.size() == 16);
    CHECK(laender.value(u"HE"_qs).toObject().value(u"projekte"_qs).toInt() == 1);
    CHECK(laender.value(u"HE"_qs).toObject().value(u"anteil"_qs).toDouble() == 100.0);
    CHECK(laender.value(u"BW"_qs).toObject().value(u"projekte"_qs).toInt() == 0);

    const QJsonArray overdue = o.value(u"meilensteine_ueberfaellig"_qs).toArray();
    REQUIRE(overdue.size() == 1);
    CHECK(overdue[0].toObject().value(u"tage"_qs).toInt() == 60);
    CHECK(overdue[0].toObject().value(u"projekt"_qs).toString() == u"Geburt digital");

    int lagen = 0, inLagen = 0;
    for (const Lage &l : p->plan.lagen)
        lagen += l.themenfeldId == p->themenfeldId;
    const QJsonArray perLage = o.value(u"lagen"_qs).toArray();
    CHECK(perLage.size() == lagen);
    for (const auto &v : perLage) {
        const QJsonObject l = v.toObject();
        inLagen += l.value(u"leistungen"_qs).toInt();
        CHECK(l.contains(u"status"_qs));
        if (l.value(u"id"_qs).toInt() == p->plan.leistung(p->a)->lageId)
            CHECK_FALSE(l.value(u"ohne_aktivitaet"_qs).toBool());
    }
    CHECK(inLagen == n);

    int foederal = 0;
    for (int ozg : p->leistungen)
        foederal += p->plan.leistung(ozg)->programm == Programm::Foederal ||
                    p->plan.leistung(ozg)->programm == Programm::Misch;
    const QJsonObject f =
        json(test::runTfp({u"coverage"_qs, p->path, u"--themenfeld"_qs, kThemenfeld, u"--scope"_qs,
                           u"foederal"_qs, u"--today"_qs, u"2024-06-30"_qs, u"--json"_qs}));
    CHECK(f.value(u"scope"_qs).toString() == u"foederal");
    CHECK(f.value(u"leistungen"_qs).toInt() == foederal);

    const QJsonObject all = json(test::runTfp({u"coverage"_qs, p->path, u"--json"_qs}));
    CHECK(all.value(u"leistungen"_qs).toInt() == p->plan.leistungen.size());
    CHECK(all.value(u"themenfelder"_qs).toArray().size() == p->plan.themenfelder.size());
}

TEST_CASE("tfp prioritise and coverage name an unknown Themenfeld and list the valid ones", "[cli][backends]")
{
    QTemporaryDir dir;
    const QString path = test::defaultCatalogOnBackend(dir);
    for (const char *cmd : {"prioritise", "coverage"}) {
        INFO(cmd);
        const auto r =
            test::runTfp({QString::fromLatin1(cmd), path, u"--themenfeld"_qs, u"Atlantis"_qs, u"--json"_qs});
        CHECK(r.exitCode == 1);
        CHECK(r.out.isEmpty());
        CHECK(r.err.count('\n') == 1);
        CHECK(r.err.contains("Atlantis"));
        CHECK(r.err.contains("Familie & Kind"));
        CHECK(r.err.contains("Umwelt"));
    }
}

TEST_CASE("tfp prioritise and coverage have --help and refuse bad options", "[cli]")
{
    QTemporaryDir dir;
    const QString path = test::defaultCatalogCopy(dir);
    for (const char *cmd : {"prioritise", "coverage"}) {
        const auto r = test::runTfp({QString::fromLatin1(cmd), u"--help"_qs});
        INFO(cmd);
        CHECK(r.exitCode == 0);
        CHECK(r.out.contains("--themenfeld"));
    }
    CHECK(test::runTfp({u"prioritise"_qs, path, u"--json"_qs}).exitCode == 2);
    CHECK(test::runTfp({u"coverage"_qs, path, u"--scope"_qs, u"bund"_qs}).exitCode == 2);
    CHECK(test::runTfp({u"coverage"_qs, path, u"--today"_qs, u"30.06.2024"_qs}).exitCode == 2);
    CHECK(test::runTfp({u"prioritise"_qs, path, u"--themenfeld"_qs, u"bildung"_qs})
              .out.contains("Priorisierung"));
}

TEST_CASE("tfp coverage names a broken milestone dependency in text and JSON", "[cli][backends]")
{
    QTemporaryDir dir;
    const QString path = test::defaultCatalogOnBackend(dir);
    qint64 rollout = 0, betrieb = 0;
    {
        auto c = Catalog::open(path);
        const PlanSnapshot plan = c->loadPlan(PlanDetail::Summary);
        const int familie = plan.themenfeldByName(kThemenfeld)->id;
        const auto projekt = [&](const QString &name, int index) {
            const ChangeSet cs = edit::createProjekt(*c, familie, name, {});
            c->apply(cs);
            return c->rowsWhere(Table::Meilenstein, col::projektId, cs.changes.first().key)
                .value(index)
                .value(col::id.toString())
                .toLongLong();
        };
        rollout = projekt(u"Kita-Portal"_qs, 4);
        betrieb = projekt(u"Basiskomponente Bescheid"_qs, 5);
        c->apply(edit::setField(*c, Table::Meilenstein, rollout, col::geplant, u"2024-09-01"_qs));
        c->apply(edit::setField(*c, Table::Meilenstein, betrieb, col::geplant, u"2024-08-20"_qs));
        c->apply(edit::addMeilensteinAbhaengigkeit(*c, rollout, betrieb, 30));
    }
    const auto text = test::runTfp(
        {u"coverage"_qs, path, u"--themenfeld"_qs, kThemenfeld, u"--today"_qs, u"2024-06-30"_qs});
    REQUIRE(text.exitCode == 0);
    const QString out = QString::fromUtf8(text.out);
    CHECK(out.contains(u"Terminkonflikte: 1\n"_qs));
    CHECK(out.contains(u"  Abhängigkeit verletzt: „Roll-out / Nachnutzung gestartet“ (Kita-Portal) liegt am "
                       "01.09.2024, 18 Tage vor dem frühesten Termin 19.09.2024"_qs));
    const QJsonObject o = json(test::runTfp({u"coverage"_qs, path, u"--themenfeld"_qs, kThemenfeld,
                                             u"--today"_qs, u"2024-06-30"_qs, u"--json"_qs}));
    const QJsonArray flags = o.value(u"terminkonflikte"_qs).toArray();
    REQUIRE(flags.size() == 1);
    CHECK(flags[0].toObject().value(u"art"_qs).toString() == u"abhaengigkeit");
    CHECK(flags[0].toObject().value(u"meilenstein_id"_qs).toInteger() == rollout);
    CHECK(flags[0].toObject().value(u"anderer_meilenstein_id"_qs).toInteger() == betrieb);
    CHECK(flags[0].toObject().value(u"tage"_qs).toInt() == 18);
}
