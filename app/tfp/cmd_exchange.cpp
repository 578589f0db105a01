// tfp import: CSV and .xlsx tables and the federal dashboard's CSV into a catalog, all or nothing.
#include "cli.h"

#include "error.h"
#include "exchange/importplan.h"
#include "exchange/importreport.h"
#include "storage/catalog.h"

#include <QCoreApplication>

namespace tfp::cli {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("tfp::cli", s);
}

int runImport(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"DATEI"_qs, tr("Der Katalog (*.tfplan)."));
    p.addPositionalArgument(u"EINGABE"_qs, tr("Die CSV- oder Excel-Datei (.xlsx)."));
    p.addOption({u"kind"_qs, tr("Was die Datei enthält: leistungen, projekte, meilensteine oder dashboard."),
                 tr("ART")});
    p.addOption({u"sheet"_qs, tr("Tabellenblatt einer .xlsx-Datei: Name oder Nummer (Standard: das erste)."),
                 tr("BLATT")});
    p.addOption({u"dry-run"_qs, tr("Zeigt nur, was sich ändern würde; schreibt nichts.")});
    p.addOption({u"json"_qs, tr("Bericht als JSON (Aufbau siehe README).")});
    int exit = Ok;
    if (!parse(
            p, args,
            tr("Importiert eine Tabelle in den Katalog: Zeilen werden über ihren Schlüssel (OZG-ID, Projekt, "
               "Meilenstein) zugeordnet und aktualisiert, nie verdoppelt. Ganz oder gar nicht."),
            2, 2, exit))
        return exit;
    const auto kind = exchange::importKindByName(p.value(u"kind"_qs));
    if (!kind) {
        fail(tr("--kind muss leistungen, projekte, meilensteine oder dashboard sein."));
        return Usage;
    }
    const bool dryRun = p.isSet(u"dry-run"_qs);
    try {
        // Planned on a read-only open, so that a refused file leaves the catalog byte for byte as it was;
        // the catalog is opened for writing (and the plan made again there) only when there is something to
        // do.
        auto planned = [&](bool writable) {
            auto catalog = openCatalog(p.positionalArguments()[0], writable);
            auto result =
                exchange::planImport(*catalog, *kind, p.positionalArguments()[1], p.value(u"sheet"_qs));
            return std::make_pair(std::move(catalog), std::move(result));
        };
        auto [catalog, plan] = planned(false);
        bool applied = false;
        if (!plan.refused() && !dryRun && !plan.changes.isEmpty()) {
            catalog.reset();
            std::tie(catalog, plan) = planned(true);
            catalog->apply(exchange::importChanges(plan), exchange::importSource(plan));
            applied = true;
        }
        printOut(p.isSet(u"json"_qs) ? exchange::importReportJson(plan, applied)
                                     : exchange::importReportText(plan, applied || !dryRun));
        if (plan.refused()) {
            for (const QString &problem : plan.problems())
                fail(problem);
            return fail(tr("„%1“ wurde nicht importiert; der Katalog ist unverändert.").arg(plan.source));
        }
    } catch (const Error &e) {
        return fail(e.message());
    }
    return Ok;
}

} // namespace

QList<Command> exchangeCommands()
{
    return {
        {u"import"_qs, tr("Tabelle (CSV, .xlsx, Dashboard-Export) in den Katalog importieren"), runImport}};
}

} // namespace tfp::cli
