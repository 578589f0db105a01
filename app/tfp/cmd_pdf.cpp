// tfp export-pdf: the Arbeitsplan of one Themenfeld, or of all of them, as PDF or as editable ODT.
#include "cli.h"

#include "tr.h"

#include "error.h"
#include "exchange/changelog.h"
#include "report/arbeitsplan.h"
#include "report/odtdocument.h"
#include "storage/catalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace tfp::cli {

namespace {

// Reads a date option; false (after the message) when it is set but not a date.
bool dateOption(const QCommandLineParser &p, const QString &name, QDate &out)
{
    if (!p.isSet(name))
        return true;
    out = dateArgument(p.value(name));
    if (out.isValid())
        return true;
    fail(
        Tr::tr("--%1 erwartet ein Datum (JJJJ-MM-TT oder TT.MM.JJJJ), nicht „%2“.").arg(name, p.value(name)));
    return false;
}

int runExportPdf(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"DATEI"_qs, Tr::tr("Der Katalog (*.tfplan)."));
    p.addOption(
        {u"themenfeld"_qs, Tr::tr("Das Themenfeld, dessen Arbeitsplan geschrieben wird."), u"NAME"_qs});
    p.addOption({u"all"_qs, Tr::tr("Die Arbeitspläne aller Themenfelder, je eine Datei im Ordner von -o.")});
    p.addOption(
        {{u"o"_qs, u"output"_qs}, Tr::tr("Die PDF- oder ODT-Datei (mit --all: der Ordner)."), u"AUS"_qs});
    p.addOption(
        {u"format"_qs,
         Tr::tr("pdf (zum Versenden) oder odt (bearbeitbar, OpenDocument-Text); Vorgabe: odt, wenn AUS "
                "auf .odt endet, sonst pdf."),
         u"FORMAT"_qs});
    p.addOption({u"sections"_qs,
                 Tr::tr("Die Abschnitte, durch Kommas getrennt (Vorgabe: alle): deckblatt, ueberblick, "
                        "priorisierung, projekte, zeitplan, meilensteine, abdeckung, risiken, anhang."),
                 u"LISTE"_qs});
    p.addOption({u"from"_qs, Tr::tr("Beginn des Zeitplans (JJJJ-MM-TT oder TT.MM.JJJJ)."), Tr::tr("DATUM")});
    p.addOption({u"to"_qs, Tr::tr("Ende des Zeitplans (JJJJ-MM-TT oder TT.MM.JJJJ)."), Tr::tr("DATUM")});
    p.addOption({u"stand"_qs, Tr::tr("Das Datum des Stands (Vorgabe: heute)."), Tr::tr("DATUM")});
    p.addOption({u"baseline"_qs,
                 Tr::tr("Vergleicht den Zeitplan mit den Terminen eines benannten Stands (tfp stand)."),
                 u"NAME"_qs});
    p.addOption(
        {u"author"_qs, Tr::tr("Autor in den PDF-Metadaten (Vorgabe: der Autor des Katalogs)."), u"NAME"_qs});
    int exit = Ok;
    if (!parse(p, args, Tr::tr("Schreibt den Arbeitsplan eines Themenfelds als PDF."), 1, 1, exit))
        return exit;
    const bool all = p.isSet(u"all"_qs);
    if (all == p.isSet(u"themenfeld"_qs)) {
        fail(Tr::tr("genau eines von --themenfeld NAME oder --all ist nötig; siehe „%1 --help“.")
                 .arg(args.value(0)));
        return Usage;
    }
    if (!p.isSet(u"o"_qs) || p.value(u"o"_qs).isEmpty()) {
        fail(Tr::tr("-o AUS fehlt; siehe „%1 --help“.").arg(args.value(0)));
        return Usage;
    }
    const QString out = p.value(u"o"_qs);
    const QString format = p.isSet(u"format"_qs)                           ? p.value(u"format"_qs)
                           : out.endsWith(u".odt"_qs, Qt::CaseInsensitive) ? u"odt"_qs
                                                                           : u"pdf"_qs;
    if (format != u"pdf"_qs && format != u"odt"_qs) {
        fail(Tr::tr("--format erwartet pdf oder odt, nicht „%1“.").arg(format));
        return Usage;
    }
    const bool odt = format == u"odt"_qs;
    // Writes one document and says so on stdout.
    const auto write = [&](const report::PdfDocument &doc, const QString &path) {
        if (odt) {
            report::writeOdt(doc, path, u"de-DE"_qs);
            printOut(
                Tr::tr("%1: bearbeitbarer Arbeitsplan (ODT)\n").arg(QDir::toNativeSeparators(path)).toUtf8());
            return;
        }
        doc.writePdf(path);
        printOut(Tr::tr("%1: %2 Seiten\n").arg(QDir::toNativeSeparators(path)).arg(doc.pageCount()).toUtf8());
    };
    report::ArbeitsplanOptions options;
    options.stand = QDate::currentDate();
    if (!dateOption(p, u"from"_qs, options.from) || !dateOption(p, u"to"_qs, options.to) ||
        !dateOption(p, u"stand"_qs, options.stand))
        return Usage;
    if (options.from.isValid() && options.to.isValid() && options.from > options.to) {
        fail(Tr::tr("--from %1 liegt nach --to %2.").arg(p.value(u"from"_qs), p.value(u"to"_qs)));
        return Usage;
    }
    try {
        if (p.isSet(u"sections"_qs))
            options.sections = report::sectionsFrom(p.value(u"sections"_qs));
    } catch (const Error &e) {
        fail(u"--sections: "_qs + e.message());
        return Usage;
    }
    try {
        const auto catalog = openCatalog(p.positionalArguments()[0], false);
        options.author = p.isSet(u"author"_qs) ? p.value(u"author"_qs) : catalog->author();
        const PlanSnapshot plan = catalog->loadPlan(PlanDetail::Full);
        if (p.isSet(u"baseline"_qs))
            options.baseline = standBaseline(*catalog, p.value(u"baseline"_qs));
        if (!all) {
            options.themenfeldId = themenfeldNamed(plan, p.value(u"themenfeld"_qs)).id;
            write(report::arbeitsplan(plan, options), out);
            return Ok;
        }
        if (QFileInfo(out).exists() && !QFileInfo(out).isDir())
            return fail(Tr::tr("„%1“ ist kein Ordner; mit --all nennt -o den Ordner für die PDF-Dateien.")
                            .arg(QDir::toNativeSeparators(out)));
        if (!QDir().mkpath(out))
            return fail(
                Tr::tr("Der Ordner „%1“ kann nicht angelegt werden.").arg(QDir::toNativeSeparators(out)));
        QList<Themenfeld> tfs = plan.themenfelder;
        std::stable_sort(tfs.begin(), tfs.end(),
                         [](const Themenfeld &a, const Themenfeld &b) { return a.sortOrder < b.sortOrder; });
        const QHash<int, QString> names = report::arbeitsplanFileNames(tfs);
        for (const Themenfeld &t : tfs) {
            options.themenfeldId = t.id;
            QString name = names.value(t.id);
            if (odt)
                name = name.chopped(4) + u".odt"_qs; // "….pdf"
            write(report::arbeitsplan(plan, options), QDir(out).filePath(name));
        }
    } catch (const Error &e) {
        return fail(e.message());
    }
    return Ok;
}

} // namespace

QList<Command> pdfCommands()
{
    return {{u"export-pdf"_qs,
             Tr::tr("den Arbeitsplan eines oder aller Themenfelder als PDF oder ODT schreiben"),
             runExportPdf}};
}

} // namespace tfp::cli
