// Real mouse clicks on the cells of item views, for UI tests that select the way users do.
#pragma once

#include <QAbstractItemView>
#include <QTest>

namespace tfp::test {

// Scrolls the cell into view and clicks its centre (with Ctrl or Shift held, if given).
inline void clickCell(QAbstractItemView *view, const QModelIndex &index, Qt::KeyboardModifiers mods = {})
{
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, mods, view->visualRect(index).center());
}

} // namespace tfp::test
