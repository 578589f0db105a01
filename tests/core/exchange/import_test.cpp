#include <catch2/catch.hpp>

#include "edit/changetext.h"
#include "error.h"
#include "exchange/csv.h"
#include "exchange/importplan.h"
#include "exchange/importreport.h"
#include "exchange/odfpackage.h"
#include "storage/catalog.h"
#include "support/pgserver.h"
#include "support/testutil.h"

#include <QDir>

using namespace tfp;
using namespace tfp::exchange;
using namespace tfp::schema;
using Action = ImportRow::Action;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Catalog> catalog = Catalog::open(test::defaultCatalogOnBackend(dir));

    QString file(const QString &name, const QByteArray &bytes)
    {
        const QString p = dir.filePath(name);
        test::writeFile(p, bytes);
        return p;
    }
    ImportPlan plan(ImportKind kind, const QString &name, const QByteArray &bytes)
    {
        return planImport(*catalog, kind, file(name, bytes));
    }
    // Plans and applies; fails the test when the plan refuses rows.
    ImportPlan run(ImportKind kind, const QString &name, const QByteArray &bytes)
    {
        ImportPlan p = plan(kind, name, bytes);
        INFO(p.problems().join(u'\n').toStdString());
        REQUIRE_FALSE(p.refused());
        catalog->apply(importChanges(p), importSource(p));
        return p;
    }
    QVariant value(Table t, qint64 key, QStringView column) const { return catalog->value(t, key, column); }
    qint64 projekt(const QString &name) const
    {
        return catalog->rowsWhere(Table::Projekt, col::name, name).value(0).value(u"id"_qs).toLongLong();
    }
};

// What a refused file must do: a message naming the file (and row/column where there is one), and the
// catalog byte for byte as it was, whether the refusal comes when reading or when applying.
QString refusal(Fixture &f, ImportKind kind, const QString &name, const QByteArray &bytes)
{
    // The catalog stays open: its file and its write-ahead log together must not change (on a server: its
    // revision, journal and rows).
    auto hash = [&] { return test::catalogState(*f.catalog); };
    const QByteArray before = hash();
    const qint64 revision = f.catalog->revision();
    QString message;
    try {
        const ImportPlan p = f.plan(kind, name, bytes);
        REQUIRE(p.refused());
        message = p.problems().join(u'\n');
        CHECK_THROWS_AS(f.catalog->apply(importChanges(p), importSource(p)), Error);
    } catch (const Error &e) {
        message = e.message();
    }
    CHECK(hash() == before);
    CHECK(f.catalog->revision() == revision);
    CHECK(message.contains(u"„%1“"_qs.arg(name)));
    return message;
}

} // namespace

TEST_CASE("a German Excel CSV of Leistungen updates them in place and re-imports as unchanged",
          "[core][backends]")
{
    Fixture f;
    const QByteArray csv =
        "\xEF\xBB\xBFozg_id;name;status;reifegrad_ist;reifegrad_ziel;go_live;nachfrage;"
        "aufwand_pt;bewertung:OZG-Priorit\xC3\xA4t\r\n"
        "10000;Elterngeld;in Planung;2 \xE2\x80\x93 Formular-Assistent;4;01.07.2026;12.345;"
        "12,5;4\r\n"
        "10003;;Online;Online-Leistung;;2026-03-31;;;\r\n";
    const ImportPlan p = f.run(ImportKind::Leistungen, u"leistungen.csv"_qs, csv);
    CHECK(p.count(Action::Update) == 2);
    CHECK(p.format.contains(u"UTF-8 mit BOM"_qs));
    CHECK(f.value(Table::Leistung, 10000, col::status) == u"in_planung"_qs);
    CHECK(f.value(Table::Leistung, 10000, col::reifegradIst).toInt() == 2);
    CHECK(f.value(Table::Leistung, 10000, col::goLive) == u"2026-07-01"_qs);
    CHECK(f.value(Table::Leistung, 10000, col::nachfrage).toLongLong() == 12345);
    CHECK(f.value(Table::Leistung, 10000, col::aufwandPt).toDouble() == 12.5);
    CHECK(f.value(Table::Leistung, 10003, col::status) == u"online"_qs);
    CHECK(f.value(Table::Leistung, 10003, col::reifegradIst).toInt() == 3);
    CHECK(f.value(Table::Leistung, 10003, col::goLive) == u"2026-03-31"_qs);
    CHECK(edit::descriptionText(f.catalog->journal().last().quelle) == u"Import aus leistungen.csv"_qs);
    CHECK(f.catalog->count(Table::Leistung) == 557); // updated, never duplicated

    const ImportPlan again = f.plan(ImportKind::Leistungen, u"leistungen.csv"_qs, csv);
    CHECK(again.count(Action::Unchanged) == 2);
    CHECK(again.changes.isEmpty());
}

TEST_CASE("Windows-1252 with commas is read, a new OZG-ID is added to its Lage, unknown columns are reported",
          "[core][backends]")
{
    Fixture f;
    const QByteArray csv = "ozg_id,themenfeld,lage,name,notes,Bemerkung\n"
                           "99001,Familie & Kind,Geburt,Geburtsurkunde digital,\"Stra\xDF"
                           "e, \x84Zeile\x93\",x\n";
    const ImportPlan p = f.run(ImportKind::Leistungen, u"neu.csv"_qs, csv);
    CHECK(p.count(Action::Add) == 1);
    CHECK(p.format.contains(u"Windows-1252"_qs));
    REQUIRE(p.notices.size() == 1);
    CHECK(p.notices[0].contains(u"„Bemerkung“"_qs));
    CHECK(f.value(Table::Leistung, 99001, col::name) == u"Geburtsurkunde digital"_qs);
    CHECK(f.value(Table::Leistung, 99001, col::notes) == u"Straße, „Zeile“"_qs);
}

TEST_CASE("projects are matched by name within the Themenfeld, then by id, with Leistungen and Nachnutzung",
          "[core][backends]")
{
    Fixture f;
    const QByteArray csv = "themenfeld;name;koordination;efa_modell;phase;start;ende;budget_euro;leistungen;"
                           "nachnutzung:HE\n"
                           "Familie & Kind;Kita-Portal;HB;EfA \xE2\x80\x93 Nachnutzung (Roll-in);konzeption;"
                           "01.02.2025;31.12.2027;1.250.000,50;10000 10001;live\n";
    CHECK(f.run(ImportKind::Projekte, u"projekte.csv"_qs, csv).count(Action::Add) == 1);
    const qint64 id = f.projekt(u"Kita-Portal"_qs);
    CHECK(f.value(Table::Projekt, id, col::budgetCent).toLongLong() == 125000050);
    CHECK(f.value(Table::Projekt, id, col::efaModell) == u"efa_nachnutzung"_qs);
    CHECK(f.catalog->rowsWhere(Table::ProjektLeistung, col::projektId, id).size() == 2);
    CHECK(f.catalog->rowsWhere(Table::Nachnutzung, col::projektId, id).size() == 1);
    CHECK(f.run(ImportKind::Projekte, u"projekte.csv"_qs, csv).count(Action::Unchanged) == 1);

    const QByteArray byId =
        u"projekt_id;name;leistungen;nachnutzung:HE\n%1;Kita-Portal Bremen;10002;\n"_qs.arg(id).toUtf8();
    const ImportPlan p = f.run(ImportKind::Projekte, u"umbenannt.csv"_qs, byId);
    CHECK(p.count(Action::Update) == 1);
    CHECK(f.catalog->count(Table::Projekt) == 1);
    CHECK(f.value(Table::Projekt, id, col::name) == u"Kita-Portal Bremen"_qs);
    const auto assigned = f.catalog->rowsWhere(Table::ProjektLeistung, col::projektId, id);
    REQUIRE(assigned.size() == 1);
    CHECK(assigned[0].value(u"ozg_id"_qs).toInt() == 10002);
    CHECK(f.catalog->rowsWhere(Table::Nachnutzung, col::projektId, id).isEmpty());
}

TEST_CASE("milestones are matched by title within their project; the rules of an edit hold",
          "[core][backends]")
{
    Fixture f;
    f.run(ImportKind::Projekte, u"p.csv"_qs,
          "themenfeld;name;start\nFamilie & Kind;Kita-Portal;01.02.2025\n");
    const QByteArray csv = "themenfeld;projekt;titel;phase;geplant;ist\n"
                           "Familie & Kind;Kita-Portal;Konzeption fertig;konzeption;30.06.2025;15.06.2025\n"
                           "Familie & Kind;Kita-Portal;MVP;Umsetzung;30.06.2026;\n";
    CHECK(f.run(ImportKind::Meilensteine, u"m.csv"_qs, csv).count(Action::Add) == 2);
    CHECK(f.catalog->count(Table::Meilenstein) == 2);
    CHECK(f.run(ImportKind::Meilensteine, u"m.csv"_qs, csv).count(Action::Unchanged) == 2);

    const QString early =
        refusal(f, ImportKind::Meilensteine, u"frueh.csv"_qs,
                "themenfeld;projekt;titel;ist\nFamilie & Kind;Kita-Portal;MVP;01.01.2024\n");
    CHECK(early.contains(u"Zeile 2, Spalte „ist“"_qs));
    CHECK(early.contains(u"Projektbeginn"_qs));
    const QString unknown = refusal(f, ImportKind::Meilensteine, u"unbekannt.csv"_qs,
                                    "themenfeld;projekt;titel\nFamilie & Kind;Gibt es nicht;MVP\n");
    CHECK(unknown.contains(u"zuerst die Projekte importieren"_qs));
}

TEST_CASE(
    "the dashboard export sets status, Flächendeckung and Nachnutzung and reports what it could not match",
    "[core][backends]")
{
    Fixture f;
    f.run(ImportKind::Projekte, u"p.csv"_qs,
          "themenfeld;name;leistungen;nachnutzung:BY;nachnutzung:SN\n"
          "Familie & Kind;Elterngeld digital;10000;interessiert;abgelehnt\n");
    const qint64 p = f.projekt(u"Elterngeld digital"_qs);
    const QByteArray csv = "ozgid,leika_key,ars,bundesland,online_status,art_flaechendeckung,name\n"
                           "10000,99001001000000,,Hessen,online,landesweit,Elterngeld\n"
                           "10000,,091620000000,,in Umsetzung,,Elterngeld\n"
                           "10000,,14,,live,,Elterngeld\n"
                           "10001,,,Bayern,in Planung,,x\n"
                           "99999,,,Hessen,online,,unbekannt\n"
                           "10002,,,Atlantis,online,,x\n";
    const ImportPlan plan = f.run(ImportKind::Dashboard, u"dashboard.csv"_qs, csv);
    CHECK(plan.count(Action::Unmatched) == 2);
    CHECK(plan.rows[4].problems.value(0).contains(u"99999"_qs));
    CHECK(plan.rows[5].problems.value(0).contains(u"Atlantis"_qs));
    CHECK(plan.notices.value(0).contains(u"„name“"_qs));
    CHECK(f.value(Table::Leistung, 10000, col::status) == u"online"_qs);
    CHECK(f.value(Table::Leistung, 10000, col::flaechendeckung) == u"landesweit"_qs);
    CHECK(f.value(Table::Leistung, 10001, col::status) == u"in_planung"_qs);
    QHash<QString, QString> stand;
    for (const QVariantMap &n : f.catalog->rowsWhere(Table::Nachnutzung, col::projektId, p))
        stand.insert(
            f.value(Table::Beteiligter, n.value(u"land_id"_qs).toLongLong(), col::kuerzel).toString(),
            n.value(u"stand"_qs).toString());
    CHECK(stand.value(u"HE"_qs) == u"live"_qs);
    CHECK(stand.value(u"BY"_qs) == u"in_umsetzung"_qs); // raised from interessiert by the ARS 09… row
    CHECK(stand.value(u"SN"_qs) == u"abgelehnt"_qs);    // never overridden
    CHECK(f.plan(ImportKind::Dashboard, u"dashboard.csv"_qs, csv).changes.isEmpty());
}

TEST_CASE("malformed files are refused with a message per problem and change nothing", "[core][backends]")
{
    Fixture f;
    SECTION("wrong delimiter")
    {
        const QString m = refusal(f, ImportKind::Leistungen, u"pipe.csv"_qs, "ozg_id|status\n10000|online\n");
        CHECK(m.contains(u"die Spalte „ozg_id“ fehlt"_qs));
    }
    SECTION("broken quoting")
    {
        const QString m =
            refusal(f, ImportKind::Leistungen, u"quote.csv"_qs, "ozg_id;notes\n10000;\"offen\n10001;x\n");
        CHECK(m.contains(u"Zeile 2"_qs));
        CHECK(m.contains(u"Anführungszeichen"_qs));
    }
    SECTION("bad encoding")
    {
        const QString m = refusal(f, ImportKind::Leistungen, u"bytes.csv"_qs, "ozg_id;notes\n10000;a\x81z\n");
        CHECK(m.contains(u"Zeile 2"_qs));
        CHECK(m.contains(u"Windows-1252"_qs));
    }
    SECTION("NUL bytes")
    {
        refusal(f, ImportKind::Leistungen, u"binaer.csv"_qs, QByteArray("ozg_id\n1\0\n", 10));
    }
    SECTION("missing key column")
    {
        const QString m =
            refusal(f, ImportKind::Dashboard, u"d.csv"_qs, "bundesland,online_status\nHessen,online\n");
        CHECK(m.contains(u"„ozgid“ fehlt"_qs));
    }
    SECTION("a column named twice")
    {
        refusal(f, ImportKind::Leistungen, u"zweimal.csv"_qs, "ozg_id;status;Status\n10000;online;online\n");
    }
    SECTION("impossible dates, bad values and a row of the wrong length, each named")
    {
        const QString m = refusal(f, ImportKind::Leistungen, u"werte.csv"_qs,
                                  "ozg_id;status;go_live;reifegrad_ist;reifegrad_ziel\n"
                                  "10000;online;31.02.2025;;\n"
                                  "10001;fertig;;;\n"
                                  "10002;online;;4;2\n"
                                  "10003;online\n");
        CHECK(m.contains(u"„werte.csv“, Zeile 2, Spalte „go_live“"_qs));
        CHECK(m.contains(u"„werte.csv“, Zeile 3, Spalte „status“"_qs));
        CHECK(m.contains(u"„werte.csv“, Zeile 4, Spalte „reifegrad_"_qs));
        CHECK(m.contains(u"„werte.csv“, Zeile 5: 2 Felder statt 5"_qs));
    }
    SECTION("duplicate keys")
    {
        const QString m = refusal(f, ImportKind::Leistungen, u"doppelt.csv"_qs,
                                  "ozg_id;status\n10000;online\n10000;in Planung\n");
        CHECK(m.contains(u"Zeile 3, Spalte „ozg_id“: die OZG-ID 10000 steht schon in Zeile 2"_qs));
    }
    SECTION("a 50 MB file")
    {
        QByteArray big = "ozg_id;notes\n";
        big += QByteArray(50 * 1024 * 1024, 'x');
        const QString m = refusal(f, ImportKind::Leistungen, u"gross.csv"_qs, big);
        CHECK(m.contains(u"zu groß"_qs));
    }
    SECTION("an empty file")
    {
        refusal(f, ImportKind::Projekte, u"leer.csv"_qs, "");
    }
    SECTION("a zip that is no workbook")
    {
        const QString m = refusal(f, ImportKind::Leistungen, u"archiv.xlsx"_qs,
                                  QByteArray("PK\x03\x04", 4) + QByteArray(100, '\0'));
        CHECK(m.contains(u"keine lesbare ZIP-Datei"_qs));
    }
}

TEST_CASE("a table of another kind is refused by its key column before anything is matched",
          "[core][backends]")
{
    Fixture f;
    // The Leistungen of an export taken as projects would match by name and add 557 projects.
    const QString m = refusal(f, ImportKind::Projekte, u"leistungen.csv"_qs,
                              "ozg_id;themenfeld;name;status\n10000;Familie & Kind;Elterngeld;online\n");
    CHECK(m == u"„leistungen.csv“: die Spalte „ozg_id“ gehört zum Import „OZG-Leistungen“, gewählt ist "
               "„Umsetzungsprojekte“. Bitte die Art des Imports prüfen; es wurde nichts geändert."_qs);
    CHECK(f.catalog->count(Table::Projekt) == 0);
    refusal(f, ImportKind::Projekte, u"m.csv"_qs, "meilenstein_id;name\n1;x\n");
    refusal(f, ImportKind::Leistungen, u"d.csv"_qs, "ozg_id,ozgid,online_status\n10000,10000,online\n");
    // Milestones name their project and Leistung by those keys: they are theirs to read.
    CHECK_NOTHROW(f.plan(ImportKind::Meilensteine, u"ms.csv"_qs, "projekt_id;ozg_id;titel\n"));
}

TEST_CASE("an apostrophe that kept CSV text from running as a formula is taken off, and only that",
          "[core][backends]")
{
    using csv::guarded;
    using csv::unguarded;
    for (const QString &text :
         {u"=SUMME(A1)"_qs, u"+49 30"_qs, u"@home"_qs, u"- erster Punkt"_qs, u"-"_qs, u"'=x"_qs, u"''-y"_qs,
          u"-5"_qs, u"-1.5"_qs, u"'quoted'"_qs, u"normal"_qs, u"'"_qs, QString()}) {
        INFO(text.toStdString());
        CHECK(unguarded(guarded(text)) == text);
    }
    CHECK(guarded(u"=SUMME(A1)"_qs) == u"'=SUMME(A1)");
    CHECK(guarded(u"- erster Punkt"_qs) == u"'- erster Punkt");
    CHECK(guarded(u"-5"_qs) == u"-5"); // a number stays a number
    CHECK(guarded(u"'quoted'"_qs) == u"'quoted'");
    CHECK(unguarded(u"'quoted'"_qs) == u"'quoted'"); // an apostrophe before ordinary text is data

    Fixture f;
    const ImportPlan p = f.run(ImportKind::Leistungen, u"formel.csv"_qs,
                               "ozg_id;notes;rechtsaenderung\n10000;\"'=HYPERLINK(\"\"x\"\")\";'Zitat'\n");
    CHECK(p.count(Action::Update) == 1);
    CHECK(f.value(Table::Leistung, 10000, col::notes) == u"=HYPERLINK(\"x\")"_qs);
    CHECK(f.value(Table::Leistung, 10000, col::rechtsaenderung) == u"'Zitat'"_qs);
}

TEST_CASE("CSV text that starts with a tab or a carriage return is guarded too and reads back as it was",
          "[core][backends]")
{
    // OWASP's CSV injection list: a spreadsheet may skip the leading whitespace and run what follows.
    using csv::guarded;
    using csv::unguarded;
    for (const QString &text :
         {u"\t=1+1"_qs, u"\r=cmd|' /C calc'!A0"_qs, u"\tText"_qs, u"\r"_qs, u"'\t@x"_qs}) {
        INFO(text.toStdString());
        CHECK(guarded(text) == u'\'' + text);
        CHECK(unguarded(guarded(text)) == text);
    }
    CHECK(guarded(u"Text\t"_qs) == u"Text\t"); // only a leading one

    // Through a file as the export writes it and the import reads it.
    Fixture f;
    const QByteArray file = csv::write({u"ozg_id"_qs, u"notes"_qs, u"rechtsaenderung"_qs},
                                       {{u"10000"_qs, u"\t=HYPERLINK(\"x\")"_qs, u"\r@SUMME(A1)"_qs}}, u';');
    CHECK(file.contains("'\t=HYPERLINK"));
    CHECK(file.contains("'\r@SUMME"));
    const ImportPlan p = f.run(ImportKind::Leistungen, u"formel.csv"_qs, file);
    CHECK(p.count(Action::Update) == 1);
    CHECK(f.value(Table::Leistung, 10000, col::notes) == u"\t=HYPERLINK(\"x\")"_qs);
    CHECK(f.value(Table::Leistung, 10000, col::rechtsaenderung) == u"\r@SUMME(A1)"_qs);
}

TEST_CASE("a second import of the same file reports everything unchanged and says there is nothing to do",
          "[core][backends]")
{
    Fixture f;
    const QByteArray csv = "ozg_id;status\n10000;online\n";
    const ImportPlan first = f.run(ImportKind::Leistungen, u"l.csv"_qs, csv);
    CHECK(QString::fromUtf8(importReportText(first, true)).endsWith(u"Übernommen.\n"_qs));
    const ImportPlan second = f.plan(ImportKind::Leistungen, u"l.csv"_qs, csv);
    CHECK(second.count(Action::Unchanged) == 1);
    CHECK(QString::fromUtf8(importReportText(second, true))
              .endsWith(u"Nichts zu ändern: der Katalog hat diesen Stand schon.\n"_qs));
}

TEST_CASE("a CSV's encoding comes from evidence: UTF-8 with a stray byte and NUL in any encoding are refused",
          "[core][backends]")
{
    Fixture f;
    SECTION("UTF-8 umlauts and one Windows-1252 byte further down")
    {
        const QString m = refusal(f, ImportKind::Leistungen, u"gemischt.csv"_qs,
                                  "ozg_id;notes\n10000;Grüße aus Köln\n10001;\xE4rger\n");
        CHECK(m.contains(u"„gemischt.csv“, Zeile 3: das Byte 0xE4 ist kein UTF-8"_qs));
        CHECK(m.contains(u"Zeile 2: „ü“"_qs));
    }
    SECTION("Windows-1252 with no UTF-8 in it is read as such, and the preview says so")
    {
        const ImportPlan p = f.run(ImportKind::Leistungen, u"ansi.csv"_qs,
                                   "ozg_id;notes\n10000;Gr\xFC\xDF"
                                   "e aus K\xF6ln\n");
        CHECK(p.format.contains(u"Windows-1252"_qs));
        CHECK(f.value(Table::Leistung, 10000, col::notes) == u"Grüße aus Köln"_qs);
    }
    SECTION("UTF-16 with a NUL character")
    {
        const QString text = u"ozg_id;notes\n10000;vor"_qs + QChar(0) + u"nach\n"_qs;
        const QByteArray bytes = QByteArray("\xFF\xFE", 2) +
                                 QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        const QString m = refusal(f, ImportKind::Leistungen, u"utf16.csv"_qs, bytes);
        CHECK(m.contains(u"„utf16.csv“, Zeile 2: die Datei enthält ein Nullzeichen (U+0000)"_qs));
    }
}

TEST_CASE("a CSV that LibreOffice re-saved with two-digit years is read as 20yy and the preview says so",
          "[core][backends]")
{
    Fixture f;
    // A German Calc writes the app's dd.MM.yyyy back as dd.MM.yy.
    const QByteArray csv = "ozg_id;go_live\n10000;15.03.25\n10001;1.7.26\n10002;2026-12-31\n";
    const ImportPlan p = f.run(ImportKind::Leistungen, u"calc.csv"_qs, csv);
    CHECK(p.count(Action::Update) == 3);
    CHECK(f.value(Table::Leistung, 10000, col::goLive) == u"2025-03-15"_qs);
    CHECK(f.value(Table::Leistung, 10001, col::goLive) == u"2026-07-01"_qs);
    CHECK(f.value(Table::Leistung, 10002, col::goLive) == u"2026-12-31"_qs);
    REQUIRE(p.notices.size() == 1);
    // Without a translator loaded the plural stays "Datumsangabe(n)".
    CHECK(p.notices[0].startsWith(u"Zweistellige Jahreszahlen wurden als 20JJ gelesen (2 Datumsangabe"_qs));
    CHECK(p.notices[0].endsWith(u"etwa Zeile 2: „15.03.25“ als 15.03.2025)."_qs));
    CHECK(QString::fromUtf8(importReportText(p, true)).contains(p.notices[0]));

    SECTION("a file with four-digit years has no such note")
    {
        const ImportPlan q =
            f.plan(ImportKind::Leistungen, u"iso.csv"_qs, "ozg_id;go_live\n10000;15.03.2025\n");
        CHECK(q.notices.isEmpty());
    }
    SECTION("an impossible two-digit date is still refused, naming row and column")
    {
        const QString m =
            refusal(f, ImportKind::Leistungen, u"kaputt.csv"_qs, "ozg_id;go_live\n10000;31.02.25\n");
        CHECK(m.contains(u"„kaputt.csv“, Zeile 2, Spalte „go_live“"_qs));
        CHECK(m.contains(u"TT.MM.JJ"_qs));
    }
}

namespace {

// An .ods as LibreOffice writes one, around the given tables (content of office:spreadsheet).
QByteArray ods(const QString &tables, const QList<odf::Part> &extra = {},
               const QString &mimetype = u"application/vnd.oasis.opendocument.spreadsheet"_qs)
{
    const QString content =
        u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
        "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
        "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" office:version=\"1.3\"><office:body>"
        "<office:spreadsheet>%1</office:spreadsheet></office:body></office:document-content>"_qs.arg(tables);
    QList<odf::Part> parts{{u"content.xml"_qs, u"text/xml"_qs, content.toUtf8()}};
    parts += extra;
    return odf::package(mimetype, parts);
}

QString odsRow(const QString &cells, int repeated = 1)
{
    return repeated == 1
               ? u"<table:table-row>%1</table:table-row>"_qs.arg(cells)
               : u"<table:table-row table:number-rows-repeated=\"%2\">%1</table:table-row>"_qs.arg(cells).arg(
                     repeated);
}

QString odsText(const QString &xml, int repeated = 1)
{
    const QString times =
        repeated == 1 ? QString() : u" table:number-columns-repeated=\"%1\""_qs.arg(repeated);
    return u"<table:table-cell office:value-type=\"string\"%2>%1</table:table-cell>"_qs.arg(xml, times);
}

// LibreOffice fills every sheet to its full size with empty repeated cells and rows.
const QString kTrailing = u"<table:table-cell table:number-columns-repeated=\"16380\"/>"_qs;
const QString kTrailingRows =
    odsRow(u"<table:table-cell table:number-columns-repeated=\"16384\"/>"_qs, 1048570);

} // namespace

TEST_CASE("an .ods as LibreOffice writes it is read with typed cells, text as written and repeats unfolded",
          "[core][odf][backends]")
{
    Fixture f;
    const QString leistungen =
        u"<table:table table:name=\"Übersicht\">"_qs + odsRow(odsText(u"<text:p>nichts</text:p>"_qs)) +
        u"</table:table><table:table table:name=\"Leistungen\">"
        "<table:table-column table:number-columns-repeated=\"16384\"/>"_qs +
        odsRow(u"<table:table-cell table:number-columns-repeated=\"2\"/>"_qs, 3) + // empty rows first
        odsRow(odsText(u"<text:p>ozg_id</text:p>"_qs) + odsText(u"<text:p>go_live</text:p>"_qs) +
               odsText(u"<text:p>aufwand_pt</text:p>"_qs) + odsText(u"<text:p>notes</text:p>"_qs) +
               odsText(u"<text:p>nachfrage</text:p>"_qs) + kTrailing) +
        odsRow(
            u"<table:table-cell office:value-type=\"float\" office:value=\"10000\"><text:p>10000</text:p>"
            "</table:table-cell>"
            "<table:table-cell office:value-type=\"date\" office:date-value=\"2026-07-01T00:00:00\">"
            "<text:p>01.07.26</text:p></table:table-cell>"
            "<table:table-cell office:value-type=\"float\" office:value=\"12.5\"><text:p>12,50</text:p>"
            "</table:table-cell>"
            "<table:table-cell office:value-type=\"string\"><office:annotation><dc:creator>A</dc:creator>"
            "<text:p>Kommentar</text:p></office:annotation>"
            "<text:p><text:s/>zwei<text:s text:c=\"2\"/>Leer<text:tab/>Tab</text:p>"
            "<text:p>Zeile<text:line-break/>drei <text:span>mit Span</text:span></text:p></table:table-cell>"
            "<table:covered-table-cell/>"_qs +
            kTrailing) +
        odsRow(u"<table:table-cell office:value-type=\"float\" office:value=\"10001\"/>"
               "<table:table-cell/><table:table-cell/><table:table-cell/>"
               "<table:table-cell office:value-type=\"float\" office:value=\"12345\"/>"_qs +
               kTrailing) +
        kTrailingRows + u"</table:table>"_qs;
    const QString path = f.file(u"calc.ods"_qs, ods(leistungen));

    SECTION("sheets by name and number; the first is the default")
    {
        const QByteArray bytes = test::readFile(path);
        CHECK(workbookSheets(bytes, u"calc.ods"_qs) == QStringList{u"Übersicht"_qs, u"Leistungen"_qs});
        CHECK(readWorkbook(bytes, u"calc.ods"_qs).sheet == u"Übersicht"_qs);
        CHECK(readWorkbook(bytes, u"calc.ods"_qs, u"2"_qs).sheet == u"Leistungen"_qs);
        const tabular::Table t = readWorkbook(bytes, u"calc.ods"_qs, u"leistungen"_qs);
        CHECK(t.header ==
              QStringList{u"ozg_id"_qs, u"go_live"_qs, u"aufwand_pt"_qs, u"notes"_qs, u"nachfrage"_qs});
        REQUIRE(t.rows.size() == 2); // the million empty rows LibreOffice writes cost nothing
        CHECK(t.rowLines == QList<int>{5, 6});
        CHECK(t.rows[0] == QStringList{u"10000"_qs, u"2026-07-01"_qs, u"12.5"_qs,
                                       u" zwei  Leer\tTab\nZeile\ndrei mit Span"_qs, QString()});
        CHECK_THROWS_WITH(readWorkbook(bytes, u"calc.ods"_qs, u"Projekte"_qs),
                          Catch::Contains("„calc.ods“ hat kein Tabellenblatt „Projekte“"));
    }
    SECTION("planned and applied as the same preview as a CSV, the format named")
    {
        ImportPlan p = planImport(*f.catalog, ImportKind::Leistungen, path, u"Leistungen"_qs);
        INFO(p.problems().join(u'\n').toStdString());
        REQUIRE_FALSE(p.refused());
        CHECK(p.format == u"OpenDocument-Tabelle, Blatt „Leistungen“"_qs);
        CHECK(p.count(Action::Update) == 2);
        f.catalog->apply(importChanges(p), importSource(p));
        CHECK(f.value(Table::Leistung, 10000, col::goLive) == u"2026-07-01"_qs);
        CHECK(f.value(Table::Leistung, 10000, col::aufwandPt).toDouble() == 12.5);
        CHECK(f.value(Table::Leistung, 10000, col::notes) == u" zwei  Leer\tTab\nZeile\ndrei mit Span"_qs);
        CHECK(f.value(Table::Leistung, 10001, col::nachfrage).toLongLong() == 12345);
    }
}

TEST_CASE("a hostile or foreign .ods is refused with its name and the catalog stays byte for byte",
          "[core][odf][backends]")
{
    Fixture f;
    const QString header =
        odsRow(odsText(u"<text:p>ozg_id</text:p>"_qs) + odsText(u"<text:p>notes</text:p>"_qs));
    const auto table = [](const QString &rows) {
        return u"<table:table table:name=\"Leistungen\">%1</table:table>"_qs.arg(rows);
    };
    SECTION("a value repeated across 16,384 columns")
    {
        const QString m = refusal(f, ImportKind::Leistungen, u"breit.ods"_qs,
                                  ods(table(header + odsRow(odsText(u"<text:p>x</text:p>"_qs, 16384)))));
        CHECK(m.contains(u"„breit.ods“, Blatt „Leistungen“, Zeile 2"_qs));
        CHECK(m.contains(u"größer, als ein Import liest"_qs));
    }
    SECTION("a row of values repeated a million times")
    {
        const QString m = refusal(f, ImportKind::Leistungen, u"lang.ods"_qs,
                                  ods(table(header + odsRow(odsText(u"<text:p>10000</text:p>"_qs) +
                                                                odsText(u"<text:p>x</text:p>"_qs),
                                                            1048576))));
        CHECK(m.contains(u"„lang.ods“, Blatt „Leistungen“, Zeile 2"_qs));
    }
    SECTION("the bomb: one cell repeated 16,384 × 1,048,576 times")
    {
        const QString m =
            refusal(f, ImportKind::Leistungen, u"bombe.ods"_qs,
                    ods(table(header + odsRow(odsText(u"<text:p>x</text:p>"_qs, 16384), 1048576))));
        CHECK(m.contains(u"größer, als ein Import liest"_qs));
    }
    SECTION("a repeat count that is no number, and one beyond any spreadsheet")
    {
        CHECK(refusal(f, ImportKind::Leistungen, u"minus.ods"_qs,
                      ods(table(header +
                                odsRow(odsText(u"<text:p>x</text:p>"_qs)
                                           .replace(u"\"string\""_qs,
                                                    u"\"string\" table:number-columns-repeated=\"-3\""_qs)))))
                  .contains(u"Wiederholungsangabe"_qs));
        CHECK(refusal(f, ImportKind::Leistungen, u"zeilen.ods"_qs,
                      ods(table(header + odsRow(u"<table:table-cell/>"_qs, 2000000000))))
                  .contains(u"mehr als 16777216 Zeilen"_qs));
    }
    SECTION("a text of a million spaces")
    {
        const QString m = refusal(
            f, ImportKind::Leistungen, u"leer.ods"_qs,
            ods(table(header + odsRow(odsText(u"<text:p>10000</text:p>"_qs) +
                                      odsText(u"<text:p><text:s text:c=\"1000000\"/></text:p>"_qs)))));
        CHECK(m.contains(
            u"„leer.ods“, Blatt „Leistungen“, Zeile 2, Spalte 2: der Text ist länger als 32767"_qs));
    }
    SECTION("encrypted with a password")
    {
        const QByteArray manifestLike =
            "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
            "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\">"
            "<manifest:encryption-data manifest:checksum-type=\"SHA1/1K\"/></manifest:file-entry>"
            "</manifest:manifest>";
        // The package writes its own manifest last; a second one first is the one a reader finds.
        QByteArray bytes = ods(table(header), {{u"META-INF/manifest.xml"_qs, u"text/xml"_qs, manifestLike}});
        const QString m = refusal(f, ImportKind::Leistungen, u"geheim.ods"_qs, bytes);
        CHECK(m.contains(u"„geheim.ods“ ist mit einem Kennwort verschlüsselt"_qs));
    }
    SECTION("a text document, not a spreadsheet")
    {
        const QString m = refusal(f, ImportKind::Leistungen, u"brief.ods"_qs,
                                  ods(table(header), {}, u"application/vnd.oasis.opendocument.text"_qs));
        CHECK(m.contains(u"„brief.ods“ ist ein OpenDocument-Dokument vom Typ "
                         "„application/vnd.oasis.opendocument.text“, aber keine Tabelle (.ods)"_qs));
    }
    SECTION("content.xml that is no XML")
    {
        QByteArray bytes = ods(table(header + u"<table:table-row>"_qs));
        const QString m = refusal(f, ImportKind::Leistungen, u"kaputt.ods"_qs, bytes);
        CHECK(m.contains(u"„kaputt.ods“: „content.xml“ ist kein gültiges XML"_qs));
    }
    SECTION("a sheet without a header")
    {
        const QString m = refusal(f, ImportKind::Leistungen, u"ohne.ods"_qs, ods(table(kTrailingRows)));
        CHECK(m.contains(u"„ohne.ods“: das Tabellenblatt „Leistungen“ ist leer"_qs));
    }
}
