// Reading catalog rows into the PlanSnapshot's plain values: a typed forward-only query over one table and
// one reader per table, shared by Catalog::loadPlan (every row) and Catalog::refresh (the rows a change
// touched).
#pragma once

#include "codes.h"
#include "domain/plan.h"
#include "error.h"
#include "schema.h"
#include "sqldialect.h"

#include <QHash>

#include <sqlite3.h>

struct pg_conn;
struct pg_result;

#include <algorithm>
#include <optional>
#include <type_traits>

namespace tfp::planrows {

using namespace schema;

// Repeated text (LeiKa types and laws, milestone titles, workshop participants, Lage and Land names in
// several places) becomes one shared QString per distinct value: the snapshot holds each value once, and a
// repeated cell costs a hash look-up instead of a UTF-16 conversion and an allocation. Lives as long as one
// Rows; its keys go with it.
class StringPool
{
public:
    QString get(const char *utf8, int size);

private:
    QHash<QByteArray, QString> m_strings;
};

// A query over one table's rows (all, or those where a column has a value) with typed access by column,
// straight through SQLite's C API on the Catalog's own connection (QSqlDriver::handle()). The same
// connection, not a second one: a read sees exactly what the Catalog sees, inside loadPlan's read transaction
// (one commit for every table, whatever another process writes meanwhile) and inside apply's or create's
// write transaction (its own uncommitted rows), with the connection's pragmas (trusted_schema, busy_timeout)
// and its WAL read lock; a second connection would need all of that again and would miss uncommitted rows.
// The statement is finalised when Rows goes, so none is left open for QtSql's COMMIT or ROLLBACK. The SQL
// comes from core/storage/sqldialect.* and selects the table's columns in schema order.
// On a server catalog (QPSQL) the same: straight through libpq on the Catalog's own connection, its rows
// read as text (PostgreSQL's text form of a double gives back the same double).
class Rows
{
public:
    Rows(const QString &connection, Table t, QStringView whereColumn = {}, const QVariant &value = {})
        : Rows(connection, t,
               whereColumn.isEmpty() ? sql::selectAll(table(t))
                                     : sql::selectWhere(table(t), whereColumn.toString()),
               whereColumn.isEmpty() ? QVariantList() : QVariantList{value})
    {
    }
    // Any query that selects the table's columns in their order.
    Rows(const QString &connection, Table t, const QString &select, const QVariantList &binds);
    // A query whose columns are not one table's (no en()).
    Rows(const QString &connection, const QString &select) : Rows(connection, Table::Count, select, {}) {}
    ~Rows();
    Rows(const Rows &) = delete;
    Rows &operator=(const Rows &) = delete;

    bool next();
    bool isNull(int i) const;
    qint64 i64(int i) const;
    int i32(int i) const { return int(i64(i)); }
    double dbl(int i) const;
    QString str(int i) const;
    QDate date(int i) const;
    template <typename T> std::optional<T> opt(int i) const
    {
        if (isNull(i))
            return std::nullopt;
        if constexpr (std::is_floating_point_v<T>)
            return T(dbl(i));
        else
            return T(i64(i));
    }
    template <typename E> E en(int i, QStringView column) const
    {
        return static_cast<E>(enumIndex(i, column));
    }

private:
    int enumIndex(int i, QStringView column) const;
    // The cell as UTF-8 bytes (null for NULL) and its length.
    const char *cell(int i, int &size) const;

    const TableDef *m_def;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    pg_result *m_pg = nullptr;
    int m_pgRow = -1;
    int m_pgRows = 0;
    mutable StringPool m_strings;
};

// Values of one row in the table's column order, as QtSql and the plan document give them; read with the same
// conversions the loader used before it read SQLite directly (a test compares the two).
class ValueRow
{
public:
    ValueRow(Table t, const QVariantList &values) : m_t(t), m_values(values) {}
    bool isNull(int i) const { return m_values.value(i).isNull(); }
    qint64 i64(int i) const { return m_values.value(i).toLongLong(); }
    int i32(int i) const { return m_values.value(i).toInt(); }
    double dbl(int i) const { return m_values.value(i).toDouble(); }
    QString str(int i) const { return m_values.value(i).toString(); }
    QDate date(int i) const { return QDate::fromString(m_values.value(i).toString(), Qt::ISODate); }
    template <typename T> std::optional<T> opt(int i) const
    {
        const QVariant x = m_values.value(i);
        if (x.isNull())
            return std::nullopt;
        return x.value<T>();
    }
    template <typename E> E en(int i, QStringView column) const
    {
        return enumFromCode<E>(m_t, column, m_values.value(i).toString());
    }

private:
    Table m_t;
    const QVariantList &m_values;
};

// One reader per value type, for both row sources.
template <typename R> Themenfeld read(const R &r, std::type_identity<Themenfeld>);
template <typename R> Lage read(const R &r, std::type_identity<Lage>);
template <typename R> Leistung read(const R &r, std::type_identity<Leistung>);
template <typename R> LeikaLeistung read(const R &r, std::type_identity<LeikaLeistung>);
template <typename R> Abhaengigkeit read(const R &r, std::type_identity<Abhaengigkeit>);
template <typename R> Beteiligter read(const R &r, std::type_identity<Beteiligter>);
template <typename R> Federfuehrung read(const R &r, std::type_identity<Federfuehrung>);
template <typename R> Projekt read(const R &r, std::type_identity<Projekt>);
template <typename R> Nachnutzung read(const R &r, std::type_identity<Nachnutzung>);
template <typename R> Meilenstein read(const R &r, std::type_identity<Meilenstein>);
template <typename R> MeilensteinAbhaengigkeit read(const R &r, std::type_identity<MeilensteinAbhaengigkeit>);
template <typename R> Zahlung read(const R &r, std::type_identity<Zahlung>);
template <typename R> Onlinedienst read(const R &r, std::type_identity<Onlinedienst>);
template <typename R> Kriterium read(const R &r, std::type_identity<Kriterium>);
template <typename R> Bewertung read(const R &r, std::type_identity<Bewertung>);
template <typename R> Stimme read(const R &r, std::type_identity<Stimme>);
template <typename R> Risiko read(const R &r, std::type_identity<Risiko>);
template <typename T, typename R> T read(const R &r)
{
    return read(r, std::type_identity<T>{});
}

template <typename T> void readAll(Rows &&r, QList<T> &out, qsizetype reserve = 0)
{
    out.reserve(reserve);
    while (r.next())
        out.append(read<T>(r));
}

template <typename T> void readAll(const QString &connection, Table t, QList<T> &out, qsizetype reserve = 0)
{
    readAll(Rows(connection, t), out, reserve);
}

inline qint64 keyOf(const Leistung &l)
{
    return l.ozgId;
}
template <typename T> qint64 keyOf(const T &x)
{
    return x.id;
}

// Replaces, inserts or removes the one row with this key, keeping the list sorted by key.
template <typename T> void refreshRow(const QString &connection, Table t, QList<T> &list, qint64 key)
{
    auto it =
        std::lower_bound(list.begin(), list.end(), key, [](const T &x, qint64 k) { return keyOf(x) < k; });
    const bool present = it != list.end() && keyOf(*it) == key;
    Rows r(connection, t, table(t).key, key);
    if (r.next()) {
        T fresh = read<T>(r);
        if (present)
            *it = std::move(fresh);
        else
            list.insert(it, std::move(fresh));
    } else if (present) {
        list.erase(it);
    }
}

// refreshRow for many keys of one table: one query per 500 keys instead of one per key (a pasted block of
// scores, a status set for hundreds of Leistungen). keys holds no key twice.
template <typename T>
void refreshRows(const QString &connection, Table t, QList<T> &list, const QList<qint64> &keys)
{
    constexpr qsizetype kPerQuery = 500;
    if (keys.size() < 4) {
        for (qint64 key : keys)
            refreshRow(connection, t, list, key);
        return;
    }
    QHash<qint64, T> fresh;
    fresh.reserve(keys.size());
    for (qsizetype from = 0; from < keys.size(); from += kPerQuery) {
        const QList<qint64> part = keys.mid(from, kPerQuery);
        QVariantList binds;
        binds.reserve(part.size());
        for (qint64 key : part)
            binds.append(key);
        Rows r(connection, t, sql::selectKeys(table(t), part.size()), binds);
        while (r.next()) {
            T row = read<T>(r);
            const qint64 key = keyOf(row);
            fresh.insert(key, std::move(row));
        }
    }
    for (qint64 key : keys) {
        auto it = std::lower_bound(list.begin(), list.end(), key,
                                   [](const T &x, qint64 k) { return keyOf(x) < k; });
        const bool present = it != list.end() && keyOf(*it) == key;
        if (auto f = fresh.find(key); f != fresh.end()) {
            if (present)
                *it = std::move(*f);
            else
                list.insert(it, std::move(*f));
        } else if (present) {
            list.erase(it);
        }
    }
}

template <typename T> T *findByKey(QList<T> &list, qint64 key)
{
    auto it =
        std::lower_bound(list.begin(), list.end(), key, [](const T &x, qint64 k) { return keyOf(x) < k; });
    return it != list.end() && keyOf(*it) == key ? &*it : nullptr;
}

} // namespace tfp::planrows
