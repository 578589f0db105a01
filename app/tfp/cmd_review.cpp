// tfp review-pack and tfp review-merge: a Themenfeld as a workshop package, and the workshop's result back.
#include "cli.h"

#include "tr.h"

#include "error.h"
#include "exchange/reviewmerge.h"
#include "exchange/reviewmergejson.h"
#include "exchange/reviewpackage.h"
#include "storage/catalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>

namespace tfp::cli {

namespace {

int runPack(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"DATEI"_qs, Tr::tr("Der Katalog (*.tfplan)."));
    p.addOption({u"themenfeld"_qs, Tr::tr("Das Themenfeld, das der Workshop prüft."), u"NAME"_qs});
    p.addOption(
        {{u"o"_qs, u"output"_qs},
         Tr::tr("Das neue Workshop-Paket (*.tfreview); eine vorhandene Datei wird nicht überschrieben."),
         Tr::tr("AUSGABE")});
    int exit = Ok;
    if (!parse(
            p, args,
            Tr::tr("Erstellt ein Workshop-Paket: ein Themenfeld des Katalogs als eigene Datei, die ohne den "
                   "Katalog geöffnet, geprüft und bearbeitet werden kann."),
            1, 1, exit))
        return exit;
    if (!p.isSet(u"themenfeld"_qs) || !p.isSet(u"output"_qs)) {
        fail(
            Tr::tr("„--themenfeld NAME“ und „-o AUSGABE“ sind nötig; siehe „%1 --help“.").arg(args.value(0)));
        return Usage;
    }
    try {
        const auto catalog = openCatalog(p.positionalArguments()[0], false);
        const PlanSnapshot plan = catalog->loadPlan(PlanDetail::Summary);
        const Themenfeld &t = themenfeldNamed(plan, p.value(u"themenfeld"_qs));
        const QString out = p.value(u"output"_qs);
        const ReviewPackageInfo info = createReviewPackage(*catalog, t.id, out);
        printOut(Tr::tr("Workshop-Paket „%1“ für „%2“ erstellt (Katalog-Revision %3).\n")
                     .arg(QDir::toNativeSeparators(out), info.themenfeld, QString::number(info.baseRevision))
                     .toUtf8());
    } catch (const Error &e) {
        return fail(e.message());
    }
    return Ok;
}

// --resolve katalog|paket decides every conflict left open; --resolve ID=katalog|paket one of them.
struct Resolutions
{
    QList<QPair<QString, MergeSide>> one;
    std::optional<MergeSide> all;
};

std::optional<Resolutions> readResolutions(const QStringList &values)
{
    Resolutions r;
    for (const QString &v : values) {
        const qsizetype eq = v.lastIndexOf(u'=');
        const QString sideText = eq < 0 ? v : v.mid(eq + 1);
        if (sideText != u"katalog" && sideText != u"paket")
            return std::nullopt;
        const MergeSide side = sideText == u"katalog" ? MergeSide::Catalog : MergeSide::Package;
        if (eq < 0)
            r.all = side;
        else
            r.one.append({v.left(eq), side});
    }
    return r;
}

int runMerge(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"DATEI"_qs, Tr::tr("Der Katalog (*.tfplan), aus dem das Paket stammt."));
    p.addPositionalArgument(u"PAKET"_qs, Tr::tr("Das Workshop-Paket (*.tfreview)."));
    p.addOption(
        {u"dry-run"_qs, Tr::tr("Zeigt nur, was übernommen würde und was in Konflikt steht; ändert nichts.")});
    p.addOption(
        {u"json"_qs,
         Tr::tr("Ausgabe als ein JSON-Objekt (Format: /usr/share/doc/themenfeldplaner/formats.md).")});
    p.addOption({u"apply-votes"_qs,
                 Tr::tr("Übernimmt das Mittel der Stimmen des Workshops (gerundet) als Bewertung.")});
    p.addOption(
        {u"resolve"_qs,
         Tr::tr("Entscheidet Konflikte: „katalog“ oder „paket“ für alle noch offenen, „ID=katalog“ oder "
                "„ID=paket“ für einen (die IDs zeigt --dry-run). Mehrfach möglich."),
         Tr::tr("ENTSCHEIDUNG")});
    int exit = Ok;
    if (!parse(
            p, args,
            Tr::tr("Übernimmt das Ergebnis eines Workshop-Pakets in seinen Katalog: Feld für Feld gegen den "
                   "Stand, aus dem das Paket erstellt wurde, in einem Schritt."),
            2, 2, exit))
        return exit;
    const auto resolutions = readResolutions(p.values(u"resolve"_qs));
    if (!resolutions) {
        fail(Tr::tr("„--resolve“ erwartet „katalog“, „paket“, „ID=katalog“ oder „ID=paket“."));
        return Usage;
    }
    const bool dryRun = p.isSet(u"dry-run"_qs);
    const bool json = p.isSet(u"json"_qs);
    try {
        // Everything that can refuse the package happens on the catalog opened read-only, so that a refused
        // package or a dry run leaves the catalog file as it was, byte for byte.
        const QString path = p.positionalArguments()[0];
        auto catalog = openCatalog(path, false);
        const OpenedReviewPackage package = openReviewPackage(p.positionalArguments()[1], *catalog);
        ReviewMergePlan plan = planReviewMerge(*catalog, package, {p.isSet(u"apply-votes"_qs)});
        for (const auto &[id, side] : resolutions->one)
            if (!resolve(plan, id, side))
                throw Error(
                    Tr::tr(
                        "„%1“ ist kein Konflikt dieses Pakets; die Konflikte und ihre IDs zeigt „--dry-run“.")
                        .arg(id));
        if (resolutions->all)
            resolveAll(plan, *resolutions->all);
        std::optional<qint64> revision;
        if (dryRun) {
            validateReviewMerge(*catalog, plan);
        } else if (!plan.alreadyMerged) {
            if (const qsizetype open = plan.openConflicts())
                throw Error(
                    Tr::tr("„%1“: offene Konflikte: %2. Entscheiden Sie mit „--resolve katalog“ oder "
                           "„--resolve paket“, einzeln mit „--resolve ID=…“ (die IDs zeigt „--dry-run“); "
                           "nichts wurde geändert.")
                        .arg(package.fileName, QString::number(open)));
            // The changes are made, and the rules run on a copy, while the catalog is open read-only: a
            // package they refuse as a whole leaves the file as it was, header and all. The plan's reserved
            // keys are still free unless another program wrote meanwhile; then an expected old value or a
            // taken key makes the merge fail as a whole, never half-applied.
            const ChangeSet changes = reviewMergeChanges(*catalog, plan);
            catalog.reset();
            catalog = openCatalog(path, true);
            catalog->apply(changes, plan.source());
            revision = catalog->revision();
        }
        printOut(json ? QJsonDocument(reviewMergeJson(plan, *catalog, dryRun, revision)).toJson()
                      : reviewMergeText(plan, *catalog, dryRun).toUtf8());
        catalog->close(); // a full disk shows here, when the log goes into the file
    } catch (const Error &e) {
        return fail(e.message());
    }
    return Ok;
}

} // namespace

QList<Command> reviewCommands()
{
    return {{u"review-pack"_qs, Tr::tr("Workshop-Paket für ein Themenfeld erstellen"), runPack},
            {u"review-merge"_qs, Tr::tr("Workshop-Ergebnis in den Katalog übernehmen"), runMerge}};
}

} // namespace tfp::cli
