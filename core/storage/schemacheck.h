// What opening a received catalog checks beyond its header: that its schema is exactly the one of its version
// (no trigger, view or other foreign object can run), and the connection settings that keep file content from
// running anything at all.
#pragma once

#include "schema.h"

#include <QString>

class QSqlDatabase;

namespace tfp::schemacheck {

// Sets the hardening options on an open SQLite connection: defensive mode, no triggers, no views, no
// extensions, no untrusted schema functions and no attached databases. Throws tfp::Error when the driver's
// handle cannot be reached.
void harden(QSqlDatabase &db);
// Lets one statement of the program's own (VACUUM INTO) attach its target while it runs.
class AllowAttach
{
public:
    explicit AllowAttach(QSqlDatabase &db);
    ~AllowAttach();
    AllowAttach(const AllowAttach &) = delete;
    AllowAttach &operator=(const AllowAttach &) = delete;

private:
    void *m_handle = nullptr;
};

// Compares the file's schema (sqlite_master: tables, their columns, types and constraints, indexes) with the
// definition of the current schema version. Returns an empty string when they match, else the message that
// names the file and everything foreign, missing or changed. Reads only sqlite_master and table_xinfo:
// nothing of the file's content runs.
// A file of an older version is compared with that version's schema: the migration steps lift it after.
QString foreignSchema(QSqlDatabase &db, const QString &displayPath, int version = schema::kVersion);
// The same comparison as a list, one line per foreign, missing or changed object; throws tfp::Error when the
// schema cannot be read.
QStringList schemaDifferences(QSqlDatabase &db, int version = schema::kVersion);

// A catalog id as Catalog::create makes it: a lower-case UUID without braces (it goes into file names and
// every iCalendar UID, so nothing else may pass).
bool isCatalogId(const QString &id);
// Checks the catalog id in the meta table: an empty string, or the message naming the file and the id.
QString invalidCatalogId(QSqlDatabase &db, const QString &displayPath);
// Checks every row of every table against the rules of its columns
// (type, nullability, range, enumeration, date, reference; schema::check() for an edit), by query. Returns an
// empty string, or the message naming the file, the table, the row, the field and the rule. Call it only
// after foreignSchema() found the schema sound.
QString invalidValues(QSqlDatabase &db, const QString &displayPath, int version = schema::kVersion);
// A fingerprint of the rules invalidValues() checks (its queries and the schema version): a file checked by
// other rules is checked again (checkedfiles).
QByteArray valueRules();

} // namespace tfp::schemacheck
