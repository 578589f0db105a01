#include "tableclipboard.h"

#include "tr.h"

#include "blockedit.h"
#include "document.h"
#include "edit/edits.h"
#include "exchange/values.h"
#include "roles.h"
#include "storage/schema.h"

#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QCoreApplication>
#include <QHeaderView>
#include <QListView>
#include <QMap>
#include <QMimeData>
#include <QSet>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTreeView>

namespace tfp::ui {

using namespace schema;

namespace {

QString quoted(const QString &s)
{
    return QCoreApplication::translate("tfp::edit", "„%1“").arg(s);
}

const QHeaderView *headerOf(const QAbstractItemView *view)
{
    if (const auto *tree = qobject_cast<const QTreeView *>(view))
        return tree->header();
    if (const auto *table = qobject_cast<const QTableView *>(view))
        return table->horizontalHeader();
    return nullptr;
}

// Logical columns in the order on screen, hidden ones left out.
QList<int> visibleColumns(const QAbstractItemView *view)
{
    const QHeaderView *h = headerOf(view);
    if (!h) {
        const auto *list = qobject_cast<const QListView *>(view);
        return {list ? list->modelColumn() : 0};
    }
    QList<int> out;
    for (int v = 0; v < h->count(); ++v) {
        const int logical = h->logicalIndex(v);
        if (!h->isSectionHidden(logical))
            out << logical;
    }
    return out;
}

bool rowHidden(const QAbstractItemView *view, const QModelIndex &i)
{
    if (const auto *tree = qobject_cast<const QTreeView *>(view))
        return tree->isRowHidden(i.row(), i.parent());
    if (const auto *table = qobject_cast<const QTableView *>(view))
        return table->isRowHidden(i.row());
    if (const auto *list = qobject_cast<const QListView *>(view))
        return list->isRowHidden(i.row());
    return false;
}

// The row below on screen (in a tree: the next expanded node), same column.
QModelIndex nextRow(const QAbstractItemView *view, const QModelIndex &i)
{
    if (const auto *tree = qobject_cast<const QTreeView *>(view)) {
        const QModelIndex below = tree->indexBelow(i);
        return below.isValid() ? below.siblingAtColumn(i.column()) : below;
    }
    for (int r = i.row() + 1; r < i.model()->rowCount(i.parent()); ++r) {
        const QModelIndex s = i.sibling(r, i.column());
        if (!rowHidden(view, s))
            return s;
    }
    return {};
}

// Rows from the top: a tree's rows in pre-order are its rows on screen.
QList<int> pathOf(QModelIndex i)
{
    QList<int> p;
    for (; i.isValid(); i = i.parent())
        p.prepend(i.row());
    return p;
}

// A column's title as its model names it: a proxy may break a long title into lines for the header.
QString columnTitle(const QModelIndex &cell)
{
    QModelIndex s = cell;
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(s.model()))
        s = proxy->mapToSource(s);
    return s.model() ? s.model()->headerData(s.column(), Qt::Horizontal).toString() : QString();
}

QString shownText(const QAbstractItemView *view, const QModelIndex &i)
{
    const QVariant v = i.data(Qt::DisplayRole);
    if (const auto *d = qobject_cast<const QStyledItemDelegate *>(view->itemDelegateForIndex(i)))
        return d->displayText(v, view->locale());
    return v.toString();
}

// The selected cells in visible columns, in rows on screen (row paths in order).
struct Selection
{
    QMap<QList<int>, QModelIndex> rows;
    QSet<QModelIndex> cells;
    QList<int> columns; // visible columns with a selected cell, in screen order
};

Selection selectionOf(const QAbstractItemView *view)
{
    Selection s;
    QModelIndexList cells =
        view->selectionModel() ? view->selectionModel()->selectedIndexes() : QModelIndexList();
    if (cells.isEmpty() && view->currentIndex().isValid())
        cells << view->currentIndex();
    QSet<int> used;
    for (const QModelIndex &i : std::as_const(cells)) {
        if (rowHidden(view, i))
            continue;
        s.rows.insert(pathOf(i), i);
        s.cells.insert(i);
        used.insert(i.column());
    }
    for (int c : visibleColumns(view))
        if (used.contains(c))
            s.columns << c;
    return s;
}

QString tsvCell(const QString &s)
{
    if (!s.contains(u'\t') && !s.contains(u'\n') && !s.contains(u'\r') && !s.startsWith(u'"'))
        return s;
    return u'"' + QString(s).replace(u"\""_qs, u"\"\""_qs) + u'"';
}

bool isMoney(QStringView column)
{
    return column == col::budgetCent || column == col::planCent || column == col::istCent;
}

// The value a cell's text stands for, as the cell's model expects it in setData; *why says what is wrong.
QVariant valueOf(const QModelIndex &index, const QString &raw, QString *why)
{
    const QString text = raw.trimmed();
    const bool empty = text.isEmpty() || text == u"–";
    const QVariant table = index.data(TableRole), column = index.data(ColumnRole);
    if (!table.isValid() || !column.isValid())
        return empty ? QVariant() : QVariant(text);
    const auto t = Table(table.toInt());
    const QString c = column.toString();
    if (schema::table(t).column(c).references && !empty) {
        *why = Tr::tr("ein Verweis lässt sich nicht einfügen; wählen Sie ihn in der Zelle aus");
        return {};
    }
    const values::Parsed p = isMoney(c) ? values::euroCents(empty ? QString() : text)
                                        : values::forColumn(t, c, empty ? QString() : raw);
    if (!p.ok())
        *why = Tr::tr("%1 (%2)").arg(p.error, quoted(text));
    return p.value;
}

// The model behind the views' proxies, when it sets a block at once; *source: the cells as its indexes.
BlockEdit *blockEditOf(const QModelIndexList &cells, QModelIndexList *source)
{
    if (cells.isEmpty())
        return nullptr;
    const QAbstractItemModel *model = cells.first().model();
    for (const QModelIndex &i : cells) {
        QModelIndex s = i;
        while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(s.model()))
            s = proxy->mapToSource(s);
        if (source->isEmpty())
            model = s.model();
        if (s.model() != model)
            return nullptr;
        source->append(s);
    }
    return dynamic_cast<BlockEdit *>(const_cast<QAbstractItemModel *>(model));
}

} // namespace

QString cellName(Document &doc, const QModelIndex &index)
{
    QString row;
    if (const QVariant label = index.data(RowLabelRole); label.isValid()) {
        row = label.toString();
    } else {
        const int columns = index.model()->columnCount(index.parent());
        for (int c = 0; c < columns && row.isEmpty(); ++c) {
            const QModelIndex s = index.siblingAtColumn(c);
            if (s.data(TableRole).isValid() && s.data(KeyRole).isValid())
                row = edit::rowLabel(doc.catalog(), Table(s.data(TableRole).toInt()),
                                     s.data(KeyRole).toLongLong());
        }
    }
    if (row.isEmpty())
        row = Tr::tr("Zeile %1").arg(index.row() + 1);
    const QString column = columnTitle(index);
    return column.isEmpty() ? row : Tr::tr("%1, Spalte %2").arg(row, quoted(column));
}

QList<QStringList> selectedBlock(const QAbstractItemView *view, bool withHeaders)
{
    const Selection s = selectionOf(view);
    QList<QStringList> out;
    if (withHeaders) {
        QStringList header;
        for (int c : s.columns)
            header << (s.rows.isEmpty() ? view->model()->headerData(c, Qt::Horizontal).toString()
                                        : columnTitle(s.rows.first().siblingAtColumn(c)));
        out << header;
    }
    for (const QModelIndex &first : s.rows) {
        QStringList line;
        for (int c : s.columns) {
            const QModelIndex i = first.siblingAtColumn(c);
            line << (s.cells.contains(i) ? shownText(view, i) : QString());
        }
        out << line;
    }
    return out;
}

QMimeData *copySelection(const QAbstractItemView *view, bool withHeaders)
{
    const QList<QStringList> block = selectedBlock(view, withHeaders);
    QStringList lines;
    QString html = u"<html><head><meta charset=\"utf-8\"></head><body><table>"_qs;
    for (int r = 0; r < block.size(); ++r) {
        QStringList cells;
        html += u"<tr>"_qs;
        const QString tag = withHeaders && r == 0 ? u"th"_qs : u"td"_qs;
        for (const QString &cell : block[r]) {
            cells << tsvCell(cell);
            html += u"<%1>%2</%1>"_qs.arg(tag, cell.toHtmlEscaped().replace(u"\n"_qs, u"<br>"_qs));
        }
        html += u"</tr>"_qs;
        lines << cells.join(u'\t');
    }
    html += u"</table></body></html>"_qs;
    auto *mime = new QMimeData;
    mime->setText(lines.isEmpty() ? QString() : lines.join(u'\n') + u'\n');
    mime->setHtml(html);
    return mime;
}

QList<QStringList> parseTabular(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false, started = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text[i];
        if (quoted) {
            if (ch == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                cell += u'"';
                ++i;
            } else if (ch == u'"') {
                quoted = false;
            } else {
                cell += ch;
            }
            continue;
        }
        if (ch == u'"' && cell.isEmpty()) {
            quoted = started = true;
        } else if (ch == u'\t') {
            row << cell;
            cell.clear();
            started = true;
        } else if (ch == u'\n' || ch == u'\r') {
            if (ch == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            started = false;
        } else {
            cell += ch;
            started = true;
        }
    }
    if (started || !cell.isEmpty())
        rows << (row << cell);
    return rows;
}

bool pasteText(QAbstractItemView *view, Document &doc, const QString &text, QString *error)
{
    error->clear();
    QAbstractItemModel *model = view->model();
    const QList<QStringList> block = parseTabular(text);
    if (!model || block.isEmpty()) {
        *error = Tr::tr("Die Zwischenablage enthält nichts zum Einfügen.");
        return false;
    }
    if (doc.isReadOnly()) {
        *error = Tr::tr("Der Katalog ist schreibgeschützt; es wurde nichts eingefügt.");
        return false;
    }
    const auto refuse = [&](const QString &why) {
        *error = Tr::tr("Nichts eingefügt. %1").arg(why);
        return false;
    };

    QList<QPair<QModelIndex, QString>> targets;
    const Selection s = selectionOf(view);
    if (block.size() == 1 && block[0].size() == 1 && s.cells.size() > 1) {
        for (const QModelIndex &first : s.rows)
            for (int c : s.columns)
                if (s.cells.contains(first.siblingAtColumn(c)))
                    targets.append({first.siblingAtColumn(c), block[0][0]});
    } else {
        const QModelIndex current = view->currentIndex();
        QModelIndex row = s.rows.isEmpty() ? current : s.rows.first();
        if (!row.isValid())
            return refuse(Tr::tr("Wählen Sie zuerst die Zelle, ab der eingefügt wird."));
        const QList<int> columns = visibleColumns(view);
        const int column = current.isValid() ? current.column() : s.columns.value(0);
        const qsizetype first = std::max<qsizetype>(0, columns.indexOf(column));
        for (int r = 0; r < block.size(); ++r) {
            if (!row.isValid())
                return refuse(Tr::tr("Der Block hat %1 Zeilen, ab der gewählten Zeile gibt es nur %2.")
                                  .arg(block.size())
                                  .arg(r));
            for (int c = 0; c < block[r].size(); ++c) {
                if (first + c >= columns.size())
                    return refuse(Tr::tr("Der Block hat %1 Spalten, ab der gewählten Spalte gibt es nur %2.")
                                      .arg(block[r].size())
                                      .arg(columns.size() - first));
                targets.append({row.siblingAtColumn(columns[first + c]), block[r][c]});
            }
            row = nextRow(view, row);
        }
    }

    // Every cell checked first; a model that sets a block at once (BlockEdit) gets all of them together.
    QModelIndexList cells;
    QVariantList values;
    for (const auto &[index, raw] : std::as_const(targets)) {
        if (raw.trimmed() == shownText(view, index).trimmed())
            continue;
        if (!(index.flags() & Qt::ItemIsEditable))
            return refuse(
                Tr::tr("%1: diese Spalte lässt sich hier nicht bearbeiten.").arg(cellName(doc, index)));
        QString why;
        const QVariant value = valueOf(index, raw, &why);
        if (!why.isEmpty())
            return refuse(Tr::tr("%1: %2.").arg(cellName(doc, index), why));
        cells << index;
        values << value;
    }
    Document::Batch batch(doc);
    const auto refused = [&](const QModelIndex &index) {
        return index.isValid() ? refuse(Tr::tr("%1: %2").arg(cellName(doc, index), batch.errors().last()))
                               : refuse(batch.errors().last());
    };
    QModelIndexList source;
    if (BlockEdit *blockEdit = blockEditOf(cells, &source)) {
        int at = -1;
        blockEdit->setBlock(source, values, &at);
        if (!batch.errors().isEmpty())
            return refused(cells.value(at));
    } else {
        for (int i = 0; i < cells.size(); ++i) {
            model->setData(cells[i], values[i], Qt::EditRole);
            if (!batch.errors().isEmpty())
                return refused(cells[i]);
        }
    }
    const int count = batch.changeCount();
    if (count == 0)
        return false;
    if (!batch.commit(Tr::tr("%n Werte einfügen", nullptr, count)))
        return refuse(batch.errors().value(0).isEmpty() ? QString() : batch.errors().value(0));
    return true;
}

} // namespace tfp::ui
