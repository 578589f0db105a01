// Real mouse clicks on the cells of item views, for UI tests that select the way users do.
#pragma once

#include <catch2/catch.hpp>

#include <QAbstractItemView>
#include <QSize>
#include <QTest>
#include <QWidget>

namespace tfp::test {

// Scrolls the cell into view and clicks its centre (with Ctrl or Shift held, if given).
inline void clickCell(QAbstractItemView *view, const QModelIndex &index, Qt::KeyboardModifiers mods = {})
{
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, mods, view->visualRect(index).center());
}

// Shows the window at this size and waits until it is on screen. Every GUI test case is a first start, which
// opens the window maximised on the test's small offscreen screen: the state is reset first.
inline void showAt(QWidget *window, QSize size)
{
    window->setWindowState(Qt::WindowNoState);
    window->resize(size);
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window));
}

} // namespace tfp::test
