// tfp_bench_catalog: times `tfp init` (Catalog::create with the embedded default, in this process and as the
// real tfp process) and Catalog::open + loadPlan of the real catalog; with --open, open + load of any catalog
// (a generated 100× one) and the peak memory that took.
#include "benchutil.h"
#include "error.h"
#include "exchange/defaultcatalog.h"
#include "storage/catalog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>

#include <memory>

using namespace tfp;
using namespace tfp::bench;

namespace {

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

void openAndLoad(const QString &path, int runs)
{
    // First as a user meets it (one open, one load) and the memory that one snapshot takes …
    QElapsedTimer t;
    t.start();
    auto c = Catalog::open(path);
    const double openMs = msSince(t);
    PlanSnapshot plan = c->loadPlan();
    print(u"Catalog::open + loadPlan, erstes Mal: %1 ms (open %2 ms)"_qs.arg(msSince(t), 0, 'f', 1)
              .arg(openMs, 0, 'f', 1));
    print(u"  geladen: %1 Leistungen, %2 LeiKa-Leistungen, %3 Projekte, %4 Meilensteine, %5 Bewertungen"_qs
              .arg(plan.leistungen.size())
              .arg(plan.leika.size())
              .arg(plan.projekte.size())
              .arg(plan.meilensteine.size())
              .arg(plan.bewertungen.size()));
    print(u"  Spitzenspeicher (VmHWM) nach dem Laden: %1 MiB"_qs.arg(double(peakRssKib()) / 1024, 0, 'f', 1));
    c.reset();
    // … then repeated, the file in the page cache by now.
    QList<double> open;
    for (int i = 0; i < runs; ++i) {
        t.start();
        c = Catalog::open(path);
        open.append(msSince(t));
        c.reset();
    }
    report(u"Catalog::open"_qs, open);
    c = Catalog::open(path);
    report(u"Catalog::loadPlan"_qs, timeRuns(runs, [&](int) {
               plan = {}; // one snapshot at a time, as the app holds it
               plan = c->loadPlan();
           }));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.setApplicationDescription(
        u"Misst tfp init und das Laden des eingebetteten Katalogs, oder mit --open das "
        "Öffnen und Laden einer Katalogdatei."_qs);
    p.addHelpOption();
    p.addOption({u"runs"_qs, u"Wiederholungen (Vorgabe 10)."_qs, u"N"_qs, u"10"_qs});
    p.addOption({u"open"_qs, u"Nur diese Katalogdatei öffnen und laden."_qs, u"DATEI"_qs});
    p.process(app);
    const int runs = p.value(u"runs"_qs).toInt();
    if (runs < 1) {
        std::fputs("tfp_bench_catalog: --runs erwartet eine Zahl ab 1\n", stderr);
        return 2;
    }
    try {
        if (p.isSet(u"open"_qs)) {
            openAndLoad(p.value(u"open"_qs), runs);
            return 0;
        }
        QTemporaryDir dir;
        report(u"Catalog::create mit Standardkatalog (tfp init im Prozess)"_qs, timeRuns(runs, [&](int i) {
                   Catalog::create(dir.filePath(u"init%1.tfplan"_qs.arg(i)), populateDefaultCatalog);
               }));
        report(
            u"tfp init (eigener Prozess)"_qs, timeRuns(runs, [&](int i) {
                QProcess tfp;
                tfp.start(QString::fromUtf8(TFP_CLI), {u"init"_qs, dir.filePath(u"cli%1.tfplan"_qs.arg(i))});
                if (!tfp.waitForFinished(-1) || tfp.exitStatus() != QProcess::NormalExit ||
                    tfp.exitCode() != 0)
                    throw Error(u"tfp init ist gescheitert: "_qs +
                                QString::fromUtf8(tfp.readAllStandardError()));
            }));
        openAndLoad(dir.filePath(u"init0.tfplan"_qs), runs);
    } catch (const Error &e) {
        std::fprintf(stderr, "tfp_bench_catalog: %s\n", e.what());
        return 1;
    }
    return 0;
}
