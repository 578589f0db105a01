// tfp changes and tfp stand: what changed since a date or a named Stand, and naming the plan as it is now.
#include "cli.h"

#include "tr.h"

#include "edit/changetext.h"
#include "edit/fieldtext.h"
#include "edit/workshopedits.h"
#include "error.h"
#include "exchange/changelog.h"
#include "storage/catalog.h"

#include <QCoreApplication>
#include <QDir>

namespace tfp::cli {

namespace {

// TABELLE or TABELLE:SCHLÜSSEL, the table by its name in the schema (leistung, projekt, meilenstein …).
bool entityArgument(const QString &text, ChangeFilter &filter)
{
    const QStringList parts = text.split(u':');
    const auto t = schema::tableByName(parts[0]);
    if (!t || parts.size() > 2)
        return false;
    filter.table = t;
    if (parts.size() == 2) {
        bool ok = false;
        filter.key = parts[1].toLongLong(&ok);
        return ok;
    }
    return true;
}

int runChanges(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"DATEI"_qs, Tr::tr("Der Katalog (*.tfplan)."));
    p.addOption(
        {u"since"_qs, Tr::tr("Änderungen ab diesem Tag (JJJJ-MM-TT oder TT.MM.JJJJ)."), Tr::tr("DATUM")});
    p.addOption(
        {u"stand"_qs, Tr::tr("Änderungen seit dem Stand dieses Namens (siehe „tfp stand“)."), u"NAME"_qs});
    p.addOption({u"themenfeld"_qs, Tr::tr("Nur Änderungen dieses Themenfelds."), u"NAME"_qs});
    p.addOption(
        {u"entity"_qs,
         Tr::tr("Nur Änderungen dieser Tabelle (leistung, projekt, meilenstein …), mit „:SCHLÜSSEL“ nur "
                "eines Eintrags."),
         Tr::tr("TABELLE")});
    p.addOption({u"author"_qs, Tr::tr("Nur Änderungen dieser Person."), u"NAME"_qs});
    p.addOption({u"csv"_qs, Tr::tr("Schreibt die Änderungen als CSV (Semikolon, UTF-8) nach AUSGABE."),
                 Tr::tr("AUSGABE")});
    int exit = Ok;
    if (!parse(p, args,
               Tr::tr("Zeigt die Änderungen seit einem Datum oder einem Stand: wer, wann, alt → neu."), 1, 1,
               exit))
        return exit;
    ChangeFilter filter;
    if (p.isSet(u"since"_qs) && p.isSet(u"stand"_qs)) {
        fail(Tr::tr("„--since“ und „--stand“ schließen einander aus."));
        return Usage;
    }
    if (p.isSet(u"since"_qs)) {
        const QDate d = dateArgument(p.value(u"since"_qs));
        if (!d.isValid()) {
            fail(Tr::tr("„--since“ erwartet ein Datum (JJJJ-MM-TT oder TT.MM.JJJJ), nicht „%1“.")
                     .arg(p.value(u"since"_qs)));
            return Usage;
        }
        filter.since = QDateTime(d, QTime(0, 0));
    }
    if (p.isSet(u"entity"_qs) && !entityArgument(p.value(u"entity"_qs), filter)) {
        QStringList names;
        for (const auto &def : schema::tables())
            names << def.name;
        fail(Tr::tr("„--entity“ erwartet eine Tabelle, gegebenenfalls mit „:SCHLÜSSEL“; Tabellen: %1.")
                 .arg(names.join(u", ")));
        return Usage;
    }
    filter.author = p.value(u"author"_qs);
    try {
        const QString path = p.positionalArguments()[0];
        const auto catalog = openCatalog(path, false);
        if (p.isSet(u"themenfeld"_qs)) {
            const PlanSnapshot plan = catalog->loadPlan(PlanDetail::Summary);
            filter.themenfeldId = themenfeldNamed(plan, p.value(u"themenfeld"_qs)).id;
        }
        if (p.isSet(u"stand"_qs)) {
            const auto stand = standNamed(*catalog, p.value(u"stand"_qs));
            if (!stand) {
                QStringList names;
                catalog->forEachRow(schema::Table::Stand,
                                    [&](const QVariantList &v) { names << u"„%1“"_qs.arg(v[1].toString()); });
                throw Error(Tr::tr("Im Katalog „%1“ gibt es keinen Stand „%2“; es gibt: %3.")
                                .arg(QDir::toNativeSeparators(path), p.value(u"stand"_qs),
                                     names.isEmpty() ? Tr::tr("keinen") : names.join(u", ")));
            }
            filter.afterRevision = stand->value(schema::col::revision.toString()).toLongLong();
        }
        const QList<ChangeRecord> changes = changesSince(*catalog, filter);
        if (p.isSet(u"csv"_qs)) {
            const QString out = p.value(u"csv"_qs);
            writeOut(out, changesCsv(changes));
            printOut(Tr::tr("%1 Änderungen nach „%2“ geschrieben.\n")
                         .arg(QString::number(changes.size()), QDir::toNativeSeparators(out))
                         .toUtf8());
            return Ok;
        }
        QString text;
        for (const ChangeRecord &r : changes)
            text += u"%1  %2  %3  %4%5\n"_qs.arg(
                edit::dateTimeText(r.zeitpunkt.toLocalTime()), edit::authorText(r.entry),
                r.themenfeld.isEmpty() ? u"–"_qs : r.themenfeld, r.text,
                r.entry.quelle.isEmpty() ? QString()
                                         : u"  (%1)"_qs.arg(edit::descriptionText(r.entry.quelle)));
        if (changes.isEmpty())
            text = Tr::tr("Keine Änderungen.\n");
        printOut(text.toUtf8());
    } catch (const Error &e) {
        return fail(e.message());
    }
    return Ok;
}

int runStand(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"DATEI"_qs, Tr::tr("Der Katalog (*.tfplan)."));
    p.addPositionalArgument(u"NAME"_qs,
                            Tr::tr("Der Name des Stands, z. B. „Stand Steuerungskreis 14.11.2026“."));
    int exit = Ok;
    if (!parse(
            p, args,
            Tr::tr(
                "Hält den Plan, wie er jetzt ist, unter einem Namen fest; „tfp changes --stand NAME“ zeigt "
                "später, was sich seitdem geändert hat."),
            2, 2, exit))
        return exit;
    try {
        const auto catalog = openCatalog(p.positionalArguments()[0], true);
        const ChangeSet cs = edit::addStand(*catalog, p.positionalArguments()[1]);
        const qint64 revision = catalog->revision();
        catalog->apply(cs);
        catalog->close();
        printOut(Tr::tr("Stand „%1“ festgehalten (Revision %2).\n")
                     .arg(p.positionalArguments()[1].trimmed(), QString::number(revision))
                     .toUtf8());
    } catch (const Error &e) {
        return fail(e.message());
    }
    return Ok;
}

} // namespace

QList<Command> historyCommands()
{
    return {{u"changes"_qs, Tr::tr("Änderungen seit einem Datum oder Stand zeigen"), runChanges},
            {u"stand"_qs, Tr::tr("den Plan unter einem Namen festhalten"), runStand}};
}

} // namespace tfp::cli
