// tfp init, tfp stats and tfp repair.
#include "cli.h"

#include "tr.h"

#include "error.h"
#include "exchange/defaultcatalog.h"
#include "exchange/stats.h"
#include "storage/catalog.h"
#include "storage/catalogrepair.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace tfp::cli {

namespace {

int runInit(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(
        u"DATEI"_qs, Tr::tr("Der neue Katalog (*.tfplan); eine vorhandene Datei wird nicht überschrieben."));
    int exit = Ok;
    if (!parse(p, args, Tr::tr("Legt einen neuen Katalog mit dem eingebetteten OZG-Katalog an."), 1, 1, exit))
        return exit;
    try {
        Catalog::create(p.positionalArguments()[0], populateDefaultCatalog)->close();
    } catch (const Error &e) {
        return fail(e.message());
    }
    return Ok;
}

int runStats(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"DATEI"_qs, Tr::tr("Der Katalog (*.tfplan)."));
    p.addOption({u"json"_qs, Tr::tr("Ausgabe als ein JSON-Objekt.")});
    int exit = Ok;
    if (!parse(p, args, Tr::tr("Zählt den Inhalt eines Katalogs und zeigt die Federführung."), 1, 1, exit))
        return exit;
    try {
        const auto catalog = openCatalog(p.positionalArguments()[0], false);
        const QJsonObject s = catalogStats(catalog->loadPlan());
        if (p.isSet(u"json"_qs)) {
            printOut(QJsonDocument(s).toJson(QJsonDocument::Indented));
        } else {
            QString text;
            for (const char *k : {"schema_version", "themenfelder", "lagen", "leistungen", "leika_leistungen",
                                  "laender", "projekte", "meilensteine"})
                text += u"%1 %2\n"_qs.arg(QString::fromLatin1(k) + u':', -18)
                            .arg(s.value(QLatin1String(k)).toInteger());
            printOut(text.toUtf8());
        }
    } catch (const Error &e) {
        return fail(e.message());
    }
    return Ok;
}

int runRepair(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"DATEI"_qs,
                            Tr::tr("Der Katalog, den das Öffnen ablehnt (*.tfplan); er bleibt unverändert."));
    p.addOption({{u"o"_qs, u"output"_qs},
                 Tr::tr("Der neue, bereinigte Katalog; eine vorhandene Datei wird nicht überschrieben."),
                 Tr::tr("NEU")});
    int exit = Ok;
    if (!parse(p, args,
               Tr::tr("Kopiert alle gültigen Einträge eines abgelehnten Katalogs (mit Katalogkennung und "
                      "Journal, soweit "
                      "gültig) in einen neuen Katalog und nennt, was ausgelassen wurde und warum."),
               1, 1, exit))
        return exit;
    if (!p.isSet(u"output"_qs)) {
        fail(Tr::tr("-o NEU fehlt; siehe „tfp repair --help“."));
        return Usage;
    }
    try {
        const QString target = p.value(u"output"_qs);
        const RepairReport r = repairCatalog(p.positionalArguments()[0], target);
        for (const QString &line : r.leftOut)
            fail(Tr::tr("ausgelassen: %1").arg(line));
        printOut(
            Tr::tr("Neuer Katalog „%1“ (Kennung %2, %3): %4 Einträge und %5 Journaleinträge übernommen, %6 "
                   "Angaben ausgelassen.\n")
                .arg(target, r.catalogId, r.idKept ? Tr::tr("übernommen") : Tr::tr("neu vergeben"))
                .arg(r.rowsKept)
                .arg(r.journalKept)
                .arg(r.leftOut.size())
                .toUtf8());
    } catch (const Error &e) {
        return fail(e.message());
    }
    return Ok;
}

} // namespace

QList<Command> catalogCommands()
{
    return {{u"init"_qs, Tr::tr("neuen Katalog aus dem eingebetteten OZG-Katalog anlegen"), runInit},
            {u"stats"_qs, Tr::tr("Inhalt und Federführung eines Katalogs zählen"), runStats},
            {u"repair"_qs,
             Tr::tr("gültige Einträge eines abgelehnten Katalogs in einen neuen Katalog kopieren"),
             runRepair}};
}

} // namespace tfp::cli
