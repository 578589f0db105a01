#include "demoplan.h"

#include "edit/edits.h"
#include "storage/catalog.h"

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

DemoPlan addDemoPlan(Catalog &c, int themenfeldId, QDate stichtag, int projekte)
{
    DemoPlan out;
    const PlanSnapshot plan = c.loadPlan(PlanDetail::Summary);
    for (const Leistung &l : plan.leistungen)
        if (plan.themenfeldOf(l) == themenfeldId)
            out.leistungen.append(l.ozgId);
    std::sort(out.leistungen.begin(), out.leistungen.end());
    auto set = [&](Table t, qint64 key, QStringView column, const QVariant &v) {
        c.apply(edit::setField(c, t, key, column, v));
    };
    const QStringList status{u"online"_qs, u"in_umsetzung"_qs, u"in_planung"_qs, u"ohne"_qs};
    for (int ozg : out.leistungen) {
        const int r = mix(ozg, 1);
        const int s = r < 400 ? 0 : r < 650 ? 1 : r < 850 ? 2 : 3;
        if (s != 3)
            set(Table::Leistung, ozg, col::status, status[s]);
        const int ziel = r % 3 == 0 ? 4 : 3;
        set(Table::Leistung, ozg, col::reifegradZiel, ziel);
        set(Table::Leistung, ozg, col::reifegradIst, s == 0 ? ziel - (r % 5 == 0) : s == 1 ? 2 : 1);
        if (s == 0)
            set(Table::Leistung, ozg, col::goLive, iso(QDate(2021, 1, 1).addDays(r * 3)));
        if (r % 11 == 0)
            set(Table::Leistung, ozg, col::rechtsaenderung,
                u"Schriftformerfordernis in der Verordnung streichen; Nachweisabruf über das "
                u"Once-Only-Prinzip gesetzlich erlauben"_qs);
    }
    // Scores of a workshop, one change set as the UI's "take over the workshop's scores".
    ChangeSet scores(u"Bewertungen aus dem Workshop übernehmen"_qs);
    for (const Kriterium &k : plan.kriterien)
        if (k.themenfeldId == themenfeldId)
            for (int ozg : out.leistungen)
                if (mix(ozg, int(k.id)) % 17 != 0) // a few stay unscored: missing, not 0
                    scores.append(edit::setBewertung(c, k.id, ozg, mix(ozg, int(k.id) * 7) % 6));
    c.apply(scores);
    set(Table::Themenfeld, themenfeldId, col::wellenKapazitaet, 12);

    QList<int> laender, ressorts;
    for (const Beteiligter &b : plan.beteiligte)
        (b.art == BeteiligterArt::Land ? laender : ressorts).append(b.id);
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
    // Five Leistungen a project; those after the last project stay in none, for the coverage part.
    for (int p = 0; p < projekte && (p + 1) * 5 <= out.leistungen.size(); ++p) {
        const QList<int> bundle = out.leistungen.mid(p * 5, 5);
        const QString name =
            p == 2 ? u"Unternehmenskonto und Gewerbeanzeige aus einer Hand – EfA-Referenzimplementierung mit "
                     u"Anbindung an das Unternehmensbasisregister und die Handelsregister der Länder"_qs
                   : u"Umsetzungsprojekt %1: %2"_qs.arg(p + 1).arg(plan.leistung(bundle.first())->name);
        const ChangeSet created = edit::createProjekt(c, themenfeldId, name, bundle, ff);
        c.apply(created);
        const qint64 id = created.changes.first().key;
        out.projekte.append(id);
        const QDate start = QDate(2021, 1, 1).addMonths(p * 3 + mix(p, 2) % 4);
        set(Table::Projekt, id, col::start, iso(start));
        set(Table::Projekt, id, col::ende, iso(start.addMonths(36 + p % 4 * 6)));
        set(Table::Projekt, id, col::efaModell, efa[p % efa.size()]);
        set(Table::Projekt, id, col::budgetCent, qint64(50 + mix(p, 3)) * 1000000);
        QDate due = start;
        bool reachedAll = true;
        int reached = 0;
        for (const QVariantMap &m : c.rowsWhere(Table::Meilenstein, col::projektId, id)) {
            const qint64 key = m.value(u"id"_qs).toLongLong();
            due = due.addMonths(4 + mix(p, int(key)) % 4);
            set(Table::Meilenstein, key, col::geplant, iso(due));
            const QDate ist = due.addDays(mix(int(key), 5) % 90 - 20);
            if (reachedAll && ist <= stichtag && mix(int(key), 9) % 5 != 0) {
                set(Table::Meilenstein, key, col::ist, iso(ist));
                ++reached;
                if (ressort && mix(int(key), 4) % 3 != 0) {
                    set(Table::Meilenstein, key, col::abnahmeDurch, *ressort);
                    set(Table::Meilenstein, key, col::abnahmeAm, iso(std::min(stichtag, ist.addDays(14))));
                }
            } else {
                reachedAll = false;
            }
        }
        const QStringList phasen{u"vorbereitung"_qs,   u"konzeption"_qs, u"umsetzung"_qs,
                                 u"pilotierung"_qs,    u"rollout"_qs,    u"regelbetrieb"_qs,
                                 u"flaechendeckend"_qs};
        if (reached > 0)
            set(Table::Projekt, id, col::phase, phasen[std::min<qsizetype>(reached, phasen.size() - 1)]);
        for (int n = 0; n < 3 + p % 4; ++n) {
            const int land = laender[(p * 5 + n * 3) % laender.size()];
            if (land != ff)
                c.apply(edit::setNachnutzung(c, id, land, stand[(p + n) % stand.size()]));
        }
        for (int q = 0; q < 8; ++q) {
            const int jahr = start.year() + q / 4, quartal = q % 4 + 1;
            const qint64 plan = qint64(20 + mix(p, q) % 60) * 1000000;
            const ChangeSet zahlung = edit::addZahlung(c, id, jahr, quartal, plan);
            c.apply(zahlung);
            if (QDate(jahr, quartal * 3, 1) < stichtag) // the outflow of past quarters is known
                set(Table::Zahlung, zahlung.changes.first().key, col::istCent,
                    plan * (70 + mix(p, q) % 40) / 100);
        }
    }
    c.apply(edit::addRisiko(c, themenfeldId,
                            u"Die Anbindung an das Unternehmensbasisregister verzögert sich, weil die "
                            u"Schnittstelle in drei Ländern noch nicht produktiv ist."_qs,
                            u"register"_qs, u"hoch"_qs));
    c.apply(edit::addRisiko(c, themenfeldId,
                            u"Rechtsgrundlage für den automatisierten Nachweisabruf fehlt"_qs,
                            u"rechtsaenderung"_qs, u"mittel"_qs));
    c.apply(edit::addRisiko(c, themenfeldId,
                            u"Nutzerkonto Bund (Unternehmenskonto) erst ab 2026 verfügbar"_qs,
                            u"basiskomponente"_qs, u"hoch"_qs));
    for (int i = 1; i + 1 < out.leistungen.size() && i < 12; i += 3)
        c.apply(edit::addAbhaengigkeit(c, out.leistungen[i + 1], out.leistungen[i]));
    return out;
}

} // namespace tfp::test
