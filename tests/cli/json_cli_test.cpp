#include <catch2/catch.hpp>

#include "storage/catalog.h"
#include "support/pgserver.h"
#include "support/testutil.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

using namespace tfp;

namespace {

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

QByteArray exported(const QString &catalog)
{
    const auto r = test::runTfp({u"export-json"_qs, catalog});
    REQUIRE(r.exitCode == 0);
    REQUIRE(r.err.isEmpty());
    return r.out;
}

QJsonObject tablesOf(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object().value(u"tables"_qs).toObject();
}

// The document with one value replaced: tables.<table>[index].<field>; the whole table when index < 0; a
// top-level entry when table is empty.
QByteArray withValue(const QByteArray &json, const QString &table, int index, const QString &field,
                     const QJsonValue &value)
{
    QJsonObject top = QJsonDocument::fromJson(json).object();
    if (table.isEmpty()) {
        top.insert(field, value);
        return QJsonDocument(top).toJson();
    }
    QJsonObject tablesObject = top.value(u"tables"_qs).toObject();
    if (index < 0) {
        tablesObject.insert(table, value);
    } else {
        QJsonArray rows = tablesObject.value(table).toArray();
        QJsonObject row = rows[index].toObject();
        row.insert(field, value);
        rows[index] = row;
        tablesObject.insert(table, rows);
    }
    top.insert(u"tables"_qs, tablesObject);
    return QJsonDocument(top).toJson();
}

} // namespace

TEST_CASE("tfp export-json and import-json carry a plan over byte for byte", "[cli][backends]")
{
    QTemporaryDir dir;
    const QString path = test::defaultCatalogOnBackend(dir);
    {
        auto c = Catalog::open(path);
        ChangeSet cs(u"Umbenennen"_qs);
        cs.append(Change::update(schema::Table::Leistung, 10000, u"name"_qs, u"Elterngeld"_qs,
                                 u"Elterngeld „digital“ \"quoted\" <b>"_qs));
        cs.append(Change::update(schema::Table::Leistung, 10000, u"reifegrad_ziel"_qs, QVariant(), 4));
        c->apply(cs);
    }
    const QByteArray first = exported(path);
    CHECK(first.contains("\"revision\": 1,"));
    CHECK(first.contains("Elterngeld „digital“ \\\"quoted\\\" <b>"));

    const QString out = dir.filePath(u"plan.json"_qs);
    auto r = test::runTfp({u"export-json"_qs, path, u"-o"_qs, out});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.isEmpty());
    CHECK((test::readFile(out) == first)); // as a bool: Catch would print both megabytes

    const QString copy = dir.filePath(u"kopie.tfplan"_qs);
    r = test::runTfp({u"import-json"_qs, copy, out});
    REQUIRE(r.exitCode == 0);
    CHECK(r.err.isEmpty());
    CHECK((exported(copy) == first));

    const auto stats = [](const QString &p) {
        return QJsonDocument::fromJson(test::runTfp({u"stats"_qs, p, u"--json"_qs}).out).object();
    };
    CHECK(stats(copy).value(u"catalog_id"_qs) == stats(path).value(u"catalog_id"_qs));
    CHECK(stats(copy).value(u"revision"_qs).toInt() == 1);
}

TEST_CASE("tfp import-json refuses a bad document with one line naming it and leaves no file", "[cli]")
{
    QTemporaryDir source;
    const QString catalog = test::defaultCatalogCopy(source);
    const QByteArray json = exported(catalog);
    const QJsonObject tablesObject = tablesOf(json);
    const qint64 ozg =
        tablesObject.value(u"leistung"_qs).toArray()[3].toObject().value(u"ozg_id"_qs).toInteger();
    const qint64 lage = tablesObject.value(u"lage"_qs).toArray()[0].toObject().value(u"id"_qs).toInteger();
    const QString leistung3 = u"tables.leistung[3] (ozg_id %1)"_qs.arg(ozg);

    // A colon missing in the first Leistung's row: the message gives that row's line.
    const QList<QByteArray> lines = json.split('\n');
    qsizetype line = 0;
    while (line < lines.size() && !lines[line].startsWith("      {\"ozg_id\": "))
        ++line;
    REQUIRE(line < lines.size());
    QList<QByteArray> broken = lines;
    broken[line].replace("\"name\": ", "\"name\" ");

    struct Case
    {
        const char *what;
        QByteArray document;
        QString fragment;
    };
    const QList<Case> cases{
        {"malformed JSON", broken.join('\n'), u"Zeile %1: kein gültiges JSON"_qs.arg(line + 1)},
        {"a catalog file instead of JSON", test::readFile(catalog), u"Zeile 1: kein gültiges JSON"_qs},
        {"a string for an integer", withValue(json, u"leistung"_qs, 3, u"reifegrad_ist"_qs, u"3"_qs),
         leistung3 + u".reifegrad_ist: erwartet wird eine ganze Zahl oder null, gefunden wurde ein Text"_qs},
        {"out of range", withValue(json, u"leistung"_qs, 3, u"reifegrad_ist"_qs, 8),
         leistung3 + u".reifegrad_ist: erwartet wird ein Wert von 0 bis 7"_qs},
        {"a number for a bool", withValue(json, u"leika"_qs, 0, u"sdg1"_qs, 1),
         u"tables.leika[0] (id 1).sdg1: erwartet wird true oder false"_qs},
        {"an unknown enum code", withValue(json, u"leistung"_qs, 3, u"status"_qs, u"fertig"_qs),
         leistung3 + u".status: erwartet wird einer der Werte ohne, in_planung"_qs},
        {"an unknown table", withValue(json, u"meilensteine"_qs, -1, {}, QJsonArray()),
         u"tables: unbekannte Tabelle „meilensteine“"_qs},
        {"an unknown field", withValue(json, u"leistung"_qs, 3, u"farbe"_qs, u"rot"_qs),
         leistung3 + u": unbekanntes Feld „farbe“"_qs},
        {"an unknown top-level entry", withValue(json, {}, 0, u"kommentar"_qs, u"x"_qs),
         u"unbekannter Eintrag „kommentar“"_qs},
        {"a dangling reference", withValue(json, u"lage"_qs, 0, u"themenfeld_id"_qs, 99),
         u"tables.lage[0] (id %1).themenfeld_id: verweist auf themenfeld 99"_qs.arg(lage)},
        {"a duplicate key",
         withValue(json, u"leistung"_qs, 3, u"ozg_id"_qs,
                   tablesObject.value(u"leistung"_qs).toArray()[1].toObject().value(u"ozg_id"_qs)),
         u"steht schon in tables.leistung[1]"_qs},
        {"a journal entry of a later revision",
         withValue(json, u"journal"_qs, -1, {},
                   QJsonArray{QJsonObject{{u"id"_qs, 1},
                                          {u"revision"_qs, 5},
                                          {u"zeitpunkt"_qs, u"2024-05-01T10:00:00Z"_qs},
                                          {u"entity_table"_qs, u"leistung"_qs},
                                          {u"entity_key"_qs, 10000}}}),
         u"tables.journal[0] (id 1).revision: erwartet wird eine Revision bis 0"_qs},
        {"another format", withValue(json, {}, 0, u"format"_qs, u"ozg-export"_qs),
         u"format: erwartet wird „themenfeldplaner-plan“"_qs},
        {"a newer format version", withValue(json, {}, 0, u"format_version"_qs, 3),
         u"format_version: die Datei hat die Formatversion 3, dieses Programm liest bis Version 2"_qs},
        {"a merge record under a key that is no package id",
         withValue(json, {}, 0, u"merged_packages"_qs, QJsonObject{{u"sitzung"_qs, u"{}"_qs}}),
         u"merged_packages.sitzung: erwartet wird als Schlüssel die Kennung eines Workshop-Pakets"_qs},
        {"a merge record without its facts",
         withValue(
             json, {}, 0, u"merged_packages"_qs,
             QJsonObject{{u"0f8fad5b-d9cb-469f-a165-70867728950e"_qs, u"{\"datei\": \"a.tfreview\"}"_qs}}),
         u"merged_packages.0f8fad5b-d9cb-469f-a165-70867728950e: erwartet wird ein Text mit dem "
         u"Übernahme-Vermerk"_qs},
        {"another schema version", withValue(json, {}, 0, u"schema_version"_qs, schema::kVersion + 1),
         u"schema_version: die Datei stammt aus einem Katalog mit Schemaversion %1"_qs.arg(schema::kVersion +
                                                                                           1)},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        QTemporaryDir in, target;
        const QString input = in.filePath(u"eingang.json"_qs);
        test::writeFile(input, c.document);
        const QByteArray hash = test::fileHash(input);
        const QString newFile = target.filePath(u"neu.tfplan"_qs);
        const auto r = test::runTfp({u"import-json"_qs, newFile, input});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.out.isEmpty());
        CHECK(r.err.count('\n') == 1);
        CHECK(r.err.contains("eingang.json"));
        CHECK(QString::fromUtf8(r.err).contains(c.fragment));
        CHECK_FALSE(QFileInfo::exists(newFile));
        CHECK(entries(target.path()).isEmpty());
        CHECK(test::fileHash(input) == hash);
    }
}

TEST_CASE("tfp import-json refuses an existing file and leaves it byte for byte", "[cli]")
{
    QTemporaryDir dir;
    const QString catalog = test::defaultCatalogCopy(dir);
    const QString json = dir.filePath(u"plan.json"_qs);
    test::writeFile(json, exported(catalog));
    const QString existing = dir.filePath(u"vorhanden.tfplan"_qs);
    test::writeFile(existing, "Notizen, kein Katalog\n");
    const QStringList before = entries(dir.path());

    for (const QString &target : {existing, catalog}) {
        INFO(target.toStdString());
        const QByteArray hash = test::fileHash(target);
        const auto r = test::runTfp({u"import-json"_qs, target, json});
        CHECK(r.exitCode == 1);
        CHECK(r.err.count('\n') == 1);
        CHECK(r.err.contains(QFileInfo(target).fileName().toUtf8()));
        CHECK(r.err.contains("gibt es schon"));
        CHECK(test::fileHash(target) == hash);
        CHECK(entries(dir.path()) == before);
    }
}

TEST_CASE("tfp export-json refuses a file that is not a catalog and writes nothing", "[cli]")
{
    QTemporaryDir dir;
    const QString notes = dir.filePath(u"notizen.tfplan"_qs);
    test::writeFile(notes, "Notizen vom Jour-Fix\n");
    const QString out = dir.filePath(u"plan.json"_qs);
    for (const QStringList &args :
         {QStringList{u"export-json"_qs, notes}, QStringList{u"export-json"_qs, notes, u"-o"_qs, out}}) {
        const auto r = test::runTfp(args);
        CHECK(r.exitCode == 1);
        CHECK(r.out.isEmpty());
        CHECK(r.err.count('\n') == 1);
        CHECK(r.err.contains("notizen.tfplan"));
    }
    CHECK_FALSE(QFileInfo::exists(out));
    CHECK(test::readFile(notes) == "Notizen vom Jour-Fix\n");
    CHECK(entries(dir.path()) == QStringList{u"notizen.tfplan"_qs});
}

TEST_CASE("tfp export-json and import-json have --help and check their arguments", "[cli]")
{
    for (const char *cmd : {"export-json", "import-json"}) {
        INFO(cmd);
        const auto r = test::runTfp({QString::fromLatin1(cmd), u"--help"_qs});
        CHECK(r.exitCode == 0);
        CHECK(r.out.contains("--help"));
        CHECK(test::runTfp({QString::fromLatin1(cmd)}).exitCode == 2);
    }
    CHECK(test::runTfp({u"--help"_qs}).out.contains("export-json"));
}
