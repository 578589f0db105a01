// Benchmark of the analysis on a plan 100× the real catalog: prioritisation with sensitivity of one
// Themenfeld (target < 100 ms) and coverage of the whole programme (target < 50 ms), as the median of several
// runs.
#include "analysis/coverage.h"
#include "analysis/prioritisation.h"
#include "exchange/defaultcatalog.h"
#include "storage/catalog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <random>
#include <time.h>

using namespace tfp;

namespace {

constexpr int kCopies = 100;
constexpr int kProjekte = 10000;
constexpr int kMeilensteineJeProjekt = 6;
constexpr int kOnlinedienste = 3000;

void print(const QString &line)
{
    const QByteArray l = line.toUtf8() + '\n';
    std::fwrite(l.constData(), 1, size_t(l.size()), stdout);
    std::fflush(stdout);
}

double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

// Median wall-clock and CPU time of runs calls, in ms; the first call is a warm-up and not counted. The CPU
// time of the thread is the steadier figure on a machine that is busy with other work.
struct Timing
{
    double wall;
    double cpu;
};
Timing measure(int runs, const std::function<void()> &fn)
{
    fn();
    QList<double> wall, cpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        const double c = cpuMs();
        t.start();
        fn();
        wall.append(double(t.nsecsElapsed()) / 1e6);
        cpu.append(cpuMs() - c);
    }
    return {median(wall), median(cpu)};
}

QString ms(Timing t)
{
    return u"median %1 ms (CPU %2 ms)"_qs.arg(t.wall, 0, 'f', 1).arg(t.cpu, 0, 'f', 1);
}

// The real catalog with its Leistungen and LeiKa copied kCopies times under new keys (OZG-ID + copy·1000;
// LeiKa ids continue one after another, as Catalog::allocateKey hands them out; both lists stay in key order)
// into the same 14 Themenfelder and 55 Lagen, plus random planning data from a fixed seed: status, Reifegrad,
// scores, dependencies, projects, milestones, Nachnutzung and Onlinedienste.
PlanSnapshot scaled(const PlanSnapshot &real)
{
    std::mt19937 rng(20230801);
    auto pick = [&rng](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    auto chance = [&rng](double p) { return std::bernoulli_distribution(p)(rng); };

    PlanSnapshot big;
    big.themenfelder = real.themenfelder;
    for (Themenfeld &t : big.themenfelder)
        t.wellenKapazitaet = 400;
    big.lagen = real.lagen;
    big.beteiligte = real.beteiligte;
    big.federfuehrung = real.federfuehrung;
    big.kriterien = real.kriterien;
    QHash<int, QList<qint64>> kriterienOf;
    for (const Kriterium &k : real.kriterien)
        kriterienOf[k.themenfeldId].append(k.id);

    QHash<int, QList<int>> leistungenOf; // Themenfeld → OZG-IDs
    for (int c = 0; c < kCopies; ++c) {
        for (Leistung l : real.leistungen) {
            l.ozgId += c * 1000;
            l.status = Status(pick(0, 3));
            if (chance(0.8))
                l.reifegradIst = pick(0, 4);
            if (chance(0.8))
                l.reifegradZiel = pick(2, 4);
            l.flaechendeckung = Flaechendeckung(pick(0, 4));
            if (chance(0.9))
                l.aufwandPt = pick(5, 200);
            if (chance(0.01))
                l.welleFix = pick(1, 10);
            const int tf = real.themenfeldOf(l);
            leistungenOf[tf].append(l.ozgId);
            for (qint64 k : kriterienOf.value(tf))
                if (chance(0.9))
                    big.bewertungen.append({qint64(big.bewertungen.size() + 1), k, l.ozgId, pick(0, 5)});
            big.leistungen.append(l);
        }
        for (LeikaLeistung l : real.leika) {
            l.id += qint64(c) * real.leika.size();
            if (l.ozgId)
                *l.ozgId += c * 1000;
            big.leika.append(l);
        }
    }
    for (const Leistung &l : big.leistungen) {
        if (!chance(0.05))
            continue;
        const QList<int> same = leistungenOf.value(real.themenfeldOf(l));
        big.abhaengigkeiten.append(
            {qint64(big.abhaengigkeiten.size() + 1), l.ozgId, same[pick(0, int(same.size()) - 1)], {}});
    }

    QList<int> laender;
    for (const Beteiligter &b : big.beteiligte)
        if (b.art == BeteiligterArt::Land)
            laender.append(b.id);
    const QList<int> themenfelder = leistungenOf.keys();
    for (qint64 id = 1; id <= kProjekte; ++id) {
        Projekt p;
        p.id = id;
        p.themenfeldId = themenfelder[pick(0, int(themenfelder.size()) - 1)];
        p.name = u"Projekt %1"_qs.arg(id);
        const QList<int> pool = leistungenOf.value(p.themenfeldId);
        for (int n = pick(1, 8); n > 0; --n)
            p.leistungen.append(pool[pick(0, int(pool.size()) - 1)]);
        big.projekte.append(p);
        for (int m = 0; m < kMeilensteineJeProjekt; ++m) {
            Meilenstein ms;
            ms.id = qint64(big.meilensteine.size() + 1);
            ms.projektId = id;
            ms.phase = Phase(m);
            ms.titel = u"Meilenstein %1"_qs.arg(m + 1);
            ms.geplant = QDate(2021, 1, 1).addDays(pick(0, 6 * 365));
            if (chance(0.6))
                ms.ist = ms.geplant.addDays(pick(-30, 120));
            big.meilensteine.append(ms);
        }
        QList<int> reuse = laender;
        std::shuffle(reuse.begin(), reuse.end(), rng);
        for (int n = pick(0, 5); n > 0; --n)
            big.nachnutzung.append(
                {qint64(big.nachnutzung.size() + 1), id, reuse[n], NachnutzungStand(pick(0, 4)), {}});
    }
    for (qint64 id = 1; id <= kOnlinedienste; ++id) {
        Onlinedienst d;
        d.id = id;
        d.name = u"Onlinedienst %1"_qs.arg(id);
        for (int n = pick(1, 10); n > 0; --n)
            d.leika.insert(big.leika[pick(0, int(big.leika.size()) - 1)].id, pick(0, 4));
        d.laender.insert(laender[pick(0, int(laender.size()) - 1)], QDate(2023, 1, 1));
        big.onlinedienste.append(d);
    }
    big.rebuildIndexes();
    return big;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 15;

    QTemporaryDir dir;
    PlanSnapshot real;
    {
        const auto catalog = Catalog::create(dir.filePath(u"real.tfplan"_qs), populateDefaultCatalog);
        real = catalog->loadPlan();
    }
    QElapsedTimer build;
    build.start();
    const PlanSnapshot big = scaled(real);
    print(u"plan: %1 Leistungen, %2 LeiKa, %3 projects, %4 milestones, %5 scores, %6 dependencies, "
          "%7 Onlinedienste (built in %8 ms)"_qs.arg(big.leistungen.size())
              .arg(big.leika.size())
              .arg(big.projekte.size())
              .arg(big.meilensteine.size())
              .arg(big.bewertungen.size())
              .arg(big.abhaengigkeiten.size())
              .arg(big.onlinedienste.size())
              .arg(build.elapsed()));

    // The Themenfeld with the most Leistungen is the hardest case.
    QHash<int, int> size;
    for (const Leistung &l : big.leistungen)
        ++size[big.themenfeldOf(l)];
    int largest = big.themenfelder.first().id;
    for (auto it = size.cbegin(); it != size.cend(); ++it)
        if (it.value() > size.value(largest))
            largest = it.key();
    const QString name = big.themenfeld(largest)->name;

    int sink = 0;
    const Timing prio =
        measure(runs, [&] { sink += int(analysis::prioritise(big, largest).leistungen.size()); });
    analysis::PrioritisationOptions plain;
    plain.sensitivity = false;
    const Timing prioPlain =
        measure(runs, [&] { sink += int(analysis::prioritise(big, largest, plain).leistungen.size()); });
    const QDate heute(2024, 6, 30);
    const Timing cov = measure(runs, [&] {
        sink += analysis::coverage(big, {analysis::Scope::Alle, std::nullopt, heute}).gesamt.leistungen;
    });
    const Timing covFoederal = measure(runs, [&] {
        sink += analysis::coverage(big, {analysis::Scope::Foederal, std::nullopt, heute}).gesamt.leistungen;
    });

    print(u"prioritise %1 (%2 Leistungen) with sensitivity: %3; target < 100 ms"_qs.arg(name)
              .arg(size.value(largest))
              .arg(ms(prio)));
    print(u"prioritise %1 without sensitivity: %2"_qs.arg(name, ms(prioPlain)));
    print(u"coverage of the programme, scope alle: %1; target < 50 ms"_qs.arg(ms(cov)));
    print(u"coverage of the programme, scope Föderal: %1"_qs.arg(ms(covFoederal)));
    print(u"(%1 runs each; checksum %2)"_qs.arg(runs).arg(sink));
    return prio.wall < 100 && cov.wall < 50 ? 0 : 1;
}
