#include "waves.h"

#include <QSet>

#include <algorithm>
#include <climits>
#include <queue>
#include <tuple>

namespace tfp::analysis {

namespace {

constexpr double kEps = 1e-9;

// Tarjan's strongly connected components, iterative so that long dependency chains cannot exhaust the stack.
// Components come out after everything they reach, i.e. prerequisites before their dependants.
QList<QList<int>> stronglyConnected(const QList<QList<int>> &prereqs, QList<int> &compOf)
{
    const auto n = int(prereqs.size());
    QList<int> index(n, -1), low(n, 0), stack;
    QList<bool> onStack(n, false);
    QList<QList<int>> comps;
    compOf = QList<int>(n, -1);
    int counter = 0;
    struct Frame
    {
        int v;
        qsizetype next;
    };
    QList<Frame> calls;
    auto visit = [&](int v) {
        index[v] = low[v] = counter++;
        stack.append(v);
        onStack[v] = true;
        calls.append({v, 0});
    };
    for (int s = 0; s < n; ++s) {
        if (index[s] >= 0)
            continue;
        visit(s);
        while (!calls.isEmpty()) {
            const int v = calls.last().v;
            if (calls.last().next < prereqs[v].size()) {
                const int w = prereqs[v][calls.last().next++];
                if (index[w] < 0)
                    visit(w);
                else if (onStack[w])
                    low[v] = std::min(low[v], index[w]);
                continue;
            }
            if (low[v] == index[v]) {
                QList<int> comp;
                int w = -1;
                do {
                    w = stack.takeLast();
                    onStack[w] = false;
                    compOf[w] = int(comps.size());
                    comp.append(w);
                } while (w != v);
                comps.append(std::move(comp));
            }
            calls.removeLast();
            if (!calls.isEmpty())
                low[calls.last().v] = std::min(low[calls.last().v], low[v]);
        }
    }
    return comps;
}

// A cycle (or a single Leistung) planned as one piece.
struct Unit
{
    int rank = INT_MAX;
    int urgency = INT_MAX; // best rank of the unit and everything that depends on it
    int firstOzg = INT_MAX;
    double size = 0;
    std::optional<int> pin;
    int pinnedBy = -1;           // item holding the latest pin
    std::optional<int> deadline; // earliest pin among the unit and its dependants
    QList<int> prereqs, dependants;
    int welle = 0;
};

} // namespace

WavePlan planWaves(const QList<WaveItem> &items, const QList<Abhaengigkeit> &abhaengigkeiten,
                   std::optional<double> capacity)
{
    WavePlan plan;
    plan.capacity = capacity;
    const auto n = int(items.size());
    QHash<int, int> pos;
    pos.reserve(n);
    for (int i = 0; i < n; ++i)
        pos.insert(items[i].ozgId, i);

    QList<QList<int>> prereqs(n);
    QList<bool> selfLoop(n, false);
    QList<std::pair<int, int>> edges; // dependant → prerequisite, item indices
    QSet<qint64> seen;
    for (const Abhaengigkeit &d : abhaengigkeiten) {
        const auto a = pos.constFind(d.ozgId), b = pos.constFind(d.haengtAbVon);
        if (a == pos.cend() || b == pos.cend())
            continue;
        if (*a == *b) {
            selfLoop[*a] = true;
            continue;
        }
        const qint64 key = qint64(*a) * n + *b;
        if (seen.contains(key))
            continue;
        seen.insert(key);
        prereqs[*a].append(*b);
        edges.append({*a, *b});
    }

    QList<int> compOf;
    const QList<QList<int>> comps = stronglyConnected(prereqs, compOf);
    const auto m = int(comps.size());
    QList<Unit> units(m);
    for (int c = 0; c < m; ++c) {
        Unit &u = units[c];
        for (int i : comps[c]) {
            const WaveItem &it = items[i];
            u.rank = std::min(u.rank, it.rank);
            u.firstOzg = std::min(u.firstOzg, it.ozgId);
            u.size += it.size;
            if (it.pinned && (!u.pin || *it.pinned > *u.pin)) {
                u.pin = it.pinned;
                u.pinnedBy = i;
            }
        }
        u.urgency = u.rank;
        u.deadline = u.pin;
        if (comps[c].size() > 1 || selfLoop[comps[c].first()]) {
            QList<int> cycle;
            for (int i : comps[c])
                cycle.append(items[i].ozgId);
            std::sort(cycle.begin(), cycle.end());
            plan.zyklen.append(cycle);
        }
    }
    std::sort(plan.zyklen.begin(), plan.zyklen.end(),
              [](const QList<int> &a, const QList<int> &b) { return a.first() < b.first(); });
    for (const auto &[a, b] : edges) {
        if (compOf[a] == compOf[b])
            continue;
        units[compOf[a]].prereqs.append(compOf[b]);
        units[compOf[b]].dependants.append(compOf[a]);
    }
    // Dependants come after their prerequisites, so walking backwards finishes each unit before passing on.
    for (int c = m - 1; c >= 0; --c) {
        for (int p : units[c].prereqs) {
            units[p].urgency = std::min(units[p].urgency, units[c].urgency);
            if (units[c].deadline && (!units[p].deadline || *units[c].deadline < *units[p].deadline))
                units[p].deadline = units[c].deadline;
        }
    }

    QList<double> used;
    auto usedAt = [&used](int w) -> double & {
        if (used.size() <= w)
            used.resize(w + 1, 0.0);
        return used[w];
    };
    // A pin reserves its capacity up front, in the wave it will really get: not before the waves its pinned
    // prerequisites really get (its unpinned prerequisites are pulled forward to it instead). Reserving in
    // the pinned wave itself would free that room only once the pin is placed, too late for the better-ranked
    // Leistungen placed before it.
    QList<int> forced(m, 1);
    for (int c = 0; c < m; ++c) { // prerequisites come first
        for (int p : units[c].prereqs)
            forced[c] = std::max(forced[c], forced[p]);
        if (units[c].pin)
            forced[c] = std::max(forced[c], *units[c].pin);
    }
    for (int c = 0; c < m; ++c)
        if (units[c].pin)
            usedAt(forced[c]) += units[c].size;

    using Key = std::tuple<int, int, int, int>; // urgency, rank, first OZG-ID, unit
    std::priority_queue<Key, std::vector<Key>, std::greater<Key>> ready;
    QList<int> waiting(m);
    for (int c = 0; c < m; ++c) {
        waiting[c] = int(units[c].prereqs.size());
        if (!waiting[c])
            ready.emplace(units[c].urgency, units[c].rank, units[c].firstOzg, c);
    }
    while (!ready.empty()) {
        const int c = std::get<3>(ready.top());
        ready.pop();
        Unit &u = units[c];
        int lo = 1;
        for (int p : u.prereqs)
            lo = std::max(lo, units[p].welle);
        int w = lo;
        if (u.pin) {
            w = std::max(*u.pin, lo); // equals forced[c]
            usedAt(forced[c]) -= u.size;
        } else if (capacity) {
            while (usedAt(w) > kEps && usedAt(w) + u.size > *capacity + kEps)
                ++w;
            if (u.deadline && w > *u.deadline)
                w = std::max(lo, *u.deadline);
        }
        usedAt(w) += u.size;
        u.welle = w;
        for (int d : u.dependants)
            if (--waiting[d] == 0)
                ready.emplace(units[d].urgency, units[d].rank, units[d].firstOzg, d);
    }

    plan.wave.reserve(n);
    for (int i = 0; i < n; ++i)
        plan.wave.insert(items[i].ozgId, units[compOf[i]].welle);

    auto conflict = [&](KonfliktArt art, int a, int b) {
        Konflikt k{art,           items[a].ozgId,         items[b].ozgId,         items[a].rank,
                   items[b].rank, units[compOf[a]].welle, units[compOf[b]].welle, std::nullopt};
        if (art == KonfliktArt::Festlegung)
            k.welleFix = items[a].pinned;
        plan.konflikte.append(k);
    };
    for (const auto &[a, b] : edges)
        if (compOf[a] != compOf[b] && items[b].rank > items[a].rank)
            conflict(KonfliktArt::Rang, a, b);
    for (int c = 0; c < m; ++c) {
        const Unit &u = units[c];
        if (!u.pin)
            continue;
        // What forced the unit later than a member's pin: a prerequisite outside the unit in the wave it got,
        // or, inside a cycle, the member pinned latest.
        int forcing = -1;
        if (u.welle != *u.pin) {
            for (int a : comps[c])
                for (int b : prereqs[a])
                    if (compOf[b] != c && units[compOf[b]].welle == u.welle &&
                        (forcing < 0 || items[b].ozgId < items[forcing].ozgId))
                        forcing = b;
        } else {
            forcing = u.pinnedBy;
        }
        for (int i : comps[c])
            if (items[i].pinned && *items[i].pinned != u.welle && forcing >= 0)
                conflict(KonfliktArt::Festlegung, i, forcing);
    }
    std::sort(plan.konflikte.begin(), plan.konflikte.end(), [](const Konflikt &a, const Konflikt &b) {
        return std::tie(a.art, a.ozgId, a.haengtAbVon) < std::tie(b.art, b.ozgId, b.haengtAbVon);
    });

    // Ranks 1 … n, each once (as prioritise() gives them) put each item straight into its place; others
    // are sorted.
    QList<int> byRank(n, -1);
    bool permutation = true;
    for (int i = 0; i < n && permutation; ++i) {
        const int r = items[i].rank - 1;
        permutation = r >= 0 && r < n && byRank[r] < 0;
        if (permutation)
            byRank[r] = i;
    }
    if (!permutation) {
        for (int i = 0; i < n; ++i)
            byRank[i] = i;
        std::sort(byRank.begin(), byRank.end(), [&items](int a, int b) {
            return std::tie(items[a].rank, items[a].ozgId) < std::tie(items[b].rank, items[b].ozgId);
        });
    }
    int last = 0;
    for (const Unit &u : units)
        last = std::max(last, u.welle);
    for (int w = 1; w <= last; ++w) {
        Welle welle{w, usedAt(w), capacity && usedAt(w) > *capacity + kEps, {}};
        plan.wellen.append(welle);
    }
    for (int i : byRank)
        plan.wellen[units[compOf[i]].welle - 1].leistungen.append(items[i].ozgId);
    return plan;
}

} // namespace tfp::analysis
