#include "scheduleedits.h"

#include "changetext.h"
#include "edits.h"

#include "storage/schema.h"

#include <QHash>

namespace tfp::edit {

using namespace schema;

namespace {

// A milestone's date as its successors read it: reached when it is reached, else planned.
QDate termin(const Meilenstein &m)
{
    return m.ist.isValid() ? m.ist : m.geplant;
}

} // namespace

QList<TerminVerschiebung> abhaengigeVerschiebungen(const PlanSnapshot &plan,
                                                   const QList<TerminVerschiebung> &moves)
{
    QHash<qint64, const Meilenstein *> byId;
    for (const Meilenstein &m : plan.meilensteine)
        byId.insert(m.id, &m);
    QHash<qint64, QList<const MeilensteinAbhaengigkeit *>> nachfolger;
    for (const MeilensteinAbhaengigkeit &d : plan.meilensteinAbhaengigkeiten)
        nachfolger[d.haengtAbVon].append(&d);

    // Each milestone's date as the moves leave it; the given moves are fixed, the others may only go later.
    QHash<qint64, QDate> datum;
    for (const TerminVerschiebung &v : moves)
        datum.insert(v.meilensteinId, v.nach);
    auto dateOf = [&](qint64 id) {
        if (const auto it = datum.constFind(id); it != datum.cend())
            return *it;
        const Meilenstein *m = byId.value(id);
        return m ? termin(*m) : QDate();
    };
    QList<qint64> order; // the successors in the order they were first moved
    QList<qint64> offen;
    for (const TerminVerschiebung &v : moves)
        offen.append(v.meilensteinId);
    // The dependencies form no cycle (addMeilensteinAbhaengigkeit refuses one); a file that slipped one past
    // the checks still ends: each milestone can be pushed at most once per dependency.
    qsizetype budget =
        plan.meilensteinAbhaengigkeiten.size() * (plan.meilensteinAbhaengigkeiten.size() + 1) + 1;
    while (!offen.isEmpty() && budget-- > 0) {
        const qint64 vor = offen.takeFirst();
        const QDate vorDatum = dateOf(vor);
        if (!vorDatum.isValid())
            continue;
        for (const MeilensteinAbhaengigkeit *d : nachfolger.value(vor)) {
            const Meilenstein *m = byId.value(d->meilensteinId);
            if (!m || m->ist.isValid() || !m->geplant.isValid() ||
                std::any_of(moves.cbegin(), moves.cend(),
                            [&](const TerminVerschiebung &v) { return v.meilensteinId == m->id; }))
                continue;
            const QDate frueheste = vorDatum.addDays(d->abstandTage);
            if (dateOf(m->id) >= frueheste)
                continue;
            if (!datum.contains(m->id))
                order.append(m->id);
            datum.insert(m->id, frueheste);
            offen.append(m->id);
        }
    }
    QList<TerminVerschiebung> out;
    for (qint64 id : order)
        out.append({id, byId.value(id)->geplant, datum.value(id)});
    return out;
}

QList<TerminVerschiebung> projektVerschiebung(const PlanSnapshot &plan, qint64 projektId, int monate,
                                              int tage)
{
    QList<TerminVerschiebung> out;
    if (monate == 0 && tage == 0)
        return out;
    for (const Meilenstein &m : plan.meilensteine)
        if (m.projektId == projektId && m.geplant.isValid() && !m.ist.isValid())
            out.append({m.id, m.geplant, m.geplant.addMonths(monate).addDays(tage)});
    return out;
}

ChangeSet verschiebeMeilensteine(const Catalog &c, const QList<TerminVerschiebung> &moves, qint64 projektId)
{
    ChangeSet all;
    int moved = 0;
    for (const TerminVerschiebung &v : moves) {
        ChangeSet one = setField(c, Table::Meilenstein, v.meilensteinId, col::geplant, v.nach);
        if (one.changes.isEmpty())
            continue;
        if (moved++ == 0)
            all.description = one.description;
        all.append(one);
    }
    if (projektId != 0 && moved > 0)
        all.description =
            Phrase(Phrase::Msg::ShiftProjekt, moved).arg(rowPhrase(c, Table::Projekt, projektId)).stored();
    else if (moved > 1)
        all.description = Phrase(Phrase::Msg::MoveMeilensteine, moved - 1)
                              .arg(rowPhrase(c, Table::Meilenstein, moves.first().meilensteinId))
                              .arg(Phrase::value(Table::Meilenstein, col::geplant,
                                                 moves.first().nach.toString(Qt::ISODate)))
                              .stored();
    return all;
}

} // namespace tfp::edit
