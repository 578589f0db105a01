// Nothing clipped: table and tree columns sized to their header and content, and text that must be shortened
// shown elided with a tooltip that gives it whole (cells, header sections, tabs).
#pragma once

class QAbstractItemView;
class QTabWidget;

namespace tfp::ui {

struct ColumnFit
{
    enum
    {
        LastColumn = -1,
        NoColumn = -2
    };
    int stretchColumn = LastColumn; // the column that takes the space left over
    int maxEm = 32;                 // no column grows wider than this many average characters by its content
};

// Sizes the view's columns (a QTableView or QTreeView) to header and content whenever the model is reset or
// its layout changes (measuring up to a thousand rows), and lets them grow to the rows in view when rows come
// in, data changes, the view is resized or scrolled; the stretch column fills the rest. Also installs
// elidedTips(). Columns stay interactive: the user may resize them until the next reset.
// Called again, it takes the new fit.
void fitColumns(QAbstractItemView *view, ColumnFit fit = {});
// Hovering a cell or header section whose text the view elides shows the whole text (unless the model gives
// a tooltip of its own).
void elidedTips(QAbstractItemView *view);
// Tabs shrink and elide rather than hide behind the scroll buttons; hovering an elided (or cut) tab shows its
// whole text.
void fitTabs(QTabWidget *tabs);

} // namespace tfp::ui
