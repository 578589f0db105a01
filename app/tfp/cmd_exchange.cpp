// tfp import: CSV, .xlsx and .ods tables and the federal dashboard's CSV into a catalog, all or nothing.
// tfp export: the same tables as CSV (German Excel convention), an .xlsx or .ods workbook, milestones as
// iCalendar.
#include "cli.h"

#include "tr.h"

#include "error.h"
#include "exchange/exportfile.h"
#include "exchange/importplan.h"
#include "exchange/importreport.h"
#include "storage/catalog.h"

#include <QCoreApplication>
#include <QDir>

namespace tfp::cli {

namespace {

int runImport(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"DATEI"_qs, Tr::tr("Der Katalog (*.tfplan)."));
    p.addPositionalArgument(
        u"EINGABE"_qs, Tr::tr("Die CSV-, Excel- (.xlsx) oder OpenDocument-Datei (.ods); für zeitplan die "
                              "MS-Project-XML-Datei."));
    p.addOption({u"kind"_qs,
                 Tr::tr("Was die Datei enthält: leistungen, projekte, meilensteine, dashboard oder zeitplan "
                        "(MS-Project-XML aus tfp export --kind zeitplan)."),
                 Tr::tr("ART")});
    p.addOption(
        {u"sheet"_qs,
         Tr::tr("Tabellenblatt einer .xlsx- oder .ods-Datei: Name oder Nummer (Standard: das erste)."),
         Tr::tr("BLATT")});
    p.addOption({u"dry-run"_qs, Tr::tr("Zeigt nur, was sich ändern würde; schreibt nichts.")});
    p.addOption(
        {u"json"_qs, Tr::tr("Bericht als JSON (Aufbau: /usr/share/doc/themenfeldplaner/formats.md).")});
    int exit = Ok;
    if (!parse(p, args,
               Tr::tr("Importiert eine Tabelle in den Katalog: Zeilen werden über ihren Schlüssel (OZG-ID, "
                      "Projekt, "
                      "Meilenstein) zugeordnet und aktualisiert, nie verdoppelt. Ganz oder gar nicht."),
               2, 2, exit))
        return exit;
    const auto kind = exchange::importKindByName(p.value(u"kind"_qs));
    if (!kind) {
        fail(Tr::tr("--kind muss leistungen, projekte, meilensteine, dashboard oder zeitplan sein."));
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
        catalog->close(); // a full disk shows here, when the log goes into the file
        printOut(p.isSet(u"json"_qs) ? exchange::importReportJson(plan, applied)
                                     : exchange::importReportText(plan, applied || !dryRun));
        if (plan.refused()) {
            for (const QString &problem : plan.problems())
                fail(problem);
            return fail(Tr::tr("„%1“ wurde nicht importiert; der Katalog ist unverändert.").arg(plan.source));
        }
    } catch (const Error &e) {
        return fail(e.message());
    }
    return Ok;
}

int runExport(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"DATEI"_qs, Tr::tr("Der Katalog (*.tfplan)."));
    p.addOption({u"kind"_qs,
                 Tr::tr("leistungen, projekte, meilensteine, (nur xlsx und ods) arbeitsplan oder (nur mspdi) "
                        "zeitplan."),
                 Tr::tr("ART")});
    p.addOption({u"format"_qs, Tr::tr("csv, xlsx, ods, (nur meilensteine) ics oder (nur zeitplan) mspdi."),
                 Tr::tr("FORMAT")});
    p.addOption({{u"o"_qs, u"output"_qs}, Tr::tr("Die Ausgabedatei."), Tr::tr("AUSGABE")});
    p.addOption({u"themenfeld"_qs, Tr::tr("Nur dieses Themenfeld."), Tr::tr("NAME")});
    p.addOption({u"projekt"_qs, Tr::tr("Nur dieses Projekt (Nummer; Projekte, Meilensteine und Zeitplan)."),
                 Tr::tr("ID")});
    int exit = Ok;
    if (!parse(
            p, args,
            Tr::tr(
                "Exportiert Tabellen des Arbeitsplans als CSV, Excel-Arbeitsmappe, OpenDocument-Tabelle oder "
                "Kalender, den Zeitplan als MS-Project-XML."),
            1, 1, exit))
        return exit;
    const auto kind = exchange::exportKindByName(p.value(u"kind"_qs));
    const auto format = exchange::exportFormatByName(p.value(u"format"_qs));
    if (!kind || !format || !exchange::exportAllows(*kind, *format) || !p.isSet(u"output"_qs)) {
        fail(Tr::tr("erwartet: --kind leistungen|projekte|meilensteine|arbeitsplan|zeitplan, --format "
                    "csv|xlsx|ods|ics|mspdi (ics nur für meilensteine, arbeitsplan nur für xlsx und ods, "
                    "zeitplan nur "
                    "als mspdi) und -o AUSGABE."));
        return Usage;
    }
    try {
        const auto catalog = openCatalog(p.positionalArguments()[0], false);
        const PlanSnapshot plan = catalog->loadPlan(PlanDetail::Tables);
        exchange::ExportScope scope;
        if (p.isSet(u"themenfeld"_qs)) {
            const Themenfeld *t = plan.themenfeldByName(p.value(u"themenfeld"_qs));
            if (!t)
                throw Error(Tr::tr("Das Themenfeld „%1“ gibt es nicht.").arg(p.value(u"themenfeld"_qs)));
            scope.themenfeldId = t->id;
        }
        if (p.isSet(u"projekt"_qs)) {
            bool ok = false;
            scope.projektId = p.value(u"projekt"_qs).toLongLong(&ok);
            const bool known = std::any_of(plan.projekte.cbegin(), plan.projekte.cend(),
                                           [&](const Projekt &pr) { return pr.id == scope.projektId; });
            if (!ok || !known)
                throw Error(
                    Tr::tr("Ein Projekt mit der Nummer „%1“ gibt es nicht.").arg(p.value(u"projekt"_qs)));
        }
        exchange::writeExport(plan, *kind, *format, scope, p.value(u"output"_qs));
    } catch (const Error &e) {
        return fail(e.message());
    }
    return Ok;
}

} // namespace

QList<Command> exchangeCommands()
{
    return {
        {u"import"_qs, Tr::tr("Tabelle (CSV, .xlsx, .ods, Dashboard-Export) in den Katalog importieren"),
         runImport},
        {u"export"_qs,
         Tr::tr("Tabellen als CSV, Excel-Arbeitsmappe, OpenDocument-Tabelle oder Meilensteine als Kalender "
                "(.ics)"),
         runExport}};
}

} // namespace tfp::cli
