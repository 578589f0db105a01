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

// One action of `tfp server`: its help, its file argument's help (none: it takes no file) and what it does
// with the positional arguments (URL [FILE]).
struct Action
{
    QString name;
    QString description;
    QString fileHelp;
    void (*run)(const QStringList &positional);
};

QList<Action> actions()
{
    return {
        {u"init"_qs,
         Tr::tr("Legt das Schema des Katalogs in einer leeren PostgreSQL-Datenbank an und füllt "
                "sie mit dem eingebetteten OZG-Katalog, in einer Transaktion. Eine Datenbank, die "
                "schon Tabellen hat, bleibt unverändert."),
         {},
         [](const QStringList &a) { server::create(a[0], populateDefaultCatalog); }},
        {u"export"_qs,
         Tr::tr("Schreibt den Katalog des Servers in eine neue Katalogdatei: alle Einträge, das "
                "Journal und die Katalogangaben, aus einem Stand der Datenbank."),
         Tr::tr("Die neue Katalogdatei (*.tfplan); eine vorhandene Datei wird nicht überschrieben."),
         [](const QStringList &a) { server::exportFile(a[0], a[1]); }},
        {u"import"_qs,
         Tr::tr("Überträgt eine Katalogdatei mit ihrem Journal in eine leere PostgreSQL-Datenbank, "
                "in einer Transaktion. Die Datei wird geprüft wie beim Öffnen; eine abgelehnte "
                "Datei lässt die Datenbank leer."),
         Tr::tr("Die Katalogdatei (*.tfplan); sie bleibt unverändert."),
         [](const QStringList &a) { server::importFile(a[0], a[1]); }},
    };
}

// Parses `tfp server ACTION URL [FILE]` and runs the action.
int runAction(const Action &action, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"URL"_qs, urlHelp());
    const bool withFile = !action.fileHelp.isEmpty();
    if (withFile)
        p.addPositionalArgument(u"DATEI"_qs, action.fileHelp);
    const int n = withFile ? 2 : 1;
    int exit = Ok;
    if (!parse(p, args, action.description, n, n, exit))
        return exit;
    if (const QString url = p.positionalArguments()[0]; !server::isUrl(url)) {
        fail(Tr::tr("„%1“ ist keine PostgreSQL-Adresse (postgresql://… oder postgres://…).").arg(url));
        return Usage;
    }
    try {
        action.run(p.positionalArguments());
    } catch (const Error &e) {
        return fail(e.message());
    }
    return Ok;
}

int runServer(const QStringList &args)
{
    for (const Action &action : actions())
        if (args.value(1) == action.name) {
            QStringList sub = args.mid(2);
            sub.prepend(args[0] + u' ' + action.name);
            return runAction(action, sub);
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
