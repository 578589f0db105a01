#include <catch2/catch.hpp>

#include "storage/catalog.h"
#include "support/testutil.h"

using namespace tfp;

TEST_CASE("tfp stats refuses a catalog with a trigger or a recursive view at once", "[cli]")
{
    QTemporaryDir dir;
    const QString path = test::defaultCatalogCopy(dir);
    SECTION("trigger")
    {
        test::tamper(path,
                     {u"CREATE TRIGGER wipe AFTER UPDATE ON leistung BEGIN DELETE FROM nachnutzung; END"_qs});
    }
    SECTION("recursive view")
    {
        test::tamper(
            path, {u"DROP TABLE leistung"_qs,
                   u"CREATE VIEW leistung AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) "
                   "SELECT n AS ozg_id FROM r"_qs});
    }
    const QByteArray before = test::fileHash(path);
    // A recursive view that ran would never end: the time limit turns a hang into a failure.
    const auto r = test::runTfp({u"stats"_qs, path}, 20000);
    CHECK(r.exitCode == 1);
    CHECK(r.err.count('\n') == 1);
    CHECK(r.err.contains("katalog.tfplan"));
    CHECK(r.err.contains("gehört nicht zum Schema") != r.err.contains("ist aber eine Sicht"));
    CHECK(test::fileHash(path) == before);
}

TEST_CASE("tfp repair copies the valid rows of a refused catalog into a new one and lists what it left out",
          "[cli]")
{
    QTemporaryDir dir;
    const QString path = test::defaultCatalogCopy(dir);
    const QString id = Catalog::open(path, Catalog::Access::ReadOnly)->catalogId();
    const QString journal =
        u"INSERT INTO journal (id, revision, zeitpunkt, autor, quelle, beschreibung, entity_table, "
        "entity_key, spalte, alt, neu) VALUES (%1, 3, '%2', 'a', '', 'd', '%3', 10601, 'status', "
        "'ohne', 'online')"_qs;
    test::tamper(
        path,
        {u"INSERT INTO projekt (id, themenfeld_id, name) VALUES (1, 1, 'P')"_qs,
         u"INSERT INTO zahlung (id, projekt_id, jahr, quartal, plan_cent) VALUES (1, 1, 2026, 2, 500)"_qs,
         u"INSERT INTO zahlung (id, projekt_id, jahr, quartal) VALUES (2, 1, 2026, 168619)"_qs,
         u"CREATE TRIGGER wipe AFTER UPDATE ON leistung BEGIN DELETE FROM nachnutzung; END"_qs,
         journal.arg(u"1"_qs, u"2026-01-02T03:04:05Z"_qs, u"leistung"_qs),
         journal.arg(u"2"_qs, u"kaputt"_qs, u"leistung"_qs)});
    const QByteArray before = test::fileHash(path);
    REQUIRE_THROWS(Catalog::open(path));
    const QString repaired = dir.filePath(u"repariert.tfplan"_qs);

    auto r = test::runTfp({u"repair"_qs, path, u"-o"_qs, repaired});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(test::fileHash(path) == before);
    CHECK(r.err.contains("ausgelassen: Schema: Trigger „wipe“ auf „leistung“ gehört nicht zum Schema"));
    CHECK(r.err.contains("ausgelassen: zahlung 2, Feld „quartal“: erwartet wird ein Wert von 1 bis 4"));
    CHECK(r.err.contains("ausgelassen: journal 2: der Zeitpunkt ist ungültig"));
    CHECK(r.err.count('\n') == 3);
    CHECK(r.out.contains("repariert.tfplan"));

    const auto c = Catalog::open(repaired, Catalog::Access::ReadOnly);
    CHECK(c->catalogId() == id);
    CHECK(c->revision() == 3);
    CHECK(c->row(schema::Table::Zahlung, 1).has_value());
    CHECK_FALSE(c->row(schema::Table::Zahlung, 2).has_value());
    CHECK(c->row(schema::Table::Projekt, 1).has_value());
    const auto original =
        Catalog::open(test::defaultCatalogCopy(dir, u"original.tfplan"_qs), Catalog::Access::ReadOnly);
    for (const schema::TableDef &def : schema::tables()) {
        INFO(def.name.toStdString());
        const qint64 added = def.id == schema::Table::Projekt || def.id == schema::Table::Zahlung ? 1 : 0;
        CHECK(c->count(def.id) == original->count(def.id) + added);
    }
    REQUIRE(c->journal().size() == 1);
    CHECK(c->journal()[0].neu == u"online");

    const QByteArray repairedHash = test::fileHash(repaired);
    r = test::runTfp({u"repair"_qs, path, u"-o"_qs, repaired});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("gibt es schon"));
    CHECK(test::fileHash(repaired) == repairedHash);

    r = test::runTfp({u"repair"_qs, u"--help"_qs});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains("-o, --output <NEU>"));
}
