// From a merge plan to its one ChangeSet: what is taken, in an order the catalog accepts (new rows parents
// first, then fields, then deletions children first), after checking every value against the edit rules on
// the state the merge would produce.
#include "reviewmerge.h"

#include "tr.h"

#include "edit/edits.h"
#include "error.h"
#include "storage/catalog.h"

#include <QCoreApplication>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>

namespace tfp {

using namespace schema;

namespace {

QString rowId(Table t, const QVariant &key)
{
    return table(t).name + u'/' + QString::number(key.toLongLong());
}

bool taken(const MergeItem &i, bool conflict)
{
    return !conflict || i.resolution == MergeSide::Package;
}

// The rows a change points to (references, and the row a comment is about).
QStringList pointsTo(const Change &c)
{
    const TableDef &def = table(c.table);
    QStringList out;
    const auto add = [&](const Column &column, const QVariant &value, const QVariantMap &row) {
        if (value.isNull() || !value.isValid())
            return;
        if (column.references)
            out << rowId(*column.references, value);
        else if (c.table == Table::Kommentar && column.name == col::entityKey)
            if (const auto t = tableByName(row.value(col::entityTable.toString()).toString()))
                out << rowId(*t, value);
    };
    if (c.kind == Change::Kind::Insert)
        for (const Column &column : def.columns)
            add(column, c.row.value(column.name), c.row);
    else if (c.kind == Change::Kind::Update && c.column != col::entityKey)
        add(def.column(c.column), c.newValue, {});
    return out;
}

ChangeSet build(const ReviewMergePlan &plan)
{
    QList<const Change *> inserts, updates;
    QList<const MergeItem *> deletions;
    const auto collect = [&](const QList<MergeItem> &items, bool conflicts) {
        for (const MergeItem &i : items) {
            if (!taken(i, conflicts))
                continue;
            if (i.kind == MergeItem::Kind::Delete) {
                deletions.append(&i);
                continue;
            }
            for (const Change &c : i.changes)
                (c.kind == Change::Kind::Insert ? inserts : updates).append(&c);
        }
    };
    collect(plan.applied, false);
    collect(plan.conflicts, true);
    std::stable_sort(inserts.begin(), inserts.end(),
                     [](const Change *a, const Change *b) { return a->table < b->table; });
    std::stable_sort(deletions.begin(), deletions.end(),
                     [](const MergeItem *a, const MergeItem *b) { return a->table > b->table; });

    // A field of a row this merge deletes is not set (the deletion's inverse restores the row as it was), and
    // a link that both a field change and a deletion clear is cleared once.
    QSet<QString> deleted, fields, gone;
    for (const MergeItem *d : std::as_const(deletions))
        for (const Change &c : d->changes)
            if (c.kind == Change::Kind::Delete)
                deleted.insert(rowId(c.table, c.key));
    ChangeSet cs(plan.description());
    for (const Change *c : std::as_const(inserts))
        cs.append(*c);
    const auto update = [&](const Change &c) {
        const QString row = rowId(c.table, c.key);
        if (!deleted.contains(row) && !fields.contains(row + u'/' + c.column)) {
            fields.insert(row + u'/' + c.column);
            cs.append(c);
        }
    };
    for (const Change *c : std::as_const(updates))
        update(*c);
    for (const MergeItem *d : std::as_const(deletions)) {
        for (const Change &c : d->changes) {
            if (c.kind == Change::Kind::Update)
                update(c);
            else if (!gone.contains(rowId(c.table, c.key))) {
                gone.insert(rowId(c.table, c.key));
                cs.append(c);
            }
        }
    }
    cs.meta = {plan.record};
    return cs;
}

// The edit rules for what an item writes, read on the state after the merge.
void checkItem(const Catalog &catalog, const MergeItem &i)
{
    if (i.kind == MergeItem::Kind::Update) {
        edit::checkField(catalog, i.table, i.key, i.column, i.package);
    } else if (i.kind == MergeItem::Kind::Insert) {
        const TableDef &def = table(i.table);
        for (int c = 1; c < def.columns.size(); ++c)
            edit::checkField(catalog, i.table, i.key, def.columns[c].name, i.row.value(def.columns[c].name));
    }
}

// Moves the items with these ids (with their reasons) from applied and conflicts to rejected.
void reject(ReviewMergePlan &plan, const QHash<QString, QString> &reasons)
{
    for (QList<MergeItem> *list : {&plan.applied, &plan.conflicts}) {
        list->removeIf([&](const MergeItem &i) {
            if (!reasons.contains(i.id))
                return false;
            MergeItem r = i;
            r.note = reasons.value(i.id);
            plan.rejected.append(r);
            return true;
        });
    }
}

// Items that point to a new row the merge does not add (refused, or a conflict not decided for the package).
QHash<QString, QString> orphans(const ReviewMergePlan &plan)
{
    QHash<QString, QString> missing; // row → its label
    const auto notAdded = [&](const MergeItem &i) {
        if (i.kind == MergeItem::Kind::Insert)
            for (const Change &c : i.changes)
                missing.insert(rowId(c.table, c.key), i.label);
    };
    for (const MergeItem &i : plan.rejected)
        notAdded(i);
    for (const MergeItem &i : plan.conflicts)
        if (!taken(i, true))
            notAdded(i);
    QHash<QString, QString> out;
    const auto check = [&](const QList<MergeItem> &items, bool conflicts) {
        for (const MergeItem &i : items) {
            if (!taken(i, conflicts))
                continue;
            for (const Change &c : i.changes)
                for (const QString &row : pointsTo(c))
                    if (missing.contains(row))
                        out.insert(i.id, exchange::Tr::tr("hängt an %1, das nicht übernommen wird")
                                             .arg(missing.value(row)));
        }
    };
    check(plan.applied, false);
    check(plan.conflicts, true);
    return out;
}

} // namespace

namespace {

// Each round takes out what the rules refuse; what is left can be refused only through what was taken out (a
// Leistung's Ziel checked against an Ist that is no longer set), so the rounds end.
void checkRules(Catalog &catalog, ReviewMergePlan &plan)
{
    for (;;) {
        for (auto lost = orphans(plan); !lost.isEmpty(); lost = orphans(plan))
            reject(plan, lost);
        QHash<QString, QString> refused;
        try {
            catalog.probe(build(plan), [&] {
                const auto checkAll = [&](const QList<MergeItem> &items, bool conflicts) {
                    for (const MergeItem &i : items) {
                        if (!taken(i, conflicts))
                            continue;
                        try {
                            checkItem(catalog, i);
                        } catch (const Error &e) {
                            refused.insert(i.id, e.message());
                        }
                    }
                };
                checkAll(plan.applied, false);
                checkAll(plan.conflicts, true);
            });
        } catch (const Error &e) {
            throw Error(exchange::Tr::tr("Das Workshop-Paket „%1“ kann so nicht übernommen werden: %2")
                            .arg(plan.fileName, e.message()));
        }
        if (refused.isEmpty())
            return;
        reject(plan, refused);
    }
}

} // namespace

void validateReviewMerge(Catalog &catalog, ReviewMergePlan &plan)
{
    if (plan.alreadyMerged)
        return;
    if (!catalog.isReadOnly()) {
        checkRules(catalog, plan);
        return;
    }
    // Open only for reading (a dry run, or another program writes): the rules run on a copy, so that the
    // catalog file is not even opened for writing.
    QTemporaryDir dir;
    if (!dir.isValid())
        throw Error(
            exchange::Tr::tr("Für die Prüfung des Workshop-Pakets „%1“ fehlt ein temporärer Ordner: %2")
                .arg(plan.fileName, dir.errorString()));
    const QString copy = dir.filePath(u"pruefung.tfplan"_qs);
    catalog.saveCopy(copy);
    checkRules(*Catalog::open(copy, Catalog::Access::ReadWrite, Catalog::Verify::HeaderOnly), plan);
}

void checkReviewMergeApplicable(const ReviewMergePlan &plan)
{
    if (plan.alreadyMerged)
        return;
    if (const qsizetype open = plan.openConflicts())
        throw Error(
            exchange::Tr::tr(
                "Das Workshop-Paket „%1“ wird nicht übernommen: noch nicht entschiedene Konflikte: %2. "
                "Entscheiden Sie jeden für den Katalog oder das Paket.")
                .arg(plan.fileName)
                .arg(open));
    if (plan.applied.isEmpty() && plan.conflicts.isEmpty() && !plan.rejected.isEmpty()) {
        // Nothing but refusals: the package is refused as a whole and not even recorded as merged.
        const qsizetype shown = std::min<qsizetype>(plan.rejected.size(), 3);
        QStringList refused;
        for (const MergeItem &i : plan.rejected.first(shown))
            refused << exchange::Tr::tr("%1: %2").arg(i.label,
                                                      i.note.endsWith(u'.') ? i.note.chopped(1) : i.note);
        if (plan.rejected.size() > shown)
            refused << exchange::Tr::tr("%1 weitere").arg(plan.rejected.size() - shown);
        throw Error(
            exchange::Tr::tr(
                "Das Workshop-Paket „%1“ wird nicht übernommen, keine seiner Änderungen ist zulässig: "
                "%2. Es wurde nichts geändert.")
                .arg(plan.fileName, refused.join(u"; ")));
    }
}

ChangeSet reviewMergeChanges(Catalog &catalog, ReviewMergePlan &plan)
{
    if (plan.alreadyMerged)
        return {};
    checkReviewMergeApplicable(plan);
    validateReviewMerge(catalog, plan);
    checkReviewMergeApplicable(plan);
    return build(plan);
}

} // namespace tfp
