#include "onlinedienste.h"

#include <algorithm>
#include <utility>

namespace tfp::analysis {

namespace {

// OZG-ID (0: none) of each requested LeiKa id, in the order requested.
//
// This is the costly step on a large catalog: LeiKa entries are big and there are half a million of them, so
// every probe is a cache miss. The snapshot keeps LeiKa in key order; walking the requests in key order, the
// entry with id t lies at most t − from.id positions after the current one (ids are unique integers), and
// with keys allocated one after another that is where it is: one probe. Otherwise a galloping search from
// the previous hit stays near it. A miss means an unsorted snapshot (built in memory) or an unknown entry:
// only then is a hash built, once, which answers both correctly.
QList<int> resolve(const QList<LeikaLeistung> &leika, const QList<qint64> &ids)
{
    QList<std::pair<qint64, qsizetype>> order(ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i)
        order[i] = {ids[i], i};
    std::sort(order.begin(), order.end());

    QList<int> out(ids.size(), 0);
    QHash<qint64, int> fallback;
    bool fallbackBuilt = false;
    const auto end = leika.cend();
    auto from = leika.cbegin();
    const auto byId = [](const LeikaLeistung &x, qint64 id) { return x.id < id; };
    for (const auto &[id, slot] : order) {
        if (from != end && from->id < id && id - from->id < end - from) {
            const auto dense = from + (id - from->id);
            if (dense->id == id) {
                from = dense;
                out[slot] = from->ozgId.value_or(0);
                continue;
            }
        }
        qsizetype step = 1;
        auto hi = from;
        while (hi != end && hi->id < id) {
            from = hi;
            hi = end - hi > step ? hi + step : end;
            step *= 2;
        }
        from = std::lower_bound(from, hi, id, byId);
        if (from != end && from->id == id) {
            out[slot] = from->ozgId.value_or(0);
            continue;
        }
        if (!fallbackBuilt) {
            for (const LeikaLeistung &x : leika)
                if (x.ozgId)
                    fallback.insert(x.id, *x.ozgId);
            fallbackBuilt = true;
        }
        out[slot] = fallback.value(id, 0);
        from = leika.cbegin(); // not in order after all: the next search starts from the front
    }
    return out;
}

} // namespace

QList<DienstCoverage> dienstCoverage(const PlanSnapshot &plan)
{
    QList<qint64> ids;
    for (const Onlinedienst &d : plan.onlinedienste)
        for (auto it = d.leika.cbegin(); it != d.leika.cend(); ++it)
            ids.append(it.key());
    const QList<int> ozg = resolve(plan.leika, ids);

    QList<DienstCoverage> out;
    out.reserve(plan.onlinedienste.size());
    qsizetype next = 0;
    for (const Onlinedienst &d : plan.onlinedienste) {
        // (OZG-ID, level) sorted: the first entry of each Leistung is its minimum.
        QList<std::pair<int, int>> levels;
        for (auto it = d.leika.cbegin(); it != d.leika.cend(); ++it, ++next)
            if (ozg[next])
                levels.append({ozg[next], it.value()});
        std::sort(levels.begin(), levels.end());
        DienstCoverage a{d.id, d.name, {}};
        for (qsizetype i = 0; i < levels.size(); ++i)
            if (i == 0 || levels[i - 1].first != levels[i].first)
                a.leistungen.append({levels[i].first, levels[i].second});
        out.append(std::move(a));
    }
    return out;
}

QHash<int, int> besterDienstReifegrad(const QList<DienstCoverage> &abdeckung)
{
    QHash<int, int> best;
    for (const DienstCoverage &d : abdeckung) {
        for (const DienstLeistung &l : d.leistungen) {
            auto it = best.find(l.ozgId);
            if (it == best.end())
                best.insert(l.ozgId, l.reifegrad);
            else
                *it = std::max(*it, l.reifegrad);
        }
    }
    return best;
}

} // namespace tfp::analysis
