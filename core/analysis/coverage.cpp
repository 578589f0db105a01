#include "coverage.h"

#include "tr.h"

#include "error.h"

#include <QCoreApplication>

#include <algorithm>
#include <vector>

namespace tfp::analysis {

namespace {

void count(Kennzahlen &k, const Leistung &l, bool inProjekt, std::optional<int> dienst)
{
    ++k.leistungen;
    ++k.status[int(l.status)];
    ++k.flaechendeckung[int(l.flaechendeckung)];
    if (l.modell == ReifegradModell::V2) {
        ++k.modell2;
    } else {
        const auto bucket = [](std::array<int, 5> &levels, int &none, std::optional<int> v) {
            if (v && *v >= 0 && *v < int(levels.size()))
                ++levels[*v];
            else
                ++none;
        };
        bucket(k.reifegradIst, k.ohneReifegradIst, l.reifegradIst);
        bucket(k.reifegradZiel, k.ohneReifegradZiel, l.reifegradZiel);
        if (l.reifegradIst && *l.reifegradIst >= 3)
            ++k.ozgKonform;
        if (l.reifegradIst && l.reifegradZiel && *l.reifegradZiel > *l.reifegradIst) {
            ++k.mitLuecke;
            k.lueckeStufen += *l.reifegradZiel - *l.reifegradIst;
        }
    }
    if (dienst)
        ++k.mitOnlinedienst;
    else
        k.ohneOnlinedienst.append(l.ozgId);
    if (!inProjekt)
        k.ohneProjekt.append(l.ozgId);
}

bool reuses(NachnutzungStand s)
{
    return s == NachnutzungStand::Geplant || s == NachnutzungStand::InUmsetzung ||
           s == NachnutzungStand::Live;
}

// Sorts overdue or slipped milestones by days, most first, then by id. On 60,000 milestones it pays to sort
// small keys and move each entry once, instead of moving entries with their strings around while sorting.
void byDaysThenId(QList<MeilensteinVerzug> &list)
{
    struct Key
    {
        int tage;
        qint64 id;
        qsizetype pos;
    };
    QList<Key> keys;
    keys.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i)
        keys.append({list[i].tage, list[i].id, i});
    std::sort(keys.begin(), keys.end(),
              [](const Key &a, const Key &b) { return a.tage != b.tage ? a.tage > b.tage : a.id < b.id; });
    QList<MeilensteinVerzug> sorted;
    sorted.reserve(list.size());
    for (const Key &k : keys)
        sorted.append(std::move(list[k.pos]));
    list = std::move(sorted);
}

} // namespace

bool inScope(const Leistung &l, Scope s)
{
    return s == Scope::Alle || l.programm == Programm::Foederal || l.programm == Programm::Misch;
}

double anteil(int count, int total)
{
    return total > 0 ? 100.0 * count / total : 0.0;
}

CoverageReport coverage(const PlanSnapshot &plan, const CoverageOptions &options)
{
    if (!options.heute.isValid())
        throw Error(Tr::tr("Für die Abdeckung fehlt das heutige Datum."));
    CoverageReport out;
    out.scope = options.scope;
    out.themenfeldId = options.themenfeldId;
    out.heute = options.heute;
    const auto inRange = [&](int themenfeldId) {
        return !options.themenfeldId || *options.themenfeldId == themenfeldId;
    };

    QList<Themenfeld> themenfelder;
    for (const Themenfeld &t : plan.themenfelder)
        if (inRange(t.id))
            themenfelder.append(t);
    std::stable_sort(themenfelder.begin(), themenfelder.end(), [](const Themenfeld &a, const Themenfeld &b) {
        return a.sortOrder != b.sortOrder ? a.sortOrder < b.sortOrder : a.name < b.name;
    });
    QHash<int, qsizetype> tfPos;
    for (const Themenfeld &t : themenfelder) {
        tfPos.insert(t.id, out.themenfelder.size());
        out.themenfelder.append({t.id, t.name, {}});
    }
    for (const Lage &la : plan.lagen)
        if (tfPos.contains(la.themenfeldId))
            out.lagen.append({la.id, la.themenfeldId, la.name, {}, false});
    std::stable_sort(out.lagen.begin(), out.lagen.end(), [&](const LageZahlen &a, const LageZahlen &b) {
        const auto ta = tfPos.value(a.themenfeldId), tb = tfPos.value(b.themenfeldId);
        return ta != tb ? ta < tb : a.id < b.id;
    });
    QHash<int, qsizetype> lagePos;
    for (qsizetype i = 0; i < out.lagen.size(); ++i)
        lagePos.insert(out.lagen[i].id, i);

    // Flags by position in plan.leistungen: cheaper than hashing OZG-IDs on the 100× catalog.
    std::vector<char> inProjekt(size_t(plan.leistungen.size()), 0), counted(inProjekt.size(), 0);
    for (const Projekt &p : plan.projekte)
        for (int ozg : p.leistungen)
            if (const auto it = plan.leistungIndex.constFind(ozg); it != plan.leistungIndex.cend())
                inProjekt[size_t(*it)] = 1;
    const QList<DienstCoverage> dienste = dienstCoverage(plan);
    const QHash<int, int> bester = besterDienstReifegrad(dienste);

    // Neighbours in OZG-ID order mostly share their Lage: look its slots up only when it changes.
    int lastLageId = -1;
    Kennzahlen *themenfeldZahlen = nullptr, *lageZahlen = nullptr;
    for (qsizetype i = 0; i < plan.leistungen.size(); ++i) {
        const Leistung &l = plan.leistungen[i];
        if (l.lageId != lastLageId) {
            lastLageId = l.lageId;
            const Lage *la = plan.lage(l.lageId);
            const auto t = la ? tfPos.constFind(la->themenfeldId) : tfPos.cend();
            themenfeldZahlen = t != tfPos.cend() ? &out.themenfelder[*t].zahlen : nullptr;
            const auto p = lagePos.constFind(l.lageId);
            lageZahlen = p != lagePos.cend() ? &out.lagen[*p].zahlen : nullptr;
        }
        if ((options.themenfeldId && !themenfeldZahlen) || !inScope(l, options.scope))
            continue;
        counted[size_t(i)] = 1;
        std::optional<int> dienst;
        if (const auto d = bester.constFind(l.ozgId); d != bester.cend())
            dienst = *d;
        const bool projekt = inProjekt[size_t(i)];
        count(out.gesamt, l, projekt, dienst);
        if (themenfeldZahlen)
            count(*themenfeldZahlen, l, projekt, dienst);
        if (lageZahlen)
            count(*lageZahlen, l, projekt, dienst);
    }
    if (options.scope == Scope::Foederal)
        out.lagen.removeIf([](const LageZahlen &z) { return z.zahlen.leistungen == 0; });
    for (LageZahlen &z : out.lagen) {
        const Kennzahlen &k = z.zahlen;
        z.ohneAktivitaet = k.count(Status::Ohne) == k.leistungen && k.ohneProjekt.size() == k.leistungen;
        if (z.ohneAktivitaet)
            out.lagenOhneAktivitaet.append(z.id);
    }

    for (const DienstCoverage &d : dienste) {
        DienstCoverage inside{d.dienstId, d.name, {}};
        for (const DienstLeistung &l : d.leistungen)
            if (const auto it = plan.leistungIndex.constFind(l.ozgId);
                it != plan.leistungIndex.cend() && counted[size_t(*it)])
                inside.leistungen.append(l);
        if (!inside.leistungen.isEmpty())
            out.onlinedienste.append(std::move(inside));
    }

    QHash<qint64, qsizetype> projekte; // id → position in plan.projekte, projects in range only
    for (qsizetype i = 0; i < plan.projekte.size(); ++i)
        if (inRange(plan.projekte[i].themenfeldId))
            projekte.insert(plan.projekte[i].id, i);
    out.projekte = projekte.keys();
    std::sort(out.projekte.begin(), out.projekte.end());

    std::vector<char> mitMeilenstein(size_t(plan.projekte.size()), 0);
    qint64 lastProjektId = -1;
    qsizetype projektPos = -1;
    for (const Meilenstein &m : plan.meilensteine) {
        // A project's milestones are usually neighbours: look the project up only when it changes.
        if (m.projektId != lastProjektId) {
            lastProjektId = m.projektId;
            projektPos = projekte.value(m.projektId, -1);
        }
        if (projektPos < 0)
            continue;
        const Projekt &p = plan.projekte[projektPos];
        mitMeilenstein[size_t(projektPos)] = 1;
        if (!m.geplant.isValid())
            continue;
        if (!m.ist.isValid() && m.geplant < options.heute)
            out.ueberfaellig.append(
                {m.id, p.id, p.name, m.titel, m.geplant, {}, int(m.geplant.daysTo(options.heute))});
        else if (m.ist.isValid() && m.ist > m.geplant)
            out.verzoegert.append(
                {m.id, p.id, p.name, m.titel, m.geplant, m.ist, int(m.geplant.daysTo(m.ist))});
    }
    byDaysThenId(out.ueberfaellig);
    byDaysThenId(out.verzoegert);
    for (qint64 id : out.projekte) {
        const qsizetype pos = projekte.value(id);
        if (!mitMeilenstein[size_t(pos)])
            out.projekteOhneMeilensteine.append({id, plan.projekte[pos].name});
    }

    QHash<int, qsizetype> landPos;
    for (const Beteiligter &b : plan.beteiligte)
        if (b.art == BeteiligterArt::Land)
            out.laender.append({b.id, b.kuerzel, {}, 0, 0.0});
    std::sort(out.laender.begin(), out.laender.end(),
              [](const LandNachnutzung &a, const LandNachnutzung &b) { return a.kuerzel < b.kuerzel; });
    for (qsizetype i = 0; i < out.laender.size(); ++i)
        landPos.insert(out.laender[i].landId, i);
    for (const Nachnutzung &n : plan.nachnutzung) {
        const auto l = landPos.constFind(n.landId);
        if (l == landPos.cend() || !projekte.contains(n.projektId))
            continue;
        LandNachnutzung &land = out.laender[*l];
        land.stand.insert(n.projektId, n.stand);
        land.projekte += reuses(n.stand);
    }
    for (LandNachnutzung &land : out.laender)
        land.anteil = anteil(land.projekte, int(out.projekte.size()));
    out.terminkonflikte = terminHinweise(plan, options.heute, options.themenfeldId);
    return out;
}

} // namespace tfp::analysis
