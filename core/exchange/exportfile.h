// What `tfp export` and the export dialog offer (kinds, the formats each allows, the scope) and the writing
// of the file itself, which replaces an existing file only once the new one is complete.
#pragma once

#include "exportsheets.h"

#include <QDateTime>
#include <optional>

namespace tfp::exchange {

enum class ExportKind
{
    Leistungen,
    Projekte,
    Meilensteine,
    Arbeitsplan, // every table of the Arbeitsplan in one workbook
    Zeitplan     // projects, phases and milestones for MS Project and the like (mspdi.h)
};
enum class ExportFormat
{
    Csv,
    Xlsx,
    Ods,
    Ics,
    Mspdi // MS Project XML
};

inline constexpr ExportKind kExportKinds[] = {ExportKind::Leistungen, ExportKind::Projekte,
                                              ExportKind::Meilensteine, ExportKind::Arbeitsplan,
                                              ExportKind::Zeitplan};
inline constexpr ExportFormat kExportFormats[] = {ExportFormat::Csv, ExportFormat::Xlsx, ExportFormat::Ods,
                                                  ExportFormat::Ics, ExportFormat::Mspdi};

std::optional<ExportKind> exportKindByName(QStringView name); // "leistungen", …, "arbeitsplan"
QString exportKindName(ExportKind kind);
QString exportKindLabel(ExportKind kind);                         // German, for the dialog
std::optional<ExportFormat> exportFormatByName(QStringView name); // "csv", "xlsx", "ods", "ics", "mspdi"
QString exportFormatName(ExportFormat format);
QString exportFormatSuffix(ExportFormat format); // the name, but "xml" for MSPDI
QString exportFormatLabel(ExportFormat format);  // "Excel-Arbeitsmappe (.xlsx)"
// CSV, xlsx and ods for the three tables, the Arbeitsplan only as a workbook (xlsx or ods), iCalendar only
// for milestones, the Zeitplan only (and only) as MS Project XML.
bool exportAllows(ExportKind kind, ExportFormat format);
// Whether a project narrows the export (Leistungen belong to a Themenfeld, not to a project).
bool exportByProjekt(ExportKind kind);

// Writes the export to path. Throws tfp::Error naming the file when it cannot be written (the old file, if
// any, stays as it was), for a combination exportAllows() refuses, and for a calendar without a single dated
// milestone (RFC 5545 wants at least one event). stamp: the calendar's DTSTAMP.
void writeExport(const PlanSnapshot &plan, ExportKind kind, ExportFormat format, const ExportScope &scope,
                 const QString &path, const QDateTime &stamp = QDateTime::currentDateTimeUtc());

} // namespace tfp::exchange
