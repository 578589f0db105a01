#include "progress.h"

#include "planindex.h"

#include "schedule.h"
#include "tr.h"

#include "error.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace tfp::analysis {

namespace {

// The earlier of two dates, an invalid one counting as none.
QDate earlier(const QDate &a, const QDate &b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return std::min(a, b);
}

struct Termine
{
    QDate geplant;
    QDate ist;
};

void merge(Termine &t, const Meilenstein &m)
{
    t.geplant = earlier(t.geplant, m.geplant);
    t.ist = earlier(t.ist, m.ist);
}

// Counts per day into cumulative points, ascending; start is the count before the first day.
QList<BurnUpPoint> kumuliert(const QMap<QDate, int> &perDay, int start)
{
    QList<BurnUpPoint> out;
    int n = start;
    for (auto it = perDay.cbegin(); it != perDay.cend(); ++it) {
        n += it.value();
        out.append({it.key(), n});
    }
    return out;
}

int quartalIndex(int jahr, int quartal)
{
    return jahr * 4 + (quartal - 1);
}

} // namespace

BurnUp burnUp(const PlanSnapshot &plan, std::optional<int> themenfeldId, Scope scope)
{
    // The Inbetriebnahme milestone of each project (for all its Leistungen) and of single Leistungen.
    QHash<qint64, Termine> projektTermine;
    QHash<int, Termine> eigeneTermine;
    for (const Meilenstein &m : plan.meilensteine) {
        if (m.phase != Phase::Regelbetrieb)
            continue;
        if (m.ozgId)
            merge(eigeneTermine[*m.ozgId], m);
        else
            merge(projektTermine[m.projektId], m);
    }
    QHash<int, Termine> ausProjekten;
    for (const Projekt &p : plan.projekte) {
        const auto it = projektTermine.constFind(p.id);
        if (it == projektTermine.cend())
            continue;
        for (int ozg : p.leistungen) {
            Termine &t = ausProjekten[ozg];
            t.geplant = earlier(t.geplant, it->geplant);
            t.ist = earlier(t.ist, it->ist);
        }
    }

    BurnUp out;
    QMap<QDate, int> geplant, ist;
    for (const Leistung &l : plan.leistungen) {
        if (!inScope(l, scope) || (themenfeldId && plan.themenfeldOf(l) != *themenfeldId))
            continue;
        ++out.leistungen;
        const Termine eigen = eigeneTermine.value(l.ozgId);
        const Termine projekt = ausProjekten.value(l.ozgId);
        QDate plantermin = eigen.geplant.isValid() ? eigen.geplant : projekt.geplant;
        if (!plantermin.isValid())
            plantermin = l.goLive;
        if (plantermin.isValid())
            ++geplant[plantermin];
        else
            ++out.ohnePlantermin;
        if (l.status != Status::Online)
            continue;
        ++out.online;
        QDate live = l.goLive;
        if (!live.isValid())
            live = eigen.ist.isValid() ? eigen.ist : projekt.ist;
        if (live.isValid())
            ++ist[live];
        else
            ++out.onlineOhneDatum;
    }
    out.geplant = kumuliert(geplant, 0);
    out.ist = kumuliert(ist, out.onlineOhneDatum);
    return out;
}

Zahlungsplan budgetJeQuartal(const PlanSnapshot &plan, std::optional<int> themenfeldId)
{
    QSet<qint64> projekte;
    for (const Projekt &p : plan.projekte)
        if (!themenfeldId || p.themenfeldId == *themenfeldId)
            projekte.insert(p.id);
    Zahlungsplan out;
    QMap<int, QuartalsBudget> perQuartal;
    for (const Zahlung &z : plan.zahlungen) {
        if (!projekte.contains(z.projektId))
            continue;
        // Outside the plan's years a gap-free axis would span millions of quarters (and jahr * 4 overflow).
        if (z.jahr < kErstesZahlungsjahr || z.jahr > kLetztesJahr || z.quartal < 1 || z.quartal > 4) {
            ++out.ausserhalb;
            continue;
        }
        QuartalsBudget &q = perQuartal[quartalIndex(z.jahr, z.quartal)];
        q.jahr = z.jahr;
        q.quartal = z.quartal;
        q.planCent += z.planCent;
        ++q.zahlungen;
        if (z.istCent) {
            q.istCent += *z.istCent;
            ++q.istGemeldet;
        }
        if (z.personentage) {
            q.personentage += *z.personentage;
            ++q.ptGemeldet;
        }
    }
    if (perQuartal.isEmpty())
        return out;
    for (int i = perQuartal.firstKey(); i <= perQuartal.lastKey(); ++i) {
        QuartalsBudget q = perQuartal.value(i);
        q.jahr = i / 4;
        q.quartal = i % 4 + 1;
        out.quartale.append(q);
    }
    return out;
}

namespace {

// The phase bars of a row whose milestones are sorted: each phase's milestone for the whole project, the bar
// from the one before it.
QList<GanttPhase> phasenBalken(const GanttRow &z, const QDate &heute)
{
    QMap<int, const GanttMeilenstein *> jePhase; // by the phase's order
    for (const GanttMeilenstein &m : z.meilensteine) {
        if (m.ozgId || (!m.geplant.isValid() && !m.ist.isValid()))
            continue;
        const GanttMeilenstein *&bisher = jePhase[int(m.phase)];
        if (!bisher || (m.geplant.isValid() && (!bisher->geplant.isValid() || m.geplant > bisher->geplant)))
            bisher = &m;
    }
    QList<GanttPhase> out;
    QDate planVorher = z.start, istVorher = z.start;
    for (const GanttMeilenstein *m : std::as_const(jePhase)) {
        GanttPhase b;
        b.phase = m->phase;
        b.meilensteinId = m->id;
        b.planBis = m->geplant;
        b.planVon =
            planVorher.isValid() && m->geplant.isValid() && planVorher <= m->geplant ? planVorher : QDate();
        b.istBis = m->ist;
        if (m->ist.isValid())
            b.istVon = istVorher.isValid() && istVorher <= m->ist ? istVorher : earlier(b.planVon, m->ist);
        if (m->ueberfaellig)
            b.ueberfaelligBis = heute;
        if (m->geplant.isValid())
            planVorher = m->geplant;
        if (m->ist.isValid())
            istVorher = m->ist;
        out.append(b);
    }
    return out;
}

} // namespace

namespace {

// Each dependency goes to the rows of both its ends (once to a row that holds both).
void abhaengigkeitenDerZeilen(const PlanSnapshot &plan, const QHash<qint64, qsizetype> &zeileVon,
                              QList<GanttRow> &zeilen)
{
    if (plan.meilensteinAbhaengigkeiten.isEmpty())
        return;
    const PlanIndex index(plan);
    const auto &projekte = index.projekte;
    const auto &meilensteine = index.meilensteine;
    const auto text = [&](const Meilenstein &m) {
        return Tr::tr("„%1“ (%2)").arg(m.titel, projekte.value(m.projektId)->name);
    };
    for (const MeilensteinAbhaengigkeit &d : plan.meilensteinAbhaengigkeiten) {
        const Meilenstein *vor = meilensteine.value(d.haengtAbVon);
        const Meilenstein *nach = meilensteine.value(d.meilensteinId);
        if (!vor || !nach)
            continue;
        const qsizetype a = zeileVon.value(vor->projektId, -1), b = zeileVon.value(nach->projektId, -1);
        if (a < 0 && b < 0)
            continue;
        const GanttAbhaengigkeit g{d.id,
                                   vor->id,
                                   nach->id,
                                   vor->projektId,
                                   nach->projektId,
                                   text(*vor),
                                   text(*nach),
                                   d.abstandTage,
                                   fruehesterTermin(*vor, d.abstandTage),
                                   verletzt(*vor, *nach, d.abstandTage)};
        if (a >= 0)
            zeilen[a].abhaengigkeiten.append(g);
        if (b >= 0 && b != a)
            zeilen[b].abhaengigkeiten.append(g);
    }
}

// The rows of the projects that nimm takes, in the plan's order: milestones, phases and dependencies (one
// pass over the plan, however many projects are taken).
template <typename Nimm> QList<GanttRow> zeilenDer(const PlanSnapshot &plan, const QDate &heute, Nimm nimm)
{
    if (!heute.isValid())
        throw Error(Tr::tr("Für den Zeitplan fehlt das heutige Datum."));
    QList<GanttRow> out;
    QHash<qint64, qsizetype> pos;
    for (const Projekt &p : plan.projekte) {
        if (!nimm(p))
            continue;
        pos.insert(p.id, out.size());
        out.append({p.id, p.name, p.phase, p.start, p.ende, {}, {}, {}});
    }
    QHash<qint64, int> sortOrder;
    for (const Meilenstein &m : plan.meilensteine) {
        const auto it = pos.constFind(m.projektId);
        if (it == pos.cend())
            continue;
        GanttMeilenstein g{m.id, m.phase, m.titel, m.geplant, m.ist, m.ozgId, false, 0, false, {}};
        const GanttRow &z = out[*it];
        for (const QDate &d : {m.geplant, m.ist})
            if (d.isValid() && ((z.start.isValid() && d < z.start) || (z.ende.isValid() && d > z.ende)))
                g.ausserhalbLaufzeit = true;
        if (m.geplant.isValid() && m.ist.isValid())
            g.verzugTage = int(m.geplant.daysTo(m.ist));
        else if (m.geplant.isValid() && !m.ist.isValid() && m.geplant < heute) {
            g.ueberfaellig = true;
            g.verzugTage = int(m.geplant.daysTo(heute));
        }
        sortOrder.insert(m.id, m.sortOrder);
        out[*it].meilensteine.append(g);
    }
    for (GanttRow &z : out)
        std::sort(z.meilensteine.begin(), z.meilensteine.end(),
                  [&](const GanttMeilenstein &a, const GanttMeilenstein &b) {
                      const int sa = sortOrder.value(a.id), sb = sortOrder.value(b.id);
                      if (sa != sb)
                          return sa < sb;
                      if (a.geplant.isValid() != b.geplant.isValid())
                          return a.geplant.isValid();
                      if (a.geplant != b.geplant)
                          return a.geplant < b.geplant;
                      return a.id < b.id;
                  });
    for (GanttRow &z : out)
        z.phasen = phasenBalken(z, heute);
    abhaengigkeitenDerZeilen(plan, pos, out);
    return out;
}

// By start date (else the earliest milestone date; undated projects last), then name.
void sortiere(QList<GanttRow> &zeilen)
{
    const auto beginn = [](const GanttRow &z) {
        QDate d = z.start;
        if (!d.isValid())
            for (const GanttMeilenstein &m : z.meilensteine)
                d = earlier(d, earlier(m.geplant, m.ist));
        return d;
    };
    std::stable_sort(zeilen.begin(), zeilen.end(), [&](const GanttRow &a, const GanttRow &b) {
        const QDate da = beginn(a), db = beginn(b);
        if (da.isValid() != db.isValid())
            return da.isValid();
        if (da != db)
            return da < db;
        return a.name.localeAwareCompare(b.name) < 0;
    });
}

} // namespace

QList<GanttRow> ganttRows(const PlanSnapshot &plan, int themenfeldId, const QDate &heute)
{
    QList<GanttRow> out =
        zeilenDer(plan, heute, [&](const Projekt &p) { return p.themenfeldId == themenfeldId; });
    sortiere(out);
    return out;
}

QList<GanttRow> ganttRowsProgramm(const PlanSnapshot &plan, const QDate &heute)
{
    // All projects' rows in one pass, then grouped by Themenfeld.
    QHash<qint64, int> themenfeldVon;
    for (const Projekt &p : plan.projekte)
        themenfeldVon.insert(p.id, p.themenfeldId);
    QHash<int, QList<GanttRow>> gruppen;
    for (GanttRow &z : zeilenDer(plan, heute, [](const Projekt &) { return true; }))
        gruppen[themenfeldVon.value(z.projektId)].append(std::move(z));
    QList<GanttRow> out;
    for (const Themenfeld &t : plan.themenfelder) {
        QList<GanttRow> rows = gruppen.take(t.id);
        if (rows.isEmpty())
            continue;
        sortiere(rows);
        GanttRow heading;
        heading.name = t.name;
        heading.gruppe = t.id;
        out.append(heading);
        out.append(std::move(rows));
    }
    return out;
}

void applyBaseline(QList<GanttRow> &zeilen, const Baseline &baseline)
{
    for (GanttRow &z : zeilen)
        for (GanttMeilenstein &m : z.meilensteine)
            m.baseline = baseline.geplant.value(m.id);
}

std::pair<QDate, QDate> ganttRange(const QList<GanttRow> &zeilen)
{
    QDate von, bis;
    auto add = [&](const QDate &d) {
        if (!d.isValid())
            return;
        von = earlier(von, d);
        bis = bis.isValid() ? std::max(bis, d) : d;
    };
    for (const GanttRow &z : zeilen) {
        add(z.start);
        add(z.ende);
        for (const GanttMeilenstein &m : z.meilensteine) {
            add(m.geplant);
            add(m.ist);
            add(m.baseline);
        }
    }
    return {withinTimeFrame(von), withinTimeFrame(bis)};
}

QDate withinTimeFrame(const QDate &d)
{
    if (!d.isValid())
        return d;
    return std::clamp(d, QDate(kErstesJahr - 1, 1, 1), QDate(kLetztesJahr + 1, 12, 31));
}

} // namespace tfp::analysis
