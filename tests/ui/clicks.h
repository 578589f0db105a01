// Real mouse clicks on the cells of item views, for UI tests that select the way users do.
#pragma once

#include <catch2/catch.hpp>

#include <QAbstractItemView>
#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSize>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QWidget>

namespace tfp::test {

// Scrolls the cell into view and clicks its centre (with Ctrl or Shift held, if given).
inline void clickCell(QAbstractItemView *view, const QModelIndex &index, Qt::KeyboardModifiers mods = {})
{
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, mods, view->visualRect(index).center());
}

// The entry of the menu bar's menu with this text (mnemonics included, as tr() gives them); nullptr when
// there is none.
inline QAction *menuAction(QMainWindow &w, const QString &menu, const QString &text)
{
    for (QAction *top : w.menuBar()->actions())
        if (top->text() == menu)
            for (QAction *a : top->menu()->actions())
                if (a->text() == text)
                    return a;
    return nullptr;
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

// Clicks the tab of this page in the bar of tabs, the way a user switches tabs: it must be in sight, not
// behind the bar's scroll buttons.
inline void clickTab(QTabWidget *tabs, QWidget *page)
{
    QTabBar *bar = tabs->tabBar();
    const int index = tabs->indexOf(page);
    REQUIRE(index >= 0);
    REQUIRE(bar->rect().contains(bar->tabRect(index).center())); // on screen, not behind the scroll buttons
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
    REQUIRE(tabs->currentWidget() == page);
}

} // namespace tfp::test
