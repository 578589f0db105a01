#include "elidingheaderview.h"

#include <QStyle>
#include <QStyleOptionHeader>

namespace tfp::ui {

ElidingHeaderView::ElidingHeaderView(Qt::Orientation orientation, QWidget *parent)
    : QHeaderView(orientation, parent)
{
    setSectionsClickable(true);
    setHighlightSections(true);
    setTextElideMode(Qt::ElideRight);
}

void ElidingHeaderView::initStyleOptionForIndex(QStyleOptionHeader *option, int logicalIndex) const
{
    QHeaderView::initStyleOptionForIndex(option, logicalIndex);
    if (option->text.contains(u'\n'))
        return; // titles broken into lines on purpose fit their section
    const int margin = style()->pixelMetric(QStyle::PM_HeaderMargin, option, this);
    int width =
        (orientation() == Qt::Horizontal ? sectionSize(logicalIndex) : viewport()->width()) - 2 * margin;
    if (!option->icon.isNull())
        width -= style()->pixelMetric(QStyle::PM_SmallIconSize, option, this) + margin;
    if (option->sortIndicator != QStyleOptionHeader::None)
        width -= style()->pixelMetric(QStyle::PM_HeaderMarkSize, option, this) + margin;
    option->text = option->fontMetrics.elidedText(option->text, textElideMode(), std::max(0, width));
}

} // namespace tfp::ui
