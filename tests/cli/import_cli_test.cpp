#include <catch2/catch.hpp>

#include "support/pgserver.h"
#include "support/testutil.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace tfp;

TEST_CASE("tfp import previews with --dry-run, applies, and refuses bad rows with one line each",
          "[cli][backends]")
{
    QTemporaryDir dir;
    const QString catalog = test::defaultCatalogOnBackend(dir);
    const QString input = dir.filePath(u"leistungen.csv"_qs);
    test::writeFile(input, "ozg_id;status;reifegrad_ist\n10000;online;3\n10001;in Planung;\n");
    const QByteArray before = test::catalogState(catalog);

    auto r = test::runTfp(
        {u"import"_qs, catalog, input, u"--kind"_qs, u"leistungen"_qs, u"--dry-run"_qs, u"--json"_qs});
    REQUIRE(r.exitCode == 0);
    const QJsonObject preview = QJsonDocument::fromJson(r.out).object();
    CHECK(preview.value(u"angewendet"_qs).toBool() == false);
    CHECK(preview.value(u"anzahl"_qs).toObject().value(u"geaendert"_qs).toInt() == 2);
    const QJsonObject first = preview.value(u"zeilen"_qs).toArray()[0].toObject();
    CHECK(first.value(u"zeile"_qs).toInt() == 2);
    CHECK(first.value(u"aktion"_qs).toString() == u"geaendert"_qs);
    CHECK(first.value(u"aenderungen"_qs).toArray().size() == 2);
    CHECK(test::catalogState(catalog) == before);

    r = test::runTfp({u"import"_qs, catalog, input, u"--kind"_qs, u"leistungen"_qs});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains("2 geändert"));
    r = test::runTfp({u"import"_qs, catalog, input, u"--kind"_qs, u"leistungen"_qs, u"--json"_qs});
    CHECK(QJsonDocument::fromJson(r.out)
              .object()
              .value(u"anzahl"_qs)
              .toObject()
              .value(u"unveraendert"_qs)
              .toInt() == 2);

    const QString bad = dir.filePath(u"falsch.csv"_qs);
    test::writeFile(bad, "ozg_id;status;go_live\n10000;fertig;\n10001;online;30.02.2026\n");
    const QByteArray applied = test::catalogState(catalog);
    r = test::runTfp({u"import"_qs, catalog, bad, u"--kind"_qs, u"leistungen"_qs});
    CHECK(r.exitCode == 1);
    CHECK(r.err.count('\n') == 3);
    CHECK(r.err.contains("„falsch.csv“, Zeile 2, Spalte „status“"));
    CHECK(r.err.contains("„falsch.csv“, Zeile 3, Spalte „go_live“"));
    CHECK(test::catalogState(catalog) == applied);

    r = test::runTfp({u"import"_qs, catalog, bad, u"--kind"_qs, u"sonstiges"_qs});
    CHECK(r.exitCode == 2);
}

TEST_CASE("tfp export writes every kind and format it offers and refuses the rest", "[cli][backends]")
{
    QTemporaryDir dir;
    const QString catalog = test::defaultCatalogOnBackend(dir);
    for (const auto &[kind, format] : QList<QPair<QString, QString>>{{u"leistungen"_qs, u"csv"_qs},
                                                                     {u"projekte"_qs, u"xlsx"_qs},
                                                                     {u"arbeitsplan"_qs, u"xlsx"_qs},
                                                                     {u"meilensteine"_qs, u"ods"_qs},
                                                                     {u"arbeitsplan"_qs, u"ods"_qs},
                                                                     {u"zeitplan"_qs, u"mspdi"_qs}}) {
        const QString out = dir.filePath(kind + u'.' + format);
        const auto r =
            test::runTfp({u"export"_qs, catalog, u"--kind"_qs, kind, u"--format"_qs, format, u"-o"_qs, out});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 0);
        CHECK(QFileInfo(out).size() > 0);
    }
    auto r = test::runTfp({u"export"_qs, catalog, u"--kind"_qs, u"leistungen"_qs, u"--format"_qs, u"ics"_qs,
                           u"-o"_qs, dir.filePath(u"x.ics"_qs)});
    CHECK(r.exitCode == 2);
    for (const QString &format : {u"csv"_qs, u"xlsx"_qs}) { // a Zeitplan is MS Project XML and nothing else
        r = test::runTfp({u"export"_qs, catalog, u"--kind"_qs, u"zeitplan"_qs, u"--format"_qs, format,
                          u"-o"_qs, dir.filePath(u"z."_qs + format)});
        CHECK(r.exitCode == 2);
    }
    // The Zeitplan comes back as it went; a table taken as a Zeitplan is refused and changes nothing.
    const QByteArray unchanged = test::catalogState(catalog);
    r = test::runTfp(
        {u"import"_qs, catalog, dir.filePath(u"zeitplan.mspdi"_qs), u"--kind"_qs, u"zeitplan"_qs});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains("MS-Project-XML (MSPDI)"));
    CHECK(r.out.contains("Nichts zu ändern"));
    r = test::runTfp(
        {u"import"_qs, catalog, dir.filePath(u"leistungen.csv"_qs), u"--kind"_qs, u"zeitplan"_qs});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("keine MS-Project-XML-Datei"));
    CHECK(test::catalogState(catalog) == unchanged);
    CHECK(test::readFile(dir.filePath(u"arbeitsplan.ods"_qs)).mid(38, 46) ==
          "application/vnd.oasis.opendocument.spreadsheet");
    r = test::runTfp({u"export"_qs, catalog, u"--kind"_qs, u"meilensteine"_qs, u"--format"_qs, u"ics"_qs,
                      u"-o"_qs, dir.filePath(u"leer.ics"_qs)});
    CHECK(r.exitCode == 1); // no milestone has a date in a fresh catalog
    CHECK(r.err.contains("kein Meilenstein ein Datum"));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(u"leer.ics"_qs)));
    r = test::runTfp({u"export"_qs, catalog, u"--kind"_qs, u"projekte"_qs, u"--format"_qs, u"csv"_qs,
                      u"--projekt"_qs, u"77"_qs, u"-o"_qs, dir.filePath(u"p.csv"_qs)});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("Projekt mit der Nummer „77“"));

    // The Leistungen sheet of the workbook taken as projects: refused, the catalog as it was.
    const QByteArray before = test::catalogState(catalog);
    r = test::runTfp(
        {u"import"_qs, catalog, dir.filePath(u"arbeitsplan.xlsx"_qs), u"--kind"_qs, u"projekte"_qs});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("Blatt „Leistungen“: die Spalte „ozg_id“ gehört zum Import „OZG-Leistungen“"));
    CHECK(test::catalogState(catalog) == before);
    r = test::runTfp(
        {u"import"_qs, catalog, dir.filePath(u"arbeitsplan.xlsx"_qs), u"--kind"_qs, u"leistungen"_qs});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains("557 unverändert"));
    CHECK(r.out.contains("Nichts zu ändern"));
    CHECK(test::catalogState(catalog) == before);

    // The same through the OpenDocument workbook: its sheets by name, the same preview, nothing to change.
    const QString ods = dir.filePath(u"arbeitsplan.ods"_qs);
    r = test::runTfp({u"import"_qs, catalog, ods, u"--kind"_qs, u"leistungen"_qs});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains("OpenDocument-Tabelle, Blatt „Leistungen“"));
    CHECK(r.out.contains("557 unverändert"));
    r = test::runTfp(
        {u"import"_qs, catalog, ods, u"--kind"_qs, u"projekte"_qs, u"--sheet"_qs, u"Projekte"_qs});
    CHECK(r.exitCode == 0);
    r = test::runTfp(
        {u"import"_qs, catalog, ods, u"--kind"_qs, u"projekte"_qs, u"--sheet"_qs, u"Übersicht"_qs});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("„arbeitsplan.ods“ hat kein Tabellenblatt „Übersicht“"));
    CHECK(test::catalogState(catalog) == before);
}
