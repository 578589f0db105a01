// Columns sized to their content (ui/textfit.h) as a planner scrolls, types and sorts in a long table.
#include "support/catchqt.h"

#include "textfit.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace tfp::ui;

namespace {

// Two columns: a short code and a name; 2,000 rows (more than a full fit measures), all short but one far
// down.
struct LongTable
{
    QStandardItemModel model{2000, 2};
    QSortFilterProxyModel proxy;
    QTableView view;
    static constexpr int kLongRow = 1800;
    const QString longName = u"Eingliederungsleistungen"_qs;

    LongTable()
    {
        for (int r = 0; r < model.rowCount(); ++r) {
            model.setItem(r, 0, new QStandardItem(QString::number(10000 + r)));
            model.setItem(r, 1, new QStandardItem(r == kLongRow ? longName : u"Kurz"_qs));
        }
        proxy.setSourceModel(&model);
        view.setModel(&proxy);
        fitColumns(&view, {ColumnFit::NoColumn});
        view.resize(700, 400);
        view.show();
        REQUIRE(QTest::qWaitForWindowExposed(&view));
        QApplication::processEvents();
    }
    int neededWidth() const { return view.fontMetrics().horizontalAdvance(longName); }
};

} // namespace

TEST_CASE("a column grows to show a long name that scrolls into view", "[ui][columnfit]")
{
    LongTable t;
    REQUIRE(t.view.columnWidth(1) < t.neededWidth()); // the long name is far below what was measured
    t.view.setFocus();
    t.view.setCurrentIndex(t.proxy.index(0, 1));
    QTest::keyClick(&t.view, Qt::Key_End, Qt::ControlModifier); // to the last row, the long name in view
    QApplication::processEvents();
    REQUIRE(t.view.rowAt(t.view.viewport()->height() / 2) > 1500);
    t.view.scrollTo(t.proxy.index(LongTable::kLongRow, 1));
    QApplication::processEvents();
    CHECK(t.view.columnWidth(1) >= t.neededWidth());
}

TEST_CASE("a column grows when a longer name is typed into it, and keeps its width when sorted again",
          "[ui][columnfit]")
{
    LongTable t;
    const int before = t.view.columnWidth(1);
    t.view.setFocus();
    t.view.setCurrentIndex(t.proxy.index(3, 1));
    QTest::keyClick(&t.view, Qt::Key_F2);
    auto *editor = t.view.focusWidget();
    REQUIRE(editor != &t.view);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, u"Elterngeld Plus beantragen"_qs);
    QTest::keyClick(editor, Qt::Key_Return);
    QApplication::processEvents();
    const int grown = t.view.columnWidth(1);
    CHECK(grown > before);
    CHECK(grown >= t.view.fontMetrics().horizontalAdvance(u"Elterngeld Plus beantragen"_qs));

    // Sorting by the name (a click on its header) shows the same names in another order: nothing jumps.
    t.view.setSortingEnabled(true);
    QTest::mouseClick(t.view.horizontalHeader()->viewport(), Qt::LeftButton, {},
                      QPoint(t.view.horizontalHeader()->sectionViewportPosition(1) + 10, 5));
    QApplication::processEvents();
    CHECK(t.view.columnWidth(1) == grown);
}
