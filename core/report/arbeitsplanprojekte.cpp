// The Arbeitsplan's parts on implementation: the Umsetzungsprojekte, the Wellenplanung with the tiled Gantt
// and the milestones planned against actual.
#include "arbeitsplanteile.h"

#include "tr.h"

#include "domain/labels.h"

#include <QMap>

#include <algorithm>

namespace tfp::report {

namespace {

QString zeitraum(const Kontext &k, const QDate &von, const QDate &bis)
{
    if (!von.isValid() && !bis.isValid())
        return Tr::tr("ohne Termine");
    return u"%1 – %2"_qs.arg(k.datum(von), k.datum(bis));
}

// The Länder that reuse a project, grouped by how far they are: "live: HE, NI; geplant: BY".
QString nachnutzer(const Kontext &k, qint64 projektId)
{
    QMap<int, QStringList> nachStand;
    for (const Nachnutzung &n : k.plan.nachnutzung)
        if (n.projektId == projektId)
            nachStand[int(n.stand)].append(k.kuerzel(n.landId));
    QStringList parts;
    for (NachnutzungStand s :
         {NachnutzungStand::Live, NachnutzungStand::InUmsetzung, NachnutzungStand::Geplant,
          NachnutzungStand::Interessiert, NachnutzungStand::Abgelehnt}) {
        QStringList ls = nachStand.value(int(s));
        if (ls.isEmpty())
            continue;
        ls.sort();
        parts.append(u"%1: %2"_qs.arg(labels::nachnutzungStand(s), ls.join(u", ")));
    }
    return parts.isEmpty() ? Tr::tr("keine") : parts.join(u"; ");
}

// The Länder that build for the Themenfeld: the coordination, else the federführende and umsetzende Länder.
QString umsetzer(const Kontext &k, const Projekt &p)
{
    QStringList out;
    if (p.koordinationId)
        out.append(k.kuerzel(p.koordinationId));
    for (const Federfuehrung &f : k.plan.federfuehrung) {
        const Beteiligter *b = k.plan.beteiligter(f.beteiligterId);
        if (f.themenfeldId == k.tf.id && f.rolle == Rolle::U && b && b->art == BeteiligterArt::Land &&
            !out.contains(b->kuerzel))
            out.append(b->kuerzel);
    }
    return out.isEmpty() ? u"–"_qs : out.join(u", ");
}

// The shift of a milestone's planned date since the compared Stand, in days: "+14", "−3", "0"; "neu" for one
// planned now without a date then (added since or dated since), "–" for one without a planned date now.
QString verschiebung(const QDate &damals, const QDate &geplant)
{
    if (!geplant.isValid())
        return u"–"_qs;
    if (!damals.isValid())
        return Tr::tr("neu", "Meilenstein ohne Termin im verglichenen Stand");
    const qint64 tage = damals.daysTo(geplant);
    if (tage > 0)
        return u"+"_qs + QString::number(tage);
    if (tage < 0)
        return u"\u2212"_qs + QString::number(-tage);
    return u"0"_qs;
}

QString zahlungsplan(const Kontext &k, qint64 projektId)
{
    qint64 plan = 0, ist = 0;
    int n = 0;
    for (const Zahlung &z : k.plan.zahlungen) {
        if (z.projektId != projektId)
            continue;
        plan += z.planCent;
        ist += z.istCent.value_or(0);
        ++n;
    }
    if (n == 0)
        return Tr::tr("kein Zahlungsplan");
    return Tr::tr("%1 geplant, %2 abgeflossen (%3 Quartale)").arg(k.euro(plan), k.euro(ist)).arg(n);
}

} // namespace

void projekte(PdfDocument &d, Kontext &k)
{
    k.abschnitt(d, Section::Projekte);
    if (k.projekte.isEmpty()) {
        d.paragraph(Tr::tr("Für dieses Themenfeld sind keine Umsetzungsprojekte angelegt."));
        return;
    }
    QList<QStringList> uebersicht;
    for (const Projekt *p : k.projekte)
        uebersicht.append({p->name, QString::number(p->leistungen.size()), k.kuerzel(p->koordinationId),
                           labels::efaModell(p->efa), labels::phase(p->phase), k.euro(p->budgetCent)});
    d.table({{Tr::tr("Projekt"), 5},
             {Tr::tr("Leistungen"), 1.1, Qt::AlignRight},
             {Tr::tr("Koordination"), 1.3},
             {Tr::tr("EfA-Modell"), 2},
             {Tr::tr("Phase"), 1.6},
             {Tr::tr("Budget"), 1.6, Qt::AlignRight}},
            uebersicht);
    k.diagramm(d, ChartKind::Nachnutzung, mm(75));
    k.diagramm(d, ChartKind::Budget, mm(70));
    for (const Projekt *p : k.projekte) {
        d.heading(2, p->name);
        d.table({{Tr::tr("Feld"), 1.7, Qt::AlignLeft, true}, {Tr::tr("Wert"), 4}},
                {{Tr::tr("Umsetzungskoordination"), k.kuerzel(p->koordinationId)},
                 {Tr::tr("EfA-Modell"), labels::efaModell(p->efa)},
                 {Tr::tr("Phase"), labels::phase(p->phase)},
                 {Tr::tr("Laufzeit"), zeitraum(k, p->start, p->ende)},
                 {Tr::tr("Umsetzende Länder"), umsetzer(k, *p)},
                 {Tr::tr("Nachnutzung"), nachnutzer(k, p->id)},
                 {Tr::tr("Budget"), k.euro(p->budgetCent)},
                 {Tr::tr("Zahlungsplan"), zahlungsplan(k, p->id)}},
                false);
        QList<int> ids = p->leistungen;
        std::sort(ids.begin(), ids.end());
        QList<QStringList> rows;
        for (int ozg : ids) {
            const Leistung *l = k.plan.leistung(ozg);
            if (!l)
                continue;
            rows.append({QString::number(ozg), l->name, labels::status(l->status),
                         l->reifegradIst ? QString::number(*l->reifegradIst) : u"–"_qs,
                         l->reifegradZiel ? QString::number(*l->reifegradZiel) : u"–"_qs});
        }
        if (rows.isEmpty())
            d.paragraph(Tr::tr("Dem Projekt sind keine OZG-Leistungen zugeordnet."));
        else
            d.table({{Tr::tr("OZG-ID"), 1},
                     {Tr::tr("Gebündelte OZG-Leistung"), 6},
                     {Tr::tr("Status"), 1.6},
                     {Tr::tr("Reifegrad Ist"), 1.1, Qt::AlignRight},
                     {Tr::tr("Ziel"), 0.8, Qt::AlignRight}},
                    rows);
        if (!p->notes.trimmed().isEmpty())
            d.paragraph(p->notes);
    }
}

void zeitplan(PdfDocument &d, Kontext &k)
{
    k.abschnitt(d, Section::Zeitplan);
    const analysis::WavePlan &w = k.prio.wellen;
    d.paragraph(w.capacity
                    ? Tr::tr("Kapazität je Welle: %1 %2.")
                          .arg(k.zahl(*w.capacity, 0), k.tf.kapazitaetArt == KapazitaetArt::Personentage
                                                           ? Tr::tr("Personentage")
                                                           : Tr::tr("Leistungen"))
                    : Tr::tr("Ohne Kapazitätsgrenze: jede Leistung steht in der frühesten Welle, die ihre "
                             "Abhängigkeiten erlauben."));
    QList<QStringList> wellen;
    for (const analysis::Welle &welle : w.wellen) {
        QStringList namen;
        for (int ozg : welle.leistungen)
            namen.append(u"%1 %2"_qs.arg(ozg).arg(k.leistungName(ozg)));
        wellen.append({QString::number(welle.nummer), QString::number(welle.leistungen.size()),
                       k.zahl(welle.belegt, 0) + (welle.ueberbucht ? Tr::tr(" (überbucht)") : QString()),
                       namen.join(u"; ")});
    }
    if (wellen.isEmpty())
        d.paragraph(Tr::tr("Es sind keine Wellen geplant: das Themenfeld hat keine OZG-Leistungen."));
    d.table({{Tr::tr("Welle"), 0.8, Qt::AlignRight},
             {Tr::tr("Anzahl"), 0.9, Qt::AlignRight},
             {Tr::tr("Belegt"), 1.4, Qt::AlignRight},
             {Tr::tr("OZG-Leistungen nach Rang"), 8}},
            wellen);

    k.diagramm(d, ChartKind::BurnUp, mm(75));
    const QList<analysis::GanttRow> &zeilen = k.gantt;
    auto [von, bis] = analysis::ganttRange(zeilen);
    if (k.o.from.isValid())
        von = k.o.from;
    if (k.o.to.isValid())
        bis = k.o.to;
    d.heading(2, Tr::tr("Zeitplan der Umsetzungsprojekte"));
    if (zeilen.isEmpty() || !von.isValid() || !bis.isValid()) {
        d.paragraph(Tr::tr("Kein Projekt des Themenfelds hat Termine: es gibt keinen Zeitplan zu zeigen."));
        return;
    }
    if (von > bis)
        std::swap(von, bis);
    d.paragraph(
        Tr::tr(
            "Zeitraum %1 bis %2, Stand %3 (rote Linie). Schmaler Balken: Laufzeit des Projekts; darunter "
            "ein Balken je Phase vom vorigen Phasen-Meilenstein bis zu ihrem (hell geplant, gefüllt "
            "erreicht, "
            "rot überfällig bis zum Stand, rote Linie: Verzug); Rauten: Meilensteine (leer geplant, gefüllt "
            "erreicht), rot umkreist und mit „!“ außerhalb der Laufzeit. Der Zeitplan folgt auf Seiten im "
            "Querformat, je Blatt die Projekte mit Terminen in seinem Zeitraum; Zeiträume ohne Termine "
            "entfallen.")
            .arg(k.datum(von), k.datum(bis), k.datum(k.o.stand)));
    if (!k.o.baseline.name.isEmpty())
        d.paragraph(
            Tr::tr("Verglichen mit dem Stand „%1“: gestrichelte graue Rauten zeigen, wo ein Meilenstein "
                   "damals geplant war, wenn er seither verschoben wurde, mit einer dünnen Linie zum "
                   "heutigen Plan.")
                .arg(k.o.baseline.name));
    ganttKacheln(d, zeilen, von, bis, k.o.stand, k.o.baseline.name);
    d.pageBreak(QPageLayout::Portrait);
}

void meilensteine(PdfDocument &d, Kontext &k)
{
    k.abschnitt(d, Section::Meilensteine);
    QHash<qint64, const Projekt *> projekte;
    for (const Projekt *p : k.projekte)
        projekte.insert(p->id, p);
    QList<const Meilenstein *> ms;
    for (const Meilenstein &m : k.plan.meilensteine)
        if (projekte.contains(m.projektId))
            ms.append(&m);
    std::stable_sort(ms.begin(), ms.end(), [&](const Meilenstein *a, const Meilenstein *b) {
        const int pa = int(k.projekte.indexOf(projekte[a->projektId]));
        const int pb = int(k.projekte.indexOf(projekte[b->projektId]));
        if (pa != pb)
            return pa < pb;
        if (a->sortOrder != b->sortOrder)
            return a->sortOrder < b->sortOrder;
        return a->id < b->id;
    });
    const QString &stand = k.o.baseline.name;
    int erreicht = 0, ueberfaellig = 0, spaeter = 0, verschoben = 0, neu = 0;
    QList<std::pair<const Projekt *, QList<QStringList>>> tabellen;
    for (const Meilenstein *m : ms) {
        QString lage;
        if (m->ist.isValid()) {
            ++erreicht;
            const qint64 tage = m->geplant.isValid() ? m->geplant.daysTo(m->ist) : 0;
            if (tage > 0)
                ++spaeter;
            lage = !m->geplant.isValid() ? Tr::tr("erreicht")
                   : tage > 0            ? Tr::tr("%1 Tage später").arg(tage)
                   : tage < 0            ? Tr::tr("%1 Tage früher").arg(-tage)
                                         : Tr::tr("termingerecht");
        } else if (m->geplant.isValid() && m->geplant < k.o.stand) {
            ++ueberfaellig;
            lage = Tr::tr("überfällig seit %1 Tagen").arg(m->geplant.daysTo(k.o.stand));
        } else {
            lage = m->geplant.isValid() ? Tr::tr("offen") : Tr::tr("ohne Termin");
        }
        QString abnahme = u"–"_qs;
        if (m->abnahmeDurch || m->abnahmeAm.isValid())
            abnahme = m->abnahmeAm.isValid()
                          ? Tr::tr("%1 am %2").arg(k.kuerzel(m->abnahmeDurch), k.datum(m->abnahmeAm))
                          : Tr::tr("%1, offen").arg(k.kuerzel(m->abnahmeDurch));
        QString titel = m->titel;
        if (m->ozgId)
            titel += Tr::tr(" (nur %1)").arg(*m->ozgId);
        if (tabellen.isEmpty() || tabellen.last().first != projekte[m->projektId])
            tabellen.append(std::make_pair(projekte[m->projektId], QList<QStringList>{}));
        QStringList zeile{titel, labels::phase(m->phase), k.datum(m->geplant)};
        if (!stand.isEmpty()) {
            const QDate damals = k.o.baseline.geplant.value(m->id);
            zeile << k.datum(damals) << verschiebung(damals, m->geplant);
            verschoben += damals.isValid() && m->geplant.isValid() && damals != m->geplant;
            neu += !damals.isValid() && m->geplant.isValid();
        }
        zeile << k.datum(m->ist) << lage << abnahme;
        tabellen.last().second.append(zeile);
    }
    d.paragraph(Tr::tr("%1 Meilensteine, davon %2 erreicht (%3 später als geplant) und %4 überfällig am %5.")
                    .arg(ms.size())
                    .arg(erreicht)
                    .arg(spaeter)
                    .arg(ueberfaellig)
                    .arg(k.datum(k.o.stand)));
    QList<Column> spalten{{Tr::tr("Meilenstein"), 4}, {Tr::tr("Phase"), 1.8}, {Tr::tr("geplant"), 1.4}};
    if (!stand.isEmpty()) {
        d.paragraph(
            Tr::tr(
                "Verglichen mit dem Stand „%1“: seither verschoben %2, neu geplant %3. „im Stand“ nennt den "
                "damals geplanten Termin, „Verschiebung“ die Tage seither (+ später, − früher).")
                .arg(stand)
                .arg(verschoben)
                .arg(neu));
        spalten.append({Tr::tr("im Stand"), 1.4});
        spalten.append({Tr::tr("Verschiebung"), 1.5, Qt::AlignRight});
    }
    spalten.append({Tr::tr("erreicht"), 1.4});
    spalten.append({Tr::tr("Abweichung"), 1.9});
    spalten.append({Tr::tr("Abnahme"), 1.8});
    for (const auto &[p, rows] : tabellen) {
        d.heading(3, p->name, false);
        d.table(spalten, rows);
    }
}

} // namespace tfp::report
