#include "demoplan.h"

#include "edit/edits.h"
#include "storage/catalog.h"
#include "support/planbuilder.h"

#include <algorithm>

namespace tfp::test {

using namespace tfp::schema;

namespace {

// A fixed sequence instead of a random engine: the same catalog gives the same plan on every machine.
int mix(int a, int b)
{
    return int((quint32(a) * 2654435761u + quint32(b) * 40503u) % 1000u);
}

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

PlanSpec demoPlanSpec(const Catalog &c, int themenfeldId, QDate stichtag, int projekte)
{
    PlanSpec spec;
    spec.themenfeld = themenfeldId;
    const PlanSnapshot plan = c.loadPlan(PlanDetail::Summary);
    QList<int> leistungen;
    for (const Leistung &l : plan.leistungen)
        if (plan.themenfeldOf(l) == themenfeldId)
            leistungen.append(l.ozgId);
    std::sort(leistungen.begin(), leistungen.end());
    const QStringList status{u"online"_qs, u"in_umsetzung"_qs, u"in_planung"_qs, QString()};
    for (int ozg : leistungen) {
        const int r = mix(ozg, 1);
        const int s = r < 400 ? 0 : r < 650 ? 1 : r < 850 ? 2 : 3;
        const int ziel = r % 3 == 0 ? 4 : 3;
        spec.leistungen.append({ozg, status[s], ziel,
                                s == 0   ? ziel - (r % 5 == 0)
                                : s == 1 ? 2
                                         : 1,
                                s == 0 ? iso(QDate(2021, 1, 1).addDays(r * 3)) : QString(),
                                r % 11 == 0
                                    ? u"Schriftformerfordernis in der Verordnung streichen; Nachweisabruf "
                                      u"über das Once-Only-Prinzip gesetzlich erlauben"_qs
                                    : QString()});
    }
    // Scores of a workshop; a few stay unscored: missing, not 0.
    QList<qint64> kriterien;
    for (const Kriterium &k : plan.kriterien)
        if (k.themenfeldId == themenfeldId)
            kriterien.append(k.id);
    std::sort(kriterien.begin(), kriterien.end());
    for (int ozg : leistungen) {
        PlanSpec::Scores scores{ozg, {}};
        for (qint64 k : kriterien)
            scores.values.append(mix(ozg, int(k)) % 17 != 0 ? mix(ozg, int(k) * 7) % 6 : -1);
        spec.scores.append(scores);
    }
    spec.wellenKapazitaet = 12;

    QList<int> laender;
    for (const Beteiligter &b : plan.beteiligte)
        if (b.art == BeteiligterArt::Land)
            laender.append(b.id);
    std::optional<int> ff, ressort;
    for (const Federfuehrung &f : plan.federfuehrung) {
        const Beteiligter *b = plan.beteiligter(f.beteiligterId);
        if (f.themenfeldId == themenfeldId && f.rolle == Rolle::FF && b && b->art == BeteiligterArt::Land &&
            !ff)
            ff = b->id;
        if (f.themenfeldId == themenfeldId && b && b->art == BeteiligterArt::Ressort && !ressort)
            ressort = b->id;
    }
    const QStringList efa{u"efa_nachnutzung"_qs, u"efa_zentral"_qs, u"laenderindividuell"_qs, u"offen"_qs};
    const QStringList stand{u"live"_qs, u"in_umsetzung"_qs, u"geplant"_qs, u"interessiert"_qs,
                            u"abgelehnt"_qs};
    const QStringList phasen{u"vorbereitung"_qs, u"konzeption"_qs,   u"umsetzung"_qs,      u"pilotierung"_qs,
                             u"rollout"_qs,      u"regelbetrieb"_qs, u"flaechendeckend"_qs};
    const int meilensteine = int(edit::standardMeilensteine().size());
    // Five Leistungen a project; those after the last project stay in none, for the coverage part.
    for (int p = 0; p < projekte && (p + 1) * 5 <= leistungen.size(); ++p) {
        PlanSpec::ProjektValues projekt;
        projekt.leistungen = leistungen.mid(p * 5, 5);
        projekt.name =
            p == 2 ? u"Unternehmenskonto und Gewerbeanzeige aus einer Hand – EfA-Referenzimplementierung mit "
                     u"Anbindung an das Unternehmensbasisregister und die Handelsregister der Länder"_qs
                   : u"Umsetzungsprojekt %1: %2"_qs.arg(p + 1).arg(
                         plan.leistung(projekt.leistungen.first())->name);
        projekt.federfuehrer = ff;
        const QDate start = QDate(2021, 1, 1).addMonths(p * 3 + mix(p, 2) % 4);
        projekt.start = iso(start);
        projekt.ende = iso(start.addMonths(36 + p % 4 * 6));
        projekt.efaModell = efa[p % efa.size()];
        projekt.budgetCent = qint64(50 + mix(p, 3)) * 1000000;
        // Milestones due before stichtag are reached (some late); later ones are open, a few of them overdue.
        QDate due = start;
        bool reachedAll = true;
        int reached = 0;
        for (int i = 0; i < meilensteine; ++i) {
            const int m = p * 16 + i; // the same dates for the same project on every catalog
            due = due.addMonths(4 + mix(p, m) % 4);
            PlanSpec::MeilensteinValues values{iso(due), {}, {}, {}};
            const QDate ist = due.addDays(mix(m, 5) % 90 - 20);
            if (reachedAll && ist <= stichtag && mix(m, 9) % 5 != 0) {
                values.ist = iso(ist);
                ++reached;
                if (ressort && mix(m, 4) % 3 != 0) {
                    values.abnahmeDurch = *ressort;
                    values.abnahmeAm = iso(std::min(stichtag, ist.addDays(14)));
                }
            } else {
                reachedAll = false;
            }
            projekt.meilensteine.append(values);
        }
        if (reached > 0)
            projekt.phase = phasen[std::min<qsizetype>(reached, phasen.size() - 1)];
        for (int n = 0; n < 3 + p % 4; ++n) {
            const int land = laender[(p * 5 + n * 3) % laender.size()];
            if (land != ff)
                projekt.nachnutzung.append({land, stand[(p + n) % stand.size()]});
        }
        for (int q = 0; q < 8; ++q) {
            const int jahr = start.year() + q / 4, quartal = q % 4 + 1;
            const qint64 geplant = qint64(20 + mix(p, q) % 60) * 1000000;
            PlanSpec::ZahlungValues zahlung{jahr, quartal, geplant, {}, {}};
            if (QDate(jahr, quartal * 3, 1) < stichtag) // the outflow of past quarters is known
                zahlung.istCent = geplant * (70 + mix(p, q) % 40) / 100;
            projekt.zahlungen.append(zahlung);
        }
        spec.projekte.append(projekt);
    }
    spec.risiken = {
        {u"Die Anbindung an das Unternehmensbasisregister verzögert sich, weil die Schnittstelle in "
         u"drei Ländern noch nicht produktiv ist."_qs,
         u"register"_qs, u"hoch"_qs},
        {u"Rechtsgrundlage für den automatisierten Nachweisabruf fehlt"_qs, u"rechtsaenderung"_qs,
         u"mittel"_qs},
        {u"Nutzerkonto Bund (Unternehmenskonto) erst ab 2026 verfügbar"_qs, u"basiskomponente"_qs,
         u"hoch"_qs}};
    for (int i = 1; i + 1 < leistungen.size() && i < 12; i += 3)
        spec.abhaengigkeiten.append({leistungen[i + 1], leistungen[i]});
    return spec;
}

DemoPlan addDemoPlan(Catalog &c, int themenfeldId, QDate stichtag, int projekte)
{
    const PlanSpec spec = demoPlanSpec(c, themenfeldId, stichtag, projekte);
    DemoPlan out;
    for (const PlanSpec::LeistungValues &l : spec.leistungen)
        out.leistungen.append(l.ozg);
    out.projekte = buildPlan(
                       c, [&c](const ChangeSet &cs) { c.apply(cs); }, spec)
                       .projekte;
    return out;
}

} // namespace tfp::test
