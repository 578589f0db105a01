#include "support/planbuilder.h"

#include "edit/edits.h"

#include <algorithm>

namespace tfp::test {

using namespace tfp::schema;

namespace {

// The keys of the rows of t whose column holds value, in key order.
QList<qint64> keysWhere(const Catalog &c, Table t, QStringView column, const QVariant &value)
{
    QList<qint64> keys;
    for (const QVariantMap &row : c.rowsWhere(t, column, value))
        keys << row.value(u"id"_qs).toLongLong();
    std::sort(keys.begin(), keys.end());
    return keys;
}

} // namespace

BuiltPlan buildPlan(Catalog &c, const Apply &apply, const PlanSpec &spec)
{
    BuiltPlan out;
    auto set = [&](Table t, qint64 key, QStringView column, const QVariant &v) {
        apply(edit::setField(c, t, key, column, v));
    };
    auto setText = [&](Table t, qint64 key, QStringView column, const QString &v) {
        if (!v.isEmpty())
            set(t, key, column, v);
    };
    for (const PlanSpec::LeistungValues &l : spec.leistungen) {
        setText(Table::Leistung, l.ozg, col::status, l.status);
        if (l.reifegradZiel)
            set(Table::Leistung, l.ozg, col::reifegradZiel, *l.reifegradZiel);
        if (l.reifegradIst)
            set(Table::Leistung, l.ozg, col::reifegradIst, *l.reifegradIst);
        setText(Table::Leistung, l.ozg, col::goLive, l.goLive);
        setText(Table::Leistung, l.ozg, col::rechtsaenderung, l.rechtsaenderung);
    }
    const QList<qint64> kriterien = keysWhere(c, Table::Kriterium, col::themenfeldId, spec.themenfeld);
    if (!spec.scores.isEmpty()) {
        ChangeSet workshop(u"Bewertungen aus dem Workshop übernehmen"_qs);
        for (const PlanSpec::Scores &s : spec.scores)
            for (int k = 0; k < s.values.size() && k < kriterien.size(); ++k)
                if (s.values[k] >= 0)
                    workshop.append(edit::setBewertung(c, kriterien[k], s.ozg, s.values[k]));
        apply(workshop);
    }
    for (int k = 0; k < spec.gewichte.size() && k < kriterien.size(); ++k)
        set(Table::Kriterium, kriterien[k], col::gewicht, spec.gewichte[k]);
    if (spec.wellenKapazitaet)
        set(Table::Themenfeld, spec.themenfeld, col::wellenKapazitaet, *spec.wellenKapazitaet);

    for (const PlanSpec::ProjektValues &p : spec.projekte) {
        const ChangeSet created =
            edit::createProjekt(c, spec.themenfeld, p.name, p.leistungen, p.federfuehrer);
        const qint64 id = created.changes.first().key;
        apply(created);
        out.projekte << id;
        setText(Table::Projekt, id, col::start, p.start);
        setText(Table::Projekt, id, col::ende, p.ende);
        setText(Table::Projekt, id, col::efaModell, p.efaModell);
        if (p.budgetCent)
            set(Table::Projekt, id, col::budgetCent, *p.budgetCent);
        const QList<qint64> meilensteine = keysWhere(c, Table::Meilenstein, col::projektId, id);
        for (int i = 0; i < meilensteine.size(); ++i) {
            if (p.ohneMeilensteine) {
                apply(edit::remove(c, Table::Meilenstein, meilensteine[i]));
                continue;
            }
            if (i >= p.meilensteine.size())
                break;
            const PlanSpec::MeilensteinValues &m = p.meilensteine[i];
            setText(Table::Meilenstein, meilensteine[i], col::geplant, m.geplant);
            setText(Table::Meilenstein, meilensteine[i], col::ist, m.ist);
            if (m.abnahmeDurch)
                set(Table::Meilenstein, meilensteine[i], col::abnahmeDurch, *m.abnahmeDurch);
            setText(Table::Meilenstein, meilensteine[i], col::abnahmeAm, m.abnahmeAm);
        }
        setText(Table::Projekt, id, col::phase, p.phase);
        for (const auto &[land, stand] : p.nachnutzung)
            apply(edit::setNachnutzung(c, id, land, stand));
        for (const PlanSpec::ZahlungValues &z : p.zahlungen) {
            const ChangeSet zahlung = edit::addZahlung(c, id, z.jahr, z.quartal, z.planCent);
            const qint64 key = zahlung.changes.first().key;
            apply(zahlung);
            if (z.istCent)
                set(Table::Zahlung, key, col::istCent, *z.istCent);
            if (z.personentage)
                set(Table::Zahlung, key, col::personentage, *z.personentage);
        }
    }

    for (const auto &[ozg, von] : spec.abhaengigkeiten)
        apply(edit::addAbhaengigkeit(c, ozg, von));
    const auto meilenstein = [&](int projekt, int i) {
        return keysWhere(c, Table::Meilenstein, col::projektId, out.projekte.value(projekt)).value(i);
    };
    for (const PlanSpec::MeilensteinFolge &f : spec.meilensteinFolgen)
        apply(edit::addMeilensteinAbhaengigkeit(c, meilenstein(f.nachProjekt, f.nach),
                                                meilenstein(f.vorProjekt, f.vor), f.abstandTage));
    for (const auto &[ozg, welle] : spec.festeWellen)
        set(Table::Leistung, ozg, col::welleFix, welle);
    for (const auto &[ozg, text] : spec.kommentare)
        apply(edit::addKommentar(c, Table::Leistung, ozg, text));
    for (const PlanSpec::DienstValues &d : spec.dienste) {
        const ChangeSet created = edit::createOnlinedienst(c, d.name, d.anbieter);
        const qint64 id = created.changes.first().key;
        apply(created);
        out.dienste << id;
        for (const PlanSpec::DienstLeistung &l : d.leistungen) {
            const QList<qint64> leika = keysWhere(c, Table::Leika, col::ozgId, l.ozg);
            ChangeSet covered(u"Leistung abdecken"_qs);
            for (qint64 k : l.ersteLeika ? leika.mid(0, 1) : leika)
                covered.append(edit::setDienstLeika(c, id, k, l.reifegrad));
            if (!covered.changes.isEmpty())
                apply(covered);
        }
    }
    for (const PlanSpec::RisikoValues &r : spec.risiken)
        apply(edit::addRisiko(c, spec.themenfeld, r.beschreibung, r.art, r.einstufung));
    if (!spec.leeresThemenfeld.isEmpty()) {
        ChangeSet empty(u"Leeres Themenfeld anlegen"_qs);
        out.leeresThemenfeld = int(c.allocateKey(Table::Themenfeld));
        empty.append(Change::insert(Table::Themenfeld, out.leeresThemenfeld,
                                    {{u"name"_qs, spec.leeresThemenfeld}, {u"sort_order"_qs, 99}}));
        apply(empty);
    }
    return out;
}

} // namespace tfp::test
