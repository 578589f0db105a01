// Printing through the report layout: the Arbeitsplan as the PDF export lays it out, and any table or tree of
// the window as a paged table. Nothing here lays out a page itself.
#include "printing.h"

#include "document.h"
#include "report/arbeitsplan.h"
#include "storage/catalog.h"
#include "tr.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDate>
#include <QHeaderView>
#include <QLocale>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSettings>
#include <QTableView>
#include <QTreeView>

namespace tfp::ui {

namespace {

// A view wider than this many pixels is printed on landscape pages, so that its columns stay readable.
constexpr int kPortraitWidth = 900;

QString cellText(const QModelIndex &index)
{
    const QString text = index.data(Qt::DisplayRole).toString();
    const QVariant check = index.data(Qt::CheckStateRole);
    if (!check.isValid())
        return text;
    const QString box = check.toInt() == Qt::Checked ? u"☑"_qs : u"☐"_qs;
    return text.isEmpty() ? box : box + u' ' + text;
}

// The rows below parent as the view shows them: a tree's collapsed branches and hidden rows left out.
void collectRows(const QAbstractItemView &view, const QModelIndex &parent, int depth,
                 const QList<int> &columns, QList<QStringList> &rows)
{
    const QAbstractItemModel *model = view.model();
    const auto *tree = qobject_cast<const QTreeView *>(&view);
    const auto *table = qobject_cast<const QTableView *>(&view);
    for (int r = 0; r < model->rowCount(parent); ++r) {
        if ((tree && tree->isRowHidden(r, parent)) || (table && table->isRowHidden(r)))
            continue;
        QStringList cells;
        for (int c : columns)
            cells.append(cellText(model->index(r, c, parent)));
        // A tree's depth shows as an indent of the first column (figure spaces survive the wrapping).
        if (depth > 0 && !cells.isEmpty())
            cells[0].prepend(QString(depth * 3, QChar(0x2007)));
        rows.append(cells);
        const QModelIndex child = model->index(r, 0, parent);
        if (tree && tree->isExpanded(child))
            collectRows(view, child, depth + 1, columns, rows);
    }
}

} // namespace

QAbstractItemView *tableInFront(QWidget *tab)
{
    if (!tab)
        return nullptr;
    for (QWidget *w = QApplication::focusWidget(); w; w = w->parentWidget())
        if (auto *v = qobject_cast<QAbstractItemView *>(w);
            v && tab->isAncestorOf(v) && v->isVisible() &&
            (qobject_cast<QTableView *>(v) || qobject_cast<QTreeView *>(v)))
            return v;
    QAbstractItemView *largest = nullptr;
    int largestArea = 0;
    for (QAbstractItemView *v : tab->findChildren<QAbstractItemView *>()) {
        if (!v->isVisible() || !v->model() ||
            (!qobject_cast<QTableView *>(v) && !qobject_cast<QTreeView *>(v)))
            continue;
        const int area = v->width() * v->height();
        if (area > largestArea) {
            largest = v;
            largestArea = area;
        }
    }
    return largest;
}

report::PdfDocument tableDocument(const QAbstractItemView &view, const QString &title, const QString &author)
{
    const QAbstractItemModel *model = view.model();
    const QHeaderView *header = nullptr;
    if (const auto *tree = qobject_cast<const QTreeView *>(&view))
        header = tree->header();
    else if (const auto *table = qobject_cast<const QTableView *>(&view))
        header = table->horizontalHeader();
    QList<int> columns;
    QList<report::Column> heads;
    int width = 0;
    for (int visual = 0; header && visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (header->isSectionHidden(logical))
            continue;
        columns.append(logical);
        const int size = std::max(header->sectionSize(logical), 1);
        width += size;
        heads.append(
            {model->headerData(logical, Qt::Horizontal).toString(), double(size),
             Qt::Alignment(model->headerData(logical, Qt::Horizontal, Qt::TextAlignmentRole).toInt()) &
                 Qt::AlignHorizontal_Mask});
    }
    for (report::Column &c : heads)
        if (!(c.align & (Qt::AlignRight | Qt::AlignHCenter)))
            c.align = Qt::AlignLeft;

    QList<QStringList> rows;
    collectRows(view, view.rootIndex(), 0, columns, rows);

    const QString stand = QLocale().toString(QDate::currentDate(), QLocale::ShortFormat);
    report::DocumentInfo info;
    info.title = title;
    info.author = author;
    info.created = QDateTime::currentDateTime();
    info.headerLeft = title;
    // Qualified in full: lupdate takes a function returning report::… for a member of "report".
    info.headerRight = tfp::ui::Tr::tr("Gedruckt am %1").arg(stand);
    report::PdfDocument doc(info);
    if (width > kPortraitWidth)
        doc.pageBreak(QPageLayout::Landscape);
    doc.heading(1, title, false);
    doc.paragraph(tfp::ui::Tr::tr("%n Zeile(n), gedruckt am %1", nullptr, int(rows.size())).arg(stand),
                  report::Style::Small);
    doc.table(heads, rows, true, heads.size() > 8);
    return doc;
}

QString reportAuthor(const QString &catalogAuthor)
{
    const QString set = QSettings().value(u"user/author"_qs).toString().trimmed();
    return set.isEmpty() ? catalogAuthor : set;
}

report::PdfDocument arbeitsplanDocument(Document &doc, int themenfeldId)
{
    report::ArbeitsplanOptions o;
    o.themenfeldId = themenfeldId;
    o.stand = QDate::currentDate();
    o.author = reportAuthor(doc.catalog().author());
    return report::arbeitsplan(doc.catalog().loadPlan(PlanDetail::Full), o);
}

bool printDocument(const report::PdfDocument &document, QPrinter &printer)
{
    printer.setDocName(document.info().title);
    printer.setCreator(document.info().author);
    printer.setFullPage(true);
    // The layout's own unit, where the printer takes it (a PDF printer, CUPS): fonts given in points by the
    // charts then come out as in the PDF.
    printer.setResolution(report::kDpi);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), document.orientation(0), QMarginsF()));
    return document.paintPages(printer);
}

QPrintPreviewDialog *printPreview(const report::PdfDocument &document, QWidget *parent)
{
    auto *dialog = new QPrintPreviewDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(Tr::tr("Druckvorschau – %1").arg(document.info().title));
    QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, dialog,
                     [document](QPrinter *printer) { printDocument(document, *printer); });
    dialog->open();
    return dialog;
}

} // namespace tfp::ui
