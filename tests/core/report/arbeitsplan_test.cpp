// The Arbeitsplan PDF as a reader gets it: the exported file read back with pdftotext and pdfinfo (poppler),
// on the real catalog's largest Themenfeld with a realistic plan built through the edit functions.
#include "report/arbeitsplan.h"
#include "report/arbeitsplanteile.h"
#include "support/catchqt.h"
#include "support/demoplan.h"
#include "support/odtreader.h"
#include "support/pdftext.h"
#include "support/testutil.h"

#include "edit/edits.h"
#include "edit/workshopedits.h"
#include "error.h"
#include "exchange/changelog.h"
#include "report/odtdocument.h"
#include "storage/catalog.h"

#include <QDir>
#include <QFile>
#include <QFontMetricsF>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>

using namespace tfp;
using namespace tfp::report;

namespace {

const QString kThemenfeld = u"Unternehmensführung & -entwicklung"_qs;
const QString kEscaping = u"<b>Test</b> & Co"_qs;
const QDate kStand(2025, 6, 30);

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Catalog> catalog;
    PlanSnapshot plan;
    int themenfeldId = 0;
    test::DemoPlan demo;
};

// Built once per process: the plan takes a few hundred edits.
Fixture &fixture()
{
    static Fixture f = [] {
        Fixture f;
        f.catalog = Catalog::open(test::defaultCatalogCopy(f.dir));
        const PlanSnapshot plan = f.catalog->loadPlan();
        f.themenfeldId = plan.themenfeldByName(kThemenfeld)->id;
        f.demo = test::addDemoPlan(*f.catalog, f.themenfeldId, kStand);
        f.catalog->apply(edit::setField(*f.catalog, schema::Table::Leistung, f.demo.leistungen[3],
                                        schema::col::name, kEscaping));
        f.plan = f.catalog->loadPlan(PlanDetail::Full);
        return f;
    }();
    return f;
}

ArbeitsplanOptions options()
{
    ArbeitsplanOptions o;
    o.themenfeldId = fixture().themenfeldId;
    o.stand = kStand;
    o.author = u"Dr. Erika Mustermann"_qs;
    return o;
}

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(300000)); // generous, as in support/pdftext.cpp
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString written(const ArbeitsplanOptions &o, const QString &name = u"plan.pdf"_qs)
{
    const QString path = fixture().dir.filePath(name);
    const PdfDocument doc = arbeitsplan(fixture().plan, o);
    REQUIRE(doc.writePdf(path));
    return path;
}

} // namespace

TEST_CASE("The Arbeitsplan holds every part, OZG-ID and the Federführung", "[core][report]")
{
    const QString pdf = written(options());
    const QString text = test::pdfText(pdf);
    for (const char *title : {"Inhalt", "1 Überblick", "2 Priorisierung", "3 Umsetzungsprojekte",
                              "4 Wellenplanung und Zeitplan", "5 Meilensteine", "6 Abdeckung und Lücken",
                              "7 Risiken und Abhängigkeiten", "8 Anhang: Steckbriefe der OZG-Leistungen"})
        CHECK(text.contains(QString::fromUtf8(title)));
    CHECK(text.contains(u"Themenfeld Unternehmensführung & -entwicklung"_qs));
    CHECK(text.contains(u"Stand: 30.06.2025"_qs));
    for (int ozg : fixture().demo.leistungen)
        CHECK(text.contains(QString::number(ozg)));
    // The cover's Federführung: BMWK, HH FF, HB/NW/TH U (DOMAIN.md).
    const QString cover = test::pdfText(pdf, 1);
    for (const char *s : {"Federführung", "BMWK", "Bundesministerium für", "HH", "Hamburg", "federführend",
                          "HB", "NW", "TH", "umsetzend"})
        CHECK(cover.contains(QString::fromUtf8(s)));
}

TEST_CASE("The PDF has the page count, footer and metadata the layout says", "[core][report]")
{
    const PdfDocument doc = arbeitsplan(fixture().plan, options());
    const QString pdf = written(options());
    const int pages = test::pdfPageCount(pdf);
    CHECK(pages == doc.pageCount());
    CHECK(pages > 20);
    CHECK(test::pdfText(pdf, 2).contains(u"Seite 2 von %1"_qs.arg(pages)));
    CHECK(test::pdfText(pdf, pages).contains(u"Seite %1 von %1"_qs.arg(pages)));
    CHECK(test::pdfText(pdf, 2).contains(u"Stand 30.06.2025"_qs)); // running header
    const QString info = test::pdfInfo(pdf);
    CHECK(info.contains(u"Title:           Arbeitsplan Unternehmensführung & -entwicklung"_qs));
    CHECK(info.contains(u"Author:          Dr. Erika Mustermann"_qs));
    CHECK(info.contains(u"Creator:         Themenfeldplaner"_qs));
    CHECK(info.contains(u"Tagged:          yes"_qs));
    CHECK(info.contains(u"CreationDate:"_qs));
    CHECK(info.contains(u"Page size:       595 x 842 pts (A4)"_qs));
    CHECK(test::pdfInfo(pdf, {u"-meta"_qs}).contains(u"<rdf:li>Dr. Erika Mustermann</rdf:li>"_qs));
    // Every font is embedded, so the print looks the same on the Ressort's machine.
    const QStringList fonts = run(u"pdffonts"_qs, {pdf}).split(u'\n', Qt::SkipEmptyParts).mid(2);
    REQUIRE(!fonts.isEmpty());
    for (const QString &f : fonts)
        CHECK(f.split(u' ', Qt::SkipEmptyParts).value(4) == u"yes");
}

namespace {

// The structure of a written PDF as tests/core/report/pdfstructure.py reads it with pikepdf.
QJsonObject pdfStructure(const QString &pdf)
{
    const QString script = QStringLiteral(TFP_TEST_DATA "/../core/report/pdfstructure.py");
    return QJsonDocument::fromJson(run(u"/usr/bin/python3"_qs, {script, pdf}).toUtf8()).object();
}

// The page each block starts on.
QHash<qsizetype, int> blockPages(const PdfDocument &doc)
{
    QHash<qsizetype, int> pages;
    for (int p = 0; p < doc.pageCount(); ++p)
        for (const PdfDocument::Item &i : doc.items(p))
            if (!pages.contains(i.block))
                pages.insert(i.block, p);
    return pages;
}

} // namespace

TEST_CASE("The PDF is tagged in reading order, with figures said in words, bookmarks and linked contents",
          "[core][report]")
{
    using Block = PdfDocument::Block;
    const PdfDocument doc = arbeitsplan(fixture().plan, options());
    const QString pdf = written(options());
    const QJsonObject s = pdfStructure(pdf);
    // The text of each element reads as typed: a cell's wrapped lines keep the space between their words.
    // Read from a copy without the PDF/A output intent: poppler 22.02 loads its ICC profile again for every
    // element's text, which takes minutes for this file (the profile changes no text).
    const QString withoutIntent = fixture().dir.filePath(u"ohne-ausgabeprofil.pdf"_qs);
    run(u"/usr/bin/python3"_qs,
        {u"-c"_qs,
         u"import pikepdf, sys\np = pikepdf.open(sys.argv[1])\ndel p.Root['/OutputIntents']\n"
         u"p.save(sys.argv[2])"_qs,
         pdf, withoutIntent});
    const QString structureText = test::pdfInfo(withoutIntent, {u"-struct-text"_qs});
    CHECK(structureText.contains(u"\"Bundesministerium für Wirtschaft und Klimaschutz\""_qs));
    CHECK(s[u"lang"].toString() == u"de-DE");
    CHECK(s[u"marked"].toBool());
    CHECK(s[u"displayDocTitle"].toBool());
    CHECK(s[u"info"][u"Title"].toString() == u"Arbeitsplan Unternehmensführung & -entwicklung");
    CHECK(s[u"info"][u"Author"].toString() == u"Dr. Erika Mustermann");
    CHECK(s[u"info"][u"Creator"].toString() == u"Themenfeldplaner");
    CHECK(s[u"xmp"].toString().contains(u"<pdfuaid:part>1</pdfuaid:part>"_qs));
    // Everything painted is either tagged content or an artifact (header, footer, rules, repeated headers).
    CHECK(s[u"untagged"].toInt() == 0);

    const QList<Block> &blocks = doc.blocks();
    const QHash<qsizetype, int> pages = blockPages(doc);
    int sections = 0, tables = 0;
    QStringList alt;
    QList<const Block *> entries;
    for (const Block &b : blocks) {
        sections += (b.kind == Block::Heading && b.level == 1) || b.kind == Block::Contents ||
                    (b.kind == Block::Paragraph && b.style == Style::Title); // the cover's title
        tables += b.kind == Block::Table && !b.rows.isEmpty();
        if (b.kind == Block::Figure)
            alt.append(b.alt);
        if (b.kind == Block::Heading && b.inContents)
            entries.append(&b);
    }
    // One H1 per section; every heading opens its Sect, within the Sects of lower headings only.
    const QJsonArray elements = s[u"elements"].toArray();
    QStringList stack;
    QList<int> levels; // of each Sect on the stack, by its heading
    int h1 = 0;
    for (qsizetype i = 0; i < elements.size(); ++i) {
        const int depth = elements[i][0].toInt();
        const QString type = elements[i][1].toString();
        stack.resize(depth);
        levels.resize(depth);
        stack.append(type);
        levels.append(0);
        if (QRegularExpression(u"^H[1-6]$"_qs).match(type).hasMatch()) {
            const int level = type.mid(1).toInt();
            h1 += level == 1;
            INFO(stack.join(u" > ").toStdString());
            REQUIRE(depth > 0);
            CHECK(stack[depth - 1] == u"Sect");
            CHECK(elements[i - 1][1].toString() == u"Sect"); // the heading opens its section
            levels[depth - 1] = level;
            for (qsizetype k = 0; k + 1 < depth; ++k)
                if (stack[k] == u"Sect")
                    CHECK(levels[k] < level);
        }
    }
    CHECK(h1 == sections);
    CHECK(sections == 10); // the cover, the contents and eight parts
    // The headings start at H1 (PDF/UA-1 7.4.2).
    const auto first = std::find_if(elements.cbegin(), elements.cend(),
                                    [](const QJsonValue &e) { return e[1].toString().startsWith(u'H'); });
    REQUIRE(first != elements.cend());
    CHECK((*first)[1].toString() == u"H1");

    // Tables: a row of TH over rows of TD, each row with a cell per column.
    const QJsonArray found = s[u"tables"].toArray();
    REQUIRE(found.size() == tables);
    qsizetype t = 0;
    for (const Block &b : blocks) {
        if (b.kind != Block::Table || b.rows.isEmpty())
            continue;
        const QJsonArray rows = found[t++].toArray();
        REQUIRE(rows.size() == b.rows.size() + (b.header ? 1 : 0));
        for (qsizetype r = 0; r < rows.size(); ++r) {
            const QString cell = b.header && r == 0 ? u"TH"_qs : u"TD"_qs;
            QJsonArray expected;
            for (qsizetype c = 0; c < b.columns.size(); ++c)
                expected.append(cell);
            CHECK(rows[r].toArray() == expected);
        }
    }

    // Every chart is a Figure whose alternative text states its figures.
    QStringList figures;
    for (const QJsonValue &f : s[u"figures"].toArray())
        figures.append(f.toString());
    CHECK(figures == alt);
    CHECK(figures.size() >= 8); // six charts and the Gantt's tiles
    for (const QString &a : figures)
        CHECK(QRegularExpression(u"\\d"_qs).match(a).hasMatch());

    // A bookmark per section and subsection, nested as they are, on the heading's page; a link per entry
    // of the contents to the same page.
    const QJsonArray outline = s[u"outline"].toArray();
    const QJsonArray links = s[u"links"].toArray();
    REQUIRE(outline.size() == entries.size());
    REQUIRE(links.size() == entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const qsizetype block = entries[i] - blocks.data();
        INFO(entries[i]->text.toStdString());
        CHECK(outline[i][0].toInt() == entries[i]->level);
        CHECK(outline[i][1].toString() == entries[i]->text);
        CHECK(outline[i][2].toInt() == pages.value(block, -2));
        CHECK(links[i][u"in"].toString() == u"TOCI");
        CHECK(links[i][u"page"].toInt() == pages.value(block, -2));
        CHECK(links[i][u"contents"].toString() == entries[i]->text);
    }
}

// What of PDF/A-2 can be checked without a validator (veraPDF is not in Debian): pdfstructure.py lists the
// problems it finds (see its pdfa()); the font programs themselves and the ICC profile's inside are not read.
TEST_CASE("The PDF claims PDF/A-2a and keeps what can be checked of it", "[core][report]")
{
    const QString pdf = written(options(), u"archiv.pdf"_qs);
    const QJsonObject s = pdfStructure(pdf);
    const QJsonObject a = s[u"pdfa"].toObject();
    QStringList problems;
    for (const QJsonValue &p : a[u"problems"].toArray())
        problems.append(p.toString());
    INFO(problems.join(u'\n').toStdString());
    CHECK(problems.isEmpty());
    CHECK(a[u"part"].toString() == u"2");
    CHECK(a[u"conformance"].toString() == u"A");
    CHECK(s[u"xmp"].toString().contains(u"<pdfuaid:part>1</pdfuaid:part>"_qs)); // still PDF/UA-1 as well
    const QJsonArray intents = a[u"outputIntents"].toArray();
    REQUIRE(intents.size() == 1);
    CHECK(intents[0][u"condition"].toString() == u"sRGB IEC61966-2.1");
    CHECK(intents[0][u"profileSpace"].toString() == u"RGB ");
    const QJsonArray fonts = a[u"fonts"].toArray();
    CHECK(fonts.size() >= 2); // DejaVu Sans and its bold
    for (const QJsonValue &f : fonts) {
        INFO(f[u"name"].toString().toStdString());
        CHECK(f[u"embedded"].toBool());
        CHECK(f[u"toUnicode"].toBool());
        CHECK(f[u"subtype"].toString() != u"Type3");
    }
    // Info and XMP as poppler reads them: one title, author, creator and date, no encryption.
    const QString info = test::pdfInfo(pdf, {u"-isodates"_qs});
    CHECK(info.contains(u"Creator:         Themenfeldplaner\n"_qs));
    CHECK(info.contains(u"Producer:        Themenfeldplaner "_qs));
    CHECK(info.contains(u"Encrypted:       no"_qs));
    CHECK(info.contains(u"JavaScript:      no"_qs));
    CHECK(info.contains(u"ModDate:"_qs));
}

TEST_CASE("The PDF's language follows the UI's: de-DE, en-GB in English", "[core][report]")
{
    const QString pdf = fixture().dir.filePath(u"sprache.pdf"_qs);
    auto lang = [&] {
        PdfDocument d(DocumentInfo{u"Test"_qs, {}, {}, {}, {}, false});
        d.heading(1, u"Abschnitt"_qs);
        d.paragraph(u"Text"_qs);
        REQUIRE(d.writePdf(pdf));
        return pdfStructure(pdf)[u"lang"].toString();
    };
    CHECK(lang() == u"de-DE");
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const QString english = lang();
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    CHECK(english == u"en-GB");
}

TEST_CASE("The table of contents gives the page of every section", "[core][report]")
{
    const PdfDocument doc = arbeitsplan(fixture().plan, options());
    const QStringList toc = doc.pageText(1);
    REQUIRE(toc.value(0) == u"Inhalt");
    int checked = 0;
    for (qsizetype i = 0; i + 1 < toc.size(); ++i) {
        if (!QRegularExpression(u"^\\d \\S"_qs).match(toc[i]).hasMatch())
            continue;
        bool ok = false;
        const int page = toc[i + 1].toInt(&ok);
        REQUIRE(ok);
        CHECK(doc.pageText(page - 1).contains(toc[i]));
        if (page - 2 > 1) // the page before, unless it is the contents
            CHECK_FALSE(doc.pageText(page - 2).contains(toc[i]));
        ++checked;
    }
    CHECK(checked == 8);
}

TEST_CASE("A table repeats its header row after a page break and never splits a row", "[core][report]")
{
    const PdfDocument doc = arbeitsplan(fixture().plan, options());
    // The ranking of 78 Leistungen runs over several pages.
    int first = -1, last = -1;
    for (int p = 2; p < doc.pageCount() && last < 0; ++p) { // after the cover and the contents
        if (first < 0 && doc.pageText(p).contains(u"Rangfolge"))
            first = p;
        if (first >= 0 && doc.pageText(p).contains(u"3 Umsetzungsprojekte"))
            last = p - 1;
    }
    REQUIRE(first >= 0);
    REQUIRE(last > first);
    const auto &prio = fixture().plan;
    for (int p = first; p <= last; ++p) {
        CHECK(doc.orientation(p) == QPageLayout::Landscape); // wide enough for a column per criterion
        const QStringList t = doc.pageText(p);
        const qsizetype header = t.indexOf(u"Kategorie"_qs);
        CHECK(header >= 0);
        CHECK(t.indexOf(u"Format"_qs) > header);
        // What follows the header on a continued page is a row, not the rest of one.
        if (p > first)
            CHECK(QRegularExpression(u"^\\d+$"_qs).match(t.value(t.indexOf(u"Welle"_qs) + 1)).hasMatch());
    }
    // Each ranked Leistung's row, name included, is on one page; pdftotext shows the same on the file.
    int rows = 0;
    for (int ozg : fixture().demo.leistungen) {
        int onPage = -1;
        for (int p = first; p <= last; ++p)
            if (doc.pageText(p).contains(QString::number(ozg)))
                onPage = p;
        REQUIRE(onPage >= 0);
        // Lines are cut at spaces or, in a long word, anywhere: without spaces the name reads through.
        const QString page = doc.pageText(onPage).join(QString()).remove(u' ');
        CHECK(page.contains(QString(prio.leistung(ozg)->name).remove(u' ')));
        ++rows;
    }
    CHECK(rows == 78);
    const QString pdf = written(options());
    for (int p = first + 2; p <= last + 1; ++p) {
        const QString page = test::pdfText(pdf, p);
        CHECK(page.contains(u"Kategorie"_qs));
        CHECK(page.contains(u"Format"_qs));
    }
}

TEST_CASE("User text is printed literally, whatever markup it holds", "[core][report]")
{
    const QString text = test::pdfText(written(options()));
    CHECK(text.contains(kEscaping));
    CHECK(text.count(kEscaping) >= 3); // ranking, project, Steckbrief
    CHECK_FALSE(text.contains(u"&amp;"_qs));
}

TEST_CASE("The same input gives the same text", "[core][report]")
{
    const QString a = test::pdfText(written(options(), u"a.pdf"_qs));
    const QString b = test::pdfText(written(options(), u"b.pdf"_qs));
    CHECK(a == b);
}

TEST_CASE("The Gantt tiles over landscape pages with the project names on each", "[core][report]")
{
    const PdfDocument doc = arbeitsplan(fixture().plan, options());
    QList<int> gantt;
    for (int p = 0; p < doc.pageCount(); ++p)
        if (doc.pageText(p).value(0).startsWith(u"Zeitplan, Blatt"_qs)) {
            CHECK(doc.orientation(p) == QPageLayout::Landscape);
            gantt.append(p);
        }
    REQUIRE(gantt.size() >= 2);
    const QString pdf = written(options());
    const QString info = test::pdfInfo(pdf, {u"-f"_qs, u"1"_qs, u"-l"_qs, QString::number(doc.pageCount())});
    auto size = [&](int page) {
        return QRegularExpression(u"Page\\s+%1 size:\\s+(\\d+ x \\d+)"_qs.arg(page)).match(info).captured(1);
    };
    CHECK(size(gantt.first() + 1) == u"842 x 595");
    CHECK(size(gantt.first()) == u"595 x 842");
    CHECK(size(gantt.last() + 2) == u"595 x 842"); // back to portrait after the Gantt
    // Every tile says which dates and rows it holds; a tile shows the projects with dates in its time span,
    // each named on the tiles of its dates.
    QStringList pages;
    for (int p : gantt) {
        pages.append(test::pdfText(pdf, p + 1));
        CHECK(QRegularExpression(
                  u"Zeitplan, Blatt \\d+ von \\d+: [0-9.]+ bis [0-9.]+, Projekte \\d+ bis \\d+ von "
                  u"\\d+ mit Terminen in diesem Zeitraum"_qs)
                  .match(pages.last())
                  .hasMatch());
    }
    CHECK(gantt.size() >= 3); // 2021–2028 in parts of about two years
    qsizetype genannt = 0;
    for (int n = 1; n <= 14; ++n) {
        const QString name = n == 3 ? u"Unternehmenskonto und"_qs : u"Umsetzungsprojekt %1:"_qs.arg(n);
        const auto mal =
            std::count_if(pages.cbegin(), pages.cend(), [&](const QString &t) { return t.contains(name); });
        CHECK(mal >= 1);
        genannt += mal;
    }
    CHECK(genannt < 14 * gantt.size()); // not every project on every tile

    // A chosen date range gives fewer tiles, and says so.
    ArbeitsplanOptions o = options();
    o.from = QDate(2023, 1, 1);
    o.to = QDate(2024, 12, 31);
    const PdfDocument kurz = arbeitsplan(fixture().plan, o);
    int landscape = 0;
    QString caption;
    for (int p = 0; p < kurz.pageCount(); ++p)
        if (kurz.pageText(p).value(0).startsWith(u"Zeitplan, Blatt"_qs)) {
            ++landscape;
            caption += kurz.pageText(p).join(u'\n');
        }
    CHECK(landscape < gantt.size());
    CHECK(caption.contains(u"01.01.2023 bis 31.12.2024"_qs));
}

TEST_CASE("Only the chosen sections are printed", "[core][report]")
{
    ArbeitsplanOptions o = options();
    o.sections = sectionsFrom(u"risiken, zeitplan"_qs);
    REQUIRE(o.sections == QList<Section>{Section::Zeitplan, Section::Risiken});
    const QString text = test::pdfText(written(o));
    CHECK(text.contains(u"1 Wellenplanung und Zeitplan"_qs));
    CHECK(text.contains(u"2 Risiken und Abhängigkeiten"_qs));
    CHECK_FALSE(text.contains(u"Überblick"_qs));
    CHECK_FALSE(text.contains(u"Steckbriefe"_qs));
    CHECK_FALSE(text.contains(u"Stand: 30.06.2025"_qs)); // the cover's line
}

TEST_CASE("Bad options are refused with a clear message and write nothing", "[core][report]")
{
    ArbeitsplanOptions o = options();
    o.from = QDate(2025, 1, 1);
    o.to = QDate(2024, 1, 1);
    CHECK_THROWS_WITH(arbeitsplan(fixture().plan, o),
                      "Der Zeitraum beginnt am 01.01.2025, nach seinem Ende am 01.01.2024.");
    CHECK_THROWS_WITH(sectionsFrom(u"ueberblick,gantt"_qs),
                      Catch::Contains("unbekannter Abschnitt „gantt“") &&
                          Catch::Contains("ueberblick, priorisierung"));
    o = options();
    o.themenfeldId = 999;
    CHECK_THROWS_AS(arbeitsplan(fixture().plan, o), Error);

    // A cancelled export leaves no file, not even a half-written one.
    const QString path = fixture().dir.filePath(u"abgebrochen.pdf"_qs);
    const PdfDocument doc = arbeitsplan(fixture().plan, options());
    int seen = 0;
    CHECK_FALSE(doc.writePdf(path, [&](int page, int) { return ++seen, page < 5; }));
    CHECK(seen == 5);
    CHECK_FALSE(QFile::exists(path));
    CHECK(QDir(fixture().dir.path()).entryList({u"abgebrochen*"_qs}).isEmpty());
}

TEST_CASE("The file name of an Arbeitsplan is safe on every file system", "[core][report]")
{
    Themenfeld t;
    t.name = u"Unternehmensführung & -entwicklung"_qs;
    CHECK(arbeitsplanFileName(t) == u"Arbeitsplan Unternehmensführung und -entwicklung.pdf");
    t.name = u"../Bau/en: \"Wohnen\"?"_qs;
    CHECK(arbeitsplanFileName(t) == u"Arbeitsplan Bau-en- -Wohnen--.pdf");
    // Names that come out the same get the Themenfeld's id, so that --all never overwrites its own file.
    Themenfeld a, b, c;
    a.id = 1;
    a.name = u"Bauen/Wohnen"_qs;
    b.id = 2;
    b.name = u"Bauen:Wohnen"_qs;
    c.id = 3;
    c.name = u"bauen-wohnen"_qs;
    const QHash<int, QString> names = arbeitsplanFileNames({a, b, c});
    CHECK(names.value(1) == u"Arbeitsplan Bauen-Wohnen.pdf");
    CHECK(names.value(2) == u"Arbeitsplan Bauen-Wohnen (2).pdf");
    CHECK(names.value(3) == u"Arbeitsplan bauen-wohnen (3).pdf");
}

TEST_CASE("A long non-ASCII Themenfeld name is cut to a file name of at most 255 bytes", "[core][report]")
{
    // 200 umlauts are 200 UTF-16 characters but 400 bytes in UTF-8; Linux allows 255 bytes per name.
    QTemporaryDir dir;
    Themenfeld a, b, c;
    a.id = 1;
    a.name = QString(200, u'Ä');
    b.id = 2;
    b.name = QString(200, u'Ä') + u"Ö"_qs; // the same after cutting: gets its id
    c.id = 3;
    c.name = u"x"_qs + QString(200, u'ü'); // an odd byte before the two-byte characters
    const QHash<int, QString> names = arbeitsplanFileNames({a, b, c});
    REQUIRE(names.size() == 3);
    for (const QString &name : names) {
        INFO(name.toStdString());
        CHECK(name.toUtf8().size() <= 255);
        CHECK(name.endsWith(u".pdf"_qs));
        CHECK(name.size() > 100); // cut, not dropped
        QFile f(dir.filePath(name));
        CHECK(f.open(QIODevice::WriteOnly));
    }
    CHECK(names.value(1).startsWith(u"Arbeitsplan ÄÄÄ"_qs));
    CHECK(names.value(2).endsWith(u" (2).pdf"_qs));
    CHECK(names.value(3).chopped(4).endsWith(u'ü')); // a whole character at the cut
    CHECK(QDir(dir.path()).entryList(QDir::Files).size() == 3);
}

TEST_CASE("No input breaks the layout: an empty Themenfeld, endless names, control characters",
          "[core][report]")
{
    QTemporaryDir dir;
    auto c = Catalog::open(test::defaultCatalogCopy(dir));
    ChangeSet empty(u"Leeres Themenfeld anlegen"_qs);
    const qint64 leer = c->allocateKey(schema::Table::Themenfeld);
    empty.append(
        Change::insert(schema::Table::Themenfeld, leer,
                       {{u"name"_qs, u"Neues Themenfeld ohne Leistungen"_qs}, {u"sort_order"_qs, 99}}));
    c->apply(empty);
    const int familie = [&] {
        const PlanSnapshot summary = c->loadPlan(PlanDetail::Summary);
        return summary.themenfeldByName(u"Familie & Kind"_qs)->id;
    }();
    const QString endlos = QString(u"Antragsverfahrensdigitalisierungsumsetzungsbegleitung"_qs).repeated(12);
    c->apply(edit::setField(*c, schema::Table::Leistung, 10000, schema::col::name, endlos));
    c->apply(edit::setField(*c, schema::Table::Leistung, 10001, schema::col::notes,
                            u"Zeile 1\nZeile 2\r\n\tEingerückt\u0007 mit Klingel\u0000 und Nullzeichen"_qs +
                                QString(u"Sehr lange Notiz. "_qs).repeated(400)));
    const PlanSnapshot plan = c->loadPlan(PlanDetail::Full);

    ArbeitsplanOptions o;
    o.stand = kStand;
    o.themenfeldId = int(leer);
    const PdfDocument none = arbeitsplan(plan, o);
    QStringList text;
    for (int p = 0; p < none.pageCount(); ++p)
        text += none.pageText(p);
    CHECK(text.contains(u"Für dieses Themenfeld sind keine Umsetzungsprojekte angelegt."_qs));
    CHECK(text.contains(u"Das Themenfeld hat keine OZG-Leistungen."_qs));
    CHECK(text.contains(u"Kein Projekt des Themenfelds hat Termine: es gibt keinen Zeitplan zu zeigen."_qs));
    CHECK(text.contains(u"Das Themenfeld hat keine OZG-Leistungen zu priorisieren."_qs));
    CHECK(text.contains(u"Das Themenfeld hat keine Lagen."_qs));
    CHECK_FALSE(text.contains(u"Kategorie"_qs)); // no header over an empty ranking
    for (int p = 0; p < none.pageCount(); ++p)
        CHECK(none.orientation(p) == QPageLayout::Portrait);

    o.themenfeldId = familie;
    const PdfDocument doc = arbeitsplan(plan, o);
    QString all;
    bool control = false;
    int inkInMargin = 0;
    for (int p = 0; p < doc.pageCount(); ++p) {
        for (const QString &line : doc.pageText(p)) {
            control = control ||
                      std::any_of(line.cbegin(), line.cend(), [](QChar ch) { return ch.unicode() < 0x20; });
            all += line;
        }
        // Nothing is painted into the left and right margins (18 mm of 210 or 297): no line runs off.
        const QImage img = doc.pageImage(p, 600);
        const int margin = int(600 * 16.0 / (doc.orientation(p) == QPageLayout::Portrait ? 210 : 297));
        for (int y = 0; y < img.height(); ++y) {
            const QRgb *row = reinterpret_cast<const QRgb *>(img.constScanLine(y));
            for (int x = 0; x < img.width(); ++x)
                if ((x < margin || x >= img.width() - margin) && qGray(row[x]) < 250)
                    ++inkInMargin;
        }
    }
    CHECK(inkInMargin == 0);
    CHECK_FALSE(control); // no control character reaches a line
    CHECK(all.contains(endlos.left(40)));
    CHECK(all.count(u"Sehr lange Notiz."_qs) == 400);
    const QString pdf = dir.filePath(u"familie.pdf"_qs);
    REQUIRE(doc.writePdf(pdf));
    CHECK(test::pdfPageCount(pdf) == doc.pageCount());
}

TEST_CASE("The Gantt's pages end with the plan's years whatever date it is given", "[core][report]")
{
    analysis::GanttRow z;
    z.projektId = 1;
    z.name = u"Projekt"_qs;
    z.start = QDate(2096, 1, 1);
    z.ende = QDate(3000000, 1, 1); // a date the schema refuses, as a damaged file could still bring it
    PdfDocument d(DocumentInfo{u"Test"_qs, {}, {}, {}, {}, false});
    report::ganttKacheln(d, {z}, z.start, z.ende, kStand);
    QStringList captions;
    for (int p = 0; p < d.pageCount(); ++p)
        captions.append(d.pageText(p).join(u' '));
    // Two years a page up to the plan's last year and one to spare (1.5 million pages before).
    CHECK(captions ==
          QStringList{
              u"Zeitplan, Blatt 1 von 3: 01.01.2096 bis 31.12.2097, Projekte 1 bis 1 von 1 mit Terminen in "
              u"diesem Zeitraum"_qs,
              u"Zeitplan, Blatt 2 von 3: 01.01.2098 bis 31.12.2099, Projekte 1 bis 1 von 1 mit Terminen in "
              u"diesem Zeitraum"_qs,
              u"Zeitplan, Blatt 3 von 3: 01.01.2100 bis 31.12.2101, Projekte 1 bis 1 von 1 mit Terminen in "
              u"diesem Zeitraum"_qs});
}

TEST_CASE("A long Gantt is cut into pages of rows spread evenly, each over a page's width of time",
          "[core][report]")
{
    QList<analysis::GanttRow> rows;
    for (int i = 0; i < 30; ++i) {
        analysis::GanttRow z;
        z.projektId = i + 1;
        z.name = u"Projekt %1"_qs.arg(i + 1);
        z.start = QDate(2024, 1, 1).addMonths(i);
        z.ende = z.start.addMonths(12);
        rows.append(z);
    }
    PdfDocument d(DocumentInfo{u"Test"_qs, {}, {}, {}, {}, false});
    report::ganttKacheln(d, rows, QDate(2024, 1, 1), QDate(2027, 6, 30), kStand);
    QStringList captions;
    for (int p = 0; p < d.pageCount(); ++p)
        if (d.orientation(p) == QPageLayout::Landscape)
            captions.append(d.pageText(p).join(u' '));
    // 42 months: two tiles of 21 (not 24 and 18); in each, the projects with dates in it spread evenly over
    // pages (not 14, 14 and 2).
    const QString rest = u" mit Terminen in diesem Zeitraum"_qs;
    CHECK(captions ==
          QStringList{
              u"Zeitplan, Blatt 1 von 4: 01.01.2024 bis 30.09.2025, Projekte 1 bis 11 von 21"_qs + rest,
              u"Zeitplan, Blatt 2 von 4: 01.01.2024 bis 30.09.2025, Projekte 12 bis 21 von 21"_qs + rest,
              u"Zeitplan, Blatt 3 von 4: 01.10.2025 bis 30.06.2027, Projekte 1 bis 11 von 21"_qs + rest,
              u"Zeitplan, Blatt 4 von 4: 01.10.2025 bis 30.06.2027, Projekte 12 bis 21 von 21"_qs + rest});
}

namespace {

analysis::GanttRow projektZeile(qint64 id, QDate start, QDate ende)
{
    analysis::GanttRow z;
    z.projektId = id;
    z.name = u"Projekt %1"_qs.arg(id);
    z.start = start;
    z.ende = ende;
    for (QDate d = start.addMonths(4); d < ende; d = d.addMonths(4))
        z.meilensteine.append({id * 100 + z.meilensteine.size(),
                               Phase::Umsetzung,
                               u"Meilenstein"_qs,
                               d,
                               {},
                               {},
                               false,
                               0,
                               false,
                               {}});
    return z;
}

QStringList kachelTitel(const PdfDocument &d)
{
    QStringList out;
    for (int p = 0; p < d.pageCount(); ++p)
        if (d.orientation(p) == QPageLayout::Landscape)
            out.append(d.pageText(p).join(u' '));
    return out;
}

QStringList figurenTexte(const PdfDocument &d)
{
    QStringList out;
    for (const PdfDocument::Block &b : d.blocks())
        if (b.kind == PdfDocument::Block::Figure)
            out.append(b.alt);
    return out;
}

} // namespace

TEST_CASE("A lone late milestone gets no page of its own: it shares the tile of the dates before it",
          "[core][report]")
{
    QList<analysis::GanttRow> rows;
    for (int i = 0; i < 4; ++i)
        rows.append(projektZeile(i + 1, QDate(2024, 1, 1).addMonths(i), QDate(2025, 6, 30).addMonths(i)));
    // Planned nine months after the last project's end.
    rows[0].meilensteine.append(
        {99, Phase::Regelbetrieb, u"Inbetriebnahme"_qs, {2026, 9, 1}, {}, {}, false, 0, true, {}});
    PdfDocument d(DocumentInfo{u"Test"_qs, {}, {}, {}, {}, false});
    report::ganttKacheln(d, rows, QDate(2024, 1, 1), QDate(2026, 9, 1), kStand);
    INFO(kachelTitel(d).join(u'\n').toStdString());
    CHECK(kachelTitel(d) ==
          QStringList{u"Zeitplan, Blatt 1 von 1: 01.01.2024 bis 01.09.2026, Projekte 1 bis 4 "
                      u"von 4 mit Terminen in diesem Zeitraum"_qs});
    // Its tile says it in words.
    const QStringList alt = figurenTexte(d);
    REQUIRE(alt.size() == 1);
    CHECK(alt[0].contains(u"Projekt 1 (01.01.2024 bis 30.06.2025): 5 Meilensteine"_qs));
    // … and that the milestone lies after the project's end.
    CHECK(alt[0].contains(u"davon 0 erreicht, 0 überfällig, 1 außerhalb der Laufzeit des Projekts;"_qs));
    CHECK_FALSE(alt[0].contains(u"Projekt 2 (01.02.2024 bis 31.07.2025): 4 Meilensteine, davon 0 erreicht, 0 "
                                u"überfällig, 1"_qs));
}

TEST_CASE("Years without a date get no tile, and each tile shows only the projects with dates in it",
          "[core][report]")
{
    const QList<analysis::GanttRow> rows{projektZeile(1, {2021, 1, 1}, {2022, 12, 31}),
                                         projektZeile(2, {2026, 1, 1}, {2027, 12, 31})};
    PdfDocument d(DocumentInfo{u"Test"_qs, {}, {}, {}, {}, false});
    report::ganttKacheln(d, rows, QDate(2021, 1, 1), QDate(2027, 12, 31), kStand);
    CHECK(kachelTitel(d) ==
          QStringList{
              u"Zeitplan, Blatt 1 von 2: 01.01.2021 bis 31.12.2022, Projekte 1 bis 1 von 1 mit Terminen "
              u"in diesem Zeitraum"_qs,
              u"Zeitplan, Blatt 2 von 2: 01.01.2026 bis 31.12.2027, Projekte 1 bis 1 von 1 mit Terminen "
              u"in diesem Zeitraum"_qs});
    const QStringList alt = figurenTexte(d);
    REQUIRE(alt.size() == 2);
    CHECK(alt[0].contains(u"Projekt 1 ("_qs));
    CHECK_FALSE(alt[0].contains(u"Projekt 2 ("_qs));
    CHECK(alt[1].contains(u"Projekt 2 ("_qs));
    CHECK_FALSE(alt[1].contains(u"Projekt 1 ("_qs));
}

TEST_CASE("The Gantt names each project in full, a long name wrapped over lines instead of cut",
          "[core][report]")
{
    const QString lang =
        u"Unternehmenskonto und Gewerbeanzeige aus einer Hand – EfA-Referenzimplementierung mit "
        u"Anbindung an das Unternehmensbasisregister und die Handelsregister der Länder"_qs;
    // On every tile that names the project.
    const PdfDocument doc = arbeitsplan(fixture().plan, options());
    const QString pdf = written(options(), u"namen.pdf"_qs);
    int kacheln = 0;
    for (int p = 0; p < doc.pageCount(); ++p) {
        if (doc.orientation(p) != QPageLayout::Landscape)
            continue;
        const QString text = test::pdfText(pdf, p + 1).simplified();
        if (!text.contains(u"Unternehmenskonto und"_qs))
            continue;
        ++kacheln;
        INFO("page " << p + 1 << ": " << text.toStdString());
        CHECK(text.contains(lang));
    }
    CHECK(kacheln >= 2);
}

namespace {

// A catalog of its own with a Stand and what moved after it: two dates moved, one milestone added.
struct BaselineFixture
{
    QTemporaryDir dir;
    std::unique_ptr<Catalog> catalog;
    qint64 projekt = 0;

    BaselineFixture()
    {
        catalog = Catalog::open(test::defaultCatalogCopy(dir));
        const PlanSnapshot plan = catalog->loadPlan();
        const int familie = plan.themenfeldByName(u"Familie & Kind"_qs)->id;
        const ChangeSet p = edit::createProjekt(*catalog, familie, u"Kita-Portal"_qs, {});
        catalog->apply(p);
        projekt = p.changes.first().key;
        catalog->apply(
            edit::setField(*catalog, schema::Table::Projekt, projekt, schema::col::start, u"2025-01-01"_qs));
        catalog->apply(
            edit::setField(*catalog, schema::Table::Projekt, projekt, schema::col::ende, u"2027-12-31"_qs));
        const qint64 konzept = add(u"konzeption"_qs, u"Konzept fertig"_qs, QDate(2025, 9, 1));
        const qint64 pilot = add(u"pilotierung"_qs, u"Pilot gestartet"_qs, QDate(2026, 3, 1));
        add(u"umsetzung"_qs, u"MVP abgenommen"_qs, QDate(2025, 12, 1));
        catalog->apply(edit::addStand(*catalog, u"Steuerungskreis 14.11.2025"_qs));
        catalog->apply(edit::setField(*catalog, schema::Table::Meilenstein, pilot, schema::col::geplant,
                                      u"2026-03-15"_qs));
        catalog->apply(edit::setField(*catalog, schema::Table::Meilenstein, konzept, schema::col::geplant,
                                      u"2025-08-29"_qs));
        add(u"rollout"_qs, u"Roll-out Land 2"_qs, QDate(2026, 9, 1));
    }
    qint64 add(const QString &phase, const QString &titel, const QDate &geplant)
    {
        const ChangeSet cs = edit::addMeilenstein(*catalog, projekt, phase, titel, geplant);
        catalog->apply(cs);
        return cs.changes.first().key;
    }
    ArbeitsplanOptions options(const QString &stand = {}) const
    {
        ArbeitsplanOptions o;
        const PlanSnapshot plan = catalog->loadPlan();
        o.themenfeldId = plan.themenfeldByName(u"Familie & Kind"_qs)->id;
        o.stand = QDate(2025, 11, 20);
        o.sections = {Section::Zeitplan, Section::Meilensteine};
        if (!stand.isEmpty())
            o.baseline = standBaseline(*catalog, stand);
        return o;
    }
};

} // namespace

TEST_CASE("With a baseline, the milestone table gives the date in the Stand and the shift in days",
          "[core][report]")
{
    BaselineFixture f;
    const PlanSnapshot plan = f.catalog->loadPlan(PlanDetail::Full);
    const QString path = f.dir.filePath(u"vergleich.pdf"_qs);
    REQUIRE(arbeitsplan(plan, f.options(u"Steuerungskreis 14.11.2025"_qs)).writePdf(path));
    const QString text = test::pdfText(path).simplified();
    INFO(text.toStdString());
    CHECK(text.contains(u"Verglichen mit dem Stand „Steuerungskreis 14.11.2025“: seither verschoben 2, neu "
                        u"geplant 1."_qs));
    CHECK(text.contains(u"im Stand"_qs));
    CHECK(text.contains(u"Verschiebung"_qs));
    // Each row: title, phase, planned now, planned in the Stand, shift, reached.
    CHECK(text.contains(u"Konzept fertig Konzeption 29.08.2025 01.09.2025 −3"_qs));
    CHECK(text.contains(u"Pilot gestartet Pilotierung 15.03.2026 01.03.2026 +14"_qs));
    CHECK(text.contains(u"MVP abgenommen Umsetzung 01.12.2025 01.12.2025 0"_qs));
    CHECK(text.contains(u"Roll-out Land 2 Roll-out / Nachnutzung 01.09.2026 – neu"_qs));
    // The Gantt's pages name the Stand in their legend.
    CHECK(text.contains(u"Stand „Steuerungskreis 14.11.2025“"_qs));

    // Without a baseline the table keeps its columns.
    const QString ohnePath = f.dir.filePath(u"ohne.pdf"_qs);
    REQUIRE(arbeitsplan(plan, f.options()).writePdf(ohnePath));
    const QString ohne = test::pdfText(ohnePath).simplified();
    CHECK_FALSE(ohne.contains(u"Verschiebung"_qs));
    CHECK_FALSE(ohne.contains(u"Steuerungskreis"_qs));
    CHECK(ohne.contains(u"Pilot gestartet Pilotierung 15.03.2026"_qs));

    // The editable ODT has the same table.
    const QString odt = f.dir.filePath(u"vergleich.odt"_qs);
    writeOdt(arbeitsplan(plan, f.options(u"Steuerungskreis 14.11.2025"_qs)), odt, u"de-DE"_qs);
    const test::OdtFile gelesen = test::readOdt(odt);
    REQUIRE(gelesen.error.isEmpty());
    bool gefunden = false;
    for (const PdfDocument::Block &b : gelesen.blocks)
        for (const QStringList &row : b.rows)
            if (row.value(0) == u"Pilot gestartet") {
                CHECK(row.mid(2, 3) == QStringList{u"15.03.2026"_qs, u"01.03.2026"_qs, u"+14"_qs});
                gefunden = true;
            }
    CHECK(gefunden);
}
