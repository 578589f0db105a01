// The Arbeitsplan tables as typed sheets (header and cells: QDate, numbers, text), in exactly the columns the
// importers read, so that an export re-imports to the same state. CSV, .xlsx and .ods writers share them.
#pragma once

#include "domain/plan.h"
#include "importplan.h"

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <QVariant>

namespace tfp::exchange {

struct Sheet
{
    QString name;               // sheet name in a workbook: "Leistungen"
    QStringList header;         // column names as the importers read them
    QList<QVariantList> rows;   // QDate, int/qlonglong, double, QString or null
    QList<int> dateColumns;     // columns holding dates
    QList<int> currencyColumns; // columns holding amounts in euro (as double)
};

// Each column's width in characters for a workbook: its header or its content (long texts wrap at 60).
QList<int> columnWidths(const Sheet &sheet);

// What to export: the whole catalog, one Themenfeld or one project (projects and milestones only).
struct ExportScope
{
    int themenfeldId = 0;
    qint64 projektId = 0;
};

// plan must hold every score: PlanDetail::Tables (or Full). Dashboard is not an export kind.
Sheet exportSheet(const PlanSnapshot &plan, ImportKind kind, const ExportScope &scope = {});
// Leistungen with score, category and format of the prioritisation (for the workbook, not for re-import).
Sheet prioritisationSheet(const PlanSnapshot &plan, const ExportScope &scope = {});
// Nachnutzung one row per project and Land (the workbook's own table).
Sheet nachnutzungSheet(const PlanSnapshot &plan, const ExportScope &scope = {});

// A sheet as CSV in the German Excel convention: UTF-8 with BOM, ';', CRLF, dd.MM.yyyy, decimal commas.
QByteArray csvBytes(const Sheet &sheet);

} // namespace tfp::exchange
