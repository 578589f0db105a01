// Reading one sheet of an .xlsx workbook (a zip of XML parts) into a tabular::Table: shared strings, inline
// strings, numbers and date-formatted cells (as ISO dates). A zip that is not a workbook is refused.
#pragma once

#include "tabular.h"

namespace tfp::exchange::xlsx {

// The workbook's sheet names in order; throws tfp::Error naming the source when it is no workbook.
QStringList sheetNames(const QByteArray &bytes, const QString &source);
// sheet: a name (case-insensitive) or a 1-based number; empty for the first sheet. The first non-empty row is
// the header.
tabular::Table readSheet(const QByteArray &bytes, const QString &source, const QString &sheet = {});

} // namespace tfp::exchange::xlsx
