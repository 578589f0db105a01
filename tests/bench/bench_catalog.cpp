// tfp_bench_catalog: times `tfp init` (Catalog::create with the embedded default, in this process and as the
// real tfp process) and Catalog::open + loadPlan of the real catalog; with --open, open + load of any catalog
// (a generated 100× one) and the peak memory that took. Both also time what the open checks of a received
// catalog cost (schema comparison, catalog id and values by query) and refusing one with a foreign trigger.
#include "benchutil.h"
#include "error.h"
#include "exchange/defaultcatalog.h"
#include "storage/catalog.h"
#include "storage/schemacheck.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

using namespace tfp;
using namespace tfp::bench;

namespace {

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// Runs fn with a hardened read-only connection of its own to path.
template <typename Fn> void withReadConnection(const QString &path, Fn &&fn)
{
    const QString name = u"bench-checks"_qs;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_qs);
        if (!db.open())
            throw Error(db.lastError().text());
        schemacheck::harden(db);
        fn(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// What the checks of a received catalog add to every open, each on its own.
void openChecks(const QString &path, int runs)
{
    withReadConnection(path, [&](QSqlDatabase &db) {
        report(u"  davon Schemavergleich (schemacheck::foreignSchema)"_qs, timeRuns(runs, [&](int) {
                   if (const QString p = schemacheck::foreignSchema(db, path); !p.isEmpty())
                       throw Error(p);
               }));
        report(u"  davon Katalogkennung und Werte per Abfrage (invalidCatalogId + invalidValues)"_qs,
               timeRuns(runs, [&](int) {
                   if (const QString p =
                           schemacheck::invalidCatalogId(db, path) + schemacheck::invalidValues(db, path);
                       !p.isEmpty())
                       throw Error(p);
               }));
    });
}

// A copy of the catalog with one foreign trigger, as a hostile sender would add it, opened until refused.
void refuseForeign(const QString &path, int runs)
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(u"fremd.tfplan"_qs);
    if (!QFile::copy(path, copy))
        throw Error(u"Kopie von „%1“ gescheitert"_qs.arg(path));
    const QString name = u"bench-tamper"_qs;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, name);
        db.setDatabaseName(copy);
        QSqlQuery q(db);
        if (!db.open() ||
            !q.exec(u"CREATE TRIGGER wipe AFTER UPDATE ON leistung BEGIN DELETE FROM nachnutzung; END"_qs))
            throw Error(u"Trigger nicht angelegt: "_qs + q.lastError().text());
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    report(u"Catalog::open mit fremdem Trigger, bis zur Ablehnung"_qs, timeRuns(runs, [&](int) {
               try {
                   Catalog::open(copy);
               } catch (const Error &e) {
                   if (e.message().contains(u"gehört nicht zum Schema"))
                       return;
                   throw;
               }
               throw Error(u"nicht abgelehnt"_qs);
           }));
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
    openChecks(path, runs);
    refuseForeign(path, runs);
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
