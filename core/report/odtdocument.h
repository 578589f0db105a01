// A PdfDocument (the Arbeitsplan) as an editable OpenDocument text (ODF 1.2): written from the same blocks as
// the PDF, so both always hold the same sections, with heading styles, tables and figures a word processor
// edits.
#pragma once

#include "pdfdocument.h"

#include <QByteArray>
#include <QString>

namespace tfp::report {

// The document's language as ODF and BCP 47 write it: "en-GB" while the program runs in English (QLocale's
// default), otherwise "de-DE".
QString documentLanguage();

// The whole .odt file in memory. Headings are text:h with their outline level in the styles "Heading 1–3"
// (those left out of the PDF's contents in a child style that the table of contents does not collect), the
// contents a text:table-of-content with its entries filled in, tables table:table with a repeated header row
// and column widths from Column::share, page breaks a change of master page (portrait or landscape), and each
// figure an SVG painted by its Painter, with a PNG for readers without SVG, with svg:title and its
// alternative text as svg:desc. Space blocks have no counterpart (the styles space the text).
QByteArray odtBytes(const PdfDocument &doc, const QString &language = documentLanguage());

// Writes odtBytes to path, replacing it only when complete (fileio::writeAtomically); throws tfp::Error
// naming the file.
void writeOdt(const PdfDocument &doc, const QString &path, const QString &language = documentLanguage());

// --- what the ODT holds, for its readers
// The text as the ODT keeps it: line breaks as "\n" (also for "\r\n", "\r" and U+2028/2029), tabs kept,
// characters that XML cannot hold (control characters, U+FFFE/FFFF, lone surrogates) dropped, as the PDF
// drops them.
QString odtText(const QString &text);
// The internal (ODF) name of a paragraph style, e.g. "Text_20_body" for Style::Body.
QString odtStyleName(Style style);
// The title of the figure at blocks[index] (its svg:title): the caption right before it, or else the heading
// it stands under.
QString figureTitle(const QList<PdfDocument::Block> &blocks, qsizetype index);
// Its alternative text: its alt (the svg:desc), or while that is empty its title.
QString figureAltText(const QList<PdfDocument::Block> &blocks, qsizetype index);

} // namespace tfp::report
