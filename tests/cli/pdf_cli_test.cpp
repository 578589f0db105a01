// tfp export-pdf as a script uses it: one Themenfeld or all of them, and every refusal with one line on
// stderr, its exit code, and no file written.
#include <catch2/catch.hpp>

#include "support/pdftext.h"
#include "support/pgserver.h"
#include "support/testutil.h"

#include "edit/edits.h"
#include "storage/catalog.h"

#include <QDir>
#include <QFile>

using namespace tfp;

namespace {

struct Setup
{
    QTemporaryDir dir;
    QString catalog;
    QString out;
    Setup() : catalog(test::defaultCatalogOnBackend(dir)), out(dir.filePath(u"plan.pdf"_qs)) {}
};

// The last line on stderr (Qt's platform plugin may print a notice before it).
QString lastLine(const QByteArray &err)
{
    const QStringList lines = QString::fromUtf8(err).split(u'\n', Qt::SkipEmptyParts);
    return lines.isEmpty() ? QString() : lines.last();
}

void requireRefused(const Setup &s, const QStringList &args, int exitCode, const QString &message)
{
    const test::Run r = test::runTfp(args);
    CHECK(r.exitCode == exitCode);
    CHECK(lastLine(r.err).startsWith(u"tfp: "_qs));
    CHECK(lastLine(r.err).contains(message));
    CHECK(QDir(s.dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot) ==
          QStringList{u"katalog.tfplan"_qs});
}

} // namespace

TEST_CASE("tfp export-pdf writes the Arbeitsplan of one Themenfeld", "[cli][backends]")
{
    Setup s;
    const test::Run r = test::runTfp({u"export-pdf"_qs, s.catalog, u"--themenfeld"_qs, u"Familie & Kind"_qs,
                                      u"-o"_qs, s.out, u"--sections"_qs, u"deckblatt,anhang"_qs,
                                      u"--stand"_qs, u"14.11.2026"_qs, u"--author"_qs, u"M. Meyer"_qs});
    REQUIRE(r.exitCode == 0);
    CHECK(QString::fromUtf8(r.out).contains(u"Seiten"_qs));
    const QString t = test::pdfText(s.out);
    CHECK(t.contains(u"Themenfeld Familie & Kind"_qs));
    CHECK(t.contains(u"Stand: 14.11.2026"_qs));
    CHECK(t.contains(u"1 Anhang: Steckbriefe der OZG-Leistungen"_qs));
    CHECK(t.contains(u"Elterngeld"_qs));
    CHECK_FALSE(t.contains(u"Überblick"_qs));
    // The author as /Author, the program as /Creator (issue 17), and the structure tags of an accessible PDF.
    const QString meta = test::pdfInfo(s.out);
    CHECK(meta.contains(u"Author:          M. Meyer"_qs));
    CHECK(meta.contains(u"Creator:         Themenfeldplaner"_qs));
    CHECK(meta.contains(u"Tagged:          yes"_qs));
}

// File only: the one-Themenfeld test above takes its plan from the server; this one is about the 14 files.
TEST_CASE("tfp export-pdf --all writes one file per Themenfeld", "[cli][slow]")
{
    Setup s;
    const QString out = s.dir.filePath(u"pläne"_qs);
    const test::Run r = test::runTfp(
        {u"export-pdf"_qs, s.catalog, u"--all"_qs, u"-o"_qs, out, u"--sections"_qs, u"ueberblick"_qs});
    REQUIRE(r.exitCode == 0);
    const QStringList files = QDir(out).entryList({u"*.pdf"_qs}, QDir::Files);
    CHECK(files.size() == 14);
    CHECK(files.contains(u"Arbeitsplan Unternehmensführung und -entwicklung.pdf"_qs));
    CHECK(files.contains(u"Arbeitsplan Ein- und Auswanderung.pdf"_qs));
    // As ODT the same names end in .odt.
    const QString odt = s.dir.filePath(u"odt"_qs);
    REQUIRE(test::runTfp({u"export-pdf"_qs, s.catalog, u"--all"_qs, u"-o"_qs, odt, u"--format"_qs, u"odt"_qs,
                          u"--sections"_qs, u"deckblatt"_qs})
                .exitCode == 0);
    const QStringList odts = QDir(odt).entryList(QDir::Files);
    CHECK(odts.size() == 14);
    CHECK(odts.filter(u".odt"_qs).size() == 14);
    CHECK(odts.contains(u"Arbeitsplan Unternehmensführung und -entwicklung.odt"_qs));
    QDir(odt).removeRecursively();
    // A file where the folder should be is refused.
    requireRefused(s, {u"export-pdf"_qs, s.catalog, u"--all"_qs, u"-o"_qs, s.catalog}, 1, u"kein Ordner"_qs);
}

TEST_CASE("tfp export-pdf refuses bad input with one line and writes nothing", "[cli][backends]")
{
    Setup s;
    const QString tf = u"Familie & Kind"_qs;
    requireRefused(s, {u"export-pdf"_qs, s.catalog, u"--themenfeld"_qs, u"Familie"_qs, u"-o"_qs, s.out}, 1,
                   u"unbekanntes Themenfeld „Familie“; gültig sind: Arbeit & Ruhestand"_qs);
    requireRefused(s,
                   {u"export-pdf"_qs, s.catalog, u"--themenfeld"_qs, tf, u"-o"_qs, s.out, u"--from"_qs,
                    u"2025-13-01"_qs},
                   2, u"--from erwartet ein Datum (JJJJ-MM-TT oder TT.MM.JJJJ), nicht „2025-13-01“."_qs);
    requireRefused(s,
                   {u"export-pdf"_qs, s.catalog, u"--themenfeld"_qs, tf, u"-o"_qs, s.out, u"--from"_qs,
                    u"2026-01-01"_qs, u"--to"_qs, u"31.12.2025"_qs},
                   2, u"--from 2026-01-01 liegt nach --to 31.12.2025."_qs);
    requireRefused(s,
                   {u"export-pdf"_qs, s.catalog, u"--themenfeld"_qs, tf, u"-o"_qs, s.out, u"--sections"_qs,
                    u"deckblatt,gantt"_qs},
                   2,
                   u"--sections: unbekannter Abschnitt „gantt“; erwartet wird eine Liste aus deckblatt,"_qs);
    requireRefused(s, {u"export-pdf"_qs, s.catalog, u"-o"_qs, s.out}, 2, u"genau eines von --themenfeld"_qs);
    requireRefused(s, {u"export-pdf"_qs, s.catalog, u"--themenfeld"_qs, tf}, 2, u"-o AUS fehlt"_qs);
    requireRefused(
        s, {u"export-pdf"_qs, s.dir.filePath(u"fehlt.tfplan"_qs), u"--themenfeld"_qs, tf, u"-o"_qs, s.out}, 1,
        u"fehlt.tfplan"_qs);
}

TEST_CASE("tfp export-pdf --format odt writes the Arbeitsplan as an editable ODT", "[cli][backends]")
{
    Setup s;
    const QString out = s.dir.filePath(u"plan.odt"_qs);
    const test::Run r =
        test::runTfp({u"export-pdf"_qs, s.catalog, u"--themenfeld"_qs, u"Familie & Kind"_qs, u"-o"_qs, out,
                      u"--format"_qs, u"odt"_qs, u"--sections"_qs, u"deckblatt,anhang"_qs, u"--stand"_qs,
                      u"14.11.2026"_qs, u"--author"_qs, u"M. Meyer"_qs});
    REQUIRE(r.exitCode == 0);
    CHECK(QString::fromUtf8(r.out).contains(u"plan.odt"_qs));
    // Read with odfpy (python3-odf), an independent reader: headings with their levels, text, metadata.
    const test::Run py = test::readWithOdfpy(out);
    INFO(py.err.toStdString());
    REQUIRE(py.exitCode == 0);
    const QString t = QString::fromUtf8(py.out);
    CHECK(t.startsWith(u"application/vnd.oasis.opendocument.text\n"_qs));
    CHECK(t.contains(u"\nH1 1 Anhang: Steckbriefe der OZG-Leistungen\n"_qs));
    CHECK(t.contains(u"\nH2 "_qs));
    CHECK_FALSE(t.contains(u"Überblick"_qs));
    CHECK(t.contains(u"creator M. Meyer\n"_qs));
    CHECK(t.contains(u"Themenfeld Familie & Kind"_qs));
    CHECK(t.contains(u"Stand: 14.11.2026"_qs));
    CHECK(t.contains(u"Elterngeld"_qs));

    // The suffix of -o chooses the format when --format is not given; an unknown format is refused.
    const QString byName = s.dir.filePath(u"zwei.odt"_qs);
    REQUIRE(test::runTfp({u"export-pdf"_qs, s.catalog, u"--themenfeld"_qs, u"Familie & Kind"_qs, u"-o"_qs,
                          byName, u"--sections"_qs, u"deckblatt"_qs})
                .exitCode == 0);
    CHECK(test::readFile(byName).mid(30, 47) == "mimetypeapplication/vnd.oasis.opendocument.text");
    QFile::remove(out);
    QFile::remove(byName);
    requireRefused(s,
                   {u"export-pdf"_qs, s.catalog, u"--themenfeld"_qs, u"Familie & Kind"_qs, u"-o"_qs, out,
                    u"--format"_qs, u"docx"_qs},
                   2, u"--format erwartet pdf oder odt, nicht „docx“."_qs);
    requireRefused(s,
                   {u"export-pdf"_qs, s.catalog, u"--themenfeld"_qs, u"Familie & Kind"_qs, u"-o"_qs,
                    s.dir.filePath(u"fehlt/plan.odt"_qs)},
                   1, u"plan.odt“ kann nicht geschrieben werden: den Ordner gibt es nicht."_qs);
}

TEST_CASE("tfp export-pdf --baseline compares the schedule with a named Stand", "[cli][backends]")
{
    Setup s;
    qint64 pilot = 0;
    {
        auto c = Catalog::open(s.catalog);
        const PlanSnapshot plan = c->loadPlan();
        const int familie = plan.themenfeldByName(u"Familie & Kind"_qs)->id;
        const ChangeSet p = edit::createProjekt(*c, familie, u"Kita-Portal"_qs, {});
        c->apply(p);
        const ChangeSet m = edit::addMeilenstein(*c, p.changes.first().key, u"pilotierung"_qs,
                                                 u"Pilot gestartet"_qs, QDate(2026, 3, 1));
        c->apply(m);
        pilot = m.changes.first().key;
    }
    REQUIRE(test::runTfp({u"stand"_qs, s.catalog, u"Steuerungskreis 14.11.2025"_qs}).exitCode == 0);
    {
        auto c = Catalog::open(s.catalog);
        c->apply(
            edit::setField(*c, schema::Table::Meilenstein, pilot, schema::col::geplant, u"2026-03-15"_qs));
    }
    const test::Run r = test::runTfp({u"export-pdf"_qs, s.catalog, u"--themenfeld"_qs, u"Familie & Kind"_qs,
                                      u"-o"_qs, s.out, u"--sections"_qs, u"meilensteine"_qs, u"--baseline"_qs,
                                      u"Steuerungskreis 14.11.2025"_qs});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString t = test::pdfText(s.out).simplified();
    INFO(t.toStdString());
    CHECK(t.contains(u"Verglichen mit dem Stand „Steuerungskreis 14.11.2025“"_qs));
    // The row: planned now, in the Stand, the shift (pdftotext may read the row apart from its header).
    CHECK(t.contains(u"15.03.2026 01.03.2026"_qs));
    CHECK(t.contains(u"+14"_qs));

    QFile::remove(s.out);
    requireRefused(
        s,
        {u"export-pdf"_qs, s.catalog, u"--themenfeld"_qs, u"Familie & Kind"_qs, u"-o"_qs, s.out,
         u"--baseline"_qs, u"Jour-Fix"_qs},
        1, u"Einen Stand „Jour-Fix“ gibt es im Katalog nicht; es gibt: „Steuerungskreis 14.11.2025“."_qs);
}
