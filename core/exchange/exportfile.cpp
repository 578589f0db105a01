#include "exportfile.h"

#include "tr.h"

#include "error.h"
#include "fileio.h"
#include "icalendar.h"
#include "mspdi.h"
#include "odswrite.h"
#include "xlsxwrite.h"

#include <QCoreApplication>
#include <QDir>

namespace tfp::exchange {

namespace {

std::optional<ImportKind> tableKind(ExportKind kind)
{
    switch (kind) {
    case ExportKind::Leistungen:
        return ImportKind::Leistungen;
    case ExportKind::Projekte:
        return ImportKind::Projekte;
    case ExportKind::Meilensteine:
        return ImportKind::Meilensteine;
    case ExportKind::Arbeitsplan:
    case ExportKind::Zeitplan:
        break;
    }
    return std::nullopt;
}

} // namespace

std::optional<ExportKind> exportKindByName(QStringView name)
{
    for (ExportKind k : kExportKinds)
        if (exportKindName(k) == name)
            return k;
    return std::nullopt;
}

QString exportKindName(ExportKind kind)
{
    if (const auto table = tableKind(kind))
        return importKindName(*table);
    return kind == ExportKind::Zeitplan ? u"zeitplan"_qs : u"arbeitsplan"_qs;
}

QString exportKindLabel(ExportKind kind)
{
    if (const auto table = tableKind(kind))
        return importKindLabel(*table);
    return kind == ExportKind::Zeitplan ? Tr::tr("Zeitplan (Projekte, Phasen, Meilensteine)")
                                        : Tr::tr("Arbeitsplan (alle Tabellen)");
}

std::optional<ExportFormat> exportFormatByName(QStringView name)
{
    for (ExportFormat f : kExportFormats)
        if (exportFormatName(f) == name)
            return f;
    return std::nullopt;
}

QString exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv:
        return u"csv"_qs;
    case ExportFormat::Xlsx:
        return u"xlsx"_qs;
    case ExportFormat::Ods:
        return u"ods"_qs;
    case ExportFormat::Ics:
        return u"ics"_qs;
    case ExportFormat::Mspdi:
        return u"mspdi"_qs;
    }
    return {};
}

QString exportFormatSuffix(ExportFormat format)
{
    return format == ExportFormat::Mspdi ? u"xml"_qs : exportFormatName(format);
}

QString exportFormatLabel(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv:
        return Tr::tr("CSV für Excel (Semikolon, UTF-8)");
    case ExportFormat::Xlsx:
        return Tr::tr("Excel-Arbeitsmappe (.xlsx)");
    case ExportFormat::Ods:
        return Tr::tr("OpenDocument-Tabelle für LibreOffice (.ods)");
    case ExportFormat::Ics:
        return Tr::tr("Kalender für Outlook und Thunderbird (.ics)");
    case ExportFormat::Mspdi:
        return Tr::tr("MS-Project-XML für MS Project, ProjectLibre, GanttProject (.xml)");
    }
    return {};
}

bool exportAllows(ExportKind kind, ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv:
        return kind != ExportKind::Arbeitsplan && kind != ExportKind::Zeitplan;
    case ExportFormat::Xlsx:
    case ExportFormat::Ods:
        return kind != ExportKind::Zeitplan;
    case ExportFormat::Ics:
        return kind == ExportKind::Meilensteine;
    case ExportFormat::Mspdi:
        return kind == ExportKind::Zeitplan;
    }
    return false;
}

bool exportByProjekt(ExportKind kind)
{
    return kind == ExportKind::Projekte || kind == ExportKind::Meilensteine || kind == ExportKind::Zeitplan;
}

void writeExport(const PlanSnapshot &plan, ExportKind kind, ExportFormat format, const ExportScope &scope,
                 const QString &path, const QDateTime &stamp)
{
    if (!exportAllows(kind, format))
        throw Error(Tr::tr("%1 gibt es nicht als %2.").arg(exportKindLabel(kind), exportFormatLabel(format)));
    switch (format) {
    case ExportFormat::Ics: {
        const QByteArray ics = milestonesIcs(plan, scope, stamp);
        if (!ics.contains("BEGIN:VEVENT"))
            throw Error(
                Tr::tr("„%1“ wurde nicht geschrieben: im gewählten Bereich hat kein Meilenstein ein Datum, "
                       "und ein Kalender ohne Termine ist keiner.")
                    .arg(QDir::toNativeSeparators(path)));
        return fileio::writeAtomically(path, ics);
    }
    case ExportFormat::Mspdi:
        return fileio::writeAtomically(path, zeitplanMspdi(plan, scope, stamp));
    case ExportFormat::Csv:
        return fileio::writeAtomically(path, csvBytes(exportSheet(plan, *tableKind(kind), scope)));
    case ExportFormat::Xlsx:
    case ExportFormat::Ods: {
        QList<Sheet> sheets;
        if (const auto table = tableKind(kind))
            sheets = {exportSheet(plan, *table, scope)};
        else
            sheets = {exportSheet(plan, ImportKind::Leistungen, scope), prioritisationSheet(plan, scope),
                      exportSheet(plan, ImportKind::Projekte, scope),
                      exportSheet(plan, ImportKind::Meilensteine, scope), nachnutzungSheet(plan, scope)};
        return format == ExportFormat::Xlsx ? writeXlsx(sheets, path) : writeOds(sheets, path);
    }
    }
}

} // namespace tfp::exchange
