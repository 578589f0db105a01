// tfp_bench_review: taking over a workshop package with 1,000 changed fields (target: under 200 ms) — open
// and check the package, plan the merge, check it against the rules and apply it as one change set.
#include "benchutil.h"
#include "edit/edits.h"
#include "error.h"
#include "exchange/defaultcatalog.h"
#include "exchange/reviewmerge.h"
#include "exchange/reviewpackage.h"
#include "exchange/reviewscope.h"
#include "storage/catalog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <functional>

using namespace tfp;
using namespace tfp::bench;
using namespace tfp::schema;

namespace {

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// The Themenfeld with the most Leistungen (Unternehmensführung & -entwicklung in the real catalog).
int largestThemenfeld(const PlanSnapshot &plan, QList<int> &leistungen)
{
    QHash<int, QList<int>> byThemenfeld;
    for (const Leistung &l : plan.leistungen)
        byThemenfeld[plan.lage(l.lageId)->themenfeldId].append(l.ozgId);
    int best = 0;
    for (auto it = byThemenfeld.cbegin(); it != byThemenfeld.cend(); ++it)
        if (!best || it->size() > byThemenfeld[best].size())
            best = it.key();
    leistungen = byThemenfeld[best];
    return best;
}

// A score for every criterion and Leistung of the Themenfeld, so that the workshop has scores to change.
void scoreAll(Catalog &c, int themenfeld, const QList<int> &leistungen)
{
    ChangeSet cs(u"Bewertungen"_qs);
    for (const QVariantMap &k : c.rowsWhere(Table::Kriterium, col::themenfeldId, themenfeld))
        for (const int ozg : leistungen)
            cs.append(Change::insert(Table::Bewertung, c.allocateKey(Table::Bewertung),
                                     {{col::kriteriumId.toString(), k.value(u"id"_qs)},
                                      {col::ozgId.toString(), ozg},
                                      {col::wert.toString(), 2}}));
    c.apply(cs);
}

// What a long workshop does: the fields of every Leistung, then the scores, until `count` fields changed.
int changeFields(Catalog &w, const QList<int> &leistungen, int count)
{
    const QList<QPair<QStringView, QVariant>> fields{{col::status, u"in_umsetzung"_qs},
                                                     {col::reifegradZiel, 4},
                                                     {col::flaechendeckung, u"landesweit"_qs},
                                                     {col::goLive, u"2027-01-15"_qs},
                                                     {col::nachfrage, 125000},
                                                     {col::aufwandPt, 42.5},
                                                     {col::rechtsaenderung, u"Verordnung anpassen"_qs},
                                                     {col::notes, u"im Workshop besprochen"_qs},
                                                     {col::welleFix, 2}};
    ChangeSet cs(u"Workshop"_qs);
    for (const int ozg : leistungen)
        for (const auto &[column, value] : fields)
            if (cs.changes.size() < count)
                cs.append(Change::update(Table::Leistung, ozg, column.toString(),
                                         w.value(Table::Leistung, ozg, column), value));
    w.forEachRow(Table::Bewertung, [&](const QVariantList &b) {
        if (cs.changes.size() < count)
            cs.append(Change::update(Table::Bewertung, b[0].toLongLong(), col::wert.toString(), b[3], 4));
    });
    w.apply(cs);
    return int(cs.changes.size());
}

// The scope check that planReviewMerge runs, once more on the finished plan and timed alone: every row the
// package adds is made known first, then every item is judged. Nothing of the benchmark's package lies
// outside its Themenfeld.
double scopeCheck(const Catalog &c, const OpenedReviewPackage &opened, const ReviewMergePlan &plan)
{
    QElapsedTimer t;
    t.start();
    ReviewScope scope(c, opened.info.themenfeldId, opened.info.themenfeld);
    scope.addPending(plan);
    for (const QList<MergeItem> *items : {&plan.applied, &plan.conflicts})
        for (const MergeItem &i : *items)
            if (const QString why = scope.refusal(i); !why.isEmpty())
                throw Error(u"unerwartet außerhalb des Umfangs: %1"_qs.arg(why));
    return msSince(t);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.setApplicationDescription(
        u"Misst die Übernahme eines Workshop-Pakets mit vielen geänderten Feldern."_qs);
    p.addHelpOption();
    p.addOption({u"runs"_qs, u"Wiederholungen (Vorgabe 10)."_qs, u"N"_qs, u"10"_qs});
    p.addOption({u"fields"_qs, u"Geänderte Felder im Paket (Vorgabe 1000)."_qs, u"N"_qs, u"1000"_qs});
    p.process(app);
    const int runs = p.value(u"runs"_qs).toInt();
    const int fields = p.value(u"fields"_qs).toInt();
    if (runs < 1 || fields < 1) {
        std::fputs("tfp_bench_review: --runs und --fields erwarten eine Zahl ab 1\n", stderr);
        return 2;
    }
    try {
        QTemporaryDir dir;
        const QString master = dir.filePath(u"katalog.tfplan"_qs);
        const QString package = dir.filePath(u"workshop.tfreview"_qs);
        Catalog::create(master, populateDefaultCatalog);
        int changed = 0;
        {
            auto c = Catalog::open(master);
            QList<int> leistungen;
            const int themenfeld = largestThemenfeld(c->loadPlan(PlanDetail::Summary), leistungen);
            scoreAll(*c, themenfeld, leistungen);
            createReviewPackage(*c, themenfeld, package);
            auto w = Catalog::open(package);
            changed = changeFields(*w, leistungen, fields);
            print(u"Paket: Themenfeld %1 mit %2 Leistungen, %3 geänderte Felder"_qs.arg(themenfeld)
                      .arg(leistungen.size())
                      .arg(changed));
        }
        QList<double> total, opening, planning, scoping, checking, applying;
        qsizetype merged = 0;
        for (int i = 0; i < runs; ++i) {
            const QString copy = dir.filePath(u"lauf%1.tfplan"_qs.arg(i));
            QFile::copy(master, copy);
            auto c = Catalog::open(copy);
            QElapsedTimer all, step;
            all.start();
            step.start();
            const OpenedReviewPackage opened = openReviewPackage(package, *c);
            opening.append(msSince(step));
            step.start();
            ReviewMergePlan plan = planReviewMerge(*c, opened);
            planning.append(msSince(step));
            scoping.append(scopeCheck(*c, opened, plan));
            step.start();
            const ChangeSet cs = reviewMergeChanges(*c, plan);
            checking.append(msSince(step));
            step.start();
            c->apply(cs, plan.source());
            applying.append(msSince(step));
            total.append(msSince(all) - scoping.last()); // without the second, measuring scope check
            merged = plan.applied.size();
            if (merged != changed || !plan.conflicts.isEmpty() || !plan.rejected.isEmpty())
                throw Error(u"unerwarteter Plan: %1 übernommen, %2 Konflikte, %3 abgelehnt"_qs.arg(merged)
                                .arg(plan.conflicts.size())
                                .arg(plan.rejected.size()));
        }
        report(u"Übernahme von %1 Feldern, gesamt"_qs.arg(merged), total);
        report(u"  Paket öffnen und prüfen"_qs, opening);
        report(u"  planen"_qs, planning);
        report(u"    darin: Umfang des Pakets prüfen (dieselbe Prüfung noch einmal gemessen)"_qs, scoping);
        const double scope = median(scoping);
        print(u"  die Umfangsprüfung kostet %1 % der Übernahme ohne sie (Ziel: unter 20 %)"_qs.arg(
            100.0 * scope / (median(total) - scope), 0, 'f', 1));
        report(u"  Regeln prüfen, Änderungen bilden"_qs, checking);
        report(u"  anwenden (eine Transaktion, Journal)"_qs, applying);
    } catch (const Error &e) {
        std::fprintf(stderr, "tfp_bench_review: %s\n", e.what());
        return 1;
    }
    return 0;
}
