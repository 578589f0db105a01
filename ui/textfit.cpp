#include "textfit.h"

#include <QAbstractItemView>
#include <QHeaderView>
#include <QHelpEvent>
#include <QPointer>
#include <QScrollBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolTip>
#include <QTreeView>

namespace tfp::ui {

namespace {

QHeaderView *columnHeader(QAbstractItemView *view)
{
    if (auto *t = qobject_cast<QTableView *>(view))
        return t->horizontalHeader();
    if (auto *t = qobject_cast<QTreeView *>(view))
        return t->header();
    return nullptr;
}

// Refits a view's columns once per event loop turn, however many model signals arrive.
class ColumnFitter : public QObject
{
public:
    // No Q_OBJECT (no moc for a private class): found again by name.
    static QString name() { return u"tfpColumnFitter"_qs; }

    void setFit(ColumnFit fit)
    {
        m_fit = fit;
        schedule(false);
    }

    ColumnFitter(QAbstractItemView *view, QHeaderView *header, ColumnFit fit)
        : QObject(view), m_view(view), m_header(header), m_fit(fit)
    {
        setObjectName(name());
        view->viewport()->installEventFilter(this);
        // Rows that scroll into view may need more room than those measured so far.
        connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] { schedule(true); });
        m_timer.setSingleShot(true);
        m_timer.setInterval(0);
        connect(&m_timer, &QTimer::timeout, this, [this] { apply(); });
        watch();
        schedule(false);
    }

    void watch()
    {
        QAbstractItemModel *model = m_view->model();
        if (!model || model == m_model)
            return;
        m_model = model;
        connect(model, &QAbstractItemModel::modelReset, this, [this] { schedule(false); });
        // Sorted again: the same cells in another order, nothing to shrink for.
        connect(model, &QAbstractItemModel::layoutChanged, this, [this] { schedule(true); });
        connect(model, &QAbstractItemModel::columnsInserted, this, [this] { schedule(false); });
        connect(model, &QAbstractItemModel::headerDataChanged, this, [this] { schedule(true); });
        connect(model, &QAbstractItemModel::rowsInserted, this, [this] { schedule(true); });
        connect(model, &QAbstractItemModel::dataChanged, this, [this] { schedule(true); });
    }

private:
    void schedule(bool growOnly)
    {
        m_growOnly = m_timer.isActive() ? m_growOnly && growOnly : growOnly;
        m_timer.start();
    }

    // A stretch column in Qt's Stretch mode would shrink to nothing when the others take the width: it
    // gets what they leave, but never less than its own content (the view scrolls sideways then).
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Resize || (event->type() == QEvent::Show && m_hiddenGrowth))
            schedule(true);
        return false;
    }

    int stretchColumn() const
    {
        if (m_fit.stretchColumn != ColumnFit::LastColumn)
            return m_fit.stretchColumn;
        for (int v = m_header->count() - 1; v >= 0; --v)
            if (!m_header->isSectionHidden(m_header->logicalIndex(v)))
                return m_header->logicalIndex(v);
        return ColumnFit::NoColumn;
    }

    void apply()
    {
        watch();
        if (!m_view->model())
            return;
        // Growing after an edit, a resize or a scroll looks at the rows in view only (a full fit measures up
        // to a thousand rows per column, which made every paste into a large ranking wait for it). A view
        // out of sight has no rows in view: it grows when it is shown.
        // (Both views read the precision for sizeHintForColumn from their column header.)
        const int precision = m_header->resizeContentsPrecision();
        if (m_growOnly) {
            m_hiddenGrowth = !m_view->isVisible();
            if (m_hiddenGrowth)
                return;
            m_header->setResizeContentsPrecision(0);
        }
        const int stretch = stretchColumn();
        const int maxWidth = m_view->fontMetrics().averageCharWidth() * m_fit.maxEm;
        m_header->setStretchLastSection(false);
        int others = 0;
        for (int c = 0; c < m_header->count(); ++c) {
            if (m_header->isSectionHidden(c))
                continue;
            if (m_header->sectionResizeMode(c) != QHeaderView::Interactive)
                m_header->setSectionResizeMode(c, QHeaderView::Interactive);
            // The header whole (with its sort indicator); the content up to the maximum.
            const int wanted =
                std::max(m_header->sectionSizeHint(c), std::min(m_view->sizeHintForColumn(c), maxWidth));
            if (c == stretch) {
                m_stretchWanted = m_growOnly ? std::max(m_stretchWanted, wanted) : wanted;
                continue;
            }
            if (!m_growOnly || wanted > m_header->sectionSize(c))
                m_header->resizeSection(c, wanted);
            others += m_header->sectionSize(c);
        }
        if (stretch >= 0)
            m_header->resizeSection(stretch, std::max(m_stretchWanted, m_view->viewport()->width() - others));
        m_header->setResizeContentsPrecision(precision);
        m_growOnly = true;
    }

    QAbstractItemView *m_view;
    QHeaderView *m_header;
    ColumnFit m_fit;
    QPointer<QAbstractItemModel> m_model;
    QTimer m_timer;
    bool m_growOnly = false;
    bool m_hiddenGrowth = false; // a growth was due while the view was out of sight
    int m_stretchWanted = 0;
};

// Shows an elided text whole on hover. Installed on a view's viewport, a header's viewport or a tab bar.
class ElidedTips : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::ToolTip)
            return false;
        auto *help = static_cast<QHelpEvent *>(event);
        QString text;
        if (auto *bar = qobject_cast<QTabBar *>(watched))
            text = tabText(bar, help->pos());
        else if (auto *header = qobject_cast<QHeaderView *>(watched->parent()))
            text = headerText(header, help->pos());
        else if (auto *view = qobject_cast<QAbstractItemView *>(watched->parent()))
            text = cellText(view, help->pos());
        if (text.isEmpty())
            return false;
        QToolTip::showText(help->globalPos(), text, static_cast<QWidget *>(watched));
        return true;
    }

private:
    // The whole text, ahead of a tooltip of its own that does not already give it.
    static QString whole(const QString &text, const QString &own)
    {
        if (own.contains(text))
            return {}; // the view shows its own tooltip
        return own.isEmpty() ? text : text + u'\n' + own;
    }

    static QString tabText(QTabBar *bar, QPoint pos)
    {
        const int i = bar->tabAt(pos);
        if (i < 0)
            return {};
        QString text = bar->tabText(i);
        text.replace(u"&&"_qs, u"\x01"_qs).remove(u'&').replace(u'\x01', u'&');
        const int hspace = bar->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, bar);
        const QRect shown = bar->tabRect(i) & bar->rect();
        if (bar->fontMetrics().horizontalAdvance(text) + hspace <= shown.width())
            return {};
        return whole(text, bar->tabToolTip(i));
    }

    static QString headerText(QHeaderView *header, QPoint pos)
    {
        const int s = header->logicalIndexAt(pos);
        if (s < 0 || !header->model())
            return {};
        const QString text =
            header->model()->headerData(s, header->orientation(), Qt::DisplayRole).toString();
        const int has = header->orientation() == Qt::Horizontal ? header->sectionSize(s) : header->width();
        if (text.isEmpty() || header->sectionSizeHint(s) <= has)
            return {};
        return whole(text, header->model()->headerData(s, header->orientation(), Qt::ToolTipRole).toString());
    }

    static QString cellText(QAbstractItemView *view, QPoint pos)
    {
        const QModelIndex i = view->indexAt(pos);
        const QString text = i.data(Qt::DisplayRole).toString();
        if (text.isEmpty())
            return {};
        QStyleOptionViewItem opt;
        opt.initFrom(view);
        opt.rect = view->visualRect(i);
        const QRect shown = opt.rect & view->viewport()->rect();
        if (view->itemDelegateForIndex(i)->sizeHint(opt, i).width() <= shown.width() + 1)
            return {};
        return whole(text, i.data(Qt::ToolTipRole).toString());
    }
};

void tipsOn(QWidget *target)
{
    if (target->findChild<QObject *>(u"tfpElidedTips"_qs, Qt::FindDirectChildrenOnly))
        return;
    auto *tips = new ElidedTips(target);
    tips->setObjectName(u"tfpElidedTips"_qs);
    target->installEventFilter(tips);
}

} // namespace

void fitColumns(QAbstractItemView *view, ColumnFit fit)
{
    QHeaderView *header = columnHeader(view);
    if (!header)
        return;
    if (auto *fitter = view->findChild<QObject *>(ColumnFitter::name(), Qt::FindDirectChildrenOnly))
        static_cast<ColumnFitter *>(fitter)->setFit(fit);
    else
        new ColumnFitter(view, header, fit);
    elidedTips(view);
}

void elidedTips(QAbstractItemView *view)
{
    tipsOn(view->viewport());
    if (QHeaderView *header = columnHeader(view)) {
        header->setTextElideMode(Qt::ElideRight);
        tipsOn(header->viewport());
    }
}

void fitTabs(QTabWidget *tabs)
{
    tabs->setElideMode(Qt::ElideRight);
    tipsOn(tabs->tabBar());
}

} // namespace tfp::ui
