// Reading the tables planners exchange (CSV as Excel and LibreOffice write it, .xlsx sheets) into one
// header-and-rows shape, so that every importer sees the same thing whatever the file was.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace tfp::tabular {

struct Table
{
    QString source;          // the file as messages name it
    QString encoding;        // "UTF-8", "UTF-8 mit BOM", "Windows-1252", "UTF-16" or "xlsx"
    QChar delimiter;         // CSV only
    QString sheet;           // xlsx only
    QStringList header;      // as written in the file (trimmed)
    QList<QStringList> rows; // may be shorter or longer than the header: the importer reports that per row
    QList<int> rowLines;     // 1-based line (CSV) or row number (xlsx) of each row, for messages
};

// Imports refuse larger files with a message rather than grind through them.
inline constexpr qint64 kMaxBytes = 32ll * 1024 * 1024;

// Text of a CSV file: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252 when no byte sequence
// in it is UTF-8. Throws tfp::Error naming the source and the line when the bytes are none of these (a NUL in
// any encoding, UTF-8 mixed with bytes that are not, bytes Windows-1252 does not define).
QString decode(const QByteArray &bytes, const QString &source, QString *encoding = nullptr);

// The delimiter of the header line: the most frequent of ';', ',' and tab outside quotes (';' on a tie).
QChar detectDelimiter(const QString &text);

// A CSV file's bytes as a table. Throws tfp::Error naming the source and line (broken quoting, no header).
Table readCsv(const QByteArray &bytes, const QString &source);

// True when the bytes start like a zip archive (.xlsx is one).
bool looksLikeZip(const QByteArray &bytes);

} // namespace tfp::tabular
