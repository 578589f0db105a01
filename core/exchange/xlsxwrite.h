// Sheets as an .xlsx workbook through libxlsxwriter: formatted header row with a filter, frozen header,
// column widths from the content, and real date and number cells.
#pragma once

#include "exportsheets.h"

namespace tfp::exchange {

// Writes the workbook to path, replacing it only once it is complete; throws tfp::Error naming the file.
void writeXlsx(const QList<Sheet> &sheets, const QString &path);

} // namespace tfp::exchange
