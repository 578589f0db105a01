// Builds each chart's series from the analyses (coverage, progress, prioritisation), so that the app, the
// command line and the PDF show the same figures as the tables.
#include "chartcanvas.h"

#include "chartpalette.h"
#include "charts.h"
#include "tr.h"

#include "analysis/prioritisation.h"
#include "domain/labels.h"
#include "edit/fieldtext.h"
#include "error.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace tfp::report {

namespace {

ChartSeries serie(const QString &name, const QColor &color = {})
{
    ChartSeries s;
    s.name = name;
    s.color = color;
    return s;
}

QString umfang(analysis::Scope s)
{
    return s == analysis::Scope::Foederal ? Tr::tr("Umfang Föderal") : Tr::tr("Umfang alle");
}

analysis::CoverageReport coverageOf(const PlanSnapshot &plan, const ChartOptions &o)
{
    return analysis::coverage(plan, {o.scope, o.themenfeldId, o.today});
}

// Says whether the Themenfeld has no Leistungen at all or only none in scope Föderal.
QString ohneLeistungen(const ChartOptions &o)
{
    if (o.scope == analysis::Scope::Foederal)
        return Tr::tr("Keine OZG-Leistungen im Umfang Föderal");
    return o.themenfeldId ? Tr::tr("Noch keine OZG-Leistungen in diesem Themenfeld")
                          : Tr::tr("Noch keine OZG-Leistungen im Katalog");
}

constexpr Status statusReihe[] = {Status::Online, Status::InUmsetzung, Status::InPlanung, Status::Ohne};

void buildStatus(ChartModel &m, const PlanSnapshot &plan, const ChartOptions &o)
{
    const analysis::Kennzahlen k = coverageOf(plan, o).gesamt;
    ChartSeries s = serie(Tr::tr("Leistungen"));
    for (Status st : statusReihe) {
        m.categories << labels::status(st);
        s.values << k.count(st);
    }
    m.series << s;
    m.subtitle =
        Tr::tr("%1, %2, Stand %3").arg(leistungen(k.leistungen), umfang(o.scope), edit::dateText(o.today));
    if (k.leistungen == 0)
        m.emptyText = ohneLeistungen(o);
}

void buildReifegrad(ChartModel &m, const PlanSnapshot &plan, const ChartOptions &o)
{
    const analysis::CoverageReport r = coverageOf(plan, o);
    QList<const analysis::Kennzahlen *> zahlen;
    if (o.themenfeldId) {
        for (const analysis::LageZahlen &l : r.lagen) {
            m.categories << l.name;
            m.categoryIds << l.id;
            zahlen << &l.zahlen;
        }
    } else {
        for (const analysis::ThemenfeldZahlen &t : r.themenfelder) {
            m.categories << t.name;
            m.categoryIds << t.id;
            zahlen << &t.zahlen;
        }
    }
    for (const bool ziel : {false, true}) {
        const QString stapel = ziel ? Tr::tr("Ziel") : Tr::tr("Ist");
        for (int level = 0; level <= 5; ++level) {
            ChartSeries s;
            s.name = level < 5 ? labels::reifegrad(level) : Tr::tr("ohne Angabe");
            s.color = palette::reifegrad(level < 5 ? level : -1);
            s.stack = stapel;
            for (const analysis::Kennzahlen *k : zahlen) {
                const auto &stufen = ziel ? k->reifegradZiel : k->reifegradIst;
                s.values << (level < 5 ? stufen[level] : (ziel ? k->ohneReifegradZiel : k->ohneReifegradIst));
            }
            m.series << s;
        }
    }
    m.axisY = Tr::tr("OZG-Leistungen");
    m.subtitle = Tr::tr("Je Zeile oben Ist, unten Ziel; Reifegradmodell 1.x, %1, Stand %2")
                     .arg(umfang(o.scope), edit::dateText(o.today));
    if (r.gesamt.modell2)
        m.subtitle += Tr::tr("; %n nach Modell 2.0 bewertet, nicht gezeigt", nullptr, r.gesamt.modell2);
    if (r.gesamt.leistungen == 0)
        m.emptyText = ohneLeistungen(o);
}

// The time axis' span, within the time frame (a date of year 3000000 would make the axis loop over millions
// of years) and at least a month long.
void zeitraum(ChartModel &m, const QDate &von, const QDate &bis)
{
    m.from = analysis::withinTimeFrame(von);
    m.to = analysis::withinTimeFrame(bis);
    if (m.to <= m.from)
        m.to = m.from.addDays(30);
}

void buildBurnUp(ChartModel &m, const PlanSnapshot &plan, const ChartOptions &o)
{
    const analysis::BurnUp b = analysis::burnUp(plan, o.themenfeldId, o.scope);
    ChartSeries geplant = serie(Tr::tr("geplant"), palette::blue());
    for (const analysis::BurnUpPoint &pt : b.geplant)
        geplant.points << QPointF(double(pt.datum.toJulianDay()), pt.anzahl);
    ChartSeries ist = serie(Tr::tr("online (ist)"), palette::green());
    for (const analysis::BurnUpPoint &pt : b.ist)
        ist.points << QPointF(double(pt.datum.toJulianDay()), pt.anzahl);
    ist.base = b.onlineOhneDatum;
    m.series << geplant << ist;
    m.yMax = b.leistungen;
    m.axisY = Tr::tr("OZG-Leistungen online");
    QDate von = o.from, bis = o.to;
    if (!von.isValid() || !bis.isValid()) {
        QDate first = o.today, last = o.today;
        for (const auto *list : {&b.geplant, &b.ist})
            if (!list->isEmpty()) {
                first = std::min(first, list->first().datum);
                last = std::max(last, list->last().datum);
            }
        von = von.isValid() ? von : first.addDays(-30);
        bis = bis.isValid() ? bis : last.addDays(30);
    }
    zeitraum(m, von, bis);
    m.subtitle = Tr::tr("%1, davon %2 online").arg(leistungen(b.leistungen), formatNumber(b.online));
    if (b.onlineOhneDatum)
        m.subtitle += Tr::tr(", %n ohne Go-live-Datum (ab Beginn gezählt)", nullptr, b.onlineOhneDatum);
    if (b.ohnePlantermin)
        m.subtitle += Tr::tr("; %n ohne Plantermin", nullptr, b.ohnePlantermin);
    m.subtitle += Tr::tr("; %1").arg(umfang(o.scope));
    if (b.geplant.isEmpty() && b.ist.isEmpty())
        m.emptyText = Tr::tr("Noch keine Go-live-Termine geplant");
}

void buildGantt(ChartModel &m, const PlanSnapshot &plan, const ChartOptions &o)
{
    if (o.themenfeldId) {
        m.gantt = analysis::ganttRows(plan, *o.themenfeldId, o.today);
    } else {
        for (const Themenfeld &t : plan.themenfelder)
            m.gantt += analysis::ganttRows(plan, t.id, o.today);
    }
    if (!o.baseline.name.isEmpty()) {
        analysis::applyBaseline(m.gantt, o.baseline);
        m.baseline = o.baseline.name;
    }
    ChartSeries geplant = serie(Tr::tr("Meilensteine geplant"), palette::line());
    ChartSeries ist = serie(Tr::tr("Meilensteine erreicht"), palette::text());
    int ueberfaellig = 0, meilensteine = 0;
    for (qsizetype row = 0; row < m.gantt.size(); ++row) {
        const analysis::GanttRow &z = m.gantt[row];
        m.categories << z.name;
        m.categoryIds << z.projektId;
        for (const analysis::GanttMeilenstein &ms : z.meilensteine) {
            if (ms.geplant.isValid())
                geplant.points << QPointF(double(ms.geplant.toJulianDay()), double(row));
            if (ms.ist.isValid())
                ist.points << QPointF(double(ms.ist.toJulianDay()), double(row));
            meilensteine += ms.geplant.isValid() || ms.ist.isValid();
            ueberfaellig += ms.ueberfaellig;
        }
    }
    m.series << geplant << ist;
    const auto [first, last] = analysis::ganttRange(m.gantt);
    zeitraum(m, o.from.isValid() ? o.from : (first.isValid() ? std::min(first, o.today) : o.today),
             o.to.isValid() ? o.to : (last.isValid() ? std::max(last, o.today) : o.today));
    m.today = o.today;
    m.subtitle =
        countText(double(m.gantt.size()), Tr::tr("%1 Umsetzungsprojekt"), Tr::tr("%1 Umsetzungsprojekte")) +
        u", "_qs + countText(meilensteine, Tr::tr("%1 Meilenstein"), Tr::tr("%1 Meilensteine")) +
        Tr::tr(", %n überfällig", nullptr, ueberfaellig) +
        Tr::tr("; Zeitraum %1 bis %2").arg(edit::dateText(m.from), edit::dateText(m.to));
    if (m.gantt.isEmpty())
        m.emptyText = Tr::tr("Noch keine Umsetzungsprojekte angelegt");
    else if (meilensteine == 0)
        m.emptyText = Tr::tr("Noch keine Meilensteine geplant");
}

bool nutzt(NachnutzungStand s)
{
    return s == NachnutzungStand::Geplant || s == NachnutzungStand::InUmsetzung ||
           s == NachnutzungStand::Live;
}

void buildNachnutzung(ChartModel &m, const PlanSnapshot &plan, const ChartOptions &o)
{
    const analysis::CoverageReport r = coverageOf(plan, o);
    int eintraege = 0;
    if (o.themenfeldId) {
        for (qint64 id : r.projekte) {
            const Projekt *p = plan.projekt(id);
            m.categories << (p ? p->name : QString::number(id));
            m.categoryIds << id;
        }
        // Cell values: 0 no entry, otherwise the stand's code + 1.
        for (const analysis::LandNachnutzung &land : r.laender) {
            ChartSeries s = serie(land.kuerzel);
            for (qint64 id : r.projekte) {
                const auto it = land.stand.constFind(id);
                s.values << (it == land.stand.cend() ? 0.0 : double(int(*it) + 1));
                eintraege += it != land.stand.cend();
            }
            m.series << s;
        }
    } else {
        // Per Themenfeld: how many of its projects the Land reuses (geplant, in Umsetzung or live).
        for (const analysis::ThemenfeldZahlen &t : r.themenfelder) {
            m.categories << t.name;
            m.categoryIds << t.id;
        }
        for (const analysis::LandNachnutzung &land : r.laender) {
            ChartSeries s = serie(land.kuerzel);
            QHash<int, int> jeThemenfeld;
            for (auto it = land.stand.cbegin(); it != land.stand.cend(); ++it) {
                ++eintraege;
                const Projekt *p = plan.projekt(it.key());
                if (p && nutzt(*it))
                    ++jeThemenfeld[p->themenfeldId];
            }
            for (qint64 id : m.categoryIds)
                s.values << jeThemenfeld.value(int(id));
            m.series << s;
        }
        m.categoryIds.clear(); // columns are Themenfelder, not projects: nothing to select by click
    }
    m.subtitle = o.themenfeldId
                     ? Tr::tr("Stand der Nachnutzung je Land und Umsetzungsprojekt")
                     : Tr::tr("Nachgenutzte Umsetzungsprojekte (geplant, in Umsetzung, live) je Land "
                              "und Themenfeld");
    if (r.projekte.isEmpty())
        m.emptyText = Tr::tr("Noch keine Umsetzungsprojekte angelegt");
    else if (eintraege == 0)
        m.emptyText = Tr::tr("Noch keine Nachnutzung erfasst");
}

void buildBudget(ChartModel &m, const PlanSnapshot &plan, const ChartOptions &o)
{
    const analysis::Zahlungsplan zahlungen = analysis::budgetJeQuartal(plan, o.themenfeldId);
    const QList<analysis::QuartalsBudget> &b = zahlungen.quartale;
    ChartSeries soll = serie(Tr::tr("Plan (Zahlungsplan)"), palette::skyBlue());
    ChartSeries ist = serie(Tr::tr("Mittelabfluss (ist)"), palette::blue());
    ChartSeries pt = serie(Tr::tr("Personentage"), palette::vermillion());
    qint64 summePlan = 0, summeIst = 0;
    for (const analysis::QuartalsBudget &q : b) {
        m.categories << Tr::tr("Q%1/%2").arg(q.quartal).arg(q.jahr);
        soll.values << double(q.planCent) / 100.0;
        ist.values << double(q.istCent) / 100.0;
        pt.values << q.personentage;
        if (q.ptGemeldet > 0) // the line is drawn only where person-days were reported
            pt.points << QPointF(double(pt.values.size() - 1), q.personentage);
        summePlan += q.planCent;
        summeIst += q.istCent;
    }
    m.series << soll << ist << pt;
    m.axisY = Tr::tr("Euro");
    m.axisY2 = Tr::tr("Personentage");
    const QLocale l;
    m.subtitle = Tr::tr("Summe Plan %1, Mittelabfluss %2")
                     .arg(l.toCurrencyString(double(summePlan) / 100.0, u"€"_qs, 0),
                          l.toCurrencyString(double(summeIst) / 100.0, u"€"_qs, 0));
    if (zahlungen.ausserhalb)
        m.subtitle += Tr::tr("; %n Zahlungen außerhalb der Jahre %1–%2 oder der Quartale 1–4 nicht gezeigt",
                             nullptr, zahlungen.ausserhalb)
                          .arg(analysis::kErstesZahlungsjahr)
                          .arg(analysis::kLetztesJahr);
    if (b.isEmpty())
        m.emptyText = Tr::tr("Noch kein Zahlungsplan erfasst");
}

void buildPrioritisation(ChartModel &m, const PlanSnapshot &plan, const ChartOptions &o)
{
    if (!o.themenfeldId) {
        m.emptyText = Tr::tr("Die Priorisierung gilt je Themenfeld: wählen Sie ein Themenfeld.");
        return;
    }
    const analysis::Prioritisation pr = analysis::prioritise(plan, *o.themenfeldId);
    ChartSeries score = serie(Tr::tr("Score"), palette::text());
    ChartSeries rangMin = serie(Tr::tr("bester Rang"), palette::line());
    ChartSeries rangMax = serie(Tr::tr("schlechtester Rang"), palette::line());
    int ohne = 0;
    for (const analysis::RankedLeistung &l : pr.leistungen) {
        if (!l.score) {
            ++ohne;
            continue;
        }
        m.categories << l.name;
        m.categoryIds << l.ozgId;
        score.values << *l.score;
        score.points << QPointF(l.rank, *l.score);
        rangMin.values << l.rankMin;
        rangMax.values << l.rankMax;
    }
    m.series << score << rangMin << rangMax;
    const Themenfeld &t = pr.themenfeld;
    m.bands = {
        {analysis::kategorieLabel(analysis::Kategorie::Hoechste), t.schwelleHoechste, 5, palette::green()},
        {analysis::kategorieLabel(analysis::Kategorie::Hohe), t.schwelleHohe, t.schwelleHoechste,
         palette::skyBlue()},
        {analysis::kategorieLabel(analysis::Kategorie::Mittlere), t.schwelleMittlere, t.schwelleHohe,
         palette::yellow()},
        {analysis::kategorieLabel(analysis::Kategorie::Niedrige), 0, t.schwelleMittlere, palette::grey()}};
    m.yMax = 5;
    m.axisX = Tr::tr("Rang");
    m.axisY = Tr::tr("Score (0–5)");
    // The span comes from the analysis' own variation of the weights.
    m.subtitle = countText(double(m.categories.size()), Tr::tr("%1 bewertete OZG-Leistung"),
                           Tr::tr("%1 bewertete OZG-Leistungen")) +
                 Tr::tr("; Balken: Rangspanne bei ±%1 % Gewicht je Kriterium")
                     .arg(qRound(analysis::PrioritisationOptions{}.variation * 100));
    if (ohne)
        m.subtitle += Tr::tr("; %n ohne Bewertung nicht gezeigt", nullptr, ohne);
    if (m.categories.isEmpty())
        m.emptyText = Tr::tr("Noch keine Bewertungen erfasst");
}

} // namespace

QList<ChartKind> allChartKinds()
{
    return {ChartKind::Status,      ChartKind::Reifegrad, ChartKind::BurnUp,        ChartKind::Gantt,
            ChartKind::Nachnutzung, ChartKind::Budget,    ChartKind::Prioritisation};
}

QString chartKindName(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Status:
        return u"status"_qs;
    case ChartKind::Reifegrad:
        return u"reifegrad"_qs;
    case ChartKind::BurnUp:
        return u"burnup"_qs;
    case ChartKind::Gantt:
        return u"gantt"_qs;
    case ChartKind::Nachnutzung:
        return u"nachnutzung"_qs;
    case ChartKind::Budget:
        return u"budget"_qs;
    case ChartKind::Prioritisation:
        return u"prioritaet"_qs;
    }
    return {};
}

std::optional<ChartKind> chartKindByName(const QString &name)
{
    for (ChartKind k : allChartKinds())
        if (chartKindName(k) == name)
            return k;
    return std::nullopt;
}

QString chartTitle(ChartKind kind, const PlanSnapshot &plan, std::optional<int> themenfeldId)
{
    QString title;
    switch (kind) {
    case ChartKind::Status:
        title = Tr::tr("Status der OZG-Leistungen");
        break;
    case ChartKind::Reifegrad:
        title = themenfeldId ? Tr::tr("Reifegrad ist und Ziel je Lage")
                             : Tr::tr("Reifegrad ist und Ziel je Themenfeld");
        break;
    case ChartKind::BurnUp:
        title = Tr::tr("Go-live: OZG-Leistungen online, geplant und ist");
        break;
    case ChartKind::Gantt:
        title = Tr::tr("Meilensteine der Umsetzungsprojekte");
        break;
    case ChartKind::Nachnutzung:
        title = Tr::tr("Nachnutzung durch die Länder");
        break;
    case ChartKind::Budget:
        title = Tr::tr("Budget: Plan und Mittelabfluss je Quartal");
        break;
    case ChartKind::Prioritisation:
        title = Tr::tr("Priorisierung: Score nach Rang");
        break;
    }
    const Themenfeld *t = themenfeldId ? plan.themenfeld(*themenfeldId) : nullptr;
    return Tr::tr("%1 – %2").arg(title, t ? t->name : Tr::tr("Gesamtprogramm"));
}

ChartModel chartModel(ChartKind kind, const PlanSnapshot &plan, const ChartOptions &options)
{
    if (!options.today.isValid())
        throw Error(Tr::tr("Für das Diagramm fehlt das Datum „heute“."));
    if (options.themenfeldId && !plan.themenfeld(*options.themenfeldId))
        throw Error(Tr::tr("Das Themenfeld %1 gibt es im Katalog nicht.").arg(*options.themenfeldId));
    ChartModel m;
    m.kind = kind;
    m.title = chartTitle(kind, plan, options.themenfeldId);
    m.today = options.today;
    switch (kind) {
    case ChartKind::Status:
        buildStatus(m, plan, options);
        break;
    case ChartKind::Reifegrad:
        buildReifegrad(m, plan, options);
        break;
    case ChartKind::BurnUp:
        buildBurnUp(m, plan, options);
        break;
    case ChartKind::Gantt:
        buildGantt(m, plan, options);
        break;
    case ChartKind::Nachnutzung:
        buildNachnutzung(m, plan, options);
        break;
    case ChartKind::Budget:
        buildBudget(m, plan, options);
        break;
    case ChartKind::Prioritisation:
        buildPrioritisation(m, plan, options);
        break;
    }
    return m;
}

} // namespace tfp::report
