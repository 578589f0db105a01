// Makes the seed corpora of fuzz_ods, fuzz_planjson, fuzz_tfplan, fuzz_review and fuzz_mspdi with the
// program's own writers: an empty catalog and the real default catalog with a demo plan, their JSON
// documents, .ods exports and Zeitplan (MS Project XML), and workshop packages of that catalog, one as made
// and one changed as a workshop changes it. Also keeps the origin catalog that fuzz_review merges into and
// fuzz_mspdi imports into. Run by the build (target fuzz_seeds_made); never committed.
#include "edit/edits.h"
#include "error.h"
#include "exchange/defaultcatalog.h"
#include "exchange/exportfile.h"
#include "exchange/planjson.h"
#include "exchange/reviewpackage.h"
#include "fuzzsupport.h"
#include "storage/catalog.h"
#include "support/demoplan.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <algorithm>
#include <cstdio>

using namespace tfp;

namespace {

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        throw Error(u"%1 kann nicht geschrieben werden: %2"_qs.arg(path, f.errorString()));
}

// The Themenfeld with the fewest Leistungen that has any: the smallest package that still has content.
int smallestThemenfeld(const Catalog &c)
{
    const PlanSnapshot p = c.loadPlan(PlanDetail::Summary);
    int best = 0;
    qsizetype bestCount = 0;
    for (const Themenfeld &t : p.themenfelder) {
        const auto count = std::count_if(p.leistungen.cbegin(), p.leistungen.cend(), [&](const Leistung &l) {
            const Lage *lage = p.lage(l.lageId);
            return lage && lage->themenfeldId == t.id;
        });
        if (count > 0 && (best == 0 || count < bestCount)) {
            best = t.id;
            bestCount = count;
        }
    }
    if (best == 0)
        throw Error(u"Der Standardkatalog hat kein Themenfeld mit Leistungen."_qs);
    return best;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    try {
        for (const QString &kind : {u"ods"_qs, u"planjson"_qs, u"tfplan"_qs, u"review"_qs, u"mspdi"_qs}) {
            QDir(fuzz::seedDir(kind)).removeRecursively();
            QDir().mkpath(fuzz::seedDir(kind));
        }
        QFile::remove(fuzz::originCatalog());

        const QString empty = fuzz::seedDir(u"tfplan"_qs) + u"/leer.tfplan"_qs;
        write(fuzz::seedDir(u"planjson"_qs) + u"/leer.json"_qs, exportPlanJson(*Catalog::create(empty)));

        auto origin = Catalog::create(fuzz::originCatalog(), populateDefaultCatalog);
        const int themenfeld = smallestThemenfeld(*origin);
        test::addDemoPlan(*origin, themenfeld, QDate(2025, 6, 30), 3);
        origin->saveCopy(fuzz::seedDir(u"tfplan"_qs) + u"/standard-mit-plan.tfplan"_qs);
        {
            // The Arbeitsplan workbook of the demo plan's Themenfeld, and its projects alone.
            const PlanSnapshot plan = origin->loadPlan();
            exchange::writeExport(plan, exchange::ExportKind::Arbeitsplan, exchange::ExportFormat::Ods,
                                  {themenfeld, 0}, fuzz::seedDir(u"ods"_qs) + u"/arbeitsplan.ods"_qs);
            exchange::writeExport(plan, exchange::ExportKind::Projekte, exchange::ExportFormat::Ods,
                                  {themenfeld, 0}, fuzz::seedDir(u"ods"_qs) + u"/projekte.ods"_qs);
            // Its Zeitplan as MS Project XML, as it goes out to be edited there.
            exchange::writeExport(plan, exchange::ExportKind::Zeitplan, exchange::ExportFormat::Mspdi,
                                  {themenfeld, 0}, fuzz::seedDir(u"mspdi"_qs) + u"/zeitplan.xml"_qs);
        }

        const QString made = fuzz::seedDir(u"review"_qs) + u"/gemacht.tfreview"_qs;
        createReviewPackage(*origin, themenfeld, made);
        write(fuzz::seedDir(u"planjson"_qs) + u"/paket.json"_qs, exportPlanJson(*Catalog::open(made)));

        const QString changed = fuzz::seedDir(u"review"_qs) + u"/geaendert.tfreview"_qs;
        createReviewPackage(*origin, themenfeld, changed);
        {
            auto p = Catalog::open(changed);
            const PlanSnapshot plan = p->loadPlan(PlanDetail::Summary);
            const Leistung &first = plan.leistungen.first();
            p->apply(edit::setField(*p, schema::Table::Leistung, first.ozgId, u"status", u"in_umsetzung"_qs));
            if (!plan.projekte.isEmpty())
                p->apply(edit::addMeilenstein(*p, plan.projekte.first().id, u"umsetzung"_qs,
                                              u"Pilot im Workshop"_qs, QDate(2026, 9, 30)));
        }
        write(fuzz::seedDir(u"planjson"_qs) + u"/paket-geaendert.json"_qs,
              exportPlanJson(*Catalog::open(changed)));
    } catch (const Error &e) {
        std::fprintf(stderr, "fuzz_seeds: %s\n", e.what());
        return 1;
    }
    return 0;
}
