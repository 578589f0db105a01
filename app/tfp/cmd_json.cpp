// tfp export-json and tfp import-json: the whole plan as one versioned JSON document.
#include "cli.h"

#include "tr.h"

#include "error.h"
#include "exchange/fileio.h"
#include "exchange/planjson.h"
#include "storage/catalog.h"

#include <QCoreApplication>
#include <QDir>

namespace tfp::cli {

namespace {

// A plan document is read whole into memory and parsed there; the whole OZG catalog with a long journal takes
// a few MB, so this bound leaves room for years of changes and none for a file that never ends.
constexpr qint64 kMaxPlanJsonBytes = 256ll * 1024 * 1024;

int runExport(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"DATEI"_qs, Tr::tr("Der Katalog (*.tfplan)."));
    p.addOption({{u"o"_qs, u"output"_qs},
                 Tr::tr("Schreibt das Dokument in AUSGABE statt auf die Standardausgabe."),
                 Tr::tr("AUSGABE")});
    int exit = Ok;
    if (!parse(p, args,
               Tr::tr("Schreibt den ganzen Plan als versioniertes JSON-Dokument (Format: "
                      "/usr/share/doc/themenfeldplaner/formats.md)."),
               1, 1, exit))
        return exit;
    try {
        const QByteArray json = exportPlanJson(*openCatalog(p.positionalArguments()[0], false));
        if (!p.isSet(u"output"_qs)) {
            printOut(json);
            return Ok;
        }
        writeOut(p.value(u"output"_qs), json);
    } catch (const Error &e) {
        return fail(e.message());
    }
    return Ok;
}

int runImport(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(
        u"NEUE_DATEI"_qs,
        Tr::tr("Der neue Katalog (*.tfplan); eine vorhandene Datei wird nicht überschrieben."));
    p.addPositionalArgument(u"JSON"_qs, Tr::tr("Das JSON-Dokument, das „tfp export-json“ geschrieben hat."));
    int exit = Ok;
    if (!parse(p, args, Tr::tr("Legt einen neuen Katalog aus einem JSON-Dokument an: ganz oder gar nicht."),
               2, 2, exit))
        return exit;
    const QString target = p.positionalArguments()[0];
    const QString source = p.positionalArguments()[1];
    try {
        const QByteArray json =
            fileio::readBounded(source, kMaxPlanJsonBytes, QDir::toNativeSeparators(source));
        Catalog::create(target, [&](Catalog &c) {
            importPlanJson(c, json, QDir::toNativeSeparators(source));
        })->close();
    } catch (const Error &e) {
        return fail(e.message());
    }
    return Ok;
}

} // namespace

QList<Command> jsonCommands()
{
    return {{u"export-json"_qs, Tr::tr("ganzen Plan als JSON-Dokument ausgeben"), runExport},
            {u"import-json"_qs, Tr::tr("neuen Katalog aus einem JSON-Dokument anlegen"), runImport}};
}

} // namespace tfp::cli
