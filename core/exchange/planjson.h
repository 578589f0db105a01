// The whole plan as one versioned JSON document (format "themenfeldplaner-plan", described in
// docs/formats.md): every table of the schema, the catalog's identity and its journal, written
// deterministically and read back strictly.
#pragma once

#include "storage/catalog.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QVariantList>

namespace tfp {

// 2 added "merged_packages"; version 1 documents are read as well.
inline constexpr int kPlanJsonFormatVersion = 2;

// The document in UTF-8: one row per line, tables in schema order, rows in key order, columns in schema
// order. The same catalog always gives the same bytes.
QByteArray exportPlanJson(const Catalog &catalog);

// Fills target, a catalog being created (call inside Catalog::create's populate), from a document that
// exportPlanJson wrote. Throws tfp::Error naming sourceName and the line or field path at the first problem;
// the caller's create() then leaves nothing behind.
void importPlanJson(Catalog &target, const QByteArray &json, const QString &sourceName);

// A document's content in memory, checked exactly as importPlanJson checks it: per table (indexed by
// schema::Table) its rows by key, each in column order.
struct PlanRows
{
    QString catalogId;
    qint64 revision = 0;
    QList<QMap<qint64, QVariantList>> tables;
    QList<JournalEntry> journal;
    QMap<QString, QString> mergedPackages; // package id → the merge record (a JSON object as text)

    const QMap<qint64, QVariantList> &rows(schema::Table t) const { return tables[qsizetype(t)]; }
};
PlanRows readPlanJson(const QByteArray &json, const QString &sourceName);

} // namespace tfp
