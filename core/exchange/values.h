// Cell values as planners type them, both ways: German and ISO dates, decimal commas, status and Reifegrad
// as words or codes. Parsing gives the value to store (as schema::check expects it) or a German reason.
#pragma once

#include "storage/schema.h"

#include <QString>
#include <QVariant>

namespace tfp::values {

struct Parsed
{
    QVariant value;            // null for an empty cell
    QString error;             // "erwartet wird …"
    bool twoDigitYear = false; // a date written dd.MM.yy (as a German LibreOffice saves CSV), read as 20yy
    bool ok() const { return error.isEmpty(); }
};

// dd.MM.yyyy, d.M.yyyy, dd.MM.yy (as 20yy, how a German LibreOffice re-saves CSV) or yyyy-MM-dd; with
// excelSerial also a whole number of days since 1899-12-30 (how .xlsx stores dates). Gives the ISO date
// string.
Parsed date(const QString &text, bool excelSerial = false);
// 12345, 12.345 (German thousands), 12345,0; gives qlonglong.
Parsed integer(const QString &text);
// 1,5 and 1.234,5 (German), 1.5 and 1,234.5 (English); gives double.
Parsed real(const QString &text);
// An amount in euro (1.234,56 or 1234.56, an optional "€"), gives whole cents.
Parsed euroCents(const QString &text);
// An enumeration by its code or its German label, case-insensitive ("in Planung", "in_planung").
Parsed code(schema::Table t, QStringView column, const QString &text);
// A Reifegrad level: "3", "3 – Online-Leistung" or the level's name ("Online-Leistung").
Parsed reifegrad(const QString &text);
// A cell for a schema column, by the column's type (enumerations and Reifegrad as above).
Parsed forColumn(schema::Table t, QStringView column, const QString &text, bool excelSerial = false);

// The other way, for CSV export in the German Excel convention: dates dd.MM.yyyy, decimal commas, codes.
QString cellText(schema::Table t, QStringView column, const QVariant &stored);
QString euroText(const QVariant &cents);

} // namespace tfp::values
