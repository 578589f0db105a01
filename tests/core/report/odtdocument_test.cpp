// The Arbeitsplan as an editable ODT: written from the PDF's blocks and read back by the tests' own reader
// (nothing lost, nothing changed) and by an independent one, odfpy from Debian (python3-odf).
#include "report/arbeitsplan.h"
#include "report/odtdocument.h"
#include "support/catchqt.h"
#include "support/demoplan.h"
#include "support/odtreader.h"
#include "support/testutil.h"

#include "storage/catalog.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QSvgRenderer>
#include <algorithm>

using namespace tfp;
using namespace tfp::report;
using Block = PdfDocument::Block;

namespace {

const QDate kStand(2025, 6, 30);

struct OdtFixture
{
    QTemporaryDir dir;
    std::unique_ptr<Catalog> catalog;
    PlanSnapshot plan;
    ArbeitsplanOptions options;
};

// The largest Themenfeld with a realistic plan, built once per process.
OdtFixture &plan()
{
    static OdtFixture f = [] {
        OdtFixture f;
        f.catalog = Catalog::open(test::defaultCatalogCopy(f.dir));
        const PlanSnapshot basis = f.catalog->loadPlan();
        const int tf = basis.themenfeldByName(u"Unternehmensführung & -entwicklung"_qs)->id;
        test::addDemoPlan(*f.catalog, tf, kStand);
        f.plan = f.catalog->loadPlan(PlanDetail::Full);
        f.options.themenfeldId = tf;
        f.options.stand = kStand;
        f.options.author = u"Dr. Erika Mustermann"_qs;
        return f;
    }();
    return f;
}

// Paints a filled rectangle and a line of text, so that a blank rendering shows.
void paintSample(QPainter &p, const QRectF &r)
{
    p.fillRect(r.adjusted(r.width() / 4, r.height() / 4, -r.width() / 4, -r.height() / 4),
               QColor(0x1f, 0x4e, 0x79));
    p.setFont(font(Style::Body));
    p.drawText(r, Qt::AlignLeft | Qt::AlignTop, u"Status"_qs);
}

int inked(const QImage &img)
{
    int n = 0;
    for (int y = 0; y < img.height(); y += 2)
        for (int x = 0; x < img.width(); x += 2)
            n += img.pixelColor(x, y) != QColor(Qt::white);
    return n;
}

// Compares block by block, so that a failure names the first block that differs.
void requireSameBlocks(const QList<Block> &expected, const QList<Block> &read)
{
    for (qsizetype i = 0; i < std::min(expected.size(), read.size()); ++i) {
        INFO("block " << i);
        REQUIRE(test::describe(read[i]).toStdString() == test::describe(expected[i]).toStdString());
    }
    REQUIRE(read.size() == expected.size());
}

// Every picture of every figure shows something: the SVG through Qt's renderer, the PNG as an image.
void requireFiguresRender(const test::OdtFile &f)
{
    for (const Block &b : f.blocks) {
        if (b.kind != Block::Figure)
            continue;
        const QStringList images = b.text.split(u'|');
        REQUIRE(images.size() == 2);
        REQUIRE(images[0].endsWith(u".svg"_qs));
        QSvgRenderer svg(f.parts.value(images[0]));
        REQUIRE(svg.isValid());
        QImage img(400, 300, QImage::Format_RGB32);
        img.fill(Qt::white);
        QPainter p(&img);
        svg.render(&p);
        p.end();
        CHECK(inked(img) > 100);
        const QImage png = QImage::fromData(f.parts.value(images[1]), "PNG");
        REQUIRE_FALSE(png.isNull());
        CHECK(inked(png) > 100);
    }
}

QString written(const PdfDocument &doc, const QTemporaryDir &dir, const QString &name,
                const QString &language = u"de-DE"_qs)
{
    const QString path = dir.filePath(name);
    writeOdt(doc, path, language);
    return path;
}

} // namespace

TEST_CASE("The ODT holds every block of the Arbeitsplan and its own reader finds them unchanged",
          "[core][report][odt]")
{
    const PdfDocument doc = arbeitsplan(plan().plan, plan().options);
    const QString path = written(doc, plan().dir, u"arbeitsplan.odt"_qs);
    const test::OdtFile f = test::readOdt(path);
    REQUIRE(f.error.isEmpty());
    CHECK(f.order.value(0) == u"mimetype"_qs);
    CHECK(f.parts.value(u"mimetype"_qs) == "application/vnd.oasis.opendocument.text");
    requireSameBlocks(test::expectedOdtBlocks(doc.blocks()), f.blocks);

    // Nothing lost: every heading, every cell, every figure with its alternative text.
    qsizetype headings = 0, cells = 0, figures = 0;
    for (const Block &b : f.blocks) {
        headings += b.kind == Block::Heading;
        figures += b.kind == Block::Figure;
        for (const QStringList &row : b.rows)
            cells += b.kind == Block::Table ? row.size() : 0;
        if (b.kind == Block::Figure)
            CHECK_FALSE(b.alt.isEmpty());
    }
    qsizetype wantHeadings = 0, wantCells = 0, wantFigures = 0;
    for (const Block &b : doc.blocks()) {
        wantHeadings += b.kind == Block::Heading;
        wantFigures += b.kind == Block::Figure;
        if (b.kind == Block::Table)
            wantCells += b.rows.size() * b.columns.size();
    }
    CHECK(headings == wantHeadings);
    CHECK(cells == wantCells);
    CHECK(figures == wantFigures);
    CHECK(figures > 5);
    requireFiguresRender(f);

    // Every chart says its figures in a sentence (the tagged PDF's /Alt too), and the ODT carries that
    // sentence: a Gantt tile names its span and its projects' milestones.
    QStringList wantAlt, gotAlt;
    for (const Block &b : doc.blocks())
        if (b.kind == Block::Figure)
            wantAlt << b.alt;
    for (const Block &b : f.blocks)
        if (b.kind == Block::Figure)
            gotAlt << b.alt;
    CHECK_FALSE(wantAlt.contains(QString()));
    CHECK(gotAlt == wantAlt);
    CHECK(std::any_of(gotAlt.cbegin(), gotAlt.cend(),
                      [](const QString &a) { return a.startsWith(u"Zeitplan vom "_qs); }));

    const QString meta = QString::fromUtf8(f.parts.value(u"meta.xml"_qs));
    CHECK(meta.contains(u"<dc:title>Arbeitsplan Unternehmensführung &amp; -entwicklung</dc:title>"_qs));
    CHECK(meta.contains(u"<dc:creator>Dr. Erika Mustermann</dc:creator>"_qs));
    CHECK(meta.contains(u"<dc:language>de-DE</dc:language>"_qs));
}

TEST_CASE("The ODT keeps text, spaces, alignment and orientation exactly and names a figure's alt text",
          "[core][report][odt]")
{
    DocumentInfo info;
    info.title = u"Arbeitsplan <Test> & Co"_qs;
    info.author = u"Erika"_qs;
    info.headerLeft = info.title;
    info.headerRight = u"Stand 30.06.2025"_qs;
    PdfDocument doc(info);
    doc.paragraph(u"<b>Test</b> & Co"_qs, Style::Title);
    doc.tableOfContents(u"Inhalt"_qs);
    doc.heading(1, u"1 Überblick"_qs);
    doc.paragraph(u"  zwei  Leerzeichen, am Ende auch "_qs);
    doc.paragraph(u"Zeile 1\nZeile 2\r\nZeile 3\tmit Tab\x01 und Steuerzeichen"_qs, Style::Small);
    doc.space(pt(10));
    doc.heading(2, u"Nicht im Inhalt"_qs, false);
    doc.table({{u"Name"_qs, 3}, {u"Betrag"_qs, 1, Qt::AlignRight}},
              {{u"A & B"_qs, u"1.000 €"_qs}, {u"nur eine"_qs}});
    doc.table({{u"Feld"_qs, 1, Qt::AlignLeft, true}, {QString(), 2}}, {{u"Status"_qs, u"online"_qs}}, false,
              true);
    doc.table({{u"leer"_qs}}, {});
    doc.pageBreak(QPageLayout::Landscape);
    doc.heading(3, u"Quer"_qs);
    doc.figure(pt(200), paintSample, u"Status: 3 von 37 online, 30 ohne Status"_qs);
    doc.figure(pt(100), paintSample);
    doc.pageBreak(QPageLayout::Portrait);
    doc.paragraph(u"Ende"_qs, Style::Bold);

    const QTemporaryDir dir;
    const QString path = written(doc, dir, u"klein.odt"_qs);
    const test::OdtFile f = test::readOdt(path);
    REQUIRE(f.error.isEmpty());
    requireSameBlocks(test::expectedOdtBlocks(doc.blocks()), f.blocks);
    requireFiguresRender(f);

    // Spot checks of what the comparison is built on.
    QStringList seen;
    for (const Block &b : f.blocks)
        seen.append(test::describe(b));
    CHECK(seen.contains(u"P[%1]   zwei  Leerzeichen, am Ende auch "_qs.arg(int(Style::Body))));
    CHECK(seen.contains(
        u"P[%1] Zeile 1\nZeile 2\nZeile 3\tmit Tab und Steuerzeichen"_qs.arg(int(Style::Small))));
    CHECK(seen.contains(u"P[%1] <b>Test</b> & Co"_qs.arg(int(Style::Title))));
    CHECK(seen.contains(u"C Inhalt: 1 Überblick; Quer"_qs));
    const QString body = QString::fromUtf8(f.parts.value(u"content.xml"_qs));
    CHECK(body.contains(u"<text:a xlink:type=\"simple\" xlink:href=\"#__RefHeading__2\">Quer</text:a>"_qs));
    CHECK(body.contains(u"<text:bookmark-start text:name=\"__RefHeading__2\"/>Quer<text:bookmark-end "_qs));
    CHECK(seen.contains(u"T2 columns; header: Name | Betrag; A & B | 1.000 €; nur eine | "_qs));
    CHECK(seen.contains(u"F alt: Status: 3 von 37 online, 30 ohne Status"_qs));
    CHECK(seen.contains(u"F alt: Quer"_qs)); // no alt yet: the heading it stands under
    CHECK(body.contains(
        u"<svg:title>Quer</svg:title><svg:desc>Status: 3 von 37 online, 30 ohne Status</svg:desc>"_qs));
    CHECK(body.contains(u"<svg:title>Quer</svg:title></draw:frame>"_qs));
    CHECK(f.parts.value(u"Pictures/abbildung1.svg"_qs)
              .contains("<title>Status: 3 von 37 online, 30 ohne Status</title>"));
    CHECK(seen.indexOf(u"break landscape"_qs) == seen.indexOf(u"H3 Quer"_qs) - 1);
    CHECK(seen.indexOf(u"break portrait"_qs) == seen.indexOf(u"P[%1] Ende"_qs.arg(int(Style::Bold))) - 1);

    // The column widths follow the shares; right-aligned columns are right-aligned.
    const QString content = QString::fromUtf8(f.parts.value(u"content.xml"_qs));
    CHECK(content.contains(u"style:rel-width=\"7500*\""_qs));
    CHECK(content.contains(u"style:rel-width=\"2500*\""_qs));
    CHECK(content.contains(u"fo:text-align=\"end\""_qs));
    CHECK(content.contains(u"table:table-header-rows"_qs));
    const QString styles = QString::fromUtf8(f.parts.value(u"styles.xml"_qs));
    CHECK(styles.contains(u"Arbeitsplan &lt;Test&gt; &amp; Co"_qs));
    CHECK(styles.contains(u"<text:page-number text:select-page=\"current\">1</text:page-number>"_qs));
    CHECK(styles.contains(u"fo:page-width=\"297mm\""_qs));
}

TEST_CASE("An independent reader (odfpy) finds the headings, the tables' header rows and the figures' titles",
          "[core][report][odt]")
{
    const PdfDocument doc = arbeitsplan(plan().plan, plan().options);
    const QString path = written(doc, plan().dir, u"odfpy.odt"_qs);
    // odfpy loads the package; the style references are checked against the styles defined in either part,
    // as the ODF schema's rules require (every style-name refers to a style of its family that exists).
    const QString script = uR"(
import json, sys, zipfile, xml.etree.ElementTree as ET
from odf.opendocument import load
from odf import text, table, draw, svg, teletype
from odf.namespaces import TEXTNS, STYLENS, TABLENS, DRAWNS, XLINKNS
doc = load(sys.argv[1])
out = {"headings": [], "tables": [], "images": [], "toc": 0, "undefined": [], "missing": []}
for h in doc.getElementsByType(text.H):
    out["headings"].append([int(h.attributes[(TEXTNS, "outline-level")]), teletype.extractText(h)])
for t in doc.getElementsByType(table.Table):
    header = t.getElementsByType(table.TableHeaderRows)
    rows = header[0].getElementsByType(table.TableRow) if header else []
    out["tables"].append([len(rows), [teletype.extractText(c) for c in rows[0].getElementsByType(table.TableCell)] if rows else []])
for f in doc.getElementsByType(draw.Frame):
    titles = f.getElementsByType(svg.Desc) or f.getElementsByType(svg.Title)
    hrefs = [i.attributes[(XLINKNS, "href")] for i in f.getElementsByType(draw.Image)]
    out["images"].append([teletype.extractText(titles[0]) if titles else "", hrefs])
out["toc"] = len(doc.getElementsByType(text.TableOfContent))
z = zipfile.ZipFile(sys.argv[1])
defined = set()
for part in ("styles.xml", "content.xml"):
    for s in ET.fromstring(z.read(part)).iter():
        if s.tag in ("{%s}style" % STYLENS, "{%s}master-page" % STYLENS, "{%s}page-layout" % STYLENS):
            defined.add(s.get("{%s}name" % STYLENS))
for part in ("styles.xml", "content.xml"):
    for e in ET.fromstring(z.read(part)).iter():
        for key, value in e.attrib.items():
            if key.endswith("}style-name") or key.endswith("}parent-style-name") or key.endswith("}master-page-name") or key.endswith("}page-layout-name"):
                if value not in defined and value not in out["undefined"]:
                    out["undefined"].append(value)
content = ET.fromstring(z.read("content.xml"))
marks = set(e.get("{%s}name" % TEXTNS) for e in content.iter("{%s}bookmark-start" % TEXTNS))
for a in content.iter("{%s}a" % TEXTNS):
    if a.get("{%s}href" % XLINKNS)[1:] not in marks:
        out["missing"].append(a.get("{%s}href" % XLINKNS))
out["links"] = len(list(content.iter("{%s}a" % TEXTNS)))
names = set(z.namelist())
for f in out["images"]:
    for h in f[1]:
        if h not in names:
            out["missing"].append(h)
print(json.dumps(out))
)"_qs;
    QProcess py;
    py.start(u"/usr/bin/python3"_qs, {u"-c"_qs, script, path});
    REQUIRE(py.waitForFinished(60000));
    INFO(QString::fromUtf8(py.readAllStandardError()).toStdString());
    REQUIRE(py.exitCode() == 0);
    const QJsonObject out = QJsonDocument::fromJson(py.readAllStandardOutput()).object();

    QJsonArray wantHeadings, wantTables;
    QStringList wantTitles;
    for (qsizetype i = 0; i < doc.blocks().size(); ++i) {
        const Block &b = doc.blocks()[i];
        if (b.kind == Block::Heading)
            wantHeadings.append(QJsonArray{b.level, odtText(b.text)});
        if (b.kind == Block::Table && !b.rows.isEmpty()) {
            QJsonArray titles;
            for (const Column &c : b.columns)
                if (b.header)
                    titles.append(odtText(c.title));
            wantTables.append(QJsonArray{b.header ? 1 : 0, titles});
        }
        if (b.kind == Block::Figure)
            wantTitles.append(odtText(figureAltText(doc.blocks(), i)));
    }
    CHECK(out[u"headings"_qs].toArray() == wantHeadings);
    CHECK(out[u"tables"_qs].toArray() == wantTables);
    const QJsonArray images = out[u"images"_qs].toArray();
    REQUIRE(images.size() == wantTitles.size());
    for (qsizetype i = 0; i < images.size(); ++i) {
        CHECK(images[i].toArray()[0].toString() == wantTitles[i]);
        CHECK(images[i].toArray()[1].toArray().size() == 2);
    }
    CHECK(out[u"toc"_qs].toInt() == 1);
    qsizetype entries = 0;
    for (const Block &b : doc.blocks())
        entries += b.kind == Block::Heading && b.inContents;
    CHECK(out[u"links"_qs].toInt() == entries); // every entry links to a mark in its heading
    CHECK(out[u"undefined"_qs].toArray() == QJsonArray());
    CHECK(out[u"missing"_qs].toArray() == QJsonArray());
}

TEST_CASE("The ODT says its language as the program runs: de-DE, or en-GB in English", "[core][report][odt]")
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    CHECK(documentLanguage() == u"de-DE"_qs);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    CHECK(documentLanguage() == u"en-GB"_qs);
    QLocale::setDefault(before);

    DocumentInfo info;
    info.title = u"Work plan"_qs;
    info.author = u"Erika"_qs;
    info.created = QDateTime(QDate(2026, 12, 5), QTime(9, 30), Qt::UTC);
    PdfDocument doc(info);
    doc.heading(1, u"1 Overview"_qs);
    const QTemporaryDir dir;
    const QString path = written(doc, dir, u"english.odt"_qs, u"en-GB"_qs);
    const test::OdtFile f = test::readOdt(path);
    REQUIRE(f.error.isEmpty());
    const QString meta = QString::fromUtf8(f.parts.value(u"meta.xml"_qs));
    CHECK(meta.contains(u"<dc:language>en-GB</dc:language>"_qs));
    CHECK(meta.contains(u"<meta:creation-date>2026-12-05T09:30:00Z</meta:creation-date>"_qs));
    CHECK(QString::fromUtf8(f.parts.value(u"styles.xml"_qs))
              .contains(u"fo:language=\"en\" fo:country=\"GB\""_qs));
}
