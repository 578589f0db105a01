// Catalog::dependents and Catalog::removal: who references a row, and the deletes (children first) and
// nullings that remove it with everything that depends on it, so that the inverse restores it all.
#include "catalog.h"

#include "sqldialect.h"

#include <QSet>
#include <QSqlQuery>

namespace tfp {

using namespace schema;

QList<Dependent> Catalog::dependents(Table t, qint64 key) const
{
    QList<Dependent> out;
    for (const auto &def : tables()) {
        qint64 n = 0;
        for (const Column &c : def.columns) {
            if (c.references != t || c.nullable)
                continue;
            QSqlQuery &q = prepared(sql::countWhere(def, c.name));
            q.bindValue(0, key);
            if (q.exec() && q.next())
                n += q.value(0).toLongLong();
            q.finish();
        }
        if (n > 0)
            out.append({def.id, n});
    }
    return out;
}

void Catalog::collectRemoval(Table t, qint64 key, QList<Change> &out, QSet<QString> &seen) const
{
    const auto &def = table(t);
    const QString id = def.name + u':' + QString::number(key);
    if (seen.contains(id))
        return;
    seen.insert(id);
    const auto self = row(t, key);
    if (!self)
        return;
    for (const auto &child : tables()) {
        for (const Column &c : child.columns) {
            if (c.references != t)
                continue;
            for (const QVariantMap &r : rowsWhere(child.id, c.name, key)) {
                const qint64 childKey = r.value(child.key).toLongLong();
                if (c.nullable) {
                    if (!seen.contains(child.name + u':' + QString::number(childKey)))
                        out.append(Change::update(child.id, childKey, c.name, key, QVariant()));
                } else {
                    collectRemoval(child.id, childKey, out, seen);
                }
            }
        }
    }
    if (t != Table::Kommentar) {
        const auto &k = table(Table::Kommentar);
        for (const QVariantMap &r : rowsWhere(Table::Kommentar, col::entityKey, key))
            if (r.value(col::entityTable.toString()).toString() == def.name)
                collectRemoval(Table::Kommentar, r.value(k.key).toLongLong(), out, seen);
    }
    out.append(Change::remove(t, key, *self));
}

ChangeSet Catalog::removal(Table t, qint64 key, const QString &description) const
{
    ChangeSet cs(description);
    QSet<QString> seen;
    collectRemoval(t, key, cs.changes, seen);
    // A nulling recorded before its row was scheduled for deletion is dropped: the delete restores it on
    // undo.
    QList<Change> filtered;
    for (const Change &c : cs.changes) {
        if (c.kind == Change::Kind::Update &&
            seen.contains(table(c.table).name + u':' + QString::number(c.key))) {
            bool deleted = false;
            for (const Change &d : cs.changes)
                if (d.kind == Change::Kind::Delete && d.table == c.table && d.key == c.key)
                    deleted = true;
            if (deleted)
                continue;
        }
        filtered.append(c);
    }
    cs.changes = filtered;
    return cs;
}

} // namespace tfp
