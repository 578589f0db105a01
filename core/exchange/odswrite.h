// Sheets as an OpenDocument spreadsheet (.ods), written as XML with QXmlStreamWriter into the shared ODF
// package: bold frozen header row with a filter, columns sized to their content, real date and currency
// cells.
#pragma once

#include "exportsheets.h"

namespace tfp::exchange {

// The whole .ods file in memory; shown names the file in messages. Throws tfp::Error naming sheet, row and
// column for a text a spreadsheet cannot hold (a control character that XML forbids).
QByteArray odsBytes(const QList<Sheet> &sheets, const QString &shown);
// Writes it to path, replacing the file only once it is complete; throws tfp::Error naming the file.
void writeOds(const QList<Sheet> &sheets, const QString &path);

} // namespace tfp::exchange
