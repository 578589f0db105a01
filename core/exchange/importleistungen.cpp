// Import of OZG-Leistungen: matched by OZG-ID, updated in place; new OZG-IDs are added to the named Lage.
// Scores come in columns "bewertung:<Kriterium>" of the Leistung's Themenfeld.
#include "edit/fieldtext.h"

#include "importrows.h"
#include "storage/catalog.h"
#include "tr.h"
#include "values.h"

namespace tfp::exchange::detail {

using namespace schema;

namespace {

const QStringList kFields{u"name"_qs,
                          u"status"_qs,
                          u"reifegrad_ist"_qs,
                          u"reifegrad_ziel"_qs,
                          u"reifegrad_modell"_qs,
                          u"flaechendeckung"_qs,
                          u"go_live"_qs,
                          u"flaechendeckend_am"_qs,
                          u"nachfrage"_qs,
                          u"aufwand_pt"_qs,
                          u"rechtsaenderung"_qs,
                          u"welle_fix"_qs,
                          u"notes"_qs};

// The Lage named in the row: within the named Themenfeld, else the Leistung's own, else the whole catalog.
std::optional<int> lageOf(RowBuilder &row, const PlanSnapshot &plan, const Themenfeld *themenfeld,
                          const Leistung *existing)
{
    const QString name = row.cell(u"lage"_qs);
    int tf = themenfeld ? themenfeld->id : 0;
    if (!tf && existing)
        if (const Lage *l = plan.lage(existing->lageId))
            tf = l->themenfeldId;
    QList<int> found;
    for (const Lage &l : plan.lagen)
        if (sameName(l.name, name) && (!tf || l.themenfeldId == tf))
            found << l.id;
    if (found.size() == 1)
        return found[0];
    row.problem(u"lage"_qs, found.isEmpty()
                                ? Tr::tr("die Lage %1 gibt es nicht").arg(quoted(name))
                                : Tr::tr("die Lage %1 gibt es in mehreren Themenfeldern; bitte die Spalte "
                                         "„themenfeld“ angeben")
                                      .arg(quoted(name)));
    return std::nullopt;
}

void scores(RowBuilder &row, Catalog &c, const PlanSnapshot &plan, const Columns &cols, int ozg,
            int themenfeldId, const QHash<QPair<qint64, int>, const Bewertung *> &stored)
{
    for (const auto &[kriterium, i] : cols.family(u"bewertung:"_qs)) {
        const Kriterium *k = nullptr;
        for (const Kriterium &candidate : plan.kriterien)
            if (candidate.themenfeldId == themenfeldId && sameName(candidate.name, kriterium))
                k = &candidate;
        const QString text = row.cell(i);
        if (!k) {
            if (!text.isEmpty())
                row.problem(
                    i, Tr::tr("das Themenfeld der Leistung hat kein Kriterium %1").arg(quoted(kriterium)));
            continue;
        }
        const values::Parsed p = values::integer(text);
        const Checked v = p.ok() ? check(table(Table::Bewertung).column(col::wert), p.value) : Checked{};
        if (!p.ok() || (!p.value.isNull() && !v.ok())) {
            row.problem(i, Tr::tr("erwartet wird eine Bewertung von 0 bis 5 oder ein leeres Feld"));
            continue;
        }
        const Bewertung *old = stored.value({k->id, ozg});
        const QString field = Tr::tr("Bewertung „%1“").arg(k->name);
        const QString oldText = old ? QString::number(old->wert) : Tr::tr("leer");
        if (p.value.isNull() && old) {
            QVariantMap r{{u"id"_qs, old->id},
                          {u"kriterium_id"_qs, k->id},
                          {u"ozg_id"_qs, ozg},
                          {u"wert"_qs, old->wert}};
            row.queue(Change::remove(Table::Bewertung, old->id, r), {field, oldText, Tr::tr("leer")});
        } else if (!p.value.isNull() && old && old->wert != v.value.toInt()) {
            row.queue(Change::update(Table::Bewertung, old->id, u"wert"_qs, old->wert, v.value),
                      {field, oldText, v.value.toString()});
        } else if (!p.value.isNull() && !old) {
            const qint64 id = c.allocateKey(Table::Bewertung);
            row.queue(Change::insert(Table::Bewertung, id,
                                     {{u"id"_qs, id},
                                      {u"kriterium_id"_qs, k->id},
                                      {u"ozg_id"_qs, ozg},
                                      {u"wert"_qs, v.value}}),
                      {field, oldText, v.value.toString()});
        }
    }
}

} // namespace

ImportPlan planLeistungen(Catalog &c, const tabular::Table &t)
{
    ImportPlan plan;
    const Columns cols(t, QStringList{u"ozg_id"_qs, u"themenfeld"_qs, u"lage"_qs, u"bewertung:"_qs} + kFields,
                       {u"ozg_id"_qs}, plan);
    const PlanSnapshot snapshot = c.loadPlan();
    QHash<QPair<qint64, int>, const Bewertung *> bewertungen;
    for (const Bewertung &b : snapshot.bewertungen)
        bewertungen.insert({b.kriteriumId, b.ozgId}, &b);
    QHash<QString, QString> columnOf;
    for (const QString &f : kFields)
        columnOf.insert(f, f);
    columnOf.insert(u"lage_id"_qs, u"lage"_qs);
    columnOf.insert(u"ozg_id"_qs, u"ozg_id"_qs);
    QHash<int, int> seen; // OZG-ID → line

    for (int i = 0; i < t.rows.size(); ++i) {
        RowBuilder row(plan, t, i, cols);
        const values::Parsed key = values::integer(row.cell(u"ozg_id"_qs));
        const Checked ozgChecked =
            key.ok() ? check(table(Table::Leistung).column(col::ozgId), key.value) : Checked{};
        const int ozg = ozgChecked.ok() ? ozgChecked.value.toInt() : 0;
        row.row().key = row.cell(u"ozg_id"_qs) + u' ' + row.cell(u"name"_qs);
        if (!row.sizeOk()) {
            row.finish(false);
            continue;
        }
        if (!key.ok() || !ozgChecked.ok() || ozg == 0) {
            row.problem(u"ozg_id"_qs, Tr::tr("erwartet wird eine OZG-ID (ganze Zahl von 1 bis 999999)"));
            row.finish(false);
            continue;
        }
        if (seen.contains(ozg)) {
            row.problem(u"ozg_id"_qs,
                        Tr::tr("die OZG-ID %1 steht schon in Zeile %2").arg(ozg).arg(seen.value(ozg)));
            row.finish(false);
            continue;
        }
        seen.insert(ozg, row.row().line);
        const auto index = snapshot.leistungIndex.constFind(ozg);
        const Leistung *existing =
            index == snapshot.leistungIndex.cend() ? nullptr : &snapshot.leistungen[*index];
        if (existing)
            row.row().key = QString::number(ozg) + u' ' + existing->name;

        QVariantMap values;
        for (const QString &f : kFields)
            row.parse(f, Table::Leistung, f, values);
        const Themenfeld *themenfeld = nullptr;
        if (!row.cell(u"themenfeld"_qs).isEmpty()) {
            themenfeld = themenfeldNamed(snapshot, row.cell(u"themenfeld"_qs));
            if (!themenfeld)
                row.problem(
                    u"themenfeld"_qs,
                    Tr::tr("das Themenfeld %1 gibt es nicht").arg(quoted(row.cell(u"themenfeld"_qs))));
        }
        int lageId = existing ? existing->lageId : 0;
        if (!row.cell(u"lage"_qs).isEmpty()) {
            if (auto l = lageOf(row, snapshot, themenfeld, existing))
                lageId = *l;
        } else if (themenfeld && existing && snapshot.lage(lageId)->themenfeldId != themenfeld->id) {
            row.problem(u"themenfeld"_qs,
                        Tr::tr("die Leistung gehört zu einem anderen Themenfeld; zum Verschieben die "
                               "Lage angeben"));
        }
        if (const Lage *l = snapshot.lage(lageId))
            scores(row, c, snapshot, cols, ozg, l->themenfeldId, bewertungen);
        if (row.failed()) {
            row.finish(!existing);
            continue;
        }
        if (existing) {
            if (lageId != existing->lageId)
                values.insert(u"lage_id"_qs, lageId);
            row.update(c, Table::Leistung, ozg, values, columnOf);
        } else {
            if (!lageId)
                row.problem(u"lage"_qs, Tr::tr("für die neue OZG-ID %1 ist die Lage nötig").arg(ozg));
            if (values.value(u"name"_qs).toString().isEmpty())
                row.problem(u"name"_qs, Tr::tr("für die neue OZG-ID %1 ist der Name nötig").arg(ozg));
            if (row.failed()) {
                row.finish(true);
                continue;
            }
            values.insert(u"lage_id"_qs, lageId);
            row.insert(c, Table::Leistung, ozg, values, columnOf);
        }
        row.finish(!existing);
    }
    return plan;
}

} // namespace tfp::exchange::detail
