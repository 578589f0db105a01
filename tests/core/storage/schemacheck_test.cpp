#include <catch2/catch.hpp>

#include "error.h"
#include "storage/catalog.h"
#include "support/testutil.h"

#include <QFileInfo>

using namespace tfp;

namespace {

// Opens path the way the CLI (all pages) and the GUI (header only) do; both must refuse with a message that
// names the file and contains every fragment, and leave the file as it was, byte for byte.
void requireRefused(const QString &path, const QStringList &fragments)
{
    const QByteArray before = test::fileHash(path);
    for (const auto verify : {Catalog::Verify::Pages, Catalog::Verify::HeaderOnly}) {
        try {
            Catalog::open(path, Catalog::Access::ReadWrite, verify);
            FAIL("opened although it should be refused");
        } catch (const Error &e) {
            INFO(e.message().toStdString());
            CHECK(e.message().contains(QFileInfo(path).fileName()));
            for (const QString &f : fragments)
                CHECK(e.message().contains(f));
        }
        CHECK(test::fileHash(path) == before);
    }
}

const QString kWipeTrigger =
    u"CREATE TRIGGER wipe AFTER UPDATE ON leistung BEGIN DELETE FROM projekt_leistung; "
    "DELETE FROM nachnutzung; END"_qs;
const QString kRecursiveView =
    u"CREATE VIEW leistung AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 "
    "FROM r) SELECT n AS ozg_id, 1 AS lage_id, 'x' AS name FROM r"_qs;

} // namespace

TEST_CASE("a catalog whose schema holds foreign or changed objects is refused and left untouched", "[core]")
{
    QTemporaryDir dir;
    const QString path = test::defaultCatalogCopy(dir);

    SECTION("triggers on a table and on the journal")
    {
        test::tamper(path, {kWipeTrigger, u"CREATE TRIGGER forget AFTER INSERT ON journal BEGIN DELETE FROM "
                                          "journal WHERE id = new.id; END"_qs});
        requireRefused(path, {u"Trigger „wipe“ auf „leistung“ gehört nicht zum Schema"_qs,
                              u"Trigger „forget“ auf „journal“"_qs});
    }
    SECTION("a table replaced by a recursive view")
    {
        test::tamper(path, {u"DROP TABLE leistung"_qs, kRecursiveView});
        requireRefused(path, {u"„leistung“ muss eine Tabelle sein, ist aber eine Sicht"_qs});
    }
    SECTION("an extra view")
    {
        test::tamper(path, {u"CREATE VIEW alles AS SELECT * FROM leistung"_qs});
        requireRefused(path, {u"Sicht „alles“ gehört nicht zum Schema"_qs});
    }
    SECTION("an extra table")
    {
        test::tamper(path, {u"CREATE TABLE notizen (x TEXT)"_qs});
        requireRefused(path, {u"Tabelle „notizen“ gehört nicht zum Schema"_qs});
    }
    SECTION("an extra index")
    {
        test::tamper(path, {u"CREATE INDEX idx_name ON leistung (name)"_qs});
        requireRefused(path, {u"Index „idx_name“ auf „leistung“ gehört nicht zum Schema"_qs});
    }
    SECTION("a missing index")
    {
        test::tamper(path, {u"DROP INDEX idx_zahlung_projekt_id"_qs});
        requireRefused(path, {u"Index „idx_zahlung_projekt_id“ fehlt"_qs});
    }
    SECTION("a changed column type")
    {
        test::tamper(path, {u"UPDATE sqlite_master SET sql = replace(sql, 'quartal INTEGER', 'quartal TEXT') "
                            "WHERE name = 'zahlung'"_qs});
        requireRefused(path, {u"Tabelle „zahlung“: Spalte „quartal“ hat den Typ „TEXT“ statt „INTEGER“"_qs});
    }
    SECTION("a dropped CHECK constraint")
    {
        test::tamper(path,
                     {u"UPDATE sqlite_master SET sql = replace(sql, 'CHECK (quartal >= 1 AND quartal <= 4)', "
                      "'') WHERE name = 'zahlung'"_qs});
        requireRefused(path, {u"Tabelle „zahlung“: Einschränkungen oder Tabellenoptionen verändert"_qs});
    }
    SECTION("an extra column")
    {
        test::tamper(path, {u"ALTER TABLE projekt ADD COLUMN geheim TEXT"_qs});
        requireRefused(path, {u"Tabelle „projekt“: zusätzliche Spalte „geheim“"_qs});
    }
}

TEST_CASE("a catalog whose id is not a lower-case UUID is refused and left untouched", "[core]")
{
    QTemporaryDir dir;
    const QString path = test::defaultCatalogCopy(dir);
    SECTION("line breaks that would end up in every iCalendar UID")
    {
        test::tamper(path,
                     {u"UPDATE catalog_meta SET value = 'x\r\nBEGIN:VEVENT' WHERE key = 'catalog_id'"_qs});
        requireRefused(path, {u"Katalogkennung „x\uFFFD\uFFFDBEGIN:VEVENT“ ist keine UUID"_qs});
    }
    SECTION("an upper-case UUID")
    {
        test::tamper(path, {u"UPDATE catalog_meta SET value = upper(value) WHERE key = 'catalog_id'"_qs});
        requireRefused(path, {u"ist keine UUID in Kleinbuchstaben"_qs});
    }
    SECTION("no id at all")
    {
        test::tamper(path, {u"DELETE FROM catalog_meta WHERE key = 'catalog_id'"_qs});
        requireRefused(path, {u"Katalogkennung leer ist keine UUID"_qs});
    }
}

TEST_CASE("a catalog being created takes over only a lower-case UUID as its id", "[core]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"neu.tfplan"_qs);
    REQUIRE_THROWS_WITH(Catalog::create(path, [](Catalog &c) { c.setIdentityRaw(u"a\nb"_qs, 0); }),
                        Catch::Contains("keine UUID"));
    CHECK_FALSE(QFileInfo::exists(path));
    const QString id = u"0f8fad5b-d9cb-469f-a165-70867728950e"_qs;
    CHECK(Catalog::create(path, [&](Catalog &c) { c.setIdentityRaw(id, 3); })->catalogId() == id);
}

TEST_CASE("a catalog with values outside its rules is refused with table, row, field and rule", "[core]")
{
    QTemporaryDir dir;
    const QString path = test::defaultCatalogCopy(dir);
    const QString projekt = u"INSERT INTO projekt (id, themenfeld_id, name) VALUES (1, 1, 'P')"_qs;
    const auto zahlung = [](const char *jahr, const char *quartal) {
        return u"INSERT INTO zahlung (id, projekt_id, jahr, quartal) VALUES (7, 1, %1, %2)"_qs.arg(
            QLatin1String(jahr), QLatin1String(quartal));
    };
    SECTION("a quarter far out of range")
    {
        test::tamper(path, {projekt, zahlung("2026", "168619")});
        requireRefused(path,
                       {u"Tabelle „zahlung“, Eintrag „7“, Feld „quartal“: Wert „168619“ – erwartet wird ein "
                        "Wert von 1 bis 4"_qs});
    }
    SECTION("a year far out of range")
    {
        test::tamper(path, {projekt, zahlung("3000000", "1")});
        requireRefused(path, {u"Feld „jahr“: Wert „3000000“ – erwartet wird ein Wert von 2000 bis 2100"_qs});
    }
    SECTION("a quarter at the integer limit")
    {
        test::tamper(path, {projekt, zahlung("2026", "2147483647")});
        requireRefused(path, {u"Feld „quartal“: Wert „2147483647“"_qs});
    }
    SECTION("text where a number belongs")
    {
        test::tamper(path, {projekt, zahlung("'zwanzig'", "1")});
        requireRefused(path, {u"Feld „jahr“: Wert „zwanzig“ – erwartet wird eine ganze Zahl"_qs});
    }
    SECTION("an unknown status code")
    {
        test::tamper(path, {u"UPDATE leistung SET status = 'kaputt' WHERE ozg_id = (SELECT min(ozg_id) FROM "
                            "leistung)"_qs});
        requireRefused(path,
                       {u"Tabelle „leistung“"_qs, u"Feld „status“: Wert „kaputt“ – erwartet wird einer der "
                                                  "Werte ohne, in_planung"_qs});
    }
    SECTION("an impossible date")
    {
        test::tamper(path, {projekt, u"UPDATE projekt SET start = '2026-02-30' WHERE id = 1"_qs});
        requireRefused(path, {u"Feld „start“: Wert „2026-02-30“ – erwartet wird ein gültiges Datum"_qs});
    }
    SECTION("a reference to a row that does not exist")
    {
        test::tamper(
            path,
            {projekt, u"INSERT INTO projekt_leistung (id, projekt_id, ozg_id) VALUES (4, 1, 999998)"_qs});
        requireRefused(
            path, {u"Tabelle „projekt_leistung“, Eintrag „4“, Feld „ozg_id“: Wert „999998“ – verweist auf "
                   "einen Eintrag in „leistung“, den es nicht gibt"_qs});
    }
}
