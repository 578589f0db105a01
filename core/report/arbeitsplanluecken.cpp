// The Arbeitsplan's parts on what is still open: coverage gaps, risks and dependencies.
#include "arbeitsplanteile.h"

#include "tr.h"

#include "domain/labels.h"

#include <algorithm>

namespace tfp::report {

namespace {

QList<QStringList> leistungsZeilen(const Kontext &k, const QList<int> &ids)
{
    QList<int> sorted = ids;
    std::sort(sorted.begin(), sorted.end());
    QList<QStringList> rows;
    for (int ozg : sorted)
        if (const Leistung *l = k.plan.leistung(ozg))
            rows.append({QString::number(ozg), l->name, labels::status(l->status)});
    return rows;
}

void leistungsTabelle(PdfDocument &d, const Kontext &k, const QList<int> &ids, const QString &leer)
{
    if (ids.isEmpty()) {
        d.paragraph(leer);
        return;
    }
    d.table({{Tr::tr("OZG-ID"), 1}, {Tr::tr("OZG-Leistung"), 7}, {Tr::tr("Status"), 1.8}},
            leistungsZeilen(k, ids));
}

} // namespace

void abdeckung(PdfDocument &d, Kontext &k)
{
    k.abschnitt(d, Section::Abdeckung);
    const analysis::Kennzahlen &a = k.alle.gesamt;
    d.heading(2, Tr::tr("Leistungen in keinem Projekt"));
    leistungsTabelle(d, k, a.ohneProjekt,
                     k.leistungen.isEmpty()
                         ? Tr::tr("Das Themenfeld hat keine OZG-Leistungen.")
                         : Tr::tr("Jede OZG-Leistung des Themenfelds ist in einem Projekt."));

    d.heading(2, Tr::tr("Lagen ohne Aktivität"));
    QStringList lagen;
    for (int id : k.alle.lagenOhneAktivitaet)
        if (const Lage *l = k.plan.lage(id))
            lagen.append(l->name);
    d.paragraph(!lagen.isEmpty() ? lagen.join(u"; ")
                : k.alle.lagen.isEmpty()
                    ? Tr::tr("Das Themenfeld hat keine Lagen.")
                    : Tr::tr("In jeder Lage ist mindestens eine Leistung in Planung, in Umsetzung, "
                             "online oder in einem Projekt."));

    d.heading(2, Tr::tr("Länder ohne Nachnutzung"));
    QStringList ohne;
    QList<QStringList> laender;
    for (const analysis::LandNachnutzung &l : k.alle.laender) {
        if (l.projekte == 0)
            ohne.append(l.kuerzel);
        laender.append({l.kuerzel, QString::number(l.projekte), k.zahl(l.anteil, 1) + u" %"_qs});
    }
    if (k.alle.projekte.isEmpty()) {
        d.paragraph(Tr::tr("Ohne Projekte gibt es keine Nachnutzung."));
    } else {
        d.paragraph(ohne.isEmpty() ? Tr::tr("Jedes Land nutzt mindestens ein Projekt nach.")
                                   : Tr::tr("Ohne Nachnutzung: %1.").arg(ohne.join(u", ")));
        d.table({{Tr::tr("Land"), 1, Qt::AlignLeft, true},
                 {Tr::tr("Projekte nachgenutzt"), 2, Qt::AlignRight},
                 {Tr::tr("Anteil der Projekte"), 2, Qt::AlignRight}},
                laender);
    }

    d.heading(2, Tr::tr("Reifegrad-Lücken"));
    QList<QStringList> luecken;
    for (const Leistung *l : k.leistungen) {
        if (l->reifegradIst && l->reifegradZiel && *l->reifegradZiel > *l->reifegradIst)
            luecken.append({QString::number(l->ozgId), l->name,
                            labels::reifegrad(*l->reifegradIst, l->modell),
                            labels::reifegrad(*l->reifegradZiel, l->modell),
                            QString::number(*l->reifegradZiel - *l->reifegradIst)});
    }
    d.paragraph(
        Tr::tr("%1 Leistungen liegen unter ihrem Ziel-Reifegrad (zusammen %2 Stufen); %3 haben keinen "
               "Ist-Reifegrad, %4 keinen Onlinedienst.")
            .arg(a.mitLuecke)
            .arg(a.lueckeStufen)
            .arg(a.ohneReifegradIst)
            .arg(a.ohneOnlinedienst.size()));
    if (!luecken.isEmpty())
        d.table({{Tr::tr("OZG-ID"), 1},
                 {Tr::tr("OZG-Leistung"), 5},
                 {Tr::tr("Ist"), 2.4},
                 {Tr::tr("Ziel"), 2.4},
                 {Tr::tr("Stufen"), 0.9, Qt::AlignRight}},
                luecken);
}

void risiken(PdfDocument &d, Kontext &k)
{
    k.abschnitt(d, Section::Risiken);
    d.heading(2, Tr::tr("Risiken"));
    QList<const Risiko *> rs;
    for (const Risiko &r : k.plan.risiken)
        if (r.themenfeldId == k.tf.id)
            rs.append(&r);
    // Highest first, then by kind, so the Steuerungskreis reads the critical ones first.
    auto rang = [](Einstufung e) { return e == Einstufung::Hoch ? 0 : e == Einstufung::Mittel ? 1 : 2; };
    std::stable_sort(rs.begin(), rs.end(), [&](const Risiko *a, const Risiko *b) {
        return rang(a->einstufung) != rang(b->einstufung) ? rang(a->einstufung) < rang(b->einstufung)
                                                          : int(a->art) < int(b->art);
    });
    QList<QStringList> rows;
    for (const Risiko *r : rs) {
        QStringList bezug;
        if (r->projektId)
            if (const Projekt *p = k.plan.projekt(*r->projektId))
                bezug.append(p->name);
        if (r->ozgId)
            bezug.append(u"%1 %2"_qs.arg(*r->ozgId).arg(k.leistungName(*r->ozgId)));
        rows.append({labels::risikoArt(r->art), labels::einstufung(r->einstufung), r->beschreibung,
                     r->massnahme.isEmpty() ? u"–"_qs : r->massnahme,
                     bezug.isEmpty() ? Tr::tr("Themenfeld") : bezug.join(u"; ")});
    }
    if (rows.isEmpty())
        d.paragraph(Tr::tr("Für dieses Themenfeld sind keine Risiken erfasst."));
    else
        d.table({{Tr::tr("Art"), 1.7},
                 {Tr::tr("Einstufung"), 1.2},
                 {Tr::tr("Beschreibung"), 4},
                 {Tr::tr("Maßnahme"), 3},
                 {Tr::tr("Bezug"), 2.2}},
                rows);

    d.heading(2, Tr::tr("Abhängigkeiten zwischen Leistungen"));
    QSet<int> ids;
    for (const Leistung *l : k.leistungen)
        ids.insert(l->ozgId);
    QList<QStringList> deps;
    for (const Abhaengigkeit &a : k.plan.abhaengigkeiten)
        if (ids.contains(a.ozgId) && ids.contains(a.haengtAbVon))
            deps.append({u"%1 %2"_qs.arg(a.ozgId).arg(k.leistungName(a.ozgId)),
                         u"%1 %2"_qs.arg(a.haengtAbVon).arg(k.leistungName(a.haengtAbVon)), a.notes});
    for (const auto &e : k.prio.externeAbhaengigkeiten)
        deps.append({u"%1 %2"_qs.arg(e.ozgId).arg(e.name), u"%1 %2"_qs.arg(e.haengtAbVon).arg(e.nameVon),
                     Tr::tr("anderes Themenfeld: %1").arg(e.themenfeld)});
    if (deps.isEmpty())
        d.paragraph(Tr::tr("Es sind keine Abhängigkeiten erfasst."));
    else
        d.table({{Tr::tr("OZG-Leistung"), 4}, {Tr::tr("hängt ab von"), 4}, {Tr::tr("Anmerkung"), 2.5}}, deps);
    for (const QList<int> &z : k.prio.wellen.zyklen) {
        QStringList l;
        for (int id : z)
            l.append(QString::number(id));
        d.paragraph(Tr::tr("Zyklus: %1 hängen im Kreis voneinander ab und werden gemeinsam geplant.")
                        .arg(l.join(u", ")));
    }
    for (const analysis::Konflikt &c : k.prio.wellen.konflikte)
        d.paragraph(
            c.art == analysis::KonfliktArt::Rang
                ? Tr::tr("%1 (Rang %2) hängt ab von %3 (Rang %4): %3 wird früher geplant, als sein Rang "
                         "sagt.")
                      .arg(c.ozgId)
                      .arg(c.rank)
                      .arg(c.haengtAbVon)
                      .arg(c.rankVon)
                : Tr::tr("%1 ist auf Welle %2 festgelegt, hängt aber von %3 in Welle %4 ab: es rückt in "
                         "Welle %4.")
                      .arg(c.ozgId)
                      .arg(c.welleFix.value_or(0))
                      .arg(c.haengtAbVon)
                      .arg(c.welleVon));

    d.heading(2, Tr::tr("Nötige Rechtsänderungen"));
    QList<QStringList> recht;
    for (const Leistung *l : k.leistungen)
        if (!l->rechtsaenderung.trimmed().isEmpty())
            recht.append({QString::number(l->ozgId), l->name, l->rechtsaenderung});
    if (recht.isEmpty())
        d.paragraph(Tr::tr("Für keine Leistung ist eine Rechtsänderung vermerkt."));
    else
        d.table({{Tr::tr("OZG-ID"), 1}, {Tr::tr("OZG-Leistung"), 4}, {Tr::tr("Rechtsänderung"), 5}}, recht);
}

} // namespace tfp::report
