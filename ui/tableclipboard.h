// Copy and paste of blocks of cells in any item view, as planners know it from spreadsheets: the selection as
// tab-separated text plus an HTML table (what Excel and LibreOffice read), and a tab-separated block pasted
// into editable cells as one undo step, every cell checked by the rules of typing.
#pragma once

#include <QList>
#include <QModelIndex>
#include <QStringList>

class QAbstractItemView;
class QMimeData;

namespace tfp::ui {

class Document;

// The selected cells (or the current one) as the view shows them: rows and columns in the order on screen,
// hidden columns left out, each cell's displayed text (German dates and numbers in the German UI).
// withHeaders: the column headers as the first row.
QMimeData *copySelection(const QAbstractItemView *view, bool withHeaders = false);
// The rows × columns of the same block, as text (for tests and benchmarks).
QList<QStringList> selectedBlock(const QAbstractItemView *view, bool withHeaders = false);
// Tab-separated text as spreadsheets write it: rows by line breaks, cells by tabs, a cell in double quotes
// may hold tabs, line breaks and doubled quotes. A final line break ends the last row.
QList<QStringList> parseTabular(const QString &text);

// Pastes the tab-separated text into the view: from the current cell (the first selected row, the current
// column) to the right and down, or a single value into every selected cell. A cell whose text equals what
// it shows is left alone. One undo step; when any cell is refused, nothing is changed and *error names the
// row, the column and the reason. False also when there is nothing to change (error empty then).
bool pasteText(QAbstractItemView *view, Document &doc, const QString &text, QString *error);

// Row and column of an index as messages name them: "„Elterngeld“, Spalte „Status“".
QString cellName(Document &doc, const QModelIndex &index);

} // namespace tfp::ui
