#include "frozencolumns.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QTableView>

namespace tfp::ui {

FrozenColumns::FrozenColumns(QTableView *table, int count)
    : QObject(table), m_table(table), m_frozen(new QTableView(table)), m_count(count)
{
    m_frozen->setObjectName(u"FrozenColumns"_qs);
    m_frozen->setModel(table->model());
    m_frozen->setSelectionModel(table->selectionModel());
    // Its own plain delegate (a delegate serves one view): the frozen columns are read and activated, not
    // edited.
    m_frozen->setItemDelegate(new QStyledItemDelegate(m_frozen));
    m_frozen->setSelectionBehavior(table->selectionBehavior());
    m_frozen->setSelectionMode(table->selectionMode());
    m_frozen->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_frozen->setWordWrap(table->wordWrap());
    m_frozen->setTextElideMode(table->textElideMode());
    m_frozen->setAlternatingRowColors(table->alternatingRowColors());
    m_frozen->verticalHeader()->hide();
    m_frozen->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollMode(table->verticalScrollMode());
    m_frozen->setFrameShape(QFrame::NoFrame);
    m_frozen->setFocusPolicy(Qt::NoFocus); // the keyboard stays with the table; the overlay follows it
    m_frozen->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_frozen->horizontalHeader()->setSectionsMovable(false);
    m_frozen->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    // Sorting by a frozen column: the same as clicking the table's own header there.
    m_frozen->horizontalHeader()->setSectionsClickable(true);
    m_frozen->horizontalHeader()->setSortIndicatorShown(table->horizontalHeader()->isSortIndicatorShown());
    connect(m_frozen->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int section) {
        QHeaderView *h = m_table->horizontalHeader();
        const Qt::SortOrder order =
            h->sortIndicatorSection() == section && h->sortIndicatorOrder() == Qt::AscendingOrder
                ? Qt::DescendingOrder
                : Qt::AscendingOrder;
        m_table->sortByColumn(section, order);
    });
    connect(table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, m_frozen->horizontalHeader(),
            &QHeaderView::setSortIndicator);
    // A click in the overlay edits and activates as in the table.
    connect(m_frozen, &QAbstractItemView::activated, table, &QAbstractItemView::activated);
    connect(m_frozen, &QAbstractItemView::doubleClicked, table, &QAbstractItemView::doubleClicked);
    connect(m_frozen, &QAbstractItemView::clicked, table, [this] { m_table->setFocus(); });

    // Rows scroll together.
    connect(table->verticalScrollBar(), &QAbstractSlider::valueChanged, m_frozen->verticalScrollBar(),
            &QAbstractSlider::setValue);
    connect(m_frozen->verticalScrollBar(), &QAbstractSlider::valueChanged, table->verticalScrollBar(),
            &QAbstractSlider::setValue);
    connect(table->horizontalHeader(), &QHeaderView::sectionResized, this, [this] { syncColumns(); });
    connect(table->horizontalHeader(), &QHeaderView::sectionMoved, this, [this] { syncColumns(); });
    connect(table->horizontalHeader(), &QHeaderView::geometriesChanged, this, [this] { updateGeometry(); });
    connect(table->verticalHeader(), &QHeaderView::sectionResized, this,
            [this](int row, int, int size) { m_frozen->setRowHeight(row, size); });
    connect(table->model(), &QAbstractItemModel::columnsInserted, this, [this] { syncColumns(); });
    connect(table->model(), &QAbstractItemModel::columnsRemoved, this, [this] { syncColumns(); });
    connect(table->model(), &QAbstractItemModel::modelReset, this, [this] { syncColumns(); });
    connect(table->model(), &QAbstractItemModel::layoutChanged, this, [this] { syncColumns(); });
    connect(table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { keepVisible(current); });
    // Pixel scrolling sideways, so that a cell can come out just right of the frozen columns.
    table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    table->viewport()->installEventFilter(this);
    table->installEventFilter(this);
    m_frozen->viewport()->installEventFilter(this);
    syncColumns();
    m_frozen->show();
}

int FrozenColumns::frozenWidth() const
{
    int width = 0;
    QHeaderView *h = m_table->horizontalHeader();
    for (int v = 0; v < m_count && v < h->count(); ++v)
        if (!h->isSectionHidden(h->logicalIndex(v)))
            width += h->sectionSize(h->logicalIndex(v));
    return width;
}

void FrozenColumns::syncColumns()
{
    QHeaderView *h = m_table->horizontalHeader();
    QHeaderView *f = m_frozen->horizontalHeader();
    for (int c = 0; c < h->count(); ++c) {
        const bool frozen = h->visualIndex(c) < m_count && !h->isSectionHidden(c);
        m_frozen->setColumnHidden(c, !frozen);
        if (frozen) {
            f->moveSection(f->visualIndex(c), h->visualIndex(c));
            m_frozen->setColumnWidth(c, h->sectionSize(c));
        }
    }
    m_frozen->verticalHeader()->setDefaultSectionSize(m_table->verticalHeader()->defaultSectionSize());
    f->setSortIndicator(h->sortIndicatorSection(), h->sortIndicatorOrder());
    updateGeometry();
}

void FrozenColumns::updateGeometry()
{
    const int x = m_table->verticalHeader()->isVisible() ? m_table->verticalHeader()->width() : 0;
    m_frozen->horizontalHeader()->setFixedHeight(m_table->horizontalHeader()->height());
    m_frozen->setGeometry(m_table->frameWidth() + x, m_table->frameWidth(), frozenWidth(),
                          m_table->viewport()->height() + m_table->horizontalHeader()->height());
    m_frozen->verticalScrollBar()->setValue(m_table->verticalScrollBar()->value());
}

void FrozenColumns::keepVisible(const QModelIndex &index)
{
    if (!index.isValid() || m_table->horizontalHeader()->visualIndex(index.column()) < m_count)
        return;
    const QRect rect = m_table->visualRect(index);
    const int covered = frozenWidth();
    if (rect.left() < covered)
        m_table->horizontalScrollBar()->setValue(m_table->horizontalScrollBar()->value() -
                                                 (covered - rect.left()));
}

bool FrozenColumns::eventFilter(QObject *object, QEvent *event)
{
    if (event->type() == QEvent::Resize && (object == m_table || object == m_table->viewport()))
        updateGeometry();
    // The wheel over the overlay scrolls the table.
    if (object == m_frozen->viewport() && event->type() == QEvent::Wheel) {
        QCoreApplication::sendEvent(m_table->viewport(), event);
        return true;
    }
    return QObject::eventFilter(object, event);
}

void FrozenTableView::freeze(int count)
{
    if (!m_frozen)
        m_frozen = new FrozenColumns(this, count);
}

void FrozenTableView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    QTableView::scrollTo(index, hint);
    if (m_frozen)
        m_frozen->keepVisible(index);
}

} // namespace tfp::ui
