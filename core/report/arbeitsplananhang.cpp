// The Arbeitsplan's annex: one Steckbrief per OZG-Leistung of the Themenfeld with its plan data, its
// LeiKa-Leistungen, their types, legal basis and SDG flags.
#include "arbeitsplanteile.h"

#include "tr.h"

#include "domain/labels.h"

#include <algorithm>

namespace tfp::report {

void anhang(PdfDocument &d, Kontext &k)
{
    k.abschnitt(d, Section::Anhang);
    if (k.leistungen.isEmpty()) {
        d.paragraph(Tr::tr("Das Themenfeld hat keine OZG-Leistungen."));
        return;
    }
    d.paragraph(Tr::tr("SDG: Anhang I (Informationen) und Anhang II (Verfahren) der Single-Digital-Gateway-"
                       "Verordnung."),
                Style::Small);
    QHash<int, QList<const LeikaLeistung *>> leika;
    for (const LeikaLeistung &e : k.plan.leika)
        if (e.ozgId)
            leika[*e.ozgId].append(&e);
    for (const Leistung *l : k.leistungen) {
        d.heading(2, u"%1 %2"_qs.arg(l->ozgId).arg(l->name), false);
        const Lage *lage = k.plan.lage(l->lageId);
        QStringList projekte;
        for (const Projekt *p : k.projekteVon.value(l->ozgId))
            projekte.append(p->name);
        QString prio = Tr::tr("nicht bewertet");
        if (const auto *r = k.rang.value(l->ozgId)) {
            if (r->score)
                prio = Tr::tr("Rang %1, Score %2, %3, %4, Welle %5")
                           .arg(r->rank)
                           .arg(k.zahl(*r->score, 2),
                                r->kategorie ? analysis::kategorieLabel(*r->kategorie) : QString(),
                                r->format ? analysis::formatLabel(*r->format) : u"–"_qs)
                           .arg(r->welle);
            else
                prio = Tr::tr("Rang %1, nicht bewertet, Welle %2").arg(r->rank).arg(r->welle);
        }
        auto reife = [&](std::optional<int> v) { return v ? labels::reifegrad(*v, l->modell) : u"–"_qs; };
        QList<QStringList> felder{
            {Tr::tr("Lage"), lage ? lage->name : u"–"_qs},
            {Tr::tr("Programm"), labels::programm(l->programm)},
            {Tr::tr("Status"), labels::status(l->status)},
            {Tr::tr("Reifegrad Ist / Ziel"), reife(l->reifegradIst) + u" / "_qs + reife(l->reifegradZiel)},
            {Tr::tr("Flächendeckung"), labels::flaechendeckung(l->flaechendeckung)},
            {Tr::tr("Go-live / flächendeckend"),
             k.datum(l->goLive) + u" / "_qs + k.datum(l->flaechendeckendAm)},
            {Tr::tr("Umsetzungsprojekte"), projekte.isEmpty() ? Tr::tr("keines") : projekte.join(u"; ")},
            {Tr::tr("Priorisierung"), prio}};
        if (!l->rechtsaenderung.trimmed().isEmpty())
            felder.append({Tr::tr("Rechtsänderung"), l->rechtsaenderung});
        if (!l->notes.trimmed().isEmpty())
            felder.append({Tr::tr("Notizen"), l->notes});
        d.table({{Tr::tr("Feld"), 1.7, Qt::AlignLeft, true}, {Tr::tr("Wert"), 4}}, felder, false);
        QList<const LeikaLeistung *> eintraege = leika.value(l->ozgId);
        std::sort(eintraege.begin(), eintraege.end(), [](const auto *a, const auto *b) {
            return a->schluessel != b->schluessel ? a->schluessel < b->schluessel : a->id < b->id;
        });
        QList<QStringList> rows;
        for (const LeikaLeistung *e : eintraege) {
            QStringList sdg;
            if (e->sdg1)
                sdg.append(u"I"_qs);
            if (e->sdg2)
                sdg.append(u"II"_qs);
            QStringList recht;
            for (const QString &s : {e->rechtsgrundlage, e->gesetzeskuerzel})
                if (!s.trimmed().isEmpty() && !recht.contains(s.trimmed()))
                    recht.append(s.trimmed());
            rows.append({e->schluessel, e->bezeichnung, e->typ, recht.join(u"; "),
                         sdg.isEmpty() ? u"–"_qs : sdg.join(u", ")});
        }
        if (rows.isEmpty())
            d.paragraph(Tr::tr("Keine LeiKa-Leistungen zugeordnet."), Style::Small);
        else
            d.table({{Tr::tr("LeiKa-Schlüssel"), 2},
                     {Tr::tr("Bezeichnung"), 4},
                     {Tr::tr("Typ"), 0.8},
                     {Tr::tr("Rechtsgrundlage"), 5},
                     {Tr::tr("SDG"), 0.8}},
                    rows, true, true);
    }
}

} // namespace tfp::report
