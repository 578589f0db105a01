// Import of Umsetzungsprojekte (with their Leistungen and the Nachnutzung per Land) and of their milestones.
// A project is matched by projekt_id, else by its name within the Themenfeld; a milestone by meilenstein_id,
// else by its title within its project.
#include "edit/fieldtext.h"

#include "importrows.h"
#include "storage/catalog.h"
#include "tr.h"
#include "values.h"

#include <QRegularExpression>

namespace tfp::exchange::detail {

using namespace schema;

namespace {

const QStringList kProjektFields{u"name"_qs,  u"efa_modell"_qs, u"phase"_qs,
                                 u"start"_qs, u"ende"_qs,       u"notes"_qs};
const QStringList kMeilensteinFields{u"phase"_qs, u"titel"_qs, u"geplant"_qs, u"ist"_qs, u"abnahme_am"_qs};

// The project a row names: by projekt_id when given, else by name (column nameColumn) in the Themenfeld.
// found is false with a problem when the row names it wrongly; a null result with found true means "new".
const Projekt *projektOf(RowBuilder &row, const PlanSnapshot &plan, const QString &nameColumn, bool &found)
{
    found = false;
    const QString idText = row.cell(u"projekt_id"_qs);
    if (!idText.isEmpty()) {
        const values::Parsed id = values::integer(idText);
        for (const Projekt &p : plan.projekte)
            if (id.ok() && p.id == id.value.toLongLong()) {
                found = true;
                return &p;
            }
        row.problem(u"projekt_id"_qs,
                    Tr::tr("ein Projekt mit der Nummer %1 gibt es nicht (für ein neues Projekt das "
                           "Feld leer lassen)")
                        .arg(idText));
        return nullptr;
    }
    const QString tfName = row.cell(u"themenfeld"_qs), name = row.cell(nameColumn);
    const Themenfeld *tf = themenfeldNamed(plan, tfName);
    if (!tf)
        row.problem(u"themenfeld"_qs, tfName.isEmpty()
                                          ? Tr::tr("ohne projekt_id ist das Themenfeld nötig")
                                          : Tr::tr("das Themenfeld %1 gibt es nicht").arg(quoted(tfName)));
    if (name.isEmpty())
        row.problem(nameColumn, Tr::tr("ohne projekt_id ist der Projektname nötig"));
    if (!tf || name.isEmpty())
        return nullptr;
    const Projekt *match = nullptr;
    for (const Projekt &p : plan.projekte) {
        if (p.themenfeldId != tf->id || !sameName(p.name, name))
            continue;
        if (match) {
            row.problem(nameColumn, Tr::tr("%1 heißen in %2 mehrere Projekte; bitte projekt_id angeben")
                                        .arg(quoted(name), quoted(tf->name)));
            return nullptr;
        }
        match = &p;
    }
    found = true;
    return match;
}

QString stand(const QString &code)
{
    return edit::valueText(Table::Nachnutzung, col::stand, code);
}

QSet<int> ozgList(RowBuilder &row, const Catalog &c)
{
    QSet<int> out;
    static const QRegularExpression separators(u"[\\s,;|/]+"_qs);
    for (const QString &part : row.cell(u"leistungen"_qs).split(separators, Qt::SkipEmptyParts)) {
        bool ok = false;
        const int ozg = part.toInt(&ok);
        if (!ok || !c.row(Table::Leistung, ozg))
            row.problem(u"leistungen"_qs, Tr::tr("die OZG-Leistung %1 gibt es nicht").arg(quoted(part)));
        else
            out.insert(ozg);
    }
    return out;
}

void leistungen(RowBuilder &row, Catalog &c, qint64 projekt, const QList<int> &current)
{
    const QSet<int> wanted = ozgList(row, c);
    const QString field = Tr::tr("OZG-Leistungen");
    QList<int> ordered(wanted.cbegin(), wanted.cend()); // the preview lists them by OZG-ID
    std::sort(ordered.begin(), ordered.end());
    const auto named = [&c](int ozg) {
        return u"%1 %2"_qs.arg(ozg).arg(c.value(Table::Leistung, ozg, col::name).toString());
    };
    for (int ozg : ordered)
        if (!current.contains(ozg)) {
            const qint64 id = c.allocateKey(Table::ProjektLeistung);
            row.queue(Change::insert(Table::ProjektLeistung, id,
                                     {{u"id"_qs, id}, {u"projekt_id"_qs, projekt}, {u"ozg_id"_qs, ozg}}),
                      {field, {}, Tr::tr("+ %1").arg(named(ozg))});
        }
    for (const QVariantMap &r : c.rowsWhere(Table::ProjektLeistung, col::projektId, projekt))
        if (!wanted.contains(r.value(u"ozg_id"_qs).toInt()))
            row.queue(Change::remove(Table::ProjektLeistung, r.value(u"id"_qs).toLongLong(), r),
                      {field, named(r.value(u"ozg_id"_qs).toInt()), Tr::tr("entfernt")});
}

void nachnutzung(RowBuilder &row, Catalog &c, const Columns &cols, const PlanSnapshot &plan, qint64 projekt)
{
    for (const auto &[kuerzel, i] : cols.family(u"nachnutzung:"_qs)) {
        const Beteiligter *land = nullptr;
        for (const Beteiligter &b : plan.beteiligte)
            if (b.art == BeteiligterArt::Land && sameName(b.kuerzel, kuerzel))
                land = &b;
        if (!land) {
            row.problem(
                i, Tr::tr("%1 ist kein Land (erwartet wird ein Länderkürzel wie „HE“)").arg(quoted(kuerzel)));
            continue;
        }
        const values::Parsed p = values::code(Table::Nachnutzung, col::stand, row.cell(i));
        if (!p.ok()) {
            row.problem(i, p.error);
            continue;
        }
        std::optional<QVariantMap> old;
        for (const QVariantMap &r : c.rowsWhere(Table::Nachnutzung, col::projektId, projekt))
            if (r.value(u"land_id"_qs).toInt() == land->id)
                old = r;
        const QString field = Tr::tr("Nachnutzung %1").arg(land->kuerzel);
        const QString oldCode = old ? old->value(u"stand"_qs).toString() : QString();
        if (oldCode == p.value.toString())
            continue;
        if (p.value.isNull())
            row.queue(Change::remove(Table::Nachnutzung, old->value(u"id"_qs).toLongLong(), *old),
                      {field, stand(oldCode), Tr::tr("leer")});
        else if (old)
            row.queue(Change::update(Table::Nachnutzung, old->value(u"id"_qs).toLongLong(), u"stand"_qs,
                                     oldCode, p.value),
                      {field, stand(oldCode), stand(p.value.toString())});
        else {
            const qint64 id = c.allocateKey(Table::Nachnutzung);
            row.queue(Change::insert(Table::Nachnutzung, id,
                                     {{u"id"_qs, id},
                                      {u"projekt_id"_qs, projekt},
                                      {u"land_id"_qs, land->id},
                                      {u"stand"_qs, p.value}}),
                      {field, Tr::tr("leer"), stand(p.value.toString())});
        }
    }
}

} // namespace

ImportPlan planProjekte(Catalog &c, const tabular::Table &t)
{
    ImportPlan plan;
    const Columns cols(t,
                       QStringList{u"projekt_id"_qs, u"themenfeld"_qs, u"koordination"_qs, u"budget_euro"_qs,
                                   u"leistungen"_qs, u"nachnutzung:"_qs} +
                           kProjektFields,
                       {u"name"_qs}, plan);
    const PlanSnapshot snapshot = c.loadPlan(PlanDetail::Summary);
    QHash<QString, QString> columnOf{{u"koordination_id"_qs, u"koordination"_qs},
                                     {u"budget_cent"_qs, u"budget_euro"_qs}};
    for (const QString &f : kProjektFields)
        columnOf.insert(f, f);
    QHash<QString, int> seen;
    for (int i = 0; i < t.rows.size(); ++i) {
        RowBuilder row(plan, t, i, cols);
        row.row().key = Tr::tr("Projekt %1").arg(quoted(row.cell(u"name"_qs)));
        if (!row.sizeOk()) {
            row.finish(false);
            continue;
        }
        bool found = false;
        const Projekt *existing = projektOf(row, snapshot, u"name"_qs, found);
        const QString seenKey =
            existing ? QString::number(existing->id)
                     : row.cell(u"themenfeld"_qs).toLower() + u'|' + row.cell(u"name"_qs).toLower();
        if (found && seen.contains(seenKey))
            row.rowProblem(Tr::tr("dasselbe Projekt steht schon in Zeile %1").arg(seen.value(seenKey)));
        seen.insert(seenKey, row.row().line);
        QVariantMap values;
        for (const QString &f : kProjektFields)
            row.parse(f, Table::Projekt, f, values);
        if (row.hasCell(u"koordination"_qs))
            if (auto k = row.beteiligter(snapshot, u"koordination"_qs))
                values.insert(u"koordination_id"_qs, *k);
        if (row.hasCell(u"budget_euro"_qs)) {
            const values::Parsed b = values::euroCents(row.cell(u"budget_euro"_qs));
            if (b.ok())
                values.insert(u"budget_cent"_qs, b.value);
            else
                row.problem(u"budget_euro"_qs, b.error);
        }
        if (existing && row.hasCell(u"themenfeld"_qs) && !row.cell(u"themenfeld"_qs).isEmpty()) {
            const Themenfeld *tf = themenfeldNamed(snapshot, row.cell(u"themenfeld"_qs));
            if (!tf || tf->id != existing->themenfeldId)
                row.problem(u"themenfeld"_qs, Tr::tr("das Projekt gehört zu einem anderen Themenfeld"));
        }
        if (row.failed() || !found) {
            row.finish(!existing);
            continue;
        }
        qint64 id = 0;
        if (existing) {
            id = existing->id;
            row.update(c, Table::Projekt, id, values, columnOf);
        } else {
            id = c.allocateKey(Table::Projekt);
            values.insert(u"themenfeld_id"_qs, themenfeldNamed(snapshot, row.cell(u"themenfeld"_qs))->id);
            row.insert(c, Table::Projekt, id, values, columnOf);
        }
        row.row().key =
            Tr::tr("Projekt %1").arg(quoted(existing ? existing->name : values.value(u"name"_qs).toString()));
        if (row.hasCell(u"leistungen"_qs))
            leistungen(row, c, id, existing ? existing->leistungen : QList<int>());
        nachnutzung(row, c, cols, snapshot, id);
        row.finish(!existing);
    }
    return plan;
}

ImportPlan planMeilensteine(Catalog &c, const tabular::Table &t)
{
    ImportPlan plan;
    const Columns cols(t,
                       QStringList{u"meilenstein_id"_qs, u"projekt_id"_qs, u"themenfeld"_qs, u"projekt"_qs,
                                   u"abnahme_durch"_qs, u"ozg_id"_qs} +
                           kMeilensteinFields,
                       {u"titel"_qs}, plan);
    const PlanSnapshot snapshot = c.loadPlan(PlanDetail::Summary);
    QHash<QString, QString> columnOf{
        {u"abnahme_durch"_qs, u"abnahme_durch"_qs}, {u"ozg_id"_qs, u"ozg_id"_qs}, {u"phase"_qs, u"phase"_qs}};
    for (const QString &f : kMeilensteinFields)
        columnOf.insert(f, f);
    QHash<qint64, int> nextOrder; // project → next sort order for added milestones
    QHash<QString, int> seen;
    for (int i = 0; i < t.rows.size(); ++i) {
        RowBuilder row(plan, t, i, cols);
        row.row().key = Tr::tr("Meilenstein %1").arg(quoted(row.cell(u"titel"_qs)));
        if (!row.sizeOk()) {
            row.finish(false);
            continue;
        }
        const Meilenstein *existing = nullptr;
        const Projekt *projekt = nullptr;
        if (const QString idText = row.cell(u"meilenstein_id"_qs); !idText.isEmpty()) {
            const values::Parsed id = values::integer(idText);
            for (const Meilenstein &m : snapshot.meilensteine)
                if (id.ok() && m.id == id.value.toLongLong())
                    existing = &m;
            if (!existing)
                row.problem(u"meilenstein_id"_qs,
                            Tr::tr("einen Meilenstein mit der Nummer %1 gibt es nicht (für einen neuen "
                                   "das Feld leer lassen)")
                                .arg(idText));
        }
        bool found = false;
        if (!existing && !row.failed()) {
            projekt = projektOf(row, snapshot, u"projekt"_qs, found);
            if (found && !projekt)
                row.problem(u"projekt"_qs,
                            Tr::tr("das Projekt %1 gibt es nicht; zuerst die Projekte importieren")
                                .arg(quoted(row.cell(u"projekt"_qs))));
            const QString titel = row.cell(u"titel"_qs);
            if (projekt)
                for (const Meilenstein &m : snapshot.meilensteine)
                    if (m.projektId == projekt->id && sameName(m.titel, titel)) {
                        if (existing)
                            row.problem(u"titel"_qs,
                                        Tr::tr("%1 heißen im Projekt mehrere Meilensteine; bitte "
                                               "meilenstein_id angeben")
                                            .arg(quoted(titel)));
                        existing = &m;
                    }
        }
        if (existing || projekt) {
            const QString k = existing ? QString::number(existing->id)
                                       : u"%1|%2"_qs.arg(projekt->id).arg(row.cell(u"titel"_qs).toLower());
            if (seen.contains(k))
                row.rowProblem(Tr::tr("derselbe Meilenstein steht schon in Zeile %1").arg(seen.value(k)));
            seen.insert(k, row.row().line);
        }
        QVariantMap values;
        for (const QString &f : kMeilensteinFields)
            row.parse(f, Table::Meilenstein, f, values);
        if (row.hasCell(u"abnahme_durch"_qs))
            if (auto b = row.beteiligter(snapshot, u"abnahme_durch"_qs))
                values.insert(u"abnahme_durch"_qs, *b);
        if (row.hasCell(u"ozg_id"_qs) && row.parse(u"ozg_id"_qs, Table::Meilenstein, col::ozgId, values) &&
            !values.value(u"ozg_id"_qs).isNull() &&
            !c.row(Table::Leistung, values.value(u"ozg_id"_qs).toInt()))
            row.problem(u"ozg_id"_qs,
                        Tr::tr("die OZG-Leistung %1 gibt es nicht").arg(values.value(u"ozg_id"_qs).toInt()));
        // Titles repeat across projects ("MVP", "Go-live"): the preview names the project too.
        const qint64 projektId = existing ? existing->projektId : projekt ? projekt->id : 0;
        for (const Projekt &p : snapshot.projekte)
            if (p.id == projektId)
                row.row().key = Tr::tr("Meilenstein %1 (%2)")
                                    .arg(quoted(existing ? existing->titel : row.cell(u"titel"_qs)), p.name);
        if (row.failed() || (!existing && !projekt)) {
            row.finish(!existing);
            continue;
        }
        if (existing) {
            row.update(c, Table::Meilenstein, existing->id, values, columnOf);
        } else {
            int &order = nextOrder[projekt->id];
            for (const Meilenstein &m : snapshot.meilensteine)
                if (m.projektId == projekt->id)
                    order = std::max(order, m.sortOrder + 1);
            values.insert(u"projekt_id"_qs, projekt->id);
            values.insert(u"sort_order"_qs, order++);
            row.insert(c, Table::Meilenstein, c.allocateKey(Table::Meilenstein), values, columnOf);
        }
        row.finish(!existing);
    }
    return plan;
}

} // namespace tfp::exchange::detail
