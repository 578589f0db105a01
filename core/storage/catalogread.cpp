// The Catalog's reading side: revision, counts, single rows and values, rows by a column, whole tables in key
// order and the change journal.
#include "catalog.h"

#include "catalogfile.h"
#include "error.h"
#include "sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>

namespace tfp {

using namespace schema;

using namespace catalogfile;

qint64 Catalog::revision() const
{
    QSqlQuery &q = prepared(sql::selectMeta(kMeta));
    q.bindValue(0, u"revision"_qs);
    qint64 r = 0;
    if (q.exec() && q.next())
        r = q.value(0).toLongLong();
    q.finish();
    return r;
}

qint64 Catalog::count(Table t) const
{
    QSqlQuery &q = prepared(sql::count(table(t)));
    qint64 n = 0;
    if (q.exec() && q.next())
        n = q.value(0).toLongLong();
    q.finish();
    return n;
}

QList<Catalog::LongText> Catalog::longTexts(Table t, qint64 maxChars, int limit) const
{
    const auto &def = table(t);
    const QString sql = sql::longTexts(def, maxChars, limit);
    QList<LongText> out;
    if (sql.isEmpty())
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    if (!q.exec(sql))
        throw Error(q.lastError().text());
    while (q.next()) {
        int i = 1;
        for (const Column &c : def.columns)
            if (c.type == Type::Text)
                if (const qint64 length = q.value(i++).toLongLong(); length > maxChars)
                    out.append({q.value(0).toLongLong(), c.name, length});
    }
    return out;
}

std::optional<QVariantMap> Catalog::row(Table t, qint64 key) const
{
    const auto &def = table(t);
    QSqlQuery &q = prepared(sql::selectRow(def));
    q.bindValue(0, key);
    if (!q.exec())
        throw Error(q.lastError().text());
    if (!q.next()) {
        q.finish();
        return std::nullopt;
    }
    QVariantMap m;
    for (int i = 0; i < def.columns.size(); ++i)
        m.insert(def.columns[i].name, q.value(i));
    q.finish();
    return m;
}

QVariant Catalog::value(Table t, qint64 key, QStringView column) const
{
    const auto &def = table(t);
    def.column(column);
    QSqlQuery &q = prepared(sql::selectField(def, column.toString()));
    q.bindValue(0, key);
    QVariant v;
    if (q.exec() && q.next())
        v = q.value(0);
    q.finish();
    return v;
}

QList<QVariantMap> Catalog::rowsWhere(Table t, QStringView column, const QVariant &value) const
{
    const auto &def = table(t);
    def.column(column);
    QSqlQuery &q = prepared(sql::selectWhere(def, column.toString()));
    q.bindValue(0, value);
    if (!q.exec())
        throw Error(q.lastError().text());
    QList<QVariantMap> out;
    while (q.next()) {
        QVariantMap m;
        for (int i = 0; i < def.columns.size(); ++i)
            m.insert(def.columns[i].name, q.value(i));
        out.append(m);
    }
    q.finish();
    return out;
}

void Catalog::forEachRow(Table t, const std::function<void(const QVariantList &)> &fn) const
{
    const auto &def = table(t);
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    if (!q.exec(sql::selectAll(def)))
        throw Error(q.lastError().text());
    QVariantList values;
    values.resize(def.columns.size());
    while (q.next()) {
        for (int i = 0; i < def.columns.size(); ++i)
            values[i] = q.value(i);
        fn(values);
    }
}

namespace {
QList<JournalEntry> readJournal(QSqlQuery &q)
{
    if (!q.exec())
        throw Error(q.lastError().text());
    QList<JournalEntry> out;
    while (q.next()) {
        out.append(catalogfile::journalEntryAt(q));
    }
    q.finish();
    return out;
}
} // namespace

QList<JournalEntry> Catalog::journal(qint64 sinceRevision) const
{
    QSqlQuery &q = prepared(sql::selectJournal(kJournal));
    q.bindValue(0, sinceRevision);
    return readJournal(q);
}

QList<JournalEntry> Catalog::journalFor(Table t, qint64 key) const
{
    QSqlQuery &q = prepared(sql::selectJournalFor(kJournal));
    q.bindValue(0, table(t).name);
    q.bindValue(1, key);
    return readJournal(q);
}

QList<JournalEntry> Catalog::journalOf(Table t, qint64 sinceRevision) const
{
    QSqlQuery &q = prepared(sql::selectJournalOfTable(kJournal));
    q.bindValue(0, table(t).name);
    q.bindValue(1, sinceRevision);
    return readJournal(q);
}

} // namespace tfp
