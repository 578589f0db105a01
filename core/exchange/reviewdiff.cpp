#include "reviewdiff.h"

#include "tr.h"

#include "error.h"
#include "storage/catalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QSet>

namespace tfp {

using namespace schema;

namespace {

QVariantList normalised(const TableDef &def, const QVariantList &values)
{
    QVariantList out;
    out.reserve(values.size());
    for (int i = 0; i < def.columns.size(); ++i) {
        const Checked c = check(def.columns[i], values[i]);
        out.append(c.ok() ? c.value : values[i]);
    }
    return out;
}

QString rowId(const QString &table, qint64 key)
{
    return table + u'/' + QString::number(key);
}

} // namespace

QList<TableDiff> diffReviewPackage(const OpenedReviewPackage &package)
{
    // Every change made in the program is in the package's journal: a row inserted or deleted (spalte empty)
    // or a field. A difference from the base without one was made behind the program's back.
    QSet<QString> rowEvents, fieldEvents;
    for (const JournalEntry &e : package.catalog->journal(0)) {
        if (e.column.isEmpty())
            rowEvents.insert(rowId(e.table, e.key));
        else
            fieldEvents.insert(rowId(e.table, e.key) + u'/' + e.column);
    }
    const auto unexplained = [&](const TableDef &def, qint64 key, const QString &column) {
        const QString row = rowId(def.name, key);
        if (rowEvents.contains(row) || (!column.isEmpty() && fieldEvents.contains(row + u'/' + column)))
            return;
        throw Error(
            exchange::Tr::tr(
                "Das Workshop-Paket „%1“ wurde außerhalb von Themenfeldplaner verändert: %2 %3%4 weicht "
                "vom Ausgangsstand ab, ohne dass eine Änderung verzeichnet ist.")
                .arg(QDir::toNativeSeparators(package.path), def.name)
                .arg(key)
                .arg(column.isEmpty() ? QString() : exchange::Tr::tr(", Feld „%1“").arg(column)));
    };

    // static_cast, not qsizetype(…): clang (the fuzz build) reads that as a function declaration.
    QList<TableDiff> diff(static_cast<qsizetype>(Table::Count));
    for (const TableDef &def : tables()) {
        TableDiff &d = diff[qsizetype(def.id)];
        const QMap<qint64, QVariantList> &base = package.base.rows(def.id);
        QSet<qint64> seen;
        package.catalog->forEachRow(def.id, [&](const QVariantList &raw) {
            const QVariantList now = normalised(def, raw);
            const qint64 key = now[0].toLongLong();
            seen.insert(key);
            const auto b = base.constFind(key);
            if (b == base.cend()) {
                unexplained(def, key, {});
                d.inserted.insert(key, now);
                return;
            }
            for (int i = 1; i < def.columns.size(); ++i) {
                if (sameValue(b.value()[i], now[i]))
                    continue;
                unexplained(def, key, def.columns[i].name);
                d.updated.insert(key, {b.value(), now});
            }
        });
        for (auto b = base.cbegin(); b != base.cend(); ++b) {
            if (seen.contains(b.key()))
                continue;
            unexplained(def, b.key(), {});
            d.deleted.insert(b.key(), b.value());
        }
    }
    return diff;
}

} // namespace tfp
