// Reading one sheet of an OpenDocument spreadsheet (.ods, a zip with content.xml) into a tabular::Table:
// typed cells (numbers, currency, dates as ISO dates, booleans, text with its spaces, tabs and line breaks)
// and the repeat attributes, counted against the limits before anything is unfolded.
#pragma once

#include "tabular.h"

namespace tfp::exchange::ods {

// True when the zip's bytes hold an OpenDocument document (a content.xml and no xl/workbook.xml); false for
// anything else, including bytes that are no zip.
bool isOpenDocument(const QByteArray &bytes);
// The spreadsheet's table names in order; throws tfp::Error naming the source when it is no spreadsheet
// (another OpenDocument type, encrypted, broken).
QStringList sheetNames(const QByteArray &bytes, const QString &source);
// sheet: a name (case-insensitive) or a 1-based number; empty for the first table. The first non-empty row
// is the header.
tabular::Table readSheet(const QByteArray &bytes, const QString &source, const QString &sheet = {});

} // namespace tfp::exchange::ods
