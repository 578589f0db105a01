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

// One action of `tfp server`: its help, the arguments it takes after the URL (name and help) and what it does
// with the positional arguments (URL and those).
struct Argument
{
    QString name;
    QString help;
};
struct Action
{
    QString name;
    QString description;
    QList<Argument> arguments;
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
         {{u"DATEI"_qs,
           Tr::tr("Die neue Katalogdatei (*.tfplan); eine vorhandene Datei wird nicht überschrieben.")}},
         [](const QStringList &a) { server::exportFile(a[0], a[1]); }},
        {u"import"_qs,
         Tr::tr("Überträgt eine Katalogdatei mit ihrem Journal in eine leere PostgreSQL-Datenbank, "
                "in einer Transaktion. Die Datei wird geprüft wie beim Öffnen; eine abgelehnte "
                "Datei lässt die Datenbank leer."),
         {{u"DATEI"_qs, Tr::tr("Die Katalogdatei (*.tfplan); sie bleibt unverändert.")}},
         [](const QStringList &a) { server::importFile(a[0], a[1]); }},
        {u"zugang"_qs,
         Tr::tr("Legt fest, was eine Anmeldung der Datenbank im Katalog schreiben darf; der Server setzt "
                "es durch. Lesen darf jede Anmeldung mit Zugang alles."),
         {{u"ANMELDUNG"_qs, Tr::tr("Die Anmeldung (Rolle) in der Datenbank, wie ihr Administrator sie "
                                   "angelegt hat.")},
          {u"ZUGANG"_qs,
           Tr::tr("Das Kürzel eines Beteiligten des Katalogs (die Anmeldung schreibt, was seine "
                  "Federführung als FF oder U und als Land seine Nachnutzung erlaubt), „Programmleitung“ "
                  "(schreibt alles, auch den Katalog selbst) oder „keiner“ (nimmt den Zugang weg).")}},
         [](const QStringList &a) { server::grantAccess(a[0], a[1], a[2]); }},
        {u"zugaenge"_qs,
         Tr::tr("Nennt jede Anmeldung mit Zugang zum Katalog und ihren Zugang, eine je Zeile."),
         {},
         [](const QStringList &a) {
             QByteArray out;
             for (const server::Access &x : server::accessList(a[0]))
                 out += (x.login + u'\t' + (x.programme ? server::kProgrammeAccess : x.kuerzel) + u'\n')
                            .toUtf8();
             printOut(out);
         }},
    };
}

// Parses `tfp server ACTION URL [FILE]` and runs the action.
int runAction(const Action &action, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"URL"_qs, urlHelp());
    for (const Argument &argument : action.arguments)
        p.addPositionalArgument(argument.name, argument.help);
    const int n = 1 + int(action.arguments.size());
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
    p.addPositionalArgument(u"AKTION"_qs, Tr::tr("init, export, import, zugang oder zugaenge; „tfp server "
                                                 "AKTION --help“ beschreibt jede."));
    int exit = Ok;
    if (!parse(p, args,
               Tr::tr("Ein Programmkatalog auf einem PostgreSQL-Server:\n"
                      "  init URL               Schema anlegen und mit dem eingebetteten OZG-Katalog füllen\n"
                      "  export URL DATEI       Katalog des Servers in eine Katalogdatei schreiben\n"
                      "  import URL DATEI       Katalogdatei in eine leere Datenbank übertragen\n"
                      "  zugang URL ANMELDUNG ZUGANG\n"
                      "                         festlegen, was eine Anmeldung schreiben darf\n"
                      "  zugaenge URL           die Anmeldungen mit Zugang nennen"),
               1, 4, exit))
        return exit;
    fail(Tr::tr("unbekannte Aktion „%1“; „tfp server --help“ nennt init, export, import, zugang und "
                "zugaenge.")
             .arg(p.positionalArguments()[0]));
    return Usage;
}

} // namespace

QList<Command> serverCommands()
{
    return {{u"server"_qs,
             Tr::tr("Programmkatalog auf einem PostgreSQL-Server anlegen, exportieren, importieren, Zugänge "
                    "festlegen"),
             runServer}};
}

} // namespace tfp::cli
