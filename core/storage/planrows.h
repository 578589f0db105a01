// Reading catalog rows into the PlanSnapshot's plain values: a typed forward-only query over one table and
// one reader per table, shared by Catalog::loadPlan (every row) and Catalog::refresh (the rows a change
// touched).
#pragma once

#include "codes.h"
#include "domain/plan.h"
#include "error.h"
#include "schema.h"
#include "sqldialect.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <optional>

namespace tfp::planrows {

using namespace schema;

// A query over one table's rows (all, or those where a column has a value) with typed access by column.
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
    Rows(const QString &connection, Table t, const QString &select, const QVariantList &binds)
        : m_def(table(t)), m_query(QSqlDatabase::database(connection, false))
    {
        m_query.setForwardOnly(true);
        bool ok = m_query.prepare(select);
        for (const QVariant &b : binds)
            m_query.addBindValue(b);
        if (!ok || !m_query.exec())
            throw Error(m_query.lastError().text());
    }
    bool next() { return m_query.next(); }
    QVariant v(int i) const { return m_query.value(i); }
    qint64 i64(int i) const { return m_query.value(i).toLongLong(); }
    int i32(int i) const { return m_query.value(i).toInt(); }
    double dbl(int i) const { return m_query.value(i).toDouble(); }
    QString str(int i) const { return m_query.value(i).toString(); }
    QDate date(int i) const { return QDate::fromString(m_query.value(i).toString(), Qt::ISODate); }
    template <typename T> std::optional<T> opt(int i) const
    {
        const QVariant x = m_query.value(i);
        if (x.isNull())
            return std::nullopt;
        return x.value<T>();
    }
    template <typename E> E en(int i, QStringView column) const
    {
        return enumFromCode<E>(m_def.id, column, m_query.value(i).toString());
    }

private:
    const TableDef &m_def;
    QSqlQuery m_query;
};

template <typename T> T read(const Rows &r);
template <> Themenfeld read(const Rows &r);
template <> Lage read(const Rows &r);
template <> Leistung read(const Rows &r);
template <> LeikaLeistung read(const Rows &r);
template <> Abhaengigkeit read(const Rows &r);
template <> Beteiligter read(const Rows &r);
template <> Federfuehrung read(const Rows &r);
template <> Projekt read(const Rows &r);
template <> Nachnutzung read(const Rows &r);
template <> Meilenstein read(const Rows &r);
template <> Zahlung read(const Rows &r);
template <> Onlinedienst read(const Rows &r);
template <> Kriterium read(const Rows &r);
template <> Bewertung read(const Rows &r);
template <> Stimme read(const Rows &r);
template <> Risiko read(const Rows &r);

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

template <typename T> T *findByKey(QList<T> &list, qint64 key)
{
    auto it =
        std::lower_bound(list.begin(), list.end(), key, [](const T &x, qint64 k) { return keyOf(x) < k; });
    return it != list.end() && keyOf(*it) == key ? &*it : nullptr;
}

} // namespace tfp::planrows
