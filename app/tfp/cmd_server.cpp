// tfp server init|export|import: a programme catalog on a PostgreSQL server, created there and moved between
// a file and the server (core/storage/server.h).
#include "cli.h"

#include "tr.h"

#include "error.h"
#include "exchange/defaultcatalog.h"
#include "storage/server.h"

namespace tfp::cli {

namespace {

QString urlHelp()
{
    return Tr::tr("Die Datenbank als PostgreSQL-Adresse: postgresql://host[:port]/db, "
                  "postgresql:///db?host=/socket/ordner oder postgres://benutzer@host/db. Ohne Passwort: "
                  "libpq nimmt es aus ~/.pgpass (oder PGPASSFILE) oder meldet sich mit Kerberos an.");
}

// Parses `tfp server ACTION URL [FILE]`; false (and exit set) when the command should stop.
bool parseAction(QCommandLineParser &p, const QStringList &args, const QString &description, bool withFile,
                 const QString &fileHelp, int &exit)
{
    p.addPositionalArgument(u"URL"_qs, urlHelp());
    if (withFile)
        p.addPositionalArgument(u"DATEI"_qs, fileHelp);
    const int n = withFile ? 2 : 1;
    if (!parse(p, args, description, n, n, exit))
        return false;
    if (const QString url = p.positionalArguments()[0]; !server::isUrl(url)) {
        fail(Tr::tr("„%1“ ist keine PostgreSQL-Adresse (postgresql://… oder postgres://…).").arg(url));
        exit = Usage;
        return false;
    }
    return true;
}

int runAction(const std::function<void(const QStringList &positional)> &action, const QCommandLineParser &p)
{
    try {
        action(p.positionalArguments());
    } catch (const Error &e) {
        return fail(e.message());
    }
    return Ok;
}

int runInit(const QStringList &args)
{
    QCommandLineParser p;
    int exit = Ok;
    if (!parseAction(
            p, args,
            Tr::tr("Legt das Schema des Katalogs in einer leeren PostgreSQL-Datenbank an und füllt "
                   "sie mit dem eingebetteten OZG-Katalog, in einer Transaktion. Eine Datenbank, die "
                   "schon Tabellen hat, bleibt unverändert."),
            false, {}, exit))
        return exit;
    return runAction([](const QStringList &a) { server::create(a[0], populateDefaultCatalog); }, p);
}

int runExport(const QStringList &args)
{
    QCommandLineParser p;
    int exit = Ok;
    if (!parseAction(
            p, args,
            Tr::tr("Schreibt den Katalog des Servers in eine neue Katalogdatei: alle Einträge, das "
                   "Journal und die Katalogangaben, aus einem Stand der Datenbank."),
            true, Tr::tr("Die neue Katalogdatei (*.tfplan); eine vorhandene Datei wird nicht überschrieben."),
            exit))
        return exit;
    return runAction([](const QStringList &a) { server::exportFile(a[0], a[1]); }, p);
}

int runImport(const QStringList &args)
{
    QCommandLineParser p;
    int exit = Ok;
    if (!parseAction(
            p, args,
            Tr::tr("Überträgt eine Katalogdatei mit ihrem Journal in eine leere PostgreSQL-Datenbank, "
                   "in einer Transaktion. Die Datei wird geprüft wie beim Öffnen; eine abgelehnte "
                   "Datei lässt die Datenbank leer."),
            true, Tr::tr("Die Katalogdatei (*.tfplan); sie bleibt unverändert."), exit))
        return exit;
    return runAction([](const QStringList &a) { server::importFile(a[0], a[1]); }, p);
}

int runServer(const QStringList &args)
{
    const QList<std::pair<QString, int (*)(const QStringList &)>> actions{
        {u"init"_qs, runInit}, {u"export"_qs, runExport}, {u"import"_qs, runImport}};
    for (const auto &[name, run] : actions)
        if (args.value(1) == name) {
            QStringList sub = args.mid(2);
            sub.prepend(args[0] + u' ' + name);
            return run(sub);
        }
    QCommandLineParser p;
    p.addPositionalArgument(u"AKTION"_qs, Tr::tr("init, export oder import; „tfp server AKTION --help“ "
                                                 "beschreibt jede."));
    int exit = Ok;
    if (!parse(p, args,
               Tr::tr("Ein Programmkatalog auf einem PostgreSQL-Server:\n"
                      "  init URL               Schema anlegen und mit dem eingebetteten OZG-Katalog füllen\n"
                      "  export URL DATEI       Katalog des Servers in eine Katalogdatei schreiben\n"
                      "  import URL DATEI       Katalogdatei in eine leere Datenbank übertragen"),
               1, 3, exit))
        return exit;
    fail(Tr::tr("unbekannte Aktion „%1“; „tfp server --help“ nennt init, export und import.")
             .arg(p.positionalArguments()[0]));
    return Usage;
}

} // namespace

QList<Command> serverCommands()
{
    return {{u"server"_qs,
             Tr::tr("Programmkatalog auf einem PostgreSQL-Server anlegen, exportieren, importieren"),
             runServer}};
}

} // namespace tfp::cli
