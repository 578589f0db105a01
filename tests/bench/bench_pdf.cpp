// tfp_bench_pdf: times the Arbeitsplan PDF on the real catalog with a realistic plan in every Themenfeld
// (built through the edit functions, tests/support/demoplan.cpp): the largest Themenfeld (Unternehmensführung
// & -entwicklung, target under 1 s) and all 14 (target under 8 s), from loading the plan to the written
// file. In the same run LibreOffice headless converts the same Arbeitsplan, written as ODT by the app, to PDF
// (what a planner does who edits the ODT before sending it), and the ratio is reported. See README.md in this
// folder.
#include "benchutil.h"
#include "support/demoplan.h"
#include "support/planbuilder.h"

#include "edit/edits.h"
#include "edit/workshopedits.h"
#include "exchange/changelog.h"
#include "exchange/defaultcatalog.h"
#include "report/arbeitsplan.h"
#include "report/odtdocument.h"
#include "storage/catalog.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

#include <algorithm>
#include <optional>

using namespace tfp;
using namespace tfp::bench;

namespace {

const QString kGroesstes = u"Unternehmensführung & -entwicklung"_qs;
const QDate kStand(2025, 6, 30);

// One Arbeitsplan as the CLI makes it: load the plan, build and lay out the document, write the file.
// With a baseline: the Stand's dates computed from the journal as well, as `--baseline` does.
int exportOne(const Catalog &c, int themenfeldId, const QString &path, const QString &baseline = {})
{
    const PlanSnapshot plan = c.loadPlan(PlanDetail::Full);
    report::ArbeitsplanOptions o;
    o.themenfeldId = themenfeldId;
    o.stand = kStand;
    o.author = c.author();
    if (!baseline.isEmpty())
        o.baseline = standBaseline(c, baseline);
    const report::PdfDocument doc = report::arbeitsplan(plan, o);
    doc.writePdf(path);
    return doc.pageCount();
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({u"runs"_qs, u"Runs of each measurement (default 5)."_qs, u"N"_qs, u"5"_qs});
    p.addOption(
        {u"keep"_qs, u"Keep the catalog and the PDFs in this folder (to look at them)."_qs, u"DIR"_qs});
    p.addOption({u"no-soffice"_qs, u"Skip the LibreOffice comparison."_qs});
    p.process(app);
    const int runs = std::max(1, p.value(u"runs"_qs).toInt());

    QTemporaryDir tmp;
    const QString dir = p.isSet(u"keep"_qs) ? p.value(u"keep"_qs) : tmp.path();
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(u"arbeitsplan-bench.tfplan"_qs);
    QFile::remove(path);
    QElapsedTimer setup;
    setup.start();
    auto catalog = Catalog::create(path, populateDefaultCatalog);
    catalog->setAuthor(u"Benchmark"_qs);
    int groesstes = 0;
    {
        const PlanSnapshot plan = catalog->loadPlan(PlanDetail::Summary);
        // The demo plan with milestone dependencies, so that the Gantt draws its arrows and the
        // Terminkonflikte are listed: each project's Roll-out 14 days after the previous project's
        // Inbetriebnahme, and its Umsetzung after the first project's Konzeption.
        for (const Themenfeld &t : plan.themenfelder) {
            test::PlanSpec spec = test::demoPlanSpec(*catalog, t.id, kStand);
            for (int k = 1; k < spec.projekte.size(); ++k) {
                spec.meilensteinFolgen.append({k, 4, k - 1, 5, 14});
                spec.meilensteinFolgen.append({k, 2, 0, 1, 0});
            }
            test::buildPlan(
                *catalog, [&](const ChangeSet &cs) { catalog->apply(cs); }, spec);
        }
        groesstes = plan.themenfeldByName(kGroesstes)->id;
    }
    const PlanSnapshot plan = catalog->loadPlan(PlanDetail::Full);
    print(u"Plan through the edit functions: %1 projects, %2 milestones, %3 milestone dependencies, %4 "
          u"scores in "
          u"%5 s"_qs.arg(plan.projekte.size())
              .arg(plan.meilensteine.size())
              .arg(plan.meilensteinAbhaengigkeiten.size())
              .arg(plan.bewertungen.size())
              .arg(double(setup.elapsed()) / 1000, 0, 'f', 1));

    int pages = 0;
    const QList<double> one = timeRuns(
        runs, [&](int) { pages = exportOne(*catalog, groesstes, QDir(dir).filePath(u"groesstes.pdf"_qs)); });
    bench::report(u"Arbeitsplan %1 (%2 pages), load + layout + write"_qs.arg(kGroesstes).arg(pages), one);

    // The same after a Stand and a Steuerungskreis' moves (every second dated milestone of the Themenfeld by
    // two weeks), compared with that Stand; and without it on the same catalog, back to back.
    {
        const QString stand = u"Steuerungskreis"_qs;
        catalog->apply(edit::addStand(*catalog, stand));
        int moved = 0;
        for (const Meilenstein &m : plan.meilensteine) {
            const Projekt *pr = plan.projekt(m.projektId);
            if (!pr || pr->themenfeldId != groesstes || !m.geplant.isValid() || m.id % 2)
                continue;
            catalog->apply(edit::setField(*catalog, schema::Table::Meilenstein, m.id, schema::col::geplant,
                                          m.geplant.addDays(14).toString(Qt::ISODate)));
            ++moved;
        }
        // Alternating, so that a busy machine's load falls on both alike.
        int basePages = 0;
        const bench::Runs beide = bench::timeRunsWithCpu(2 * runs, [&](int i) {
            basePages =
                exportOne(*catalog, groesstes,
                          QDir(dir).filePath(i % 2 ? u"groesstes-baseline.pdf"_qs : u"groesstes.pdf"_qs),
                          i % 2 ? stand : QString());
        });
        for (const int mit : {0, 1}) {
            bench::Runs r;
            for (qsizetype i = mit; i < beide.wall.size(); i += 2) {
                r.wall.append(beide.wall[i]);
                r.cpu.append(beide.cpu[i]);
            }
            bench::report(
                mit ? u"  after %1 moves, with --baseline (%2 pages), baseline + load + layout + write"_qs
                          .arg(moved)
                          .arg(basePages)
                    : u"  after %1 moves, without a baseline"_qs.arg(moved),
                r);
        }
    }

    // Where the time goes: the analyses and the layout, then painting and writing the file.
    const PlanSnapshot loaded = catalog->loadPlan(PlanDetail::Full);
    report::ArbeitsplanOptions o;
    o.themenfeldId = groesstes;
    o.stand = kStand;
    std::optional<report::PdfDocument> doc;
    bench::report(u"  of which analyses + layout"_qs, timeRuns(runs, [&](int) {
                      doc.emplace(report::arbeitsplan(loaded, o));
                      doc->pageCount();
                  }));
    bench::report(u"  of which painting + writing the PDF"_qs,
                  timeRuns(runs, [&](int) { doc->writePdf(QDir(dir).filePath(u"groesstes.pdf"_qs)); }));

    int allPages = 0;
    const QList<double> all = timeRuns(std::max(1, runs / 2), [&](int) {
        allPages = 0;
        for (const Themenfeld &t : plan.themenfelder)
            allPages += exportOne(*catalog, t.id, QDir(dir).filePath(report::arbeitsplanFileName(t)));
    });
    bench::report(u"All %1 Themenfelder (%2 pages)"_qs.arg(plan.themenfelder.size()).arg(allPages), all);

    if (p.isSet(u"no-soffice"_qs))
        return 0;
    const QString soffice = QStandardPaths::findExecutable(u"soffice"_qs);
    if (soffice.isEmpty()) {
        print(u"soffice not found: no LibreOffice comparison (apt-get install libreoffice-writer-nogui)"_qs);
        return 0;
    }
    // The same Arbeitsplan as ODT, converted to PDF as a planner who edited it would.
    const QString odt = QDir(dir).filePath(u"groesstes.odt"_qs);
    report::writeOdt(report::arbeitsplan(loaded, o), odt);
    const QString outDir = QDir(dir).filePath(u"soffice"_qs);
    const QString profile = QUrl::fromLocalFile(QDir(dir).filePath(u"lo-profile"_qs)).toString();
    auto convert = [&](int) {
        QProcess proc;
        proc.start(soffice, {u"-env:UserInstallation="_qs + profile, u"--headless"_qs, u"--convert-to"_qs,
                             u"pdf"_qs, u"--outdir"_qs, outDir, odt});
        proc.waitForFinished(300000);
    };
    convert(0); // the first start creates LibreOffice's profile: not what a planner waits for each time
    const QList<double> lo = timeRuns(runs, convert);
    const QString pdfInfo = [&] {
        QProcess info;
        info.start(u"pdfinfo"_qs, {QDir(outDir).filePath(u"groesstes.pdf"_qs)});
        info.waitForFinished();
        return QString::fromUtf8(info.readAllStandardOutput());
    }();
    const auto loPages = QRegularExpression(u"Pages:\\s+(\\d+)"_qs).match(pdfInfo).captured(1);
    bench::report(
        u"LibreOffice: soffice --headless --convert-to pdf of the same Arbeitsplan's ODT (%1 pages)"_qs.arg(
            loPages),
        lo);
    print(u"Ratio of the medians (LibreOffice / Themenfeldplaner, largest Themenfeld): %1"_qs.arg(
        median(lo) / median(one), 0, 'f', 1));
    return 0;
}
