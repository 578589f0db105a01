#include <catch2/catch.hpp>

#include "error.h"
#include "exchange/planjson.h"
#include "storage/catalog.h"
#include "support/pgserver.h"
#include "support/testutil.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace tfp;
using namespace tfp::schema;

namespace {

qint64 beteiligter(const Catalog &c, const QString &kuerzel)
{
    return c.rowsWhere(Table::Beteiligter, col::kuerzel, kuerzel)
        .value(0)
        .value(col::id.toString())
        .toLongLong();
}

// The default catalog after a few edits, so that the journal, nulls turned into values, a real that has no
// exact binary form and text that needs escaping all travel through the document.
std::unique_ptr<Catalog> editedCatalog(const QTemporaryDir &dir)
{
    auto c = Catalog::open(test::defaultCatalogOnBackend(dir));
    const qint64 p = c->allocateKey(Table::Projekt);
    ChangeSet project(u"Projekt anlegen"_qs);
    project.append(Change::insert(Table::Projekt, p,
                                  {{u"themenfeld_id"_qs, 6},
                                   {u"name"_qs, u"Elterngeld für Familien „digital“"_qs},
                                   {u"koordination_id"_qs, beteiligter(*c, u"HB"_qs)},
                                   {u"efa_modell"_qs, u"efa_nachnutzung"_qs},
                                   {u"start"_qs, u"2025-01-15"_qs},
                                   {u"budget_cent"_qs, 123456789}}));
    project.append(Change::insert(Table::ProjektLeistung, c->allocateKey(Table::ProjektLeistung),
                                  {{u"projekt_id"_qs, p}, {u"ozg_id"_qs, 10000}}));
    project.append(Change::insert(Table::Meilenstein, c->allocateKey(Table::Meilenstein),
                                  {{u"projekt_id"_qs, p},
                                   {u"phase"_qs, u"konzeption"_qs},
                                   {u"titel"_qs, u"\"quoted\" <b>\tTab\nZeile\\"_qs},
                                   {u"geplant"_qs, u"2027-03-31"_qs},
                                   {u"abnahme_durch"_qs, beteiligter(*c, u"BMFSFJ"_qs)},
                                   {u"ozg_id"_qs, 10000}}));
    c->apply(project, u"test"_qs);

    ChangeSet edits(u"Reifegrad und Aufwand ändern"_qs);
    edits.append(Change::update(Table::Leistung, 10000, col::reifegradIst.toString(), QVariant(), 3));
    edits.append(Change::update(Table::Leistung, 10000, col::aufwandPt.toString(), QVariant(), 0.1));
    edits.append(
        Change::update(Table::Leistung, 10000, col::goLive.toString(), QVariant(), u"2026-07-01"_qs));
    edits.append(Change::update(Table::Leistung, 10001, col::name.toString(),
                                c->value(Table::Leistung, 10001, col::name), u"Übergröße \"quoted\" <b>"_qs));
    edits.append(Change::update(Table::Kriterium, 1, col::gewicht.toString(), 1.0, 2.0 / 3.0));
    c->apply(edits);
    return c;
}

} // namespace

TEST_CASE("a plan survives export, import and export byte for byte with its identity and journal",
          "[core][backends]")
{
    QTemporaryDir dir;
    const auto original = editedCatalog(dir);
    const QByteArray first = exportPlanJson(*original);

    const QString copyPath = dir.filePath(u"kopie.tfplan"_qs);
    Catalog::create(copyPath, [&](Catalog &c) { importPlanJson(c, first, u"plan.json"_qs); });
    const auto copy = Catalog::open(copyPath);
    const QByteArray second = exportPlanJson(*copy);
    CHECK(second.size() == first.size());
    CHECK((second == first)); // as a bool: Catch would print both megabytes

    CHECK(copy->catalogId() == original->catalogId());
    CHECK(copy->revision() == original->revision());
    CHECK(copy->revision() == 2);
    const auto before = original->journal(0), after = copy->journal(0);
    REQUIRE(after.size() == before.size());
    REQUIRE(before.size() == 8);
    for (qsizetype i = 0; i < before.size(); ++i) {
        INFO(i);
        CHECK(after[i].id == before[i].id);
        CHECK(after[i].revision == before[i].revision);
        CHECK(after[i].zeitpunkt == before[i].zeitpunkt);
        CHECK(after[i].autor == before[i].autor);
        CHECK(after[i].quelle == before[i].quelle);
        CHECK(after[i].beschreibung == before[i].beschreibung);
        CHECK(after[i].table == before[i].table);
        CHECK(after[i].key == before[i].key);
        CHECK(after[i].column == before[i].column);
        CHECK(after[i].alt == before[i].alt);
        CHECK(after[i].neu == before[i].neu);
        CHECK(after[i].anmeldung == before[i].anmeldung);
    }
    CHECK(copy->value(Table::Leistung, 10000, col::aufwandPt).toDouble() == 0.1);
    CHECK(copy->value(Table::Kriterium, 1, col::gewicht).toDouble() == 2.0 / 3.0);
    CHECK(copy->value(Table::Leistung, 10001, col::name).toString() == u"Übergröße \"quoted\" <b>");
    CHECK(copy->value(Table::Meilenstein, 1, col::titel).toString() == u"\"quoted\" <b>\tTab\nZeile\\");
    for (const auto &def : tables())
        CHECK(copy->count(def.id) == original->count(def.id));

    // Identity and revision are the document's, not new ones: later changes continue the history.
    ChangeSet more;
    more.append(Change::update(Table::Leistung, 10002, col::reifegradIst.toString(), QVariant(), 1));
    copy->apply(more);
    CHECK(copy->revision() == 3);
    CHECK(copy->journal(2).size() == 1);
}

TEST_CASE("the plan document lists every table and column of the schema with JSON types that fit", "[core]")
{
    QTemporaryDir dir;
    const auto c = editedCatalog(dir);
    const QByteArray json = exportPlanJson(*c);
    CHECK((exportPlanJson(*c) == json));

    QJsonParseError e;
    const QJsonObject top = QJsonDocument::fromJson(json, &e).object();
    REQUIRE(e.error == QJsonParseError::NoError);
    CHECK(top.value(u"format"_qs).toString() == u"themenfeldplaner-plan");
    CHECK(top.value(u"format_version"_qs).toInteger() == kPlanJsonFormatVersion);
    CHECK(top.value(u"schema_version"_qs).toInteger() == kVersion);
    CHECK(top.value(u"catalog_id"_qs).toString() == c->catalogId());
    CHECK(top.value(u"revision"_qs).toInteger() == c->revision());
    CHECK(top.value(u"merged_packages"_qs).isObject()); // the workshop packages merged into it, by id
    CHECK(top.keys().size() == 7);

    // Tables appear in schema order, journal last; within a row the columns keep the schema's order.
    const QJsonObject tablesObject = top.value(u"tables"_qs).toObject();
    CHECK(tablesObject.size() == tables().size() + 1);
    qsizetype lastPos = -1;
    for (const auto &def : tables()) {
        INFO(def.name.toStdString());
        const qsizetype pos = json.indexOf("\n    \"" + def.name.toUtf8() + "\": [");
        CHECK(pos > lastPos);
        lastPos = pos;
        const QJsonArray rows = tablesObject.value(def.name).toArray();
        CHECK(rows.size() == c->count(def.id));
        if (!rows.isEmpty()) {
            const qsizetype rowPos = json.indexOf('{', pos);
            const QByteArray line = json.mid(rowPos, json.indexOf('\n', rowPos) - rowPos);
            qsizetype at = 0;
            for (const Column &col : def.columns) {
                INFO(col.name.toStdString());
                at = line.indexOf("\"" + col.name.toUtf8() + "\": ", at);
                CHECK(at >= 0);
                if (col.type == Type::Real) {
                    // A real reads as one even when it is whole: "4.0", not "4".
                    const qsizetype from = at + col.name.size() + 4;
                    const QByteArray number = line.mid(from, line.indexOf(',', from) - from);
                    CHECK((number == "null" || number.contains('.') || number.contains('e')));
                }
            }
        }
        qint64 lastKey = 0;
        for (const QJsonValue &r : rows) {
            const QJsonObject row = r.toObject();
            CHECK(row.size() == def.columns.size());
            CHECK(row.value(def.key).toInteger() > lastKey);
            lastKey = row.value(def.key).toInteger();
            for (const Column &col : def.columns) {
                const QJsonValue v = row.value(col.name);
                if (v.isNull()) {
                    CHECK(col.nullable);
                    continue;
                }
                switch (col.type) {
                case Type::Integer:
                    CHECK(v.toVariant().typeId() == QMetaType::LongLong);
                    break;
                case Type::Real:
                    CHECK(v.isDouble());
                    break;
                case Type::Bool:
                    CHECK(v.isBool());
                    break;
                default:
                    CHECK(v.isString());
                }
            }
        }
    }
    CHECK(json.indexOf("\n    \"journal\": [") > lastPos);
    CHECK(tablesObject.value(u"journal"_qs).toArray().size() == c->journal(0).size());
}

// File only: the subject is a received plan document and the new file catalog it would become.
TEST_CASE("a plan document with a wrong value is refused with its field path and nothing is created",
          "[core]")
{
    QTemporaryDir source, target;
    const auto c = Catalog::open(test::defaultCatalogCopy(source));
    QJsonObject top = QJsonDocument::fromJson(exportPlanJson(*c)).object();
    QJsonObject tablesObject = top.value(u"tables"_qs).toObject();
    QJsonArray leistungen = tablesObject.value(u"leistung"_qs).toArray();
    QJsonObject row = leistungen[3].toObject();
    const qint64 ozg = row.value(u"ozg_id"_qs).toInteger();

    QString expected;
    SECTION("out of range")
    {
        row.insert(u"reifegrad_ist"_qs, 8);
        expected =
            u"tables.leistung[3] (ozg_id %1).reifegrad_ist: erwartet wird ein Wert von 0 bis 7"_qs.arg(ozg);
    }
    SECTION("a string is not converted into a number, not even an empty one into null")
    {
        row.insert(u"reifegrad_ist"_qs, u""_qs);
        expected = u"tables.leistung[3] (ozg_id %1).reifegrad_ist: erwartet wird eine ganze Zahl oder null, "
                   "gefunden wurde ein leerer Text"_qs.arg(ozg);
    }
    SECTION("an empty string is no date")
    {
        row.insert(u"go_live"_qs, u""_qs);
        expected = u"tables.leistung[3] (ozg_id %1).go_live: erwartet wird ein Datum"_qs.arg(ozg);
    }
    leistungen[3] = row;
    tablesObject.insert(u"leistung"_qs, leistungen);
    top.insert(u"tables"_qs, tablesObject);
    const QByteArray json = QJsonDocument(top).toJson();

    const QString path = target.filePath(u"neu.tfplan"_qs);
    try {
        Catalog::create(path, [&](Catalog &n) { importPlanJson(n, json, u"eingang.json"_qs); });
        FAIL("imported although the document is wrong");
    } catch (const Error &e) {
        INFO(e.message().toStdString());
        CHECK(e.message().startsWith(u"„eingang.json“, "));
        CHECK(e.message().contains(expected));
    }
    CHECK(QDir(target.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
}

TEST_CASE("a whole number beyond the integer range is refused before it is converted", "[core]")
{
    // Converting 1e300 to an integer is undefined behaviour (clang's -fsanitize=float-cast-overflow).
    QTemporaryDir dir;
    const QByteArray json =
        R"({"format": "themenfeldplaner-plan", "format_version": 1, "schema_version": 1,
        "catalog_id": "0f8fad5b-d9cb-469f-a165-70867728950e", "revision": 0,
        "tables": {"themenfeld": [{"id": 1, "name": "Umwelt", "sort_order": 1e300}]}})";
    const QString path = dir.filePath(u"a.tfplan"_qs);
    REQUIRE_THROWS_WITH(Catalog::create(path, [&](Catalog &c) { importPlanJson(c, json, u"a.json"_qs); }),
                        Catch::Contains("tables.themenfeld[0] (id 1).sort_order: erwartet wird eine ganze "
                                        "Zahl von -8999999999999999 bis 8999999999999999"));
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("a plan document may leave out empty tables but not the catalog identity", "[core]")
{
    QTemporaryDir dir;
    const QByteArray minimal =
        R"({"format": "themenfeldplaner-plan", "format_version": 1, "schema_version": 1,
        "catalog_id": "0f8fad5b-d9cb-469f-a165-70867728950e", "revision": 0,
        "tables": {"themenfeld": [{"id": 1, "name": "Umwelt"}]}})";
    Catalog::create(dir.filePath(u"a.tfplan"_qs),
                    [&](Catalog &c) { importPlanJson(c, minimal, u"a.json"_qs); });
    const auto a = Catalog::open(dir.filePath(u"a.tfplan"_qs));
    CHECK(a->catalogId() == u"0f8fad5b-d9cb-469f-a165-70867728950e");
    CHECK(a->count(Table::Themenfeld) == 1);
    CHECK(a->value(Table::Themenfeld, 1, col::schwelleHoechste).toDouble() == 4.0); // the schema default

    QByteArray noId = minimal;
    noId.replace("\"catalog_id\": \"0f8fad5b-d9cb-469f-a165-70867728950e\",", "");
    REQUIRE(noId != minimal);
    REQUIRE_THROWS_WITH(Catalog::create(dir.filePath(u"b.tfplan"_qs),
                                        [&](Catalog &c) { importPlanJson(c, noId, u"b.json"_qs); }),
                        Catch::Contains("b.json") && Catch::Contains("catalog_id"));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(u"b.tfplan"_qs)));
}

TEST_CASE("the journal's login goes out and comes back with the plan; a document of schema 2 has none",
          "[core]")
{
    QTemporaryDir dir;
    const auto journalOf = [&](const QByteArray &json, const QString &name) {
        const QString path = dir.filePath(name);
        Catalog::create(path, [&](Catalog &c) { importPlanJson(c, json, name); });
        return Catalog::open(path)->journal(0);
    };
    // As a server catalog's copy holds it: the login the server wrote for the change.
    const QByteArray withLogin =
        R"({"format": "themenfeldplaner-plan", "format_version": 1, "schema_version": 3,
        "catalog_id": "0f8fad5b-d9cb-469f-a165-70867728950e", "revision": 1,
        "tables": {"themenfeld": [{"id": 1, "name": "Umwelt"}],
        "journal": [{"id": 1, "revision": 1, "zeitpunkt": "2026-12-07T01:00:00.000Z", "autor": "Anna Muster",
          "entity_table": "themenfeld", "entity_key": 1, "spalte": "name", "alt": "Natur", "neu": "Umwelt",
          "anmeldung": "anna_m"}]}})";
    const auto kept = journalOf(withLogin, u"a.tfplan"_qs);
    REQUIRE(kept.size() == 1);
    CHECK(kept[0].anmeldung == u"anna_m");
    CHECK(kept[0].autor == u"Anna Muster");
    const QByteArray again = exportPlanJson(*Catalog::open(dir.filePath(u"a.tfplan"_qs)));
    CHECK(again.contains(R"("anmeldung": "anna_m")"));

    // Written by the program of schema 2, before the journal named logins: read with none.
    QByteArray older = withLogin;
    older.replace(R"("schema_version": 3)", R"("schema_version": 2)");
    older.replace(R"(,
          "anmeldung": "anna_m")",
                  "");
    REQUIRE_FALSE(older.contains("anmeldung"));
    const auto read = journalOf(older, u"b.tfplan"_qs);
    REQUIRE(read.size() == 1);
    CHECK(read[0].anmeldung.isEmpty());
    CHECK(read[0].neu == u"Umwelt");
}

TEST_CASE("identity and journal can only be set while a catalog is being created", "[core][backends]")
{
    QTemporaryDir dir;
    const auto c = Catalog::open(test::defaultCatalogOnBackend(dir));
    const QString id = c->catalogId();
    CHECK_THROWS_AS(c->setIdentityRaw(u"0f8fad5b-d9cb-469f-a165-70867728950e"_qs, 7), Error);
    CHECK_THROWS_AS(c->insertJournalRaw(JournalEntry{}), Error);
    CHECK(c->catalogId() == id);
    CHECK(c->revision() == 0);
    CHECK(c->journal(0).isEmpty());
}

// File only: the subject is a received plan document and the new file catalog it would become.
TEST_CASE("a plan document is held to the same value rules as an edit in the app", "[core]")
{
    QTemporaryDir source, target;
    const auto c = editedCatalog(source);
    const qint64 projekt =
        c->rowsWhere(Table::Projekt, col::themenfeldId, 6).value(0).value(u"id"_qs).toLongLong();
    const qint64 meilenstein =
        c->rowsWhere(Table::Meilenstein, col::projektId, projekt).value(0).value(u"id"_qs).toLongLong();
    QJsonObject top = QJsonDocument::fromJson(exportPlanJson(*c)).object();
    QJsonObject tablesObject = top.value(u"tables"_qs).toObject();
    // Sets values of the row with this key; returns the row's path in the document.
    const auto set = [&](const QString &tableName, qint64 key, const QJsonObject &values) {
        QJsonArray rows = tablesObject.value(tableName).toArray();
        const QString keyColumn = table(*tableByName(tableName)).key;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QJsonObject row = rows[i].toObject();
            if (row.value(keyColumn).toInteger() != key)
                continue;
            for (auto it = values.begin(); it != values.end(); ++it)
                row.insert(it.key(), it.value());
            rows[i] = row;
            tablesObject.insert(tableName, rows);
            return u"tables.%1[%2] (%3 %4)"_qs.arg(tableName).arg(i).arg(keyColumn).arg(key);
        }
        FAIL("no such row");
        return QString();
    };

    QString field, fragment;
    SECTION("Reifegrad 6 under model 1.x")
    {
        field = set(u"leistung"_qs, 10000, {{u"reifegrad_ist"_qs, 6}}) + u".reifegrad_ist"_qs;
        fragment = u"Stufen 0 bis 4"_qs;
    }
    SECTION("a Ziel below the Ist")
    {
        field = set(u"leistung"_qs, 10000, {{u"reifegrad_ist"_qs, 3}, {u"reifegrad_ziel"_qs, 2}}) +
                u".reifegrad_ist"_qs;
        fragment = u"Ziel-Reifegrad (2)"_qs;
    }
    SECTION("thresholds that do not descend")
    {
        field = set(u"themenfeld"_qs, 6, {{u"schwelle_hoechste"_qs, 2.0}, {u"schwelle_hohe"_qs, 3.0}}) +
                u".schwelle_hoechste"_qs;
        fragment = u"Schwellen müssen absteigen"_qs;
    }
    SECTION("a project that ends before it starts")
    {
        field = set(u"projekt"_qs, projekt, {{u"ende"_qs, u"2024-12-31"_qs}}) + u".ende"_qs;
        fragment = u"vor dem Projektbeginn"_qs;
    }
    SECTION("a milestone reached in the future")
    {
        field = set(u"meilenstein"_qs, meilenstein,
                    {{u"ist"_qs, QDate::currentDate().addDays(10).toString(Qt::ISODate)}}) +
                u".ist"_qs;
        fragment = u"in der Zukunft"_qs;
    }
    SECTION("a milestone reached before its project began")
    {
        field = set(u"meilenstein"_qs, meilenstein, {{u"ist"_qs, u"2024-06-30"_qs}}) + u".ist"_qs;
        fragment = u"vor dem Projektbeginn"_qs;
    }
    top.insert(u"tables"_qs, tablesObject);
    const QByteArray json = QJsonDocument(top).toJson();
    const QString path = target.filePath(u"neu.tfplan"_qs);
    try {
        Catalog::create(path, [&](Catalog &n) { importPlanJson(n, json, u"eingang.json"_qs); });
        FAIL("imported although a value breaks the rules");
    } catch (const Error &e) {
        INFO(e.message().toStdString());
        CHECK(e.message().startsWith(u"„eingang.json“, "));
        CHECK(e.message().contains(field + u": "_qs));
        CHECK(e.message().contains(fragment));
    }
    CHECK(QDir(target.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
}
