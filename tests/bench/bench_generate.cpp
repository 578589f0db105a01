// tfp_bench_generate: writes a catalog `factor` times the real one (Lagen, Leistungen and LeiKa-Leistungen
// replicated under new keys and OZG-IDs, still 14 Themenfelder) filled with projects, milestones,
// Nachnutzung, Zahlungsplan and scores; deterministic (fixed seed). Reports generation time, file size and
// memory; `tfp_bench_catalog --open FILE` then times open + load in a fresh process.
#include "benchutil.h"
#include "error.h"
#include "exchange/defaultcatalog.h"
#include "storage/catalog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>

#include <array>
#include <cmath>
#include <random>

using namespace tfp;
using namespace tfp::bench;
using namespace tfp::schema;

namespace {

// The milestones every project gets, one per phase up to Regelbetrieb (DOMAIN.md: standard milestones).
const std::array<const char16_t *, 6> kMeilensteine{
    u"Vorbereitung abgeschlossen",           u"Konzeption (Digitalisierungslabor) abgeschlossen",
    u"Referenzimplementierung (MVP) fertig", u"Pilotierung abgeschlossen",
    u"Roll-out und Nachnutzung gestartet",   u"Inbetriebnahme (Regelbetrieb)"};

// "Today" of the generated plan, fixed so that the same seed gives the same file on any day.
const QDate kStichtag(2025, 6, 30);

// Seeded draws. std::mt19937_64's output is fixed by the standard; the distributions are not, so the
// mapping onto ranges is done here.
class Draw
{
public:
    explicit Draw(quint64 seed) : m_engine(seed) {}
    int between(int lo, int hi) { return lo + int(m_engine() % quint64(hi - lo + 1)); } // inclusive
    double unit() { return double(m_engine() >> 11) * 0x1.0p-53; }
    bool chance(double p) { return unit() < p; }
    template <typename T, size_t N>
    T pick(const std::array<T, N> &values, const std::array<double, N> &weights)
    {
        double u = unit();
        for (size_t i = 0; i + 1 < N; ++i) {
            if (u < weights[i])
                return values[i];
            u -= weights[i];
        }
        return values[N - 1];
    }
    QDate dateIn(QDate from, QDate to) { return from.addDays(between(0, int(from.daysTo(to)))); }

private:
    std::mt19937_64 m_engine;
};

// Writes rows through the fast path: each row starts from the columns' defaults and sets only named fields.
class Writer
{
public:
    explicit Writer(Catalog &c) : m_catalog(c)
    {
        for (const TableDef &def : tables())
            m_defaults[size_t(def.id)] = def.valuesOf({});
    }
    void put(Table t, std::initializer_list<std::pair<QStringView, QVariant>> fields)
    {
        const TableDef &def = table(t);
        QVariantList values = m_defaults[size_t(t)];
        for (const auto &[name, value] : fields)
            values[def.indexOf(name)] = value;
        m_catalog.insertRaw(t, values);
        ++m_rows;
    }
    qint64 rows() const { return m_rows; }

private:
    Catalog &m_catalog;
    std::array<QVariantList, size_t(Table::Count)> m_defaults;
    qint64 m_rows = 0;
};

QString copyName(const QString &name, int copy)
{
    return copy == 0 ? name : u"%1 (%2)"_qs.arg(name).arg(copy + 1);
}

QString phaseCode(int i)
{
    return table(Table::Meilenstein).column(col::phase).enumValues[i];
}

struct Generated
{
    qint64 rows = 0;
    qint64 leistungen = 0;
    qint64 projekte = 0;
};

// Everything below only depends on the base plan, the factor and the seed.
Generated generate(Catalog &catalog, const PlanSnapshot &base, int factor, quint64 seed)
{
    using namespace col;
    Draw draw(seed);
    Writer w(catalog);

    for (const Themenfeld &t : base.themenfelder)
        w.put(Table::Themenfeld,
              {{id, t.id}, {name, t.name}, {sortOrder, t.sortOrder}, {wellenKapazitaet, 20 * factor}});
    for (const Beteiligter &b : base.beteiligte)
        w.put(Table::Beteiligter, {{id, b.id},
                                   {kuerzel, b.kuerzel},
                                   {name, b.name},
                                   {art, table(Table::Beteiligter).column(art).enumValues[int(b.art)]}});
    QHash<int, int> ressortOf, landOf; // Themenfeld → its first federführende Ressort / Land
    for (const Federfuehrung &f : base.federfuehrung) {
        w.put(Table::Federfuehrung,
              {{id, f.id},
               {themenfeldId, f.themenfeldId},
               {beteiligterId, f.beteiligterId},
               {rolle, table(Table::Federfuehrung).column(rolle).enumValues[int(f.rolle)]},
               {sortOrder, f.sortOrder}});
        const BeteiligterArt a = base.beteiligter(f.beteiligterId)->art;
        QHash<int, int> &first = a == BeteiligterArt::Ressort ? ressortOf : landOf;
        if ((a == BeteiligterArt::Ressort || a == BeteiligterArt::Land) && !first.contains(f.themenfeldId))
            first.insert(f.themenfeldId, f.beteiligterId);
    }
    QList<int> laender;
    for (const Beteiligter &b : base.beteiligte)
        if (b.art == BeteiligterArt::Land)
            laender.append(b.id);
    QHash<int, QList<qint64>> kriterienOf; // Themenfeld → its criteria
    for (const Kriterium &k : base.kriterien) {
        w.put(Table::Kriterium, {{id, k.id},
                                 {themenfeldId, k.themenfeldId},
                                 {name, k.name},
                                 {gewicht, double(draw.between(1, 3))},
                                 {sortOrder, k.sortOrder}});
        kriterienOf[k.themenfeldId].append(k.id);
    }

    // Lagen and Leistungen, `factor` copies under new keys; copy 0 keeps the real ones.
    int lageStride = 1;
    for (const Lage &l : base.lagen)
        lageStride = std::max(lageStride, l.id + 1);
    const int ozgStride = 1000; // real OZG-IDs run from 10000 to 10601
    const QStringList &statusCodes = table(Table::Leistung).column(status).enumValues;
    const QStringList &flaechenCodes = table(Table::Leistung).column(flaechendeckung).enumValues;
    struct Placed
    {
        int ozg;
        int themenfeld;
        QString name;
    };
    QList<Placed> placed;
    qint64 bwKey = 0;
    placed.reserve(base.leistungen.size() * factor);
    for (int copy = 0; copy < factor; ++copy) {
        for (const Lage &l : base.lagen)
            w.put(Table::Lage, {{id, copy * lageStride + l.id},
                                {themenfeldId, l.themenfeldId},
                                {name, copyName(l.name, copy)},
                                {art, table(Table::Lage).column(art).enumValues[int(l.art)]}});
        for (const Leistung &l : base.leistungen) {
            const int ozg = l.ozgId + copy * ozgStride;
            // Roughly the programme's mix in 2023: a third online, a quarter in Umsetzung, a fifth in
            // Planung.
            const int s = draw.pick<int, 4>({0, 1, 2, 3}, {0.15, 0.20, 0.28, 0.37});
            QVariant level, ziel = draw.chance(0.7) ? 3 : 4, fl = flaechenCodes[0], goLiveAm, flaechendeckend;
            switch (s) {
            case 0:
                level = draw.chance(0.5) ? QVariant() : QVariant(draw.between(0, 1));
                ziel = draw.chance(0.5) ? QVariant() : ziel;
                break;
            case 1:
                level = draw.between(0, 1);
                break;
            case 2:
                level = draw.between(0, 2);
                break;
            case 3: {
                level = draw.pick<int, 3>({2, 3, 4}, {0.15, 0.65, 0.20});
                const int reach = draw.between(1, 4);
                fl = flaechenCodes[reach];
                const QDate live = draw.dateIn(QDate(2019, 6, 1), QDate(2024, 12, 31));
                goLiveAm = live;
                if (reach == 4)
                    flaechendeckend = std::min(kStichtag, live.addMonths(draw.between(3, 24)));
                break;
            }
            }
            const QVariant demand =
                draw.chance(0.8) ? QVariant(qint64(std::pow(10.0, 1 + 5.3 * draw.unit()))) : QVariant();
            const QVariant effort = draw.chance(0.6) ? QVariant(double(draw.between(20, 400))) : QVariant();
            const QVariant wave = draw.chance(0.1) ? QVariant(draw.between(1, 4)) : QVariant();
            const QString n = copyName(l.name, copy);
            w.put(Table::Leistung, {{ozgId, ozg},
                                    {lageId, copy * lageStride + l.lageId},
                                    {name, n},
                                    {status, statusCodes[s]},
                                    {reifegradIst, level},
                                    {reifegradZiel, ziel},
                                    {flaechendeckung, fl},
                                    {goLive, goLiveAm},
                                    {flaechendeckendAm, flaechendeckend},
                                    {nachfrage, demand},
                                    {aufwandPt, effort},
                                    {welleFix, wave}});
            const int tf = base.themenfeldOf(l);
            placed.append({ozg, tf, n});
            for (qint64 k : kriterienOf.value(tf))
                w.put(Table::Bewertung,
                      {{id, ++bwKey},
                       {kriteriumId, k},
                       {ozgId, ozg},
                       {wert, draw.pick<int, 6>({0, 1, 2, 3, 4, 5}, {0.05, 0.15, 0.25, 0.25, 0.2, 0.1})}});
        }
        for (const LeikaLeistung &l : base.leika)
            w.put(Table::Leika, {{id, qint64(copy) * base.leika.size() + l.id},
                                 {schluessel, l.schluessel},
                                 {bezeichnung, l.bezeichnung},
                                 {typ, l.typ},
                                 {rechtsgrundlage, l.rechtsgrundlage},
                                 {gesetze, l.gesetze},
                                 {gesetzeskuerzel, l.gesetzeskuerzel},
                                 {sdg1, l.sdg1 ? 1 : 0},
                                 {sdg2, l.sdg2 ? 1 : 0},
                                 {ozgId, l.ozgId ? QVariant(*l.ozgId + copy * ozgStride) : QVariant()}});
    }

    // Projects bundle one to nine Leistungen of one Themenfeld; the Leistungen left over stay without a
    // project, which is what the coverage view is for.
    std::stable_sort(placed.begin(), placed.end(),
                     [](const Placed &a, const Placed &b) { return a.themenfeld < b.themenfeld; });
    const QStringList &efaCodes = table(Table::Projekt).column(efaModell).enumValues;
    const QStringList &standCodes = table(Table::Nachnutzung).column(stand).enumValues;
    const int projects = 100 * factor;
    qsizetype next = 0;
    qint64 plKey = 0, msKey = 0, nnKey = 0, zKey = 0, made = 0;
    for (int p = 1; p <= projects && next < placed.size(); ++p) {
        const int tf = placed[next].themenfeld;
        const int size = draw.between(1, 9);
        const QString projektName = u"Umsetzungsprojekt %1: %2"_qs.arg(p).arg(placed[next].name.left(60));
        QList<int> bundled;
        while (bundled.size() < size && next < placed.size() && placed[next].themenfeld == tf)
            bundled.append(placed[next++].ozg);
        const int efa = draw.pick<int, 5>({0, 1, 2, 3, 4}, {0.10, 0.20, 0.50, 0.15, 0.05});
        const int koordination =
            draw.chance(0.8) ? landOf.value(tf, laender[0]) : laender[draw.between(0, 15)];
        const QDate begin = draw.dateIn(QDate(2020, 1, 1), QDate(2025, 6, 30));
        const qint64 budget = qint64(draw.between(200, 20000)) * 1000 * 100;

        // Milestones three to nine months apart; those due before the Stichtag are reached, some late.
        QList<std::array<QVariant, 4>> milestones; // geplant, ist, abnahme_durch, abnahme_am
        QDate due = begin;
        int reached = 0;
        for (size_t m = 0; m < kMeilensteine.size(); ++m) {
            due = due.addMonths(draw.between(3, 9));
            std::array<QVariant, 4> ms{due, {}, {}, {}};
            const QDate actual = due.addDays(draw.between(-15, 120));
            if (reached == int(m) && actual <= kStichtag) {
                ms[1] = actual;
                ++reached;
                if (draw.chance(0.7)) {
                    ms[2] = ressortOf.value(tf);
                    ms[3] = std::min(kStichtag, actual.addDays(draw.between(0, 30)));
                }
            }
            milestones.append(ms);
        }
        w.put(Table::Projekt, {{id, p},
                               {themenfeldId, tf},
                               {name, projektName},
                               {koordinationId, koordination},
                               {efaModell, efaCodes[efa]},
                               {phase, phaseCode(std::min(reached, 5))},
                               {start, begin},
                               {ende, due},
                               {budgetCent, budget}});
        ++made;
        for (int m = 0; m < milestones.size(); ++m)
            w.put(Table::Meilenstein, {{id, ++msKey},
                                       {projektId, p},
                                       {phase, phaseCode(m)},
                                       {titel, QString::fromUtf16(kMeilensteine[m])},
                                       {geplant, milestones[m][0]},
                                       {ist, milestones[m][1]},
                                       {abnahmeDurch, milestones[m][2]},
                                       {abnahmeAm, milestones[m][3]},
                                       {sortOrder, m}});
        for (int ozg : bundled)
            w.put(Table::ProjektLeistung, {{id, ++plKey}, {projektId, p}, {ozgId, ozg}});

        // EfA projects are reused by other Länder, at every stage from interest to live.
        if (efaCodes[efa] == u"efa_nachnutzung" || efaCodes[efa] == u"efa_zentral") {
            QList<int> others = laender;
            others.removeAll(koordination);
            for (int n = draw.between(3, 12); n > 0 && !others.isEmpty(); --n) {
                const int land = others.takeAt(draw.between(0, int(others.size()) - 1));
                const int s = draw.pick<int, 5>({0, 1, 2, 3, 4}, {0.2, 0.3, 0.2, 0.25, 0.05});
                w.put(Table::Nachnutzung,
                      {{id, ++nnKey},
                       {projektId, p},
                       {landId, land},
                       {stand, standCodes[s]},
                       {datum, s == 3 ? QVariant(draw.dateIn(begin, kStichtag)) : QVariant()}});
            }
        }

        // Zahlungsplan: the budget spread over eight to sixteen quarters from the start; past quarters have
        // their outflow and person-days.
        const int quarters = draw.between(8, 16);
        for (int q = 0; q < quarters; ++q) {
            const QDate quarterStart =
                QDate(begin.year(), (begin.month() - 1) / 3 * 3 + 1, 1).addMonths(3 * q);
            const qint64 plan = budget / quarters;
            const bool past = quarterStart.addMonths(3) <= kStichtag;
            w.put(Table::Zahlung,
                  {{id, ++zKey},
                   {projektId, p},
                   {jahr, quarterStart.year()},
                   {quartal, (quarterStart.month() + 2) / 3},
                   {planCent, plan},
                   {istCent, past ? QVariant(qint64(double(plan) * (0.6 + 0.6 * draw.unit()))) : QVariant()},
                   {personentage, past ? QVariant(double(draw.between(5, 120))) : QVariant()}});
        }
    }
    return {w.rows(), qint64(placed.size()), made};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.setApplicationDescription(
        u"Erzeugt einen großen Katalog (ein Vielfaches des OZG-Katalogs) für Lasttests."_qs);
    p.addHelpOption();
    p.addPositionalArgument(
        u"DATEI"_qs, u"Der neue Katalog (*.tfplan); eine vorhandene Datei wird nicht überschrieben."_qs);
    p.addOption({u"factor"_qs, u"Vielfaches des echten Katalogs (Vorgabe 100)."_qs, u"N"_qs, u"100"_qs});
    p.addOption(
        {u"seed"_qs, u"Startwert des Zufallsgenerators (Vorgabe 20230801)."_qs, u"N"_qs, u"20230801"_qs});
    p.process(app);
    const int factor = p.value(u"factor"_qs).toInt();
    if (p.positionalArguments().size() != 1 || factor < 1 || factor > 989) {
        // OZG-IDs of copy k are the real ones plus k·1000 and must stay below 1,000,000.
        std::fputs("tfp_bench_generate: Aufruf: tfp_bench_generate DATEI [--factor 1..989] [--seed N]\n",
                   stderr);
        return 2;
    }
    const QString out = p.positionalArguments()[0];
    try {
        QTemporaryDir dir;
        const PlanSnapshot base =
            Catalog::create(dir.filePath(u"basis.tfplan"_qs), populateDefaultCatalog)->loadPlan();
        Generated g;
        QElapsedTimer t;
        t.start();
        auto c = Catalog::create(
            out, [&](Catalog &c) { g = generate(c, base, factor, p.value(u"seed"_qs).toULongLong()); });
        const double ms = double(t.nsecsElapsed()) / 1e6;
        c.reset();
        print(u"Erzeugt: %1 Zeilen (%2 Leistungen, %3 Projekte) in %4 s; Datei %5 MiB"_qs.arg(g.rows)
                  .arg(g.leistungen)
                  .arg(g.projekte)
                  .arg(ms / 1000, 0, 'f', 2)
                  .arg(double(QFileInfo(out).size()) / (1024 * 1024), 0, 'f', 1));
        print(
            u"Spitzenspeicher beim Erzeugen (VmHWM): %1 MiB"_qs.arg(double(peakRssKib()) / 1024, 0, 'f', 1));
    } catch (const Error &e) {
        std::fprintf(stderr, "tfp_bench_generate: %s\n", e.what());
        return 1;
    }
    return 0;
}
