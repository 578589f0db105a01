// tfp chart: one progress chart of a Themenfeld or the programme as PNG or SVG, the same picture the app's
// Übersicht tab and the Arbeitsplan show.
#include "cli.h"

#include "tr.h"

#include "error.h"
#include "report/chartexport.h"
#include "storage/catalog.h"

#include <QCoreApplication>
#include <QGuiApplication>

namespace tfp::cli {

namespace {

std::optional<int> sizeOption(const QCommandLineParser &p, const QString &name)
{
    bool ok = false;
    const int v = p.value(name).toInt(&ok);
    if (!ok) {
        fail(Tr::tr("--%1 erwartet eine ganze Zahl Pixel, nicht „%2“.").arg(name, p.value(name)));
        return std::nullopt;
    }
    return v;
}

int runChart(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"DATEI"_qs, Tr::tr("Der Katalog (*.tfplan)."));
    p.addOption({u"themenfeld"_qs, Tr::tr("Das Themenfeld (sonst das ganze Programm)."), u"NAME"_qs});
    p.addOption(
        {u"kind"_qs,
         Tr::tr("Das Diagramm: status, reifegrad, burnup, gantt, nachnutzung, budget oder prioritaet."),
         Tr::tr("ART")});
    p.addOption({{u"o"_qs, u"output"_qs}, Tr::tr("Die Ausgabedatei: .png oder .svg."), u"AUSGABE"_qs});
    p.addOption({u"width"_qs, Tr::tr("Breite in Pixeln (Vorgabe 1360)."), u"B"_qs, u"1360"_qs});
    p.addOption({u"height"_qs,
                 Tr::tr("Höhe in Pixeln (Vorgabe: 800 bei 1360 Breite; ein Gantt so hoch, dass alle Projekte "
                        "lesbar sind)."),
                 u"H"_qs});
    p.addOption({u"scope"_qs, Tr::tr("alle (Vorgabe) oder foederal."), u"alle|foederal"_qs, u"alle"_qs});
    p.addOption({u"today"_qs, Tr::tr("Das Datum „heute“ im Diagramm (Vorgabe: heute)."), u"JJJJ-MM-TT"_qs});
    p.addOption({u"von"_qs, Tr::tr("Gantt und Go-live: Beginn des gezeigten Zeitraums."), u"JJJJ-MM-TT"_qs});
    p.addOption({u"bis"_qs, Tr::tr("Gantt und Go-live: Ende des gezeigten Zeitraums."), u"JJJJ-MM-TT"_qs});
    int exit = Ok;
    if (!parse(p, args,
               Tr::tr("Zeichnet ein Diagramm des Themenfelds oder des Programms als PNG- oder SVG-Datei, mit "
                      "denselben Zahlen wie die Übersicht in der Anwendung."),
               1, 1, exit))
        return exit;
    const auto kind = report::chartKindByName(p.value(u"kind"_qs));
    if (!kind) {
        fail(Tr::tr(
            "--kind muss status, reifegrad, burnup, gantt, nachnutzung, budget oder prioritaet sein."));
        return Usage;
    }
    const QString out = p.value(u"o"_qs);
    if (out.isEmpty()) {
        fail(Tr::tr("-o AUSGABE fehlt: die Datei, in die das Diagramm geschrieben wird (.png oder .svg)."));
        return Usage;
    }
    if (!report::chartFormatOf(out)) {
        fail(Tr::tr("„%1“: das Diagramm kann nur als .png oder .svg gespeichert werden.").arg(out));
        return Usage;
    }
    const auto width = sizeOption(p, u"width"_qs);
    const auto height = p.isSet(u"height"_qs) ? sizeOption(p, u"height"_qs) : std::optional<int>(0);
    if (!width || !height)
        return Usage;
    // Checked before the catalog is read; a height left out is chosen from the chart below.
    if (const QString problem = report::chartSizeProblem(QSize(*width, *height ? *height : 800));
        !problem.isEmpty()) {
        fail(problem);
        return Usage;
    }
    const auto scope = scopeOption(p);
    if (!scope)
        return Usage;
    report::ChartOptions options;
    options.scope = *scope;
    const auto heute = dateOption(p, u"today"_qs, QDate::currentDate());
    const auto von = dateOption(p, u"von"_qs, {}), bis = dateOption(p, u"bis"_qs, {});
    if (!heute || !von || !bis)
        return Usage;
    if (von->isValid() && bis->isValid() && *bis <= *von) {
        fail(Tr::tr("--bis (%1) muss nach --von (%2) liegen.").arg(p.value(u"bis"_qs), p.value(u"von"_qs)));
        return Usage;
    }
    options.today = *heute;
    options.from = *von;
    options.to = *bis;
    try {
        const auto catalog = openCatalog(p.positionalArguments()[0], false);
        // The charts read no LeiKa rows beyond those an Onlinedienst covers, and scores (the prioritisation
        // chart) of one Themenfeld only.
        PlanSnapshot plan = catalog->loadPlan(PlanDetail::Summary);
        if (p.isSet(u"themenfeld"_qs)) {
            options.themenfeldId = themenfeldNamed(plan, p.value(u"themenfeld"_qs)).id;
            catalog->loadScores(plan, *options.themenfeldId);
        }
        const report::ChartModel model = report::chartModel(*kind, plan, options);
        const QSize size(*width, *height ? *height : report::suggestedChartHeight(model, *width));
        report::exportChart(out, model, options, size);
    } catch (const Error &e) {
        return fail(e.message());
    }
    return Ok;
}

} // namespace

std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv)
{
    // Charts and the Arbeitsplan paint text, which needs a QGuiApplication and a platform: offscreen, since
    // they paint but never show a window. Every other subcommand stays a QCoreApplication that runs anywhere.
    int command = 1; // after a leading --lang (see outputLanguage)
    while (command < argc &&
           (qstrcmp(argv[command], "--lang") == 0 || qstrncmp(argv[command], "--lang=", 7) == 0))
        command += qstrcmp(argv[command], "--lang") == 0 ? 2 : 1;
    if (command < argc &&
        (qstrcmp(argv[command], "chart") == 0 || qstrcmp(argv[command], "export-pdf") == 0)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Headless runs (CI, cron) have no XDG_RUNTIME_DIR; Qt's warning about it would break the promise of
        // one error line on stderr, and the charts do not use that directory.
        static QtMessageHandler previous = nullptr;
        previous = qInstallMessageHandler(
            [](QtMsgType type, const QMessageLogContext &context, const QString &message) {
                if (!(type == QtWarningMsg && message.startsWith(u"QStandardPaths:")))
                    previous(type, context, message);
            });
        // Their numbers and dates follow the output language's conventions (installLanguage), not the
        // shell's.
        return std::make_unique<QGuiApplication>(argc, argv);
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

QList<Command> chartCommands()
{
    return {{u"chart"_qs, Tr::tr("ein Diagramm des Themenfelds oder Programms als PNG oder SVG zeichnen"),
             runChart}};
}

} // namespace tfp::cli
