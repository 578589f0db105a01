// RFC 4180 CSV reading and writing: quoted fields with embedded delimiters, quotes and line breaks. Errors
// name the line.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace tfp::csv {

struct Table
{
    QStringList header;
    QList<QStringList> rows;
    QList<int> rowLines; // 1-based line where each row starts, for messages
    int column(const QString &name) const { return int(header.indexOf(name)); }
};

// Strict: a row with another number of fields than the header is an error. Ragged: such rows are kept as
// they are, for importers that refuse them one by one.
enum class Rows
{
    Strict,
    Ragged
};

// Parses text; throws tfp::Error naming `source` and the line when quoting is broken or (Strict) a row has
// the wrong number of fields.
Table parse(const QString &text, QChar delimiter, const QString &source, Rows rows = Rows::Strict);

// Reads a UTF-8 file (or Qt resource) and parses it with a header row.
Table read(const QString &path, QChar delimiter = u',');

// Spreadsheets run a cell that starts with =, +, @, a tab, a carriage return or a minus that starts no number
// as a formula (also after leading apostrophes, which they take as "text"). guarded() puts an apostrophe
// before such text; unguarded() is its exact inverse, so that an exported text re-imports as it was.
bool runsAsFormula(QStringView text);
QString guarded(const QString &text);
QString unguarded(const QString &text);

// UTF-8 with a byte order mark (so that spreadsheet programs read umlauts right), CRLF line ends, fields
// quoted where they need it. A text that a spreadsheet would run as a formula (runsAsFormula) gets a leading
// apostrophe.
QByteArray write(const QStringList &header, const QList<QStringList> &rows, QChar delimiter);

} // namespace tfp::csv
