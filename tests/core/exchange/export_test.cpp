#include <catch2/catch.hpp>

#include "edit/edits.h"
#include "error.h"
#include "exchange/exportfile.h"
#include "exchange/exportsheets.h"
#include "exchange/icalendar.h"
#include "exchange/importplan.h"
#include "exchange/odswrite.h"
#include "exchange/xlsxread.h"
#include "exchange/xlsxwrite.h"
#include "exchange/zipread.h"
#include "storage/catalog.h"
#include "support/pgserver.h"
#include "support/testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>

using namespace tfp;
using namespace tfp::exchange;
using namespace tfp::schema;

namespace {

const QList<ImportKind> kKinds{ImportKind::Leistungen, ImportKind::Projekte, ImportKind::Meilensteine};

// The default catalog with a project, Nachnutzung, milestones, scores and text that CSV and iCalendar must
// escape.
std::unique_ptr<Catalog> plannedCatalog(const QTemporaryDir &dir)
{
    auto c = Catalog::open(test::defaultCatalogOnBackend(dir));
    const QString csv = dir.filePath(u"setup.csv"_qs);
    auto run = [&](ImportKind kind, const QByteArray &bytes) {
        test::writeFile(csv, bytes);
        const ImportPlan p = planImport(*c, kind, csv);
        INFO(p.problems().join(u'\n').toStdString());
        REQUIRE_FALSE(p.refused());
        c->apply(importChanges(p), importSource(p));
    };
    run(ImportKind::Leistungen,
        "ozg_id;status;reifegrad_ist;go_live;aufwand_pt;notes;bewertung:OZG-Priorit\xC3\xA4t\n"
        "10000;online;3;01.07.2026;0,1;\"Semikolon; \"\"Zitat\"\"\nzweite Zeile\";4\n");
    run(ImportKind::Projekte,
        "themenfeld;name;koordination;start;budget_euro;leistungen;nachnutzung:HE\n"
        "Familie & Kind;Elterngeld, digital;HB;01.02.2025;1.234.567,89;10000 10001;live\n");
    run(ImportKind::Meilensteine, "themenfeld;projekt;titel;phase;geplant;ist\n"
                                  "Familie & Kind;Elterngeld, digital;\"Konzeption; Labor \\ "
                                  "fertig\";konzeption;30.06.2025;15.06.2025\n"
                                  "Familie & Kind;Elterngeld, digital;\"MVP mit einem sehr langen Titel, der "
                                  "über fünfundsiebzig Oktette "
                                  "hinausgeht und gefaltet wird\";umsetzung;30.06.2026;\n");
    return c;
}

QList<ImportPlan> reimport(Catalog &c, const QTemporaryDir &dir, const QList<QByteArray> &csv)
{
    QList<ImportPlan> out;
    for (qsizetype i = 0; i < kKinds.size(); ++i) {
        const QString path = dir.filePath(u"export-%1.csv"_qs.arg(i));
        test::writeFile(path, csv[i]);
        out << planImport(c, kKinds[i], path);
    }
    return out;
}

// The parts of a workbook (.xlsx, .ods) by name, without the ones that record when the file was written
// (docProps/core.xml, meta.xml): two exports then compare equal whatever second each was written in.
QMap<QString, QByteArray> partsWithoutWriteTime(const QString &path)
{
    exchange::zip::Archive archive(test::readFile(path), path, u"keine Arbeitsmappe"_qs);
    unzFile z = archive.zip();
    QMap<QString, QByteArray> parts;
    for (int rc = unzGoToFirstFile(z); rc == UNZ_OK; rc = unzGoToNextFile(z)) {
        char name[512] = {};
        unz_file_info info{};
        REQUIRE(unzGetCurrentFileInfo(z, &info, name, sizeof name, nullptr, 0, nullptr, 0) == UNZ_OK);
        REQUIRE(unzOpenCurrentFile(z) == UNZ_OK);
        QByteArray bytes(qsizetype(info.uncompressed_size), '\0');
        REQUIRE(unzReadCurrentFile(z, bytes.data(), unsigned(bytes.size())) == int(bytes.size()));
        unzCloseCurrentFile(z);
        const QString part = QString::fromUtf8(name);
        if (part != u"docProps/core.xml" && part != u"meta.xml")
            parts.insert(part, bytes);
    }
    REQUIRE(parts.size() >= 3);
    return parts;
}

} // namespace

TEST_CASE("a CSV export is German Excel CSV and re-imports to the same state", "[core][backends]")
{
    QTemporaryDir dir;
    const auto original = plannedCatalog(dir);
    QList<QByteArray> csv;
    for (ImportKind k : kKinds)
        csv << csvBytes(exportSheet(original->loadPlan(), k));
    CHECK(csv[0].startsWith("\xEF\xBB\xBFozg_id;themenfeld;lage;name;status;"));
    CHECK(csv[0].contains("\r\n10000;Familie & Kind;Geburt;Elterngeld;online;3;;1;keine;01.07.2026;;;0,1;;;"
                          "\"Semikolon; \"\"Zitat\"\"\nzweite Zeile\";4"));
    CHECK(csv[1].contains(";1234567,89;10000 10001;"));

    // Into a copy: nothing to do.
    const QString copyPath = dir.filePath(u"kopie.tfplan"_qs);
    original->saveCopy(copyPath);
    auto copy = Catalog::open(copyPath);
    for (const ImportPlan &p : reimport(*copy, dir, csv)) {
        CHECK_FALSE(p.refused());
        CHECK(p.changes.isEmpty());
        CHECK(p.count(ImportRow::Action::Unchanged) == p.rows.size());
    }

    // Into a copy changed since: the import brings back exactly the exported state.
    ChangeSet drift(u"Abweichung"_qs);
    drift.append(Change::update(Table::Leistung, 10000, u"status"_qs, u"online"_qs, u"in_planung"_qs));
    drift.append(Change::update(Table::Leistung, 10002, u"notes"_qs, u""_qs, u"neu"_qs));
    copy->apply(drift);
    const qint64 projekt =
        copy->rowsWhere(Table::Projekt, col::name, u"Elterngeld, digital"_qs)[0][u"id"_qs].toLongLong();
    copy->apply(copy->removal(
        Table::Nachnutzung,
        copy->rowsWhere(Table::Nachnutzung, col::projektId, projekt)[0][u"id"_qs].toLongLong(), u"weg"_qs));
    for (const ImportPlan &p : reimport(*copy, dir, csv)) {
        REQUIRE_FALSE(p.refused());
        copy->apply(importChanges(p), importSource(p));
    }
    for (qsizetype i = 0; i < kKinds.size(); ++i)
        CHECK((csvBytes(exportSheet(copy->loadPlan(), kKinds[i])) == csv[i]));
}

// File only: the subject is the file written from a plan snapshot; which backend loaded the snapshot is the
// subject of the tests tagged [backends] here.
TEST_CASE("the milestone calendar is valid RFC 5545 and reads back to the milestones", "[core]")
{
    QTemporaryDir dir;
    const auto c = plannedCatalog(dir);
    const PlanSnapshot plan = c->loadPlan();
    const QByteArray ics = milestonesIcs(plan, {plan.themenfeldByName(u"Familie & Kind"_qs)->id, 0},
                                         QDateTime(QDate(2025, 7, 1), QTime(8, 30), Qt::UTC));
    REQUIRE(ics.endsWith("END:VCALENDAR\r\n"));
    QList<QByteArray> physical = ics.split('\n');
    physical.removeLast(); // after the final CRLF
    for (const QByteArray &line : physical) {
        CHECK(line.endsWith('\r')); // every line ends in CRLF, no bare LF
        CHECK(line.size() - 1 <= 75);
    }
    // Unfold (CRLF + space) and split into properties.
    const QString unfolded = QString::fromUtf8(QByteArray(ics).replace("\r\n ", ""));
    CHECK(ics.contains("\r\n ")); // the long title was folded
    QList<QHash<QString, QString>> events;
    for (const QString &line : unfolded.split(u"\r\n"_qs, Qt::SkipEmptyParts)) {
        if (line == u"BEGIN:VEVENT")
            events.append(QHash<QString, QString>());
        else if (!events.isEmpty() && line != u"END:VEVENT" && line != u"END:VCALENDAR")
            events.last().insert(line.section(u':', 0, 0), line.section(u':', 1));
    }
    REQUIRE(events.size() == 2);
    auto unescape = [](QString s) {
        return s.replace(u"\\n"_qs, u"\n"_qs)
            .replace(u"\\,"_qs, u","_qs)
            .replace(u"\\;"_qs, u";"_qs)
            .replace(u"\\\\"_qs, u"\\"_qs);
    };
    CHECK(events[0].value(u"SUMMARY"_qs) == u"Elterngeld\\, digital: Konzeption\\; Labor \\\\ fertig"_qs);
    CHECK(unescape(events[0].value(u"SUMMARY"_qs)) == u"Elterngeld, digital: Konzeption; Labor \\ fertig"_qs);
    CHECK(events[0].value(u"DTSTART;VALUE=DATE"_qs) == u"20250615"_qs); // reached: the actual date
    CHECK(events[0].value(u"DTEND;VALUE=DATE"_qs) == u"20250616"_qs);
    CHECK(events[1].value(u"DTSTART;VALUE=DATE"_qs) == u"20260630"_qs); // open: the planned date
    CHECK(unescape(events[1].value(u"DESCRIPTION"_qs)).contains(u"\nPhase: Umsetzung"_qs));
    for (const auto &e : events) {
        CHECK(e.value(u"DTSTAMP"_qs) == u"20250701T083000Z"_qs);
        CHECK(QRegularExpression(u"^meilenstein-\\d+-[0-9a-f-]{36}@themenfeldplaner$"_qs)
                  .match(e.value(u"UID"_qs))
                  .hasMatch());
    }
    CHECK(events[0].value(u"UID"_qs) != events[1].value(u"UID"_qs));
}

TEST_CASE("the xlsx workbook has real dates and numbers and re-imports; a zip of something else is refused",
          "[core][backends]")
{
    QTemporaryDir dir;
    const auto c = plannedCatalog(dir);
    const PlanSnapshot plan = c->loadPlan();
    const QString path = dir.filePath(u"arbeitsplan.xlsx"_qs);
    writeXlsx({exportSheet(plan, ImportKind::Leistungen), prioritisationSheet(plan),
               exportSheet(plan, ImportKind::Projekte), exportSheet(plan, ImportKind::Meilensteine),
               nachnutzungSheet(plan)},
              path);
    const QByteArray bytes = test::readFile(path);
    CHECK(xlsx::sheetNames(bytes, u"arbeitsplan.xlsx"_qs) ==
          QStringList{u"Leistungen"_qs, u"Priorisierung"_qs, u"Projekte"_qs, u"Meilensteine"_qs,
                      u"Nachnutzung"_qs});
    const tabular::Table t = xlsx::readSheet(bytes, u"arbeitsplan.xlsx"_qs, u"projekte"_qs);
    REQUIRE(t.rows.size() == 1);
    CHECK(t.rows[0][t.header.indexOf(u"start"_qs)] == u"2025-02-01"_qs);       // a date cell, not text
    CHECK(t.rows[0][t.header.indexOf(u"budget_euro"_qs)] == u"1234567.89"_qs); // a number cell
    for (const auto &[kind, sheet] : QList<QPair<ImportKind, QString>>{{ImportKind::Leistungen, u"1"_qs},
                                                                       {ImportKind::Projekte, u"Projekte"_qs},
                                                                       {ImportKind::Meilensteine, u"4"_qs}}) {
        const ImportPlan p = planImport(*c, kind, path, sheet);
        CHECK_FALSE(p.refused());
        CHECK(p.changes.isEmpty());
    }
    CHECK_THROWS_WITH(planImport(*c, ImportKind::Projekte, path, u"Übersicht"_qs),
                      Catch::Contains("kein Tabellenblatt „Übersicht“"));

    // A zip that is not a workbook: its first part named, the catalog untouched.
    QByteArray zip = bytes;
    zip.replace("xl/workbook.xml", "xl/workbook.xmX");
    const QString fake = dir.filePath(u"bilder.xlsx"_qs);
    test::writeFile(fake, zip);
    const qint64 revision = c->revision();
    CHECK_THROWS_WITH(planImport(*c, ImportKind::Leistungen, fake),
                      Catch::Contains("keine Excel-Arbeitsmappe"));
    test::writeFile(fake, QByteArray("PK\x03\x04", 4) + QByteArray(200, 'x'));
    CHECK_THROWS_WITH(planImport(*c, ImportKind::Leistungen, fake), Catch::Contains("„bilder.xlsx“"));
    CHECK(c->revision() == revision);
}

// File only: the subject is the file written from a plan snapshot; which backend loaded the snapshot is the
// subject of the tests tagged [backends] here.
TEST_CASE("writeExport offers what the formats allow, replaces a file whole and writes no empty calendar",
          "[core]")
{
    QTemporaryDir dir;
    const auto c = plannedCatalog(dir);
    const PlanSnapshot plan = c->loadPlan();
    CHECK(exportAllows(ExportKind::Arbeitsplan, ExportFormat::Xlsx));
    CHECK_FALSE(exportAllows(ExportKind::Arbeitsplan, ExportFormat::Csv));
    CHECK_FALSE(exportAllows(ExportKind::Leistungen, ExportFormat::Ics));
    CHECK_THROWS_AS(
        writeExport(plan, ExportKind::Leistungen, ExportFormat::Ics, {}, dir.filePath(u"x.ics"_qs)), Error);

    // An existing workbook is replaced by the complete new one, and no temporary folder is left behind.
    const QString xlsx = dir.filePath(u"plan.xlsx"_qs);
    test::writeFile(xlsx, "alt");
    writeExport(plan, ExportKind::Projekte, ExportFormat::Xlsx, {}, xlsx);
    CHECK(xlsx::sheetNames(test::readFile(xlsx), u"plan.xlsx"_qs) == QStringList{u"Projekte"_qs});
    CHECK(QDir(dir.path()).entryList({u".tfp-export-*"_qs}, QDir::AllEntries | QDir::Hidden).isEmpty());

    // RFC 5545 wants at least one event: a Themenfeld without dated milestones gets a message, not a file.
    const QString ics = dir.filePath(u"umwelt.ics"_qs);
    CHECK_THROWS_WITH(writeExport(plan, ExportKind::Meilensteine, ExportFormat::Ics,
                                  {plan.themenfeldByName(u"Umwelt"_qs)->id, 0}, ics),
                      Catch::Contains("kein Meilenstein ein Datum"));
    CHECK_FALSE(QFileInfo::exists(ics));
    // A folder that is not there is named in the message.
    CHECK_THROWS_WITH(
        writeExport(plan, ExportKind::Leistungen, ExportFormat::Csv, {}, dir.filePath(u"fehlt/l.csv"_qs)),
        Catch::Contains("fehlt/l.csv"));
}

// File only: the subject is the file written from a plan snapshot; which backend loaded the snapshot is the
// subject of the tests tagged [backends] here.
TEST_CASE("a text longer than an Excel cell holds refuses the workbook and names where; 32,767 round-trip",
          "[core]")
{
    QTemporaryDir dir;
    const auto c = plannedCatalog(dir);
    const QString longest = QString(32766, u'ä') + u'.';
    ChangeSet edit(u"lange Bemerkung"_qs);
    edit.append(Change::update(Table::Leistung, 10002, u"notes"_qs, u""_qs, longest));
    c->apply(edit);

    // Excel's limit itself: written whole, and re-imported as unchanged.
    const QString xlsx = dir.filePath(u"leistungen.xlsx"_qs);
    writeExport(c->loadPlan(), ExportKind::Leistungen, ExportFormat::Xlsx, {}, xlsx);
    const ImportPlan back = planImport(*c, ImportKind::Leistungen, xlsx);
    REQUIRE_FALSE(back.refused());
    CHECK(back.changes.isEmpty());
    CHECK(xlsx::readSheet(test::readFile(xlsx), u"leistungen.xlsx"_qs).rows.size() == 557);

    // One character more: no workbook that would lose it, the old file stays, the message says where.
    ChangeSet longer(u"noch länger"_qs);
    longer.append(Change::update(Table::Leistung, 10002, u"notes"_qs, longest, longest + u'!'));
    c->apply(longer);
    const QByteArray before = test::fileHash(xlsx);
    const PlanSnapshot plan = c->loadPlan();
    const Sheet sheet = exportSheet(plan, ImportKind::Leistungen);
    int row = 0;
    while (row < sheet.rows.size() && sheet.rows[row][0].toLongLong() != 10002)
        ++row;
    const std::string where = QStringLiteral("Blatt „Leistungen“, Zeile %1, Spalte „notes“ hat 32768 Zeichen")
                                  .arg(row + 2)
                                  .toStdString();
    CHECK_THROWS_WITH(writeExport(plan, ExportKind::Leistungen, ExportFormat::Xlsx, {}, xlsx),
                      Catch::Contains(where) && Catch::Contains("leistungen.xlsx"));
    CHECK_THROWS_WITH(writeExport(plan, ExportKind::Arbeitsplan, ExportFormat::Xlsx, {}, xlsx),
                      Catch::Contains(where));
    CHECK(test::fileHash(xlsx) == before);
    // CSV has no such limit: the text goes out and comes back whole.
    const QString csv = dir.filePath(u"leistungen.csv"_qs);
    writeExport(plan, ExportKind::Leistungen, ExportFormat::Csv, {}, csv);
    CHECK(planImport(*c, ImportKind::Leistungen, csv).changes.isEmpty());
}

TEST_CASE("a NUL in a text refuses the workbook instead of cutting the text there", "[core]")
{
    QTemporaryDir dir;
    Sheet s;
    s.name = u"Leistungen"_qs;
    s.header = {u"ozg_id"_qs, u"notes"_qs};
    s.rows = {{10000, u"vorher"_qs + QChar(0) + u"nachher"_qs}};
    const QString xlsx = dir.filePath(u"nul.xlsx"_qs);
    CHECK_THROWS_WITH(writeXlsx({s}, xlsx), Catch::Contains("Blatt „Leistungen“, Zeile 2, Spalte „notes“") &&
                                                Catch::Contains("Nullzeichen"));
    CHECK_FALSE(QFileInfo::exists(xlsx));
}

namespace {

// python3-odf (odfpy), a reader independent of ours: every table with its column widths, whether its header
// row is bold, and every cell as [value-type, value, text]; the frozen rows from settings.xml.
QJsonObject odfpyDump(const QString &path)
{
    static const char *script = R"(
import sys, json, zipfile, re
from odf.opendocument import load
from odf.table import Table, TableRow, TableCell, TableColumn
from odf.style import Style, TableColumnProperties, TextProperties
from odf.text import P
from odf import teletype
doc = load(sys.argv[1])
styles = {s.getAttribute('name'): s for s in doc.automaticstyles.getElementsByType(Style)}
def prop(style, kind, attr):
    s = styles.get(style)
    if s is None: return None
    for p in s.getElementsByType(kind): return p.getAttribute(attr)
out = {'tables': []}
for t in doc.spreadsheet.getElementsByType(Table):
    rows = []
    for r in t.getElementsByType(TableRow):
        cells = []
        for c in r.getElementsByType(TableCell):
            vt = c.getAttribute('valuetype') or ''
            v = c.getAttribute('datevalue') if vt == 'date' else c.getAttribute('value')
            text = '\n'.join(teletype.extractText(p) for p in c.getElementsByType(P))
            cells += [[vt, v or '', text, c.getAttribute('currency') or '', c.getAttribute('stylename') or '']] * int(c.getAttribute('numbercolumnsrepeated') or 1)
        rows.append(cells)
    header = t.getElementsByType(TableRow)[0].getElementsByType(TableCell)[0]
    out['tables'].append({'name': t.getAttribute('name'),
        'widths': [prop(c.getAttribute('stylename'), TableColumnProperties, 'columnwidth')
                   for c in t.getElementsByType(TableColumn)],
        'bold': prop(header.getAttribute('stylename'), TextProperties, 'fontweight'),
        'rows': rows})
settings = zipfile.ZipFile(sys.argv[1]).read('settings.xml').decode()
out['frozen'] = re.findall(r'config:name="VerticalSplitMode" config:type="short">(\d)<', settings)
out['mimetype'] = zipfile.ZipFile(sys.argv[1]).read('mimetype').decode()
print(json.dumps(out))
)";
    QProcess py;
    // Debian's python3, where python3-odf is installed (not a python3 of a virtual environment).
    py.start(u"/usr/bin/python3"_qs, {u"-c"_qs, QString::fromUtf8(script), path});
    REQUIRE(py.waitForFinished(60000));
    const QByteArray out = py.readAllStandardOutput();
    INFO(QString::fromUtf8(py.readAllStandardError()).toStdString());
    REQUIRE(py.exitCode() == 0);
    return QJsonDocument::fromJson(out).object();
}

QJsonArray odsRow(const QJsonObject &dump, const QString &table, int row)
{
    for (const QJsonValue &t : dump[u"tables"_qs].toArray())
        if (t[u"name"_qs].toString() == table)
            return t[u"rows"_qs].toArray().at(row).toArray();
    return {};
}

} // namespace

// File only: the subject is the file written from a plan snapshot; which backend loaded the snapshot is the
// subject of the tests tagged [backends] here.
TEST_CASE("the ods workbook has a bold frozen header, sized columns, date and currency cells (python3-odf)",
          "[core][odf]")
{
    QTemporaryDir dir;
    const auto c = plannedCatalog(dir);
    const PlanSnapshot plan = c->loadPlan();
    const QString path = dir.filePath(u"arbeitsplan.ods"_qs);
    REQUIRE(exportFormatByName(u"ods"));
    CHECK(exportAllows(ExportKind::Arbeitsplan, ExportFormat::Ods));
    CHECK(exportAllows(ExportKind::Leistungen, ExportFormat::Ods));
    CHECK_FALSE(exportAllows(ExportKind::Arbeitsplan, ExportFormat::Csv));
    test::writeFile(path, "alt");
    writeExport(plan, ExportKind::Arbeitsplan, ExportFormat::Ods, {}, path);

    const QJsonObject dump = odfpyDump(path);
    CHECK(dump[u"mimetype"_qs].toString() == u"application/vnd.oasis.opendocument.spreadsheet"_qs);
    QStringList names;
    for (const QJsonValue &t : dump[u"tables"_qs].toArray()) {
        names << t[u"name"_qs].toString();
        CHECK(t[u"bold"_qs].toString() == u"bold"_qs);
        // Every column has a width of its own, sized to its content.
        for (const QJsonValue &w : t[u"widths"_qs].toArray())
            CHECK(w.toString().endsWith(u"cm"_qs));
    }
    CHECK(names == QStringList{u"Leistungen"_qs, u"Priorisierung"_qs, u"Projekte"_qs, u"Meilensteine"_qs,
                               u"Nachnutzung"_qs});
    CHECK(dump[u"frozen"_qs].toArray().size() == 5);
    for (const QJsonValue &mode : dump[u"frozen"_qs].toArray())
        CHECK(mode.toString() == u"2"_qs);

    const Sheet projekte = exportSheet(plan, ImportKind::Projekte);
    const QJsonArray header = odsRow(dump, u"Projekte"_qs, 0);
    const QJsonArray row = odsRow(dump, u"Projekte"_qs, 1);
    REQUIRE(header.size() == projekte.header.size());
    const auto cell = [&](const QString &column) {
        return row.at(int(projekte.header.indexOf(column))).toArray();
    };
    CHECK(cell(u"start"_qs)[0] == u"date"_qs);
    CHECK(cell(u"start"_qs)[1] == u"2025-02-01"_qs);
    CHECK(cell(u"start"_qs)[2] == u"01.02.2025"_qs);
    CHECK(cell(u"budget_euro"_qs)[0] == u"currency"_qs);
    CHECK(cell(u"budget_euro"_qs)[1] == u"1234567.89"_qs);
    CHECK(cell(u"budget_euro"_qs)[3] == u"EUR"_qs);
    CHECK(cell(u"budget_euro"_qs)[2] == u"1.234.567,89 €"_qs);
    CHECK(cell(u"name"_qs)[0] == u"string"_qs);
    CHECK(cell(u"name"_qs)[2] == u"Elterngeld, digital"_qs);
    CHECK(cell(u"projekt_id"_qs)[0] == u"float"_qs);

    // The text with a line break and quotes, as odfpy reads it.
    const Sheet leistungen = exportSheet(plan, ImportKind::Leistungen);
    const QJsonArray first = odsRow(dump, u"Leistungen"_qs, 1);
    CHECK(first.at(int(leistungen.header.indexOf(u"notes"_qs))).toArray()[2] ==
          u"Semikolon; \"Zitat\"\nzweite Zeile"_qs);
    CHECK(first.at(int(leistungen.header.indexOf(u"aufwand_pt"_qs))).toArray()[1] == u"0.1"_qs);
}

TEST_CASE("the ods workbook re-imports to the same state, text with its spaces, tabs and line ends included",
          "[core][odf][backends]")
{
    QTemporaryDir dir;
    const auto c = plannedCatalog(dir);
    const QString awkward = u"  zwei vorn, zwei  innen\tTab\r\nCRLF und  hinten  "_qs;
    ChangeSet edit(u"Leerzeichen"_qs);
    edit.append(Change::update(Table::Leistung, 10001, u"notes"_qs, u""_qs, awkward));
    c->apply(edit);
    const QString path = dir.filePath(u"arbeitsplan.ods"_qs);
    writeExport(c->loadPlan(), ExportKind::Arbeitsplan, ExportFormat::Ods, {}, path);

    const QByteArray bytes = test::readFile(path);
    const tabular::Table leistungen = readWorkbook(bytes, u"arbeitsplan.ods"_qs, u"Leistungen"_qs);
    const qsizetype notes = leistungen.header.indexOf(u"notes"_qs);
    bool found = false;
    for (const QStringList &row : leistungen.rows)
        if (row.value(0) == u"10001") {
            found = true;
            CHECK(row.value(notes) == awkward);
        }
    CHECK(found);
    CHECK(leistungen.rows.size() == 557);

    const QByteArray catalogBefore = test::catalogState(*c);
    for (const auto &[kind, sheet] : QList<QPair<ImportKind, QString>>{{ImportKind::Leistungen, u"1"_qs},
                                                                       {ImportKind::Projekte, u"Projekte"_qs},
                                                                       {ImportKind::Meilensteine, u"4"_qs}}) {
        const ImportPlan p = planImport(*c, kind, path, sheet);
        INFO(p.problems().join(u'\n').toStdString());
        CHECK_FALSE(p.refused());
        CHECK(p.changes.isEmpty());
        CHECK(p.count(ImportRow::Action::Unchanged) == p.rows.size());
    }
    CHECK(test::catalogState(*c) == catalogBefore);
}

TEST_CASE("a control character XML cannot hold refuses the ods and keeps the old file", "[core][odf]")
{
    QTemporaryDir dir;
    Sheet s;
    s.name = u"Leistungen"_qs;
    s.header = {u"ozg_id"_qs, u"notes"_qs};
    s.rows = {{10000, u"vorher"_qs + QChar(0x0B) + u"nachher"_qs}};
    const QString path = dir.filePath(u"steuer.ods"_qs);
    test::writeFile(path, "alt");
    CHECK_THROWS_WITH(writeOds({s}, path),
                      Catch::Contains("„") && Catch::Contains("steuer.ods") &&
                          Catch::Contains("Blatt „Leistungen“, Zeile 2, Spalte „notes“") &&
                          Catch::Contains("U+000B"));
    CHECK(test::readFile(path) == "alt");
}

TEST_CASE("an export from a plan without the LeiKa-Leistungen holds the same as one from the whole plan",
          "[core][backends]")
{
    // tfp export and the export dialog load PlanDetail::Tables: every score of every Themenfeld, the LeiKa
    // keys and programme of each Leistung, but not the LeiKa-Leistungen themselves.
    QTemporaryDir dir;
    const auto c = plannedCatalog(dir);
    {
        // A second score of Elterngeld, and one in another Themenfeld.
        const PlanSnapshot before = c->loadPlan();
        const int familie = before.themenfeldByName(u"Familie & Kind"_qs)->id;
        QList<qint64> own;
        for (const Kriterium &k : before.kriterien)
            if (k.themenfeldId == familie)
                own << k.id;
        REQUIRE(own.size() >= 2);
        c->apply(edit::setBewertung(*c, own.last(), 10000, 3));
        const Leistung *elsewhere = nullptr;
        for (const Leistung &l : before.leistungen)
            if (before.themenfeldOf(l) != familie)
                elsewhere = &l;
        REQUIRE(elsewhere);
        for (const Kriterium &k : before.kriterien)
            if (k.themenfeldId == before.themenfeldOf(*elsewhere)) {
                c->apply(edit::setBewertung(*c, k.id, elsewhere->ozgId, 5));
                break;
            }
    }
    const PlanSnapshot full = c->loadPlan(PlanDetail::Full);
    const PlanSnapshot tables = c->loadPlan(PlanDetail::Tables);
    CHECK(tables.leika.size() < full.leika.size() / 10);
    CHECK(tables.bewertungen.size() == full.bewertungen.size());
    CHECK(tables.bewertungen.size() >= 3);
    for (ExportKind kind : kExportKinds)
        for (ExportFormat format : kExportFormats) {
            if (!exportAllows(kind, format))
                continue;
            INFO(exportKindName(kind).toStdString() << " as " << exportFormatName(format).toStdString());
            for (const ExportScope scope :
                 {ExportScope{}, ExportScope{full.themenfeldByName(u"Familie & Kind"_qs)->id, 0}}) {
                const QString a = dir.filePath(u"full."_qs + exportFormatName(format));
                const QString b = dir.filePath(u"tables."_qs + exportFormatName(format));
                const QDateTime stamp(QDate(2026, 12, 6), QTime(8, 0), Qt::UTC);
                writeExport(full, kind, format, scope, a, stamp);
                writeExport(tables, kind, format, scope, b, stamp);
                if (format == ExportFormat::Xlsx || format == ExportFormat::Ods)
                    CHECK(partsWithoutWriteTime(a) == partsWithoutWriteTime(b));
                else
                    CHECK(test::readFile(a) == test::readFile(b));
            }
        }
}
