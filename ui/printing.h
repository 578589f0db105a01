// Datei › Drucken: the Arbeitsplan of a Themenfeld and the table in front, printed through a print preview.
// Both are report::PdfDocuments, so a printed page is the very page of the PDF export.
#pragma once

#include "report/pdfdocument.h"

#include <QString>

class QAbstractItemView;
class QPrinter;
class QPrintPreviewDialog;
class QWidget;

namespace tfp::ui {

class Document;

// The table or tree the user looks at in tab: the one with the keyboard focus, else the largest one shown;
// nullptr when the tab shows none.
QAbstractItemView *tableInFront(QWidget *tab);

// The view as a document: its rows as shown (filtered, sorted; a tree's expanded rows, indented), its
// columns as shown (in their order and widths, hidden ones left out), the header row repeated on every page.
// title heads the first page and the running header; wide tables turn the page to landscape.
report::PdfDocument tableDocument(const QAbstractItemView &view, const QString &title, const QString &author);

// The Arbeitsplan of the Themenfeld with all its sections, as of today: the document Datei › Arbeitsplan
// exportieren saves with all sections chosen. Throws tfp::Error (an unknown Themenfeld).
report::PdfDocument arbeitsplanDocument(Document &doc, int themenfeldId);
// The author a document names: the one set in the settings, else catalogAuthor (the login name).
QString reportAuthor(const QString &catalogAuthor);

// Sets printer to A4 without margins and the document's title, and paints every page on it. False when the
// printer cannot be painted on.
bool printDocument(const report::PdfDocument &document, QPrinter &printer);

// The print preview of the document (not blocking; it deletes itself when closed). Its Drucken button prints.
QPrintPreviewDialog *printPreview(const report::PdfDocument &document, QWidget *parent);

} // namespace tfp::ui
