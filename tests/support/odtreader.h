// A minimal reader of the Arbeitsplan's ODT for the tests: unpacks the package and reads content.xml back
// into blocks as PdfDocument holds them (headings, paragraphs, tables, figures, the contents, page changes),
// so that a test compares what was written with what a reader finds.
#pragma once

#include "report/pdfdocument.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace tfp::test {

struct OdtFile
{
    QHash<QString, QByteArray> parts; // every zip entry by its path, "mimetype" included
    QStringList order;                // the entries in the order of the zip
    // content.xml read back; figures carry their alt text (svg:desc, else svg:title) and the image paths in
    // `text` (joined by "|"), the contents block its entries in `rows` (one entry text per row).
    QList<report::PdfDocument::Block> blocks;
    QString error; // a reading problem, empty when the file was read
};

OdtFile readOdt(const QString &path);

// The blocks a reader of the ODT must find for a document: Space left out (the styles space the text), a
// page break stands before what follows it (the last of several), a table without rows is left out, and the
// contents list every heading that is in the contents. Text as odtText keeps it.
QList<report::PdfDocument::Block> expectedOdtBlocks(const QList<report::PdfDocument::Block> &blocks);

// One line per block, for comparing and for readable failures.
QString describe(const report::PdfDocument::Block &b);

} // namespace tfp::test
