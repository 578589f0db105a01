// SQL text built from the schema definitions. Kept portable (SQLite and PostgreSQL understand all of it);
// anything dialect-specific belongs here and nowhere else (Dialect, and the PostgreSQL-only statements
// below).
#pragma once

#include "schema.h"

#include <QString>
#include <QStringList>

namespace tfp::sql {

// Where the data definition differs: SQLite's INTEGER holds 64 bits and REAL is a double, PostgreSQL's
// INTEGER holds 32 bits (a budget in cents outgrows it) and REAL is a float, so a catalog on PostgreSQL uses
// BIGINT and DOUBLE PRECISION. The statements that read and write rows are the same for both.
enum class Dialect
{
    SQLite,
    PostgreSQL
};

QString createTable(const schema::TableDef &def, Dialect dialect = Dialect::SQLite);
QStringList createIndexes(const schema::TableDef &def);
QString createMetaTable(const QString &name);
// The journal of schema `version`. From schema 3 on it records the database login beside the author name (on
// PostgreSQL the server fills it, session_user; on a file it stays empty) and the row of an insert or delete
// (zeile, its values as a JSON object).
QString createJournalTable(const QString &name, int version = schema::kVersion,
                           Dialect dialect = Dialect::SQLite);
// The journal's columns of schema 3 as the migration step adds them to a file's journal, and the step on a
// server (with the access layer's journal policy, when the catalog has it).
QStringList addJournalColumnsOf3(const QString &table);
QStringList pgAddJournalColumnsOf3(const QString &table, bool withAccessLayer);
// Every statement that builds a catalog's tables and indexes, in order: the one definition that creating a
// catalog runs and that opening one compares the file's schema with (a file of an older schema version with
// the schema of its version, before the migration steps lift it).
QStringList createSchema(const QString &metaTable, const QString &journalTable,
                         int version = schema::kVersion, Dialect dialect = Dialect::SQLite);
// The statements that add the tables of schema version `version` (TableDef::since) to a catalog of the
// version before: a migration step's part that the schema definition describes.
QStringList createTablesSince(int version);

QString insert(const schema::TableDef &def);
QString deleteRow(const schema::TableDef &def);
QString updateField(const schema::TableDef &def, const QString &column);
QString selectRow(const schema::TableDef &def);
QString selectField(const schema::TableDef &def, const QString &column);
QString selectWhere(const schema::TableDef &def, const QString &column);
QString selectAll(const schema::TableDef &def);
// The rows with one of `keys` keys (as many ? placeholders).
QString selectKeys(const schema::TableDef &def, qsizetype keys);
// Rows whose column is among otherColumn of another table (of the rows where otherWhere = ?, when given).
QString selectWhereIn(const schema::TableDef &def, const QString &column, const schema::TableDef &other,
                      const QString &otherColumn, const QString &otherWhere = {});
QString count(const schema::TableDef &def);
QString countWhere(const schema::TableDef &def, const QString &column);
QString maxKey(const schema::TableDef &def);
// The key and the length in characters of each text column of the rows (at most limit) with a text column
// longer than maxChars. Empty when the table has no text column.
QString longTexts(const schema::TableDef &def, qint64 maxChars, int limit);

QString upsertMeta(const QString &table);
QString selectMeta(const QString &table);
// Keys from the first bound value (inclusive) to the second (exclusive), in key order: a prefix range.
QString selectMetaRange(const QString &table);
QString deleteMeta(const QString &table);
QString insertMeta(const QString &table);
QString selectAllMeta(const QString &table); // key, value of every fact, in key order
QString insertJournal(const QString &table, Dialect dialect = Dialect::SQLite);
QString insertJournalRaw(const QString &table); // with the entry's own id, for rebuilding a catalog
// The entries after a revision; withLogin false reads a journal of before schema 3 (no login, no row).
QString selectJournal(const QString &table, bool withLogin = true);
QString selectJournalFor(const QString &table);
// One table's entries after a revision (bound: the table's name, the revision), oldest first.
QString selectJournalOfTable(const QString &table);
// The key of the first row that breaks a rule of the table's definition, and which (column index * 2, plus 1
// when it is the column's reference that points nowhere): columns key and rule. Type, nullability, range,
// enumeration, date and reference rules are built from the schema, so that a file edited outside the program
// (where CHECK constraints were switched off, or read on a read-only connection, where SQLite skips them)
// cannot hand the loader a value an edit would have refused.
QString firstInvalidRow(const schema::TableDef &def);
QString copyInto(); // one bound parameter: the target file
// Per OZG-ID: its LeiKa types joined by '|' and its Schlüssel joined by ' ' (columns ozg_id, types, keys).
QString leikaSummary(const schema::TableDef &leika, Dialect dialect = Dialect::SQLite);
// Every object of the schema as type, name, tbl_name, sql, in the order they were created.
QString schemaObjects();
// The columns of a table (PRAGMA table_xinfo: cid, name, type, notnull, dflt_value, pk, hidden). table must
// be a name of the program's own schema, never text from a file.
QString tableColumns(const QString &table);
// The given columns of every row, in key order (a file being repaired, whose table may lack columns).
QString selectColumns(const QString &table, const QStringList &columns, const QString &key);

// PostgreSQL only.
// Every table, view and sequence of the database outside PostgreSQL's own schemas, as schema.name, by name
// (a database meant to receive a catalog must have none).
QString pgUserTables();
// The first statement of a transaction that reads a whole catalog: one consistent snapshot, no writes.
QString pgReadOnlySnapshot();
// The catalog's revision, locked until the transaction ends: every writer takes this lock first, so that the
// writers of a server catalog follow one another and each checks its old values against the last commit.
QString pgLockRevision(const QString &metaTable);
// The channel on which a commit announces its revision (pg_notify in the same transaction, delivered on
// commit), and the statement that sends it (bound: the revision as text).
QString pgRevisionChannel();
QString pgNotifyRevision();
// The sequence that hands out the keys of one table's new rows, so that two planners adding a row at the
// same moment never get the same key; creating it (starting after the table's largest key), and drawing a
// key from it.
QString pgKeySequence(const schema::TableDef &def);
QStringList pgCreateKeySequence(const schema::TableDef &def);
QString pgNextKey(const schema::TableDef &def);
// The columns of the catalog's tables in the public schema as table, column, data type, in column order
// (comparing a server's tables with the schema definition).
QString pgColumns();
// The login of the session; whether it owns the table (bound: its name); whether a relation is missing
// (bound: its name).
QString pgSessionUser();
QString pgTableOwner();
// Whether the server is a standby (in recovery): it takes no writes, no LISTEN either.
QString pgInRecovery();
QString pgIsMissing();
// A column type as pgColumns names it (bigint, double precision, text).
QString pgDataType(schema::Type type);

// Rights on a server catalog, enforced by PostgreSQL (row-level security), not by the client:
// - the table tfp_zugang maps a database login (anmeldung) to a Beteiligter of the catalog, or to the
// programme
//   management (programmleitung = 1);
// - everyone with access (the group role tfp_planer, or the owner) reads everything;
// - the programme management writes everything, and alone the catalog itself (Themenfelder, Lagen, LeiKa,
//   Beteiligte, Federführung, Onlinedienste) and tfp_zugang;
// - a Beteiligter in a Themenfeld's Federführung with the role FF or U writes that Themenfeld's Leistungen,
//   projects (with their Leistungen, milestones, payments, dependencies), criteria, scores, votes and risks;
// - a Land writes its own Nachnutzung entries across all projects (and its Onlinedienst-Länder);
// - comments, Stände, the revision and the journal (insert only) are open to everyone with access.
// The statements that set this up on a database holding a catalog (tfp server init and import), in order.
QStringList pgAccessLayer();
// The journal's insert policy of the access layer: a planner journals under the own login only.
QString pgJournalWritePolicy();
// Whether the access layer is there: one row with a boolean.
QString pgHasAccessLayer();
// The group role every planner's login is granted (tfp server zugang).
QString pgPlannerRole();
// A login joins the planners' group; the programme management's with the right to take others in and out
// (ADMIN OPTION), which it loses again with that access. A login without access leaves the group.
QString pgGrantPlanner(const QString &login, bool mayAdmit);
QString pgRevokePlannerAdmission(const QString &login);
QString pgRevokePlanner(const QString &login);
// The rule a write to the table must meet, as its message names it: which rows of it are whose.
enum class Rule
{
    Everyone,
    Programme,
    Federfuehrung, // of the row's Themenfeld
    FederfuehrungOrLand
};
Rule pgRule(schema::Table t);
// The name of the Themenfeld a stored row belongs to (bound: its key); empty where the table belongs to none.
QString pgThemenfeldNameOf(schema::Table t);
// tfp_zugang: insert or replace one login's access (anmeldung, beteiligter_id or NULL, programmleitung 0/1);
// remove it; all rows (anmeldung, Kürzel or empty, programmleitung) by login.
QString pgUpsertAccess();
QString pgDeleteAccess();
QString pgSelectAccess();
// Whether a login has a row in tfp_zugang (bound: the login): a row when it has.
QString pgHasAccess();
// A role of the cluster by name (bound): one row (may log in, is in the planners' group) when there is one.
QString pgLoginRole();

} // namespace tfp::sql
