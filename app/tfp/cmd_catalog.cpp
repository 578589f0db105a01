// tfp init and tfp stats.
#include "cli.h"

#include "error.h"
#include "exchange/defaultcatalog.h"
#include "exchange/stats.h"
#include "storage/catalog.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace tfp::cli {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("tfp::cli", s);
}

int runInit(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(
        u"DATEI"_qs, tr("Der neue Katalog (*.tfplan); eine vorhandene Datei wird nicht überschrieben."));
    int exit = Ok;
    if (!parse(p, args, tr("Legt einen neuen Katalog mit dem eingebetteten OZG-Katalog an."), 1, 1, exit))
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
    p.addPositionalArgument(u"DATEI"_qs, tr("Der Katalog (*.tfplan)."));
    p.addOption({u"json"_qs, tr("Ausgabe als ein JSON-Objekt.")});
    int exit = Ok;
    if (!parse(p, args, tr("Zählt den Inhalt eines Katalogs und zeigt die Federführung."), 1, 1, exit))
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

} // namespace

QList<Command> catalogCommands()
{
    return {{u"init"_qs, tr("neuen Katalog aus dem eingebetteten OZG-Katalog anlegen"), runInit},
            {u"stats"_qs, tr("Inhalt und Federführung eines Katalogs zählen"), runStats}};
}

} // namespace tfp::cli
