#include "prioritisation.h"

#include "tr.h"

#include "error.h"
#include "onlinedienste.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <numeric>
#include <vector>

namespace tfp::analysis {

namespace {

// Scores are compared on a 1e-9 grid: sums that differ only by rounding count as equal (so the OZG-ID
// decides), and the comparison stays a strict weak ordering, which a tolerance test would not be.
constexpr double kGrid = 1e9;
constexpr qint64 kNoScore = -1;
qint64 keyOf(double score)
{
    return std::llround(score * kGrid);
}

std::optional<Kategorie> kategorieOfKey(qint64 key, const std::array<qint64, 3> &schwellen)
{
    if (key == kNoScore)
        return std::nullopt;
    if (key >= schwellen[0])
        return Kategorie::Hoechste;
    if (key >= schwellen[1])
        return Kategorie::Hohe;
    if (key >= schwellen[2])
        return Kategorie::Mittlere;
    return Kategorie::Niedrige;
}

// The scores of a Themenfeld as a dense n × k matrix (-1: no score), scored again for each weight variation.
struct ScoreMatrix
{
    int k = 0;
    QList<qint8> values;
    QList<int> ozgIds;

    qint8 at(qsizetype row, int col) const { return values[row * k + col]; }

    // Weighted mean over the criteria that have a score; none when those all weigh 0.
    void score(const QList<double> &w, QList<double> &scores, QList<qint64> &keys) const
    {
        const auto n = ozgIds.size();
        scores.resize(n);
        keys.resize(n);
        for (qsizetype r = 0; r < n; ++r) {
            double sum = 0, weight = 0;
            for (int c = 0; c < k; ++c) {
                const qint8 v = at(r, c);
                if (v >= 0) {
                    sum += w[c] * v;
                    weight += w[c];
                }
            }
            scores[r] = weight > 0 ? sum / weight : 0.0;
            keys[r] = weight > 0 ? keyOf(scores[r]) : kNoScore;
        }
    }

    // Rank of each row: higher key first, equal keys by OZG-ID; rows without a score last. The sort keys sit
    // next to each other (not looked up through the row), which halves the time of a sort run twelve times
    // per sensitivity analysis.
    QList<int> ranks(const QList<qint64> &keys) const
    {
        struct Entry
        {
            qint64 key;
            int ozgId;
            int row;
        };
        std::vector<Entry> order(ozgIds.size());
        for (qsizetype r = 0; r < ozgIds.size(); ++r)
            order[r] = {keys[r], ozgIds[r], int(r)};
        std::sort(order.begin(), order.end(), [](const Entry &a, const Entry &b) {
            return a.key != b.key ? a.key > b.key : a.ozgId < b.ozgId;
        });
        QList<int> rank(ozgIds.size());
        for (qsizetype pos = 0; pos < qsizetype(order.size()); ++pos)
            rank[order[pos].row] = int(pos) + 1;
        return rank;
    }
};

// Moves each weight by ± the variation in turn and records the ranks and categories the rows reach.
void sensitivity(const ScoreMatrix &m, const QList<double> &w, double variation,
                 const std::array<qint64, 3> &schwellen, QList<RankedLeistung> &rows)
{
    QList<double> scores;
    QList<qint64> keys;
    for (int c = 0; c < m.k; ++c) {
        if (w[c] <= 0)
            continue;
        for (const double factor : {1.0 - variation, 1.0 + variation}) {
            QList<double> varied = w;
            varied[c] *= factor;
            const double sum = std::accumulate(varied.cbegin(), varied.cend(), 0.0);
            for (double &x : varied)
                x /= sum;
            m.score(varied, scores, keys);
            const QList<int> rank = m.ranks(keys);
            for (qsizetype r = 0; r < rows.size(); ++r) {
                RankedLeistung &l = rows[r];
                l.rankMin = std::min(l.rankMin, rank[r]);
                l.rankMax = std::max(l.rankMax, rank[r]);
                if (kategorieOfKey(keys[r], schwellen) != l.kategorie)
                    l.unsicher = true;
            }
        }
    }
}

} // namespace

QString kategorieLabel(Kategorie k)
{
    switch (k) {
    case Kategorie::Hoechste:
        return Tr::tr("höchste Priorität");
    case Kategorie::Hohe:
        return Tr::tr("hohe Priorität");
    case Kategorie::Mittlere:
        return Tr::tr("mittlere Priorität");
    case Kategorie::Niedrige:
        return Tr::tr("niedrige Priorität");
    }
    return {};
}

QString formatLabel(Format f)
{
    switch (f) {
    case Format::Labor:
        return Tr::tr("Digitalisierungslabor");
    case Format::Werkbank:
        return Tr::tr("Digitalisierungs-Werkbank");
    case Format::Direkt:
        return Tr::tr("Direkt-Digitalisierung");
    case Format::Nachnutzung:
        return Tr::tr("vorhandene Lösung nachnutzen");
    }
    return {};
}

QList<Gewichtung> normalisedWeights(QList<Kriterium> kriterien, const QHash<qint64, double> &overrides,
                                    bool *gleichgewichtet)
{
    std::sort(kriterien.begin(), kriterien.end(), [](const Kriterium &a, const Kriterium &b) {
        return a.sortOrder != b.sortOrder ? a.sortOrder < b.sortOrder : a.id < b.id;
    });
    QList<Gewichtung> out;
    double sum = 0;
    for (const Kriterium &k : kriterien) {
        const double g = overrides.value(k.id, k.gewicht);
        if (!std::isfinite(g) || g < 0)
            throw Error(Tr::tr("Das Kriterium „%1“ hat das Gewicht %2; erwartet wird eine Zahl ab 0.")
                            .arg(k.name)
                            .arg(g));
        out.append({k.id, k.name, g, 0.0});
        sum += g;
    }
    // All weights at 0 says nothing about what matters more, so every criterion counts the same rather
    // than every score turning undefined while a planner drags the sliders.
    const bool equal = sum <= 0;
    for (Gewichtung &g : out)
        g.normiert = equal ? 1.0 / double(out.size()) : g.gewicht / sum;
    if (gleichgewichtet)
        *gleichgewichtet = equal && !out.isEmpty();
    return out;
}

Kategorie kategorieOf(double score, const Themenfeld &t)
{
    return *kategorieOfKey(keyOf(score),
                           {keyOf(t.schwelleHoechste), keyOf(t.schwelleHohe), keyOf(t.schwelleMittlere)});
}

std::optional<Format> formatOf(std::optional<Kategorie> k, Programm p, std::optional<int> dienstReifegrad,
                               int nachnutzungAb)
{
    if (dienstReifegrad && *dienstReifegrad >= nachnutzungAb)
        return Format::Nachnutzung;
    if (!k)
        return std::nullopt;
    switch (*k) {
    case Kategorie::Hoechste:
    case Kategorie::Hohe:
        // A pure Typ-1 Leistung is the Bund's own programme: it gets no Labor of the Themenfeld on its own.
        return p == Programm::Bund ? Format::Werkbank : Format::Labor;
    case Kategorie::Mittlere:
        return Format::Werkbank;
    case Kategorie::Niedrige:
        return Format::Direkt;
    }
    return std::nullopt;
}

Prioritisation prioritise(const PlanSnapshot &plan, int themenfeldId, const PrioritisationOptions &options)
{
    const Themenfeld *tf = plan.themenfeld(themenfeldId);
    if (!tf)
        throw Error(Tr::tr("Das Themenfeld %1 gibt es im Katalog nicht.").arg(themenfeldId));
    Prioritisation out;
    out.themenfeld = *tf;
    const std::array<qint64, 3> schwellen{keyOf(tf->schwelleHoechste), keyOf(tf->schwelleHohe),
                                          keyOf(tf->schwelleMittlere)};

    QList<Kriterium> kriterien;
    for (const Kriterium &k : plan.kriterien)
        if (k.themenfeldId == themenfeldId)
            kriterien.append(k);
    out.kriterien = normalisedWeights(kriterien, options.gewichte, &out.gleichgewichtet);

    ScoreMatrix m;
    m.k = int(out.kriterien.size());
    QList<const Leistung *> leistungen;
    QHash<int, qsizetype> row;
    int lastLageId = -1;
    bool inThemenfeld = false;
    for (const Leistung &l : plan.leistungen) {
        // Neighbours in OZG-ID order mostly share their Lage: look it up only when it changes.
        if (l.lageId != lastLageId) {
            lastLageId = l.lageId;
            inThemenfeld = plan.themenfeldOf(l) == themenfeldId;
        }
        if (!inThemenfeld)
            continue;
        row.insert(l.ozgId, leistungen.size());
        leistungen.append(&l);
        m.ozgIds.append(l.ozgId);
    }
    m.values = QList<qint8>(leistungen.size() * m.k, qint8(-1));
    QHash<qint64, int> column;
    for (int c = 0; c < m.k; ++c)
        column.insert(out.kriterien[c].kriteriumId, c);
    // The criteria of one Themenfeld usually have neighbouring ids: a range test skips most of the
    // programme's scores before any hashing.
    qint64 lo = std::numeric_limits<qint64>::max(), hi = std::numeric_limits<qint64>::min();
    for (const Gewichtung &g : out.kriterien) {
        lo = std::min(lo, g.kriteriumId);
        hi = std::max(hi, g.kriteriumId);
    }
    for (const Bewertung &b : plan.bewertungen) {
        if (b.kriteriumId < lo || b.kriteriumId > hi)
            continue;
        const auto c = column.constFind(b.kriteriumId);
        if (c == column.cend())
            continue;
        const auto r = row.constFind(b.ozgId);
        if (r != row.cend())
            m.values[*r * m.k + *c] = qint8(std::clamp(b.wert, 0, 5));
    }

    QList<double> weights;
    for (const Gewichtung &g : out.kriterien)
        weights.append(g.normiert);
    QList<double> scores;
    QList<qint64> keys;
    m.score(weights, scores, keys);
    const QList<int> rank = m.ranks(keys);
    const QHash<int, int> dienst = besterDienstReifegrad(dienstCoverage(plan));

    QList<RankedLeistung> rows;
    rows.reserve(leistungen.size());
    for (qsizetype r = 0; r < leistungen.size(); ++r) {
        const Leistung &l = *leistungen[r];
        RankedLeistung x;
        x.ozgId = l.ozgId;
        x.name = l.name;
        x.lageId = l.lageId;
        x.programm = l.programm;
        if (keys[r] != kNoScore)
            x.score = scores[r];
        for (int c = 0; c < m.k; ++c)
            x.missingScores += m.at(r, c) < 0;
        x.rank = x.rankMin = x.rankMax = rank[r];
        x.kategorie = kategorieOfKey(keys[r], schwellen);
        if (const auto d = dienst.constFind(l.ozgId); d != dienst.cend())
            x.dienstReifegrad = *d;
        x.format = formatOf(x.kategorie, x.programm, x.dienstReifegrad, options.nachnutzungAb);
        x.welleFix = l.welleFix;
        rows.append(std::move(x));
    }
    if (options.sensitivity)
        sensitivity(m, weights, options.variation, schwellen, rows);

    // A Leistung without an estimate takes the mean of the known ones, so that it neither fills a wave for
    // free nor blocks one; the list says which figures are guesses.
    double known = 0;
    int withAufwand = 0;
    for (const Leistung *l : leistungen) {
        if (l->aufwandPt) {
            known += *l->aufwandPt;
            ++withAufwand;
        }
    }
    const double meanAufwand = withAufwand ? known / withAufwand : 0.0;
    const bool personentage = tf->kapazitaetArt == KapazitaetArt::Personentage;
    QList<WaveItem> items;
    items.reserve(rows.size());
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const Leistung &l = *leistungen[r];
        double size = 1.0;
        if (personentage) {
            size = l.aufwandPt.value_or(meanAufwand);
            if (!l.aufwandPt)
                out.ohneAufwand.append(l.ozgId);
        }
        items.append({l.ozgId, rows[r].rank, size, l.welleFix});
    }
    std::optional<double> capacity;
    if (tf->wellenKapazitaet)
        capacity = double(*tf->wellenKapazitaet);
    out.wellen = planWaves(items, plan.abhaengigkeiten, capacity);
    {
        // row holds the Themenfeld's Leistungen.
        const auto here = [&row](int ozgId) { return row.contains(ozgId); };
        for (const Abhaengigkeit &d : plan.abhaengigkeiten) {
            const Leistung *a = plan.leistung(d.ozgId), *b = plan.leistung(d.haengtAbVon);
            if (!a || !b || here(d.ozgId) == here(d.haengtAbVon))
                continue;
            const Themenfeld *other = plan.themenfeld(plan.themenfeldOf(here(d.ozgId) ? *b : *a));
            out.externeAbhaengigkeiten.append(
                {a->ozgId, a->name, b->ozgId, b->name, other ? other->name : QString()});
        }
        std::sort(out.externeAbhaengigkeiten.begin(), out.externeAbhaengigkeiten.end(),
                  [](const ExterneAbhaengigkeit &a, const ExterneAbhaengigkeit &b) {
                      return std::tie(a.ozgId, a.haengtAbVon) < std::tie(b.ozgId, b.haengtAbVon);
                  });
    }
    for (RankedLeistung &x : rows)
        x.welle = out.wellen.wave.value(x.ozgId);

    // The ranks are 1 … n, each once: every row goes straight to its place.
    out.leistungen.resize(rows.size());
    for (RankedLeistung &x : rows)
        out.leistungen[x.rank - 1] = std::move(x);
    return out;
}

} // namespace tfp::analysis
