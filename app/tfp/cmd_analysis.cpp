// tfp prioritise and tfp coverage: the prioritisation and coverage analysis of a catalog.
#include "cli.h"

#include "tr.h"

#include "analysis/coverage.h"
#include "analysis/prioritisation.h"
#include "domain/labels.h"
#include "error.h"
#include "exchange/analysisjson.h"
#include "storage/catalog.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>

namespace tfp::cli {

namespace {

QString percent(int count, int total)
{
    return QLocale().toString(roundedPercent(analysis::anteil(count, total)), 'f', 1) + u" %"_qs;
}

QString prioritisationText(const analysis::Prioritisation &p)
{
    QString text = Tr::tr("Priorisierung %1\n").arg(p.themenfeld.name);
    for (const auto &g : p.kriterien)
        text += u"  %1 %2\n"_qs.arg(QLocale().toString(g.normiert * 100, 'f', 1) + u" %"_qs, 8).arg(g.name);
    text += u"\n"_qs;
    for (const auto &l : p.leistungen) {
        const QString score = l.score ? QLocale().toString(*l.score, 'f', 2) : u"–"_qs;
        text += u"%1 %2 %3 %4 %5 %6 %7\n"_qs.arg(l.rank, 4)
                    .arg(l.ozgId, 6)
                    .arg(score, 5)
                    .arg(Tr::tr("Welle %1").arg(l.welle), -9)
                    .arg(l.kategorie ? analysis::kategorieLabel(*l.kategorie) : Tr::tr("nicht bewertet"), -19)
                    .arg(l.format ? analysis::formatLabel(*l.format) : u"–"_qs, -29)
                    .arg(l.name + (l.unsicher ? Tr::tr(" (unsicher)") : QString()));
    }
    for (const QList<int> &z : p.wellen.zyklen) {
        QStringList ids;
        for (int id : z)
            ids.append(QString::number(id));
        text += Tr::tr("Zyklus in den Abhängigkeiten: %1\n").arg(ids.join(u", "));
    }
    for (const auto &k : p.wellen.konflikte)
        text += Tr::tr("Konflikt: %1 (Rang %2) hängt ab von %3 (Rang %4)\n")
                    .arg(k.ozgId)
                    .arg(k.rank)
                    .arg(k.haengtAbVon)
                    .arg(k.rankVon);
    return text;
}

int runPrioritise(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"DATEI"_qs, Tr::tr("Der Katalog (*.tfplan)."));
    p.addOption(
        {u"themenfeld"_qs, Tr::tr("Das Themenfeld, dessen Leistungen priorisiert werden."), u"NAME"_qs});
    p.addOption({u"json"_qs, Tr::tr("Ausgabe als ein JSON-Objekt.")});
    int exit = Ok;
    if (!parse(
            p, args,
            Tr::tr("Priorisiert die Leistungen eines Themenfelds: Score, Rang, Kategorie, Format, Welle und "
                   "Sensitivität."),
            1, 1, exit))
        return exit;
    if (!p.isSet(u"themenfeld"_qs)) {
        fail(Tr::tr("--themenfeld NAME fehlt; siehe „%1 --help“.").arg(args.value(0)));
        return Usage;
    }
    try {
        const auto catalog = openCatalog(p.positionalArguments()[0], false);
        // Only this Themenfeld's scores, and no LeiKa rows beyond those an Onlinedienst covers.
        PlanSnapshot plan = catalog->loadPlan(PlanDetail::Summary);
        const int themenfeld = themenfeldNamed(plan, p.value(u"themenfeld"_qs)).id;
        catalog->loadScores(plan, themenfeld);
        const analysis::Prioritisation result = analysis::prioritise(plan, themenfeld);
        printOut(p.isSet(u"json"_qs)
                     ? QJsonDocument(prioritisationJson(result)).toJson(QJsonDocument::Indented)
                     : prioritisationText(result).toUtf8());
    } catch (const Error &e) {
        return fail(e.message());
    }
    return Ok;
}

QString coverageText(const analysis::CoverageReport &r)
{
    const analysis::Kennzahlen &k = r.gesamt;
    const int n = k.leistungen;
    QString text = Tr::tr("Leistungen: %1\n").arg(n);
    const QList<Status> order{Status::Online, Status::InUmsetzung, Status::InPlanung, Status::Ohne};
    int width = 0; // the longest label in the output language keeps the counts in one column
    for (const Status s : order)
        width = std::max(width, int(labels::status(s).size()));
    for (const Status s : order)
        text +=
            u"  %1 %2 %3\n"_qs.arg(labels::status(s), -width).arg(k.count(s), 6).arg(percent(k.count(s), n));
    text += Tr::tr("OZG-konform (Reifegrad ≥ 3): %1 (%2)\n").arg(k.ozgKonform).arg(percent(k.ozgKonform, n));
    text += Tr::tr("ohne Projekt: %1\n").arg(k.ohneProjekt.size());
    text += Tr::tr("ohne Onlinedienst: %1\n").arg(k.ohneOnlinedienst.size());
    text += Tr::tr("Lagen ohne Aktivität: %1\n").arg(r.lagenOhneAktivitaet.size());
    text += Tr::tr("Projekte ohne Meilensteine: %1\n").arg(r.projekteOhneMeilensteine.size());
    text += Tr::tr("Meilensteine überfällig: %1, verzögert: %2\n")
                .arg(r.ueberfaellig.size())
                .arg(r.verzoegert.size());
    text += Tr::tr("Terminkonflikte: %1\n").arg(r.terminkonflikte.size());
    for (const analysis::TerminHinweis &h : r.terminkonflikte)
        text += u"  %1: %2\n"_qs.arg(analysis::konfliktName(h.art), h.text());
    return text;
}

int runCoverage(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"DATEI"_qs, Tr::tr("Der Katalog (*.tfplan)."));
    p.addOption({u"themenfeld"_qs, Tr::tr("Nur dieses Themenfeld (sonst das ganze Programm)."), u"NAME"_qs});
    p.addOption(
        {u"scope"_qs,
         Tr::tr("alle (Vorgabe) oder foederal: nur Leistungen des Digitalisierungsprogramms Föderal."),
         u"alle|foederal"_qs, u"alle"_qs});
    p.addOption({u"today"_qs,
                 Tr::tr("Stichtag für überfällige Meilensteine und Terminkonflikte (Vorgabe: heute)."),
                 u"JJJJ-MM-TT"_qs});
    p.addOption({u"json"_qs, Tr::tr("Ausgabe als ein JSON-Objekt.")});
    int exit = Ok;
    if (!parse(p, args, Tr::tr("Zeigt die Abdeckung: Status, Reifegrad, Onlinedienste und Lücken."), 1, 1,
               exit))
        return exit;
    analysis::CoverageOptions options;
    const auto scope = scopeOption(p);
    if (!scope)
        return Usage;
    const auto heute = dateOption(p, u"today"_qs, QDate::currentDate());
    if (!heute)
        return Usage;
    options.scope = *scope;
    options.heute = *heute;
    try {
        analysis::CoverageReport report;
        {
            // Coverage reads neither scores nor LeiKa rows beyond those an Onlinedienst covers. The report
            // holds values, not pointers into the plan: the plan goes before the output is built, so that
            // the two do not add up to the process's peak on a large catalog.
            const auto catalog = openCatalog(p.positionalArguments()[0], false);
            const PlanSnapshot plan = catalog->loadPlan(PlanDetail::Summary);
            if (p.isSet(u"themenfeld"_qs))
                options.themenfeldId = themenfeldNamed(plan, p.value(u"themenfeld"_qs)).id;
            report = analysis::coverage(plan, options);
        }
        if (p.isSet(u"json"_qs)) {
            JsonWriter w(printOut);
            writeCoverageJson(report, w);
            w.finish();
        } else {
            printOut(coverageText(report).toUtf8());
        }
    } catch (const Error &e) {
        return fail(e.message());
    }
    return Ok;
}

} // namespace

QList<Command> analysisCommands()
{
    return {{u"prioritise"_qs, Tr::tr("Leistungen eines Themenfelds priorisieren und in Wellen planen"),
             runPrioritise},
            {u"coverage"_qs, Tr::tr("Abdeckung und Lücken eines Themenfelds oder des Programms zeigen"),
             runCoverage}};
}

} // namespace tfp::cli
