// What an attacker does to a workshop package: plain SQL on the file, outside the program, with a journal row
// for every change and the unkeyed checksum of the facts and base computed again, so that every check that
// does not know the catalog's secret passes.
#pragma once

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>

namespace tfp::test {

// Runs the statements on the file with foreign keys off (as the sqlite3 shell has them).
inline void tamper(const QString &path, const QStringList &statements)
{
    const QString connection = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, connection);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(u"PRAGMA foreign_keys = OFF"_qs));
        for (const QString &s : statements) {
            INFO(s.toStdString());
            INFO(q.lastError().text().toStdString());
            REQUIRE(q.exec(s));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

// A journal row that "explains" a change (column empty: a row inserted or deleted).
inline QString journalRow(const QString &table, qint64 key, const QString &column = {})
{
    return u"INSERT INTO journal (revision, zeitpunkt, autor, quelle, beschreibung, entity_table, "
           u"entity_key, "
           "spalte, alt, neu) VALUES (1, '2026-12-05T10:00:00.000Z', 'workshop', '', '', '%1', %2, '%3', '', "
           "'')"_qs.arg(table)
               .arg(key)
               .arg(column);
}

// The first value of a query on the file.
inline QString queryValue(const QString &path, const QString &sql)
{
    const QString connection = QUuid::createUuid().toString();
    QString value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, connection);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(sql));
        if (q.next())
            value = q.value(0).toString();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return value;
}

} // namespace tfp::test
