// The Arbeitsplan's ODT and the Leistungen' ODS opened by LibreOffice, a reader that shares no code with the
// app: `soffice --headless --convert-to` turns them into PDF and CSV, whose text is compared with what was
// written. One conversion each. LibreOffice is no build dependency (tests/bench/README.md): without soffice
// the test prints "TFP-SKIP:" and its reason, which CTest reports as skipped.
#include "report/arbeitsplan.h"
#include "report/odtdocument.h"
#include "support/catchqt.h"
#include "support/demoplan.h"
#include "support/pdftext.h"
#include "support/testutil.h"

#include "exchange/exportfile.h"
#include "exchange/exportsheets.h"
#include "storage/catalog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <iostream>
#include <utility>

using namespace tfp;
using namespace tfp::report;

namespace {

const QDate kStand(2025, 6, 30);

// soffice's path, or empty after printing why the test is skipped.
QString soffice()
{
    const QString found = QStandardPaths::findExecutable(u"soffice"_qs);
    if (found.isEmpty())
        std::cout << "TFP-SKIP: LibreOffice (soffice) is not installed; on Debian 12: apt-get install "
                     "libreoffice-writer-nogui libreoffice-calc-nogui\n";
    return found;
}

// Converts file with LibreOffice into dir (its profile in dir too, so that no user's is touched) and returns
// the converted file's path.
QString convert(const QString &soffice, const QString &file, const QString &filter, const QString &suffix,
                const QTemporaryDir &dir)
{
    QProcess p;
    p.start(soffice,
            {u"-env:UserInstallation="_qs + QUrl::fromLocalFile(dir.filePath(u"lo"_qs)).toString(),
             u"--headless"_qs, u"--convert-to"_qs, filter, u"--outdir"_qs, dir.filePath(u"out"_qs), file});
    REQUIRE(p.waitForFinished(180000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    const QString out = QDir(dir.filePath(u"out"_qs)).filePath(QFileInfo(file).completeBaseName() + suffix);
    REQUIRE(QFileInfo::exists(out));
    return out;
}

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Catalog> catalog;
    PlanSnapshot plan;
    int themenfeld = 0;
};

Fixture &fixture()
{
    static Fixture f = [] {
        Fixture f;
        f.catalog = Catalog::open(test::defaultCatalogCopy(f.dir));
        const PlanSnapshot basis = f.catalog->loadPlan();
        f.themenfeld = basis.themenfeldByName(u"Familie & Kind"_qs)->id;
        test::addDemoPlan(*f.catalog, f.themenfeld, kStand);
        f.plan = f.catalog->loadPlan(PlanDetail::Full);
        return f;
    }();
    return f;
}

// The records of a CSV as LibreOffice writes it (',', '"' doubled inside quotes, line breaks in quoted
// cells).
QList<QStringList> records(const QString &csv)
{
    QList<QStringList> out{{}};
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < csv.size(); ++i) {
        const QChar c = csv[i];
        if (quoted && c == u'"' && i + 1 < csv.size() && csv[i + 1] == u'"')
            cell += csv[++i];
        else if (c == u'"')
            quoted = !quoted;
        else if (!quoted && c == u',')
            out.last().append(std::exchange(cell, QString()));
        else if (!quoted && c == u'\n') {
            out.last().append(std::exchange(cell, QString()));
            out.append(QStringList());
        } else if (quoted || c != u'\r')
            cell += c;
    }
    if (!cell.isEmpty() || !out.last().isEmpty())
        out.last().append(cell);
    else
        out.removeLast();
    return out;
}

QString collapsed(QString s)
{
    return s.replace(QRegularExpression(u"\\s+"_qs), u" "_qs).trimmed();
}

} // namespace

TEST_CASE("LibreOffice opens the Arbeitsplan's ODT: its PDF holds every heading and table cell",
          "[core][report][odt][soffice]")
{
    const QString program = soffice();
    if (program.isEmpty())
        return;
    ArbeitsplanOptions o;
    o.themenfeldId = fixture().themenfeld;
    o.stand = kStand;
    o.author = u"Dr. Erika Mustermann"_qs;
    const PdfDocument doc = arbeitsplan(fixture().plan, o);
    const QString odt = fixture().dir.filePath(u"arbeitsplan.odt"_qs);
    writeOdt(doc, odt, u"de-DE"_qs);
    const QString pdf = convert(program, odt, u"pdf"_qs, u".pdf"_qs, fixture().dir);

    const QString read = collapsed(test::pdfText(pdf));
    const QString unspaced = QString(read).remove(u' ');
    int headings = 0, cells = 0;
    for (const PdfDocument::Block &b : doc.blocks()) {
        if (b.kind == PdfDocument::Block::Heading) {
            INFO(b.text.toStdString());
            CHECK(read.contains(collapsed(b.text)));
            ++headings;
        }
        // The first column of every table (names, OZG-IDs, dates), which LibreOffice may wrap, in a narrow
        // column even inside a word, but not drop.
        if (b.kind == PdfDocument::Block::Table)
            for (const QStringList &row : b.rows)
                if (const QString cell = collapsed(row.value(0)); cell.size() >= 3 && !cell.contains(u' ')) {
                    INFO(cell.toStdString());
                    CHECK(unspaced.contains(cell));
                    ++cells;
                }
    }
    CHECK(headings >= 10);
    CHECK(cells >= 20);
}

TEST_CASE("LibreOffice opens the Leistungen' ODS: its CSV has the same rows and cells as ours",
          "[core][report][ods][soffice]")
{
    const QString program = soffice();
    if (program.isEmpty())
        return;
    const exchange::ExportScope scope{fixture().themenfeld, 0};
    const QString ods = fixture().dir.filePath(u"leistungen.ods"_qs);
    exchange::writeExport(fixture().plan, exchange::ExportKind::Leistungen, exchange::ExportFormat::Ods,
                          scope, ods);
    // Comma-separated, quoted, UTF-8 (76), the first line as is: LibreOffice's own CSV filter.
    const QString csv =
        convert(program, ods, u"csv:Text - txt - csv (StarCalc):44,34,76,1"_qs, u".csv"_qs, fixture().dir);
    QFile f(csv);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QList<QStringList> read = records(QString::fromUtf8(f.readAll()));
    const exchange::Sheet sheet =
        exchange::exportSheet(fixture().plan, exchange::ImportKind::Leistungen, scope);
    REQUIRE(sheet.rows.size() >= 10);
    REQUIRE(read.size() == sheet.rows.size() + 1);
    CHECK(read[0] == sheet.header);
    // Every text cell as written, every date as a date, in the order written.
    int texts = 0, dates = 0;
    for (qsizetype r = 0; r < sheet.rows.size(); ++r) {
        INFO(read[r + 1].join(u" | "_qs).toStdString());
        REQUIRE(read[r + 1].size() == sheet.header.size());
        for (qsizetype c = 0; c < sheet.header.size(); ++c) {
            const QVariant v = sheet.rows[r].value(c);
            if (v.userType() == QMetaType::QString) {
                CHECK(read[r + 1][c] == v.toString());
                ++texts;
            } else if (v.userType() == QMetaType::QDate) {
                CHECK(read[r + 1][c] == QLocale(QLocale::German).toString(v.toDate(), u"dd.MM.yyyy"_qs));
                ++dates;
            }
        }
    }
    CHECK(texts >= 20);
    CHECK(dates >= 1);
}
